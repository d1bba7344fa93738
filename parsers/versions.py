"""Parser versions. Every parsed document stores PARSER_VERSION, and a run re-parses
any document read by a different one; so a change to extraction, the FOI rules or the
WRES rules that can change what is read bumps its part here."""

from __future__ import annotations

# extraction (PDF, DOCX, HTML, text) and the FOI rules
# 0.6.0: FOI block labeller, letter styles beyond the corpus, hostile-input budgets;
# 0.6.1: structural evidence ends the last answer, DOCX/HTML block layout
CORE_VERSION = "0.6.1"
# the WRES tables, template, narrative and validation rules
WRES_VERSION = "wres-8"

PARSER_VERSION = f"{CORE_VERSION}+{WRES_VERSION}"

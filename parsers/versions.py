"""Parser versions. Every parsed document stores PARSER_VERSION, and a run re-parses
any document read by a different one; so a change to extraction, the FOI rules or the
WRES rules that can change what is read bumps its part here."""

from __future__ import annotations

# extraction (PDF, DOCX, HTML, text) and the FOI rules
# 0.6.0: FOI block labeller, letter styles beyond the corpus, hostile-input budgets
# 0.6.1: FOI pairs drawn from the block labels where the rules find none (label_pairs);
#        every FOI letter stored as hashes (foi_shingles), for its trust's template
# 0.6.2: FOI answer/request markers, table headings, lettered cells, response dates by grammar
CORE_VERSION = "0.6.2"
# the WRES tables, template, narrative and validation rules
WRES_VERSION = "wres-8"

PARSER_VERSION = f"{CORE_VERSION}+{WRES_VERSION}"

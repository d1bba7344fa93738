"""Held-out set AC scored: FOI letters (foi_ac.py), each rendering parsed as
`parse-file` would, by the shared held-out scorer (benchmarks/heldout_score.py) with
set P's renderer (benchmarks/heldout_p/render.py, imported): FOI question/answer
P/R/F1 with reference, dates and exemptions, rules only and with the shipped labeller,
per format and per style; WRES figures per format and per layout. The WRES half
(wres_ac*.py, written by another helper in another tree at the same commit, its first
sight in wres_ac_first_sight.py) was wired in by the lead after merging.

Set AC's FOI half was written on parsers unchanged since 20dc011 (nothing under
parsers/, nor under tests/ but tests/heldout_checks.py and tests/test_heldout_*.py, was
read while writing it). `FIRST_SIGHT` keeps the numbers measured there, before anyone
saw set AC. Set AC stays sealed: nobody learns from it until the lead has recorded a
possible second sight.

    python benchmarks/heldout_ac/score.py   # first sight X, now Y
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.heldout_ac import foi_ac, wres_ac  # noqa: E402
from benchmarks.heldout_ac.wres_ac_first_sight import FIRST_SIGHT_WRES  # noqa: E402
from benchmarks.heldout_p.render import render  # noqa: E402
from benchmarks.heldout_score import HeldoutSet, measure, report  # noqa: E402

# Measured at 20dc011 (before anyone saw set AC), by this script run once, with nothing
# under parsers/ changed since that commit; the set's truth was committed (02ce505)
# before the run and no truth was changed after these numbers were first seen. Seen at
# first sight (from the scores and the parsed DOCX items only; every format scores
# alike): the request-site page reads no received nor responded date (dates 0.00 for
# the style; every date there sits in a message header 'name – date' or 'name, date'),
# and trust a's reply answering '1. …' by number only pairs nothing: each question is
# read with an empty answer (0.625 for the style, rules and labeller; trust b's
# 'Answer 1:' reply reads at 1.00); the PALS opening's received date is never read
# (0.50); the hospital group's trust b and the round-robin's trust b (received dates in
# the opening 'addressed to each trust …, on 18/02/2024' and in the 'Request | Received'
# table) lose the received date (0.75 each), and in rules only the group's trust b reads
# the first closing paragraph into the last answer (0.875; the labeller reads 1.00);
# every EIR exception is read as ('EIR', '12(5)') for 'regulation 12(5)(e)' (exemptions
# 0.00 for the style; the truth keeps '12(5)(e)' as foi_ac.py's docstring states); the
# section 10(3) notice of trust a ('considering whether section 43(2) applies') is read
# as applying 43(2) (0.50); after a decision notice, trust b's head reads the ICO case
# reference for the trust's own (reference 0.50), and the section of the first refusal
# recounted in the opening is read as applied in two of the four letters (0.50). The
# earlier-response pointer reads at 1.00 everywhere. None of this showed a truth to be
# wrong; none was changed.
# FOI rows: (P, R, F1, reference, dates, exemptions), summed over formats; the WRES rows
# are the lead's to add with the WRES half.
FIRST_SIGHT_COMMIT = "20dc011"
FIRST_SIGHT: dict[str, tuple[float, ...]] = {
    "FOI rules only, all": (0.938, 0.938, 0.938, 0.938, 0.75, 0.75),
    "FOI rules only, DOCX": (0.938, 0.938, 0.938, 0.938, 0.75, 0.75),
    "FOI rules only, PDF": (0.938, 0.938, 0.938, 0.938, 0.75, 0.75),
    "FOI rules only, HTML": (0.938, 0.938, 0.938, 0.938, 0.75, 0.75),
    "FOI rules only, an ordinary letter of numbered questions with the answers beneath, the request having come in through the Patient Advice and Liaison Service (PALS): the opening names the day PALS received it and the later day PALS passed it to the FOI office": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.5,
        1.0,
    ),
    "FOI rules only, an ordinary letter of numbered questions with the answers beneath, sent by the FOI office two trusts of a hospital group share: both trusts named in the head, the opening saying the one reply answers for both, signed on behalf of both": (
        0.875,
        0.875,
        0.875,
        1.0,
        0.75,
        1.0,
    ),
    "FOI rules only, an ordinary letter of numbered questions with the answers beneath, the environmental questions answered under the Environmental Information Regulations 2004 and the rest under the Act, a paragraph before the questions saying which, an EIR exception cited as 'regulation 12(5)(e)'": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        0.0,
    ),
    "FOI rules only, an ordinary letter of numbered questions with the answers beneath, one answer pointing to an earlier response published on the disclosure log by that request's own reference and date, withheld under section 21": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI rules only, a request-site web page: the requester's message of numbered questions, the trust's acknowledgement giving its reference and the date a reply is due, then the trust's reply answering by number only, each message under its sender and date": (
        0.625,
        0.625,
        0.625,
        1.0,
        0.0,
        1.0,
    ),
    "FOI rules only, a round-robin response sent to several requesters: its head listing each requester's own request reference and received date under the round-robin's reference, 'Dear Requester', the numbered questions with the answers beneath": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.75,
        1.0,
    ),
    "FOI rules only, a partial reply: the numbered questions answered beneath except one held back under section 10(3) while the public interest in a qualified exemption is weighed, its answer a notice naming the section considered and the date a reply will follow": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        0.5,
    ),
    "FOI rules only, a fresh response issued to comply with an Information Commissioner's decision notice: the head citing the ICO's case reference, the opening giving the original request's, the first refusal's and the notice's dates, then the questions answered anew": (
        1.0,
        1.0,
        1.0,
        0.5,
        1.0,
        0.5,
    ),
    "FOI labeller, all": (0.953, 0.953, 0.953, 0.938, 0.75, 0.75),
    "FOI labeller, DOCX": (0.953, 0.953, 0.953, 0.938, 0.75, 0.75),
    "FOI labeller, PDF": (0.953, 0.953, 0.953, 0.938, 0.75, 0.75),
    "FOI labeller, HTML": (0.953, 0.953, 0.953, 0.938, 0.75, 0.75),
    "FOI labeller, an ordinary letter of numbered questions with the answers beneath, the request having come in through the Patient Advice and Liaison Service (PALS): the opening names the day PALS received it and the later day PALS passed it to the FOI office": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.5,
        1.0,
    ),
    "FOI labeller, an ordinary letter of numbered questions with the answers beneath, sent by the FOI office two trusts of a hospital group share: both trusts named in the head, the opening saying the one reply answers for both, signed on behalf of both": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.75,
        1.0,
    ),
    "FOI labeller, an ordinary letter of numbered questions with the answers beneath, the environmental questions answered under the Environmental Information Regulations 2004 and the rest under the Act, a paragraph before the questions saying which, an EIR exception cited as 'regulation 12(5)(e)'": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        0.0,
    ),
    "FOI labeller, an ordinary letter of numbered questions with the answers beneath, one answer pointing to an earlier response published on the disclosure log by that request's own reference and date, withheld under section 21": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    ),
    "FOI labeller, a request-site web page: the requester's message of numbered questions, the trust's acknowledgement giving its reference and the date a reply is due, then the trust's reply answering by number only, each message under its sender and date": (
        0.625,
        0.625,
        0.625,
        1.0,
        0.0,
        1.0,
    ),
    "FOI labeller, a round-robin response sent to several requesters: its head listing each requester's own request reference and received date under the round-robin's reference, 'Dear Requester', the numbered questions with the answers beneath": (
        1.0,
        1.0,
        1.0,
        1.0,
        0.75,
        1.0,
    ),
    "FOI labeller, a partial reply: the numbered questions answered beneath except one held back under section 10(3) while the public interest in a qualified exemption is weighed, its answer a notice naming the section considered and the date a reply will follow": (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        0.5,
    ),
    "FOI labeller, a fresh response issued to comply with an Information Commissioner's decision notice: the head citing the ICO's case reference, the opening giving the original request's, the first refusal's and the notice's dates, then the questions answered anew": (
        1.0,
        1.0,
        1.0,
        0.5,
        1.0,
        0.5,
    ),
}

SET = HeldoutSet(
    name="AC",
    letters=foi_ac.letters,
    styles=foi_ac.STYLES,
    layouts=wres_ac.LAYOUTS,
    render=render,
    first_sight=FIRST_SIGHT | FIRST_SIGHT_WRES,
    first_sight_commit=FIRST_SIGHT_COMMIT,
)


def main() -> None:
    report(SET)


__all__ = ["SET", "main", "measure"]

if __name__ == "__main__":
    main()

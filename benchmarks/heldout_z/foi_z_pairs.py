"""Set Z's FOI pairs: which two of set Y's grid values each cell combines, as
(key, value index, key, value index) into `foi_y.GRID`, grouped by dimension pair.
Every pair of Y's ten dimensions is met at least once; the combinations commonly
printed together more often."""

from __future__ import annotations

# numbering values by their index in foi_y_numbering.NUMBERING
_N = {"1)": 1, "(1)": 2, "Q1.": 3, "Q1:": 4, "Question 1:": 5, "Question 1 -": 6, "a)": 7}
_N |= {"(a)": 8, "(i)": 10, "unnumbered": 13, "bullets": 14, "auto": 15}

PAIRS: list[tuple[str, int, str, int]] = [
    # question numbering x ...
    ("numbering", _N["Q1."], "marker", 4),  # 'Q1.' x 'Response:'
    ("numbering", _N["unnumbered"], "marker", 7),  # unnumbered x answers in bold
    ("numbering", _N["(a)"], "placement", 1),  # '(a)' x all questions, then all answers
    ("numbering", _N["Q1."], "placement", 2),  # 'Q1.' x two-column table
    ("numbering", _N["1)"], "placement", 3),  # '1)' x three-column table
    ("numbering", _N["Q1:"], "exemption", 2),  # 'Q1:' x 's.43(2)'
    ("numbering", _N["(i)"], "exemption", 7),  # '(i)' x exemption in a table row
    ("numbering", _N["Question 1 -"], "reference", 4),  # x header table
    ("numbering", _N["a)"], "date", 4),  # x '12.03.2024'
    ("numbering", _N["(1)"], "received", 3),  # x 'your email of'
    ("numbering", _N["bullets"], "closing", 4),  # x signature block
    ("numbering", _N["bullets"], "content", 1),  # bullets x a table answer
    ("numbering", _N["auto"], "content", 2),  # auto-numbered list x bulleted answer
    ("numbering", _N["Question 1:"], "parts", 1),
    ("numbering", _N["Q1."], "parts", 1),
    # answer marker x ...
    ("marker", 3, "placement", 1),  # 'A1.' x all questions, then all answers
    ("marker", 4, "placement", 4),  # 'Response:' x question in a shaded box
    ("marker", 4, "exemption", 1),  # 'Response:' x 'Section 43(2)'
    ("marker", 1, "reference", 1),  # 'Answer:' x 'Reference:'
    ("marker", 2, "date", 1),  # 'A:' x '12/03/2024'
    ("marker", 5, "received", 1),  # 'Trust response:' x 'dated'
    ("marker", 6, "closing", 3),  # 'Reply –' x feedback survey
    ("marker", 4, "content", 2),  # 'Response:' x bulleted answer
    ("marker", 1, "content", 1),  # 'Answer:' x table answer
    ("marker", 4, "parts", 1),  # 'Response:' x sub-parts
    # placement x ...
    ("placement", 2, "exemption", 2),  # two-column table x 's.43(2)'
    ("placement", 1, "exemption", 6),  # all Qs then all As x separate exemption paragraph
    ("placement", 2, "reference", 3),  # two-column table x reference in the subject line
    ("placement", 3, "date", 2),  # three-column table x '12th March 2024'
    ("placement", 1, "received", 2),  # all Qs then all As x 'which we received on'
    ("placement", 2, "closing", 4),  # two-column table x signature block
    ("placement", 2, "content", 3),  # two-column table x multi-paragraph answer
    ("placement", 4, "content", 1),  # shaded box x table answer
    ("placement", 3, "parts", 1),  # three-column table x sub-parts
    # exemption citation x ...
    ("exemption", 3, "reference", 2),  # 'S43(2) FOIA' x 'FOI Request No.'
    ("exemption", 5, "date", 3),  # 'Section 21' x 'Tuesday 12 March 2024'
    ("exemption", 2, "received", 3),  # 's.43(2)' x 'your email of'
    ("exemption", 6, "closing", 1),  # separate paragraph x without the ICO's address
    ("exemption", 1, "content", 4),  # 'Section 43(2)' x 'Nil'/'0'
    ("exemption", 2, "parts", 1),  # 's.43(2)' x sub-parts
    # reference x ...
    ("reference", 3, "date", 1),  # subject line x '12/03/2024'
    ("reference", 1, "date", 5),  # 'Reference:' x '12-Mar-2024'
    ("reference", 4, "received", 1),  # header table x 'dated'
    ("reference", 5, "closing", 4),  # at the foot x signature block
    ("reference", 3, "content", 6),  # subject line x yes/no answer
    ("reference", 5, "parts", 1),  # at the foot x sub-parts
    # date form x ...
    ("date", 1, "received", 3),  # '12/03/2024' x 'your email of'
    ("date", 3, "closing", 5),  # 'Tuesday 12 March 2024' x further information
    ("date", 5, "content", 5),  # '12-Mar-2024' x 'Information not held'
    ("date", 2, "parts", 1),  # '12th March 2024' x sub-parts
    # received-date wording x ...
    ("received", 2, "closing", 2),  # 'which we received on' x long re-use licence
    ("received", 1, "content", 1),  # 'dated' x table answer
    ("received", 3, "parts", 1),  # 'your email of' x sub-parts
    # closing x ..., answer content x sub-parts
    ("closing", 4, "content", 3),  # signature block x multi-paragraph answer
    ("closing", 6, "parts", 1),  # no closing x sub-parts
    ("content", 1, "parts", 1),  # table answer (first question) x sub-parts (second)
]

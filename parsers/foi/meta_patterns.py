"""Regular expressions of an FOI letter's metadata: its reference ("Our ref:", a
free "FOI…" code, a code closing a subject heading), the dates it was received and
answered (labels, prose, an issue line, an e-mail's "Sent:", the letter's date line),
its subject, and the keys of metadata fields. Split out of parsers.foi.patterns (the
question labels, headings and cues) to keep each module to one concern; read by
parsers.foi.metadata, parsers.foi.date_fields and parsers.foi.references."""

from __future__ import annotations

import re

from parsers.dates import DATE_PATTERN
from parsers.foi.date_prose import ECHO, TRUST_TEAM

_I = re.IGNORECASE
_DATE = r"(" + DATE_PATTERN + r")"

# ("#" joins as "/" does: "FOIA#8616", "Case #2024-117" is one code)
# (and ":" between letters and figures joins as well: "CRM:00012345", "TCH:7200:24")
# (only between capitals or figures: "Date:10/10/2025" after a code is another field)
_REF_CHAR = r"(?:[A-Z0-9/_.#\-]|(?<=(?-i:[A-Z0-9])):(?=(?-i:[A-Z0-9])))"
_REF_VALUE = r"([A-Z0-9]" + _REF_CHAR + r"*(?:[ ][A-Z0-9#]" + _REF_CHAR + r"*){0,3})"
_RE_REF_LABELLED = re.compile(
    # ("ref" as a word: not the start of "refurbishment" or "refund")
    r"(?:^|\b)(?:our\s+ref(?:erence)?(?:\s+(?:no|number))?\.?|ref(?:erence)?\s*(?:no|number|num)?(?![a-z])\.?|"
    r"my\s+ref(?:erence)?|request\s+(?:id|ref(?:erence)?|number|no\.?)|"
    # the code the reader is asked to quote back ("Please quote AB/1234 in any reply")
    r"please\s+quote|"
    r"foi\s+(?:id|ref(?:erence)?|number|no\.?)|case\s+(?:ref(?:erence)?|number|no\.?)|"
    # ("FOI case …": the request named as a case is a label too)
    r"(?:freedom\s+of\s+information|foi|foia|eir)\s+(?:request|enquiry|case)"
    r"(?:\s+(?:ref(?:erence)?|number|no\.?))?)"
    # a sentence's words between the label and the code ("Our reference is …",
    # "the reference for this request is …"): lower-case words, skipped, so the
    # value starts at the first token in capitals or figures
    r"\s*[:.\-–]?\s*(?:(?-i:[a-z]+)[:\-–]?\s+){0,5}?(?=(?-i:[A-Z0-9]))" + _REF_VALUE,
    _I,
)
# the words before a reference's label naming another party's file, not the trust's:
# the regulator's case ("ICO ref: FS50…", "Information Commissioner's case reference:
# IC-…"), a tribunal's or an ombudsman's; as "Your ref" names the requester's
_RE_OTHER_PARTYS_LABEL = re.compile(
    r"\b(?:ico|ico['’]s|(?:information\s+)?commissioner(?:['’]s)?(?:\s+office)?|"
    r"ombudsman(?:['’]s)?|tribunal(?:['’]s)?)\s*$",
    _I,
)
# the words before a reference's label naming the request form's own record of the
# submission ("Form reference", "Submission ref", "Web form ref"): the trust's system
# numbered the form, the letter's own reference is another
_RE_FORM_LABEL = re.compile(r"\b(?:(?:web|online)\s+)?(?:form|submission)\s*$", _I)
_RE_REF_FREE = re.compile(
    r"\b((?:FOI|FOIA|RFI|EIR|NIC)[\s/_.\-#]*(?:[A-Z]{0,5}[\s/_.\-]*)?\d[\dA-Z/_.\-]*(?:[\s/_.\-]\d[\dA-Z/_.\-]*)*)",
)
# A received-date label, by grammar: a word of asking (request / enquiry / FOI)
# and a word of receiving or recording (received / logged / registered / recorded
# / submitted / made / dated / date), either way round ("Request logged:", "Date
# request registered:", "Enquiry received on").
_ASK_WORD = r"(?:(?:foi\s+|your\s+|the\s+)?(?:request|enquiry|inquiry|foi))"
_GOT_WORD = r"(?:received|logged|registered|recorded|submitted|made|dated|date|opened)"
_RE_RECEIVED = re.compile(
    r"(?:date\s+(?:foi\s+|of\s+)?(?:request\s+)?(?:received|logged|registered)|"
    r"date\s+of\s+(?:your\s+)?request|"
    rf"{_ASK_WORD}\s+{_GOT_WORD}|received(?:\s+on)?|date\s+received)\s*[:\-–]?\s*(?:on\s+)?"
    + _DATE,
    _I,
)
_RE_RECEIVED_PROSE = re.compile(
    r"(?:which\s+(?:we|was)\s+received|received\s+(?:(?:by|at|in)\s+[\w\s&()]{0,120}?\s+)?on|"
    # "We received your request for information on …": what was received, in a
    # few words (no sentence's end between), then "on" and the date
    # (or logged, registered, recorded it: "We logged your request on …")
    # (the receiver may be the trust's team or service that took the request first,
    # "PALS received your request on …", "our complaints team logged your e-mail on …",
    # and an aside between commas may follow what was received: "We received your
    # request, addressed to both trusts, on …")
    r"(?:we|i|the\s+trust|\b(?-i:[A-Z]{2,6})|" + TRUST_TEAM + r")\s+"
    r"(?:received|logged|registered|recorded)\s+your\s+[\w\s'’-]{0,60}?"
    r"(?:,[^,.;:\d]{1,80},)?\s+on|"
    # the request or what carried it, dated ("your message dated …", "e-mail of …")
    # (its addressee may stand between: "your enquiry to our PALS team of …")
    r"(?:request|enquiry|inquiry|e-?mail|message|letter)\s+to\s+(?:the|our)\s+[\w\s&()'’-]{1,80}?\s+"
    r"(?:dated|of)|"
    r"request\s+(?:for\s+information\s+)?(?:dated|of)|(?:e-?mail|message)\s+(?:dated|of)|"
    r"letter\s+(?:dated|of)|requested\s+on|request\s+(?:which\s+)?(?:we\s+)?received\s+on|"
    r"your\s+request\s+dated)\s+(?:the\s+)?" + _DATE,
    _I,
)
_RE_RECEIVED_ON = re.compile(
    r"\bon\s+(?:the\s+)?" + _DATE + ECHO + r",?\s+(?:the\s+\w+|we|this\s+office)\s+received\b",
    _I,
)
# The request as the subject of a verb of arrival, the date after "on" in the same
# sentence: "Your FOI request reached us on …", "The enquiry you sent first arrived
# with the team on …", "your e-mail, which was logged on …", "your request, logged by
# the Trust on …": the request (a noun of asking or of its carrier, a few words before
# it), then arriving or being recorded (a passive, or its participle alone).
_RE_RECEIVED_ARRIVAL = re.compile(
    r"\b(?:your|the)\s+(?:[\w'’-]+\s+){0,6}?(?:request|enquiry|inquiry|application|e-?mail|"
    r"message|letter)\b[^.;?!]{0,60}?\b(?:reached|arrived|came\s+in|came\s+to|got\s+to|landed|"
    r"(?:was\s+)?(?:received|logged|registered|recorded|delivered))\b[^.;?!\d]{0,40}?\bon\s+"
    r"(?:the\s+)?" + _DATE,
    _I,
)
# A response-date label, by grammar: a word of answering (response / reply /
# answer) and a word of dating or sending (sent / date / dated / issued / given /
# despatched …), either way round ("Response sent:", "Date of reply:", "Reply
# issued on", "Answer dated"), or "responded" / "date sent". ("Your letter dated
# …" dates the request: only "Date of this letter" dates the reply.)
_ANSWER_WORD = r"(?:(?:foi\s+|our\s+|the\s+)?(?:response|reply|answer))"
_SENT_WORD = r"(?:sent|dated|issued|given|provided|despatched|dispatched|released|made)"
_RESPONDED_LABEL = (
    rf"(?:date\s+(?:of\s+)?(?:this\s+)?(?:{_ANSWER_WORD}|letter)(?:\s+{_SENT_WORD})?|"
    rf"{_ANSWER_WORD}\s+(?:date|{_SENT_WORD})(?:\s+(?:on|date))?|"
    r"date\s+(?:responded|sent|issued|replied|closed|completed)|"
    # a case system's log closes a request the day it is answered
    r"(?:closed|completed)\s+(?:date|on)|(?:responded|replied|answered)(?:\s+on)?)"
)
_RE_RESPONDED = re.compile(
    r"(?<![\w])" + _RESPONDED_LABEL + r"\s*[:\-–]?\s*(?:on\s+)?(?:the\s+)?" + _DATE,
    _I,
)
# a dated issue line: the letter's own date after one participle naming its issue
# ("Issued 2024-02-12 (request logged …)", "Released: 3 May 2024"), at the line's
# start only, as a mid-sentence "issued" dates something else (guidance, a policy)
_RE_ISSUE_LINE = re.compile(
    r"^(?:issued|dispatched|despatched|released|posted)(?:\s+on)?\s*[:\-–]?\s*(?:the\s+)?"
    + _DATE
    + r"(?!\w)",
    _I,
)
# an e-mail reply's header: "Sent: 15 November 2024" (or "Date:") dates the reply
_RE_EMAIL_SENT = re.compile(r"^(?:sent|date)\s*:\s*(?:[a-z]+day,?\s+)?" + _DATE, _I)
# the letter's date alone ("Date: the 5th of March 2024", "5 March 2024 (2024-03-05)")
_RE_DATE_LINE = re.compile(r"^(?:date\s*[:\-–]?\s*)?(?:the\s+)?" + _DATE + ECHO + r"\.?$", _I)
# a letterhead line where the date shares the line with another column ("8 April 2021 Fieldhead")
_RE_DATE_LINE_START = re.compile(
    r"^(?:date\s*[:\-–]?\s*)?" + _DATE + r"\s{1,}(?-i:(?=[A-Z0-9]))(?!to\b)[^.]{0,60}$", _I
)
_RE_SUBJECT = re.compile(
    r"^(?:subject|title|re|regarding|request\s+(?:title|subject|regarding)|topic)\s*[:\-–]+\s*(.+)$",
    _I,
)
_RE_META_KEY = re.compile(
    r"^(?:our\s+ref|your\s+ref|ref(?:erence)?\b|my\s+ref|request\s+id|foi\s+(?:id|ref|number)|"
    r"date\b|received\b|responded\b|subject\b|title\s*:|re\s*:|requester|contact\s*:|e-?mail\s*:|"
    r"tel(?:ephone)?\b|direct\s+line|request\s+date|case\s+(?:ref|number)|"
    + _RESPONDED_LABEL
    + r"\s*:)",
    _I,
)

# a reference named after the word "request" at the end of a subject heading
# ("Freedom of Information Act 2000: request AVT-891", "FOI request no. CMHT 3183"),
# or after the reply's own name ("Freedom of Information response INF 20417",
# "... reply FOI#4821"): a code in capitals and figures, with both, joined by "/", "-",
# "_", "#" or ".", closing the line
_RE_REF_REQUEST = re.compile(
    r"\b(?i:request|enquiry|case|response|reply)\s+(?i:no\.?\s*|number\s*)?"
    r"((?=[A-Z0-9/\-_.# ]*\d)(?=[A-Z0-9/\-_.#]*[A-Z])[A-Z0-9][A-Z0-9/\-_#]*(?:\.[A-Z0-9/\-_#]+)*"
    r"(?:\s\d[\d/\-]*)?)\.?$"
)
# a code's own prefix joined to a free "FOI…" reference ("HVT-" of "HVT-FOI-6693")
_RE_REF_PREFIX = re.compile(r"(?:[A-Z0-9]{1,8}[-/_.])+$")

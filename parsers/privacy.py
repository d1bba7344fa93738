"""Mask requesters' personal data before text reaches the database.

`mask_personal(text)` replaces e-mail addresses with "[email]", UK telephone
numbers with "[phone]", postcodes and street addresses with "[address]", and the
name after a greeting ("Dear Ms Example") or a "Requester:" label with "[name]".
`find_names(text)` returns the names such greetings reveal, so a caller can mask
the same names wherever else they appear (`mask_personal(text, names=...)`).

An address running on from an organisation's name ("… Ambulance Service NHS Trust,
Beacon Way, Lewes ZZ9 9ZZ": a capitalised word of `_ORG_WORDS` shortly before it, only
name words, numbers and commas between, on the same line or the next) is that body's
published address, where a
reply points a request it cannot answer; it is kept. Anything else before it, a
sentence break or an ordinary word, and it is masked.

Choice: every e-mail address is masked, including a trust's own generic FOI
mailbox (foi@…). Telling a role mailbox from a person's address reliably is not
possible from the text alone, and the raw document keeps the original.
"""

from __future__ import annotations

import re

__all__ = ["find_names", "mask_personal"]

EMAIL = re.compile(r"(?<![\w.+-])[\w.+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# 10–11 digit UK numbers: 01xxx xxxxxx, 020 xxxx xxxx, 07xxx xxxxxx, 0300 xxx xxxx, +44 …
PHONE = re.compile(
    r"(?<![\w.])(?:\+44\s?\(?0?\)?\s?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\w|\.\d)"
)
POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}[0-9][A-Z0-9]?|GIR)\s?[0-9][ABD-HJLNP-UW-Z]{2}\b")
STREET = re.compile(
    r"\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][a-z]+\s){1,3}(?:Street|St|Road|Rd|Lane|Avenue|Ave|Close|"
    r"Drive|Way|Place|Court|Crescent|Terrace|Gardens|Grove|Hill|Park|Square|Row|Walk|Mews)\b\.?"
)
_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame)\.?\s+)?"
_NAME_WORD = r"[A-Z][a-zA-Z'’\-]+"
_GENERIC = {
    "sir",
    "madam",
    "sir/madam",
    "sirs",
    "requester",
    "requestor",
    "applicant",
    "colleague",
    "colleagues",
    "all",
    "team",
    "foi",
    "customer",
    "enquirer",
    "sir or madam",
    "madam/sir",
}
GREETING = re.compile(
    r"\b(Dear|Hello|Hi|FAO|Attn|Attention|Requester|Requestor|Reqester|Applicant|Name of requester)"
    r"(\s*[:,]?\s+)(" + _TITLE + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,3})"
)


# a greeting to an organisation ("Dear Ministry of Housing", "Dear Despatch Box")
_ORG_WORDS = {
    "ministry",
    "department",
    "council",
    "trust",
    "authority",
    "office",
    "box",
    "government",
    "service",
    "services",
    "police",
    "constabulary",
    "board",
    "committee",
    "nhs",
    "information",
    "officer",
    "governance",
    "unit",
    "company",
    "agency",
    "commission",
    "partnership",
    "university",
    "hospital",
    "group",
    "icb",
    "ccg",
}
# an address whose organisation is named among this many words before it is kept
_ORG_WINDOW_WORDS = 6


def _is_generic(name: str) -> bool:
    low = name.lower().strip(" ,.")
    if not low:
        return True
    words = low.split()
    return low in _GENERIC or words[0] in _GENERIC or any(w in _ORG_WORDS for w in words)


def find_names(text: str) -> list[str]:
    """Names revealed by greetings and requester labels, longest first."""
    names: set[str] = set()
    for m in GREETING.finditer(text or ""):
        name = m.group(3).strip()
        if _is_generic(name):
            continue
        names.add(name)
        bare = re.sub(r"^" + _TITLE, "", name).strip()
        parts = bare.split()
        if len(parts) >= 2:
            names.add(bare)
            names.add(parts[-1] if len(parts[-1]) > 2 else bare)
            names.add(parts[0])
        elif bare:
            names.add(bare)
    return sorted((n for n in names if len(n) > 2), key=len, reverse=True)


def mask_personal(text: str | None, names: list[str] | tuple[str, ...] = ()) -> str | None:
    """`text` with e-mail addresses, phone numbers, postcodes, street addresses,
    greeting names and the given `names` masked."""
    if not text:
        return text
    out = EMAIL.sub("[email]", text)
    out = PHONE.sub(_phone, out)
    out = STREET.sub(_address, out)
    out = POSTCODE.sub(_address, out)

    def greet(m: re.Match) -> str:
        if _is_generic(m.group(3)):
            return m.group(0)
        return f"{m.group(1)}{m.group(2)}[name]"

    out = GREETING.sub(greet, out)
    for name in names:
        if name and len(name) > 2:
            out = re.sub(r"(?<!\w)" + re.escape(name) + r"(?!\w)", "[name]", out)
    return out


def _address(m: re.Match) -> str:
    """A street address or postcode masked, unless it runs on from an organisation's
    name (the body's own address, public): a capitalised word of `_ORG_WORDS` among
    the few words before it, and between that word and the address nothing but
    capitalised name words, numbers, commas and list bullets, the address on the
    organisation's line or the next. A sentence break, a line between (an addressee),
    a personal title or an ordinary word ("… the hospital. My home is 4 Elm Road")
    masks it."""
    before = m.string[max(0, m.start() - 160) : m.start()]
    words = list(re.finditer(r"[A-Za-z]+", before))[-_ORG_WINDOW_WORDS:]
    orgs = [w for w in words if w.group().lower() in _ORG_WORDS and w.group()[0].isupper()]
    between = before[orgs[-1].end() :] if orgs else ""
    # the address line straight under the organisation's line at most: a line between
    # them (an addressee's name) or a personal title makes it someone's address
    if (
        orgs
        and _NAME_RUN.fullmatch(between)
        and between.count("\n") <= 1
        and not _PERSONAL_TITLE.search(between)
    ):
        return m.group(0)
    return "[address]"


# a personal title between an organisation's name and an address: someone's address
_PERSONAL_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame)\b")
# what may stand between an organisation's name and its address: name words,
# numbers, commas, line breaks and the bullets of a list of address lines
_NAME_RUN = re.compile(r"(?:[\s,•·▪◦‣–-]|[A-Z][A-Za-z'&-]*|\d+[A-Za-z]?)*")


def _phone(m: re.Match) -> str:
    digits = re.sub(r"\D", "", m.group(0))
    if digits.startswith("44"):
        digits = "0" + digits[2:].lstrip("0")
    if 10 <= len(digits) <= 11:
        return "[phone]"
    return m.group(0)

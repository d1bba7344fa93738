"""The WRES vocabulary, one copy of each concept: the words that name each indicator,
every name of the "Black, Asian and minority ethnic" group, the medical grades, and
the region words that mark a comparator unless they are part of a trust's own name.

Every WRES module imports these (tables, template, summary and narrative readers), and
document classifiers can too (parsers/classify.py, parsers/linkclass.py): when a new
wording turns up ("global majority", "promotion"), it is added here once and every
reader knows it. Patterns are regular-expression sources, matched case-insensitively.
"""

from __future__ import annotations

import csv
import functools
import importlib.resources
import re

# ---------------------------------------------------------------------------
# indicators

# the words of each indicator's definition, as trusts print them in headings, table
# captions, row labels and sentences
SHORTLISTING = r"short[\s-]?list|\bappointed\b|\bappointments?\b|recruit"
DISCIPLINARY = r"disciplinary|formal\s+(?:\w+\s+)?process|formal investigation"
TRAINING = r"non[\s-]?mandatory|\bcpd\b|\btraining\b"
HARASSMENT = r"harass|bully|abuse"
FROM_PUBLIC = r"patients?|relatives|\bpublic\b|service users?|members of the public"
FROM_STAFF = (
    r"from\s+(?:other\s+|their\s+|fellow\s+)?(?:staff|colleagues|managers?|co-?workers)"
    r"|from\s+(?:a\s+|their\s+)?(?:line\s+)?manager"
    # the passive's agent: "abused by other staff", "bullied by a manager"
    r"|\bby\s+(?:other|fellow)\s+(?:staff|colleagues|co-?workers)"
    r"|\bby\s+(?:a\s+|their\s+)?(?:line\s+)?managers?\b"
)
CAREER = r"equal\s+opportunit|career\s+progression|\bpromotion"
DISCRIMINATION = r"discriminat"
BOARD = r"\bboard\b"
# the standard itself, and the other workforce equality standards a trust may report
# beside it (the disability standard's metrics are not WRES indicators, though its
# numbering and its figures may look like theirs)
WRES_STANDARD = r"\bWRES\b|\brace\s+equality\s+standard\b"
OTHER_STANDARD = r"\bWDES\b|\bdisability\s+equality\s+standard\b"
# a label or heading naming a figure that is not the trust's own: a comparator's
# ("National 2024", "Benchmark group average", "England (BME)", "Similar trusts") or a target
COMPARATOR = (
    r"\bnational(?:ly)?\b|\bengland\b|\baverage\b|\bmedian\b|benchmark|comparator|\bpeers?\b"
    r"|\bregion(?:al)?\b|\bsector\b|\bsimilar\b|\btarget\b|\bics\b|\bicb\b|\bsystem\b"
)
# a label column headed by the parts of a trust ("Directorate", "Division", "Care
# group"): its rows are those parts, not staff groups, except the trust's own row
ORG_UNITS = (
    r"\b(?:directorates?|divisions?|care\s+groups?|departments?|business\s+units?"
    r"|service\s+lines?|clinical\s+(?:groups?|units?|boards?)|localit(?:y|ies)|specialt(?:y|ies)"
    r"|boroughs?)\b"
)
WHOLE_TRUST = r"\btrust\b|\boverall\b|\btotal\b|\bwhole\b|\borgani[sz]ation\b"
# the percent sign written out after a figure ("25.0 per cent", "25.0 percent")
PER_CENT = r"per\s*cent\b"


def names_parts(header: str) -> bool:
    """A label column's heading that says its rows are parts of the trust."""
    return bool(re.search(ORG_UNITS, header, re.I))


def is_whole_trust(label: str) -> bool:
    """A row label naming the whole trust ("Trust overall", "Whole trust", "Total")."""
    return bool(re.search(WHOLE_TRUST, label, re.I))


# a label saying its figure is the period before the one its heading dates ("Last
# year: 31.4%", "Prior period", "The year before"): a dashboard card's second entry
PREVIOUS_PERIOD = r"(?:\blast|\bprevious|\bprior)\s+(?:year|period)|\bthe\s+year\s+before\b"

# a word that says the figure after it is the one before the line's own ("BME 19.6%, was
# 18.2%", "1.38, previously 1.45"): the previous period's level, printed after the current
PREVIOUS_VALUE = r"\b(?:was|were|previously|formerly|(?:last|previous|prior)\s+year)\b"

# the indicators measured by the NHS Staff Survey, dated by survey year, not by WRES year
SURVEY_INDICATORS = (5, 6, 7, 8)
# the board indicator 9 reports when a line names none: the WRES definition's
VOTING_BOARD = "voting board members"

# the name of the measure indicators 2 to 4 publish, labelling a bare ratio ("relative
# likelihood 1.52", "ratio: 1.18"): it names no group and no comparator
RATIO_MEASURE = r"^(?:relative\s+)?likelihood(?:\s+ratio)?$|^ratio$"

# a figure the trust aims for, not one it has reached ("Target 2025/26", "Our ambition",
# "Trajectory", "Model employer"): a column, card entry or sentence so worded is never the
# trust's figure (the narrative reader adds "will" and "should": parsers.wres.narrative_terms)
TARGET = r"\btarget|\bgoal\b|\baims?\b|\bambition|\btrajector|\baspir|\bmodel\s+employer"

# a word that makes the figure it stands before approximate ("around 27%", "roughly 32%",
# "nearly 40%", "c. 15%"): a rounded figure a summary quotes, not the trust's level, so
# it is counted for review and never published (parsers.wres.narrative_levels)
APPROXIMATE = (
    r"(?:\b(?:around|about|approx(?:imately|\.)|roughly|nearly|almost|circa|c\.|some"
    r"|close\s+to|in\s+the\s+region\s+of|just\s+(?:over|under|below|above))|~)"
)

# a board paper's masthead names the meeting it goes to ("Trust Board, 5 September
# 2024", "Report to the Board of Directors", "Agenda item 11"): the board there is the
# paper's audience, not indicator 9's board membership
MEETING = (
    r"\b(?:trust|public|private)\s+board\b(?!\s+(?:member|membership|composition|diversity))"
    r"|\bboard\s+(?:of\s+directors\s+)?meeting\b|\breport\s+to\s+(?:the\s+)?(?:trust\s+)?board\b"
    r"|\bagenda\b"
)
# a date that is not the figures' snapshot: a publication, a plan's deadline, a meeting
# (not "the public": indicator 5's abuse from patients, relatives or the public)
NOT_A_SNAPSHOT = (
    r"publi(?!c\b)|prepared|date\s*:|report to|updated|deadline|submi|approved|\bplan\b|strateg"
    r"|objective|review|\bdue\b|target|meeting|committee"
    r"|\bby\s+(?:the\s+end|end|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
)
# a date written in figures, day first as in the UK: 31/03/2024, 31.03.2024, 31-03-2024,
# and 31/03/24 (a two-digit year only after a slash: "4.1.20" is a paragraph number);
# or year first as ISO 8601 writes it (2024-03-31), as data exports and web pages do
NUMERIC_DATE = (
    r"(?:(?<![\d.])(?P<dd>[0-3]?\d)(?:(?P<sep>[.-])(?P<dm>[01]?\d)(?P=sep)(?P<dy>20\d\d)"
    r"|/(?P<dm2>[01]?\d)/(?P<dy2>(?:20)?\d\d))(?![\d/])"
    r"|(?<![\d./-])(?P<iy>20\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\d/-]))"
)
# a year range such as "2023-24" is never the start of an ISO date ("2023-03-31")
NOT_AN_ISO_DATE = r"(?!-[0-3]\d(?!\d))"
# a financial year named by the year it ends, as finance papers write it: "FY24",
# "FY 2024", "FY'24", "FY23/24" (FY24 closes on 31 March 2024, so it is 2023/24)
FISCAL_YEAR = r"\bFY\s?'?(?P<fy1>20\d\d|\d\d)(?:\s*[/-]\s*(?P<fy2>20\d\d|\d\d))?(?![\d/.%])"


# the century of a year printed in two digits, the one rule every reader uses (table
# heads' "23/24", dates' "31/03/99", "FY99", a window's short end): the POSIX one, as
# Python's "%y" reads it, 69-99 the 1900s and 00-68 the 2000s. Here, not in a module of
# its own, because this file goes into the published bundle alone (standard library only)
_CENTURY_PIVOT = 69


def full_year(yy: int) -> int:
    """The four-digit year of a two-digit one (99 -> 1999, 24 -> 2024, 00 -> 2000)."""
    return yy + (1900 if yy >= _CENTURY_PIVOT else 2000)


def year_as_printed(text: str) -> int:
    """A year printed in four digits or two ("2024", "24", "99" -> 1999)."""
    return int(text) if len(text) > 2 else full_year(int(text))


def fiscal_year_end(text: str) -> tuple[int, str] | None:
    """The calendar year a "FY.." financial year ends in and its words as printed
    ("FY24" -> (2024, "FY24"), "FY99/00" -> (2000, ...)), or None when there is none
    or its two years do not follow each other ("FY23/25")."""
    m = re.search(FISCAL_YEAR, text, re.I)
    if m is None:
        return None
    first = year_as_printed(m["fy1"])
    if m["fy2"] is None:
        return first, m.group(0)
    second = year_as_printed(m["fy2"])
    return (second, m.group(0)) if second == first + 1 else None


WORKFORCE = (
    r"workforce|pay\s*band|\bbands?\s*\d|\bvsm\b|very senior|\bemployed\b|represent"
    r"|consultant|\bmedical\b|\bclinical\b|\bma(?:ke|kes|de|king)[\s-]?up|composite|headcount|\bafc\b"
    r"|agenda for change"
    # "16.4% of the Trust's staff were from BME backgrounds": who the staff are (not
    # "staff who were from ...", the subject of a survey answer)
    r"|\b(?:staff|employees|colleagues|people)\s+(?:were|are|was|is)\s+from\b"
)

# an action plan's column that states where an indicator stands before the actions
# ("Baseline (2023/24)", "Current position", "Starting point"): its figures are the
# trust's own, keyed by the row's indicator
ACTION_FIGURES = (
    r"\bbaseline|current\s+(?:position|data|figures?|performance)|starting\s+(?:point|position)"
    r"|where\s+we\s+are"
)

# the places of two figures stacked in one cell, in pairs (the first of each is the
# upper one): a key says which group each place holds ("the upper figure is BME")
STACK_PLACES: tuple[tuple[str, str], ...] = (
    ("upper", "lower"),
    ("top", "bottom"),
    ("first", "second"),
    ("above", "below"),
)

# Each indicator's definition in the standard's own words, one phrase per indicator:
# strict enough that three of them mark a WRES table or page that never names the
# standard (parsers/kinds.py), where the single words above would match any FOI letter.
INDICATOR_OWN_WORDING: dict[int, str] = {
    1: r"agenda for change (?:pay )?bands? 1",
    2: r"appointed from shortlisting",
    3: r"formal disciplinary (?:process|investigation)",
    4: r"non-mandatory training",
    5: r"harassment,? bullying or abuse from (?:patients|service users|relatives|the public)",
    6: r"harassment,? bullying or abuse from (?:other )?(?:staff|colleagues|managers?)",
    7: r"equal opportunit(?:y|ies) for career progression(?: or promotion)?|"
    r"career progression or promotion",
    8: r"discrimination at work from (?:a )?(?:manager|team leader|colleagues?)",
    9: r"board voting membership",
}

# the word an indicator's number follows: "Indicator 2", "Metric 5", and the abbreviation
# "Ind. 3" / "Ind 3" (only straight before a number: "Independent" is no indicator)
INDICATOR_WORD = r"(?:indicator|metric|ind\.?(?=\s*\d))"
# a heading that names one indicator: "Indicator 2", "Metric 5:", "WRES indicator 1",
# "Ind. 4:", "Narrative for indicator 3" (not "Indicators 5 to 8", "Indicator 5 and 6")
INDICATOR_HEADING = (
    r"^\W*(?:narrative|description|commentary|summary|analysis)?\s*(?:for|of)?\s*(?:wres\s+)?"
    rf"{INDICATOR_WORD}s?\s*(?:no\.?\s*)?[-–:.]?\s*(?P<n>\d)\b(?!\s*(?:and|&|,|-|–|to)\s*\d)"
)
# the same as a tag inside a heading: "Recruitment (WRES 2)"
INDICATOR_TAG = r"\(\s*WRES\s*(?:indicator\s*)?(?P<n>\d)\s*\)"

# indicator -> the words that name it on their own (5 and 6 share the harassment words
# and differ by who the harassment is from: see `indicators_named`)
INDICATOR_WORDS: dict[int, str] = {
    2: SHORTLISTING,
    3: DISCIPLINARY,
    4: TRAINING,
    7: CAREER,
    8: DISCRIMINATION,
    9: BOARD,
    1: WORKFORCE,
}

_RX = {ind: re.compile(p, re.I) for ind, p in INDICATOR_WORDS.items()}
_RE_HARASS = re.compile(HARASSMENT, re.I)
_RE_PUBLIC = re.compile(FROM_PUBLIC, re.I)
_RE_STAFF = re.compile(FROM_STAFF, re.I)


def indicators_named(text: str) -> set[int]:
    """Every indicator whose words `text` uses, before any tie-breaking: harassment
    from patients or the public is 5, from staff or managers 6."""
    inds = {ind for ind, rx in _RX.items() if rx.search(text)}
    if _RE_HARASS.search(text):
        if _RE_PUBLIC.search(text):
            inds.add(5)
        if _RE_STAFF.search(text):
            inds.add(6)
    return inds


# ---------------------------------------------------------------------------
# ethnic groups

# Every name for "Black, Asian and minority ethnic" as one group; "Black and minority
# ethnic" must match whole, or its "Black" would be read as the Black group.
BME_PATTERN = (
    r"\bb\.?\s?a\.?\s?m\.?\s?e\b|\bb\.?m\.?e\b"
    r"|black,?\s+asian,?\s+(?:and|or|&)\s+minority(?:\s+ethnic(?:ity|ities)?)?"
    r"|black\s+(?:and|&)\s+minority(?:\s+ethnic(?:ity|ities)?)?"
    r"|\bethnic(?:ally)?[\s-]+minorit\w*|\bminority[\s-]+ethnic\w*|\bglobal[\s-]+majority\b"
    r"|\bnon[\s-]?white\b|\bbaem\b|\bethnically[\s-]+diverse\b"
    r"|\b(?:racially|ethnically)[\s-]+minoriti[sz]ed\b|\bminoriti[sz]ed[\s-]+ethnic\w*"
    r"|\bpeople\s+of\s+colou?r\b"
)
_RE_BME = re.compile(BME_PATTERN, re.I)


def squash(text: str) -> str:
    """Lower case without spaces or punctuation: a label a narrow PDF column broke
    ("Consul tants", "Black Asian Minority Ethnic")."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


# the same names with spaces and punctuation removed (see `squash`)
BME_SQUASHED = (
    r"bame|bme|baem|blackasian|blackandminority|minorityethnic|ethnicminorit|ethnicallyminorit"
    r"|globalmajority|nonwhite|ethnicallydiverse|minoriti[sz]ed|peopleofcolou?r"
)


def is_bme(text: str) -> bool:
    return bool(_RE_BME.search(text))


# ---------------------------------------------------------------------------
# medical grades (indicator 1 bands of the medical and dental workforce)

# (squashed pattern, band name), most specific first: "non-consultant" before
# "consultant", a senior medical manager before a consultant
MEDICAL_BANDS: list[tuple[str, str]] = [
    (r"nonconsultant|careergrade|specialty|staffgrade", "Medical non-consultant"),
    (r"senior(?:medical)?manager", "Medical senior manager"),
    (r"consultant", "Medical consultant"),
    # "foundation" (year one doctors), but not a Foundation Trust
    (r"trainee|traininggrade|junior|foundation(?!trust)", "Medical trainee"),
]
MEDICAL_WORDS = r"\bmedic|\bdoctor|\bdental|\bdentist|\bconsultant|\btrainee|\bjunior\b"

# ---------------------------------------------------------------------------
# staff groups (indicator 1): the words naming each, for table labels and sentences

NON_CLINICAL_WORDS = r"\bnon[\s-]*clin"
# "Additional Clinical Services" is an ESR staff group of its own, not the clinical one
CLINICAL_WORDS = r"(?<!non-)(?<!non )(?<!non)(?<!additional )\bclin"
NON_MEDICAL = r"\bnon[\s-]*medical"
# "Workforce by ethnicity", "Staff in post by ethnic group": a population broken down
# by ethnic group, i.e. each group's share of it
BY_ETHNICITY = r"(?:\s*,?\s*(?:broken\s+down\s+)?by\s+(?:ethnicity|ethnic\s+(?:group|origin|background)s?|race))"
WHOLE_WORKFORCE_WORDS = (
    r"\boverall\b|\btotal\b|\ball staff\b|\bwhole\b|\bworkforce\b|\bafc\b"
    r"|agenda for change|substantive"
)


def staff_groups_named(text: str) -> set[str]:
    """The staff groups a label or clause names: "non_clinical", "clinical",
    "medical" (none, one, or several as in "clinical and non-clinical")."""
    low = text.lower()
    found = set()
    if re.search(NON_CLINICAL_WORDS, low):
        found.add("non_clinical")
    if re.search(CLINICAL_WORDS, low):
        found.add("clinical")
    if re.search(MEDICAL_WORDS, low) and not re.search(NON_MEDICAL, low):
        found.add("medical")
    return found


def medical_band(text: str) -> str | None:
    """The medical grade a label or clause names ("Consultants", "Non-consultant career
    grade", "Trainee grades", "of which senior medical manager"), or None."""
    sq = squash(text)
    for rx, name in MEDICAL_BANDS:
        if re.search(rx, sq):
            return name
    return None


# ---------------------------------------------------------------------------
# regions: a comparator, unless part of a trust's name

REGION_WORDS = r"\bmidlands\b|\bnorth\s+west\b|\blondon\b"
_RE_REGION = re.compile(REGION_WORDS, re.I)
_TRUST_SUFFIX = re.compile(r"\s+(?:nhs\s+)?(?:foundation\s+)?trust$", re.I)


@functools.cache
def _trust_names() -> tuple[re.Pattern[str], ...]:
    """Names of the registry's trusts that contain a region word, longest first, as
    patterns that also match the name without its "NHS Foundation Trust" ending."""
    names: set[str] = set()
    try:
        resource = importlib.resources.files("trustdocs").joinpath("data", "trusts.csv")
        with resource.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                for name in (row.get("name") or "", row.get("short_name") or ""):
                    if _RE_REGION.search(name):
                        names.add(name.strip())
                        names.add(_TRUST_SUFFIX.sub("", name.strip()))
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return ()
    ordered = sorted((n for n in names if n), key=len, reverse=True)
    return tuple(
        re.compile(r"\b" + r"\s+".join(map(re.escape, n.split())) + r"\b", re.I) for n in ordered
    )


def mask_trust_names(text: str, own: str | None = None) -> str:
    """`text` with every trust name that contains a region word blanked out (same
    length, so positions still hold): "North East London NHS Foundation Trust" is the
    trust, not a London comparator. `own` is the report's own trust name, if known."""
    if not _RE_REGION.search(text):
        return text
    patterns = list(_trust_names())
    if own and _RE_REGION.search(own):
        patterns.insert(0, re.compile(re.escape(own), re.I))
    out = text
    for rx in patterns:
        out = rx.sub(lambda m: " " * len(m.group(0)), out)
    return out


# "Penhallow Community Health NHS Trust", "Leeds and York Partnership NHS Foundation
# Trust": capitalised words (and their joining words) ending in NHS (Foundation) Trust
_RE_ANY_TRUST = re.compile(
    r"(?:\b(?:[A-Z][\w'’&-]*|and|of|the|for|&)\s+)+NHS\s+(?:Foundation\s+)?Trust\b"
)


def strip_trust_names(text: str) -> str:
    """`text` without any NHS trust's name: its words ("Community", "Mental Health",
    "London") describe the trust, not the figures' population or a comparator."""
    return _RE_ANY_TRUST.sub(" ", text)


# numbers spelled out as words: a heading may number the indicators ("Indicator Four"),
# a letter its questions ("Question Three:", parsers.foi.spelled); one list for both
NUMBER_WORDS: dict[str, int] = {
    w: n
    for n, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split(),
        start=1,
    )
}

"""The vocabulary of the fictional sample database (trustdocs.sample_db): places, trust
types, regions, FOI question templates and their subjects, exemptions. Every name is
made up."""

from __future__ import annotations

PLACES = (
    "Ashford Bexley Calder Dunmore Eastleigh Fenwick Glenby Harrow Ilkley Jarrow Kestle "
    "Linton Marbury Northam Oakham Pelham Quarrington Redcliffe Selby Thornbury Upton Verwood "
    "Wexcombe Yarford Zennor"
).split()
TRUST_TYPES = ["Acute", "Mental health", "Community", "Ambulance", "Specialist"]
REGIONS = [
    "London",
    "South East",
    "South West",
    "Midlands",
    "East of England",
    "North West",
    "North East and Yorkshire",
]
# (question template, subjects): about 150 distinct subjects, so that a subject's words
# match well under 1 % of a million questions, as in real disclosure logs.
QUESTION_TEMPLATES = [
    (
        "How much did the trust spend on {x} in {year}?",
        [
            "agency nurses",
            "agency midwives",
            "locum consultants",
            "taxis for patients",
            "legal fees",
            "management consultants",
            "private ambulances",
            "security guards",
            "translation apps",
            "temporary porters",
        ],
    ),
    (
        "How many patients were placed in {x} in {year}?",
        [
            "supported accommodation",
            "out of area beds",
            "private psychiatric hospitals",
            "bed and breakfast housing",
            "secure units",
            "care homes",
            "hospices",
        ],
    ),
    (
        "What was the cost of {x} in {year}?",
        [
            "interpreting services",
            "sign language interpreters",
            "car parking enforcement",
            "staff uniforms",
            "clinical waste collection",
            "window cleaning",
            "pest control",
            "laundry services",
        ],
    ),
    (
        "How many incidents of {x} were recorded in {year}?",
        [
            "prone restraint",
            "seclusion",
            "rapid tranquillisation",
            "absconding",
            "self harm",
            "medication errors",
            "falls with harm",
            "pressure ulcers",
            "never events",
        ],
    ),
    (
        "Has the trust suffered {x} in {year}?",
        [
            "a ransomware attack",
            "a data breach",
            "a phishing attack",
            "a power outage",
            "an IT system failure",
            "a flood in its premises",
        ],
    ),
    (
        "Which {x} does the trust use, and when does the contract end?",
        [
            "electronic patient record system",
            "rostering software",
            "pharmacy stock system",
            "payroll provider",
            "radiology information system",
            "telephony platform",
            "e-learning platform",
            "occupational health provider",
        ],
    ),
    (
        "How many patients were waiting for {x} at the end of {year}?",
        [
            "autism assessment",
            "ADHD assessment",
            "hip replacement",
            "cataract surgery",
            "psychological therapy",
            "gender identity services",
            "memory assessment",
            "endoscopy",
        ],
    ),
    (
        "What was the sickness absence rate for {x} in {year}?",
        [
            "nursing staff",
            "healthcare assistants",
            "junior doctors",
            "paramedics",
            "estates staff",
            "pharmacists",
        ],
    ),
    (
        "How many assaults on {x} were reported in {year}?",
        [
            "emergency department staff",
            "ward nurses",
            "security staff",
            "ambulance crews",
            "receptionists",
        ],
    ),
    (
        "How much income did the trust receive from {x} in {year}?",
        [
            "car parking charges",
            "overseas visitors",
            "private patients",
            "retail leases",
            "catering sales",
            "research grants",
        ],
    ),
    (
        "How many {x} did the trust employ on 31 March in {year}?",
        [
            "housing support workers",
            "homelessness leads",
            "freedom to speak up guardians",
            "chaplains",
            "dieticians",
            "play specialists",
            "peer support workers",
            "physician associates",
        ],
    ),
    (
        "What is the trust's {x} for {year}?",
        [
            "mean gender pay gap",
            "median ethnicity pay gap",
            "apprenticeship levy spend",
            "carbon footprint",
            "energy consumption",
            "water consumption",
        ],
    ),
    (
        "How many {x} were made in {year}?",
        [
            "out of area placements",
            "safeguarding referrals",
            "complaints about discharge",
            "subject access requests",
            "clinical negligence claims",
            "whistleblowing reports",
        ],
    ),
    (
        "How many breaches of {x} occurred in {year}?",
        [
            "mixed sex accommodation",
            "the four hour target",
            "the 18 week target",
            "cancer waiting times",
            "ambulance handover times",
        ],
    ),
    (
        "How many shifts were filled by {x} in {year}?",
        [
            "bank staff",
            "agency healthcare assistants",
            "off framework agencies",
            "international recruits",
        ],
    ),
    (
        "What were the trust's {x} costs in {year}?",
        [
            "gas and electricity",
            "printing and postage",
            "mobile phone",
            "software licence",
            "insurance premium",
            "food and catering",
        ],
    ),
    (
        "Does the trust have a policy on {x}?",
        [
            "staff wearing religious dress",
            "use of body worn cameras",
            "artificial intelligence",
            "social media use",
            "menopause at work",
            "domestic abuse affecting staff",
            "reasonable adjustments",
        ],
    ),
    (
        "How many {x} were cancelled in {year}?",
        [
            "elective operations",
            "outpatient appointments",
            "community clinics",
            "mental health assessments",
            "cancer treatments",
        ],
    ),
]
# (subject, its question with {year} still to fill), one per subject.
TOPICS = [(x, template.replace("{x}", x)) for template, xs in QUESTION_TEMPLATES for x in xs]
EXEMPTIONS = [
    ("FOIA", "12", "cost limit"),
    ("FOIA", "40(2)", "personal information"),
    ("FOIA", "43(2)", "commercial interests"),
    ("FOIA", "21", "reasonably accessible by other means"),
    ("FOIA", "31(1)(a)", "law enforcement"),
]


def year_label(start: int) -> str:
    """The financial year that starts in `start`: 2023 -> "2023/24"."""
    return f"{start}/{(start + 1) % 100:02d}"

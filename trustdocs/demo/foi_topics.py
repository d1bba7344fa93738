"""The requests the demo trusts answer: one function per topic.

Each topic takes a seeded `random.Random` and the trust, and returns
`(title, sections)`; `sections` is a list of `(heading or None, [Q, ...])`. In
the 'seed' house style a section with a heading becomes a numbered heading with
lettered questions; questions of a section without a heading are numbered on
their own. The other styles number all questions 1, 2, 3 ...

Answer texts follow fixed patterns so `answer_kind` is unambiguous:
"Yes. ..." -> yes, "No. ..." -> no, "N/A" / "Not applicable. ..." ->
not_applicable, "The Trust does not hold this information. ..." -> not_held, a
text citing an exemption ("... section 40(2) of the Freedom of Information Act
2000 ...") -> exempt, a bare figure ("1,204", "£15,320", "4.7%", "12 weeks" is
NOT a number) -> number, anything else -> text.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trustdocs.demo.facts import DemoTrust


@dataclass(frozen=True)
class Q:
    question: str
    answer: str
    kind: str
    table: tuple[tuple[str, ...], ...] | None = None  # header row first
    table_text: str | None = None  # the answer where a table cannot be printed
    exemption: str | None = None  # FOIA section this answer relies on
    whole_request: bool = False  # the exemption covers the whole request


Sections = list[tuple[str | None, list[Q]]]


@dataclass(frozen=True)
class Ctx:
    """When the request was received, for the years its questions and answers mention."""

    received: date

    @property
    def year(self) -> int:
        return self.received.year

    @property
    def march(self) -> int:
        """The year of the last 31 March before receipt."""
        return self.year if self.received.month >= 4 else self.year - 1

    @property
    def fy(self) -> str:
        """The last complete financial year, e.g. '2024/25'."""
        return f"{self.march - 1}/{self.march % 100:02d}"


# ---------------------------------------------------------------- answer helpers


def yes(text: str = "") -> tuple[str, str]:
    return ("Yes. " + text).strip(), "yes"


def no(text: str = "") -> tuple[str, str]:
    return ("No. " + text).strip(), "no"


def na(text: str = "") -> tuple[str, str]:
    return ("Not applicable. " + text).strip() if text else "N/A", "not_applicable"


def not_held(text: str = "") -> tuple[str, str]:
    return ("The Trust does not hold this information. " + text).strip(), "not_held"


def number(n: float, money: bool = False, pct: bool = False) -> tuple[str, str]:
    if money:
        return f"£{n:,.0f}", "number"
    if pct:
        return f"{n:.1f}%", "number"
    return f"{n:,}", "number"


def text(t: str) -> tuple[str, str]:
    return t, "text"


def q(question: str, answer: tuple[str, str]) -> Q:
    return Q(question, answer[0], answer[1])


def table_q(question: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> Q:
    flat = "; ".join(f"{r[0]}: {', '.join(r[1:])}" for r in rows)
    return Q(
        question,
        "Please see the table below.",
        "table",
        table=(header, *rows),
        table_text=flat,
    )


def _fys(ctx: Ctx) -> list[str]:
    """The last three complete financial years."""
    return [f"{y - 1}/{y % 100:02d}" for y in range(ctx.march - 2, ctx.march + 1)]


def _is(trust: DemoTrust, *kinds: str) -> bool:
    return any(k.lower() in trust.trust_type.lower() for k in kinds)


def _site(trust: DemoTrust, path: str) -> str:
    return f"https://{trust.domain}/{path}"


SUPPLIERS_EPR = (
    "Oracle Health (Cerner)",
    "Epic Systems",
    "System C",
    "Rio (Servelec)",
    "TPP SystmOne",
)
AGENCIES = (
    "NHS Professionals",
    "Medacs Healthcare",
    "Thornbury Nursing Services",
    "HCL Workforce Solutions",
    "Pulse Healthcare",
)

# ---------------------------------------------------------------- regular topics


def agency_spend(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    fy = ctx.fy
    spend = rng.randrange(400_000, 9_000_000)
    return "Agency nursing expenditure", [
        (
            None,
            [
                q(
                    f"What was the Trust’s total expenditure on agency nursing staff in {fy}?",
                    number(spend, money=True),
                ),
                q(
                    "Which staffing agencies supplied the largest number of agency nursing shifts?",
                    text(", ".join(rng.sample(AGENCIES, 3)) + "."),
                ),
                q(
                    "Does the Trust use a master vendor arrangement for agency nursing?",
                    rng.choice((yes("The Trust uses a neutral vendor managed service."), no())),
                ),
                q(
                    "How many agency nursing shifts were filled in March of that year?",
                    number(rng.randrange(40, 2400)),
                ),
            ],
        )
    ]


def interpreting(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    fys = _fys(ctx)
    provider = rng.choice(
        ("DA Languages", "The Big Word", "Language Empire", "LanguageLine Solutions")
    )
    rows = [(fy, f"{rng.randrange(900, 9000):,}") for fy in fys]
    return "Interpreting and translation services", [
        (
            "Provider",
            [
                q(
                    "Who is your current provider of face-to-face interpreting services?",
                    text(provider),
                ),
                q(
                    "When does the current contract expire?",
                    text(
                        f"{rng.choice(('31 March', '30 September'))} {rng.randrange(ctx.year + 1, ctx.year + 5)}"
                    ),
                ),
            ],
        ),
        (
            "Activity",
            [
                table_q(
                    "How many interpreting sessions were booked in each of the last three financial years?",
                    ("Financial year", "Sessions booked"),
                    rows,
                ),
                q(
                    "Do you offer video remote interpreting?",
                    rng.choice(
                        (yes("Video interpreting is available in all outpatient areas."), no())
                    ),
                ),
            ],
        ),
    ]


def epr_system(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    supplier = rng.choice(SUPPLIERS_EPR)
    return "Electronic patient record system", [
        (
            None,
            [
                q(
                    "Which electronic patient record (EPR) system does the Trust use?",
                    text(supplier),
                ),
                q(
                    "In which year was the system implemented?",
                    text(f"The system was implemented in {rng.randrange(2012, 2023)}."),
                ),
                q(
                    "Does the Trust plan to procure a new EPR system within the next two years?",
                    rng.choice(
                        (yes("A procurement is planned through a national framework."), no())
                    ),
                ),
                q(
                    "How many clinical staff have active user accounts on the system?",
                    number(rng.randrange(800, 9000)),
                ),
            ],
        )
    ]


def car_parking(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    charge = rng.random() < 0.6
    return "Staff car parking", [
        (
            None,
            [
                q(
                    "Does the Trust charge staff for car parking?",
                    yes("Charges are based on salary band.") if charge else no(),
                ),
                q(
                    "How many staff car parking spaces does the Trust provide?",
                    number(rng.randrange(150, 2500)),
                ),
                q(
                    f"What income did the Trust receive from staff car parking charges in {ctx.fy}?",
                    number(rng.randrange(50_000, 900_000), money=True) if charge else na(),
                ),
                q(
                    "Is car parking managed by a third-party contractor? If so, please name the contractor.",
                    text(
                        rng.choice(
                            (
                                "Yes, Indigo Park Services UK Ltd.",
                                "Yes, Saba Parking UK.",
                                "No, car parking is managed by the Trust’s Estates and Facilities team.",
                            )
                        )
                    ),
                ),
            ],
        )
    ]


def sickness_absence(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    fys = _fys(ctx)
    rows = [(fy, f"{rng.uniform(3.8, 6.9):.2f}%") for fy in fys]
    return "Staff sickness absence", [
        (
            "Sickness absence",
            [
                table_q(
                    "Please provide the Trust’s sickness absence rate for each of the last three financial years.",
                    ("Financial year", "Sickness absence rate"),
                    rows,
                ),
                q(
                    "What was the most common recorded reason for sickness absence?",
                    text(
                        rng.choice(
                            (
                                "Anxiety, stress, depression and other psychiatric illnesses.",
                                "Cold, cough, flu and influenza.",
                                "Other musculoskeletal problems.",
                            )
                        )
                    ),
                ),
            ],
        ),
        (
            "Support",
            [
                q(
                    "Does the Trust provide an in-house occupational health service?",
                    rng.choice(
                        (
                            yes(),
                            no(
                                "Occupational health is provided under contract by a neighbouring trust."
                            ),
                        )
                    ),
                ),
                q(
                    "Does the Trust provide an employee assistance programme?",
                    yes("The programme is available 24 hours a day."),
                ),
            ],
        ),
    ]


def adhd_waits(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    provides = _is(trust, "Mental health", "Community")
    if not provides:
        return "Adult ADHD assessment waiting times", [
            (
                None,
                [
                    q(
                        "How many adults are currently waiting for an ADHD assessment?",
                        na("The Trust does not provide adult ADHD assessment services."),
                    ),
                    q(
                        "What is the median waiting time for an adult ADHD assessment?",
                        na("The Trust does not provide adult ADHD assessment services."),
                    ),
                    q(
                        "Does the Trust commission any independent providers for ADHD assessment?",
                        no(),
                    ),
                ],
            )
        ]
    return "Adult ADHD assessment waiting times", [
        (
            None,
            [
                q(
                    "How many adults are currently waiting for an ADHD assessment?",
                    number(rng.randrange(400, 6000)),
                ),
                q(
                    "What is the median waiting time for an adult ADHD assessment?",
                    text(f"{rng.randrange(30, 160)} weeks as at 31 March {ctx.march}."),
                ),
                q(
                    "Does the Trust commission any independent providers for ADHD assessment?",
                    rng.choice(
                        (
                            yes(
                                "Psicon Ltd and Problem Shared provide assessments under the Right to Choose."
                            ),
                            no(),
                        )
                    ),
                ),
            ],
        )
    ]


def out_of_area(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    if not _is(trust, "Mental health"):
        return "Out of area mental health placements", [
            (
                None,
                [
                    q(
                        f"How many patients were placed in out of area mental health beds in {ctx.fy}?",
                        na("The Trust does not provide inpatient mental health services."),
                    ),
                    q("What was the total cost of these placements?", na()),
                ],
            )
        ]
    return "Out of area mental health placements", [
        (
            None,
            [
                q(
                    f"How many patients were placed in out of area mental health beds in {ctx.fy}?",
                    number(rng.randrange(12, 240)),
                ),
                q(
                    "What was the total cost of these placements?",
                    number(rng.randrange(300_000, 6_000_000), money=True),
                ),
                q(
                    "Which independent providers were used most often?",
                    text(
                        ", ".join(
                            rng.sample(
                                (
                                    "Cygnet Health Care",
                                    "Priory Healthcare",
                                    "Elysium Healthcare",
                                    "Huntercombe",
                                ),
                                2,
                            )
                        )
                        + "."
                    ),
                ),
            ],
        )
    ]


def international_recruitment(
    rng: random.Random, trust: DemoTrust, ctx: Ctx
) -> tuple[str, Sections]:
    fys = _fys(ctx)
    rows = [(fy, str(rng.randrange(5, 180)), str(rng.randrange(0, 40))) for fy in fys]
    return "International recruitment of nurses", [
        (
            None,
            [
                table_q(
                    "How many internationally educated nurses and midwives did the Trust recruit in each of the last three financial years?",
                    ("Financial year", "Nurses", "Midwives"),
                    rows,
                ),
                q(
                    "Does the Trust provide pastoral support for international recruits?",
                    yes("Each recruit is allocated a pastoral lead and a buddy."),
                ),
                q(
                    "Does the Trust pay for the Objective Structured Clinical Examination (OSCE)?",
                    rng.choice(
                        (
                            yes("The Trust pays for the first attempt and one resit."),
                            yes("The Trust pays for the first attempt only."),
                        )
                    ),
                ),
            ],
        )
    ]


def restraint(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    mh = _is(trust, "Mental health")
    return "Restrictive practice", [
        (
            "Physical restraint",
            [
                q(
                    f"How many incidents of physical restraint were recorded in {ctx.fy}?",
                    number(rng.randrange(200, 3000)) if mh else number(rng.randrange(10, 300)),
                ),
                q("How many of these involved prone restraint?", number(rng.randrange(5, 150))),
            ],
        ),
        (
            "Other restrictive practices",
            [
                q(
                    "Does the Trust use mechanical restraint?",
                    no("Mechanical restraint is not used on any ward."),
                ),
                q(
                    f"How many episodes of seclusion were recorded in {ctx.fy}?",
                    number(rng.randrange(20, 400)) if mh else na(),
                ),
            ],
        ),
    ]


def energy(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    return "Energy costs", [
        (
            None,
            [
                q(
                    f"What was the Trust’s expenditure on electricity in {ctx.fy}?",
                    number(rng.randrange(300_000, 8_000_000), money=True),
                ),
                q(
                    f"What was the Trust’s expenditure on gas in {ctx.fy}?",
                    number(rng.randrange(150_000, 4_000_000), money=True),
                ),
                q(
                    "Does the Trust generate any electricity from solar panels?",
                    rng.choice(
                        (yes(f"Solar panels are installed at {rng.randrange(2, 9)} sites."), no())
                    ),
                ),
                q(
                    "Who is the Trust’s electricity supplier?",
                    text(
                        rng.choice(
                            (
                                "EDF Energy",
                                "Crown Commercial Service (via npower)",
                                "British Gas Lite",
                                "TotalEnergies Gas & Power",
                            )
                        )
                    ),
                ),
            ],
        )
    ]


def managed_print(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    return "Managed print services", [
        (
            None,
            [
                q(
                    "Does the Trust have a managed print service contract?",
                    rng.choice((yes("The contract covers all multifunction devices."), no())),
                ),
                q(
                    "Who is the supplier?",
                    text(
                        rng.choice(
                            (
                                "Xerox (UK) Ltd",
                                "Ricoh UK Ltd",
                                "Canon (UK) Ltd",
                                "Konica Minolta Business Solutions",
                            )
                        )
                    ),
                ),
                q(
                    "How many multifunction printers does the Trust have?",
                    number(rng.randrange(80, 900)),
                ),
                q(
                    "When does the contract end?",
                    text(
                        f"{rng.choice(('March', 'June', 'October'))} {rng.randrange(ctx.year + 1, ctx.year + 5)}"
                    ),
                ),
            ],
        )
    ]


def mobile_phones(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    return "Mobile phone contracts", [
        (
            None,
            [
                q(
                    "Who is the Trust’s mobile network provider?",
                    text(rng.choice(("Vodafone", "EE", "O2", "Three"))),
                ),
                q(
                    "How many mobile handsets does the Trust provide to staff?",
                    number(rng.randrange(300, 4500)),
                ),
                q(
                    f"What was the annual cost of the contract in {ctx.fy}?",
                    number(rng.randrange(40_000, 600_000), money=True),
                ),
            ],
        )
    ]


def speak_up(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    fys = _fys(ctx)
    rows = [(fy, str(rng.randrange(20, 260))) for fy in fys]
    return "Freedom to Speak Up", [
        (
            "Guardians",
            [
                q(
                    "How many Freedom to Speak Up Guardians does the Trust have?",
                    number(rng.randrange(1, 5)),
                ),
                q(
                    "Is the lead Guardian role full time?",
                    rng.choice(
                        (yes(), no("The lead Guardian works 22.5 hours a week in the role."))
                    ),
                ),
            ],
        ),
        (
            "Concerns raised",
            [
                table_q(
                    "How many concerns were raised with the Guardians in each of the last three financial years?",
                    ("Financial year", "Concerns raised"),
                    rows,
                ),
            ],
        ),
    ]


def telephony(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    return "Telephony system", [
        (
            None,
            [
                q(
                    "Which telephony system does the Trust use?",
                    text(
                        rng.choice(
                            ("Mitel MiVoice", "Avaya Aura", "Microsoft Teams Phone", "NEC SV9500")
                        )
                    ),
                ),
                q(
                    "Is the telephony system cloud-based?",
                    rng.choice((yes(), no("The system is hosted on premises."))),
                ),
                q(
                    "When is the telephony contract due for renewal?",
                    text(
                        f"{rng.choice(('April', 'July', 'December'))} {rng.randrange(ctx.year + 1, ctx.year + 5)}"
                    ),
                ),
            ],
        )
    ]


def falls(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    fys = _fys(ctx)
    rows = [(fy, str(rng.randrange(80, 1600)), str(rng.randrange(1, 30))) for fy in fys]
    return "Inpatient falls", [
        (
            None,
            [
                table_q(
                    "How many inpatient falls were reported in each of the last three financial years, and how many resulted in severe harm or death?",
                    ("Financial year", "Falls reported", "Severe harm or death"),
                    rows,
                ),
                q(
                    "Does the Trust have a dedicated falls prevention lead?",
                    rng.choice((yes(), no())),
                ),
            ],
        )
    ]


def complaints(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    received = rng.randrange(120, 1400)
    return "Complaints", [
        (
            "Complaints received",
            [
                q(
                    f"How many formal complaints did the Trust receive in {ctx.fy}?",
                    number(received),
                ),
                q(
                    "What percentage were responded to within the agreed timescale?",
                    number(rng.uniform(45, 96), pct=True),
                ),
            ],
        ),
        (
            "Themes",
            [
                q(
                    "What were the three most common themes of complaints?",
                    text("Communication, clinical treatment, and waiting times."),
                ),
                q(
                    "How many complaints were referred to the Parliamentary and Health Service Ombudsman?",
                    number(rng.randrange(2, 40)),
                ),
            ],
        ),
    ]


def vacancies(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    return "Vacancy rates", [
        (
            None,
            [
                q(
                    f"What was the Trust’s registered nursing vacancy rate at 31 March {ctx.march}?",
                    number(rng.uniform(3, 16), pct=True),
                ),
                q(
                    f"What was the Trust’s medical vacancy rate at 31 March {ctx.march}?",
                    number(rng.uniform(2, 12), pct=True),
                ),
                q(
                    f"How many vacancies were advertised on NHS Jobs in March {ctx.march}?",
                    number(rng.randrange(40, 600)),
                ),
            ],
        )
    ]


def catering(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    if _is(trust, "Ambulance"):
        return "Patient catering", [
            (
                None,
                [
                    q(
                        "Is patient catering provided in-house or outsourced?",
                        na("The Trust has no inpatient services."),
                    ),
                    q("What is the average spend per patient day on food?", na()),
                ],
            )
        ]
    outsourced = rng.random() < 0.4
    return "Patient catering", [
        (
            None,
            [
                q(
                    "Is patient catering provided in-house or outsourced?",
                    text("Outsourced." if outsourced else "In-house."),
                ),
                q(
                    "If outsourced, who is the provider?",
                    text(rng.choice(("Sodexo", "ISS Mediclean", "Medirest (Compass Group)")))
                    if outsourced
                    else na(),
                ),
                q(
                    "What is the average spend per patient day on food?",
                    (f"£{rng.uniform(4.2, 9.9):.2f}", "number"),
                ),
            ],
        )
    ]


def backlog(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    return "Estates backlog maintenance", [
        (
            None,
            [
                q(
                    f"What was the Trust’s total backlog maintenance cost at 31 March {ctx.march}?",
                    number(rng.randrange(2_000_000, 90_000_000), money=True),
                ),
                q(
                    "How much of this was classed as high risk?",
                    number(rng.randrange(100_000, 9_000_000), money=True),
                ),
                q(
                    "Does the Trust have any PFI buildings?",
                    rng.choice((yes("One hospital building is held under a PFI contract."), no())),
                ),
            ],
        )
    ]


def violence(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    return "Violence and aggression against staff", [
        (
            "Incidents",
            [
                q(
                    f"How many incidents of physical assault on staff were reported in {ctx.fy}?",
                    number(rng.randrange(40, 1900)),
                ),
                q(
                    "How many of these incidents were reported to the police?",
                    number(rng.randrange(10, 400)),
                ),
            ],
        ),
        (
            "Prevention",
            [
                q(
                    "Do any staff wear body-worn cameras?",
                    rng.choice(
                        (
                            yes("Body-worn cameras are issued to security staff and on two wards."),
                            no(),
                        )
                    ),
                ),
                q(
                    "Does the Trust provide conflict resolution training?",
                    yes("It is part of mandatory training for patient-facing staff."),
                ),
            ],
        ),
    ]


def medical_devices(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    return "Infusion pumps", [
        (
            None,
            [
                q(
                    "How many volumetric infusion pumps does the Trust own?",
                    number(rng.randrange(20, 1600)),
                ),
                q(
                    "Who is the manufacturer?",
                    text(
                        rng.choice(
                            ("Becton Dickinson (Alaris)", "B. Braun", "Baxter", "Fresenius Kabi")
                        )
                    ),
                ),
                q(
                    "Are the pumps leased or purchased?",
                    text(rng.choice(("Purchased.", "Leased under a managed equipment service."))),
                ),
            ],
        )
    ]


def staff_networks(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    return "Staff networks", [
        (
            None,
            [
                q(
                    "Which staff networks does the Trust support?",
                    text(
                        "Race equality network, disability and neurodiversity network, LGBTQ+ network, and women’s network."
                    ),
                ),
                q(
                    "Do network chairs receive protected time for the role?",
                    yes(
                        f"Chairs receive {rng.choice(('two days', 'one day', 'four hours'))} a month of protected time."
                    ),
                ),
                q(
                    f"What was the total budget allocated to staff networks in {ctx.fy}?",
                    number(rng.randrange(2_000, 60_000), money=True),
                ),
            ],
        )
    ]


def ai_use(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    return "Use of artificial intelligence", [
        (
            None,
            [
                q(
                    "Does the Trust use any artificial intelligence tools in clinical settings?",
                    rng.choice((yes("An AI tool supports chest X-ray reporting."), no())),
                ),
                q(
                    "Does the Trust have a policy on staff use of generative AI tools?",
                    rng.choice(
                        (
                            yes(f"The policy was approved in {ctx.year}."),
                            no("A policy is being drafted."),
                        )
                    ),
                ),
                q(
                    f"How much has the Trust spent on AI software licences since April {ctx.march - 2}?",
                    number(rng.randrange(0, 400_000), money=True),
                ),
            ],
        )
    ]


def locum_doctors(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    if _is(trust, "Ambulance"):
        pay = na("The Trust does not employ locum doctors.")
        return "Locum doctor pay rates", [
            (
                None,
                [
                    q(
                        f"What is the highest hourly rate paid to a locum consultant in {ctx.fy}?",
                        pay,
                    ),
                    q(f"How many locum consultant shifts were filled in {ctx.fy}?", na()),
                ],
            )
        ]
    return "Locum doctor pay rates", [
        (
            None,
            [
                q(
                    f"What is the highest hourly rate paid to a locum consultant in {ctx.fy}?",
                    text(f"£{rng.randrange(110, 260)} per hour."),
                ),
                q(
                    f"How many locum consultant shifts were filled in {ctx.fy}?",
                    number(rng.randrange(100, 5000)),
                ),
            ],
        )
    ]


TOPICS: list[Callable[[random.Random, DemoTrust, Ctx], tuple[str, Sections]]] = [
    agency_spend,
    interpreting,
    epr_system,
    car_parking,
    sickness_absence,
    adhd_waits,
    out_of_area,
    international_recruitment,
    restraint,
    energy,
    managed_print,
    mobile_phones,
    speak_up,
    telephony,
    falls,
    complaints,
    vacancies,
    catering,
    backlog,
    violence,
    medical_devices,
    staff_networks,
    ai_use,
    locum_doctors,
]

# ---------------------------------------------------------------- special topics (one each per trust)

S12_TEXT = (
    "Answering would take us past the £450 cost limit set by section 12 of the Freedom of "
    "Information Act 2000: these figures are not kept in one place, and finding them would mean "
    "reading {records} by hand. We are therefore refusing your request. You may wish to refine "
    "your request, for example by narrowing the time period, so that it can be answered within "
    "the cost limit."
)
SEE_Q1 = "Please see our response to question 1."


def refusal_s12(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    records = rng.choice(
        ("patient records", "several thousand clinical records", "individual personnel files")
    )
    refusal = S12_TEXT.format(records=records)
    questions = [
        f"Between January {ctx.year - 6} and January {ctx.year}, how many service users judged a risk to themselves or to other people were discharged because they missed appointments?",
        "How many of those service users were referred back to their GP after missing one appointment?",
        "How many of them did you refer on to be assessed again under the Mental Health Act 1983?",
    ]
    return "Discharge of service users who did not attend", [
        (
            None,
            [Q(questions[0], refusal, "exempt", exemption="12", whole_request=True)]
            + [
                Q(text_, SEE_Q1, "exempt", exemption="12", whole_request=True)
                for text_ in questions[1:]
            ],
        )
    ]


def published_s21(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    url = _site(trust, rng.choice(("about-us/policies/", "publications/policies-and-procedures/")))
    answer = (
        "You can already get this information without asking us, so it is exempt under section 21 "
        "of the Freedom of Information Act 2000. The policy is published "
        f"on our website at {url} and is reviewed every three years."
    )
    return "Freedom to Speak Up and whistleblowing policy", [
        (
            None,
            [
                Q(
                    "Please provide a copy of the Trust’s current Freedom to Speak Up policy.",
                    answer,
                    "exempt",
                    exemption="21",
                ),
                q(
                    "When was the policy last reviewed?",
                    text(
                        f"{rng.choice(('January', 'May', 'September'))} {rng.randrange(ctx.year - 3, ctx.year)}"
                    ),
                ),
                q(
                    "Has the policy been reviewed against the national policy published in 2022?",
                    yes(),
                ),
            ],
        )
    ]


S40_TEXT = (
    "Fewer than 5. Where a figure is fewer than five we do not disclose the exact number, as this "
    "could lead to the identification of individuals. This information is exempt under section "
    "40(2) of the Freedom of Information Act 2000 (personal information)."
)


def personal_s40(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    return "Sexual safety incidents", [
        (
            None,
            [
                q(
                    f"How many sexual safety incidents involving patients were reported in {ctx.fy}?",
                    number(rng.randrange(20, 300)),
                ),
                q(
                    "How many sexual safety incidents were reported where the alleged perpetrator was a member of staff?",
                    number(rng.randrange(5, 40)),
                ),
                Q(
                    "How many members of staff were dismissed following such an incident?",
                    S40_TEXT,
                    "exempt",
                    exemption="40(2)",
                ),
                q(
                    "Does the Trust have a sexual safety lead?",
                    yes("The Deputy Director of Nursing is the Trust’s sexual safety lead."),
                ),
            ],
        )
    ]


def not_held_request(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    reason = rng.choice(
        (
            "Records for this period were destroyed in line with the Records Management Code of Practice.",
            "This information is not recorded by the Trust.",
            "The Trust does not operate this service.",
        )
    )
    return "Use of private ambulance providers 2012 to 2015", [
        (
            None,
            [
                q(
                    "How many patient journeys were undertaken by private ambulance providers between 2012 and 2015?",
                    not_held(reason),
                ),
                q("What was the total cost of these journeys?", not_held()),
                q("Which private ambulance providers were used?", not_held()),
            ],
        )
    ]


S43_TEXT = (
    "This information is exempt under section 43(2) of the Freedom of Information Act 2000 "
    "(commercial interests): releasing it would be likely to weaken the negotiating position of "
    "both the Trust and the supplier. We have considered the public interest test and concluded "
    "that the public interest in withholding the information outweighs that in disclosing it."
)


def commercial_s43(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    return "Pathology managed service contract", [
        (
            "Contract",
            [
                q(
                    "Who provides the Trust’s pathology managed service?",
                    text(
                        rng.choice(
                            (
                                "Abbott Laboratories Ltd",
                                "Roche Diagnostics Ltd",
                                "Siemens Healthineers",
                                "Synnovis",
                            )
                        )
                    ),
                ),
                q(
                    "When does the contract expire?",
                    text(
                        f"{rng.choice(('31 March', '31 October'))} {rng.randrange(ctx.year + 1, ctx.year + 6)}"
                    ),
                ),
                Q(
                    "What is the annual value of the contract?",
                    S43_TEXT,
                    "exempt",
                    exemption="43(2)",
                ),
            ],
        ),
        (
            "Procurement",
            [
                q(
                    "Was the contract awarded through a framework?",
                    yes("The contract was awarded through the NHS Supply Chain framework."),
                ),
            ],
        ),
    ]


S31_TEXT = (
    "This information is exempt under section 31(1)(a) of the Freedom of Information Act 2000 "
    "(law enforcement): releasing it could help anyone planning an attack on the Trust’s systems, "
    "and so harm the work of preventing crime."
)


def cyber_s31(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    return "Cyber security", [
        (
            None,
            [
                q(
                    "Does the Trust employ a Chief Information Security Officer?",
                    rng.choice(
                        (yes(), no("Cyber security is led by the Head of IT Infrastructure."))
                    ),
                ),
                Q(
                    f"How many cyber attacks on the Trust were detected in {ctx.fy}?",
                    S31_TEXT,
                    "exempt",
                    exemption="31(1)(a)",
                ),
                Q(
                    "Which security information and event management (SIEM) product does the Trust use?",
                    S31_TEXT,
                    "exempt",
                    exemption="31(1)(a)",
                ),
                q(
                    f"Has the Trust met the standards of the Data Security and Protection Toolkit for {ctx.fy}?",
                    yes("Standards met."),
                ),
            ],
        )
    ]


SPECIAL_TOPICS = [
    refusal_s12,
    published_s21,
    personal_s40,
    not_held_request,
    commercial_s43,
    cyber_s31,
]

# ---------------------------------------------------------------- the round-robin request

TRUST_TYPE_OPTIONS = (
    "Acute (Foundation or not), Mental Health (Foundation or not), Community (Foundation or not), "
    "Integrated Acute & Community, Specialist, or Care Trust"
)


def round_robin_appraisal(rng: random.Random, trust: DemoTrust, ctx: Ctx) -> tuple[str, Sections]:
    """A round-robin request about staff data platforms, answered by several trusts
    (its subject follows a real round robin; its wording is the demo's own)."""
    foundation = "Foundation" in trust.name
    kind = {
        "Acute": "Acute",
        "Community": "Community",
        "Mental health and learning disability": "Mental Health",
        "Ambulance": "Ambulance",
    }[trust.trust_type]
    if kind == "Ambulance":
        status = text(
            f"{trust.name} is an ambulance trust, which is not one of the listed categories."
        )
    else:
        status = text(f"{kind} {'Foundation' if foundation else 'Non-Foundation'} Trust")
    accessible = rng.random() < 0.6
    platform = rng.choice(("Microsoft Power BI", "Microsoft SharePoint", "Tableau", "Qlik Sense"))
    month = rng.choice(("Jan", "Apr", "Jul", "Oct"))
    year = rng.randrange(2019, 2024)
    if accessible:
        access2a = yes(
            f"Staff can view their own compliance and managers can view their teams’ data on {platform}."
        )
        implemented = text(f"{month}-{year}")
        platform_answer = text(platform)
        corporate = rng.choice((yes(), no()))
        everyone = no()
        restricted = yes("Access is restricted to line managers for their own teams.")
        other = na()
        marches = [f"March {y}" for y in range(year, min(year + 4, 2026))]
        appraisals = "; ".join(f"{m}: {rng.uniform(70, 92):.2f}%" for m in marches)
        training = "; ".join(f"{m}: {rng.uniform(80, 96):.2f}%" for m in marches)
        kpi_a, kpi_b = text(appraisals), text(training)
    else:
        access2a = no(
            "Appraisal and training data is held on the Trust’s learning management system, which is similar to ESR."
        )
        implemented = platform_answer = corporate = everyone = restricted = other = kpi_a = (
            kpi_b
        ) = na()
    return "Staff appraisal and mandatory training data platforms", [
        (
            "About your trust",
            [
                q("What is the Trust’s name, written out in full?", text(trust.name)),
                q(f"Which of these best describes the Trust: {TRUST_TYPE_OPTIONS}?", status),
            ],
        ),
        (
            "Who can see the data",
            [
                q(
                    "Can staff look up named individuals’ appraisal and mandatory training records themselves, on an intranet page, dashboard or shared drive? (yes/no)",
                    access2a,
                ),
                q(
                    "When did those reports first go live there (mmm-yyyy; the year alone will do)?",
                    implemented,
                ),
                q(
                    "What kind of system shows them (for example a dashboard tool, an intranet site or a shared drive)?",
                    platform_answer,
                ),
            ],
        ),
        (
            "How access is controlled",
            [
                q(
                    "Does everyone who logs on to the corporate network see the same data (yes/no)?",
                    corporate,
                ),
                q(
                    "Can every member of staff see it, whatever their job (yes/no)?",
                    everyone,
                ),
                q(
                    "Do permissions on a user’s profile limit what they can see? (yes/no)",
                    restricted,
                ),
                q(
                    "Other – if access is managed some other way, please describe it briefly.",
                    other,
                ),
            ],
        ),
        (
            "Compliance figures",
            [
                q(
                    "Please provide the Trust’s end-of-financial-year compliance rates to two decimal places (0.00%) for staff appraisals",
                    kpi_a,
                ),
                q(
                    "Please provide the Trust’s end-of-financial-year compliance rates to two decimal places (0.00%) for mandatory training",
                    kpi_b,
                ),
            ],
        ),
    ]

"""Held-out set W, FOI half: letters in eight house styles that neither sets D to V
(benchmarks/heldout_d .. heldout_v) nor the synthetic training styles
(scripts/foi_synthetic.py) print, built in code with their truth and scored at first
sight (score.py here). Nothing under parsers/ was read while writing it.

Each style is printed by two fictional trusts with their own variants (trust "a" and
"b"). Three of the styles are ORDINARY letters (numbered questions, answers beneath, a
standard closing) with an ordinary variation: a 'Please note' caveat closing each
answer, a 'Re-use of information' part after the answers, parts of the request sent on
to another body whose address is printed beneath the answer. The letters carry date
forms the earlier sets did not ("Tuesday 5 March 2024", "05/03/24", "2024-03-05") and
reference forms of their own ("FOI/W/24/0173", "IG-0173-24", "RFI 24.0173").

The truth follows set D's conventions (benchmarks/heldout_d/foi_d.py's docstring, as
sets G to V apply them): `label` is the question's number as printed without its
punctuation ("1." -> "1", "2)" -> "2"), None when unnumbered; `question`/`answer` are
the text without labels, headings and markers; an answer's paragraphs (and its bullet
lines) are joined by spaces. In set W besides:

- a 'Please note …' paragraph after an answer is the answer's last paragraph;
- a 'Re-use of information' heading and its paragraph after all the answers are in no
  item;
- the other body's name and address lines printed beneath an answer that points the
  requester to it are the answer's, after its sentence, joined by spaces;
- an answer given site by site ('Kingsmead Hospital: <5', a line or bullet a site) is
  the lines joined by spaces, followed by the note explaining '<5' printed beneath it;
- a decimal question number '1.0' is the label "1.0" (as printed, no trailing point);
- reference and dates printed only in a block after the signature are the letter's
  reference and dates all the same;
- a bold topic tag run into the question's paragraph ('Estates: How many …', 'Estates –
  How many …') is in no item: the question is the rest, the label None;
- the requester's own bullet list under a numbered question is the question's: the
  question is its lead line and the bullets joined by spaces;

the exemptions are the FOIA sections the answers apply; closings, signatures and the
re-use paragraph are in no item.
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.heldout_d.foi_d import Letter
from benchmarks.heldout_p.render import B, Block, H, P
from benchmarks.heldout_r.foi_r import _item  # set R's item piece, imported
from benchmarks.heldout_w import foi_w_text as tx
from benchmarks.heldout_w.foi_w_text import iso_date, short_year_date, weekday_date

PER_STYLE = 4

ORD_CAVEAT = (
    "an ordinary letter of numbered questions with the answers beneath, each answer "
    "closed by a 'Please note …' caveat paragraph of its own"
)
ORD_REUSE = (
    "an ordinary letter of bold numbered questions with the answers beneath and a "
    "'Re-use of information' heading and paragraph after the answers, before the review "
    "rights"
)
ORD_REDIRECT = (
    "an ordinary letter of numbered questions where parts not held are pointed to another "
    "public body, its name and address printed as lines beneath the answer"
)
BY_SITE = (
    "numbered questions answered site by site in lines ('Kingsmead Hospital: <5'), small "
    "numbers shown as '<5' and a note beneath citing section 40(2)"
)
MEMO = (
    "a memo-style reply with a 'To / From / Date / Subject' block for its head, questions "
    "numbered with decimals '1.0', '2.0' in bold and the answers beneath"
)
REF_FOOT = (
    "a letter whose head carries no reference or date: they are printed in a block after "
    "the signature ('Our ref … Received … Responded …'), questions numbered '1)'"
)
TAGGED = (
    "unnumbered questions each opened by a bold topic tag run into the same paragraph "
    "('Estates: How many …'), the answer beneath"
)
BULLETED_Q = (
    "numbered questions that carry the requester's own bulleted list of items asked "
    "for, answered in one paragraph beneath the bullets"
)

TRUSTS: dict[str, list[tuple[str, str, str]]] = {
    ORD_CAVEAT: [
        ("Thurnscoe Dearne NHS Trust", "Dearne Road, Thurnscoe TD3 4DR", "FOI/W/{y}/{n:04d}"),
        ("Goldthorpe Rise NHS Foundation Trust", "Rise Lane, Goldthorpe GR6 1RL", "IG-{n:04d}-{y}"),
    ],
    ORD_REUSE: [
        ("Bolton Dearne NHS Trust", "Station Way, Bolton upon Dearne BD7 2SW", "RFI {y}.{n:04d}"),
        ("Wath Ings NHS Trust", "Ings Road, Wath WI2 8IR", "FOI/W/{y}/{n:04d}"),
    ],
    ORD_REDIRECT: [
        ("Mexborough Wharf NHS Trust", "Wharf Road, Mexborough MW4 6WR", "IG-{n:04d}-{y}"),
        ("Conisbrough Keep NHS Trust", "Castle Hill, Conisbrough CK1 9CH", "RFI {y}.{n:04d}"),
    ],
    BY_SITE: [
        ("Denaby Main NHS Foundation Trust", "Pit Lane, Denaby DM5 3PL", "FOI/W/{y}/{n:04d}"),
        ("Swinton Locks NHS Trust", "Canal Street, Swinton SL8 2CS", "IG-{n:04d}-{y}"),
    ],
    MEMO: [
        ("Rawmarsh Hill NHS Trust", "Hill Street, Rawmarsh RH2 7HS", "RFI {y}.{n:04d}"),
        ("Wombwell Wood NHS Trust", "Wood Walk, Wombwell WW6 4WW", "FOI/W/{y}/{n:04d}"),
    ],
    REF_FOOT: [
        ("Hoyland Common NHS Trust", "Common Lane, Hoyland HC3 1CL", "IG-{n:04d}-{y}"),
        ("Elsecar Heritage NHS Foundation Trust", "Forge Lane, Elsecar EH9 2FL", "RFI {y}.{n:04d}"),
    ],
    TAGGED: [
        ("Darfield Cross NHS Trust", "Cross Street, Darfield DC4 5CS", "FOI/W/{y}/{n:04d}"),
        ("Cudworth Park NHS Trust", "Park Road, Cudworth CP7 3PR", "IG-{n:04d}-{y}"),
    ],
    BULLETED_Q: [
        ("Royston Summit NHS Trust", "Summit Way, Royston RS2 6SW", "RFI {y}.{n:04d}"),
        (
            "Grimethorpe Colliery NHS Trust",
            "Colliery Road, Grimethorpe GC5 8CR",
            "FOI/W/{y}/{n:04d}",
        ),
    ],
}
STYLES = list(TRUSTS)
FORMATS: dict[str, tuple[str, ...]] = {s: ("docx", "pdf", "html") for s in STYLES}


def _dates(rnd: random.Random) -> tuple[str, str]:
    rec = dt.date(2024, 1, 10) + dt.timedelta(days=rnd.randint(0, 300))
    resp = rec + dt.timedelta(days=rnd.randint(5, 27))
    return rec.isoformat(), resp.isoformat()


def _head(kind: int, trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    name, address = trust[0], trust[1]
    if kind == 0:
        return [
            H(name),
            P(address),
            P(f"Our ref: {ref}"),
            P(weekday_date(resp)),
            P("Dear Requester"),
            P(
                f"Thank you for your request for information, which we received on "
                f"{weekday_date(rec)}. We have dealt with it under the Freedom of "
                "Information Act 2000."
            ),
        ]
    if kind == 1:
        return [
            P(name, "bold"),
            P(address),
            P(f"Date of response: {short_year_date(resp)}"),
            P(f"FOI reference: {ref}"),
            P("Dear Sir/Madam,"),
            P(
                f"Your request dated {short_year_date(rec)} has been considered; our answers follow."
            ),
        ]
    return [
        H(name),
        P(address),
        P(f"Re: Freedom of Information request, reference {ref}"),
        P(f"Issued: {iso_date(resp)}   Received: {iso_date(rec)}"),
        P("Dear Enquirer,"),
        P("Please find the Trust's response to your questions below."),
    ]


def _closing(v: int, trust: tuple) -> list[P]:
    return [P(tx.CLOSINGS[k][v]) for k in ("review", "regulator")] + [
        *(P(x) for x in tx.SIGNATURES[v]),
        P(trust[0]),
    ]


def _joined(t: tx.Topic) -> str:
    return " ".join(t.answer)


def _topics(rnd: random.Random, lo: int = 3, hi: int = 5) -> list[tuple[int, tx.Topic]]:
    return list(enumerate(rnd.sample(tx.TOPICS, rnd.randint(lo, hi)), 1))


def _ord_caveat(rnd: random.Random, v: int):
    blocks: list[Block] = []
    items = []
    numbered = _topics(rnd)
    for n, t in numbered:
        blocks += [P(f"{n}. {t.question}" if v == 0 else f"Question {n}: {t.question}")]
        blocks += [P(x) for x in (*t.answer, t.caveat)]
        items.append(_item(str(n), t.question, f"{_joined(t)} {t.caveat}"))
    return blocks, items, [t.exemption for _, t in numbered]


def _ord_reuse(rnd: random.Random, v: int):
    numbered = _topics(rnd)
    blocks: list[Block] = []
    for n, t in numbered:
        blocks += [P(f"{n}. {t.question}" if v == 0 else f"{n}) {t.question}", "bold")]
        blocks += [P(x) for x in t.answer]
    blocks += [H("Re-use of information") if v == 0 else P("Re-use of information", "bold")]
    blocks.append(P(tx.REUSE))
    items = [_item(str(n), t.question, _joined(t)) for n, t in numbered]
    return blocks, items, [t.exemption for _, t in numbered]


def _ord_redirect(rnd: random.Random, v: int):
    held = rnd.sample(tx.TOPICS, rnd.randint(2, 3))
    sent = rnd.sample(tx.REDIRECTS, rnd.randint(1, 2))
    mixed: list[tx.Topic | tx.Redirect] = [*held, *sent]
    rnd.shuffle(mixed)
    blocks: list[Block] = []
    items = []
    for n, x in enumerate(mixed, 1):
        blocks.append(P(f"{n}. {x.question}"))
        if isinstance(x, tx.Redirect):
            blocks.append(P(x.answer))
            blocks += [P(line) for line in x.body] if v == 0 else [B(line) for line in x.body]
            items.append(_item(str(n), x.question, " ".join([x.answer, *x.body])))
        else:
            blocks += [P(a) for a in x.answer]
            items.append(_item(str(n), x.question, _joined(x)))
    return blocks, items, [x.exemption for x in held]


def _by_site(rnd: random.Random, v: int):
    chosen = list(enumerate(rnd.sample(tx.BY_SITE, rnd.randint(2, 3)), 1))
    blocks: list[Block] = []
    items = []
    small = False
    for n, s in chosen:
        lines = [f"{site}: {num}" for site, num in s.sites]
        blocks.append(P(f"{n}. {s.question}", "bold" if v == 1 else None))
        blocks += [P(x) for x in lines] if v == 0 else [B(x) for x in lines]
        answer = " ".join(lines)
        if any(num == "<5" for _, num in s.sites):
            small = True
            blocks.append(P(tx.SMALL, "italic" if v == 1 else None))
            answer += f" {tx.SMALL}"
        items.append(_item(str(n), s.question, answer))
    return blocks, items, ["40(2)"] if small else []


def _memo(rnd: random.Random, v: int):
    numbered = _topics(rnd)
    blocks: list[Block] = []
    for n, t in numbered:
        blocks += [P(f"{n}.0 {t.question}" if v == 0 else f"{n}.0   {t.question}", "bold")]
        blocks += [P(x) for x in t.answer]
    items = [_item(f"{n}.0", t.question, _joined(t)) for n, t in numbered]
    return blocks, items, [t.exemption for _, t in numbered]


def _ref_foot(rnd: random.Random, v: int):
    numbered = _topics(rnd)
    blocks: list[Block] = []
    for n, t in numbered:
        blocks += [P(f"{n}) {t.question}", "bold" if v == 0 else None)]
        blocks += [P(x) for x in t.answer]
    items = [_item(str(n), t.question, _joined(t)) for n, t in numbered]
    return blocks, items, [t.exemption for _, t in numbered]


def _tagged(rnd: random.Random, v: int):
    numbered = _topics(rnd)
    blocks: list[Block] = []
    for _, t in numbered:
        sep = ":" if v == 0 else " –"
        blocks += [P(f"**{t.tag}{sep}** {t.question}")]
        blocks += [P(x) for x in t.answer]
    items = [_item(None, t.question, _joined(t)) for _, t in numbered]
    return blocks, items, [t.exemption for _, t in numbered]


def _bulleted_q(rnd: random.Random, v: int):
    chosen = list(enumerate(rnd.sample(tx.BULLETED, rnd.randint(3, 4)), 1))
    blocks: list[Block] = []
    items = []
    for n, x in chosen:
        blocks.append(P(f"{n}. {x.lead}", "bold" if v == 0 else None))
        blocks += [B(b) for b in x.bullets]
        blocks.append(P(x.answer))
        items.append(_item(str(n), " ".join([x.lead, *x.bullets]), x.answer))
    return blocks, items, []


BODIES = {
    ORD_CAVEAT: _ord_caveat,
    ORD_REUSE: _ord_reuse,
    ORD_REDIRECT: _ord_redirect,
    BY_SITE: _by_site,
    MEMO: _memo,
    REF_FOOT: _ref_foot,
    TAGGED: _tagged,
    BULLETED_Q: _bulleted_q,
}


def _memo_head(trust: tuple, ref: str, rec: str, resp: str) -> list[Block]:
    return [
        H(trust[0]),
        H("Memorandum"),
        P("To: The requester"),
        P("From: Information Governance Office"),
        P(f"Date: {weekday_date(resp)}"),
        P(f"Subject: Freedom of Information request {ref}, received {weekday_date(rec)}"),
    ]


def _foot_head(trust: tuple) -> list[Block]:
    return [
        H(trust[0]),
        P(trust[1]),
        P("Dear Requester"),
        P("Our answers to your questions follow."),
    ]


def _foot(v: int, ref: str, rec: str, resp: str) -> list[Block]:
    if v == 0:
        return [
            P(f"Our ref: {ref}   Received: {weekday_date(rec)}   Responded: {weekday_date(resp)}")
        ]
    return [
        P(f"Reference: {ref}"),
        P(f"Request received: {short_year_date(rec)}"),
        P(f"Response sent: {short_year_date(resp)}"),
    ]


def generate(style: str, k: int) -> Letter:
    """The k-th letter of a style (deterministic)."""
    rnd = random.Random(f"heldout-w/{style}/{k}")
    v = k % 2
    trust = TRUSTS[style][v]
    rec, resp = _dates(rnd)
    y = int(rec[2:4])
    ref = trust[2].format(y=y, n=rnd.randint(100, 9999))
    body, items, applied = BODIES[style](rnd, v)
    if style == MEMO:
        head = _memo_head(trust, ref, rec, resp)
    elif style == REF_FOOT:
        head = _foot_head(trust)
    else:
        head = _head((STYLES.index(style) + k) % 3, trust, ref, rec, resp)
    tail = _foot(v, ref, rec, resp) if style == REF_FOOT else []
    blocks = [*head, *body, *_closing(v, trust), *tail]
    truth = {
        "items": items,
        "reference": ref,
        "received_date": rec,
        "responded_date": resp,
        "exemptions": [{"law": "FOIA", "section": s} for s in sorted({a for a in applied if a})],
    }
    return Letter(style, "ab"[v], k, trust[0], blocks, truth, FORMATS[style])


def letters(per_style: int = PER_STYLE) -> list[Letter]:
    return [generate(s, k) for s in STYLES for k in range(per_style)]

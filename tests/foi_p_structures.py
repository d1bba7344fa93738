"""Shared pieces of the tests of the FOI structures learned from held-out set P: a
made-up trust's letterhead, the two ways of reading (rules alone, with the shipped
labeller) and a unit built from one line."""

from __future__ import annotations

from contextlib import nullcontext

from parsers.foi.labeller import using_labeller
from parsers.foi.units import _Unit
from tests.foi_letters import H, P

MODELS = ["rules only", "labeller"]


def model_context(model: str):
    return using_labeller(None) if model == "rules only" else nullcontext()


HEAD = [
    H("Harrowden Vale NHS Trust"),
    P("Our reference: HVT-DR-3307"),
    P("Date: 14 November 2025"),
    P("Dear Ms Okonjo"),
    P("We received your request on 20 October 2025 and reply to it below."),
]


def unit(text: str, style: str | None = None) -> _Unit:
    return _Unit(text=text, style=style, lines=[text])

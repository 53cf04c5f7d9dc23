"""seed 001: the inbox receives case review inquiries; anything else is none."""
from __future__ import annotations

from triage.records import Facts

from .base import Rule


def _why(facts: Facts) -> str | None:
    if facts.signals.not_a_request:
        return "no case review request in the message"
    return None


RULE = Rule(
    "not_a_request",
    "seed 001: the SRO inbox is for case review inquiries",
    "001",
    _why,
)

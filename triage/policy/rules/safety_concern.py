"""seed 003: assault or abuse, serious problems in detention, trafficking,
serious mental conditions and separated children go to a person at once."""
from __future__ import annotations

from triage.records import Facts

from .base import Rule


def _why(facts: Facts) -> str | None:
    kinds = sorted(set(facts.signals.safety))
    if kinds:
        return "reports a safety concern: " + ", ".join(kinds)
    return None


RULE = Rule(
    "safety_concern",
    "seed 003: safety reports of the Detention Reporting and Information Line go to a person",
    "003",
    _why,
)

"""seed 003: "If the facts of your case have changed since the local ICE field
office reviewed your case, you should submit a new request to the local ICE
field office"."""
from __future__ import annotations

from triage.records import Facts

from .base import Rule


def _why(facts: Facts) -> str | None:
    if facts.signals.facts_changed:
        return "the writer says the facts changed since the local review"
    return None


RULE = Rule(
    "facts_changed",
    "seed 003: changed facts go to the local field office in a new request",
    "003",
    _why,
)

"""seed 003: the SRO considers everything submitted for a case together, so a
message about an open case joins it and the case is decided again."""
from __future__ import annotations

from triage.records import Facts

from .base import Rule


def _why(facts: Facts) -> str | None:
    if facts.existing_case:
        return "joins an open case; decided on the case's merged facts"
    return None


RULE = Rule(
    "existing_case",
    "seed 003: all information submitted for one case is considered together",
    "003",
    _why,
)

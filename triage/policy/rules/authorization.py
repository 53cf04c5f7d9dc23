"""seed 001, seed 003: ICE answers a third party only with a signed Form G-28
or ICE Form I-60-001 (Form 60-001)."""
from __future__ import annotations

from triage.records import Facts

from .base import Rule


def _why(facts: Facts) -> str | None:
    f = facts.fields
    if f.requester_role != "self" and not f.authorization:
        return f"written by a third party ({f.requester_role}) without Form G-28 or I-60-001"
    return None


RULE = Rule(
    "missing_authorization",
    "seed 003: a third party needs a signed Form G-28 or ICE Form I-60-001",
    "003",
    _why,
)

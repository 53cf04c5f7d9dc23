"""seed 003, seed 004: discretion in removal proceedings belongs to the OPLA
Field Location handling the case, even when ERO relief is asked too."""
from __future__ import annotations

from triage.records import Facts

from .base import Rule

OPLA_RELIEF = frozenset({
    "motion_to_reopen", "dismissal", "administrative_closure", "stipulation",
    "continuance", "bond", "relief_in_proceedings",
})


def _why(facts: Facts) -> str | None:
    asked = sorted(set(facts.fields.relief) & OPLA_RELIEF)
    if asked:
        return "asks for discretion held by OPLA: " + ", ".join(asked)
    return None


RULE = Rule(
    "opla_matter",
    "seed 003: removal-proceedings discretion goes to the OPLA Field Location",
    "003",
    _why,
)

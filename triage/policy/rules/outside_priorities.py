"""seed 003: a local answer given while the priorities were not in effect
(June 24, 2022 to July 27, 2023) calls for a new local request."""
from __future__ import annotations

from datetime import date

from triage.records import Facts

from .base import Rule

NOT_IN_EFFECT = (date(2022, 6, 24), date(2023, 7, 27))  # both days inclusive


def _why(facts: Facts) -> str | None:
    answered = facts.fields.local_response_date
    first, last = NOT_IN_EFFECT
    if answered is not None and first <= answered <= last:
        return f"the local office answered on {answered.isoformat()}, while the priorities were not in effect"
    return None


RULE = Rule(
    "local_review_outside_priorities",
    "seed 003: a local answer from 2022-06-24 to 2023-07-27 needs a new local request",
    "003",
    _why,
)

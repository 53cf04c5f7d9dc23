"""seed 003: "Please ensure to include a copy of your local ICE field office
request as well as their response". Noted, never by itself a rejection."""
from __future__ import annotations

from triage.records import Facts

from .base import Rule

# The local office has not answered: the copy of the request alone is enough.
_NO_ANSWER = ("no_response", "pending")


def missing_copies(facts: Facts) -> list[str]:
    """Which copies are lacking: "request", "response", both or none."""
    f, s = facts.fields, facts.signals
    if f.local_review != "requested":
        return []  # no_local_review is the finding then
    lacking = [] if s.local_request_copy else ["request"]
    if f.local_outcome not in _NO_ANSWER and not s.local_response_copy:
        lacking.append("response")
    return lacking


def _why(facts: Facts) -> str | None:
    words = {"request": "the local request", "response": "the local office's response"}
    lacking = [words[which] for which in missing_copies(facts)]
    if not lacking:
        return None
    return "no copy of " + " or of ".join(lacking) + " attached"


RULE = Rule(
    "missing_local_copies",
    "seed 003: include copies of the local request and of the local response",
    "003",
    _why,
)

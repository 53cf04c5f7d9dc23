"""seed 001, RFC 3834: machine-made mail (auto-replies, bounces, lists) gets no reply."""
from __future__ import annotations

from triage.mask import mask_text
from triage.records import Facts

from .base import Rule


def _why(facts: Facts) -> str | None:
    reason = facts.signals.auto_generated
    if reason:
        return "machine-made mail: " + mask_text(" ".join(reason.split()))
    return None


RULE = Rule(
    "auto_generated",
    "seed 001: the SRO inbox takes inquiries from people; machine-made mail is ignored",
    "001",
    _why,
)

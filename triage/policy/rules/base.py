"""The shape of one policy rule (after GNU Mailman 3, src/mailman/rules).

A rule knows its reason code, the seed it comes from and a one-line
description; `check` says whether it hits and, when it does, why.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from triage.records import Facts, Finding


@dataclass(frozen=True)
class Rule:
    code: str  # the reason code of CONTRACT.md
    description: str  # one line citing the seed
    seed: str  # e.g. "003"
    # Returns the reviewer's one-line "why" when the rule hits, else None.
    # The line never carries a full A-number or a birth date.
    why: Callable[[Facts], str | None]

    def check(self, facts: Facts) -> Finding | None:
        why = self.why(facts)
        return Finding(self.code, why) if why else None

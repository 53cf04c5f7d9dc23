"""Cases: which earlier case a message joins, and the case's merged view.

POLICY.md: a message in the thread of an earlier one (In-Reply-To,
References, or the case reference in its subject) or about the A-number of
an open case joins that case; the case is decided again on everything its
messages hold together, and where two messages disagree the later one wins.
"""
from __future__ import annotations

import unicodedata
from dataclasses import asdict, fields as dc_fields
from typing import Any

from triage.records import Extraction, Facts, Fields, ParsedMessage, Signals
from triage.store.db import CASE_REF, Store

LIST_FIELDS = ("relief", "authorization")


def find_case(store: Store, msg: ParsedMessage, ex: Extraction) -> tuple[dict | None, str | None]:
    """The case this message joins and how it was found, or (None, None)."""
    ids = [i for i in [msg.in_reply_to, *msg.references] if i]
    case = store.case_for_message_ids(ids)
    if case:
        return case, "thread"
    for m in CASE_REF.finditer(msg.subject or ""):
        case = store.case_by_ref(m.group(0))
        # A reference cited for a case of another A-number is a slip of the writer's:
        # the A-number the message gives decides (below), not the digits in the subject.
        if case and not _other_person(case, ex):
            return case, "case reference in subject"
    if ex.fields.a_number:
        case = store.open_case_for_a_number(ex.fields.a_number)
        if case:
            return case, "A-number of an open case"
    return None, None


def _other_person(case: dict, ex: Extraction) -> bool:
    return bool(ex.fields.a_number and case.get("a_number") and case["a_number"] != ex.fields.a_number)


def to_record(ex: Extraction) -> dict[str, Any]:
    """An extraction as stored with its message, for merging later."""
    return {
        "language": ex.language,
        "fields": ex.fields.to_json(),
        "signals": asdict(ex.signals),
        "said": sorted({f.field for f in ex.found}),
    }


def from_record(rec: dict[str, Any]) -> tuple[Extraction, set[str]]:
    """A stored extraction and the names of the fields its message said."""
    known = {f.name for f in dc_fields(Signals)}
    signals = Signals(**{k: v for k, v in rec["signals"].items() if k in known})
    ex = Extraction(language=rec["language"], fields=Fields.from_json(rec["fields"]),
                    signals=signals)
    return ex, set(rec.get("said", []))


def merge(history: list[tuple[Extraction, set[str]]], current: Extraction,
          said_now: set[str]) -> Facts:
    """The case's view: each field from the latest message that said it."""
    merged = Fields()
    for ex, said in [*history, (current, said_now)]:
        for f in dc_fields(Fields):
            value = getattr(ex.fields, f.name)
            if f.name in LIST_FIELDS:
                setattr(merged, f.name, sorted(set(getattr(merged, f.name)) | set(value)))
            elif f.name == "name" and value and merged.name and same_person(merged.name, value):
                merged.name = fuller_name(merged.name, value)
            elif f.name in said or (value not in (None, False, "not_requested", "self")):
                setattr(merged, f.name, value)
    signals = _merge_signals([h.signals for h, _ in history], current.signals)
    if merged.detained:
        signals.imminent_removal = False
    return Facts(language=current.language, fields=merged, signals=signals,
                 existing_case=bool(history))


def _fold(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return plain.casefold().replace(",", " ").split()


def same_person(a: str, b: str) -> bool:
    """One name written two ways: without accents, or with fewer of its words."""
    fa, fb = set(_fold(a)), set(_fold(b))
    return bool(fa) and bool(fb) and (fa <= fb or fb <= fa)


def fuller_name(earlier: str, later: str) -> str:
    """More words wins; with as many words, the form that keeps its accents.
    A follow-up that writes "Hector Cabanas" does not undo "Héctor Ismael Cabañas"."""
    def weight(n: str) -> tuple[int, int]:
        return len(_fold(n)), sum(not c.isascii() for c in n)
    return later if weight(later) > weight(earlier) else earlier


def _merge_signals(history: list[Signals], current: Signals) -> Signals:
    out = Signals(**asdict(current))
    for s in history:
        out.local_review_said |= s.local_review_said
        out.facts_changed |= s.facts_changed
        out.local_request_copy |= s.local_request_copy
        out.local_response_copy |= s.local_response_copy
        out.imminent_removal |= s.imminent_removal
        out.safety = sorted(set(out.safety) | set(s.safety))
    return out


def single(ex: Extraction) -> Facts:
    """A message on its own, before (or without) a case."""
    return Facts(language=ex.language, fields=ex.fields, signals=ex.signals)

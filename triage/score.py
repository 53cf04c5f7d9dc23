"""Scoring a replay report against labels written in the report's own form.

Decision accuracy, reasons micro-F1 (over every reason code of every line),
per-field accuracy (exact value in the contract's form), and priority,
language and reply-presence accuracy. Lines are matched by `source`.
Fields are scored only where the label does not ignore the message: for
ignored mail CONTRACT.md requires nothing of them.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from triage.records import FIELD_NAMES


@dataclass
class Score:
    messages: int = 0
    decision_correct: int = 0
    priority_correct: int = 0
    language_correct: int = 0
    reply_correct: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    field_correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELD_NAMES, 0))
    field_messages: int = 0  # messages whose fields were scored
    missing_lines: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)  # one per wrong message

    def rate(self, n: int) -> float:
        return n / self.messages if self.messages else 0.0

    @property
    def reasons_f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def field_accuracy(self) -> float:
        total = self.field_messages * len(FIELD_NAMES)
        return sum(self.field_correct.values()) / total if total else 0.0

    def summary(self) -> dict[str, Any]:
        return {
            "messages": self.messages,
            "decision_accuracy": round(self.rate(self.decision_correct), 4),
            "reasons_micro_f1": round(self.reasons_f1, 4),
            "field_accuracy": round(self.field_accuracy, 4),
            "priority_accuracy": round(self.rate(self.priority_correct), 4),
            "language_accuracy": round(self.rate(self.language_correct), 4),
            "reply_accuracy": round(self.rate(self.reply_correct), 4),
            "per_field": {k: round(v / self.field_messages, 4) if self.field_messages else 0.0
                          for k, v in self.field_correct.items()},
            "missing_lines": self.missing_lines,
        }


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score(report: list[dict[str, Any]], labels: list[dict[str, Any]]) -> Score:
    got = {line["source"]: line for line in report}
    s = Score()
    for want in labels:
        line = got.get(want["source"])
        if line is None:
            s.missing_lines.append(want["source"])
            line = {}
        _score_line(s, want, line)
    return s


def _score_line(s: Score, want: dict[str, Any], line: dict[str, Any]) -> None:
    s.messages += 1
    wrong: dict[str, Any] = {}
    for key in ("decision", "priority", "language"):
        if line.get(key) == want.get(key):
            setattr(s, f"{key}_correct", getattr(s, f"{key}_correct") + 1)
        else:
            wrong[key] = (line.get(key), want.get(key))
    if (line.get("reply") is None) == (want.get("reply") is None):
        s.reply_correct += 1
    got_r, want_r = set(line.get("reasons") or []), set(want.get("reasons") or [])
    s.tp += len(got_r & want_r)
    s.fp += len(got_r - want_r)
    s.fn += len(want_r - got_r)
    if got_r != want_r:
        wrong["reasons"] = {"extra": sorted(got_r - want_r), "missed": sorted(want_r - got_r)}
    if want.get("decision") != "ignore":
        _score_fields(s, line.get("fields") or {}, want.get("fields") or {}, wrong)
    if wrong:
        s.errors.append({"source": want["source"], **wrong})


def _score_fields(s: Score, got_f: dict, want_f: dict, wrong: dict) -> None:
    s.field_messages += 1
    for name in FIELD_NAMES:
        a, b = got_f.get(name), want_f.get(name)
        if isinstance(a, list) or isinstance(b, list):
            a, b = sorted(a or []), sorted(b or [])
        if a == b:
            s.field_correct[name] += 1
        else:
            wrong.setdefault("fields", {})[name] = (a, b)


def format_score(name: str, s: Score) -> str:
    d = s.summary()
    lines = [f"{name}: {d['messages']} messages",
             f"  decision accuracy  {d['decision_accuracy']:.3f}",
             f"  reasons micro-F1   {d['reasons_micro_f1']:.3f}",
             f"  field accuracy     {d['field_accuracy']:.3f}",
             f"  priority accuracy  {d['priority_accuracy']:.3f}",
             f"  language accuracy  {d['language_accuracy']:.3f}",
             f"  reply accuracy     {d['reply_accuracy']:.3f}",
             "  per field: " + ", ".join(f"{k} {v:.2f}" for k, v in d["per_field"].items())]
    if d["missing_lines"]:
        lines.append(f"  NO REPORT LINE for: {', '.join(d['missing_lines'])}")
    return "\n".join(lines)

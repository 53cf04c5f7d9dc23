"""`triage eval`: the rules alone and the rules plus the model, side by side.

Reads the held-out split (models/train/heldout.jsonl: never trained on),
runs each text through the extract stage as a one-part message, then through
`refine`, and scores the fields against the gold values: per-field precision,
recall and F1 (a wrong value is both a false positive and a false negative),
and per label the text classifier's scores beside the rules' own answer for
that label. Metrics are written as JSON (models/metrics.json).
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from triage.records import Extraction, ParsedMessage

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "models" / "train" / "heldout.jsonl"
METRICS = ROOT / "models" / "metrics.json"
SINGLE = ("name", "country", "local_outcome")
OPLA = ("motion_to_reopen", "dismissal", "administrative_closure", "stipulation",
        "continuance", "bond", "relief_in_proceedings")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, pred: bool, gold: bool) -> None:
        self.tp += pred and gold
        self.fp += pred and not gold
        self.fn += gold and not pred

    def scores(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Scorer:
    fields: dict[str, Counts] = field(default_factory=dict)
    labels: dict[str, Counts] = field(default_factory=dict)

    def field(self, name: str) -> Counts:
        return self.fields.setdefault(name, Counts())

    def label(self, name: str) -> Counts:
        return self.labels.setdefault(name, Counts())


def message_of(text: str) -> ParsedMessage:
    """A held-out text as the reading stage would hand it over."""
    subject, body = "", text
    first, _, rest = text.partition("\n")
    if first.lower().startswith(("subject:", "asunto:")):
        subject, body = first.split(":", 1)[1].strip(), rest
    return ParsedMessage(raw_sha256="", message_id=None, subject=subject, from_name=None,
                         from_addr=None, reply_to=[], to=[], cc=[], date=None, in_reply_to=None,
                         references=[], headers={}, body=body, quoted="", forwarded=[], attachments=[])


def _norm(value) -> str | None:
    return " ".join(str(value).casefold().split()) if value else None


def predicted(ex: Extraction) -> dict:
    f = ex.fields
    return {"name": _norm(f.name), "country": f.country_of_birth, "local_outcome": f.local_outcome,
            "relief": set(f.relief), "safety": bool(ex.signals.safety),
            "not_request": bool(ex.signals.not_a_request)}


def score_fields(s: Scorer, pred: dict, gold: dict) -> None:
    gold = {**gold, "name": _norm(gold["name"])}
    for k in SINGLE:
        right = pred[k] is not None and pred[k] == gold[k]
        s.field(k).tp += right
        s.field(k).fp += pred[k] is not None and not right
        s.field(k).fn += gold[k] is not None and not right
    codes = set(gold["relief"])
    for code in pred["relief"] | codes:
        s.field("relief").add(code in pred["relief"], code in codes)
    s.field("safety").add(pred["safety"], bool(gold["safety"]))
    s.field("not_request").add(pred["not_request"], gold["not_request"])


def rule_cats(pred: dict) -> dict[str, bool]:
    """The rules' answer in the classifier's labels."""
    out = {code: code in pred["relief"] for code in (*OPLA, "release_from_custody", "stay_of_removal",
                                                    "cancellation_of_detainer", "deferred_action",
                                                    "decline_enforcement")}
    for o in ("denied", "granted", "partial", "no_response", "pending"):
        out[f"LOCAL_{o.upper()}"] = pred["local_outcome"] == o
    out.update(SAFETY=pred["safety"], OPLA=bool(pred["relief"] & set(OPLA)),
               NOT_REQUEST=pred["not_request"])
    return out


def evaluate(path: Path = HELDOUT, out: Path | None = METRICS, nlp=None) -> dict:
    from triage.extract import model
    from triage.extract.fields import extract_rules as extract  # the rules alone

    started = time.monotonic()
    nlp = nlp or model.load()
    load_s = time.monotonic() - started
    rules, both, cats_model, cats_rules = Scorer(), Scorer(), Scorer(), Scorer()
    sweep = {t: Counts() for t in SAFETY_GRID}  # SAFETY, model label alone, by threshold
    either = {t: Counts() for t in SAFETY_GRID}  # the safety field: rules, or the model at t
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    errors = 0
    for row in rows:
        msg = message_of(row["text"])
        try:
            ex = extract(msg)
        except Exception:  # the rules are still being written; count, don't stop
            errors += 1
            ex = Extraction(language=row["lang"], fields=_empty_fields(), signals=_empty_signals())
        pr = predicted(ex)
        refined = model.refine(ex, msg, nlp=nlp)
        score_fields(rules, pr, row["gold"])
        score_fields(both, predicted(refined), row["gold"])
        doc_cats = model.predict(model.model_text(msg), row["lang"], nlp).cats
        rc = rule_cats(pr)
        for t, c in sweep.items():
            c.add(doc_cats.get("SAFETY", 0.0) >= t, bool(row["cats"].get("SAFETY")))
            either[t].add(pr["safety"] or (doc_cats.get("SAFETY", 0.0) >= t and not pr["not_request"]),
                          bool(row["gold"]["safety"]))
        for label, gold in row["cats"].items():
            cats_model.label(label).add(doc_cats.get(label, 0.0) >= 0.5, bool(gold))
            cats_rules.label(label).add(rc.get(label, False), bool(gold))
    metrics = {
        "heldout": str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path),
        "messages": len(rows), "rule_errors": errors, "model_load_seconds": round(load_s, 2),
        "model": (nlp.meta or {}).get("triage", {}),  # the pipeline measured, not always the committed one
        "fields": {"rules": _table(rules.fields), "rules_model": _table(both.fields)},
        "labels": {"rules": _table(cats_rules.labels), "model": _table(cats_model.labels)},
        "safety_label_by_threshold": {str(t): c.scores() for t, c in sweep.items()},
        "safety_field_by_threshold": {str(t): c.scores() for t, c in either.items()},
    }
    if out:
        out.write_text(json.dumps(metrics, indent=2) + "\n", "utf-8")
    return metrics


def _table(counts: dict[str, Counts]) -> dict:
    return {k: c.scores() for k, c in sorted(counts.items())}


def _empty_fields():
    from triage.records import Fields
    return Fields()


def _empty_signals():
    from triage.records import Signals
    return Signals()


def render(metrics: dict) -> str:
    """Plain-text tables: fields (rules | rules+model), then labels (rules | model)."""
    lines = [f"held-out: {metrics['heldout']} ({metrics['messages']} messages)", "",
             f"{'field':<16}{'rules P':>9}{'R':>7}{'F1':>7}   {'+model P':>9}{'R':>7}{'F1':>7}"]
    a, b = metrics["fields"]["rules"], metrics["fields"]["rules_model"]
    for k in a:
        lines.append(f"{k:<16}{a[k]['p']:>9.3f}{a[k]['r']:>7.3f}{a[k]['f1']:>7.3f}   "
                     f"{b[k]['p']:>9.3f}{b[k]['r']:>7.3f}{b[k]['f1']:>7.3f}")
    lines += ["", f"{'label':<26}{'rules P':>9}{'R':>7}{'F1':>7}   {'model P':>9}{'R':>7}{'F1':>7}"]
    a, b = metrics["labels"]["rules"], metrics["labels"]["model"]
    for k in a:
        lines.append(f"{k:<26}{a[k]['p']:>9.3f}{a[k]['r']:>7.3f}{a[k]['f1']:>7.3f}   "
                     f"{b[k]['p']:>9.3f}{b[k]['r']:>7.3f}{b[k]['f1']:>7.3f}")
    sweep = metrics.get("safety_label_by_threshold", {})
    if sweep:
        lines += ["", "SAFETY label (model alone) by threshold"]
        field = metrics.get("safety_field_by_threshold", {})
        lines += [f"  >= {t:<5} P {c['p']:.3f}  R {c['r']:.3f}  tp {c['tp']:3} fp {c['fp']:3} fn {c['fn']:3}"
                  + (f"    field (rules or model): P {field[t]['p']:.3f}  R {field[t]['r']:.3f}"
                     f"  fp {field[t]['fp']:3} fn {field[t]['fn']:3}" if t in field else "")
                  for t, c in sweep.items()]
    lines.append(f"\nmodel load: {metrics['model_load_seconds']} s; rule errors: {metrics['rule_errors']}")
    return "\n".join(lines)


# ---------------------------------------------------------------- thresholds, on the dev slice

GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99)
SAFETY_GRID = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def dev_slice(path: Path) -> list[dict]:
    """The training records `triage train` holds out for its own progress checks."""
    from triage.train import DEV_EVERY
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [r for i, r in enumerate(rows) if i % DEV_EVERY == DEV_EVERY - 1]


def tune(rows: list[dict], nlp=None) -> dict:
    """Per threshold, what refine would add on top of the rules: right and wrong additions.

    safety: messages the rules call safe that the model flags; relief: codes added
    where the rules found none; local: outcomes added where the rules found none.
    """
    from triage.extract import model
    from triage.extract.fields import extract_rules as extract  # the rules alone

    nlp = nlp or model.load()
    added = {k: {t: Counts() for t in GRID} for k in ("safety", "relief", "local")}
    for row in rows:
        msg = message_of(row["text"])
        pr, gold = predicted(extract(msg)), row["gold"]
        cats = model.predict(model.model_text(msg), row["lang"], nlp).cats
        best = max(model.OUTCOMES, key=lambda o: cats.get(f"LOCAL_{o.upper()}", 0.0))
        for t in GRID:
            if not pr["safety"]:
                added["safety"][t].add(cats.get("SAFETY", 0.0) >= t, bool(gold["safety"]))
            if not pr["relief"]:
                for code in model.RELIEF_CODES:
                    added["relief"][t].add(cats.get(code, 0.0) >= t, code in gold["relief"])
            if pr["local_outcome"] is None:
                hit = cats.get(f"LOCAL_{best.upper()}", 0.0) >= t
                added["local"][t].add(hit and best == gold["local_outcome"],
                                      gold["local_outcome"] is not None)
                added["local"][t].fp += hit and best != gold["local_outcome"]
    return {k: {str(t): c.scores() for t, c in v.items()} for k, v in added.items()}

"""The model measured the way it is used: inside the pipeline, on the labelled mailboxes.

    python models/compare.py [--model DIR] [--sets main dev] [--json OUT]

Replays fixtures/main and fixtures/dev twice in this process: the rules alone
(triage.pipeline.extract as shipped), then the rules plus the model
(`refine(orig(msg), msg)` patched in as triage.pipeline.extract). Prints the
`triage.score` summaries side by side and every message where the two runs
differ, marking which run the label agrees with. The rules side is replayed
every time, since the rule extractors keep changing. fixtures/heldout* is the
team's held-out measure and is never read here.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import triage.pipeline  # noqa: E402
from triage.extract import model  # noqa: E402
from triage.replay import replay  # noqa: E402
from triage.score import read_jsonl, score  # noqa: E402

SETS = ("main", "dev")
ROWS = ("decision_accuracy", "reasons_micro_f1", "field_accuracy", "priority_accuracy")


def run(name: str, refine_with=None) -> list[dict]:
    """The report lines of fixtures/<name>, with `refine_with(ex, msg)` after the rules."""
    assert not name.startswith("heldout"), "fixtures/heldout is never replayed here"
    orig = triage.pipeline.extract
    if refine_with is not None:
        triage.pipeline.extract = lambda msg: refine_with(orig(msg), msg)
    try:
        with tempfile.TemporaryDirectory(prefix="triage-compare-") as tmp:
            report = Path(tmp) / "report.jsonl"
            replay(ROOT / "fixtures" / name, report, db=Path(tmp) / "t.db",
                   outbox=Path(tmp) / "out")
            return read_jsonl(report)
    finally:
        triage.pipeline.extract = orig


def differences(a: list[dict], b: list[dict], labels: list[dict]) -> list[str]:
    """One line per (message, key) where the runs differ: rules -> model (label)."""
    want = {w["source"]: w for w in labels}
    got_b = {line["source"]: line for line in b}
    out = []
    for la in a:
        lb, w = got_b.get(la["source"], {}), want.get(la["source"], {})
        for key in ("decision", "reasons", "priority"):
            if la.get(key) != lb.get(key):
                out.append(_diff(la["source"], key, la.get(key), lb.get(key), w.get(key)))
        fa, fb, fw = la.get("fields") or {}, lb.get("fields") or {}, w.get("fields") or {}
        for key in sorted(set(fa) | set(fb)):
            if fa.get(key) != fb.get(key):
                out.append(_diff(la["source"], key, fa.get(key), fb.get(key), fw.get(key)))
    return out


def _diff(source: str, key: str, a, b, want) -> str:
    mark = "+" if b == want else "-" if a == want else "?"
    return f"  {mark} {source[:44]:44} {key:16} {a!r} -> {b!r} (label {want!r})"


def compare(sets=SETS, nlp=None, refine_with=None) -> dict:
    """Scores of both runs per set, and their differences."""
    if refine_with is None:
        def refine_with(ex, msg):
            return model.refine(ex, msg, nlp=nlp)
    out = {}
    for name in sets:
        labels = read_jsonl(ROOT / "fixtures" / f"{name}.labels.jsonl")
        t0 = time.perf_counter()
        rules = run(name)
        t1 = time.perf_counter()
        refined = run(name, refine_with)
        t2 = time.perf_counter()
        out[name] = {"rules": score(rules, labels).summary(),
                     "model": score(refined, labels).summary(),
                     "seconds": {"rules": round(t1 - t0, 1), "model": round(t2 - t1, 1)},
                     "differences": differences(rules, refined, labels)}
    return out


def render(result: dict) -> str:
    lines = []
    for name, r in result.items():
        a, b = r["rules"], r["model"]
        lines.append(f"fixtures/{name}: {a['messages']} messages"
                     f"   (replay {r['seconds']['rules']} s rules, {r['seconds']['model']} s +model)")
        lines.append(f"  {'':22}{'rules':>8}{'+model':>8}")
        for key in ROWS:
            lines.append(f"  {key:22}{a[key]:8.3f}{b[key]:8.3f}")
        for key in a["per_field"]:
            x, y = a["per_field"][key], b["per_field"][key]
            lines.append(f"  {key:22}{x:8.3f}{y:8.3f}" + ("   *" if x != y else ""))
        lines.append(f"  differences ({len(r['differences'])}; + model right, - rules right):")
        lines += r["differences"]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", help="a pipeline folder (default: models/triage_pipeline)")
    ap.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS)
    ap.add_argument("--json", help="also write the result as JSON here")
    args = ap.parse_args()
    nlp = None
    if args.model:
        import spacy
        nlp = spacy.load(args.model)
    result = compare(args.sets, nlp)
    print(render(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", "utf-8")


if __name__ == "__main__":
    main()

"""What refine would add over the rules at each threshold, on the generated dev slice.

    python models/tune.py [--model DIR]

The dev slice is the one train.py keeps out of training (one record in ten of
train.jsonl); the generated held-out split is not read. Choose Thresholds in
triage/extract/model.py from this, then confirm with models/compare.py.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from triage.evaluate import dev_slice, tune  # noqa: E402
from triage.train import DATA_DIR, TRAIN_FILE  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", help="a pipeline folder (default: models/triage_pipeline)")
    args = ap.parse_args()
    import spacy
    nlp = spacy.load(args.model) if args.model else None
    result = tune(dev_slice(DATA_DIR / TRAIN_FILE), nlp)
    for kind, rows in result.items():
        print(f"{kind}: additions over the rules (tp right, fp wrong, fn still missed)")
        for t, c in rows.items():
            print(f"  >= {t:5}  P {c['p']:.3f}  tp {c['tp']:4}  fp {c['fp']:4}  fn {c['fn']:4}")


if __name__ == "__main__":
    main()

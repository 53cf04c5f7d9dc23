"""Train the triage pipeline from the annotated mail in models/train/.

    train(data_dir, out_dir, seed, max_steps) -> meta

The JSONL (text, entities, cats; see models/train/generate.py) is converted
to spaCy DocBin files, models/config.cfg is trained with spaCy's own loop,
and the best model is written to `out_dir` with a meta.json that names its
version, its seed and the sha256 of the data it learned from. The same data,
seed and step budget give the same model.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin

import triage.extract.model  # noqa: F401  (registers the pipeline's own components)
from triage.errors import TriageError

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "models" / "config.cfg"
DATA_DIR = ROOT / "models" / "train"
OUT_DIR = ROOT / "models" / "triage_pipeline"
TRAIN_FILE, HELDOUT_FILE = "train.jsonl", "heldout.jsonl"
VERSION = "0.1.0"
DEV_EVERY = 10  # one training record in ten checks progress; held-out is never read here


def read_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    if not path.is_file():
        raise TriageError(f"no training data at {path}")
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return rows[:limit] if limit else rows


def to_docbin(rows: list[dict], nlp) -> DocBin:
    """Annotated rows as a DocBin: entity spans snapped to tokens, cats as given."""
    db = DocBin(store_user_data=False)
    for row in rows:
        doc = nlp.make_doc(row["text"])
        spans = [doc.char_span(s, e, label=label, alignment_mode="contract")
                 for s, e, label in row["entities"]]
        doc.ents = spacy.util.filter_spans([s for s in spans if s is not None])
        doc.cats = {k: float(v) for k, v in row["cats"].items()}
        db.add(doc)
    return db


def convert(train_path: Path, out_dir: Path, limit: int | None = None) -> tuple[Path, Path]:
    """train.jsonl -> train.spacy and dev.spacy in `out_dir`."""
    tokenizer = spacy.util.load_config(CONFIG)["nlp"]["tokenizer"]
    nlp = spacy.blank("xx", config={"nlp": {"tokenizer": tokenizer}})
    rows = read_jsonl(train_path, limit)
    dev = [r for i, r in enumerate(rows) if i % DEV_EVERY == DEV_EVERY - 1]
    train = [r for i, r in enumerate(rows) if i % DEV_EVERY != DEV_EVERY - 1]
    paths = out_dir / "train.spacy", out_dir / "dev.spacy"
    to_docbin(train, nlp).to_disk(paths[0])
    to_docbin(dev or train[:1], nlp).to_disk(paths[1])
    return paths


def data_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def train(data_dir: Path | str = DATA_DIR, out_dir: Path | str = OUT_DIR, seed: int = 0,
          max_steps: int = 800, limit: int | None = None, config: Path | str = CONFIG,
          quiet: bool = False) -> dict:
    """Train and write the pipeline to `out_dir`; returns its meta."""
    from spacy.cli.train import train as spacy_train

    data_dir, out_dir = Path(data_dir), Path(out_dir)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="triage-train-") as tmp:
        tmp = Path(tmp)
        train_spacy, dev_spacy = convert(data_dir / TRAIN_FILE, tmp, limit)
        overrides = {"paths.train": str(train_spacy), "paths.dev": str(dev_spacy),
                     "system.seed": seed, "training.max_steps": max_steps,
                     "training.eval_frequency": max(10, min(250, max_steps // 4))}
        if quiet:
            overrides["training.logger"] = {"@loggers": "spacy.ConsoleLogger.v1", "progress_bar": False}
        spacy_train(Path(config), tmp / "out", use_gpu=-1, overrides=overrides)
        best = tmp / "out" / "model-best"
        if out_dir.exists():
            shutil.rmtree(out_dir)
        shutil.copytree(best, out_dir)
    meta = _write_meta(out_dir, data_dir / TRAIN_FILE, seed, max_steps, limit,
                       time.monotonic() - started)
    return meta


def _write_meta(out_dir: Path, train_path: Path, seed: int, max_steps: int,
                limit: int | None, seconds: float) -> dict:
    path = out_dir / "meta.json"
    meta = json.loads(path.read_text("utf-8"))
    meta.update({"name": "triage_pipeline", "version": VERSION,
                 "description": "casereview-triage: subject person, country, relief, local outcome, safety"})
    meta["triage"] = {"training_data": train_path.name, "training_data_sha256": data_sha256(train_path),
                      "seed": seed, "max_steps": max_steps, "limit": limit,
                      "training_seconds": round(seconds, 1)}
    path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return meta

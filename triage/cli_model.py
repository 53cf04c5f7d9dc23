"""`triage train` and `triage eval`: the model's two commands.

cli.py calls register(main) to add them to the `triage` group.
"""
from __future__ import annotations

import json
from pathlib import Path

import click

from triage.cli_common import plain_errors

from triage.errors import TriageError




def register(main: click.Group) -> None:
    """Add `train` and `eval` to the command group `main`.

    Defaults are callables so that loading spaCy and the model waits until
    `train` or `eval` actually runs: every other command starts without them.
    """
    def data_dir():
        from triage.train import DATA_DIR
        return str(DATA_DIR)

    def out_dir():
        from triage.train import OUT_DIR
        return str(OUT_DIR)

    def heldout():
        from triage.evaluate import HELDOUT
        return str(HELDOUT)

    def metrics():
        from triage.evaluate import METRICS
        return str(METRICS)

    @main.command("train")
    @click.option("--data", "data_dir", type=click.Path(file_okay=False), default=data_dir,
                  show_default="models/train", help="Folder holding train.jsonl.")
    @click.option("--out", "out_dir", type=click.Path(file_okay=False), default=out_dir,
                  show_default="models/triage_pipeline", help="Where the trained pipeline is written.")
    @click.option("--seed", type=int, default=0, show_default=True, help="Random seed.")
    @click.option("--max-steps", type=int, default=800, show_default=True, help="Training steps.")
    @click.option("--limit", type=int, default=None, help="Train on the first N records only.")
    @plain_errors
    def train_cmd(data_dir, out_dir, seed, max_steps, limit) -> None:
        """Train the spaCy pipeline from models/train/ (deterministic given --seed)."""
        from triage.train import train

        meta = train(Path(data_dir), Path(out_dir), seed=seed, max_steps=max_steps, limit=limit)
        t = meta["triage"]
        click.echo(f"trained {meta['name']} {meta['version']} in {t['training_seconds']} s "
                   f"(data sha256 {t['training_data_sha256'][:12]}) -> {out_dir}")

    @main.command("eval")
    @click.option("--heldout", type=click.Path(dir_okay=False, exists=True), default=heldout,
                  show_default="models/train/heldout.jsonl", help="The held-out JSONL (never trained on).")
    @click.option("--model", "model_dir", type=click.Path(file_okay=False), default=None,
                  help="A pipeline folder (default: models/triage_pipeline).")
    @click.option("--metrics", type=click.Path(dir_okay=False), default=metrics,
                  show_default="models/metrics.json", help="Where the metrics JSON is written.")
    @click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
    @plain_errors
    def eval_cmd(heldout, model_dir, metrics, as_json) -> None:
        """Score rules alone and rules + model on the held-out split."""
        import spacy

        from triage.evaluate import evaluate, render
        from triage.extract import model

        nlp = spacy.load(model_dir) if model_dir else None
        if nlp is None and not model.model_available():
            raise TriageError("no trained pipeline in models/triage_pipeline: run `triage train`")
        result = evaluate(Path(heldout), Path(metrics), nlp=nlp)
        click.echo(json.dumps(result, indent=2) if as_json else render(result))

"""`triage eval` prints the side-by-side table and writes the metrics JSON."""
from __future__ import annotations

import json

import click
from click.testing import CliRunner

from triage.cli_model import register
from triage.evaluate import HELDOUT


def group() -> click.Group:
    g = click.Group("triage")
    register(g)
    return g


def test_eval_prints_rules_beside_rules_plus_model_and_writes_metrics(tmp_path):
    slice_ = tmp_path / "heldout.jsonl"
    slice_.write_text("".join(HELDOUT.read_text("utf-8").splitlines(keepends=True)[:15]), "utf-8")
    metrics = tmp_path / "metrics.json"
    result = CliRunner().invoke(group(), ["eval", "--heldout", str(slice_), "--metrics", str(metrics)])
    assert result.exit_code == 0, result.output
    assert "rules P" in result.output and "+model P" in result.output
    data = json.loads(metrics.read_text())
    assert data["messages"] == 15
    for side in ("rules", "rules_model"):
        assert {"name", "country", "relief", "local_outcome", "safety"} <= set(data["fields"][side])
    assert "SAFETY" in data["labels"]["model"]


def test_both_commands_are_documented():
    g = group()
    for name in ("train", "eval"):
        assert g.commands[name].help
        assert all(p.help for p in g.commands[name].params if isinstance(p, click.Option))

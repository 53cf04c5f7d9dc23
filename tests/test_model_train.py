"""The training code still trains: a small pipeline from a slice of the data."""
from __future__ import annotations

import json

import click
import spacy
from click.testing import CliRunner

from triage.cli_model import register
from triage.extract import model
from triage.train import DATA_DIR, data_sha256


def test_a_small_pipeline_retrains_from_a_slice_of_the_data(tmp_path):
    group = click.Group("triage")
    register(group)
    out = tmp_path / "pipe"
    result = CliRunner().invoke(group, ["train", "--out", str(out), "--seed", "3",
                                        "--max-steps", "12", "--limit", "40"])
    assert result.exit_code == 0, result.output
    meta = json.loads((out / "meta.json").read_text())
    assert meta["version"] and meta["triage"]["seed"] == 3
    assert meta["triage"]["training_data_sha256"] == data_sha256(DATA_DIR / "train.jsonl")
    nlp = spacy.load(out)
    assert nlp.pipe_names == ["triage_language", "tok2vec", "ner", "textcat_multilabel",
                              "country_mentions", "triage_countries"]
    doc = nlp("Hello, my client Rosa Lemus was born in Guatemala. Please release her.")
    assert doc._.language == "en"
    assert set(doc.cats) >= {"SAFETY", "OPLA", "NOT_REQUEST", "release_from_custody"}
    assert isinstance(model.output_of(doc).countries, list)


def test_a_missing_data_folder_is_a_plain_error(tmp_path):
    group = click.Group("triage")
    register(group)
    result = CliRunner().invoke(group, ["train", "--data", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code != 0
    assert "no training data" in result.output

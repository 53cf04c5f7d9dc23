"""The annotated training data: reproducible, well-formed, held-out kept apart."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import spacy

import triage.extract.model  # noqa: F401  (registers triage_tokenizer_v1)

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT / "models" / "train"
LABELS = {"release_from_custody", "stay_of_removal", "cancellation_of_detainer", "deferred_action",
          "decline_enforcement", "motion_to_reopen", "dismissal", "administrative_closure",
          "stipulation", "continuance", "bond", "relief_in_proceedings", "LOCAL_DENIED",
          "LOCAL_GRANTED", "LOCAL_PARTIAL", "LOCAL_NO_RESPONSE", "LOCAL_PENDING", "SAFETY",
          "OPLA", "NOT_REQUEST"}


def rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (TRAIN / name).read_text("utf-8").splitlines()]


def test_the_generator_rebuilds_the_committed_files_byte_for_byte(tmp_path):
    code = ("import sys, runpy; sys.argv=['g']; g = runpy.run_path(%r, run_name='gen');"
            "g['write'](__import__('pathlib').Path(%r) / 't.jsonl', g['generate'](g['N_TRAIN'], False, g['SEED']));"
            "g['write'](__import__('pathlib').Path(%r) / 'h.jsonl', g['generate'](g['N_HELDOUT'], True, g['SEED'] + 1))"
            % (str(TRAIN / "generate.py"), str(tmp_path), str(tmp_path)))
    subprocess.run([sys.executable, "-c", code], check=True, cwd=tmp_path)
    assert (tmp_path / "t.jsonl").read_bytes() == (TRAIN / "train.jsonl").read_bytes()
    assert (tmp_path / "h.jsonl").read_bytes() == (TRAIN / "heldout.jsonl").read_bytes()


def test_no_held_out_request_is_in_the_training_file():
    # Short not-a-request notes come from few seeds and may repeat; requests never do.
    train = {r["text"] for r in rows("train.jsonl")}
    assert not [r for r in rows("heldout.jsonl") if r["text"] in train and not r["gold"]["not_request"]]


def test_nearly_every_entity_span_lands_on_token_boundaries_and_every_label_is_given():
    nlp = spacy.blank("xx", config={"nlp": {"tokenizer": {"@tokenizers": "triage_tokenizer_v1"}}})
    spans = exact = 0
    for r in rows("train.jsonl")[:400]:
        doc = nlp.make_doc(r["text"])
        for start, end, label in r["entities"]:
            assert label in {"SUBJECT_PERSON", "COUNTRY"}
            spans += 1
            exact += doc.char_span(start, end, label=label) is not None
        assert set(r["cats"]) == LABELS
    # HTML glued to a full stop ("Zelaya.<br>") is split by the pipeline's own tokenizer.
    assert exact / spans > 0.99


def test_both_languages_and_every_label_occur_in_training():
    data = rows("train.jsonl")
    assert {r["lang"] for r in data} == {"en", "es"}
    seen = {k for r in data for k, v in r["cats"].items() if v}
    assert seen == LABELS


def test_all_contact_details_in_the_data_are_fictional():
    import re
    for r in rows("train.jsonl") + rows("heldout.jsonl"):
        for email in re.findall(r"[\w.+-]+@[\w.-]*\w", r["text"]):
            assert email.endswith("@example.org"), email

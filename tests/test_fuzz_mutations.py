"""Damaged mail still gets exactly one outcome: decided, or quarantined with its error.

Real messages (fixtures/main, and the shared corpus when present) are damaged
by tests/mutate.py with a fixed seed and replayed through triage.replay. The
CI budget is TRIAGE_FUZZ_ITERATIONS (default 120); set it higher, and
TRIAGE_FUZZ_SEED to another number, to search further outside CI.
"""
from __future__ import annotations

import json
import os
import random
import re
import time
from pathlib import Path

import pytest

from mutate import MUTATIONS, mutants, mutate
from triage.config import load_config
from triage.replay import replay
from triage.store.db import open_db

ROOT = Path(__file__).parents[1]
CORPUS = Path(__file__).parents[2] / "shared" / "corpus" / "emails"
ITERATIONS = int(os.environ.get("TRIAGE_FUZZ_ITERATIONS", "120"))
SEED = int(os.environ.get("TRIAGE_FUZZ_SEED", "20261102"))


def _pool() -> list[tuple[str, bytes]]:
    pool = [(f"main/{f.name}", f.read_bytes()) for f in sorted((ROOT / "fixtures" / "main").glob("*.eml"))]
    if CORPUS.is_dir():
        pool += [(f"corpus/{f.relative_to(CORPUS).as_posix()}", f.read_bytes())
                 for f in sorted(CORPUS.rglob("*")) if f.is_file() and f.stat().st_size > 3]
    if not pool:
        pytest.skip("no messages to mutate")
    return pool


def _replay_mutants(tmp_path: Path, items: list[tuple[str, list[str], bytes]]):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    applied = {}
    for label, names, raw in items:
        name = re.sub(r"[^\w.-]", "_", label) + ".eml"
        (inbox / name).write_bytes(raw)
        applied[name] = names
    report = tmp_path / "report.jsonl"
    start = time.monotonic()
    replay(inbox, report, db=tmp_path / "triage.db", outbox=tmp_path / "outbox",
           config=load_config())
    took = time.monotonic() - start
    lines = [json.loads(x) for x in report.read_text(encoding="utf-8").splitlines()]
    return applied, lines, open_db(tmp_path / "triage.db"), took


def _check_one_outcome_each(applied: dict, lines: list[dict], db) -> None:
    assert sorted(x["source"] for x in lines) == sorted(applied)
    rows = {r["source"]: r for r in db.query("select source, status, error from messages")}
    assert set(rows) == set(applied)
    problems = []
    for line in lines:
        row, where = rows[line["source"]], (line["source"], applied[line["source"]], SEED)
        assert row["status"] in ("decided", "quarantined", "duplicate"), where
        if line.get("quarantined"):  # a duplicate repeats its first's line and error
            assert line["error"] and (row["error"] or row["status"] == "duplicate"), where
            if line["error"].startswith("internal error"):
                problems.append((*where, line["error"]))
    assert problems == [], "a bug, not the mail, quarantined these"


def test_every_kind_of_damage_to_a_request_still_gets_one_outcome(tmp_path):
    fixtures = sorted((ROOT / "fixtures" / "main").glob("*.eml"))[:3]
    rng = random.Random(SEED)
    items = [(f"{kind}-{f.stem}", [kind], MUTATIONS[kind](f.read_bytes(), rng))
             for kind in sorted(MUTATIONS) for f in fixtures]
    applied, lines, db, _ = _replay_mutants(tmp_path, items)
    _check_one_outcome_each(applied, lines, db)


def test_seeded_mutants_of_real_mail_each_get_exactly_one_outcome(tmp_path):
    items = list(mutants(_pool(), ITERATIONS, SEED))
    applied, lines, db, took = _replay_mutants(tmp_path, items)
    _check_one_outcome_each(applied, lines, db)
    quarantined = sum(bool(x.get("quarantined")) for x in lines)
    print(f"\nmutation fuzz: {len(items)} mutants (seed {SEED}) in {took:.1f} s; "
          f"{len(items) - quarantined} decided, {quarantined} quarantined")


def test_the_mutator_is_deterministic_for_a_seed():
    raw = (ROOT / "fixtures" / "main").glob("*.eml").__next__().read_bytes()
    assert mutate(raw, random.Random(7)) == mutate(raw, random.Random(7))

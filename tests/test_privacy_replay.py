"""Privacy of what a run leaves behind: file modes, logs and the digest.

The fixtures' full A-numbers and birth dates (from their labels and from what
the replay itself extracted) must never appear in a log line, at any level,
nor in the digest; the record and replies are private files in private folders.
"""
from __future__ import annotations

import json
import logging
import os
import re
import stat
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from triage.config import load_config
from triage.mailbox.outbox import OutboxTransport
from triage.replay import replay
from triage.store.db import Store, open_db

ROOT = Path(__file__).parents[1]
MAIN = ROOT / "fixtures" / "main"
MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
DIGIT_RUN = re.compile(r"\d(?:[ .\-/]?\d)*")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def date_forms(d: date) -> set[str]:
    m, dd, y = d.month, d.day, d.year
    forms = {d.isoformat(), f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{dd:02d}/{m:02d}/{y}",
             f"{dd}/{m}/{y}", f"{m:02d}-{dd:02d}-{y}", f"{dd:02d}.{m:02d}.{y}",
             f"{MONTHS_EN[m - 1]} {dd}, {y}", f"{dd} {MONTHS_EN[m - 1]} {y}",
             f"{dd} de {MONTHS_ES[m - 1]} de {y}", f"{MONTHS_EN[m - 1][:3]} {dd}, {y}"}
    return {f.lower() for f in forms}


class Secrets:
    def __init__(self, a_numbers: set[str], births: set[date]):
        self.digits = {a[1:] for a in a_numbers} | {a[2:] for a in a_numbers if a[1] == "0"}
        self.dates = set().union(*(date_forms(d) for d in births)) if births else set()

    def found_in(self, text: str) -> list[str]:
        low = text.lower()
        hits = [f for f in self.dates if f in low]
        for run in DIGIT_RUN.findall(text):
            flat = re.sub(r"\D", "", run)
            hits += [f"A{d}" for d in self.digits if len(d) == 9 and d in flat]
        return hits


def secrets_of(db) -> Secrets:
    a_numbers, births = set(), set()
    labels = ROOT / "fixtures" / "main.labels.jsonl"
    rows = [json.loads(x)["fields"] for x in labels.read_text(encoding="utf-8").splitlines()]
    rows += [json.loads(r["fields"]) for r in db.query("select fields from cases")]
    rows += [json.loads(r["extraction"]).get("fields", {}) for r in
             db.query("select extraction from messages where extraction is not null")]
    for f in rows:
        if f.get("a_number"):
            a_numbers.add(f["a_number"])
        if f.get("date_of_birth"):
            births.add(date.fromisoformat(f["date_of_birth"]))
    assert len(a_numbers) > 20 and len(births) > 10, "the fixtures carry the secrets we scan for"
    return Secrets(a_numbers, births)


@pytest.fixture(scope="module")
def main_replay(tmp_path_factory):
    work = tmp_path_factory.mktemp("privacy")
    summary = replay(MAIN, work / "report.jsonl", config=load_config())
    return summary, work


def test_replay_keeps_its_record_in_a_private_folder(main_replay):
    summary, _ = main_replay
    db = Path(summary.db_path)
    assert mode(db.parent) == 0o700
    assert mode(db) == 0o600
    for extra in db.parent.glob(db.name + "-*"):  # -wal, -shm while open
        assert mode(extra) & 0o077 == 0, extra


def test_open_db_creates_the_record_0600_in_a_new_0700_folder(tmp_path):
    path = tmp_path / "var" / "deep" / "triage.db"
    db = open_db(path)
    db["state"].insert({"key": "k", "value": "v"})
    assert mode(path.parent) == 0o700 and mode(path) == 0o600
    for extra in path.parent.glob("triage.db-*"):
        assert mode(extra) & 0o077 == 0, extra
    db.close()


def test_replay_outbox_replies_are_private_files(main_replay):
    summary, _ = main_replay
    outbox = Path(summary.outbox)
    assert mode(outbox) == 0o700
    assert all(mode(f) == 0o600 for f in outbox.iterdir())


def test_the_daemons_outbox_writes_private_files_in_a_private_folder(tmp_path):
    transport = OutboxTransport(tmp_path / "outbox")
    transport.send(b"Subject: x\r\n\r\nbody\r\n", ["a@example.org"], "<r1@example.gov>")
    assert mode(tmp_path / "outbox") == 0o700
    assert all(mode(f) == 0o600 for f in (tmp_path / "outbox").iterdir())


def test_quarantined_mail_stays_inside_the_private_record(tmp_path):
    from triage.pipeline import Pipeline

    store = Store(open_db(tmp_path / "rec" / "triage.db"))
    outcome = Pipeline(store, load_config()).process(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64,
                                                     "outlook.msg")
    assert outcome.quarantined
    assert sorted(p.name for p in (tmp_path / "rec").iterdir() if not p.name.startswith(
        "triage.db")) == []  # no quarantine file outside the database
    assert mode(tmp_path / "rec") == 0o700


def _digest_texts(store: Store, day: date, now: datetime) -> list[str]:
    try:
        from triage.digest.build import build_digest
        from triage.digest.render import render_html, render_text
    except ImportError:
        pytest.skip("triage.digest has no builder yet")
    digest = build_digest(store, day, load_config(), now=now)
    texts = [render_text(digest), render_html(digest), repr(digest)]
    try:
        from triage.digest.send import compose
        texts.append(compose(store, load_config(), day, now=now).as_string())
    except ImportError:
        pass
    return texts


def test_logs_at_debug_never_carry_a_full_a_number_or_birth_date(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    replay(MAIN, tmp_path / "report.jsonl", db=tmp_path / "r.db", config=load_config())
    _daemon_over_main(tmp_path)
    db = open_db(tmp_path / "r.db")
    secrets = secrets_of(db)
    assert secrets.found_in("A# 204-318-775, DOB 07/22/1986")  # the scanner sees a leak
    assert any(r.name.startswith("triage") for r in caplog.records)
    lines = [caplog.text] + [r.getMessage() for r in caplog.records]
    lines += [str(r.args) for r in caplog.records if r.args]
    leaks = [(line[:200], secrets.found_in(line)) for line in lines if secrets.found_in(line)]
    assert leaks == []
    db.close()


def _daemon_over_main(tmp_path: Path) -> None:
    """`triage run --once` over the fixtures: the daemon's own log lines."""
    try:
        from triage.cli_ops import register
    except ImportError:
        return
    inbox = tmp_path / "inbox"
    for d in ("new", "cur", "tmp"):
        (inbox / d).mkdir(parents=True)
    for n, f in enumerate(sorted(MAIN.glob("*.eml"))):
        (inbox / "new" / f"{1700000000 + n}.{n:04d}.test").write_bytes(f.read_bytes())
    config = tmp_path / "config.toml"
    config.write_text(f'source = "maildir:{inbox}"\ntransport = "outbox:{tmp_path / "sent"}"\n'
                      f'[store]\npath = "{tmp_path / "d" / "t.db"}"\n'
                      '[daemon]\nreply_to_backlog = true\n')
    group = click.Group("triage")
    register(group)
    result = CliRunner().invoke(group, ["run", "--config", str(config), "--once"])
    assert result.exit_code == 0, result.output


def test_the_digest_never_carries_a_full_a_number_or_birth_date(main_replay):
    summary, _ = main_replay
    db = open_db(summary.db_path)
    store = Store(db)
    last = max(datetime.fromisoformat(r["received_at"]) for r in
               db.query("select received_at from messages where received_at is not null"))
    day = last.date() + timedelta(days=1)
    now = datetime.combine(day, datetime.min.time(), timezone.utc) + timedelta(hours=12)
    secrets = secrets_of(db)
    for text in _digest_texts(store, day, now):
        assert secrets.found_in(text) == []
    db.close()

"""`triage purge --older-than DAYS` forgets people, not the counts.

A closed case's old mail, and old ignored or quarantined mail, lose their raw
bytes, text, headers, attachment text and extracted values; the digest's
counts (status, decision, reasons, dates, decisions rows) stay; open cases
and recent mail are untouched; a second run changes nothing.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone

import click
import pytest
from click.testing import CliRunner

from triage.cli_maint import register
from triage.config import load_config
from triage.purge import purge
from triage.replay import replay
from triage.store.db import Store, open_db

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)
OLD_A, OPEN_A = "A204318775", "A309876543"


def request(n: int, a_number: str, name: str, date: str) -> str:
    return (
        f"From: Writer {n} <writer{n}@example.org>\nTo: ICEcasereview@ice.dhs.gov\n"
        f"Subject: Case review request {n}\nDate: {date}\nMessage-ID: <purge-{n}@example.org>\n"
        "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        f"I ask for a stay of removal for myself, {name}, A# {a_number[1:]}, born March 4, "
        "1985 in Honduras. The Houston field office denied my local case review on "
        "October 20, 2025.\nPhone: (713) 555-0142\n\n--b\nContent-Type: text/plain\n"
        f"Content-Disposition: attachment; filename=\"letter.txt\"\n\nLetter about {name}, "
        f"{a_number}.\n--b--\n")


@pytest.fixture
def record(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "1-old.eml").write_text(request(1, OLD_A, "Rosa Fictica Lomas",
                                             "Mon, 05 Jan 2026 09:00:00 -0500"))
    (inbox / "2-old-ooo.eml").write_text(
        "From: Away <away@example.org>\nSubject: Out of office\nAuto-Submitted: auto-replied\n"
        "Date: Tue, 06 Jan 2026 09:00:00 -0500\nMessage-ID: <ooo@example.org>\n\n"
        f"Away. Re: {OLD_A}\n")
    (inbox / "3-old-junk.eml").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 80)
    (inbox / "4-open.eml").write_text(request(4, OPEN_A, "Ana Testigo Ruiz",
                                              "Wed, 07 Jan 2026 09:00:00 -0500"))
    (inbox / "5-recent.eml").write_text(request(5, "A407654321", "Luz Reciente Mora",
                                                "Fri, 29 May 2026 09:00:00 -0400"))
    db_path = tmp_path / "triage.db"
    replay(inbox, tmp_path / "report.jsonl", db=db_path, config=load_config())
    store = Store(open_db(db_path))
    store.db.execute("update cases set status = 'closed', updated_at = ? where a_number = ?",
                     ["2026-02-01T00:00:00+00:00", OLD_A])
    store.db.execute("update cases set status = 'closed', updated_at = ? where a_number = ?",
                     ["2026-05-30T00:00:00+00:00", "A407654321"])
    # A quarantined message is stamped when it is processed; this one came long ago.
    store.db.execute("update messages set received_at = ? where source = '3-old-junk.eml'",
                     ["2026-01-06T14:00:00+00:00"])
    store.db.conn.commit()
    yield store, db_path
    store.db.close()


def counts_view(store: Store) -> list:
    msgs = [(r["source"], r["status"], r["received_at"], r["case_id"],
             json.loads(r["report"])["decision"], json.loads(r["report"])["reasons"])
            for r in store.db.query("select * from messages order by id")]
    cases = [(r["ref"], r["status"], r["decision"], r["priority"], r["reasons"], r["due_date"])
             for r in store.db.query("select * from cases order by id")]
    decisions = [tuple(r.values()) for r in store.db.query("select * from decisions order by id")]
    return [msgs, cases, decisions]


def dump(store: Store) -> str:
    return "\n".join(store.db.conn.iterdump())


def message(store: Store, source: str) -> dict:
    return next(store.db.query("select * from messages where source = ?", [source]))


def test_purge_removes_what_identifies_the_closed_cases_old_mail(record):
    store, _ = record
    assert OLD_A[1:] in dump(store)
    counts = purge(store, 30, NOW)
    assert counts["messages"] == 3 and counts["raw"] == 3 and counts["cases"] == 1
    assert counts["extracted"] > 0 and counts["attachments"] == 1
    text = dump(store)
    assert OLD_A[1:] not in text and "Rosa Fictica" not in text
    for fts in ("messages_fts", "attachments_fts"):  # the search index forgets too
        hits = store.db.execute(f"select count(*) from {fts} where {fts} match ?",
                                [f'"{OLD_A[1:]}" OR "{OLD_A}" OR Fictica']).fetchone()[0]
        assert hits == 0, fts
    old = message(store, "1-old.eml")
    assert old["raw_sha256"] is None and old["body"] is None and old["headers"] is None
    assert old["extraction"] is None and old["forwarded"] is None and old["quoted"] is None
    assert json.loads(old["report"])["fields"]["a_number"] is None
    assert list(store.db.query("select * from extracted where message = ?", [old["id"]])) == []
    case = next(store.db.query("select * from cases where id = ?", [old["case_id"]]))
    assert case["a_number"] is None and case["name"] is None
    assert json.loads(case["fields"])["date_of_birth"] is None


def test_purge_removes_old_ignored_and_quarantined_raw_mail(record):
    store, _ = record
    purge(store, 30, NOW)
    for source in ("2-old-ooo.eml", "3-old-junk.eml"):
        row = message(store, source)
        assert row["raw_sha256"] is None and row["status"] in ("decided", "quarantined")
    assert list(store.db.query("select count(*) n from raw"))[0]["n"] == 2


def test_purge_keeps_open_cases_and_recent_mail_whole(record):
    store, _ = record
    before = {s: message(store, s) for s in ("4-open.eml", "5-recent.eml")}
    purge(store, 30, NOW)
    for source, row in before.items():
        assert message(store, source) == row
        assert store.raw_bytes(row["raw_sha256"])
    assert OPEN_A[1:] in dump(store)


def test_purge_keeps_every_count_the_digest_needs(record):
    store, _ = record
    before = counts_view(store)
    purge(store, 30, NOW)
    assert counts_view(store) == before


def test_purge_records_an_event_and_a_second_run_changes_nothing(record):
    store, _ = record
    purge(store, 30, NOW)
    after = dump(store)
    again = purge(store, 30, NOW)
    assert set(again.values()) == {0}
    assert dump(store) == after
    events = list(store.db.query("select detail from events where kind = 'purged'"))
    assert len(events) == 1 and json.loads(events[0]["detail"])["messages"] == 3


def test_purge_refuses_a_negative_age(record):
    with pytest.raises(ValueError):
        purge(record[0], -1, NOW)


def cli() -> click.Group:
    group = click.Group("triage")
    register(group)
    return group


def test_the_purge_command_purges_the_given_database(record):
    store, db_path = record
    # The command uses the real clock: a cut-off on 2026-04-01 whatever today is.
    days = (datetime.now(timezone.utc) - datetime(2026, 4, 1, tzinfo=timezone.utc)).days
    if days < 0:
        pytest.skip("the clock is before the fixture's dates")
    result = CliRunner().invoke(cli(), ["purge", "--db", str(db_path), "--older-than", str(days)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("purged: messages 3, raw 3")
    assert message(store, "1-old.eml")["raw_sha256"] is None


def test_the_purge_command_reads_the_database_from_the_config(record, tmp_path):
    _, db_path = record
    config = tmp_path / "config.toml"
    config.write_text(f'[store]\npath = "{db_path}"\n')
    result = CliRunner().invoke(cli(), ["purge", "--config", str(config), "--older-than", "30"])
    assert result.exit_code == 0, result.output


def test_the_purge_command_says_plainly_when_there_is_no_database(tmp_path):
    result = CliRunner().invoke(cli(), ["purge", "--db", str(tmp_path / "none.db"),
                                        "--older-than", "30"])
    assert result.exit_code == 2 and "no database" in result.output
    assert not (tmp_path / "none.db").exists()

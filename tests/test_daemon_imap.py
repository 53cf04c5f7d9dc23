"""The daemon against a real Dovecot (IMAP, IDLE) and a real aiosmtpd (SMTP)."""
import sqlite3
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.servers import dovecot, smtp, request  # noqa: F401 (fixtures)
from triage.config import load_config


def settings(dovecot, smtp, db: Path, **extra) -> dict:
    values = {"store.path": str(db), "source": "imap", "transport": "smtp",
              "smtp.host": "127.0.0.1", "smtp.port": smtp.port, "smtp.security": "none",
              "daemon.backoff_initial_ms": 100, "daemon.backoff_max_s": 1,
              # a connect during Dovecot's restart may get no greeting: give up fast
              "imap.timeout_s": 5,
              **{f"imap.{k}": v for k, v in dovecot.settings().items()}, **extra}
    return values


def config(values: dict):
    return load_config(**{k.replace(".", "__"): v for k, v in values.items()})


class Running:
    """The daemon in a thread (its SQLite connection must be made there)."""

    def __init__(self, values: dict, **kwargs):
        from triage.ops import open_daemon

        self.daemon = None
        ready = threading.Event()

        def main():
            self.daemon, cleanup = open_daemon(config(values), **kwargs)
            ready.set()
            try:
                self.daemon.run()
            finally:
                cleanup()

        self.thread = threading.Thread(target=main, daemon=True)
        self.thread.start()
        assert ready.wait(60)

    def stop(self) -> None:
        self.daemon.stop()
        self.thread.join(15)
        assert not self.thread.is_alive()


def once(values: dict, **kwargs) -> int:
    from triage.ops import open_daemon

    daemon, cleanup = open_daemon(config(values), **kwargs)
    try:
        return daemon.run(once=True)
    finally:
        cleanup()


def wait_for(predicate, timeout: float = 15.0) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if predicate():
            return time.monotonic() - start
        time.sleep(0.02)
    raise AssertionError("timed out")


def rows(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_a_new_message_is_answered_through_idle_within_seconds(dovecot, smtp, tmp_path):
    values = settings(dovecot, smtp, tmp_path / "t.db")
    run = Running(values)
    try:
        time.sleep(1.0)  # into IDLE
        dovecot.deliver(request(1))
        took = wait_for(lambda: len(smtp.messages) == 1, timeout=10)
        assert took < 5
        wait_for(lambda: dovecot.count("INBOX") == 0)
    finally:
        run.stop()
    assert smtp.messages[0]["mail_from"] in ("", "<>")  # MAIL FROM:<>
    assert dovecot.count("Sent") == 1 and dovecot.count("Triage.Acknowledged") == 1
    assert rows(tmp_path / "t.db", "select value is not null from state "
                "where key = 'daemon.last_poll_ok'") == [(1,)]


def test_mail_that_arrived_while_the_daemon_was_down_is_handled_at_start(dovecot, smtp, tmp_path):
    values = settings(dovecot, smtp, tmp_path / "t.db")
    assert once(values) == 0  # first start on an empty inbox: the cut-off is now
    for n in range(3):
        dovecot.deliver(request(n))
    assert once(values) == 0
    assert len(smtp.messages) == 3 and dovecot.count("INBOX") == 0


def test_first_start_on_a_backlog_files_it_and_sends_no_reply(dovecot, smtp, tmp_path):
    values = settings(dovecot, smtp, tmp_path / "t.db")
    an_hour_ago = datetime.now(timezone.utc) - timedelta(hours=1)
    for n in range(3):
        dovecot.deliver(request(n), when=an_hour_ago)
    assert once(values) == 0
    assert smtp.messages == [] and dovecot.count("INBOX") == 0
    assert dovecot.count("Triage.Acknowledged") == 3
    assert rows(tmp_path / "t.db", "select error from replies") == [("backlog",)] * 3
    dovecot.deliver(request(9))
    assert once(values) == 0
    assert len(smtp.messages) == 1


def test_a_dovecot_restart_during_idle_is_survived(dovecot, smtp, tmp_path):
    run = Running(settings(dovecot, smtp, tmp_path / "t.db"))
    try:
        time.sleep(1.0)
        dovecot.stop()
        time.sleep(0.5)
        dovecot.start()
        dovecot.deliver(request(1))
        wait_for(lambda: len(smtp.messages) == 1, timeout=20)
    finally:
        run.stop()
    assert rows(tmp_path / "t.db", "select count(*) > 0 from events "
                "where kind = 'connection_error'") == [(1,)]


def test_a_uidvalidity_reset_neither_repeats_nor_misses_mail(dovecot, smtp, tmp_path):
    db = tmp_path / "t.db"
    values = settings(dovecot, smtp, db, **{"imap.filing": "copy"})
    assert once(values) == 0
    for n in range(2):
        dovecot.deliver(request(n))
    assert once(values) == 0 and len(smtp.messages) == 2
    dovecot.stop()  # a new UIDVALIDITY: Dovecot forgets the folder's UIDs
    for f in (dovecot.mail / "sro").glob("dovecot*"):
        if f.is_file() and "keywords" not in f.name:
            f.unlink()
    time.sleep(1.1)  # UIDVALIDITY is a timestamp
    dovecot.start()
    dovecot.deliver(request(5))
    assert once(values) == 0
    assert len(smtp.messages) == 3  # the new one answered, the old two not again
    assert rows(db, "select count(*) from events where kind = 'uidvalidity_changed'") == [(1,)]
    decided = rows(db, "select count(*) from messages where status = 'decided'")
    assert decided == [(3,)]


def test_a_sender_who_loops_gets_at_most_n_replies(dovecot, smtp, tmp_path):
    values = settings(dovecot, smtp, tmp_path / "t.db",
                      **{"replies.max_per_sender": 3, "daemon.reply_to_backlog": True})
    for n in range(6):
        dovecot.deliver(request(n, sender="looping.robot@example.org"))
    assert once(values) == 0
    assert len(smtp.messages) == 3
    assert rows(tmp_path / "t.db", "select count(*) from replies where error = 'rate_limit'") == [(3,)]
    assert dovecot.count("INBOX") == 0


def test_a_wrong_password_is_recorded_as_an_auth_failure(dovecot, smtp, tmp_path, monkeypatch):
    monkeypatch.setenv("TRIAGE_TEST_IMAP_PASSWORD", "wrong")
    values = settings(dovecot, smtp, tmp_path / "t.db")
    assert once(values) == 1
    assert rows(tmp_path / "t.db", "select kind from events") == [("auth_failure",)]

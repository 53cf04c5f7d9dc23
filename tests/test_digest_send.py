"""The digest as an email, its delivery, once-a-day bookkeeping and the CLI."""
from __future__ import annotations

import email
import socket
from datetime import date, datetime, timedelta, timezone
from email import policy

import click
import pytest
from click.testing import CliRunner

from test_digest_fixtures import DAY, NOW, SECRETS, seed_record
from triage.cli_review import register
from triage.config import load_config
from triage.digest.send import compose, due_digest, send_digest, send_due
from triage.store.db import Store, open_db

UTC = timezone.utc


class Captured:
    def __init__(self):
        self.sent: list[tuple[bytes, list[str], str]] = []

    def send(self, raw: bytes, to: list[str], message_id: str) -> None:
        self.sent.append((raw, to, message_id))


def _config(tmp_path, **extra):
    values = {"digest__reviewers": ["sro.reviewer@example.gov", "deputy@example.gov"],
              "digest__transport": f"file:{tmp_path / 'digests'}", **extra}
    return load_config(**values)


def test_the_digest_is_multipart_alternative_text_then_html(tmp_path):
    store = seed_record(tmp_path / "t.db")
    msg = compose(store, _config(tmp_path), DAY, NOW)
    assert msg.get_content_type() == "multipart/alternative"
    parts = [p.get_content_type() for p in msg.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    assert msg["To"] == "sro.reviewer@example.gov, deputy@example.gov"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["Subject"].startswith("Case review digest 2026-03-10: 1 safety, 3 detained")
    raw = bytes(msg).decode()
    for secret in SECRETS:
        assert secret not in raw


def _store(tmp_path) -> Store:
    return Store(open_db(tmp_path / "t.db"))


def _ny(day: date, hh: int, mm: int = 0) -> datetime:
    from zoneinfo import ZoneInfo
    return datetime(day.year, day.month, day.day, hh, mm, tzinfo=ZoneInfo("America/New_York"))


def test_nothing_is_due_before_the_local_time_and_today_is_due_after(tmp_path):
    store, config = _store(tmp_path), _config(tmp_path)
    assert due_digest(store, config, _ny(DAY, 6, 59)) is None
    assert due_digest(store, config, _ny(DAY, 7, 0)) == DAY


def test_the_configured_time_zone_decides_the_hour(tmp_path):
    store = _store(tmp_path)
    config = _config(tmp_path, digest__timezone="America/Los_Angeles")
    assert due_digest(store, config, _ny(DAY, 9, 30)) is None  # 06:30 in Los Angeles
    assert due_digest(store, config, _ny(DAY, 10, 0)) == DAY


def test_a_sent_digest_is_never_sent_again_after_a_restart(tmp_path):
    store, config = _store(tmp_path), _config(tmp_path)
    assert send_due(store, config, _ny(DAY, 7, 1)) == DAY
    store.db.close()
    again = Store(open_db(tmp_path / "t.db"))  # the daemon restarted
    assert due_digest(again, config, _ny(DAY, 7, 2)) is None
    assert send_due(again, config, _ny(DAY, 23, 0)) is None
    assert (tmp_path / "digests" / "digest-2026-03-10.eml").exists()
    events = list(again.db.query("select detail from events where kind = 'digest_sent'"))
    assert len(events) == 1 and '"day": "2026-03-10"' in events[0]["detail"]


def test_days_missed_while_down_are_caught_up_one_a_day_in_order(tmp_path):
    store, config = _store(tmp_path), _config(tmp_path)
    send_due(store, config, _ny(DAY, 7, 5))
    later = _ny(DAY + timedelta(days=3), 12, 0)  # down for three days
    sent = []
    while (day := send_due(store, config, later)) is not None:
        sent.append(day)
    assert sent == [DAY + timedelta(days=n) for n in (1, 2, 3)]
    assert due_digest(store, config, _ny(DAY + timedelta(days=4), 6, 0)) is None
    assert due_digest(store, config, _ny(DAY + timedelta(days=4), 7, 0)) == date(2026, 3, 14)


def test_an_empty_day_still_sends_a_short_nothing_new_digest(tmp_path):
    store, config = _store(tmp_path), _config(tmp_path)
    transport = Captured()
    send_digest(store, config, DAY, NOW, transport)
    raw, to, _ = transport.sent[0]
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert "nothing new" in msg["Subject"]
    assert to == ["sro.reviewer@example.gov", "deputy@example.gov"]
    assert "Nothing new" in msg.get_body(("plain",)).get_content()


def test_the_digest_goes_through_smtp_to_every_reviewer(tmp_path):
    aiosmtpd = pytest.importorskip("aiosmtpd.controller")
    from aiosmtpd.handlers import Sink

    class Keep(Sink):
        def __init__(self):
            self.envelopes = []

        async def handle_DATA(self, server, session, envelope):
            self.envelopes.append(envelope)
            return "250 OK"

    with socket.socket() as probe:  # a free port: the controller cannot take port 0
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handler = Keep()
    server = aiosmtpd.Controller(handler, hostname="127.0.0.1", port=port)
    server.start()
    try:
        config = _config(tmp_path, digest__transport="smtp", smtp__host="127.0.0.1",
                         smtp__port=port, smtp__security="none")
        store = seed_record(tmp_path / "t.db")
        assert send_digest(store, config, DAY, NOW).startswith("smtp:")
    finally:
        server.stop()
    envelope = handler.envelopes[0]
    assert envelope.rcpt_tos == ["sro.reviewer@example.gov", "deputy@example.gov"]
    assert b"multipart/alternative" in envelope.content


def _cli():
    group = click.Group("triage")
    register(group)
    return group


def test_cli_digest_writes_html_text_or_eml_by_the_file_name(tmp_path):
    seed_record(tmp_path / "t.db")
    for name, needle in (("d.html", "<!DOCTYPE html>"), ("d.txt", "1. SAFETY ESCALATIONS"),
                         ("d.eml", "multipart/alternative")):
        result = CliRunner().invoke(_cli(), ["digest", "--date", "2026-03-10", "--db",
                                             str(tmp_path / "t.db"), "--out",
                                             str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert needle in (tmp_path / name).read_text()


def test_cli_digest_prints_the_text_and_explains_a_missing_database(tmp_path):
    seed_record(tmp_path / "t.db")
    result = CliRunner().invoke(_cli(), ["digest", "--date", "2026-03-10", "--db",
                                         str(tmp_path / "t.db")])
    assert result.exit_code == 0 and "2. DETAINED" in result.output
    result = CliRunner().invoke(_cli(), ["digest", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no database at" in result.output


def test_cli_digest_send_without_smtp_host_is_a_plain_error(tmp_path):
    seed_record(tmp_path / "t.db")
    result = CliRunner().invoke(_cli(), ["digest", "--send", "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 2 and "smtp.host is not set" in result.output

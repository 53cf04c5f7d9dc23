"""Loop safety (RFC 3834, RFC 5230): whom an automatic reply must never answer."""
from datetime import datetime, timedelta, timezone

import pytest

from triage import loopsafe
from triage.store.db import Store, open_db

US = "ICEcasereview@ice.dhs.gov"
RULES = loopsafe.Rules(our_address=US, x_loop=US, max_per_sender=3, window=timedelta(hours=3))


def headers(extra: str = "", sender: str = "Ana Ruiz <ana.ruiz@example.org>") -> bytes:
    return (f"From: {sender}\r\nTo: {US}\r\nSubject: my case\r\n{extra}\r\nbody\r\n").encode()


@pytest.fixture
def store(tmp_path):
    s = Store(open_db(tmp_path / "var" / "t.db"))
    yield s
    s.db.close()


def reason(raw: bytes) -> str | None:
    return loopsafe.incoming_reason(loopsafe.headers_of(raw), RULES)


def test_a_person_writing_may_be_answered():
    assert reason(headers()) is None
    assert reason(headers("Auto-Submitted: no\r\n")) is None


@pytest.mark.parametrize("extra,why", [
    ("Auto-Submitted: auto-replied\r\n", "auto_submitted"),
    ("Auto-Submitted: auto-generated\r\n", "auto_submitted"),
    ("Precedence: bulk\r\n", "precedence_bulk"),
    ("Precedence: list\r\n", "precedence_bulk"),
    ("Precedence: junk\r\n", "precedence_bulk"),
    ("List-Id: <news.example.org>\r\n", "mailing_list"),
    ("List-Unsubscribe: <mailto:leave@example.org>\r\n", "mailing_list"),
    ("X-Autoreply: yes\r\n", "auto_reply"),
    ("Return-Path: <>\r\n", "bounce"),
    ("Content-Type: multipart/report; report-type=delivery-status\r\n", "bounce"),
    (f"X-Loop: {US}\r\n", "x_loop"),
])
def test_automatic_mail_is_never_answered(extra, why):
    assert reason(headers(extra)) == why


@pytest.mark.parametrize("sender", [
    "MAILER-DAEMON@example.org", "postmaster@example.org", "no-reply@example.org",
    "noreply@example.org", "do-not-reply@example.org", "owner-immigration@example.org",
    "immigration-request@example.org", "bounces+123@example.org",
])
def test_machine_senders_are_never_answered(sender):
    assert reason(headers(sender=sender)) == "machine_sender"


def test_our_own_address_is_never_answered():
    assert reason(headers(sender=f"Case Review <{US.upper()}>")) == "own_address"
    assert loopsafe.recipient_reason([US.lower()], RULES) == "own_address"
    assert loopsafe.recipient_reason([], RULES) == "no_recipient"


def test_a_sender_gets_at_most_n_replies_per_window(store):
    now = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
    to = ["ana.ruiz@example.org"]
    for n in range(3):
        assert loopsafe.check(store, headers(), to, RULES, now) is None
        loopsafe.log_reply(store, n + 1, to, now)
    assert loopsafe.check(store, headers(), to, RULES, now) == "rate_limit"
    assert loopsafe.check(store, headers(), ["other@example.org"], RULES, now) is None
    later = now + timedelta(hours=3, minutes=1)
    assert loopsafe.check(store, headers(), to, RULES, later) is None


def test_the_rate_count_is_case_insensitive_and_survives_reopening(tmp_path):
    path = tmp_path / "var" / "t.db"
    s = Store(open_db(path))
    for n in range(3):
        loopsafe.log_reply(s, n, ["Ana.Ruiz@Example.org"])
    s.db.close()
    s = Store(open_db(path))
    assert loopsafe.rate_reason(s, ["ana.ruiz@example.org"], RULES) == "rate_limit"
    s.db.close()

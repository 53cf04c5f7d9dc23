"""Reply headers: addressing, threading, RFC 3834 marks, and no injection."""
from __future__ import annotations

import email
import email.policy
from datetime import date, datetime, timezone

import pytest

from triage.records import Decision, Facts, Fields, ParsedMessage, Signals
from triage.reply.compose import compose_oversized, compose_reply, reply_subject

OURS = "CaseReview@example.gov"
RECEIVED = datetime(2026, 11, 23, 9, 30, tzinfo=timezone.utc)
FACTS = Facts("en", Fields(name="Ivan Petrov Sokolov", a_number="A076543210", date_of_birth=date(1985, 1, 2)), Signals())
ACK = Decision("acknowledge", [], "standard")


def message(**kw) -> ParsedMessage:
    base = dict(
        raw_sha256="0" * 64, message_id="<req-7@example.org>", subject="Please review my case",
        from_name="Ivan Sokolov", from_addr="isokolov@example.org", reply_to=[], to=[OURS.lower()],
        cc=[], date=None, in_reply_to=None, references=[], headers={}, body="", quoted="",
        forwarded=[], attachments=[],
    )
    return ParsedMessage(**(base | kw))


def reply(msg=None, facts=FACTS, decision=ACK, case_ref="ICR-2026-000007", **kw):
    return compose_reply(msg or message(), facts, decision, case_ref, our_address=OURS, received=RECEIVED, **kw)


def parsed(r):
    return email.message_from_bytes(r.raw, policy=email.policy.default)


def test_ignored_mail_gets_no_reply():
    assert reply(decision=Decision("ignore", ["auto_generated"], None)) is None


def test_reply_to_wins_over_from():
    r = reply(message(reply_to=["Counsel@Example.com"]))
    assert r.to == ["counsel@example.com"]
    assert parsed(r)["To"] == "counsel@example.com"


def test_from_is_used_with_its_display_name_when_there_is_no_reply_to():
    r = reply()
    assert r.to == ["isokolov@example.org"]
    assert parsed(r)["To"] == "Ivan Sokolov <isokolov@example.org>"


def test_our_own_address_is_never_a_recipient():
    r = reply(message(reply_to=["casereview@EXAMPLE.gov", "helper@example.com"]))
    assert r.to == ["helper@example.com"]
    assert reply(message(reply_to=[OURS], from_addr=OURS.upper())) is None


def test_reply_to_pointing_at_us_falls_back_to_from():
    assert reply(message(reply_to=[OURS])).to == ["isokolov@example.org"]


def test_no_address_to_answer_means_no_reply():
    assert reply(message(from_addr=None, from_name="No Address")) is None
    assert compose_oversized(message(from_addr=None), our_address=OURS, received=RECEIVED, limit_bytes=1024) is None


def test_threading_and_automation_headers():
    h = parsed(reply(message(references=["<req-5@example.org>", "<req-6@example.org>"])))
    assert h["In-Reply-To"] == "<req-7@example.org>"
    assert h["References"].split() == ["<req-5@example.org>", "<req-6@example.org>", "<req-7@example.org>"]
    assert h["Auto-Submitted"] == "auto-replied"
    assert h["X-Loop"] == OURS
    assert h["Precedence"] is None
    assert h["From"] == f'"ICE Case Review (automated reply)" <{OURS}>'
    assert h["Content-Language"] == "en"
    assert h.get_content_type() == "text/plain" and h.get_content_charset() == "utf-8"
    assert h["Date"] == "Mon, 23 Nov 2026 09:30:00 +0000"


def test_message_id_is_the_given_one_or_made_in_our_domain():
    assert parsed(reply(message_id="<fixed@example.gov>"))["Message-ID"] == "<fixed@example.gov>"
    r = reply()
    assert r.message_id.endswith("@example.gov>") and parsed(r)["Message-ID"] == r.message_id


def test_raw_reply_uses_crlf_line_endings():
    raw = reply().raw
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")


@pytest.mark.parametrize("original,expected", [
    ("Please review my case", "Re: Please review my case [ICR-1]"),
    ("Re: Please review my case", "Re: Please review my case [ICR-1]"),
    ("RE: re:  RV: Please review my case", "Re: Please review my case [ICR-1]"),
    ("Re: Please review my case [ICR-1]", "Re: Please review my case [ICR-1]"),
    ("AW: Re[2]: Please review [icr-1]", "Re: Please review [icr-1]"),
    ("", "Re: Default [ICR-1]"),
    ("Re:", "Re: Default [ICR-1]"),
])
def test_subject_has_one_re_and_one_case_reference(original, expected):
    assert reply_subject(original, "ICR-1", "Default") == expected


@pytest.mark.parametrize("language,default", [("en", "Your ICE Case Review request"),
                                              ("es", "Su solicitud de revisión de caso de ICE")])
def test_an_empty_subject_becomes_the_default_of_the_reply_language(language, default):
    facts = Facts(language, Fields(), Signals())
    r = reply(message(subject=""), facts=facts)
    assert r.subject == f"Re: {default} [ICR-2026-000007]"
    assert parsed(r)["Subject"] == r.subject


@pytest.mark.parametrize("evil", [
    "Help\r\nBcc: victim@example.com",
    "Help\nBcc: victim@example.com",
    "Help\rBcc: victim@example.com",
    "Help\x00\x0bBcc: victim@example.com",
    "Help\u2028Bcc: victim@example.com",
    "Help\u0085Bcc: victim@example.com",
])
def test_header_injection_in_the_subject_is_defused(evil):
    r = reply(message(subject=evil))
    h = parsed(r)
    assert h["Bcc"] is None
    assert h["Subject"] == "Re: Help Bcc: victim@example.com [ICR-2026-000007]"
    assert b"\r\nBcc:" not in r.raw


@pytest.mark.parametrize("evil", [
    "Ivan\r\nBcc: victim@example.com",
    "Ivan\nX-Injected: yes",
    'Ivan" <attacker@example.com>\r\nCc: victim@example.com',
])
def test_header_injection_in_the_display_name_is_defused(evil):
    r = reply(message(from_name=evil))
    h = parsed(r)
    assert h["Bcc"] is None and h["Cc"] is None and h["X-Injected"] is None
    assert r.to == ["isokolov@example.org"]
    assert [a.addr_spec for a in h["To"].addresses] == ["isokolov@example.org"]


def test_header_injection_in_message_ids_and_addresses_is_defused():
    r = reply(message(message_id="<a@example.org>\r\nBcc: victim@example.com",
                      references=["<b@example.org>\nX-Injected: 1"],
                      reply_to=["someone@example.org\r\nBcc: victim@example.com"]))
    h = parsed(r)
    assert h["Bcc"] is None and h["X-Injected"] is None
    assert r.to == ["isokolov@example.org"]
    assert h["In-Reply-To"] == "<a@example.org>"
    assert h["References"] == "<b@example.org> <a@example.org>"


def test_oversized_reply_threads_and_skips_robots():
    r = compose_oversized(message(), our_address=OURS, received=RECEIVED, limit_bytes=10 * 1024 * 1024)
    h = parsed(r)
    assert r.template == "oversized.en" and h["In-Reply-To"] == "<req-7@example.org>"
    assert h["Subject"] == "Re: Please review my case"
    robot = message(headers={"auto-submitted": ["auto-replied"]})
    assert compose_oversized(robot, our_address=OURS, received=RECEIVED, limit_bytes=1024) is None
    bounce = message(from_addr="mailer-daemon@example.org")
    assert compose_oversized(bounce, our_address=OURS, received=RECEIVED, limit_bytes=1024) is None

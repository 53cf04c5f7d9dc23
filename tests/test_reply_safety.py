"""Replies are safe end to end: raw mail in, the reply's own bytes out.

tests/test_reply_headers.py checks compose_reply on hand-built records; these
go through the whole pipeline, where a header is first decoded (RFC 2047 can
smuggle a CR/LF past the parser) and then written back into our reply.
"""
from __future__ import annotations

import email
import email.policy

import pytest

from triage.config import load_config
from triage.pipeline import Pipeline
from triage.store.db import Store, open_db

OURS = "ICEcasereview@ice.dhs.gov"
BODY = (
    "Dear Senior Reviewing Official,\n\nI ask for a stay of removal for myself, "
    "Rosa Fictica Lomas, A# 765-432-109, born March 4, 1985 in Honduras.\n"
    "The Houston field office denied my local case review on October 20, 2026.\n"
    "Please also send your answer to helper@example.net and cc counsel@example.com.\n"
    "Phone: (713) 555-0142\nRosa Fictica Lomas\n"
)


@pytest.fixture
def pipeline(tmp_path):
    return Pipeline(Store(open_db(tmp_path / "triage.db")), load_config())


def raw_mail(headers: dict[str, str], body: str = BODY, n: int = 1) -> bytes:
    head = {"From": "Rosa Fictica <rosa.fictica@example.org>", "To": OURS,
            "Cc": "someone.else@example.org", "Subject": "Case review request",
            "Message-ID": f"<safety-{n}@example.org>", **headers}
    lines = [f"{k}: {v}" for k, v in head.items() if v is not None]
    return ("\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


def reply_of(pipeline, raw: bytes):
    outcome = pipeline.process(raw, "safety.eml")
    assert not outcome.quarantined, outcome.error
    if outcome.reply is None:
        return outcome, None
    return outcome, email.message_from_bytes(outcome.reply.raw, policy=email.policy.default)


def header_block(raw: bytes) -> list[bytes]:
    return raw.split(b"\r\n\r\n", 1)[0].split(b"\r\n")


@pytest.mark.parametrize("subject", [
    "=?utf-8?q?Help=0D=0ABcc=3A_victim=40example=2Ecom?=",
    "=?utf-8?b?SGVscA0KQmNjOiB2aWN0aW1AZXhhbXBsZS5jb20=?=",
    "=?utf-8?q?Help=0ABcc=3A_victim=40example=2Ecom?=",
    "=?utf-8?q?Help=E2=80=A8Bcc=3A_victim=40example=2Ecom?=",
])
def test_an_encoded_cr_lf_in_the_subject_never_adds_a_header(pipeline, subject):
    _, reply = reply_of(pipeline, raw_mail({"Subject": subject}))
    assert reply is not None and reply["Bcc"] is None
    assert "victim@example.com" in reply["Subject"]  # kept as words, on one line
    assert not any(line.lower().startswith(b"bcc:") for line in header_block(bytes(reply)))


@pytest.mark.parametrize("sender", [
    "=?utf-8?q?Rosa=0D=0ABcc=3A_victim=40example=2Ecom?= <rosa.fictica@example.org>",
    "=?utf-8?b?Um9zYQ0KWC1JbmplY3RlZDogeWVz?= <rosa.fictica@example.org>",
    '"Rosa\\"\\r\\nCc: victim@example.com" <rosa.fictica@example.org>',
])
def test_an_encoded_cr_lf_in_the_display_name_never_adds_a_header(pipeline, sender):
    outcome, reply = reply_of(pipeline, raw_mail({"From": sender}))
    assert outcome.reply.to == ["rosa.fictica@example.org"]
    assert reply["Bcc"] is None and reply["X-Injected"] is None
    assert [a.addr_spec for a in reply["To"].addresses] == ["rosa.fictica@example.org"]
    assert reply["Cc"] is None


def test_the_reply_goes_to_from_only_never_to_cc_or_addresses_in_the_text(pipeline):
    outcome, reply = reply_of(pipeline, raw_mail({}))
    assert outcome.reply.to == ["rosa.fictica@example.org"]
    assert reply["Cc"] is None and reply["Bcc"] is None
    sent_to = {a.addr_spec for a in reply["To"].addresses}
    assert sent_to == {"rosa.fictica@example.org"}


def test_the_reply_goes_to_reply_to_when_given(pipeline):
    outcome, reply = reply_of(pipeline, raw_mail({"Reply-To": "Counsel <Counsel@Example.com>"}))
    assert outcome.reply.to == ["counsel@example.com"]
    assert {a.addr_spec.lower() for a in reply["To"].addresses} == {"counsel@example.com"}


@pytest.mark.parametrize("ours", [OURS, OURS.upper(), f"Case Review <{OURS.lower()}>"])
def test_mail_from_our_own_address_is_never_answered(pipeline, ours):
    outcome, reply = reply_of(pipeline, raw_mail({"From": ours, "Reply-To": None}))
    assert reply is None and outcome.reply is None


def test_a_reply_to_pointing_at_us_falls_back_to_from(pipeline):
    outcome, _ = reply_of(pipeline, raw_mail({"Reply-To": OURS.upper()}))
    assert outcome.reply.to == ["rosa.fictica@example.org"]


def test_our_own_address_is_dropped_from_a_reply_to_list(pipeline):
    outcome, _ = reply_of(pipeline, raw_mail({"Reply-To": f"{OURS}, Helper <helper@example.org>"}))
    assert outcome.reply.to == ["helper@example.org"]


def test_a_configured_inbox_address_is_the_one_never_answered(tmp_path):
    config = load_config(inbox__address="review-inbox@example.gov")
    pipeline = Pipeline(Store(open_db(tmp_path / "triage.db")), config)
    outcome, _ = reply_of(pipeline, raw_mail({"From": "review-inbox@EXAMPLE.gov"}))
    assert outcome.reply is None


def test_a_malformed_address_gets_no_reply_rather_than_a_guess(pipeline):
    outcome, reply = reply_of(pipeline, raw_mail({"From": "Rosa <rosa at example dot org>"}))
    assert reply is None and outcome.reply is None


def test_a_non_ascii_address_is_decided_without_a_reply_not_quarantined(pipeline):
    raw = raw_mail({"From": '"Jöhn Dœ" <jdöe@mächine.example>', "Cc": None})
    outcome, reply = reply_of(pipeline, raw)
    assert outcome.decision != "ignore" and reply is None


def test_the_reply_is_marked_as_automatic_so_robots_do_not_answer_it(pipeline):
    _, reply = reply_of(pipeline, raw_mail({}))
    assert reply["Auto-Submitted"] == "auto-replied"
    assert reply["X-Loop"] == OURS
    assert reply["In-Reply-To"] == "<safety-1@example.org>"


def test_an_auto_reply_to_us_is_never_answered(pipeline):
    outcome, reply = reply_of(pipeline, raw_mail({"Auto-Submitted": "auto-replied"}))
    assert outcome.decision == "ignore" and reply is None


def test_a_reply_to_listing_hundreds_of_addresses_gets_at_most_three_recipients():
    from triage.reply.compose import MAX_RECIPIENTS, recipients
    from triage.records import ParsedMessage
    many = [f"person{n}@example.org" for n in range(200)]
    msg = ParsedMessage(raw_sha256="", message_id=None, subject="", from_name=None,
                        from_addr="a@example.org", reply_to=many, to=[], cc=[], date=None,
                        in_reply_to=None, references=[], headers={}, body="", quoted="",
                        forwarded=[], attachments=[])
    assert recipients(msg, "ICEcasereview@ice.dhs.gov") == many[:MAX_RECIPIENTS]

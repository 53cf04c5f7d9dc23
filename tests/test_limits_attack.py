"""The reading stage's limits hold end to end, through the whole pipeline.

Each attack costs one message (or one attachment) a bounded time, and the
message still gets exactly one outcome: decided from what could be read.
Every test goes through Pipeline.process with the shipped defaults, except
max_message_bytes, set low so that the oversized message stays small here.
"""
from __future__ import annotations

import io
import time
import zipfile
from email.message import EmailMessage

import pytest
from fpdf import FPDF

from triage.config import load_config
from triage.mail import pdf as pdf_module
from triage.pipeline import Pipeline
from triage.store.db import Store, open_db

REQUEST = (
    "Dear Senior Reviewing Official,\n\nI ask for a stay of removal for myself, "
    "Rosa Fictica Lomas, A# 765-432-109, born March 4, 1985 in Honduras.\n"
    "The Houston field office denied my local case review on October 20, 2026.\n"
    "Phone: (713) 555-0142\nRosa Fictica Lomas\n"
)


def run(tmp_path, raw: bytes, **limits):
    config = load_config(**{f"limits__{k}": v for k, v in limits.items()})
    store = Store(open_db(tmp_path / "triage.db"))
    start = time.monotonic()
    outcome = Pipeline(store, config).process(raw, "attack.eml")
    took = time.monotonic() - start
    messages = list(store.db.query("select * from messages"))
    attachments = list(store.db.query("select * from attachments order by idx"))
    raw_row = list(store.db.query("select bytes from raw"))
    assert len(messages) == 1, "exactly one record for one message"
    assert raw_row[0]["bytes"] == raw, "the raw bytes are kept whole"
    assert not outcome.quarantined, outcome.error
    return outcome, messages[0], attachments, took


def request(body: str = REQUEST, n: int = 1) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Rosa Fictica <rosa.fictica@example.org>"
    msg["To"] = "ICEcasereview@ice.dhs.gov"
    msg["Subject"] = "Case review request"
    msg["Message-ID"] = f"<attack-{n}@example.org>"
    msg.set_content(body)
    return msg


def pdf_bytes(pages: int, text: str = "Exhibit page") -> bytes:
    doc = FPDF()
    doc.set_font("helvetica", size=12)
    for i in range(pages):
        doc.add_page()
        doc.cell(text=f"{text} {i + 1}")
    return bytes(doc.output())


def test_a_message_over_max_message_bytes_is_decided_from_headers_and_first_text_only(tmp_path):
    msg = request()
    for i in range(30):  # 30 x 100 KB of attachments past a 1 MB limit
        msg.add_attachment(b"%PDF-1.4 junk " * 7000, maintype="application",
                           subtype="pdf", filename=f"exhibit-{i}.pdf")
    raw = bytes(msg)
    assert len(raw) > 3_000_000
    outcome, row, attachments, took = run(tmp_path, raw, max_message_bytes=1_000_000)
    assert outcome.fields.a_number == "A765432109"
    assert attachments == []  # nothing past the first text part was read
    assert row["size"] == len(raw)
    assert took < 30


def test_500_attachments_cost_only_max_attachments_reads(tmp_path):
    msg = request()
    tiny = pdf_bytes(1)
    for i in range(500):
        msg.add_attachment(tiny, maintype="application", subtype="pdf", filename=f"p{i}.pdf")
    outcome, _, attachments, took = run(tmp_path, bytes(msg))
    assert len(attachments) == 500
    limit = load_config()["limits.max_attachments"]
    assert all(a["status"] == "read" for a in attachments[:limit])
    assert all(a["status"] == "skipped" and a["error"] for a in attachments[limit:])
    assert outcome.decision != "ignore"
    assert took < 60


def test_a_2000_page_pdf_is_read_only_to_max_pdf_pages(tmp_path):
    msg = request()
    msg.add_attachment(pdf_bytes(2000), maintype="application", subtype="pdf",
                       filename="exhibits.pdf")
    outcome, _, attachments, took = run(tmp_path, bytes(msg))
    pages = load_config()["limits.max_pdf_pages"]
    [att] = attachments
    assert att["status"] == "read" and att["pages"] == pages
    assert att["error"] == f"read the first {pages} of 2000 pages"
    assert "Exhibit page 2000" not in att["text"]
    assert outcome.decision != "ignore" and took < 60


def test_text_beyond_max_text_chars_is_cut_for_the_whole_message(tmp_path):
    limit = load_config()["limits.max_text_chars"]
    msg = request(REQUEST + "More words about my case. " * (limit // 20))
    msg.add_attachment(("Letter text. " * (limit // 10)).encode(), maintype="text",
                       subtype="plain", filename="letter.txt")
    msg.add_attachment(pdf_bytes(5, "Never read"), maintype="application", subtype="pdf",
                       filename="late.pdf")
    outcome, row, attachments, took = run(tmp_path, bytes(msg))
    kept = len(row["body"]) + len(row["quoted"] or "") + sum(len(a["text"] or "")
                                                            for a in attachments)
    assert kept <= limit
    assert outcome.fields.a_number == "A765432109"
    assert took < 120  # ~7 s alone: the bound is for a busy CI machine


def nested(depth: int) -> EmailMessage:
    inner = request(f"Innermost words LEVEL-{depth:02d}-MARK.", n=depth)
    for level in range(depth - 1, -1, -1):
        outer = request(f"Forwarding LEVEL-{level:02d}-MARK." if level else REQUEST, n=level)
        outer.add_attachment(inner)  # message/rfc822
        inner = outer
    return inner


def test_attached_messages_50_deep_are_read_only_to_max_depth(tmp_path):
    outcome, row, attachments, took = run(tmp_path, bytes(nested(50)))
    depth = load_config()["limits.max_depth"]
    for level in range(1, depth + 1):
        assert f"LEVEL-{level:02d}-MARK" in row["forwarded"]
    assert f"LEVEL-{depth + 1:02d}-MARK" not in row["forwarded"]
    assert any("nested deeper" in (a["error"] or "") for a in attachments)
    assert len(attachments) <= depth + 1
    assert outcome.decision != "ignore" and took < 30


def test_multipart_nested_thousands_deep_costs_one_message(tmp_path):
    parts = [b"--b%d\r\nContent-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n" % (i, i + 1)
             for i in range(3000)]
    raw = (b"From: rosa.fictica@example.org\r\nSubject: deep\r\nMessage-ID: <deep@example.org>\r\n"
           b"Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n" + b"".join(parts)
           + b"--b3000\r\nContent-Type: text/plain\r\n\r\n" + REQUEST.encode() + b"\r\n")
    config = load_config()
    store = Store(open_db(tmp_path / "triage.db"))
    outcome = Pipeline(store, config).process(raw, "deep.eml")
    assert list(store.db.query("select count(*) n from messages"))[0]["n"] == 1
    assert not outcome.quarantined and outcome.decision != "ignore"


def test_a_zip_is_noted_never_unpacked(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("letter.txt", "My A-number is A111222333, born 01/02/1970.")
        z.writestr("bomb.bin", b"\0" * 50_000_000)  # 50 MB that compresses to ~50 KB
    msg = request()
    msg.add_attachment(buf.getvalue(), maintype="application", subtype="zip",
                       filename="documents.zip")
    outcome, _, attachments, took = run(tmp_path, bytes(msg))
    [att] = attachments
    assert att["kind"] == "zip" and att["status"] == "not_read" and not att["text"]
    assert outcome.fields.a_number == "A765432109"  # not the one inside the zip
    assert took < 30


def _never_finishes(data, max_pages, max_chars):
    while True:
        time.sleep(0.05)


def test_a_pdf_that_never_finishes_costs_one_attachment_not_the_message(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_module, "_extract", _never_finishes)  # inherited by the fork
    msg = request()
    msg.add_attachment(pdf_bytes(1), maintype="application", subtype="pdf", filename="slow.pdf")
    outcome, _, attachments, took = run(tmp_path, bytes(msg), pdf_timeout_s=2)
    [att] = attachments
    assert att["status"] == "unreadable" and "timed out" in att["error"]
    assert outcome.fields.a_number == "A765432109"
    assert took < 15


@pytest.mark.parametrize("limit_name", ["max_message_bytes", "max_attachments", "max_pdf_pages",
                                        "max_text_chars", "max_depth", "pdf_timeout_s",
                                        "pdf_memory_bytes"])
def test_every_limit_is_a_setting_with_a_sane_default(limit_name):
    value = load_config()[f"limits.{limit_name}"]
    assert isinstance(value, int) and value > 0

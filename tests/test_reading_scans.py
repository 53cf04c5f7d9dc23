"""A scanned letter is read by OCR, and its text carries that provenance."""
import io
from email.message import EmailMessage

import pytest
from PIL import Image, ImageDraw, ImageFont

from triage.mail.message import read_message
from triage.mail.ocr import ocr_available

LETTER = "Name: Maria Fernanda Lopez\nA-Number: A087654321\nDate of birth: 03/04/1990"


def scanned_png() -> bytes:
    img = Image.new("L", (1400, 400), 255)
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 40)
    except OSError:
        font = ImageFont.load_default(size=40)
    draw.multiline_text((40, 40), LETTER, fill=0, font=font, spacing=20)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def message_with(data: bytes, filename: str) -> bytes:
    m = EmailMessage()
    m["From"] = "ana@example.org"
    m["To"] = "ICEcasereview@ice.dhs.gov"
    m["Subject"] = "Case review"
    m.set_content("Please see the scanned letter.")
    m.add_attachment(data, maintype="application", subtype="octet-stream", filename=filename)
    return m.as_bytes()


@pytest.mark.skipif(not ocr_available(), reason="tesseract is not installed")
def test_a_scanned_image_attachment_is_read_by_ocr():
    msg = read_message(message_with(scanned_png(), "scan.bin"))
    att = msg.attachments[0]
    assert att.kind == "image" and att.status == "read" and att.method == "ocr"
    text = " ".join(att.pages)
    assert "A087654321" in text.replace(" ", "")
    part = [p for p in msg.parts() if p.where.startswith("attachment:")][0]
    assert part.method == "ocr" and part.page == 1


def test_without_tesseract_a_scan_is_marked_for_ocr(monkeypatch):
    import triage.mail.message as message
    monkeypatch.setattr(message, "ocr_available", lambda: False)
    msg = read_message(message_with(scanned_png(), "scan.png"))
    assert msg.attachments[0].status == "needs_ocr"
    assert msg.body.startswith("Please see")


def test_an_image_that_breaks_ocr_costs_only_that_attachment(monkeypatch):
    import triage.mail.message as message
    monkeypatch.setattr(message, "ocr_available", lambda: True)
    def boom(data):
        raise ValueError("decompression bomb")
    monkeypatch.setattr(message, "ocr_image", boom)
    msg = read_message(message_with(scanned_png(), "scan.png"))
    att = msg.attachments[0]
    assert att.status == "needs_ocr" and "decompression bomb" in att.error


def test_ocr_that_never_finishes_costs_only_that_attachment(monkeypatch):
    import time
    import triage.mail.message as message
    from triage.mail.limits import Limits
    monkeypatch.setattr(message, "ocr_available", lambda: True)
    monkeypatch.setattr(message, "ocr_image", lambda data: time.sleep(60))
    msg = read_message(message_with(scanned_png(), "scan.png"), Limits(ocr_timeout_s=1))
    att = msg.attachments[0]
    assert att.status == "needs_ocr" and "timed out" in att.error
    assert msg.body.startswith("Please see")


def test_ocr_that_crashes_its_process_costs_only_that_attachment(monkeypatch):
    import os
    import triage.mail.message as message
    monkeypatch.setattr(message, "ocr_available", lambda: True)
    monkeypatch.setattr(message, "ocr_image", lambda data: os._exit(139))
    msg = read_message(message_with(scanned_png(), "scan.png"))
    assert msg.attachments[0].status == "needs_ocr"
    assert "died" in msg.attachments[0].error

"""Scanned letters are read by Tesseract; without it, nothing breaks.

The scans are made here: fictional request letters rendered to images with
Pillow (a PNG, a JPEG, a TIFF) and saved as image-only PDFs (no text layer,
as a scanner makes them), then read back and compared character by character.
"""
from __future__ import annotations

import io
import shutil

import pytest
from PIL import Image, ImageDraw, ImageFont

from triage.errors import UnreadableAttachment
from triage.mail import ocr

LETTER_EN = """Request for case review
Name: Marisol Quintero Ayala
A-Number: A203 555 871
Date of birth: 04/17/1989
Country of birth: Honduras
Phone: (713) 555-0142
We ask ICE to release Ms. Quintero from custody.
The Houston field office denied our request on May 2, 2026."""

LETTER_ES = """Solicitud de revision de caso
Nombre: Rigoberto Lemus Paz
Numero A: 208-555-314
Fecha de nacimiento: 12/03/1979
Pais de nacimiento: Guatemala
Pedimos que no lo deporten.
La oficina local nunca contesto nuestra solicitud."""

needs_tesseract = pytest.mark.skipif(not ocr.ocr_available(), reason="tesseract is not installed")


def _font(size: int):
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def scan(text: str) -> Image.Image:
    """A letter page at 300 dpi, as a scanner gives it: grey, slightly rotated."""
    img = Image.new("L", (2550, 1400), 255)
    draw = ImageDraw.Draw(img)
    font = _font(44)
    for i, line in enumerate(text.splitlines()):
        draw.text((150, 120 + i * 72), line, fill=30, font=font)
    return img.rotate(0.4, fillcolor=255, expand=False)


def as_bytes(img: Image.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    img.save(out, format=fmt, **({"resolution": 300.0} if fmt == "PDF" else {}))
    return out.getvalue()


def image_only_pdf(*texts: str) -> bytes:
    pages = [scan(t).convert("RGB") for t in texts]
    out = io.BytesIO()
    pages[0].save(out, format="PDF", resolution=300.0, save_all=True, append_images=pages[1:])
    return out.getvalue()


def char_accuracy(got: str, want: str) -> float:
    """1 - edit distance / length, on whitespace-normalised text."""
    a, b = " ".join(got.split()), " ".join(want.split())
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return 1 - prev[-1] / max(len(b), 1)


@needs_tesseract
@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "TIFF"])
def test_a_scanned_letter_image_reads_back_almost_exactly(fmt):
    text = ocr.ocr_image(as_bytes(scan(LETTER_EN), fmt))
    assert char_accuracy(text, LETTER_EN) >= 0.95
    assert "Quintero" in text and "555-0142" in text


@needs_tesseract
def test_an_image_only_pdf_is_read_page_by_page_in_both_languages():
    pages = ocr.ocr_pdf_pages(image_only_pdf(LETTER_EN, LETTER_ES), max_pages=5)
    assert len(pages) == 2
    assert char_accuracy(pages[0], LETTER_EN) >= 0.95
    assert char_accuracy(pages[1], LETTER_ES) >= 0.95
    assert "Rigoberto Lemus Paz" in pages[1]


@needs_tesseract
def test_pdf_pages_beyond_the_limit_are_not_read():
    pages = ocr.ocr_pdf_pages(image_only_pdf(LETTER_EN, LETTER_ES, LETTER_EN), max_pages=1)
    assert len(pages) == 1


@needs_tesseract
def test_ocr_that_runs_past_its_timeout_is_an_unreadable_attachment():
    with pytest.raises(UnreadableAttachment, match="longer than"):
        ocr.ocr_image(as_bytes(scan(LETTER_EN), "PNG"), timeout=0.001)


def test_bytes_that_are_no_image_are_an_unreadable_attachment():
    with pytest.raises(UnreadableAttachment):
        ocr.ocr_image(b"%PDF-1.4 not an image at all")


def test_a_broken_pdf_is_an_unreadable_attachment():
    with pytest.raises(UnreadableAttachment):
        ocr.ocr_pdf_pages(b"%PDF-1.4 truncated", max_pages=3)


def test_without_tesseract_ocr_is_unavailable_and_says_so(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    ocr._languages.cache_clear()
    try:
        assert ocr.ocr_available() is False
        with pytest.raises(UnreadableAttachment, match="not installed"):
            ocr.ocr_image(as_bytes(scan("x"), "PNG"))
    finally:
        ocr._languages.cache_clear()

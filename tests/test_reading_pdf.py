"""read_pdf: text page by page, bounded in pages, time and memory."""
import signal
import time

from fpdf import FPDF

import triage.mail.pdf as pdf_module
from triage.mail.limits import Limits
from triage.mail.pdf import read_pdf


def make_pdf(*pages: str, user_password: str | None = None) -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for text in pages:
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 10, text)
    if user_password:
        pdf.set_encryption(owner_password="owner-secret", user_password=user_password)
    return bytes(pdf.output())


def test_text_is_read_page_by_page_with_pdfium_first():
    result = read_pdf(make_pdf("Name: Maria Ejemplo", "A-Number: A123456789"))
    assert result.status == "read"
    assert result.method == "pypdfium2"
    assert [p.strip() for p in result.pages] == ["Name: Maria Ejemplo", "A-Number: A123456789"]


def test_a_pdf_without_text_needs_ocr():
    result = read_pdf(make_pdf("", ""))
    assert result.status == "needs_ocr"
    assert result.pages == []


def test_an_encrypted_pdf_is_noted_as_encrypted():
    result = read_pdf(make_pdf("secret", user_password="open-sesame"))
    assert result.status == "encrypted"
    assert "password" in result.error


def test_empty_and_broken_pdfs_are_unreadable_with_the_reason():
    assert read_pdf(b"").error == "empty file (0 bytes)"
    broken = read_pdf(b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
    assert broken.status == "unreadable"
    assert broken.error


def test_only_the_first_max_pdf_pages_are_read():
    result = read_pdf(make_pdf("one", "two", "three"), Limits(max_pdf_pages=2))
    assert result.status == "read"
    assert len(result.pages) == 2
    assert result.error == "read the first 2 of 3 pages"


def test_text_is_cut_at_max_chars():
    result = read_pdf(make_pdf("x" * 500), max_chars=50)
    assert sum(map(len, result.pages)) == 50


def test_pdfium_reads_what_pdfplumber_raises_on(monkeypatch):
    def plumber_fails(data, max_pages, max_chars):
        raise TypeError("'NoneType' object is not iterable")

    monkeypatch.setattr(pdf_module, "_with_pdfplumber", plumber_fails)
    result = read_pdf(make_pdf("A-Number: A123456789"))
    assert result.status == "read"
    assert result.method == "pypdfium2"
    assert "A123456789" in result.pages[0]


def test_a_pdf_that_never_finishes_costs_only_the_timeout(monkeypatch):
    def endless(data, max_pages, max_chars):
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])  # stuck in C code
        time.sleep(60)

    monkeypatch.setattr(pdf_module, "_extract", endless)
    start = time.monotonic()
    result = read_pdf(make_pdf("x"), Limits(pdf_timeout_s=0.5))
    assert time.monotonic() - start < 5
    assert result.status == "unreadable"
    assert result.error == "timed out after 0.5 s"


def test_a_pdf_bomb_hits_the_memory_cap_not_the_caller(monkeypatch):
    def hungry(data, max_pages, max_chars):
        return bytearray(512 * 1024 * 1024)

    monkeypatch.setattr(pdf_module, "_extract", hungry)
    result = read_pdf(make_pdf("x"), Limits(pdf_memory_bytes=64 * 1024 * 1024))
    assert result.status == "unreadable"
    assert result.error == "ran out of memory"


def test_slow_pdfplumber_hands_over_to_pdfium_before_the_hard_limit(monkeypatch):
    def slow(data, max_pages, max_chars):
        time.sleep(60)

    monkeypatch.setattr(pdf_module, "_with_pdfplumber", slow)
    result = read_pdf(make_pdf("A-Number: A123456789"), Limits(pdf_timeout_s=2))
    assert result.status == "read"
    assert result.method == "pypdfium2"

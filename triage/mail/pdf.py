"""Text out of a PDF attachment, page by page, at a bounded cost.

pdfplumber reads the text; pypdfium2 takes over when pdfplumber raises (it
raises PdfminerException around many causes, and sometimes a bare TypeError)
or runs too long. The work happens in a forked child with a wall-clock limit
and an address-space cap, so a PDF bomb or an endless loop costs one
attachment and never the caller.
"""
from __future__ import annotations

import io
import multiprocessing
import resource
import signal
from dataclasses import dataclass, field

import pdfplumber
import pypdfium2
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

from triage.mail.limits import Limits

# Python's own SIGALRM lets the child give up on pdfplumber (pure Python) in
# time to read the whole document again with pdfium (C, fast) before the
# parent's hard limit kills it.
SOFT_DEADLINE_SHARE = 0.6
STATUSES = ("read", "encrypted", "needs_ocr", "unreadable")


@dataclass
class PdfText:
    status: str  # read | encrypted | needs_ocr | unreadable
    pages: list[str] = field(default_factory=list)  # one entry a page, 1-based order
    method: str | None = None  # pdfplumber | pypdfium2
    error: str | None = None  # why it failed, or what was left out


class _SoftTimeout(Exception):
    pass


def read_pdf(data: bytes, limits: Limits | None = None, max_chars: int | None = None) -> PdfText:
    """Read a PDF in a forked worker; never raises for anything in the bytes."""
    limits = limits or Limits()
    if not data:
        return PdfText("unreadable", error="empty file (0 bytes)")
    max_chars = limits.max_text_chars if max_chars is None else max_chars
    ctx = multiprocessing.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)
    worker = ctx.Process(
        target=_work, args=(sender, data, limits, max_chars), daemon=True
    )
    worker.start()
    sender.close()
    try:
        if receiver.poll(limits.pdf_timeout_s):
            return receiver.recv()
        return PdfText("unreadable", error=f"timed out after {limits.pdf_timeout_s:g} s")
    except (EOFError, OSError):
        worker.join(1)
        return PdfText("unreadable", error=f"reader died (exit code {worker.exitcode})")
    finally:
        if worker.is_alive():
            worker.kill()
        worker.join()
        receiver.close()


def _work(conn, data: bytes, limits: Limits, max_chars: int) -> None:
    _cap_address_space(limits.pdf_memory_bytes)
    signal.signal(signal.SIGALRM, _raise_soft_timeout)
    signal.setitimer(signal.ITIMER_REAL, limits.pdf_timeout_s * SOFT_DEADLINE_SHARE)
    try:
        result = _extract(data, limits.max_pdf_pages, max_chars)
    except MemoryError:
        result = PdfText("unreadable", error="ran out of memory")
    except _SoftTimeout:
        result = PdfText("unreadable", error=f"timed out after {limits.pdf_timeout_s:g} s")
    except BaseException as exc:  # the child must always answer
        result = PdfText("unreadable", error=_describe(exc))
    signal.setitimer(signal.ITIMER_REAL, 0)
    conn.send(result)
    conn.close()


def _raise_soft_timeout(signum, frame):
    raise _SoftTimeout("pdfplumber ran past its share of the time limit")


def _cap_address_space(extra: int) -> None:
    # The fork inherits the caller's mappings (a loaded spaCy model alone can
    # pass 1 GiB of address space), so the cap is what the worker may add.
    with open("/proc/self/statm") as f:
        current = int(f.read().split()[0]) * resource.getpagesize()
    resource.setrlimit(resource.RLIMIT_AS, (current + extra, current + extra))


def _extract(data: bytes, max_pages: int, max_chars: int) -> PdfText:
    """In the worker: pdfplumber under the soft deadline, then pdfium."""
    try:
        try:
            pages, total = _with_pdfplumber(data, max_pages, max_chars)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        method = "pdfplumber"
        if total == 0:  # pdfminer missed a broken page tree; pdfium may not
            raise ValueError("the PDF has no pages")
    except MemoryError:
        raise
    except Exception as exc:  # PdfminerException, bare TypeError, _SoftTimeout ...
        first_error = exc
        try:
            pages, total = _with_pdfium(data, max_pages, max_chars)
            method = "pypdfium2"
        except Exception as exc2:
            return _failure(first_error, exc2)
    if total == 0:
        return PdfText("unreadable", error="the PDF has no pages")
    if not any(p.strip() for p in pages):
        return PdfText("needs_ocr", method=method, error="no text on any page (scanned?)")
    note = None
    if total > len(pages):
        note = f"read the first {len(pages)} of {total} pages"
    if sum(map(len, pages)) >= max_chars:
        note = f"text cut at {max_chars} characters"
    return PdfText("read", pages, method, note)


def _with_pdfplumber(data: bytes, max_pages: int, max_chars: int) -> tuple[list[str], int]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        total = len(pdf.pages)
        pages: list[str] = []
        for page in pdf.pages[:max_pages]:
            pages.append(page.extract_text() or "")
            page.close()  # frees pdfplumber's per-page layout cache
            if _cut(pages, max_chars):
                break
    return pages, total


def _with_pdfium(data: bytes, max_pages: int, max_chars: int) -> tuple[list[str], int]:
    pdf = pypdfium2.PdfDocument(data)
    try:
        total = len(pdf)
        pages: list[str] = []
        for i in range(min(total, max_pages)):
            page = pdf[i]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_bounded().replace("\r\n", "\n"))
            textpage.close()
            page.close()
            if _cut(pages, max_chars):
                break
    finally:
        pdf.close()
    return pages, total


def _cut(pages: list[str], max_chars: int) -> bool:
    over = sum(map(len, pages)) - max_chars
    if over >= 0:
        pages[-1] = pages[-1][: len(pages[-1]) - over]
    return over >= 0


def _failure(plumber_error: Exception, pdfium_error: Exception) -> PdfText:
    cause = _cause(plumber_error)
    if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)) or (
        "password" in str(pdfium_error).lower()
    ):
        if isinstance(cause, PDFPasswordIncorrect):
            return PdfText("encrypted", error="encrypted: a password is needed to open it")
        return PdfText("encrypted", error=f"encrypted: {_describe(cause)}")
    return PdfText("unreadable", error=_describe(cause))


def _cause(exc: BaseException) -> BaseException:
    # pdfplumber's PdfminerException carries pdfminer's error as its argument.
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
    return inner or exc.__cause__ or exc


def _describe(exc: BaseException) -> str:
    text = str(exc).strip() or "no detail"
    return f"{type(exc).__name__}: {text}"[:300]

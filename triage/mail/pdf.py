"""Text out of a PDF attachment, page by page, at a bounded cost.

pypdfium2 (C, fast: hundreds of pages a second) reads the text; pdfplumber
(pure Python, about 80 times slower) only takes over where pdfium raises or
finds no text at all. On the fixtures both give the same lines on every page.
The work happens in a long-lived forked worker with a wall-clock limit per
PDF and an address-space cap, so a PDF bomb or an endless loop costs one
attachment and never the caller; a worker that is killed, dies or runs out of
memory is replaced by a fresh one for the next PDF. Forking once instead of
once a PDF saves about 5-10 ms a PDF.
"""
from __future__ import annotations

import io
import multiprocessing
import os
import resource
import signal
import threading
from dataclasses import dataclass, field

import pdfplumber
import pypdfium2
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

from triage.mail.limits import Limits

# Python's own SIGALRM lets the worker give up on pdfplumber (pure Python) in
# time to answer before the parent's hard limit kills it.
SOFT_DEADLINE_SHARE = 0.6
STATUSES = ("read", "encrypted", "needs_ocr", "unreadable")
RECYCLE_AFTER = 500  # PDFs one worker reads before a fresh one takes over


@dataclass
class PdfText:
    status: str  # read | encrypted | needs_ocr | unreadable
    pages: list[str] = field(default_factory=list)  # one entry a page, 1-based order
    method: str | None = None  # pypdfium2 | pdfplumber
    error: str | None = None  # why it failed, or what was left out


class _SoftTimeout(Exception):
    pass


def read_pdf(data: bytes, limits: Limits | None = None, max_chars: int | None = None) -> PdfText:
    """Read a PDF in the worker process; never raises for anything in the bytes."""
    limits = limits or Limits()
    if not data:
        return PdfText("unreadable", error="empty file (0 bytes)")
    max_chars = limits.max_text_chars if max_chars is None else max_chars
    with _LOCK:
        return _worker_for(limits).read(data, limits, max_chars)


class _Worker:
    """One forked reader serving PDFs one at a time over a pipe."""

    def __init__(self, memory_bytes: int):
        ctx = multiprocessing.get_context("fork")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, memory_bytes), daemon=True)
        self.proc.start()
        child.close()
        self.owner, self.memory, self.code, self.jobs = os.getpid(), memory_bytes, _code(), 0

    def usable(self, limits: Limits) -> bool:
        # The worker runs this module's code as of its fork: when the code is
        # replaced (tests monkeypatch it) a new worker must be forked.
        return (self.owner == os.getpid() and self.proc.is_alive()
                and self.memory == limits.pdf_memory_bytes and self.code == _code()
                and self.jobs < RECYCLE_AFTER)

    def read(self, data: bytes, limits: Limits, max_chars: int) -> PdfText:
        self.jobs += 1
        try:
            self.conn.send((data, limits, max_chars))
            if self.conn.poll(limits.pdf_timeout_s):
                return self.conn.recv()
            self.close()
            return PdfText("unreadable", error=f"timed out after {limits.pdf_timeout_s:g} s")
        except (EOFError, OSError):
            self.proc.join(1)
            code = self.proc.exitcode
            self.close()
            return PdfText("unreadable", error=f"reader died (exit code {code})")

    def close(self) -> None:
        if self.owner != os.getpid():
            return
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()
        self.conn.close()


_LOCK = threading.Lock()
_WORKER: _Worker | None = None


def _worker_for(limits: Limits) -> _Worker:
    global _WORKER
    if _WORKER is None or not _WORKER.usable(limits):
        if _WORKER is not None:
            _WORKER.close()
        _WORKER = _Worker(limits.pdf_memory_bytes)
    return _WORKER


def _code() -> tuple:
    return (_extract, _with_pdfium, _with_pdfplumber)


def _serve(conn, memory_bytes: int) -> None:
    """The worker's loop: one PDF in, one PdfText out, until the pipe closes."""
    _cap_address_space(memory_bytes)
    # The fork inherits the daemon's SIGTERM/SIGINT handlers, which only set a
    # flag: the worker would then outlive every attempt to stop it, and the
    # daemon's exit would wait on it for ever. The parent decides its end.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGALRM, _raise_soft_timeout)
    while True:
        try:
            data, limits, max_chars = conn.recv()
        except (EOFError, OSError):
            return
        result = _work(data, limits, max_chars)
        conn.send(result)
        if result.error == "ran out of memory":
            return  # what is left of this process is not to be trusted


def _work(data: bytes, limits: Limits, max_chars: int) -> PdfText:
    signal.setitimer(signal.ITIMER_REAL, limits.pdf_timeout_s * SOFT_DEADLINE_SHARE)
    try:
        result = _extract(data, limits.max_pdf_pages, max_chars)
    except MemoryError:
        result = PdfText("unreadable", error="ran out of memory")
    except _SoftTimeout:
        result = PdfText("unreadable", error=f"timed out after {limits.pdf_timeout_s:g} s")
    except BaseException as exc:  # the worker must always answer
        result = PdfText("unreadable", error=_describe(exc))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return result


def _raise_soft_timeout(signum, frame):
    raise _SoftTimeout("pdfplumber ran past its share of the time limit")


def _cap_address_space(extra: int) -> None:
    # The fork inherits the caller's mappings (a loaded spaCy model alone can
    # pass 1 GiB of address space), so the cap is what the worker may add.
    with open("/proc/self/statm") as f:
        current = int(f.read().split()[0]) * resource.getpagesize()
    resource.setrlimit(resource.RLIMIT_AS, (current + extra, current + extra))


def _extract(data: bytes, max_pages: int, max_chars: int) -> PdfText:
    """In the worker: pdfium; pdfplumber (under the soft deadline) where pdfium fails."""
    pdfium_error: Exception | None = None
    method = "pypdfium2"
    try:
        pages, total = _with_pdfium(data, max_pages, max_chars)
    except MemoryError:
        raise
    except Exception as exc:
        pdfium_error, pages, total = exc, [], 0
    if total == 0 or not any(p.strip() for p in pages):
        # pdfium raised, found no page tree or no text: pdfminer may still read it
        try:
            try:
                plumbed, plumbed_total = _with_pdfplumber(data, max_pages, max_chars)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            if plumbed_total and (pdfium_error or any(p.strip() for p in plumbed)):
                pages, total, method = plumbed, plumbed_total, "pdfplumber"
        except MemoryError:
            raise
        except Exception as exc:  # PdfminerException, bare TypeError, _SoftTimeout ...
            if pdfium_error is not None:
                return _failure(exc, pdfium_error)
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

"""Text from scanned documents: Tesseract through its command line.

    ocr_available() -> bool
    ocr_image(data) -> str                          a PNG, JPEG, TIFF, ... as bytes
    ocr_pdf_pages(data, max_pages) -> list[str]     an image-only PDF, one string a page

Pages are rendered with pypdfium2 at 300 dpi, which Tesseract reads
reliably; English and Spanish data are used together ("eng+spa"). Every run
of Tesseract is bounded by a timeout; a failure raises UnreadableAttachment,
so the caller keeps the attachment as 'needs_ocr' and decides the message on
what remains. Where Tesseract is missing, ocr_available() is False and the
caller does not try.
"""
from __future__ import annotations

import io
import shutil
import subprocess
from functools import lru_cache

from triage.errors import UnreadableAttachment

DPI = 300
TIMEOUT_S = 30.0  # one image or one page
MAX_PIXELS = 40_000_000  # a bigger image is scaled down before reading
LANGS_WANTED = ("eng", "spa")


@lru_cache(maxsize=1)
def _languages() -> str | None:
    exe = shutil.which("tesseract")
    if not exe:
        return None
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    have = set(out.stdout.split()) | set(out.stderr.split())
    langs = [lang for lang in LANGS_WANTED if lang in have]
    return "+".join(langs) if langs else None


def ocr_available() -> bool:
    """Tesseract is installed with English (and, ideally, Spanish) data."""
    return _languages() is not None


def _normalise(data: bytes) -> bytes:
    """Any image Pillow reads, as a grey PNG of a size Tesseract handles."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            img.seek(0)  # first frame of a multi-page TIFF or a GIF
            img = img.convert("L")
            if img.width * img.height > MAX_PIXELS:
                scale = (MAX_PIXELS / (img.width * img.height)) ** 0.5
                img = img.resize((int(img.width * scale), int(img.height * scale)))
            out = io.BytesIO()
            img.save(out, format="PNG")
            return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError) as e:
        raise UnreadableAttachment(f"not an image Pillow can read: {e}") from e


def _tesseract(png: bytes, timeout: float) -> str:
    langs = _languages()
    if langs is None:
        raise UnreadableAttachment("tesseract is not installed")
    cmd = ["tesseract", "stdin", "stdout", "-l", langs, "--psm", "3", "--dpi", str(DPI)]
    try:
        run = subprocess.run(cmd, input=png, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        raise UnreadableAttachment(f"OCR took longer than {timeout:.0f} s") from e
    except OSError as e:
        raise UnreadableAttachment(f"tesseract could not run: {e}") from e
    if run.returncode != 0:
        raise UnreadableAttachment("tesseract failed: " + run.stderr.decode("utf-8", "replace")[-200:])
    return run.stdout.decode("utf-8", "replace").replace("\x0c", "").strip()


def ocr_image(data: bytes, timeout: float = TIMEOUT_S) -> str:
    """The text of one image."""
    return _tesseract(_normalise(data), timeout)


def _render_pages(data: bytes, max_pages: int) -> list[bytes]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except Exception as e:  # pypdfium2 raises its own PdfiumError and plain errors
        raise UnreadableAttachment(f"PDF cannot be opened for OCR: {e}") from e
    pages = []
    try:
        for i in range(min(len(pdf), max_pages)):
            bitmap = pdf[i].render(scale=DPI / 72, grayscale=True)
            out = io.BytesIO()
            bitmap.to_pil().save(out, format="PNG")
            pages.append(out.getvalue())
    finally:
        pdf.close()
    return pages


def ocr_pdf_pages(data: bytes, max_pages: int, timeout: float = TIMEOUT_S) -> list[str]:
    """The text of each page of a scanned PDF, up to `max_pages` pages."""
    return [_tesseract(_normalise(png), timeout) for png in _render_pages(data, max_pages)]

"""Bounds on how much one message may cost the reader.

Mail comes from strangers: a 200 MB message, a thousand attachments or a PDF
that never finishes must cost that one message (or that one attachment),
never the daemon.
"""
from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_message_bytes: int = 25 * MB  # larger: headers and first text part only
    max_attachments: int = 50  # the rest are recorded with status "skipped"
    max_pdf_pages: int = 50
    max_text_chars: int = 1_000_000  # all text of one message, attachments included
    max_depth: int = 5  # nesting of forwarded message/rfc822 parts
    pdf_timeout_s: float = 20.0  # wall clock for one PDF, in its own process
    pdf_memory_bytes: int = 1024 * MB  # address space the PDF worker may add
    max_ocr_pages: int = 10  # scanned pages read by OCR per attachment
    ocr_timeout_s: float = 120.0  # wall clock for the OCR of one attachment, in its own process

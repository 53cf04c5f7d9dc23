"""Raw bytes of one mail -> ParsedMessage: the reading stage.

mail-parser builds the MIME tree (and lists its defects); when it raises or
gives nothing the stdlib `email` parser (compat32, which never raises on our
corpus) takes over. Walking the tree is ours: mail-parser flattens it, which
would put a forwarded message/rfc822's text into the body and lose which
plain part is the alternative of which HTML part.
"""
from __future__ import annotations

import email
import email.header
import email.parser
import email.utils
import hashlib
import logging
import re
from email.message import Message
from typing import Any, Callable

import mailparser

from triage.errors import UnreadableAttachment, UnreadableMessage
from triage.mail.bounded import call_bounded
from triage.mail.headers import (
    addresses,
    all_headers,
    decode_bytes,
    decode_header_value,
    first_value,
    header_date,
    ids_of,
    message_id_of,
    sender,
)
from triage.mail.html import html_to_text
from triage.mail.limits import Limits
from triage.mail.ocr import ocr_available, ocr_image, ocr_pdf_pages
from triage.mail.pdf import read_pdf
from triage.mail.quote import points_to_own_mail, split_quoted
from triage.records import Attachment, ParsedMessage

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Outlook .msg and other OLE2 files
IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
MIN_CONTENT_BYTES = 4
MAX_SUBJECT_CHARS = 2000
MAX_MIME_NESTING = 40  # multipart inside multipart; forwards are bounded by limits
# A plain part shorter than this, beside a longer HTML part, is a stub.
STUB_CHARS = 40
STUB_WORDS = re.compile(
    r"(html|view (it|this (message|email)) in|your (email|mail) (client|program)|"
    r"versión html|ver (este|el) (mensaje|correo))",
    re.IGNORECASE,
)

# mail-parser warns on every part type it does not sort into text; we read
# those parts ourselves, so the warnings are only noise in the daemon's log.
logging.getLogger("mailparser").setLevel(logging.ERROR)


def read_message(raw: bytes, limits: Limits | None = None) -> ParsedMessage:
    """Read one message; raises UnreadableMessage only when nothing is usable."""
    limits = limits or Limits()
    _refuse_unusable(raw)
    defects: list[str] = []
    data = raw
    if len(raw) > limits.max_message_bytes:
        defects.append(
            f"message is {len(raw)} bytes, over the {limits.max_message_bytes}-byte "
            "limit: read the headers and the first text part only"
        )
        data = raw[: limits.max_message_bytes]
    msg = _parse_mime(data, defects)
    headers = all_headers(msg)
    reader = _Reader(limits, defects, first_text_only=data is not raw)
    text = "\n\n".join(t for t in reader.texts(msg, 0, 0) if t.strip())
    if not headers and not text.strip() and not reader.attachments:
        raise UnreadableMessage("The message has no header and no body.")
    if not headers:
        if b"\x00" in raw[:4096] or _magic_kind(raw) not in ("other", "text"):
            raise UnreadableMessage("The file is binary data, not an RFC 822 message.")
        defects.append("no header lines: read as a body only")
    # A subject is one line of words; a megabyte of it (never counted in
    # max_text_chars) would stall extraction and overflow spaCy's max_length.
    subject = (first_value(headers, "subject") or "")[:MAX_SUBJECT_CHARS]
    from_name, from_addr = sender(msg)
    split = split_quoted(text, subject, from_addr if points_to_own_mail(text) else None)
    return ParsedMessage(
        raw_sha256=hashlib.sha256(raw).hexdigest(),
        message_id=message_id_of(first_value(headers, "message-id")),
        subject=subject,
        from_name=from_name,
        from_addr=from_addr,
        reply_to=addresses(msg, "reply-to"),
        to=addresses(msg, "to"),
        cc=addresses(msg, "cc"),
        date=header_date(first_value(headers, "date")),
        in_reply_to=next(iter(ids_of(first_value(headers, "in-reply-to"))), None),
        references=ids_of(" ".join(headers.get("references", []))),
        headers=headers,
        body=split.body,
        quoted="\n\n".join(q for q in [split.quoted, *reader.quoted] if q.strip()),
        forwarded=split.forwarded + reader.forwarded,
        attachments=reader.attachments,
        defects=defects,
        size=len(raw),
    )


def _refuse_unusable(raw: bytes) -> None:
    if len(raw.strip()) < MIN_CONTENT_BYTES:
        raise UnreadableMessage(f"The message is empty or nearly so ({len(raw)} bytes).")
    if raw.startswith(CFB_MAGIC):
        raise UnreadableMessage(
            "The file is an Outlook .msg (CFB binary), not an RFC 822 message."
        )


def _parse_mime(data: bytes, defects: list[str]) -> Message:
    try:
        parsed = mailparser.parse_from_bytes(data)
        if parsed.message is not None and (parsed.message.keys() or parsed.message.get_payload()):
            defects += _mailparser_defects(parsed.defects)
            return parsed.message
        defects.append("mail-parser found nothing: read with the stdlib parser")
    except Exception as exc:  # AttributeError on some bounces, nesting errors ...
        defects.append(f"mail-parser failed ({type(exc).__name__}: {exc}): read with the stdlib parser")
    try:
        msg = email.message_from_bytes(data)
    except RecursionError:
        defects.append("MIME nesting too deep: read the headers, the rest as text")
        msg = email.parser.BytesHeaderParser().parsebytes(data)
    for part in msg.walk():
        defects += [f"{part.get_content_type()}: {type(d).__name__}" for d in part.defects]
    return msg


def _mailparser_defects(found: list) -> list[str]:
    out = []
    for item in found:
        for where, notes in (item.items() if isinstance(item, dict) else [("", [item])]):
            out += [f"{where}: {note}" for note in notes]
    return out


class _Reader:
    """Walks the MIME tree once, collecting text, attachments and forwards."""

    def __init__(self, limits: Limits, defects: list[str], first_text_only: bool):
        self.limits = limits
        self.defects = defects
        self.budget = limits.max_text_chars
        self.first_text_only = first_text_only
        self.done = False
        self.attachments: list[Attachment] = []
        self.forwarded: list[str] = []
        self.quoted: list[str] = []

    def texts(self, part: Message, depth: int, nesting: int) -> list[str]:
        """The text of this part (forwards and attachments are set aside)."""
        if self.done:
            return []
        if nesting > MAX_MIME_NESTING:
            self.defects.append(f"MIME parts nested deeper than {MAX_MIME_NESTING}: not read")
            self.done = True
            return []
        ctype = part.get_content_type()
        if ctype == "message/rfc822" and part.is_multipart():
            self._forward(part, depth)
            return []
        if part.is_multipart():
            children = [p for p in part.get_payload() if isinstance(p, Message)]
            if ctype.startswith("message/"):  # delivery-status and the like
                return [self._spend(_message_text(children))]
            if ctype == "multipart/alternative":
                return self._alternative(children, depth, nesting)
            return [t for c in children for t in self.texts(c, depth, nesting + 1)]
        if _is_attachment(part) and not self.first_text_only:
            self._attach(part, depth)
            return []
        if ctype in ("text/plain", "text/html") or ctype.startswith("multipart/"):
            if ctype.startswith("multipart/"):
                self.defects.append(f"{ctype} part could not be split: read as text")
            text = self._spend(self._decode(part, ctype))
            self.done = self.first_text_only and bool(text.strip())
            return [text]
        if not self.first_text_only:
            self._attach(part, depth)
        return []

    def _alternative(self, children: list[Message], depth: int, nesting: int) -> list[str]:
        plain, rich = "", ""
        for child in children:
            text = "\n\n".join(self.texts(child, depth, nesting + 1))
            if child.get_content_type() == "text/plain":
                plain = plain or text
            else:
                rich = rich or text
        return [rich if _is_stub(plain, rich) or _richer(plain, rich) else plain]

    def _decode(self, part: Message, ctype: str) -> str:
        data = part.get_payload(decode=True) or b""
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogateescape")
        text, note = decode_bytes(data, part.get_content_charset())
        if note:
            self.defects.append(f"{ctype}: {note}")
        return html_to_text(text) if ctype == "text/html" else text.replace("\r\n", "\n")

    def _spend(self, text: str) -> str:
        if len(text) <= self.budget:
            self.budget -= len(text)
            return text
        self.defects.append(f"text cut at {self.limits.max_text_chars} characters")
        text, self.budget = text[: self.budget], 0
        return text

    def _attach(self, part: Message, depth: int, data: bytes | None = None) -> Attachment:
        if data is None:
            data = part.get_payload(decode=True) or b""
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogateescape")
        ctype = part.get_content_type()
        kind = "message" if ctype == "message/rfc822" else _magic_kind(data, ctype)
        name = part.get_filename()
        att = Attachment(
            index=len(self.attachments),
            filename=decode_header_value(name) if name else None,
            content_type=ctype,
            kind=kind,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            status="not_read",
            payload=data,
        )
        self.attachments.append(att)
        if att.index >= self.limits.max_attachments:
            att.status, att.error = "skipped", f"over the limit of {self.limits.max_attachments} attachments"
        elif not data:
            att.status = "empty"
        elif kind == "pdf":
            self._read_pdf(att)
        elif kind == "image":
            self._ocr(att, ocr_image, att.payload)
        elif kind == "text":
            text, _ = decode_bytes(data, part.get_content_charset())
            if ctype == "text/html":
                text = html_to_text(text)
            att.pages, att.status, att.method = [self._spend(text)], "read", "text"
        return att

    def _read_pdf(self, att: Attachment) -> None:
        result = read_pdf(att.payload, self.limits, max_chars=self.budget)
        att.status, att.pages, att.method, att.error = (
            result.status, result.pages, result.method, result.error,
        )
        self.budget -= sum(map(len, result.pages))
        if att.status == "needs_ocr" and self.budget > 0:  # a scan: every page an image
            self._ocr(att, ocr_pdf_pages, att.payload, self.limits.max_ocr_pages)

    def _ocr(self, att: Attachment, read: Callable[..., Any], *args: Any) -> None:
        """Text of a scan by OCR; without Tesseract it stays needs_ocr for the digest."""
        att.status = "needs_ocr"
        if not ocr_available():
            return
        try:  # a stranger's image or PDF is rendered in a bounded child process
            pages = call_bounded(read, *args, timeout_s=self.limits.ocr_timeout_s,
                                 memory_bytes=self.limits.pdf_memory_bytes)
        except UnreadableAttachment as e:
            att.error = f"OCR failed: {e}"
            return
        pages = [pages] if isinstance(pages, str) else pages
        att.pages, att.method = [self._spend(t) for t in pages], "ocr"
        att.status = "read" if any(t.strip() for t in att.pages) else "needs_ocr"

    def _forward(self, part: Message, depth: int) -> None:
        inner = part.get_payload(0)
        att = self._attach(part, depth, data=_as_bytes(inner))
        if att.status == "skipped":
            return
        if depth + 1 > self.limits.max_depth:
            att.error = f"forwarded mail nested deeper than {self.limits.max_depth}: not read"
            self.defects.append(att.error)
            return
        att.status = "read"
        text = "\n\n".join(t for t in self.texts(inner, depth + 1, 0) if t.strip())
        split = split_quoted(text)
        self.forwarded += [f for f in [split.body, *split.forwarded] if f.strip()]
        if split.quoted:
            self.quoted.append(split.quoted)


def _is_attachment(part: Message) -> bool:
    disposition = (part.get_content_disposition() or "").lower()
    if disposition == "attachment":
        return True
    return bool(part.get_filename()) and disposition != "inline"


def _is_stub(plain: str, rich: str) -> bool:
    """A plain alternative that only points at the HTML one."""
    shown = plain.strip()
    if not shown:
        return True
    if len(rich.strip()) <= len(shown):
        return False
    return len(shown) < STUB_CHARS or (len(shown) < 300 and bool(STUB_WORDS.search(shown)))


def _richer(plain: str, rich: str) -> bool:
    """The HTML alternative carries lines the plain one leaves out (a facts table
    that only the HTML has): at least two lines whose words are mostly new."""
    seen = set(re.findall(r"\w+", plain.lower()))
    new = 0
    for line in rich.lower().splitlines():
        words = re.findall(r"\w+", line)
        if len(words) >= 2 and sum(w not in seen for w in words) * 2 > len(words):
            new += 1
    return new >= 2


def _magic_kind(data: bytes, declared: str = "") -> str:
    """The kind of an attachment from its bytes; the declared type only for text."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(IMAGE_MAGIC):
        return "image"
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if declared.startswith("text/"):
        return "text"
    return "other"


def _message_text(blocks: list[Message]) -> str:
    return "\n\n".join(
        "\n".join(f"{k}: {decode_header_value(v)}" for k, v in b.raw_items()) for b in blocks
    )


def _as_bytes(msg: Message) -> bytes:
    try:
        return msg.as_bytes()
    except Exception:  # the generator can choke on what the parser accepted
        return msg.as_string().encode("utf-8", "surrogateescape")

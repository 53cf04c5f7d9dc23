"""Decoding what a stranger's mail declares: charsets, RFC 2047 headers, addresses,
dates and message ids. Never raises: an unknown charset falls back to utf-8,
then cp1252, then latin-1 (which decodes any bytes)."""
from __future__ import annotations

import codecs
import email.header
import email.utils
import re
from email.message import Message

TEXT_FALLBACKS = ("utf-8", "cp1252", "latin-1")  # latin-1 decodes any bytes


def decode_bytes(data: bytes, declared: str | None) -> tuple[str, str | None]:
    """Text of `data`: the declared charset, then utf-8, cp1252, latin-1.

    Returns the text and a note when the declared charset was not the one used.
    """
    names = _charsets(declared)
    tried = []
    for name in names:
        try:
            if codecs.lookup(name)._is_text_encoding:
                text = data.decode(name)
                break
        except (LookupError, UnicodeError, ValueError):
            pass
        tried.append(name)
    else:
        name, text = "latin-1", data.decode("latin-1")
    if declared and names[0] in tried and name in TEXT_FALLBACKS:
        return text, f"charset {declared!r} failed: decoded as {name}"
    return text, None


def _charsets(declared: str | None) -> list[str]:
    names = []
    if declared:
        declared = declared.strip().strip("\"'").lower()
        names.append(declared)
        if declared.startswith("x-"):  # x-mac-cyrillic is Python's mac-cyrillic
            names.append(declared[2:])
    return names + [n for n in TEXT_FALLBACKS if n not in names]


def decode_header_value(value: object) -> str:
    """A header's text: unfolded, raw 8-bit bytes and RFC 2047 words decoded."""
    text = _unescape_8bit(str(value))
    text = re.sub(r"\r?\n(?=[ \t])", "", text).replace("\r", "").replace("\n", " ")
    if "=?" not in text:
        return text.strip()
    try:
        chunks = email.header.decode_header(text)
    except Exception:  # a malformed encoded word: keep it as written
        return text.strip()
    return "".join(
        c if isinstance(c, str) else decode_bytes(c, cs)[0] for c, cs in chunks
    ).strip()


def _unescape_8bit(text: str) -> str:
    # compat32 keeps raw 8-bit header bytes as surrogates, which SQLite and
    # every encoder refuse: decode them (utf-8, else cp1252/latin-1).
    if any("\udc80" <= c <= "\udcff" for c in text):
        return decode_bytes(text.encode("utf-8", "surrogateescape"), None)[0]
    return text


def all_headers(msg: Message) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, value in msg.raw_items():
        out.setdefault(name.strip().lower(), []).append(decode_header_value(value))
    return out


def first_value(headers: dict[str, list[str]], name: str) -> str | None:
    values = headers.get(name)
    return values[0] if values else None


def _raw_values(msg: Message, name: str) -> list[str]:
    # Addresses are parsed before RFC 2047 decoding: a decoded display name
    # may hold a comma that would split one address in two.
    return [_unescape_8bit(str(v)) for k, v in msg.raw_items() if k.strip().lower() == name]


def addresses(msg: Message, name: str) -> list[str]:
    try:
        pairs = email.utils.getaddresses(_raw_values(msg, name))
    except Exception:
        return []
    return [addr.strip().lower() for _, addr in pairs if addr.strip()]


def sender(msg: Message) -> tuple[str | None, str | None]:
    values = _raw_values(msg, "from")
    if not values:
        return None, None
    try:
        name, addr = email.utils.parseaddr(values[0])
    except Exception:
        return decode_header_value(values[0]) or None, None
    return decode_header_value(name) or None, addr.strip().lower() or None


def header_date(value: str | None):
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def message_id_of(value: str | None) -> str | None:
    return re.sub(r"\s+", "", value) if value and value.strip() else None


def ids_of(value: str | None) -> list[str]:
    if not value:
        return []
    found = re.findall(r"<[^<>]+>", value)
    return [re.sub(r"\s+", "", i) for i in found] or value.split()

"""A deterministic mutation fuzzer for raw mail: test support, not shipped.

`mutants(messages, iterations, seed)` yields (name, mutations applied, bytes):
each is one real message damaged the ways mail arrives damaged (truncated,
flipped bytes, broken MIME boundaries, wrong or unknown charsets, duplicated
headers, huge header lines, NUL bytes, mixed line ends, broken base64). The
same seed always gives the same mutants, so a failure can be replayed.
"""
from __future__ import annotations

import random
import re
from typing import Callable, Iterator, Sequence

Mutation = Callable[[bytes, random.Random], bytes]

BOUNDARY = re.compile(rb'boundary="?([^";\r\n]+)"?', re.IGNORECASE)
CHARSET = re.compile(rb'charset="?([^";\r\n]+)"?', re.IGNORECASE)
WRONG_CHARSETS = [b"utf-7", b"utf-16", b"utf-32-be", b"x-unknown", b"iso-2022-jp", b"cp037",
                  b"mac-cyrillic", b"", b"\xff\xfe", b"latin-1;;;", b"base64", b"idna"]


def _split(raw: bytes) -> tuple[bytes, bytes, bytes]:
    for sep in (b"\r\n\r\n", b"\n\n"):
        head, found, body = raw.partition(sep)
        if found:
            return head, sep, body
    return raw, b"", b""


def truncate(raw: bytes, rng: random.Random) -> bytes:
    return raw[: rng.randrange(len(raw) + 1)]


def flip_bytes(raw: bytes, rng: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, max(1, len(data) // 50))):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def break_boundary(raw: bytes, rng: random.Random) -> bytes:
    found = BOUNDARY.findall(raw)
    if not found:
        return raw.replace(b"\n\n", b"\n\n--\n", 1)
    b = rng.choice(found)
    how = rng.randrange(4)
    if how == 0:  # the declared boundary never appears
        return raw.replace(b"--" + b, b"--" + b[::-1])
    if how == 1:  # the closing delimiter is gone
        return raw.replace(b"--" + b + b"--", b"")
    if how == 2:  # the declaration is gone
        return raw.replace(b'boundary="' + b + b'"', b"").replace(b"boundary=" + b, b"")
    return raw.replace(b"--" + b, b"--" + b[: max(1, len(b) // 2)], rng.randint(1, 3))


def wrong_charset(raw: bytes, rng: random.Random) -> bytes:
    new = rng.choice(WRONG_CHARSETS)
    if CHARSET.search(raw):
        return CHARSET.sub(lambda m: b'charset="' + new + b'"', raw, count=rng.randint(1, 3))
    head, sep, body = _split(raw)
    return head + b"\nContent-Type: text/plain; charset=" + new + sep + body


def duplicate_headers(raw: bytes, rng: random.Random) -> bytes:
    head, sep, body = _split(raw)
    lines = head.splitlines(keepends=True)
    if not lines:
        return raw
    extra = [rng.choice(lines) for _ in range(rng.randint(1, 20))]
    extra += [b"Content-Type: multipart/mixed; boundary=\"other\"\n", b"From: <>\n",
              b"Message-ID: <dup@example.org>\n"][: rng.randint(0, 3)]
    return head + b"\n" + b"".join(x if x.endswith(b"\n") else x + b"\n" for x in extra).rstrip(
        b"\n") + sep + body


def huge_header_line(raw: bytes, rng: random.Random) -> bytes:
    name = rng.choice([b"Subject", b"X-Junk", b"References", b"To", b"From", b"Received"])
    unit = rng.choice([b"a", b"<x@y> ", b"=?utf-8?b?w6k=?= ", b"\xe9", b"x@example.org, "])
    value = unit * (rng.randint(20_000, 400_000) // len(unit))
    folded = rng.random() < 0.5
    if folded:
        value = b"\n ".join(value[i:i + 70] for i in range(0, len(value), 70))
    return name + b": " + value + b"\n" + raw


def nul_bytes(raw: bytes, rng: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 10)):
        data[rng.randrange(len(data) + 1):0] = b"\x00" * rng.randint(1, 4)
    return bytes(data)


def mixed_line_ends(raw: bytes, rng: random.Random) -> bytes:
    lines = raw.split(b"\n")
    return b"".join(line + rng.choice([b"\n", b"\r\n", b"\r", b"\n\r"]) for line in lines)


def broken_encoding(raw: bytes, rng: random.Random) -> bytes:
    enc = rng.choice([b"base64", b"quoted-printable", b"x-uuencode", b"8bit", b"bogus"])
    out = re.sub(rb"(?i)content-transfer-encoding:[^\r\n]*", b"Content-Transfer-Encoding: " + enc,
                 raw, count=rng.randint(1, 3))
    if out == raw:
        head, sep, body = _split(raw)
        out = head + b"\nContent-Transfer-Encoding: " + enc + sep + body
    return out


def splice(raw: bytes, rng: random.Random) -> bytes:
    """A slice of the message repeated or moved: torn and re-joined deliveries."""
    if len(raw) < 4:
        return raw
    i, j = sorted(rng.sample(range(len(raw)), 2))
    return raw[:j] + raw[i:j] * rng.randint(1, 5) + raw[j:]


MUTATIONS: dict[str, Mutation] = {
    "truncate": truncate, "flip_bytes": flip_bytes, "break_boundary": break_boundary,
    "wrong_charset": wrong_charset, "duplicate_headers": duplicate_headers,
    "huge_header_line": huge_header_line, "nul_bytes": nul_bytes,
    "mixed_line_ends": mixed_line_ends, "broken_encoding": broken_encoding, "splice": splice,
}


def mutate(raw: bytes, rng: random.Random, count: int | None = None) -> tuple[list[str], bytes]:
    """`raw` damaged by 1-3 mutations picked by `rng` (or `count` of them)."""
    names = [rng.choice(sorted(MUTATIONS)) for _ in range(count or rng.randint(1, 3))]
    for name in names:
        raw = MUTATIONS[name](raw, rng)
    return names, raw


def mutants(messages: Sequence[tuple[str, bytes]], iterations: int,
            seed: int) -> Iterator[tuple[str, list[str], bytes]]:
    """`iterations` mutants of `messages` (label, bytes), the same for the same seed."""
    rng = random.Random(seed)
    for n in range(iterations):
        label, raw = messages[rng.randrange(len(messages))]
        names, damaged = mutate(raw, rng)
        yield f"{n:05d}-{label}", names, damaged

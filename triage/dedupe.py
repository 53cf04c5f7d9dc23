"""When two arrivals are the same message.

CONTRACT.md: a message with the same Message-ID and the same bytes is a
duplicate. The same message relayed twice differs only in its trace headers
(Received, Return-Path, Delivered-To, ...), so the content hash leaves those
out; two different messages that merely share a Message-ID are both processed.
"""
from __future__ import annotations

import hashlib
import re

TRACE = re.compile(
    rb"^(received|return-path|delivered-to|x-original-to|x-delivered-to|envelope-to|"
    rb"dkim-signature|arc-[a-z-]+|authentication-results|received-spf|x-received|"
    rb"x-spam-[a-z-]+|x-virus-[a-z-]+):",
    re.IGNORECASE,
)


def content_sha256(raw: bytes) -> str:
    head, sep, body = raw.replace(b"\r\n", b"\n").partition(b"\n\n")
    kept: list[bytes] = []
    skipping = False
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t"):  # a folded continuation of the header above
            if not skipping:
                kept.append(line)
            continue
        skipping = bool(TRACE.match(line))
        if not skipping:
            kept.append(line)
    return hashlib.sha256(b"\n".join(kept) + sep + body).hexdigest()

"""Where messages come from: one small interface in front of every mailbox.

`replay_source(path)` reads an mbox file, a Maildir or a folder of .eml files
as CONTRACT.md defines them, yielding (source label, raw bytes) in order.
The daemon's sources (IMAP, Maildir) implement `Source`.
"""
from __future__ import annotations

import mailbox
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator, Protocol

from triage.errors import SourceError


@dataclass
class Incoming:
    """One message as a source hands it over."""

    key: str  # the source's own handle (IMAP UID, Maildir key, file path)
    label: str  # what the report and the record call it
    raw: bytes


@dataclass
class Arrival(Incoming):
    """What a daemon source hands over: an Incoming with when and how big."""

    received: datetime | None = None
    size: int = 0
    truncated: bool = False  # only the header was fetched (oversized mail)


class Source(Protocol):
    def fetch(self) -> Iterator[Incoming]:
        """Messages not yet handed over, oldest first."""

    def file(self, incoming: Incoming, folder: str) -> None:
        """Put a recorded message into `folder` (e.g. Triage/Acknowledged)."""

    def close(self) -> None: ...


def is_maildir(path: Path) -> bool:
    return path.is_dir() and all((path / d).is_dir() for d in ("cur", "new", "tmp"))


def replay_source(path: str | Path) -> Iterator[tuple[str, bytes]]:
    """Every message of an mbox, a Maildir or a folder, in processing order."""
    path = Path(path)
    if not path.exists():
        raise SourceError(f"no such source: {path}")
    if path.is_file():
        yield from _mbox(path)
    elif is_maildir(path):
        yield from _maildir(path)
    else:
        yield from _folder(path)


def _mbox(path: Path) -> Iterator[tuple[str, bytes]]:
    try:
        box = mailbox.mbox(path, create=False)
        keys = list(box.iterkeys())
    except (OSError, mailbox.Error) as e:
        raise SourceError(f"cannot read the mbox {path}: {e}") from e
    for n, key in enumerate(keys):
        yield f"mbox:{n}", box.get_bytes(key)


def _maildir(path: Path) -> Iterator[tuple[str, bytes]]:
    # Maildir file names start with the delivery time, so name order is arrival order.
    files = [f for sub in ("new", "cur") for f in (path / sub).iterdir() if f.is_file()]
    for f in sorted(files, key=lambda f: (f.name, f.parent.name)):
        yield f.relative_to(path).as_posix(), f.read_bytes()


def _folder(path: Path) -> Iterator[tuple[str, bytes]]:
    files = sorted(f for f in path.rglob("*.eml") if f.is_file())
    if not files:  # a folder of messages with other names (e.g. a test corpus)
        files = sorted(f for f in path.rglob("*") if f.is_file()
                       and not any(p.startswith(".") for p in f.relative_to(path).parts))
    for f in files:
        yield f.relative_to(path).as_posix(), f.read_bytes()

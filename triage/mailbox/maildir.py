"""The embedded source: a local Maildir, read in arrival order.

Filing moves the message file, by one atomic rename, into a Maildir++
sub-folder (`Triage/Acknowledged` is `.Triage.Acknowledged/cur/`), so what
is left in `new/` and `cur/` is exactly what has not been handled yet: the
folder is its own progress record, and a crash before the rename just hands
the message over again (the daemon finds it already recorded).
"""
from __future__ import annotations

import os
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from triage.errors import SourceError
from triage.mailbox.source import Arrival, Incoming


def subfolder(root: Path, folder: str) -> Path:
    """`Triage/Acknowledged` -> ROOT/.Triage.Acknowledged (Maildir++)."""
    return root / ("." + folder.strip("/").replace("/", "."))


def _ensure(path: Path) -> None:
    for d in ("cur", "new", "tmp"):
        (path / d).mkdir(parents=True, exist_ok=True, mode=0o700)


class MaildirSource:
    def __init__(self, path: str | Path, *, poll_seconds: float = 60,
                 max_bytes: int | None = None):
        self.root = Path(path)
        self.poll_seconds = poll_seconds
        self.max_bytes = max_bytes
        try:
            _ensure(self.root)
        except OSError as e:
            raise SourceError(f"cannot open the Maildir {self.root}: {e.strerror}") from e

    def _waiting(self) -> list[Path]:
        files = [f for d in ("new", "cur") for f in (self.root / d).iterdir()
                 if f.is_file() and not f.name.startswith(".")]
        # Maildir names start with the delivery time: name order is arrival order.
        return sorted(files, key=lambda f: f.name)

    def fetch(self) -> Iterator[Arrival]:
        try:
            files = self._waiting()
        except OSError as e:
            raise SourceError(f"cannot list the Maildir {self.root}: {e.strerror}") from e
        for f in files:
            arrival = self._read(f)
            if arrival is not None:
                yield arrival

    def _read(self, f: Path) -> Arrival | None:
        try:
            st = f.stat()
            truncated = self.max_bytes is not None and st.st_size > self.max_bytes
            with open(f, "rb") as fh:
                raw = _header_block(fh) if truncated else fh.read()
        except FileNotFoundError:  # filed meanwhile by someone else: not ours now
            return None
        except OSError as e:
            raise SourceError(f"cannot read {f}: {e.strerror}") from e
        key = f"{f.parent.name}/{f.name}"
        return Arrival(key=key, label="maildir:" + f.name.split(":", 1)[0], raw=raw,
                       received=datetime.fromtimestamp(st.st_mtime, timezone.utc),
                       size=st.st_size, truncated=truncated)

    def file(self, incoming: Incoming, folder: str) -> None:
        src = self.root / incoming.key
        dest_dir = subfolder(self.root, folder)
        name = src.name if ":2," in src.name else src.name.split(":", 1)[0] + ":2,"
        try:
            _ensure(dest_dir)
            (dest_dir / "maildirfolder").touch()
            os.replace(src, dest_dir / "cur" / name)
        except FileNotFoundError:
            if not (dest_dir / "cur" / name).exists():
                raise SourceError(f"{src} vanished before it could be filed")
        except OSError as e:
            raise SourceError(f"cannot file {src} into {folder}: {e.strerror}") from e

    def wait(self, stop: Callable[[], bool]) -> None:
        """Return when mail is waiting, poll_seconds have passed, or `stop()`."""
        end = time.monotonic() + self.poll_seconds
        while not stop() and time.monotonic() < end:
            if self._waiting():
                return
            time.sleep(min(0.5, max(0.0, end - time.monotonic())))

    def close(self) -> None:
        pass


def _header_block(fh) -> bytes:
    """The header of a message too large to read whole."""
    out = bytearray()
    for line in fh:
        out += line
        if line in (b"\n", b"\r\n") or len(out) > 1 << 20:
            break
    return bytes(out)

"""The embedded transport: each reply written as an .eml file to a folder.

The file is named after the reply's Message-ID and written atomically (a
temporary name, fsync, rename), so a file that exists is a reply that went
out whole, and `already_sent` is a simple existence check.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from triage.mailbox.transport import TransportError


def file_name(message_id: str) -> str:
    return (re.sub(r"[^\w.@+-]", "_", message_id.strip("<> ")) or "reply") + ".eml"


class OutboxTransport:
    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as e:
            raise TransportError(f"cannot create the outbox {self.folder}: {e.strerror}") from e

    def path_for(self, message_id: str) -> Path:
        return self.folder / file_name(message_id)

    def send(self, raw: bytes, to: list[str], message_id: str) -> None:
        final = self.path_for(message_id)
        tmp = final.with_name("." + final.name + ".tmp")
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(raw)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, final)
            dirfd = os.open(self.folder, os.O_RDONLY)
            try:
                os.fsync(dirfd)
            finally:
                os.close(dirfd)
        except OSError as e:
            raise TransportError(f"cannot write {final}: {e.strerror}") from e

    def already_sent(self, message_id: str) -> bool:
        return self.path_for(message_id).exists()

    def close(self) -> None:
        pass

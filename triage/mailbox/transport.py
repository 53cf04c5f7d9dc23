"""Where replies go: one small interface in front of SMTP and the outbox folder.

A transport must be able to say whether a reply with a given Message-ID has
already gone out (the Sent folder, the outbox file): that is how the daemon,
restarted after a crash between sending and recording, never sends twice.
"""
from __future__ import annotations

from typing import Protocol

from triage.errors import TriageError


class TransportError(TriageError):
    """A reply could not be handed over now; it stays pending and is retried."""


class RecipientRefused(TransportError):
    """The server refused the reply for good (5xx): retrying cannot help."""


class TransportAuthFailed(TransportError):
    """The server refused our login: an operator must act (the digest says so)."""


class Transport(Protocol):
    def send(self, raw: bytes, to: list[str], message_id: str) -> None:
        """Hand one reply over; raise TransportError when it did not go."""

    def already_sent(self, message_id: str) -> bool:
        """True when the reply with this Message-ID has already gone out."""

    def close(self) -> None: ...


class DryRunTransport:
    """Sends nothing: --dry-run logs what would have gone."""

    def __init__(self) -> None:
        self.would_send: list[tuple[list[str], str]] = []

    def send(self, raw: bytes, to: list[str], message_id: str) -> None:
        self.would_send.append((to, message_id))

    def already_sent(self, message_id: str) -> bool:
        return False

    def close(self) -> None:
        pass

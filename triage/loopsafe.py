"""Loop safety: when an automatic reply must not go out.

The rules follow RFC 3834 (automatic responses to email) and RFC 5230 (the
Sieve vacation extension, which says whom an autoresponder must never
answer): no reply to mail that is itself automatic, to bounces, to mailing
lists, to machine senders (no-reply, mailer-daemon, postmaster, list
owners), to our own address, or to mail that carries our own X-Loop; and
at most N replies to one address per time window, counted in SQLite so a
restart does not reset the count.

The policy stage already ignores most machine mail; this is the last gate
in front of the transport, applied to every reply whatever decided it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses

from triage.store.db import Store

MACHINE_LOCAL_PARTS = re.compile(
    r"^(mailer-daemon|postmaster|no[-_.]?reply|do[-_.]?not[-_.]?reply|"
    r"bounces?(\+.*|-.*)?|owner-.+|.+-(request|owner|bounces?)|listserv|majordomo|"
    r"auto[-_.]?reply|autoresponder|daemon|notifications?)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Rules:
    our_address: str
    x_loop: str
    max_per_sender: int = 10
    window: timedelta = timedelta(hours=3)


def headers_of(raw: bytes) -> Message:
    """Only the header block: cheap for any size of message."""
    return BytesHeaderParser(policy=compat32).parsebytes(raw)


def _values(h: Message, name: str) -> list[str]:
    return [str(v).strip() for v in (h.get_all(name) or [])]


def _addresses(values: list[str]) -> list[str]:
    return [a.strip().lower() for _, a in getaddresses(values) if a and "@" in a]


def incoming_reason(h: Message, rules: Rules) -> str | None:
    """Why the message `h` (its headers) must not be answered, or None."""
    auto = [v.lower() for v in _values(h, "Auto-Submitted")]
    if any(v and not v.startswith("no") for v in auto):
        return "auto_submitted"
    if any(v.lower() in ("bulk", "list", "junk") for v in _values(h, "Precedence")):
        return "precedence_bulk"
    if any(h.get(n) for n in ("List-Id", "List-Unsubscribe", "List-Post", "Mailing-List")):
        return "mailing_list"
    if any(h.get(n) for n in ("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress")):
        return "auto_reply"
    if any(v.replace(" ", "") == "<>" for v in _values(h, "Return-Path")):
        return "bounce"
    ctype = (h.get_content_type() or "").lower()
    if ctype == "multipart/report" or ctype.startswith("message/delivery-status"):
        return "bounce"
    loops = " ".join(_values(h, "X-Loop")).lower()
    if rules.x_loop and rules.x_loop.lower() in loops:
        return "x_loop"
    senders = _addresses(_values(h, "From") + _values(h, "Sender"))
    if rules.our_address.lower() in senders:
        return "own_address"
    if any(MACHINE_LOCAL_PARTS.match(a.partition("@")[0]) for a in senders):
        return "machine_sender"
    return None


def recipient_reason(recipients: list[str], rules: Rules) -> str | None:
    """Why a reply to `recipients` must not go out, or None."""
    addresses = [a.lower() for a in recipients]
    if not addresses:
        return "no_recipient"
    if rules.our_address.lower() in addresses:
        return "own_address"
    if any(MACHINE_LOCAL_PARTS.match(a.partition("@")[0]) for a in addresses):
        return "machine_recipient"
    return None


def replies_in_window(store: Store, address: str, window: timedelta,
                      now: datetime | None = None) -> int:
    since = ((now or datetime.now(timezone.utc)) - window).isoformat(timespec="seconds")
    rows = store.db.query("select count(*) as n from reply_log where address = ? and at >= ?",
                          [address.lower(), since])
    return next(iter(rows))["n"]


def rate_reason(store: Store, recipients: list[str], rules: Rules,
                now: datetime | None = None) -> str | None:
    for address in recipients:
        if replies_in_window(store, address, rules.window, now) >= rules.max_per_sender:
            return "rate_limit"
    return None


def log_reply(store: Store, reply_id: int, recipients: list[str],
              now: datetime | None = None) -> None:
    """Count one reply handed to the transport (in the caller's transaction)."""
    at = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
    store.db["reply_log"].insert_all(
        [{"address": a.lower(), "at": at, "reply": reply_id} for a in recipients])


def check(store: Store, original_raw: bytes, recipients: list[str], rules: Rules,
          now: datetime | None = None) -> str | None:
    """The reason a reply to the message `original_raw` must be suppressed, or None."""
    return (incoming_reason(headers_of(original_raw), rules)
            or recipient_reason(recipients, rules)
            or rate_reason(store, recipients, rules, now))


def rules_from_config(config) -> Rules:
    return Rules(
        our_address=config["inbox.address"],
        x_loop=config["replies.x_loop"] or config["inbox.address"],
        max_per_sender=config["replies.max_per_sender"],
        window=timedelta(minutes=config["replies.window_minutes"]),
    )

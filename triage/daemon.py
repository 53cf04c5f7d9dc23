"""The daemon: one message per iteration, exactly once, whatever kills it.

    fetch -> record (pipeline: message + pending reply, one transaction)
          -> gate (loop safety, backlog cut-off) -> send -> mark sent -> file

Why a kill at any point loses nothing and sends nothing twice:
- a message leaves the inbox (or its UID is passed) only after it is filed,
  so one killed before filing is handed over again; it is then found
  recorded under the same source label and bytes and is only filed;
- a reply is pending in the record before it is sent and marked sent after;
  each poll cycle resolves pending replies first: one the transport already
  has (the Sent folder, the outbox file) is marked sent, the others go now.
TRIAGE_CRASH_AT=<point> makes the process SIGKILL itself at that point (tests).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import random
import signal
import threading
import time
from datetime import datetime, timezone
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any, Callable

from triage import loopsafe
from triage.config import Config
from triage.digest.send import send_due
from triage.mailbox.imap import AuthFailed
from triage.mailbox.source import Arrival
from triage.mailbox.transport import RecipientRefused, TransportAuthFailed, TransportError
from triage.mask import mask_text
from triage.records import Outcome, ParsedMessage
from triage.errors import SourceError
from triage.store.db import Store, now_iso
from triage.store.record import record_duplicate, record_quarantine

log = logging.getLogger("triage.daemon")

CRASH_POINTS = ("after_fetch", "after_record", "after_pending", "after_send", "before_move")
FOLDERS = {
    "acknowledge": "Acknowledged", "reject_incomplete": "Rejected",
    "redirect_local": "Redirected", "redirect_opla": "Redirected",
    "escalate": "Escalated", "ignore": "Ignored",
}
LAST_POLL_OK = "daemon.last_poll_ok"
CUTOFF = "daemon.cutoff"


def crash_point(name: str) -> None:
    """Die here, hard, when the test harness asks for it."""
    if os.environ.get("TRIAGE_CRASH_AT") == name:
        log.warning("event=crash_injected point=%s", name)
        os.kill(os.getpid(), signal.SIGKILL)


class Backoff:
    """Capped exponential backoff with jitter (half to full of the step)."""

    def __init__(self, initial_s: float, max_s: float):
        self.initial, self.max, self.n = initial_s, max_s, 0

    def next(self) -> float:
        step = min(self.max, self.initial * (2 ** self.n))
        self.n += 1
        return step * random.uniform(0.5, 1.0)

    def reset(self) -> None:
        self.n = 0


class Daemon:
    def __init__(self, store: Store, config: Config, source: Any, transport: Any,
                 pipeline: Any, *, dry_run: bool = False, reply_to_backlog: bool | None = None):
        self.store, self.config = store, config
        self.source, self.transport, self.pipeline = source, transport, pipeline
        self.dry_run = dry_run
        self.reply_to_backlog = (config["daemon.reply_to_backlog"] if reply_to_backlog is None
                                 else reply_to_backlog)
        self.rules = loopsafe.rules_from_config(config)
        self.prefix = config["daemon.folder_prefix"].strip("/")
        self.limit = config["limits.max_message_bytes"]
        self.stopping = False
        self.handled: list[dict] = []  # one dict a message, as logged (tests, --dry-run)
        self._seen: set[str] = set()  # --dry-run files nothing, so skip what it saw
        self.cutoff = self._cutoff()

    # ------------------------------------------------------------ the loop
    def stop(self, *_: Any) -> None:
        self.stopping = True

    def run(self, once: bool = False) -> int:
        """Until stopped (or, with `once`, until the inbox is empty). 0 when clean."""
        restore = self._signals()
        backoff = Backoff(self.config["daemon.backoff_initial_ms"] / 1000,
                          self.config["daemon.backoff_max_s"])
        try:
            while not self.stopping:
                try:
                    self._cycle(once, backoff)
                    return 0
                except (SourceError, TransportError) as e:
                    self._failed(e)
                    if once:
                        return 1
                    _sleep(backoff.next(), lambda: self.stopping)
            return 0
        finally:
            restore()
            self.source.close()
            self.transport.close()

    def _cycle(self, once: bool, backoff: Backoff) -> None:
        connect = getattr(self.source, "connect", None)
        if connect is not None:
            connect()
        while not self.stopping:
            self.resolve_pending()
            n = self.poll()
            self.send_digest()
            backoff.reset()
            if n == 0:
                if once:
                    return
                self.source.wait(lambda: self.stopping)

    def poll(self) -> int:
        """Handle every message waiting now, one at a time; how many were handled."""
        n = 0
        for arrival in self.source.fetch():
            if self.stopping:
                break
            if arrival.key in self._seen:
                continue
            self.handle(arrival)
            n += 1
        if not self.stopping:
            self.store.set_state(LAST_POLL_OK, now_iso())
        return n

    def send_digest(self) -> None:
        """The reviewers' digest, once a day at its configured time."""
        if self.dry_run:
            return
        try:
            day = send_due(self.store, self.config, datetime.now(timezone.utc))
        except Exception as e:  # the digest must never stop the intake of mail
            log.exception("digest failed")
            self.store.event("digest_failed", {"error": f"{type(e).__name__}: {e}"})
            return
        if day is not None:
            log.info("digest sent for %s", day.isoformat())

    def _failed(self, e: Exception) -> None:
        kind = ("auth_failure" if isinstance(e, (AuthFailed, TransportAuthFailed))
                else "reply_failed" if isinstance(e, TransportError) else "connection_error")
        log.error("event=%s error=%s", kind, mask_text(str(e)))
        self.store.event(kind, {"error": mask_text(str(e))})

    def _signals(self) -> Callable[[], None]:
        if threading.current_thread() is not threading.main_thread():
            return lambda: None
        old = {s: signal.signal(s, self.stop) for s in (signal.SIGTERM, signal.SIGINT)}
        return lambda: [signal.signal(s, h) for s, h in old.items()] and None

    # ------------------------------------------------------------ one message
    def handle(self, arrival: Arrival) -> dict:
        crash_point("after_fetch")
        row = self._recorded(arrival)
        if row is None:
            outcome = self._process(arrival)
            crash_point("after_record")
            reply = self._reply_row(outcome)
            status = self.deliver(reply) if reply else None
            decision, quarantined = outcome.decision, outcome.quarantined
            line = {"case": outcome.case_ref, "reasons": outcome.reasons,
                    "duplicate_of": outcome.duplicate_of}
        else:  # recorded before a crash: its reply is the pending pass's business
            report = json.loads(row["report"] or "{}")
            decision = report.get("decision", "ignore")
            quarantined = row["status"] == "quarantined"
            status, line = "resumed", {"case": report.get("case_ref")}
        folder = f"{self.prefix}/{'Quarantine' if quarantined else FOLDERS.get(decision, 'Ignored')}"
        crash_point("before_move")
        if self.dry_run:
            self._seen.add(arrival.key)
        else:
            self.source.file(arrival, folder)
        line = {"source": arrival.label, "decision": decision, "quarantined": quarantined,
                **line, "reply": status, "folder": folder, "dry_run": self.dry_run}
        log.info("message %s", " ".join(f"{k}={_v(v)}" for k, v in line.items()))
        self.handled.append(line)
        return line

    def _recorded(self, arrival: Arrival) -> dict | None:
        sha = hashlib.sha256(arrival.raw).hexdigest()
        return self.store._first("select * from messages where source = ? and raw_sha256 = ? "
                                 "order by id limit 1", [arrival.label, sha])

    def _process(self, arrival: Arrival) -> Outcome:
        if arrival.truncated or max(arrival.size, len(arrival.raw)) > self.limit:
            return self._oversized(arrival)
        return self.pipeline.process(arrival.raw, arrival.label, arrival.received)

    def _oversized(self, arrival: Arrival) -> Outcome:
        """Quarantine unread, with a short polite reply saying why (one transaction)."""
        sha = hashlib.sha256(arrival.raw).hexdigest()
        first = self.store.first_with_raw(sha)
        if first:
            return record_duplicate(self.store, arrival.label, arrival.raw, sha, first)
        size = max(arrival.size, len(arrival.raw))
        received = arrival.received or datetime.now(timezone.utc)
        reply = _compose_oversized(header_message(arrival.raw, size), self.rules.our_address,
                                   received, self.limit)
        with self.store.db.atomic():
            outcome = record_quarantine(self.store, arrival.label, arrival.raw, sha,
                                        f"oversized: {size} bytes, over the limit of {self.limit}")
            pk = self.store._first("select id from messages where source = ? and raw_sha256 = ? "
                                   "order by id desc limit 1", [arrival.label, sha])["id"]
            self.store.update_message(pk, {"received_at": received.isoformat()})
            if reply is not None:
                self.store.insert_reply({
                    "message": pk, "message_id": reply.message_id,
                    "recipients": json.dumps(reply.to), "subject": reply.subject,
                    "language": reply.language, "template": reply.template, "raw": reply.raw,
                    "status": "pending", "created_at": now_iso()})
        outcome.reply, outcome.record_id = reply, pk
        return outcome

    def _reply_row(self, outcome: Outcome) -> dict | None:
        if outcome.reply is None:
            return None
        return self.store._first("select * from replies where message_id = ?",
                                 [outcome.reply.message_id])

    # ------------------------------------------------------------ replies
    def resolve_pending(self) -> None:
        """Replies left pending by a crash, a failed send or a requeue."""
        for row in self.store.replies_with_status("pending"):
            if self.stopping:
                return
            self.deliver(row, check_sent=True)

    def deliver(self, row: dict, check_sent: bool = False) -> str:
        """Gate, send and mark one pending reply; its new status."""
        to = json.loads(row["recipients"] or "[]")
        if check_sent and not self.dry_run and self.transport.already_sent(row["message_id"]):
            self._mark_sent(row, to)
            return "sent"
        reason = self.gate(row, to)
        if reason:
            if not self.dry_run:
                self.store.set_reply_status(row["id"], "suppressed", reason)
                self.store.event("reply_suppressed", {"reason": reason}, message=row["message"])
            return f"suppressed:{reason}"
        crash_point("after_pending")
        if self.dry_run:
            return "would_send"
        try:
            self.transport.send(row["raw"], to, row["message_id"])
        except RecipientRefused as e:
            self.store.set_reply_status(row["id"], "failed", str(e))
            self.store.event("reply_failed", {"error": str(e)}, message=row["message"])
            return "failed"
        crash_point("after_send")
        self._mark_sent(row, to)
        return "sent"

    def _mark_sent(self, row: dict, to: list[str]) -> None:
        with self.store.db.atomic():
            self.store.set_reply_status(row["id"], "sent")
            loopsafe.log_reply(self.store, row["id"], to)

    def gate(self, row: dict, to: list[str]) -> str | None:
        """Why this reply must not go out (backlog, loop safety), or None."""
        msg = self.store.message(row["message"]) or {}
        if self.cutoff and not self.reply_to_backlog and msg.get("received_at"):
            if _aware(datetime.fromisoformat(msg["received_at"])) < self.cutoff:
                return "backlog"
        raw = self.store.raw_bytes(msg.get("raw_sha256") or "") or b""
        return loopsafe.check(self.store, raw, to, self.rules)

    def _cutoff(self) -> datetime | None:
        given = self.config["daemon.cutoff"] or self.store.get_state(CUTOFF)
        if not given:
            given = now_iso()
            self.store.set_state(CUTOFF, given)
        return _aware(datetime.fromisoformat(given))


def header_message(raw: bytes, size: int) -> ParsedMessage:
    """What the header alone says: enough to answer an oversized message."""
    h = BytesHeaderParser(policy=default_policy).parsebytes(raw)
    headers: dict[str, list[str]] = {}
    for k, v in h.items():
        headers.setdefault(k.lower(), []).append(str(v))
    from_ = getaddresses(h.get_all("from", []))
    date = None
    try:
        date = parsedate_to_datetime(h["date"]) if h["date"] else None
    except (TypeError, ValueError):
        pass
    return ParsedMessage(
        raw_sha256=hashlib.sha256(raw).hexdigest(), message_id=h.get("message-id"),
        subject=str(h.get("subject", "")), from_name=from_[0][0] if from_ else None,
        from_addr=from_[0][1].lower() if from_ and from_[0][1] else None,
        reply_to=[a.lower() for _, a in getaddresses(h.get_all("reply-to", [])) if a],
        to=[a.lower() for _, a in getaddresses(h.get_all("to", [])) if a],
        cc=[a.lower() for _, a in getaddresses(h.get_all("cc", [])) if a],
        date=date, in_reply_to=h.get("in-reply-to"),
        references=str(h.get("references", "")).split(), headers=headers,
        body="", quoted="", forwarded=[], attachments=[], size=size)


def _compose_oversized(msg: ParsedMessage, our_address: str, received: datetime, limit: int):
    from triage.reply.compose import compose_oversized

    try:
        return compose_oversized(msg, our_address=our_address, received=received,
                                 limit_bytes=limit)
    except Exception:  # the message is still quarantined for a person; only the note is lost
        log.exception("event=oversized_reply_failed")
        return None


def _aware(d: datetime) -> datetime:
    return d if d.tzinfo else d.replace(tzinfo=timezone.utc)


def _v(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        value = ",".join(map(str, value))
    return mask_text(str(value)).replace(" ", "_") if value not in (None, "") else "-"


def _sleep(seconds: float, stop: Callable[[], bool]) -> None:
    end = time.monotonic() + seconds
    while not stop() and time.monotonic() < end:
        time.sleep(min(0.2, max(0.0, end - time.monotonic())))

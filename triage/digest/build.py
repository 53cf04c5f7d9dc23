"""The data of one day's digest, read from the record; rendering is render.py.

The digest for day D covers the window from D-1 to D at `digest.time` in
`digest.timezone`, so consecutive digests neither overlap nor leave a gap.
Standing queues (safety, detained, imminent removals) list every open case
whatever the window; the rest is what arrived in the window. Every value that
could identify a person is masked here, before any template sees it.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from triage.config import Config, load_config
from triage.mask import mask_a_number, mask_text
from triage.store.db import Store

DECISIONS = ("escalate", "acknowledge", "reject_incomplete", "redirect_local",
             "redirect_opla", "ignore", "quarantined")

DECISION_LABELS = {
    "escalate": "escalated", "acknowledge": "acknowledged",
    "reject_incomplete": "incomplete", "redirect_local": "to local office",
    "redirect_opla": "to OPLA", "ignore": "ignored", "quarantined": "quarantined",
}

# The findings that make each decision, in the order the why line names them.
DECIDING = {
    "escalate": ("safety_concern",),
    "redirect_opla": ("opla_matter",),
    "redirect_local": ("no_local_review", "local_review_outside_priorities", "facts_changed"),
    "reject_incomplete": tuple(f"missing_{f}" for f in (
        "name", "a_number", "date_of_birth", "country_of_birth", "phone", "email",
        "relief", "local_outcome", "authorization")),
    "ignore": ("auto_generated", "not_a_request"),
}

REASON_LABELS = {
    "safety_concern": "safety concern", "opla_matter": "removal-proceedings matter (OPLA)",
    "no_local_review": "no local field office review yet",
    "local_review_outside_priorities": "local answer dates from 2022-06-24 to 2023-07-27",
    "facts_changed": "facts changed since the local review",
    "auto_generated": "automatic mail", "not_a_request": "not a case-review request",
    "existing_case": "joins an open case", "missing_local_copies": "local copies missing",
}


def reason_label(code: str) -> str:
    if code in REASON_LABELS:
        return REASON_LABELS[code]
    if code.startswith("missing_"):
        return code[len("missing_"):].replace("_", " ").replace("a number", "A-number")
    return code.replace("_", " ")


@dataclass
class CaseLine:
    ref: str
    a_number: str  # masked
    role: str
    why: str  # masked
    decision: str
    priority: str | None
    reasons: list[str]
    new: bool  # a message of this case arrived in the window
    due_date: str | None = None
    days_left: int | None = None
    removal_date: str | None = None
    removal_in: int | None = None  # days from the digest's day to the removal date


@dataclass
class Group:
    title: str
    cases: list[CaseLine]


@dataclass
class MailLine:
    received: str  # local time
    sender: str  # masked
    subject: str  # masked
    why: str


@dataclass
class Health:
    level: str  # ok | warn | alert
    line: str
    last_poll_ok: str | None
    stalled: bool
    auth_failures: int
    connection_errors: int
    reply_failures: int
    replies_pending: int
    replies_failed: int
    quarantined: int


@dataclass
class Digest:
    day: date
    window_start: datetime
    window_end: datetime
    tz: str
    health: Health
    safety: list[CaseLine]
    detained: list[CaseLine]
    imminent: list[CaseLine]
    acknowledged: list[CaseLine]
    redirects: list[Group]
    ignored: list[MailLine]
    today: dict[str, int]  # the window's volume by decision
    volume: list[tuple[date, dict[str, int]]] = field(default_factory=list)

    @property
    def received(self) -> int:
        return sum(self.today.values())

    @property
    def nothing_new(self) -> bool:
        """Nothing arrived and no standing queue needs anyone: the short digest."""
        return self.received == 0 and not (self.safety or self.detained or self.imminent)

    @property
    def overdue(self) -> int:
        return sum(1 for c in self.detained if c.days_left is not None and c.days_left < 0)


def window(day: date, config: Config) -> tuple[datetime, datetime]:
    """The digest's window, [D-1 at digest.time, D at digest.time), in UTC."""
    tz = ZoneInfo(config["digest.timezone"])
    at = time.fromisoformat(config["digest.time"])
    end = datetime.combine(day, at, tzinfo=tz)
    start = datetime.combine(day - timedelta(days=1), at, tzinfo=tz)
    return start.astimezone(timezone.utc), end.astimezone(timezone.utc)


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _messages(store: Store, first: date) -> list[dict]:
    # received_at carries the sender's offset: filter coarsely in SQL, exactly here.
    rows = store.db.query(
        "select id, case_id, status, received_at, from_addr, subject, error, report "
        "from messages where status != 'duplicate' and substr(received_at, 1, 10) >= ? "
        "order by id", [(first - timedelta(days=2)).isoformat()])
    out = []
    for row in rows:
        row["at"] = _when(row["received_at"])
        if row["at"] is not None:
            out.append(row)
    return out


def _first_received(store: Store) -> dict[int, datetime]:
    first: dict[int, datetime] = {}
    for row in store.db.query("select case_id, received_at from messages "
                              "where case_id is not null and received_at is not null"):
        at = _when(row["received_at"])
        if at is not None and (row["case_id"] not in first or at < first[row["case_id"]]):
            first[row["case_id"]] = at
    return first


def _decision_of(row: dict) -> str:
    if row["status"] == "quarantined":
        return "quarantined"
    try:
        return json.loads(row["report"] or "{}").get("decision") or "ignore"
    except ValueError:
        return "ignore"


def _why(store: Store, case: dict) -> str:
    rows = list(store.db.query(
        "select findings from decisions where case_id = ? order by id desc limit 1", [case["id"]]))
    findings = json.loads(rows[0]["findings"] or "[]") if rows else []
    whys = {f.get("code"): f.get("why") or reason_label(f.get("code", "")) for f in findings}
    reasons = json.loads(case["reasons"] or "[]")
    deciding = [c for c in DECIDING.get(case["decision"], ()) if c in reasons or c in whys]
    if not deciding:
        if case["decision"] == "acknowledge":
            extra = [reason_label(r) for r in reasons]
            return "complete request" + (f" ({', '.join(extra)})" if extra else "")
        deciding = reasons
    if case["decision"] == "reject_incomplete":
        return "missing: " + ", ".join(reason_label(c) for c in deciding)
    text = "; ".join(whys.get(c) or reason_label(c) for c in deciding[:2])
    text = mask_text(" ".join(text.split()))
    return text if len(text) <= 160 else text[:157].rstrip() + "..."


def _case_line(store: Store, case: dict, day: date, new_ids: set[int]) -> CaseLine:
    fields = json.loads(case["fields"] or "{}")
    line = CaseLine(
        ref=case["ref"], a_number=mask_a_number(case["a_number"]) or "no A-number",
        role=fields.get("requester_role") or "unknown", why=_why(store, case),
        decision=case["decision"], priority=case["priority"],
        reasons=json.loads(case["reasons"] or "[]"), new=case["id"] in new_ids,
        due_date=case["due_date"], removal_date=case["removal_date"])
    if case["due_date"]:
        line.days_left = (date.fromisoformat(case["due_date"]) - day).days
    if case["removal_date"]:
        line.removal_in = (date.fromisoformat(case["removal_date"]) - day).days
    return line


def _health(store: Store, config: Config, in_window: list[dict], start: datetime,
            now: datetime) -> Health:
    since = _when(store.get_state("digest.last_sent_at")) or start
    since_iso = since.astimezone(timezone.utc).isoformat(timespec="seconds")
    kinds = Counter(r["kind"] for r in store.db.query(
        "select kind from events where at >= ? and kind in "
        "('auth_failure', 'connection_error', 'reply_failed')", [since_iso]))
    replies = Counter(r["status"] for r in store.db.query(
        "select status from replies where status in ('pending', 'failed')"))
    quarantined = sum(1 for r in in_window if r["status"] == "quarantined")
    last = _when(store.get_state("daemon.last_poll_ok"))
    stalled = last is None or now - last > timedelta(minutes=config["digest.stall_minutes"])
    tz = ZoneInfo(config["digest.timezone"])
    if last is None:
        poll = "NO SUCCESSFUL POLL RECORDED"
    else:
        ago = _ago(now - last)
        poll = f"{'STALLED: ' if stalled else ''}last successful poll {ago} ago " \
               f"({last.astimezone(tz):%Y-%m-%d %H:%M %Z})"
    parts = [poll,
             f"{kinds['auth_failure']} authentication and {kinds['connection_error']} "
             f"connection failures since the last digest",
             f"replies {replies['pending']} pending, {replies['failed']} failed",
             f"{quarantined} quarantined"]
    alert = stalled or kinds["auth_failure"] > 0
    warn = kinds["connection_error"] or kinds["reply_failed"] or replies["failed"] or quarantined
    return Health(level="alert" if alert else "warn" if warn else "ok",
                  line="; ".join(parts), last_poll_ok=last.isoformat() if last else None,
                  stalled=stalled, auth_failures=kinds["auth_failure"],
                  connection_errors=kinds["connection_error"],
                  reply_failures=kinds["reply_failed"], replies_pending=replies["pending"],
                  replies_failed=replies["failed"], quarantined=quarantined)


def _ago(delta: timedelta) -> str:
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if hours < 48 else f"{hours // 24} days"


def _mail_line(row: dict, tz: ZoneInfo) -> MailLine:
    if row["status"] == "quarantined":
        why = "quarantined: " + mask_text(row["error"] or "unreadable")
    else:
        reasons = json.loads(row["report"] or "{}").get("reasons") or []
        why = ", ".join(reason_label(r) for r in reasons) or "ignored"
    return MailLine(received=f"{row['at'].astimezone(tz):%Y-%m-%d %H:%M}",
                    sender=mask_text(row["from_addr"] or "(no sender)"),
                    subject=mask_text(row["subject"] or "(no subject)"), why=why)


def _groups(lines: list[CaseLine]) -> list[Group]:
    by: dict[str, list[CaseLine]] = {}
    for c in lines:
        codes = [r for r in DECIDING[c.decision] if r in c.reasons] or ["other"]
        name = DECISION_LABELS[c.decision]
        label = name[0].upper() + name[1:] + ": " + ", ".join(
            reason_label(r) for r in codes)
        by.setdefault(label, []).append(c)
    return [Group(k, v) for k, v in sorted(by.items(), key=lambda kv: (-len(kv[1]), kv[0]))]


def _volume(rows: list[dict], day: date, days: int, tz: ZoneInfo) -> list[tuple[date, dict]]:
    counts: dict[date, Counter] = {day - timedelta(days=n): Counter() for n in range(days, 0, -1)}
    for r in rows:
        d = r["at"].astimezone(tz).date()
        if d in counts:
            counts[d][_decision_of(r)] += 1
    return [(d, dict(c)) for d, c in counts.items()]


def build_digest(store: Store, day: date, config: Config | None = None,
                 now: datetime | None = None) -> Digest:
    """Everything the digest for `day` shows, masked and in its order."""
    config = config or load_config()
    now = now or datetime.now(timezone.utc)
    tz = ZoneInfo(config["digest.timezone"])
    start, end = window(day, config)
    rows = _messages(store, day - timedelta(days=config["digest.chart_days"]))
    in_window = [r for r in rows if start <= r["at"] < end]
    new_ids = {r["case_id"] for r in in_window if r["case_id"] is not None}
    cases = {c["id"]: c for c in store.db.query(
        "select * from cases where status = 'open' order by ref")}
    for pk in new_ids - set(cases):
        case = store.case_by_id(pk)
        if case:
            cases[pk] = case
    opened = _first_received(store)
    lines = [_case_line(store, c, day, new_ids) for c in cases.values()
             if opened.get(c["id"], start) < end]  # a past day's digest shows no later case
    is_open = {c["ref"] for c in cases.values() if c["status"] == "open"}
    open_lines = [c for c in lines if c.ref in is_open]
    new_lines = [c for c in lines if c.new]
    far = date.max.isoformat()
    return Digest(
        day=day, window_start=start, window_end=end, tz=config["digest.timezone"],
        health=_health(store, config, in_window, start, now),
        safety=[c for c in open_lines if c.decision == "escalate"],
        detained=sorted((c for c in open_lines if c.priority == "detained" and c.due_date),
                        key=lambda c: (c.due_date, c.ref)),
        imminent=sorted((c for c in open_lines if c.priority == "imminent_removal"),
                        key=lambda c: (c.removal_date or far, c.ref)),
        acknowledged=[c for c in new_lines if c.decision == "acknowledge"],
        redirects=_groups([c for c in new_lines if c.decision in
                           ("reject_incomplete", "redirect_local", "redirect_opla")]),
        ignored=[_mail_line(r, tz) for r in in_window
                 if r["status"] == "quarantined" or r["case_id"] is None],
        today=dict(Counter(_decision_of(r) for r in in_window)),
        volume=_volume(rows, day, config["digest.chart_days"], tz))

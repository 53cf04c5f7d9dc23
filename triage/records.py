"""Plain typed records passed between the stages of the pipeline.

    read    -> ParsedMessage   (triage.mail.message.read_message)
    extract -> Extraction      (triage.extract.fields.extract)
    cases   -> Facts           (triage.cases: the case's merged view)
    decide  -> Decision        (triage.policy.decide.decide)
    reply   -> Reply | None    (triage.reply.compose.compose_reply)
    record  -> rows in SQLite  (triage.store)

Nothing here does work; every stage takes and returns these records.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

# ---------------------------------------------------------------- reading


@dataclass
class Attachment:
    """One attachment as found, whatever became of it."""

    index: int
    filename: str | None
    content_type: str  # as declared by the sender
    kind: str  # from the bytes: pdf | image | zip | message | text | other
    size: int
    sha256: str
    # read | unreadable | encrypted | empty | needs_ocr | not_read | skipped
    status: str
    error: str | None = None
    pages: list[str] = field(default_factory=list)  # text, one entry a page
    method: str | None = None  # how the text was got: pdfplumber, pypdfium2, ocr, text
    payload: bytes = field(default=b"", repr=False)


@dataclass
class TextPart:
    """A span of the request's own text with where it came from."""

    text: str
    where: str  # subject | body | forwarded | attachment:<filename or #index>
    page: int | None = None  # 1-based page of an attachment
    method: str = "text"  # text | html | pdfplumber | pypdfium2 | ocr


@dataclass
class ParsedMessage:
    raw_sha256: str
    message_id: str | None
    subject: str
    from_name: str | None
    from_addr: str | None  # lower-case address, None when From has none
    reply_to: list[str]
    to: list[str]
    cc: list[str]
    date: datetime | None
    in_reply_to: str | None
    references: list[str]
    headers: dict[str, list[str]]  # lower-case header name -> decoded values
    body: str  # the sender's own words: quoted history removed
    quoted: str  # quoted history, kept apart and never taken for this request
    forwarded: list[str]  # forwarded messages: part of the request
    attachments: list[Attachment]
    defects: list[str] = field(default_factory=list)
    size: int = 0

    def parts(self) -> list[TextPart]:
        """Every text that belongs to this request, with its provenance."""
        out = [TextPart(self.subject, "subject"), TextPart(self.body, "body")]
        out += [TextPart(t, "forwarded") for t in self.forwarded]
        for a in self.attachments:
            where = f"attachment:{a.filename or '#%d' % a.index}"
            for n, page in enumerate(a.pages, 1):
                out.append(TextPart(page, where, n, a.method or "text"))
        return [p for p in out if p.text and p.text.strip()]


# ---------------------------------------------------------------- extracting

FIELD_NAMES = (
    "name", "a_number", "date_of_birth", "country_of_birth", "phone", "email",
    "relief", "local_review", "local_outcome", "local_response_date",
    "detained", "removal_date", "requester_role", "authorization",
)


@dataclass
class Fields:
    """The contract's `fields`, in its own value forms (see CONTRACT.md)."""

    name: str | None = None
    a_number: str | None = None  # "A" + 9 digits
    date_of_birth: date | None = None
    country_of_birth: str | None = None  # ISO 3166-1 alpha-2
    phone: str | None = None  # E.164
    email: str | None = None  # lower-case
    relief: list[str] = field(default_factory=list)
    local_review: str = "not_requested"  # requested | not_requested
    local_outcome: str | None = None  # denied granted partial no_response pending
    local_response_date: date | None = None
    detained: bool = False
    removal_date: date | None = None
    requester_role: str = "self"  # self attorney representative family other
    authorization: list[str] = field(default_factory=list)  # G-28, I-60-001

    @classmethod
    def from_json(cls, values: dict[str, Any]) -> "Fields":
        values = {k: v for k, v in values.items() if k in FIELD_NAMES}
        for k in ("date_of_birth", "local_response_date", "removal_date"):
            if values.get(k):
                values[k] = date.fromisoformat(values[k])
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        for k, v in out.items():
            if isinstance(v, date):
                out[k] = v.isoformat()
            elif isinstance(v, list):
                out[k] = sorted(set(v))
        return out


@dataclass
class Found:
    """One extracted value and where it came from (provenance)."""

    field: str
    value: Any
    where: str  # as TextPart.where, or header:<name>
    page: int | None
    method: str  # which pattern or model, e.g. regex:a_number.labelled
    snippet: str = ""  # the text it was read from (masked before display)


@dataclass
class Signals:
    """What the policy needs beyond the contract's fields."""

    local_review_said: bool = False  # the writer said something either way
    facts_changed: bool = False
    safety: list[str] = field(default_factory=list)  # kinds: assault, detention_conditions, trafficking, mental_health, child_separation
    not_a_request: bool = False
    auto_generated: str | None = None  # why, when the mail is machine-made
    local_request_copy: bool = False  # copy of the local request attached/said attached
    local_response_copy: bool = False  # copy of the local answer attached/said attached
    imminent_removal: bool = False


@dataclass
class Extraction:
    language: str  # ISO 639-1 of the request's own text
    fields: Fields
    signals: Signals
    found: list[Found] = field(default_factory=list)


# ---------------------------------------------------------------- deciding


@dataclass
class Facts:
    """What a decision is taken on: one message, or a case's merged view."""

    language: str
    fields: Fields
    signals: Signals
    existing_case: bool = False


@dataclass
class Finding:
    code: str  # reason code of CONTRACT.md
    why: str  # one line, for the reviewer


@dataclass
class Decision:
    decision: str  # acknowledge reject_incomplete redirect_local redirect_opla escalate ignore
    reasons: list[str]  # sorted, unique
    priority: str | None  # detained imminent_removal standard; None when ignored
    findings: list[Finding] = field(default_factory=list)
    rules_missed: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- replying


@dataclass
class Reply:
    to: list[str]
    subject: str
    language: str
    message_id: str
    template: str
    raw: bytes = field(repr=False)  # the whole RFC 5322 message


# ---------------------------------------------------------------- the outcome


@dataclass
class Outcome:
    """What became of one input message: the report line's substance."""

    source: str
    message_id: str | None
    language: str | None
    decision: str
    reasons: list[str]
    priority: str | None
    case_ref: str | None
    fields: Fields | None
    reply: Reply | None = None
    quarantined: bool = False
    error: str | None = None
    duplicate_of: str | None = None
    record_id: int | None = None  # the messages row

"""Replies: a decision and its facts become one RFC 5322 message.

Every word sent lives in templates/ (one file per decision and language);
this module only chooses the template, fills it, and builds the headers. Any
header value taken from the incoming mail is stripped of control characters
first, so a crafted subject or display name cannot add headers.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path

import jinja2

from triage.mask import mask_a_number
from triage.policy.rules.local_copies import missing_copies
from triage.policy.rules.opla_matter import OPLA_RELIEF
from triage.records import Decision, Facts, ParsedMessage, Reply

FROM_NAME = "ICE Case Review (automated reply)"
DETAINED_ANSWER_DAYS = 14  # seed 003: "endeavor to respond within 14 days"

# The order missing items are listed in, as seed 003 lists them.
MISSING_ORDER = (
    "missing_name", "missing_a_number", "missing_date_of_birth",
    "missing_country_of_birth", "missing_phone", "missing_email",
    "missing_relief", "missing_local_outcome", "missing_authorization",
)

# Reply prefixes in the languages we see (Re, RE, RV, AW, SV), possibly
# repeated or numbered ("Re[2]:"), so that only one "Re:" is ever written.
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|rv|aw|sv)(?:\[\d+\])?\s*:)+\s*", re.IGNORECASE)
_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"\\]+@[^@\s<>()\[\],;:\"\\]+\.[^@\s<>()\[\],;:\"\\]+$")

_MSGID = re.compile(r"<[^<>\s]+>")

_ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=False,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def clean_header(value: str | None) -> str:
    """One line of text: control, format and line-separator characters gone."""
    if not value:
        return ""
    kept = (
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch
        for ch in value
    )
    return " ".join("".join(kept).split())


def _msgids(values: list[str | None]) -> list[str]:
    """Only `<...>` tokens pass from incoming ids into our threading headers."""
    out: list[str] = []
    for value in values:
        for token in _MSGID.findall(clean_header(value)):
            if token not in out:
                out.append(token)
    return out


def reply_language(language: str | None) -> str:
    return "es" if (language or "").lower().startswith("es") else "en"


# A Reply-To listing hundreds of addresses must not turn one message into a
# mass mailing (amplification); a real sender names one or two.
MAX_RECIPIENTS = 3


def recipients(msg: ParsedMessage, our_address: str) -> list[str]:
    """Reply-To, else From; never our own address; only well-formed ones; at most 3."""
    ours = our_address.strip().lower()

    def usable(addresses: list[str]) -> list[str]:
        out: list[str] = []
        for addr in addresses:
            addr = clean_header(addr)
            # A non-ASCII (RFC 6532) address cannot go into our 7-bit reply
            # headers (formataddr raises): such a sender gets no automatic reply.
            if (_ADDRESS.match(addr) and addr.isascii() and addr.lower() != ours
                    and addr.lower() not in out):
                out.append(addr.lower())
        return out

    found = usable(msg.reply_to) or usable([msg.from_addr] if msg.from_addr else [])
    return found[:MAX_RECIPIENTS]


def reply_subject(original: str, case_ref: str | None, default: str) -> str:
    """`Re: <subject> [<case ref>]` with no doubled prefix or reference."""
    subject = _REPLY_PREFIX.sub("", clean_header(original)).strip() or default
    if case_ref and case_ref.lower() not in subject.lower():
        subject = f"{subject} [{case_ref}]"
    return f"Re: {subject}"


def _phrases(language: str) -> object:
    return _ENV.get_template(f"_phrases.{language}.txt").module


def _render(template: str, context: dict) -> str:
    body = _ENV.get_template(f"{template}.txt").render(context)
    # Optional paragraphs that are left out leave runs of blank lines behind.
    return re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"


def _context(facts: Facts, decision: Decision, case_ref: str | None, received: datetime) -> dict:
    reasons = set(decision.reasons)
    due = None
    if decision.priority == "detained":
        due = (received + timedelta(days=DETAINED_ANSWER_DAYS)).date()
    return {
        "case_ref": clean_header(case_ref) or None,
        "name": clean_header(facts.fields.name) or None,
        "a_number": mask_a_number(facts.fields.a_number),
        "for_self": facts.fields.requester_role == "self",
        "missing": [code for code in MISSING_ORDER if code in reasons],
        "copies": missing_copies(facts) if "missing_local_copies" in reasons else [],
        "reasons": sorted(reasons),
        "due_date": due,
        "existing_case": "existing_case" in reasons,
        # Anything asked beside the OPLA relief is ERO's, and may come back here.
        "ero_also": bool(set(facts.fields.relief) - OPLA_RELIEF),
    }


def _build(
    msg: ParsedMessage, to: list[str], subject: str, body: str, *, language: str,
    template: str, our_address: str, received: datetime, message_id: str | None,
) -> Reply:
    out = EmailMessage(policy=SMTP)
    out["From"] = formataddr((FROM_NAME, our_address))
    if to == [msg.from_addr] and clean_header(msg.from_name):
        out["To"] = formataddr((clean_header(msg.from_name), to[0]))
    else:
        out["To"] = ", ".join(to)
    out["Subject"] = subject
    when = received if received.tzinfo else received.replace(tzinfo=timezone.utc)
    out["Date"] = format_datetime(when)
    message_id = clean_header(message_id) or make_msgid(domain=our_address.rpartition("@")[2])
    out["Message-ID"] = message_id
    original = _msgids([msg.message_id])[:1]
    if original:
        out["In-Reply-To"] = original[0]
    refs = _msgids([*msg.references, *original])
    if refs:
        out["References"] = " ".join(refs)
    out["Auto-Submitted"] = "auto-replied"  # RFC 3834: keeps other robots from answering
    out["X-Loop"] = our_address
    out.set_content(body, subtype="plain", charset="utf-8", cte="quoted-printable")
    out["Content-Language"] = language  # after set_content, which clears Content-*
    return Reply(to, subject, language, message_id, template, bytes(out))


def compose_reply(
    msg: ParsedMessage, facts: Facts, decision: Decision, case_ref: str | None, *,
    our_address: str, received: datetime, message_id: str | None = None,
) -> Reply | None:
    """The reply to `msg` for `decision`; None when ignored or unanswerable."""
    if decision.decision == "ignore":
        return None
    to = recipients(msg, our_address)
    if not to:
        return None
    language = reply_language(facts.language)
    template = f"{decision.decision}.{language}"
    body = _render(template, _context(facts, decision, case_ref, received))
    subject = reply_subject(msg.subject, case_ref, _phrases(language).DEFAULT_SUBJECT)
    return _build(
        msg, to, subject, body, language=language, template=template,
        our_address=our_address, received=received, message_id=message_id,
    )


def _machine_made(msg: ParsedMessage) -> bool:
    """RFC 3834 signs, read from headers only: an unread message was never
    through extraction, and answering a robot risks a mail loop."""
    h = msg.headers
    auto = [v.strip().lower() for v in h.get("auto-submitted", [])]
    precedence = [v.strip().lower() for v in h.get("precedence", [])]
    sender = (msg.from_addr or "").partition("@")[0].lower()
    return (
        any(v and v != "no" for v in auto)
        or any(v in ("bulk", "list", "junk") for v in precedence)
        or bool(h.get("list-id") or h.get("x-autoreply"))
        or any(v.strip() == "<>" for v in h.get("return-path", []))
        or sender in ("mailer-daemon", "postmaster")
    )


def _oversized_language(msg: ParsedMessage) -> str:
    # The message was never read, so only what its headers declare is known.
    for name in ("content-language", "accept-language"):
        for value in msg.headers.get(name, []):
            return reply_language(value.strip())
    return "en"


def _limit_words(limit_bytes: int) -> str:
    if limit_bytes >= 1024 * 1024:
        return f"{limit_bytes / (1024 * 1024):g} MB"
    return f"{limit_bytes // 1024} KB"


def compose_oversized(
    msg: ParsedMessage, *, our_address: str, received: datetime, limit_bytes: int,
    message_id: str | None = None,
) -> Reply | None:
    """Tell the sender a message over `limit_bytes` was not read; None when
    there is no one to tell or the message came from a machine."""
    to = recipients(msg, our_address)
    if not to or _machine_made(msg):
        return None
    language = _oversized_language(msg)
    template = f"oversized.{language}"
    body = _render(template, {"limit": _limit_words(limit_bytes)})
    subject = reply_subject(msg.subject, None, _phrases(language).DEFAULT_SUBJECT)
    return _build(
        msg, to, subject, body, language=language, template=template,
        our_address=our_address, received=received, message_id=message_id,
    )

"""Telephone numbers and e-mail addresses given for correspondence."""
from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberType

from triage.extract.anumber import find_a_numbers

# The Detention Reporting and Information Line: quoted back at us, never the writer's.
_OFFICIAL = {"+18883514024"}
_PHONE_CUE = re.compile(
    r"phone|tel\b|tel[eé]fono|tel\.|cell|celular|\bcel\b|mobile|m[oó]vil|whats\s?app|"
    r"call|ll[aá]me|llamar|contact|contacto|\bph\b|\bp:|\bt:|\bc:|n[úu]mero|"
    r"\bdirect\b|\bdial\b|\bcall\s+me\b|\btext\b|\btextear|m[áa]ndame|marcar|\bmarque",
    re.I,
)
# After the cue, a word saying the number is something else: "número de booking 2026-118834".
_NOT_PHONE = re.compile(
    r"booking|inmate|\bspn\b|\bcase\b|\bcaso\b|receipt|recibo|expediente|docket|\bid\b|alien|"
    r"extranjero|\ba\b|\bssn\b|seguro\s+social|registro|reserva|cuenta|account|confirmation",
    re.I,
)
# US numbers come as 3-3-4 (or 10/11 digits run together); "2026-118834" is a reference.
_US_SHAPE = re.compile(r"^\+?1?[\s.\-]*\(?\d{3}\)?[\s.\-]*\d{3}[\s.\-]*\d{4}(?:\D.*)?$")
_FAX = re.compile(r"fax|facs[ií]mil", re.I)
_SKIP_TYPES = {PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE,
               PhoneNumberType.SHARED_COST}

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_EMAIL_CUE = re.compile(
    r"e-?mail|correo|contact(?:ar)?(?:me)?|reply|respond|respuesta|escr[ií]b|write|"
    r"reach|comunicar|\be:|mailto",
    re.I,
)
_ICE = re.compile(r"@(?:[\w-]+\.)*dhs\.gov$", re.I)


@dataclass(frozen=True)
class ContactHit:
    value: str
    start: int
    end: int
    cued: bool  # a phone/email cue word sits just before it


def _cued(text: str, start: int, cue: re.Pattern, width: int = 40, not_cue: re.Pattern | None = None) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    window = text[max(line_start, start - width):start]
    cues = list(cue.finditer(window))
    if not cues:
        return False
    return not (not_cue and not_cue.search(window[cues[-1].end():]))


def _is_fax(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    window = text[max(line_start, start - 25):start]
    return bool(_FAX.search(window))


def _phone_ok(text: str, m: phonenumbers.PhoneNumberMatch, spans: list) -> bool:
    before = text[m.start - 1] if m.start else " "
    after = text[m.end] if m.end < len(text) else " "
    if before.isalnum() or after.isalnum() or before in "#-/" or after in "-/":
        return False  # part of a receipt, case or A-number
    if any(m.start < e and s < m.end for s, e in spans):
        return False
    num = m.number
    if num.country_code == 1 and not _US_SHAPE.match(m.raw_string.strip()):
        return False
    if len(str(num.national_number)) < (10 if num.country_code == 1 else 7):
        return False
    if phonenumbers.format_number(num, PhoneNumberFormat.E164) in _OFFICIAL:
        return False
    if num.country_code == 1 and phonenumbers.number_type(num) in _SKIP_TYPES:
        return False
    return not _is_fax(text, m.start)


def find_phones(text: str) -> list[ContactHit]:
    """Every plausible phone number, E.164, in position order; never raises."""
    if not text:
        return []
    spans = [(h.start, h.end) for h in find_a_numbers(text)]
    spans += [m.span() for m in re.finditer(r"\b[A-Z]{3}\d{10}\b", text)]
    # SSN and ZIP+4 shapes are never phones.
    spans += [m.span() for m in re.finditer(r"\b\d{3}-\d{2}-\d{4}\b|\b\d{5}-\d{4}\b", text)]
    out = []
    try:
        matches = list(phonenumbers.PhoneNumberMatcher(text, "US", leniency=Leniency.POSSIBLE))
    except Exception:  # the matcher is third-party code on hostile text
        return []
    for m in matches:
        if not _phone_ok(text, m, spans):
            continue
        value = phonenumbers.format_number(m.number, PhoneNumberFormat.E164)
        out.append(ContactHit(value, m.start, m.end, _cued(text, m.start, _PHONE_CUE, not_cue=_NOT_PHONE)))
    return out


# Typed on a phone or hidden from spam bots: "ana @ example.com", "ana [at] example [dot] com".
_AT = r"(?:\s*@\s*|\s*[\[(]\s*(?:at|arroba)\s*[\])]\s*|\s+(?:at|arroba)\s+)"
_DOT = r"(?:\.|\s*[\[(]\s*(?:dot|punto)\s*[\])]\s*|\s+(?:dot|punto)\s+)"
_SPELLED = re.compile(rf"(?<![\w.+-])(?P<u>[\w.+-]+){_AT}(?P<d>[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)*{_DOT}(?:com|org|net|edu|us|mx|gov|info|co))\b", re.I)


def _spelled_emails(text: str, taken: list[ContactHit]) -> list[ContactHit]:
    """Written-out addresses, taken only right after an e-mail cue."""
    out = []
    for m in _SPELLED.finditer(text):
        if any(h.start < m.end() and m.start() < h.end for h in taken):
            continue
        if not _cued(text, m.start(), _EMAIL_CUE, 30):
            continue
        domain = re.sub(_DOT, ".", m.group("d"), flags=re.I)
        value = f"{m.group('u')}@{domain}".lower()
        if _EMAIL.fullmatch(value) and not _ICE.search(value):
            out.append(ContactHit(value, m.start(), m.end(), True))
    return out


def find_emails(text: str) -> list[ContactHit]:
    """Every address but ICE's own, lower-case, in position order."""
    out = []
    for m in _EMAIL.finditer(text or ""):
        value = m.group(0).strip(".").lower()
        if _ICE.search(value):
            continue
        out.append(ContactHit(value, m.start(), m.end(), _cued(text, m.start(), _EMAIL_CUE)))
    return sorted(out + _spelled_emails(text or "", out), key=lambda h: h.start)


def best(hits: list[ContactHit]) -> ContactHit | None:
    """A cued hit first, else the first one."""
    cued = [h for h in hits if h.cued]
    return (cued or hits or [None])[0]

"""Who the request is about: name, A-number, birth, phone, e-mail.

Only the request's own text (msg.parts(): subject, body, forwarded mail,
attachment pages) is read; the quoted history never is. Each value comes with
a records.Found saying where it was read and by which pattern.
"""
from __future__ import annotations

import re
from datetime import date

from triage.extract.anumber import find_a_numbers
from triage.extract.contact import best, find_emails, find_phones
from triage.extract.countries import US_STATES, find_countries
from triage.extract.dates import _MONTHS as _MON_WORD, find_dates, parse_date
from triage.extract.name_choice import Mention, choose
from triage.extract.name_cues import writes_for_self, writes_for_someone
from triage.extract.names import find_names
from triage.records import Found, ParsedMessage, TextPart

_BIRTH_CUE = re.compile(
    r"\bd\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|birth\s*date|birthday|\bborn\b(?:\s+on)?|(?<![\w.])b\.(?=\s?\d|\s*$)|"
    r"fecha\s+de\s+na[cs](?:imiento|\.)?|f\.?\s*(?:de\s+)?nac\b\.?|na[cs]id[oa]s?\b|na[cs]i[óo]\b|nac[íi]\b|"
    r"\bnas[íi]\b|cumplea[ñn]os|fec\.?\s+nac\.?|\bb-?day\b|birth\s+day|"
    # Portuguese and French, which some writers use.
    r"data\s+de\s+nascimento|nascid[oa]\b|\bnasci\b|date\s+de\s+naissance|\bn[ée]e?\s+le\b",
    re.I,
)
_OTHER_EVENT = re.compile(
    r"arrest|detain|entr(?:y|ered)|hearing|removal|deport|releas|order|denied|letter|"
    r"arrest|detenid|entr[óo]|audiencia|deportaci|orden|carta|respuesta|response|"
    r"detuv|agarr|captur|\bpicked\s+up|\btaken\b|\bcheck-?in\b|\bllev[oa]ron\b|\blleg[óo]\b|\barrived\b|\bcame\b",
    re.I,
)
# A relative just before the birth cue, with no turn back to the person: their birth, not the person's.
# ("my son was born ..." may well be the person: only his/her/their/our relatives are someone else.)
_KIN_BORN = re.compile(
    r"(?:\b(?:his|her|their|our|su|sus|nuestr[oa]s?|two|three|four|dos|tres|cuatro)|\w['’]s)\s+(?:\w+\s+)?(?:son|daughter|child|baby|grandson|granddaughter|wife|"
    r"husband|brother|sister|hij[oa]|niñ[oa]|nin[oa]|beb[ée]|niet[oa]|espos[oa]|herman[oa])s?\b"
    r"(?:(?!\b(?:he|she|i|él|ella|yo|mr|ms|mrs|sr|sra)\b)[^.;\n]){0,60}$", re.I)
# Born in the United States: a citizen (the writer, a child), never the person asking ICE.
_US_BIRTH = re.compile(rf"^[^.;\n]{{0,40}}\b(?:{US_STATES})\b|^\s*(?:here|aqu[ií]|in\s+(?:the\s+)?(?:u\.?s\.?a?|united\s+states)|"
                       rf"en\s+(?:los\s+)?(?:estados\s+unidos|ee\.?\s?uu\.?))\b|^[^.;\n]{{0,60}}\b(?:u\.?s\.?\s+citizen|american\s+citizen|"
                       rf"ciudadan[oa]\s+(?:americana?|estadounidense))", re.I)
_CITIZEN_BEFORE = re.compile(r"\b(?:u\.?s\.?\s+citizen|american\s+citizen|ciudadan[oa]\s+(?:americana?|estadounidense))\b[^.;\n]{0,15}$", re.I)
_CUE_ABOVE = re.compile(r"(?:birth|born|dob|nacimiento|nac\.)[^\n]{0,30}[:?]\s*$", re.I)
# Between a cue and its date: a new "Label:" line or a new sentence means the
# date belongs to something else.
_BREAK = re.compile(r"\n[ \t]*[^\W\d_][^\n:|]{0,30}[:|]|[a-záéíóúñ]{3}[.!?]\s+[A-ZÁÉÍÓÚÑ]")
_ICE_ADDR = re.compile(r"@(?:[\w-]+\.)*dhs\.gov$", re.I)


def _snippet(text: str, start: int, end: int) -> str:
    return re.sub(r"\s+", " ", text[max(0, start - 40):end + 40]).strip()


def _found(field: str, value, part: TextPart, method: str, start: int, end: int) -> Found:
    return Found(field, value, part.where, part.page, method, _snippet(part.text, start, end))


_CORRECTED = re.compile(r"(?:correct\w*|right|actual|real)\s+(?:one\s+|number\s+|a-?number\s+)?(?:is|es)\s*:?\s*$|"
                        r"should\s+(?:be|read|have\s+been)\s*:?\s*$|deber[ií]a\s+ser\s*:?\s*$|"
                        r"(?:es|is)\s+(?:el|la|the)\s+(?:correct[oa]|right\s+one)\s*:?\s*$", re.I)


def _a_number(parts: list[TextPart]) -> tuple[str, Found] | None:
    ranked = []
    found = [(i, part, h) for i, part in enumerate(parts) for h in find_a_numbers(part.text)]
    # "A 209-541-377" in the body, A209514377 on three forms: the number the papers agree on.
    support = {v: len({i for i, _, h in found if h.value == v}) for v in {h.value for _, _, h in found}}
    for i, part in enumerate(parts):
        for h in (h for j, _, h in found if j == i):
            strength = 1 if h.method.endswith("context") else 0
            # "Puse A 203-118-946 y el correcto es A 203-118-964": the corrected number wins.
            corrected = 0 if _CORRECTED.search(part.text[max(0, h.start - 40):h.start]) else 1
            ranked.append(((corrected, h.about_relative, -(support[h.value] >= 3), strength, i, h.start), h, part))
    if not ranked:
        return None
    _, h, part = min(ranked, key=lambda r: r[0])
    return h.value, _found("a_number", h.value, part, h.method, h.start, h.end)


def _birth_dates(text: str, language: str):
    """Dates with a birth cue before them: on their line, or on the line above
    when the sentence wraps ("He was born\non 04/09/1982")."""
    hits = find_dates(text, language)
    for k, hit in enumerate(hits):
        para = text.rfind("\n\n", 0, hit.start)
        if para > 0 and _CUE_ABOVE.search(text[max(0, para - 80):para]):
            para = text.rfind("\n", 0, para)  # "3. Fecha de nacimiento:" then a blank line, then the answer
        # A date no one was born on ("2045/01/10 B.S. = 22 April 1988") is no boundary.
        prev = hits[k - 1] if k and date(1900, 1, 1) <= hits[k - 1].value <= date.today() else None
        floor = max(0, hit.start - 100, para + 1, prev.end if prev else 0)
        before = text[floor:hit.start]
        cues = list(_BIRTH_CUE.finditer(before))
        if not cues:
            continue
        between = before[cues[-1].end():]
        if _OTHER_EVENT.search(between) or _BREAK.search(between):
            continue
        if _KIN_BORN.search(before[:cues[-1].start()][-70:]):
            continue  # "Their son, Tobiloba, was born on March 14, 2019": a child's birth
        if _US_BIRTH.search(between) or _US_BIRTH.match(text[hit.end:hit.end + 60]) or \
                _CITIZEN_BEFORE.search(before[:cues[-1].start()][-40:]):
            continue  # "Nací en McAllen, Texas, el 12/09/1998, así que soy ciudadana": a citizen's birth
        if date(1900, 1, 1) <= hit.value <= date.today():
            yield hit


def _date_of_birth(parts: list[TextPart], language: str, ref: date | None = None) -> tuple[date, Found] | None:
    for part in parts:
        for hit in _birth_dates(part.text, language):
            return hit.value, _found("date_of_birth", hit.value, part,
                                     "regex:date_of_birth.cued", hit.start, hit.end)
    for part in parts:
        got = _birthday_and_age(part.text, language, ref)
        if got:
            value, start, end = got
            return value, _found("date_of_birth", value, part, "regex:date_of_birth.age", start, end)
    return None


# "Emmanuel turned forty on June 2 of this year", "cumplió 22 años el 3 de enero": the birthday
# and the age give the date (not "I turned 18", the writer's, nor "our son turned 5").
_TURNED = re.compile(
    r"(?<!\bI )(?<!\bi )\b(?P<verb>turned|turns|will\s+turn|cumpli[óo]|cumple|cumplir[áa])\s+(?P<age>\d{1,3}|[a-záéíóú]+(?:[ -]+(?:y[ -]+)?[a-záéíóú]+)?)"
    r"(?:\s+(?:years?(?:\s+old)?|años))?\s+(?:on|el|this|last|en)\s+(?:(?:the\s+)?(?:day\s+)?)?(?P<day>[^.;\n]{3,30})", re.I)
_KIN_BEFORE = re.compile(r"\b(?:his|her|their|our|su|sus|nuestr[oa]s?)\s+(?:\w+\s+)?(?:son|daughter|child|baby|kids?|"
                         r"hij[oa]s?|niñ[oa]s?|nin[oa]s?|nieto|nieta|grandson|granddaughter)\b[^.;\n]{0,40}$", re.I)


def _birthday_and_age(text: str, language: str, ref: date | None) -> tuple[date, int, int] | None:
    from text_to_num import alpha2digit
    if ref is None:
        return None
    for m in _TURNED.finditer(text):
        if _KIN_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
            continue
        age = m.group("age")
        if not age.isdigit():
            age = alpha2digit(age, "es" if language == "es" else "en", threshold=0).replace(" ", "")
        if not age.isdigit() or not 15 <= int(age) <= 100:
            continue
        dm = re.match(rf"(?P<mon>{_MON_WORD})\.?\s+(?P<d>\d{{1,2}})\b|(?P<d2>\d{{1,2}})\s+(?:de\s+|of\s+)?(?P<mon2>{_MON_WORD})\b",
                      m.group("day"), re.I)
        day = dm and parse_date(f"{dm.group('d') or dm.group('d2')} {dm.group('mon') or dm.group('mon2')} 2000", language)
        if not day:
            continue
        past = m.group("verb").lower().startswith(("turned", "cumplió", "cumplio"))
        year = ref.year if (day.month, day.day) <= (ref.month, ref.day) else ref.year - 1
        if not past:
            year = ref.year if (day.month, day.day) >= (ref.month, ref.day) else ref.year + 1
        try:
            return day.replace(year=year - int(age)), m.start(), m.end()
        except ValueError:
            continue
    return None


def _country(parts: list[TextPart]) -> tuple[str, Found] | None:
    for part in parts:
        hits = find_countries(part.text)
        if hits:
            # "they assume he is Kenyan. But he was born in Somalia": a birth said outright first.
            born = [h for h in hits if _BIRTH_BEFORE.search(part.text[max(0, h.start - 60):h.start])]
            h = (born or hits)[0]
            return h.code, _found("country_of_birth", h.code, part, h.method, h.start, h.end)
    return None


_BIRTH_BEFORE = re.compile(r"\b(?:born|birth|na[cs]i\w*|nacimiento|nasc\w*|n[ée]e?)\b[^.;]{0,50}$", re.I)


def _contact(parts: list[TextPart], field: str, finder) -> tuple[str, Found] | None:
    found = [(h, p) for p in parts for h in finder(p.text)]
    top = best([h for h, _ in found])
    if top is None:
        return None
    part = next(p for h, p in found if h is top)
    method = f"regex:{field}.{'cued' if top.cued else 'plain'}"
    return top.value, _found(field, top.value, part, method, top.start, top.end)


def _email(msg: ParsedMessage, parts: list[TextPart]) -> tuple[str, Found] | None:
    got = _contact(parts, "email", find_emails)
    if got:
        return got
    for header, addrs in (("reply-to", msg.reply_to), ("from", [msg.from_addr])):
        for addr in addrs:
            if addr and "@" in addr and not _ICE_ADDR.search(addr):
                value = addr.strip().lower()
                return value, Found("email", value, f"header:{header}", None,
                                    f"header:{header}", value)
    return None


_REPLY_SUBJECT = re.compile(r"^\s*(?:(?:re|aw|sv|rv|r)\s*(?:\[\d+\])?\s*:\s*)+", re.I)


def _thread_reply(msg: ParsedMessage) -> bool:
    """A reply in a thread ("Re:" and In-Reply-To/References): its subject is the thread's."""
    return bool((msg.in_reply_to or msg.references) and _REPLY_SUBJECT.match(msg.subject or ""))


def _name(msg: ParsedMessage, parts: list[TextPart], language: str) -> tuple[str, Found] | None:
    own = "\n".join(p.text for p in parts if p.where in ("body", "forwarded", "subject"))
    for_someone = writes_for_someone(own)
    for_self = writes_for_self(own)
    mentions, writers, signed = [], [], []
    for i, part in enumerate(parts):
        if part.where == "subject" and _thread_reply(msg):
            continue  # the subject repeats the thread's; the case already holds that name
        for h in find_names(part.text, language, subject=part.where == "subject"):
            # "I, <name>, authorize ..." in an attached form is the subject signing.
            writer_own = for_someone and not part.where.startswith("attachment")
            if h.method.endswith(".writer") or (writer_own and h.method.endswith((".self", ".signature"))):
                writers.append(h.value)
                if not part.where.startswith("attachment"):
                    signed.append(h.value)  # an attached letter may be the person's own to the field office
                continue
            # An attachment's form may name the attorney; the writer's own text comes first.
            rank = h.rank + (2 if part.where.startswith("attachment") and h.rank < 9 else 0)
            if for_self and h.method.endswith(".self") and part.where in ("body", "subject", "forwarded"):
                rank = 0  # "Mi nombre es Rocío ..., vivo con mi esposo Wilfredo": she writes for herself
            mentions.append(Mention(h.value, rank, part.where, i, h.start, h.method, h, part))
    if for_someone and msg.from_name:
        writers.append(msg.from_name)
    top = choose(mentions, writers if for_someone else [], signed if for_someone else [])
    if top is None:
        return None
    h, part = top.hit, top.part
    return top.value, _found("name", top.value, part, h.method, h.start, h.end)


def extract_identity(msg: ParsedMessage, language: str) -> tuple[dict, list[Found]]:
    """The identity fields (records.Fields forms, None when absent) and their provenance."""
    parts = msg.parts()
    results = {
        "name": _name(msg, parts, language),
        "a_number": _a_number(parts),
        "date_of_birth": _date_of_birth(parts, language, msg.date.date() if msg.date else None),
        "country_of_birth": _country(parts),
        "phone": _contact(parts, "phone", find_phones),
        "email": _email(msg, parts),
    }
    fields = {k: (v[0] if v else None) for k, v in results.items()}
    return fields, [v[1] for v in results.values() if v]

"""The date of the local office's answer (POLICY.md Routing 1-3).

The date of the *answer*: in the sentence that tells the outcome ("denied on
March 3, 2025"), the date nearest the outcome word, skipping dates the writer
ties to sending ("we submitted on ...") and birth dates. Failing that, the date
of the visit where the answer was said, then a forwarded or attached answer's
first date (a letter's date line).
"""
from __future__ import annotations

import re
from datetime import date
from typing import Callable

from triage.extract.dates import find_dates
from triage.extract.language import detect_language
from triage.extract.request import Hit, Sentence, clause_bounds, rx
from triage.records import ParsedMessage

_BIRTH = rx(r"born", r"birth", r"dob", r"d\.o\.b", r"naci\w*", r"nacimiento")
_SENT_DATE = rx(r"submit\w*", r"sent", r"filed", r"requested", r"mailed", r"e-?mailed",
                r"envi(?:amos|e|o|aron|ada|ado)", r"present(?:amos|e|o|aron|ada|ado)",
                r"solicit(?:amos|e|o|aron|ada|ado)", r"mand(?:amos|e|o|aron|ada|ado)")

_MONTH_NUM = {m: i for i, names in enumerate([
    "jan january enero ene janvier", "feb february febrero fevrier", "mar march marzo mars",
    "apr april abril abr avril", "may mayo mai", "jun june junio juin", "jul july julio juillet",
    "aug august agosto ago aout", "sep sept september septiembre setiembre set septembre",
    "oct october octubre octobre", "nov november noviembre novembre", "dec december diciembre dic decembre"], 1)
    for m in names.split()}
_MON_RX = "|".join(sorted(_MONTH_NUM, key=len, reverse=True))
_YEARLESS = [
    (re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th|ro|er)?(?: of| de| del)? (?P<m>{_MON_RX})\.?(?![\w]| ?,? ?(?:de |del )?\d)"), None),
    (re.compile(rf"\b(?P<m>{_MON_RX})\.? (?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\w/]| ?,? ?(?:de |del )?\d)"), None),
    (re.compile(r"(?<![\w/.-])(?P<a>[01]?\d)/(?P<b>[0-3]?\d)(?![\w/])"), "numeric"),
]


def _yearless(text_fold: str, language: str, ref: date, past_only: bool = False) -> list[tuple[date, int, int]]:
    """Dates written without a year ("el 3 de octubre", "on 10/1"): the last such day not after `ref`.
    With `past_only`, a day still to come within half a year ("he must go dec 8", written on
    Nov 23) is likely the coming one, and is left out."""
    out = []
    for pattern, how in _YEARLESS:
        for m in pattern.finditer(text_fold):
            if how:
                a, b = int(m["a"]), int(m["b"])
                month, day = (b, a) if language == "es" else (a, b)
            else:
                month, day = _MONTH_NUM[m["m"]], int(m["d"])
            for year in (ref.year, ref.year - 1):
                try:
                    d = date(year, month, day)
                except ValueError:
                    break
                if past_only and year == ref.year and d > ref and (d - ref).days < 183:
                    break
                if d <= ref:
                    out.append((d, m.start(), m.end()))
                    break
    return out


# "they sent me a letter on October 22", "nos mandaron la carta el 20": the office sending
# is its answer, not the writer's request.
_BY_OFFICE = re.compile(r"\b(?:they|he|she|ero|ice|office|officer|officers|nos|me|le|les)\s+$")
_TO_WRITER = re.compile(r"^\s+(?:me|us|him|her|them)\b")


def _writer_sent(fold_text: str, at: int) -> bool:
    """Whether a word of sending just before the date at `at` is the writer's."""
    for m in _SENT_DATE.finditer(fold_text, max(0, at - 30), at):
        if not (_BY_OFFICE.search(fold_text[max(0, m.start() - 12):m.start()])
                or _TO_WRITER.match(fold_text[m.end():m.end() + 8])):
            return True
    return False


def _answer_dates(s: Sentence, language: str, ref: date | None, coming: bool = False) -> list[tuple[date, int, int]]:
    """Dates in the sentence that could be an answer's: not a birth date, not a sending date,
    not before 2010 (no local office answered a PD request before then). A date written
    without its year counts only when no full date is left ("BORN 11 22 1991 ... THE LETTER
    SAY SEPTEMBER 9"); a day still to come ("he must go dec 8") is taken as last year's only
    with `coming`, when nothing else tells the answer's date."""
    def keep(dates):
        return [d for d in dates if not _writer_sent(s.fold, d[1])
                and not _BIRTH.search(s.fold, max(0, d[1] - 60), d[1]) and d[0].year >= 2010]
    got = keep([(d.value, d.start, d.end) for d in find_dates(s.text, language)])
    if not got and ref:
        got = keep(_yearless(s.fold, language, ref, past_only=not coming))
    return got


# Another actor's or another event's date ("dijo que no: el 28/10/2026 USCIS aprobó la petición",
# "they said no, and on October 2 the judge set a hearing"): outside the outcome's clause, no answer's.
_OTHER_EVENT = rx(r"uscis", r"judge", r"juez\w*", r"born", r"naci\w*", r"diagnos\w*",
                  r"died", r"muri\w*", r"fallec\w*", r"hearing", r"audiencia", r"check-?in", r"cita", r"flight", r"vuelo")


def _nearest(dates: list[tuple[date, int, int]], hit: Hit) -> tuple[date, int, int] | None:
    """The date in the outcome's own clause ("we asked on October 14 and they said no in a
    letter on October 21"), else the one nearest the outcome word that tells no other event."""
    inside = _in_clause(dates, hit)
    if not inside:
        fold_text = hit.sent.fold
        dates = [d for d in dates if not _OTHER_EVENT.search(fold_text, *clause_bounds(fold_text, d[1], d[2]))]
    # the gap between the two ("to ERO LA 9/10 - denied 10/1": 10/1)
    return min(inside or dates, key=lambda d: min(abs(d[1] - hit.end), abs(hit.start - d[2])), default=None)


def _in_clause(dates: list[tuple[date, int, int]], hit: Hit) -> list[tuple[date, int, int]]:
    masked = list(hit.sent.fold)
    for _, start, end in dates:  # "October 28, 2026": a date's own comma ends no clause
        masked[start:end] = "x" * (end - start)
    left, right = clause_bounds("".join(masked), hit.start, hit.end)
    return [d for d in dates if left <= d[1] < right]


# An answer given by word of mouth at the visit the sentence before tells of ("El 21 de
# octubre fuimos a la oficina ... La oficial nos dijo que no"): the visit's date is the answer's.
_SPOKEN = rx(r"said", r"say", r"says", r"told", r"dij\w*", r"dic\w*", r"decir")
_VISIT = rx(r"went", r"go", r"visited", r"came", r"took", r"fuimos", r"fui", r"fue", r"fueron", r"acudi\w*",
            r"llevamos", r"llev[eo]", r"nos presentamos", r"in person", r"en persona")


def _visit_date(hit: Hit, sents: list[Sentence], language: str, ref: date | None,
                office: Callable[[Sentence], object]) -> tuple[date, Hit] | None:
    s = hit.sent
    if not _SPOKEN.search(s.fold, max(0, hit.start - 30), hit.end):
        return None
    before = next((o for o in sents if o.index == s.index - 1 and o.where == s.where), None)
    if before is None or not _VISIT.search(before.fold) or not office(before):
        return None
    dates = _answer_dates(before, language, ref)
    if len(dates) != 1:
        return None
    return dates[0][0], Hit(before, dates[0][1], dates[0][2], False)


def _forward_parts(sents: list[Sentence], forwarded: list[str]) -> dict[int, int]:
    """Which forwarded message each forwarded sentence is in (sentence index -> message number):
    a chain holds the office's answer and, under it, the writer's own request."""
    texts = [" ".join(t.split()) for t in forwarded]
    out: dict[int, int] = {}
    k, pos = 0, 0
    for s in sents:
        if s.where != "forwarded" or k >= len(texts):
            continue
        at = texts[k].find(s.text, pos)
        while at < 0 and k + 1 < len(texts):
            k, pos = k + 1, 0
            at = texts[k].find(s.text)
        if at >= 0:
            out[s.index], pos = k, at + len(s.text)
    return out


def _clause_date(hit: Hit, langs: dict[str, str], ref: date | None) -> tuple[date, Hit] | None:
    """A date in the outcome's own clause ("... together with our request dated 09/22/2026
    and ERO's denial dated 10/09/2026"): it wins over a nearer outcome word without one."""
    dates = _answer_dates(hit.sent, langs.get(hit.sent.where, langs["body"]), ref)
    best = _nearest(dates, hit) if dates else None
    if best is None or best not in _in_clause(dates, hit):
        return None
    return best[0], Hit(hit.sent, best[1], best[2], False)


def _response_date(hit: Hit, sents: list[Sentence], langs: dict[str, str], ref: date | None,
                   letters: dict[str, str], office: Callable[[Sentence], object],
                   parts: dict[int, int] | None = None) -> tuple[date, Hit] | None:
    s = hit.sent
    language = langs.get(s.where, langs["body"])
    best = _nearest(_answer_dates(s, language, ref), hit)
    if best:
        return best[0], Hit(s, best[1], best[2], False)
    spoken = _visit_date(hit, sents, language, ref, office)
    if spoken:
        return spoken
    best = _nearest(_answer_dates(s, language, ref, coming=True), hit)
    if best:
        return best[0], Hit(s, best[1], best[2], False)
    # A letter's date line: the answer's own page, else any attached answer.
    # (A forwarded answer's own date is in its header, which reading leaves out: a date in
    # another forwarded message, such as the request quoted under it, is no answer's.)
    parts = parts or {}
    own = [o for o in sents if o.where == s.where and o.page == s.page and s.where not in ("body", "subject")
           and parts.get(o.index) == parts.get(s.index)]
    answers = [o for o in sents if letters.get(o.where) == "response" and o.page == 1]
    # The writer's own letter or statement telling of the denial is dated when it was written:
    # an attached answer's date line comes first then.
    writers = s.where.startswith("attachment:") and letters.get(s.where) not in ("response", "ice")
    pages = answers + own if writers else own + answers
    for other in pages:
        got = [d for d in find_dates(other.text, langs.get(other.where, "en")) if d.value.year >= 2010
               and not _BIRTH.search(other.fold, max(0, d.start - 60), d.start)]
        if got:
            return got[0].value, Hit(other, got[0].start, got[0].end, False)
    return None


def _languages(sents: list[Sentence], language: str) -> dict[str, str]:
    """The body's language, and each attachment's own (an ICE letter is in English)."""
    langs = {"body": language, "subject": language, "forwarded": language}
    for where in {s.where for s in sents if s.where.startswith("attachment:")}:
        langs[where] = detect_language(" ".join(s.text for s in sents if s.where == where))
    return langs


def answer_date(hits: list[Hit], sents: list[Sentence], msg: ParsedMessage, language: str,
                letters: dict[str, str], office: Callable[[Sentence], object]) -> tuple[date, Hit] | None:
    """The answer's date for an outcome told at `hits`: one in an outcome's own clause first,
    else the first hit with a date near it; `office` tells a sentence naming the local office."""
    ref = msg.date.date() if msg.date else date.today()
    langs = _languages(sents, language)
    parts = _forward_parts(sents, msg.forwarded)
    dated = (_response_date(h, sents, langs, ref, letters, office, parts) for h in hits)
    own = (_clause_date(h, langs, ref) for h in hits)
    return next((d for d in own if d), None) or next((d for d in dated if d), None)

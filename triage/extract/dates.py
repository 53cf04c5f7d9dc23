"""Dates in free text, English and Spanish.

Regexes find the candidate spans (fast, and they tell us where each date is);
dateparser parses each span with a month written in words, with the language's
day/month order. An all-digit span ("03/04/1990", "1990-03-04") is parsed by
datetime.strptime in that order, the other order only where the first is
impossible: the same answer as dateparser wherever the year has four digits,
about 100 times faster, and no year guessed from the middle of "04.27.12".
We never use dateparser.search_dates: it is slow and finds "dates" in
ordinary words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from dateparser.date import DateDataParser
from text_to_num import alpha2digit

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"enero|ene|febrero|marzo|abril|abr|mayo|junio|julio|agosto|ago|"
    r"septiembre|setiembre|set|octubre|noviembre|diciembre|dic|"
    # French, for the few requests written in it ("né le 17 novembre 1979").
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
)
_MON = rf"(?:{_MONTHS})\.?"
# Ordinals: 4th, 4º, Spanish 1ro 2do 4to, French 1er.
_DAY = r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th|º|°|ª|ro|do|to|vo|mo|no|er|o\b)?"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_YEAR_ANY = rf"(?:{_YEAR}|'?\d\d)"
# After a spelled-out month a two-digit year needs a mark that it is one:
# "14 de febrero del 98", "March 3, '94"; a bare "March 4 12" stays no date.
_YEAR_WORDY = rf"(?:{_YEAR}|(?<=del )\d\d|(?<=de )\d\d|'\d\d)"
_DE = r"(?:\s+de(?:l)?\s+|\s*,?\s+|\s*-\s*)"

# Ordered: the first pattern to claim a span keeps it.
_PATTERNS = [
    # 4 de marzo de 1990, 4 March 1990, 4th of March, 1990, the 2nd day of January, 1979
    re.compile(rf"\b{_DAY}(?:\s+day)?(?:\s+of)?{_DE}{_MON}{_DE}{_YEAR_WORDY}\b", re.I),
    # March 4, 1990 / Mar. 4th 1990 / marzo 4, 1990 / marzo 4 de 1990
    # March the 4th, 1990 / March 4th of 1990
    re.compile(rf"\b{_MON}\s*(?:the\s+)?{_DAY},?(?:\s+(?:de(?:l)?|of))?\s+{_YEAR_WORDY}\b", re.I),
    # 04/MAR/1990, 04-Mar-90, 4.mar.1990
    re.compile(rf"\b{_DAY}\s?[-/. ]\s?{_MON}\s?[-/. ]\s?{_YEAR_ANY}\b", re.I),
    # 1990-03-04, 1990/3/4
    re.compile(r"(?<![\w/.-])(?:1[89]|2[01])\d\d([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\w/-]|\.\d)"),
    # 03/04/1990, 3-4-90, 3.4.1990
    re.compile(r"(?<![\w/.-])\d{1,2}([-/.])\d{1,2}\1(?:\d{4}|\d{2})(?![\w/-]|\.\d)"),
    # 11 22 1991 (typed on a tablet with no punctuation): a four-digit year only
    re.compile(r"(?<![\w/.-])\d{1,2}( )\d{1,2} (?:1[89]|20)\d\d(?![\w/-]|\.\d| \d)"),
    # 1988 july 5, 1996 December 2nd: the year first, as many Asian writers put it
    re.compile(rf"(?<![\w/.-]){_YEAR},?\s+{_MON}\s+{_DAY}(?![\w/]|\.\d|,?\s+(?:1[89]|20)\d\d)", re.I),
]
# 1975年3月8日 (Chinese, Japanese), 1990년 3월 8일 (Korean)
_CJK = re.compile(r"((?:1[89]|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")
# A form says how its dates are written: "DOB (dd/mm/yyyy): 05/07/1988".
_ORDER_HINT = re.compile(r"\b(?P<first>dd|jj|tt|mm)\s?[-/.]\s?(?:dd|mm|jj|tt)\s?[-/.]\s?(?:yyyy|yy|aaaa|aa|jjjj)\b", re.I)
# "12/10/1979, that is 12 October": the writer spells out which is the month.
_GLOSS = re.compile(rf"^\W{{0,3}}(?:that is|that's|i\.e\.?|meaning|es decir|o sea|=)\s*"
                    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?(?P<m1>{_MON})|(?P<m2>{_MON})\s+(?P<d2>\d{{1,2}}))", re.I)


# A date with its day or year in words: "the twelfth of January, 1968", "el veintiuno de agosto
# de mil novecientos noventa y nueve", "March the third, nineteen eighty-eight". The words are
# turned into digits by text2num, then read as any other date.
_W = r"[a-záéíóúñ]+"
_NUM_START = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|first|second|"
              r"third|\w+th|twentieth|thirtieth|un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|"
              r"catorce|quince|dieci\w+|veinte|veinti\w+|treinta|primero)")
_NUM_WORDS = rf"(?:(?:the\s+|el\s+)?{_NUM_START}(?:[ -]+(?:y[ -]+)?{_W}){{0,2}})"
_YEAR_WORDS = rf"(?:{_YEAR}|{_W}(?:[ -]+(?:y[ -]+)?{_W}){{0,6}})"
_IN_WORDS = [
    re.compile(rf"\b{_NUM_WORDS}(?:\s+day)?\s+(?:of|de)\s+{_MON}(?:,|\s+de(?:l)?|\s+of|,\s+in)?\s+{_YEAR_WORDS}", re.I),
    re.compile(rf"\b{_MON}\s+(?:the\s+)?{_NUM_WORDS},?\s+{_YEAR_WORDS}", re.I),
    re.compile(rf"\b{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR_WORDS}", re.I),
]
# Holidays people give as birthdays: "on Christmas Eve, 1965".
_HOLIDAY = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "new year's day": (1, 1),
            "new year's eve": (12, 31), "nochebuena": (12, 24), "navidad": (12, 25), "año nuevo": (1, 1),
            "independence day": (7, 4), "the fourth of july": (7, 4), "valentine's day": (2, 14), "halloween": (10, 31)}
_HOLIDAY_RE = re.compile(r"\b(?:el\s+d[ií]a\s+de\s+)?(" + "|".join(re.escape(h) for h in _HOLIDAY) + r")(?:\s+de(?:l)?|,)?\s+(" + _YEAR + r")\b", re.I)


def _in_words(span: str, language: str) -> date | None:
    lang = "es" if language == "es" or re.search(r"\bde\b", span) else "en"
    try:
        digits = alpha2digit(span, lang, threshold=0)
    except Exception:  # a library's odd input is no reason to stop
        return None
    if digits == span or not re.search(r"\d", digits):
        return None
    digits = re.sub(r"\b(1[89]|20) (\d\d)\b", r"\1\2", digits)  # "19 88" from "nineteen eighty-eight"
    start = re.search(rf"\d|\b(?:{_MONTHS})\b", digits, re.I)  # "born the 3rd of ..." -> "3rd of ..."
    digits = digits[start.start():] if start else digits
    if not re.search(rf"{_YEAR}|\bdel? \d\d\b", digits):
        return None
    return parse_date(digits, language)


@dataclass(frozen=True)
class DateHit:
    value: date
    start: int
    end: int
    text: str


def _settings(language: str) -> dict:
    return {
        "DATE_ORDER": "DMY" if language in ("es", "fr", "pt") else "MDY",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["absolute-time"],  # no "tomorrow", no "in 3 days"
    }


def _clean(span: str) -> str:
    # dateparser stumbles on "4th of" and "del"; neither changes the date.
    span = re.sub(r"(\d)(?:st|nd|rd|th|º|°|ª|ro|do|to|vo|mo|no|er)(?=\W|$)", r"\1", span, flags=re.I)
    span = re.sub(r"(\d)o\b", r"\1", span)
    span = re.sub(r"\b(?:day|of|del?|the)\b", " ", span, flags=re.I)
    span = span.replace("'", "")
    return re.sub(r"\s+", " ", span).strip(" ,")


def _fix_century(value: date, span: str) -> date:
    """A two-digit year far in the future is last century's (a birth year 45)."""
    if re.search(r"\d{4}", span) is None and value.year > date.today().year + 10:
        return value.replace(year=value.year - 100)
    return value


@lru_cache(maxsize=16)
def _parser(languages: tuple[str, ...], language: str) -> DateDataParser:
    """One parser per language list and order (dateparser.parse builds one a call)."""
    return DateDataParser(languages=list(languages), settings=_settings(language))


_NUMERIC = re.compile(r"(\d{1,4})([-/. ])(\d{1,2})\2(\d{1,4})")


def _numeric(text: str, language: str) -> date | None:
    m = _NUMERIC.fullmatch(text)
    first, sep, _, last = m.groups()
    if len(first) == 4:
        orders = ["%Y{0}%m{0}%d"]
    else:
        year = "%Y" if len(last) == 4 else "%y"
        dmy, mdy = f"%d{{0}}%m{{0}}{year}", f"%m{{0}}%d{{0}}{year}"
        orders = [dmy, mdy] if _settings(language)["DATE_ORDER"] == "DMY" else [mdy, dmy]
    for order in orders:
        try:
            return datetime.strptime(text, order.format(sep)).date()
        except ValueError:
            continue
    return None


@lru_cache(maxsize=4096)
def parse_date(text: str, language: str = "en") -> date | None:
    """One date written in `text`, or None; never raises."""
    if not text or len(text) > 60:
        return None
    cleaned = _clean(text)
    if _NUMERIC.fullmatch(cleaned):
        got = _numeric(cleaned, language)
        try:
            return _fix_century(got, text) if got else None
        except ValueError:  # 29 Feb moved to a non-leap century
            return None
    langs = ["es", "en"] if language == "es" else ["en", "es"]
    if language == "fr" or re.search(r"[a-zà-ÿ]{3}", cleaned, re.I):
        langs.append("fr")
    try:
        got = _parser(tuple(langs), language).get_date_data(cleaned).date_obj
    except Exception:  # dateparser raises odd errors on odd input
        return None
    if got is None:
        return None
    try:
        return _fix_century(got.date(), text)
    except ValueError:  # 29 Feb moved to a non-leap century
        return None


def _swapped(value: date) -> date | None:
    try:
        return value.replace(month=value.day, day=value.month)
    except ValueError:
        return None


def _as_told(text: str, s: int, e: int, value: date) -> date:
    """An all-digit date read in the order its line or its gloss gives."""
    digits = _NUMERIC.fullmatch(text[s:e])
    if not digits or len(digits.group(1)) == 4:
        return value
    other = _swapped(value)
    if other is None or other == value:
        return value
    gloss = _GLOSS.match(text[e:e + 40])
    if gloss:
        day = int(gloss.group("d1") or gloss.group("d2"))
        month = parse_date(f"{day} {gloss.group('m1') or gloss.group('m2')} 2000", "en")
        if month and (other.day, other.month) == (day, month.month):
            return other
        return value
    line = text[max(text.rfind("\n", 0, s) + 1, s - 60):s]
    hint = list(_ORDER_HINT.finditer(line))
    if hint:
        day_first = hint[-1].group("first").lower() != "mm"
        first = int(re.match(r"\d+", text[s:e]).group(0))
        if (first == value.day) != day_first:
            return other
    return value


def find_dates(text: str, language: str = "en") -> list[DateHit]:
    """Every date in `text`, in order of position; never raises."""
    if not text:
        return []
    taken: list[tuple[int, int]] = []
    hits: list[DateHit] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            value = parse_date(m.group(0), language)
            if value is None:
                continue
            taken.append((s, e))
            hits.append(DateHit(_as_told(text, s, e, value), s, e, m.group(0)))
    if re.search(rf"(?:{_MONTHS})", text, re.I):
        for pattern in _IN_WORDS:
            for m in pattern.finditer(text):
                s, e = m.span()
                if any(s < te and ts < e for ts, te in taken):
                    continue
                value = _in_words(m.group(0), language)
                if value:
                    taken.append((s, e))
                    hits.append(DateHit(value, s, e, m.group(0)))
    for m in _HOLIDAY_RE.finditer(text):
        month, day = _HOLIDAY[m.group(1).lower()]
        if not any(m.start() < te and ts < m.end() for ts, te in taken):
            taken.append(m.span())
            hits.append(DateHit(date(int(m.group(2)), month, day), m.start(), m.end(), m.group(0)))
    for m in _CJK.finditer(text):
        try:
            value = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
        if not any(m.start() < te and ts < m.end() for ts, te in taken):
            hits.append(DateHit(value, m.start(), m.end(), m.group(0)))
    return sorted(hits, key=lambda h: h.start)

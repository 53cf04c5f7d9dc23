"""Masking of A-numbers and birth dates before anything is shown or logged.

POLICY.md: replies never quote the full A-number or date of birth back. The
A-number keeps its last 4 digits (`A-XXX-XX6-789`); a date keeps its year.
Logs, the digest and reviewer lines use `mask_text` on free text.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

# 8 or 9 digits, each optionally set off by one space, dot or dash: the many
# ways an A-number is written (123456789, 123-456-789, 123 456 789, 12.345.678).
_DIGITS = r"\d(?:[ .\-]?\d){7,8}"

# A label in front of the number; the number after it may repeat the "A".
_LABEL = (
    r"(?:alien\s+(?:registration\s+|file\s+)?(?:no\.?|number|num\.?|#)"
    r"|a[\s\-]?(?:number|nummer|no\.?|num\.?|#|file(?:\s+(?:number|no\.?|#))?)"
    r"|n[úu]m(?:ero|\.)?\s+(?:de\s+)?(?:registro\s+(?:de\s+)?)?(?:extranjero|alien|a\b)"
    r"|no\.?\s+(?:de\s+)?(?:registro\s+(?:de\s+)?)?extranjero"
    r"|registration\s+(?:no\.?|number))"
)
# What may stand between a label and its number: "A-number is 12345678".
_JOIN = r"(?:\s*(?:[:#)\-]|\bis\b|\bes\b|\bwas\b))*\s*"

_A_NUMBER = re.compile(
    r"(?P<label>" + _LABEL + _JOIN + r")"
    r"(?P<num>(?:A\s*[\-#:.]?\s*)?" + _DIGITS + r")(?!\d)"
    r"|(?<![\w])(?P<bare>A\s*[\-#:.]?\s*" + _DIGITS + r")(?!\d)"
    # Unlabelled 9-digit runs (123456789, 123-456-789) are A-number shaped;
    # masking a stray one in a log costs less than leaking a real one.
    r"|(?<![\d\-+])(?P<nine>\d{3}(?P<sep>[ .\-]?)\d{3}(?P=sep)\d{3})(?![\d\-])",
    re.IGNORECASE,
)

_MONTHS_ES = (
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre "
    "octubre noviembre diciembre"
).split()
_MONTH_NAMES = [m for m in calendar.month_name[1:]] + ["sept"] + _MONTHS_ES
# Full names first so "September" is not cut to "Sep"; then 3-letter forms.
_MONTH = (
    r"(?:" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
    + r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)\.?)"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"\d{1,2}(?:st|nd|rd|th|º|°)?"

_DATE = re.compile(
    "|".join(
        (
            # 1990-03-04, 1990/3/4
            r"(?<!\d)" + _YEAR + r"[\-/.]\d{1,2}[\-/.]\d{1,2}(?!\d)",
            # 03/04/1990, 3-4-1990, 04.03.1990
            r"(?<!\d)\d{1,2}[\-/.]\d{1,2}[\-/.]" + _YEAR.replace("year", "year2") + r"(?!\d)",
            # March 4, 1990 / marzo 4 de 1990
            r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+(?:de\s+|del\s+)?"
            + _YEAR.replace("year", "year3") + r"(?!\d)",
            # 4 March 1990 / 4 de marzo de 1990 / 4-Mar-1990
            r"(?<!\d)" + _DAY + r"[\s\-]+(?:de\s+)?" + _MONTH + r",?[\s\-]+(?:de\s+|del\s+)?"
            + _YEAR.replace("year", "year4") + r"(?!\d)",
        )
    ),
    re.IGNORECASE,
)


def _a_digits(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    return digits.rjust(9, "0")


def mask_a_number(a_number: str | None) -> str | None:
    """`A123456789` -> `A-XXX-XX6-789`: only the last 4 digits are shown."""
    if not a_number:
        return None
    digits = _a_digits(a_number)
    if len(digits) != 9:
        return "A-XXX-XXX-XXX"
    return f"A-XXX-XX{digits[5]}-{digits[6:]}"


def mask_date(value: date | str | None) -> str | None:
    """A date keeps only its year: `1990-03-04` -> `1990-XX-XX`."""
    if value is None:
        return None
    if isinstance(value, date):
        return f"{value.year:04d}-XX-XX"
    year = re.search(r"(?:19|20)\d\d", value)
    return f"{year.group(0)}-XX-XX" if year else "XXXX-XX-XX"


def _mask_a_match(m: re.Match[str]) -> str:
    if m.group("num"):
        return m.group("label") + mask_a_number(m.group("num"))
    return mask_a_number(m.group("bare") or m.group("nine"))


def _mask_date_match(m: re.Match[str]) -> str:
    year = next(g for g in m.group("year", "year2", "year3", "year4") if g)
    return f"{year}-XX-XX"


def mask_text(text: str | None) -> str:
    """Free text with every A-number-like sequence and full date masked.

    Any full date could be a birth date, so every one is masked (keeping the
    year); a month and year alone, or a year alone, are left as they are.
    """
    if not text:
        return ""
    text = _A_NUMBER.sub(_mask_a_match, text)
    return _DATE.sub(_mask_date_match, text)

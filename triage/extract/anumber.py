"""Alien registration numbers ("A-numbers") in free text.

An A-number is "A" and 8 or 9 digits; people write it with #, dashes, dots or
spaces, or behind a label in English or Spanish. A bare 8/9-digit number is
taken only when such a label or context word is close before it, and never
when a nearer word says it is a receipt, case, bar, zip, phone or SSN number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# 9 digits as 3-3-3 or 9 in a row; 8 digits as 2-3-3 or 8 in a row.
_DIGITS = (
    r"(?P<num>\d{3}[ .\-]?\d{3}[ .\-]?\d{3}|\d{2}[ .\-]?\d{3}[ .\-]?\d{3}|\d{8,9})"
    r"(?![\d]|[ .\-]\d)"
)
# Labels, most specific first; each may be followed by ":", "#", "is", "es".
_LABEL = (
    r"(?:alien\s+(?:registration\s+|file\s+)?(?:number|no\.?|num\.?|#)|"
    r"alien\s+registration|"
    r"a[\s\-]?(?:number|nummer|num\.?|no\.?|file(?:\s+(?:number|no\.?|#))?)|"
    r"n[úu]mero\s+(?:de\s+)?(?:registro\s+(?:de\s+)?)?(?:extranjero|alien|a\b)|"
    r"n[úu]m\.?\s+(?:de\s+)?(?:extranjero|a\b)|"
    r"no\.?\s+(?:de\s+)?(?:registro\s+(?:de\s+)?)?extranjero|"
    r"registration\s+(?:number|no\.?)|"
    # "his number A is ...", "número de la migra", "ICE number", "USCIS#" (a green card's A-number).
    r"(?:number|n[úu]mero|num[ée]ro|num\.?)\s+a\b|(?:my|his|her|their|mi|su|sus)\s+a(?=\s*(?:is|es|was|era|:|#))|uscis\s*(?:#|number|no\.?)|"
    r"(?:ice|migra)\s+(?:number|no\.?|#)|n[úu]mero\s+de\s+(?:la\s+)?(?:migra|ice|inmigraci[óo]n))"
)
_LABELLED = re.compile(
    rf"(?<![\w])(?P<label>{_LABEL})\s*(?:\)|:|#|\.|-|\bis\b|\bes\b|\bwas\b|\best\b|\ble\b|\s)*"
    rf"\s*(?:A\s*[\-#.]?\s*)?{_DIGITS}",
    re.I,
)
# The A prefix itself: "A123456789", "A# 123-456-789", "A-12345678", "A 087 654 321".
_PREFIXED = re.compile(rf"(?<![\w\-/#])(?:A|a(?=\s*[#\-]))\s?[#\-.:]?\s?#?:?\s?{_DIGITS}")
# The mark after the number: "216-440-918 (A)", "216440918 (A-number)".
_SUFFIXED = re.compile(rf"(?<![\w\-/.]){_DIGITS}\s*\(\s*(?:a|a[\s\-]?(?:number|#|no\.?)|alien\s+(?:number|no\.?))\s*\)", re.I)
_BARE = re.compile(rf"(?<![\w\-/.]){_DIGITS}")
_CONTEXT = re.compile(
    r"alien|a[\s\-]?number|a[\s\-]?#|registration|extranjero|inmigraci[oó]n\s+n|n[úu]mero\s+a\b",
    re.I,
)
_NOT_A = re.compile(
    r"receipt|recibo|case|caso|bar\b|zip|c[oó]digo\s+postal|ssn|social\s+security|"
    r"seguro\s+social|phone|tel[eé]?|fax|cell|celular|foia|docket|expediente\s+de\s+corte|"
    r"ein|tax|account|cuenta|booking|inmate|id\s*#|invoice|factura|order|pedido",
    re.I,
)
# Someone else's number: "his wife's A#", "su esposa ... A-".
_RELATIVE = re.compile(
    r"\b(?:his|her|their|su|sus)\s+(?:\w+\s+)?(?:wife|husband|spouse|son|daughter|mother|father|"
    r"brother|sister|child|esposa|esposo|hijo|hija|madre|padre|hermano|hermana|c[oó]nyuge)|"
    r"\bspouse'?s\b|\b(?:wife|husband|mother|father|brother|sister|son|daughter)'s\b",
    re.I,
)


@dataclass(frozen=True)
class ANumberHit:
    value: str  # "A" + 9 digits
    start: int
    end: int
    method: str  # regex:a_number.labelled | .prefixed | .suffixed | .context
    about_relative: bool = False


def normalize(digits: str) -> str | None:
    """'A' + 9 digits from a digit string with separators, or None."""
    only = re.sub(r"\D", "", digits)
    if len(only) == 8:
        only = "0" + only
    return "A" + only if len(only) == 9 and only != "000000000" else None


def _about_relative(text: str, start: int) -> bool:
    window = text[max(0, start - 60):start]
    window = re.split(r"[.;!?\n]\s", window)[-1]  # this sentence only
    return bool(_RELATIVE.search(window))


def _context_ok(text: str, start: int) -> bool:
    """A bare number is an A-number only with a context word nearest before it."""
    window = text[max(0, start - 50):start]
    ctx = list(_CONTEXT.finditer(window))
    if not ctx:
        return False
    bad = list(_NOT_A.finditer(window))
    return not bad or bad[-1].start() < ctx[-1].start()


def find_a_numbers(text: str) -> list[ANumberHit]:
    """Every A-number in `text`, in order of position; never raises."""
    if not text:
        return []
    hits: list[ANumberHit] = []
    taken: list[tuple[int, int]] = []
    passes = (("labelled", _LABELLED), ("prefixed", _PREFIXED), ("suffixed", _SUFFIXED), ("context", _BARE))
    for method, pattern in passes:
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if method == "context" and not _context_ok(text, s):
                continue
            value = normalize(m.group("num"))
            if value is None:
                continue
            taken.append((s, e))
            hits.append(ANumberHit(value, s, e, f"regex:a_number.{method}",
                                   _about_relative(text, s)))
    return sorted(hits, key=lambda h: h.start)

"""The seven fields every request must carry (seed 003: "they must include at
a minimum ... name, A-number, date of birth, country of birth, telephone
number, email address, the form of prosecutorial discretion")."""
from __future__ import annotations

from collections.abc import Callable

from triage.records import Facts

from .base import Rule

# field name, reason code, the field in plain words (without its article)
_REQUIRED = (
    ("name", "missing_name", "name of the noncitizen"),
    ("a_number", "missing_a_number", "A-number"),
    ("date_of_birth", "missing_date_of_birth", "date of birth"),
    ("country_of_birth", "missing_country_of_birth", "country of birth"),
    ("phone", "missing_phone", "telephone number"),
    ("email", "missing_email", "email address"),
    ("relief", "missing_relief", "form of discretion sought"),
)


def _missing(field: str, words: str) -> Callable[[Facts], str | None]:
    def why(facts: Facts) -> str | None:
        value = getattr(facts.fields, field)
        if isinstance(value, str):
            value = value.strip()
        if value is None or (isinstance(value, (str, list)) and not value):
            return f"no {words} found in the request"
        return None

    return why


RULES = [
    Rule(code, f"seed 003: a request must include the {words}", "003", _missing(field, words))
    for field, code, words in _REQUIRED
]

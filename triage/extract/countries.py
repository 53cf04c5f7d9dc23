"""Country of birth: a country name or demonym in a birth/citizenship context.

Names come from pycountry (English, and Spanish through its gettext
catalogue) plus the short forms people write (data/countries_aliases.tsv);
demonyms from data/demonyms.tsv. Text is matched accent- and case-folded.
A birth city alone ("born in Saigon", "nació en San Pedro Sula") gives its country
through data/birth_cities.tsv (written by scripts/build_birth_cities.py).
"""
from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry

from triage.extract.request import CharTable

_DATA = Path(__file__).parent / "data"

# Up to 40 characters inside a sentence; a date's dots ("14.03.1987") do not end it.
_GAP = r"(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?"
# Who can be "from" a country: a person, not a phone or a letter ("my phone is from Venezuela").
_WHO = (r"(?:\bi|\bhe|\bshe|\bwe|\bthey|\bwho|client|husband|wife|spouse|son|daughter|father|mother|"
        r"dad|mom|brother|sister|family|parents)")
# A birth/citizenship cue, then at most a few words (a city, "the") before the country.
_CUE = (
    rf"born\b{_GAP}\bin|\bborn\s*[:|]|birth\s*place|place\s+of\s+birth|country\s+of\s+(?:birth|citizenship|nationality|origin)|"
    r"citizen(?:ship)?\s+of|national(?:ity)?\s+of|native\s+of|citizenship|nationality|\bcob\b|\bpob\b|"
    rf"originally\s+from|\b(?:i|he|she|we|they)['’](?:m|s|re)\s+(?:originally\s+)?from|\bnativ[oa]s?\s+de|"
    # ("we came from Russia" tells where a family lived; "he is from Honduras" where he belongs)
    rf"\bcountry\s*:|\bpais\s*:|{_WHO}\s+(?:am|is|are|was|were)\s+(?:originally\s+)?from|\bi'm\s+from|\bborn\s+(?=[a-z])|"
    # "I am Yorbelis Urdaneta, from Venezuela": the writer's own name, then where from.
    r"\b(?:i\s+am|my\s+name\s+is|soy|me\s+llamo)\s+[^.;,\n]{3,60},\s*(?:and\s+)?(?:originally\s+)?from|"
    rf"(?:na[cs]id[oa]s?|na[cs]i[óo]|nac[íi]|\bnas[íi])\b{_GAP}\ben|lugar\s+de\s+na[cs]imiento|"
    r"pa[íi]s\s+de\s+(?:nacimiento|origen|ciudadan[íi]a|nacionalidad)|origin(?:ari)?[oa]s?\s+de|"
    r"oriund[oa]s?\s+de|natural\s+de|nacionalidad|ciudadan[oa]s?\s+de|ciudadan[íi]a|"
    r"(?:soy|es|somos|son|era|eres)\s+de|proveniente\s+de|viene\s+de|"
    # Portuguese "nasci em", French "né le ... à Jacmel, en Haïti" (text is accent-folded).
    rf"\bnasc(?:i|eu|id[oa]s?)\b{_GAP}\bem|\bnee?\b{_GAP}\b(?:a|en|au)\b|pays\s+de\s+naissance|lieu\s+de\s+naissance|"
    r"local\s+de\s+nascimento|naturalidade|originaire\s+de"
)
_CUE_RE = re.compile(rf"(?:{_CUE})[\s:|\-–,()]*(?:the\s+|la\s+|el\s+|de\s+)?(?:[\w.'-]+,?\s+){{0,5}}$", re.I)
_CUE_TIGHT = re.compile(rf"(?:{_CUE})[\s:|\-–,()]*(?:the\s+|la\s+|el\s+)?$", re.I)
# Where someone lives or was sent is not where they were born.
_NOT_BIRTH = re.compile(
    r"live[sd]?\s+in|living\s+in|resid\w*\s+(?:in|en)|deported\s+to|removed\s+to|returned\s+to|"
    r"travel\w*\s+(?:to|through)|fled\s+to|moved\s+to|vive\s+en|viv[íi]a\s+en|deportad[oa]\s+a|"
    r"regres\w+\s+a|enviad[oa]\s+a|reside\s+en|address|direcci[óo]n|domicilio|"
    r"\bthrough\b|\bvia\b|\bpas[óo]\s+por|cruz[óo]|crossed",
    re.I,
)
_DEMONYM_BEFORE = re.compile(
    r"(?:\b(?:is|am|are|was|a|an|soy|es|somos|son|era|eres|sou|suis|est)\s+(?:a\s+|an\s+|un\s+|una\s+)?|"
    r"nationality|citizenship|nacionalidad|ciudadan[íi]a|\bciudadan[oa]s?|de\s+origen|by\s+birth)[\s:|\-–]*$",
    re.I,
)
_DEMONYM_AFTER = re.compile(
    r"^\s+(?:national|citizen|native|ciudadan[oa]|nacional|by\s+birth|de\s+nacimiento)", re.I
)
# "Xiomara Portillo, salvadoreña, nací en ...": a demonym standing alone between commas.
_APPOSITION = re.compile(r"[^\W\d_],\s*$"), re.compile(r"^\s*(?:[,;]|de\s|from\s)")


@dataclass(frozen=True)
class CountryHit:
    code: str  # ISO 3166-1 alpha-2
    start: int
    end: int
    method: str  # regex:country.name_in_context | .demonym | .code_after_label | .birth_city


def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFKD", ch)[:1] or ch
    low = base.lower()
    return low if len(low) == 1 else base


_FOLD = CharTable(_fold_char)


def fold(text: str) -> str:
    """Lower-case, accents off, same length as `text` so spans carry over."""
    return text.translate(_FOLD)


def _add(table: dict[str, str], name: str, code: str) -> None:
    key = re.sub(r"\s+", " ", fold(name)).strip()
    if len(key) >= 3 or "." in key:  # "RD", "UK" would hit ordinary words
        table.setdefault(key, code)


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    es = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"], fallback=True)
    table: dict[str, str] = {}
    for line in (_DATA / "countries_aliases.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            code, names = line.split("\t", 1)
            for name in names.split(","):
                _add(table, name.strip(), code)
    for c in pycountry.countries:
        full = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
        full += [es.gettext(c.name)]
        for name in filter(None, full):
            _add(table, name, c.alpha_2)
            _add(table, name.split(",")[0].split("(")[0], c.alpha_2)
    for upper in ("UK", "RD", "DRC", "USA", "EEUU"):
        table[upper.lower()] = table.get(upper.lower(), "")
    return {k: v for k, v in table.items() if v}


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in (_DATA / "demonyms.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            code, *forms = line.split("\t")
            for group in forms:
                for form in group.split(","):
                    table.setdefault(fold(form.strip()), code)
    return table


@lru_cache(maxsize=2)
def _pattern(kind: str) -> re.Pattern:
    words = _names() if kind == "name" else _demonyms()
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alts})(?![\w])")


def _key(matched: str) -> str:
    return re.sub(r"\s+", " ", matched)


def _in_birth_context(folded: str, start: int) -> bool:
    # Wrapped lines: a cue may sit at the end of the line before.
    before = re.sub(r"\s+", " ", folded[max(0, start - 90):start])
    cue = _CUE_RE.search(before)
    if not cue:
        return False
    return not _NOT_BIRTH.search(before[cue.start():])


US_STATES = ("alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|"
             "indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|"
             "missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|"
             "ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|"
             "virginia|washington|west virginia|wisconsin|wyoming|puerto rico|carolina del norte|carolina del sur|"
             "nueva york|nuevo m[eé]xico|nueva jersey|pensilvania|luisiana")
# US states and places that share a country's name: "New Mexico", "Atlanta, Georgia".
_NEVER = {"US", "JE"}


def _us_place(folded: str, start: int, code: str) -> bool:
    before = folded[max(0, start - 4):start]
    return before.endswith("new ") or (code == "GE" and before.rstrip().endswith(","))


def find_countries(text: str) -> list[CountryHit]:
    """Countries of birth/citizenship named in `text`, in position order."""
    if not text:
        return []
    folded = fold(text)
    hits = []
    for m in _pattern("name").finditer(folded):
        code = _names()[_key(m.group(0))]
        if code in _NEVER or _us_place(folded, m.start(), code):
            continue
        if _in_birth_context(folded, m.start()):
            hits.append(CountryHit(code, m.start(), m.end(), "regex:country.name_in_context"))
    for m in _pattern("demonym").finditer(folded):
        before = folded[max(0, m.start() - 40):m.start()]
        after = folded[m.end():m.end() + 25]
        apposed = _APPOSITION[0].search(before) and _APPOSITION[1].match(after)
        if _DEMONYM_BEFORE.search(before) or _DEMONYM_AFTER.match(after) or apposed:
            code = _demonyms()[_key(m.group(0))]
            hits.append(CountryHit(code, m.start(), m.end(), "regex:country.demonym"))
    # "COB MX", "Country of birth: GTM": a code, only right after a label (never "US").
    for m in _CODE_AFTER_LABEL.finditer(text):
        code = _code(m.group("code"))
        # "NO", "NA", "ID" after a label are answers and ID cards far more often than Norway,
        # Namibia or Indonesia.
        if code and code not in _NEVER and m.group("code") not in ("NO", "NA", "ID", "USA"):
            hits.append(CountryHit(code, m.start("code"), m.end("code"), "regex:country.code_after_label"))
    # A country named in the same birth context wins: "born in Honduras, in San Pedro Sula",
    # "Mexico City" (what follows the city is looked at in _birth_cities).
    named = [h for h in hits if h.method == "regex:country.name_in_context"]
    hits += [c for c in _birth_cities(text, folded)
             if not any(h.start < c.end and c.start - h.end < 60 and not _SENTENCE_END.search(folded, h.end, c.start)
                        for h in named)]
    return sorted(hits, key=lambda h: h.start)


# --- A birth city alone: "born in Saigon", "Place of birth: Samarkand", "né à Thiès". ---------

# The city comes right after the cue, or after "the city of", "la ciudad de", "a cidade de".
_CITY_INTRO = (r"(?:(?:the|a)\s+)?(?:city|town|village|municipality|province|port)\s+of\s+|"
               r"(?:(?:la|el|una?|o|a)\s+)?(?:ciudad|cidade|ville|provincia|departamento|municipio|"
               r"munic[íi]pio|aldea|pueblo|villa|vila|puerto|porto)\s+(?:de|do|da)\s+")
_CITY_CUE = re.compile(rf"(?:{_CUE})[\s:|\-–,()]*(?:{_CITY_INTRO})?$", re.I)
_US_STATES = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|"
    "idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|"
    "minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|"
    "new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|"
    "south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|"
    "wisconsin|wyoming|district of columbia|puerto rico")
_SENTENCE_END = re.compile(r"[.;!?](?!\d)|\n\s*\n")
# What follows the city in the same clause ("Jacmel, Haiti", "Paris, Texas", "Paris, TX").
_CITY_TAIL = re.compile(r"(?:[^.;!?\n(]|(?<=\d)\.(?=\d)){0,60}")
_CLAUSE_END = re.compile(r"\b(?:and|but|who|where|when|then|to|y|pero|donde|cuando|que|e|mas|et|mais|ou)\b")
_US_STATES_RX = _US_STATES.replace(" ", r"\s+")
_US_AFTER = re.compile(rf"[\s,]*(?:(?i:{_US_STATES_RX})\b|(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|"
                       r"K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|PR|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\b)")


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, bool]]:
    """City name (folded, words joined by one space) -> (country, "" for a blocker; needs a capital)."""
    table: dict[str, tuple[str, bool]] = {}
    for line in (_DATA / "birth_cities.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            name, code, *rest = line.split("\t")  # the name is already in _city_key() form
            table[name] = ("" if code == "-" else code, bool(rest) and "c" in rest[0])
    return table


@lru_cache(maxsize=1)
def _city_prefixes() -> tuple[frozenset, frozenset]:
    """The first words of the city names, and every run of first words ("san", "san pedro")."""
    firsts, runs = set(), set()
    for k in _cities():
        words = k.split(" ")
        firsts.add(words[0])
        runs.update(" ".join(words[:n]) for n in range(1, len(words)))
    return frozenset(firsts), frozenset(runs)


# A word of a place name ("n'djamena"), and what may join two ("st. john's", "port-au-prince").
_CITY_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_CITY_JOIN = re.compile(r"\.?[\s\-]+")


def _city_key(name: str) -> str:
    return " ".join(_CITY_WORD.findall(name.replace("’", "'")))


def _city_names(folded: str):
    """(start, end, name) for each table name in `folded`, the longest, never overlapping.

    Words are looked up in sets and a dict rather than matched by one regex of 17,000 names:
    that regex took seconds to compile and ran slower than this.
    """
    firsts, runs = _city_prefixes()
    table = _cities()
    text = folded.replace("’", "'")  # same length, so spans carry over
    done = 0
    for w in _CITY_WORD.finditer(text):
        first = w.group(0)
        if first not in firsts or w.start() < done or (w.start() and text[w.start() - 1] in "-.'_"):
            continue
        key, end = first, w.end()
        best = (end, key) if key in table else None
        while key in runs:
            join = _CITY_JOIN.match(text, end)
            nxt = join and _CITY_WORD.match(text, join.end())
            if not nxt:
                break
            key, end = f"{key} {nxt.group(0)}", nxt.end()
            if key in table:
                best = (end, key)
        if best is None:
            continue
        end, key = best
        done = end
        if text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha():
            continue  # "Basra-based": part of a longer word
        yield w.start(), end, key


def _birth_cities(text: str, folded: str) -> list[CountryHit]:
    """Birth cities in a birth context that names no country of its own."""
    hits = []
    for start, end, name in _city_names(folded):
        code, capital = _cities()[name]
        if not code or (capital and not text[start].isupper()):
            continue
        before = re.sub(r"\s+", " ", folded[max(0, start - 90):start])
        cue = _CITY_CUE.search(before)
        if not cue or _NOT_BIRTH.search(before[cue.start():]):
            continue
        # "Jacmel, Haiti": the country named in the same clause wins; "Paris, Texas" is no city abroad.
        tail = _CITY_TAIL.match(folded, end).group(0)
        tail = tail[:_CLAUSE_END.search(tail).start()] if _CLAUSE_END.search(tail) else tail
        if _pattern("name").search(tail) or _US_AFTER.match(text, end):
            continue
        hits.append(CountryHit(code, start, end, "regex:country.birth_city"))
    return hits


_CODE_AFTER_LABEL = re.compile(
    r"(?i:\b(?:cob|pob|country\s+of\s+(?:birth|citizenship)|citizenship|nationality|pa[ií]s\s+de\s+nacimiento|"
    r"nacionalidad))[\s:|\-–]*(?P<code>[A-Z]{2,3})\b(?![a-z])")


def _code(text: str) -> str | None:
    try:
        got = pycountry.countries.get(alpha_2=text) if len(text) == 2 else pycountry.countries.get(alpha_3=text)
    except (KeyError, LookupError):
        return None
    return got.alpha_2 if got else None

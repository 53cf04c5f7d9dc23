"""The full name of the person the request is about.

spaCy's Matcher finds name-shaped spans (capitalised or ALL-CAPS words, with
the particles of Spanish surnames between them); the words just before a span
say whose name it is: a label ("Nombre:"), a relation ("my client", "mi
esposo"), a reference ("Re:"), or the writer's own ("my name is", a signature),
which counts only when the writer is not writing for someone else.

name_cues.py reads the words around a name; name_forms.py finds the forms
the Matcher cannot see ("SURNAME, Given", lower case, split form fields).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.matcher import Matcher

from triage.extract.custody import _FACILITY
from triage.extract.name_cues import (_AFTER_SELF_NOT_SUBJECT, _LAWYER_AFTER, _SELF_ID, _SUBJECT_AFTER, _trigger,
                                      signature_start)
from triage.extract.name_forms import (_LOW, _NOT_NAME, _PARTICLES, _UP, NameHit, _mononym, _other_forms,
                                       _split_fields)
from triage.extract.nlp import get_nlp

# "Urbina-Castellón" is one token to the Spanish tokenizer: a hyphen may join capitalised parts.
# Arabic article and patronymics written small: "al-Khatib", "el-Masri", "bin", "ibn".
_NAME_TOKEN = {"TEXT": {"REGEX": rf"^(?:(?:al|el|ul|ad|ar|as|at|az|an)-)?[{_UP}][{_LOW}{_UP}'’]*(?:-[{_UP}][{_LOW}{_UP}'’]*)*\.?$"}}
# Extra spaces and tabs between words come out as their own tokens.
_JOINER = {"TEXT": {"REGEX": r"^(?:[ \t]+|" + "|".join(_PARTICLES) + r")$"}, "OP": "*"}
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|miss|mx|sr|sra|srta|dr|dra|don|doña|lic|licda?|señora?|señorita|rev|reverend|"
                        r"pastor|pastora|brother|hno|hna|fr)\.?$", re.I)
# Words of organisations: a span holding one names a body, not a person.
_ORG = frozenset("""network coalition alliance project services society foundation program programme association
ministries ministry clinic committee council institute university college school hospital group accompaniment
partners llp llc pllc inc corporation company center centre church parish diocese department agency bureau
caridades católicas catolicas diócesis diocesis parroquia iglesia fundación fundacion asociación asociacion
organización organizacion clínica clinica oficina programa proyecto coalición coalicion servicios ministerio
""".split())
_FACILITY_NAME = re.compile(_FACILITY)


@lru_cache(maxsize=2)
def _matcher(lang: str) -> Matcher:
    matcher = Matcher(get_nlp(lang).vocab)
    # Up to eight name words, joiners (particles, hyphens, spaces) between any two of them.
    tail = [tok for _ in range(5) for tok in (_JOINER, {**_NAME_TOKEN, "OP": "?"})]
    matcher.add("NAME", [[_NAME_TOKEN, _JOINER, _NAME_TOKEN, _JOINER, _NAME_TOKEN, *tail],
                         [_NAME_TOKEN, _JOINER, _NAME_TOKEN]], greedy="LONGEST")
    return matcher


def _is_particle(tok) -> bool:
    return tok.text in _PARTICLES or tok.lower_ in _PARTICLES or tok.is_space


# Months that are also given names: "Julio César", "Abril Sánchez", "June Okafor".
_MONTH_GIVEN = frozenset("julio abril april june".split())
_DATE_WORD = frozenset("de del of in on since until by from desde en hasta el the last next this pasado".split())


def _month_as_name(tok, span) -> bool:
    """A month word opening a name: another name word follows, no date around it."""
    if tok.lower_ not in _MONTH_GIVEN or tok.i + 1 >= span.end:
        return False
    nxt = tok.nbor(1)
    prev = tok.nbor(-1) if tok.i > 0 else None
    if prev is not None and prev.is_space and prev.i > 0:
        prev = prev.nbor(-1)
    if prev is not None and (prev.like_num or prev.lower_ in _DATE_WORD):
        return False
    return not _is_particle(nxt) and nxt.lower_ not in _NOT_NAME and nxt.text[:1].isupper()


def _runs(span) -> list:
    """The span cut at words that are never names; honorifics dropped."""
    runs, cur = [], []
    for tok in span:
        spaced_dash = tok.text == "-" and (tok.whitespace_ or tok.nbor(-1).whitespace_)
        never = tok.lower_ in _NOT_NAME and not _is_particle(tok) and not _month_as_name(tok, span)
        # Burmese titles open a name: "U Zaw Min Oo", "Daw Aye Aye Khin".
        burmese = tok.i == span.start and tok.text in ("U", "Daw")
        if spaced_dash or never or burmese or _HONORIFIC.match(tok.text):
            runs.append(cur)
            cur = []
        else:
            cur.append(tok)
    runs.append(cur)
    out = []
    for run in runs:
        # A capitalised "Van" or "De" may open a name; a lower-case particle may not.
        while run and _is_particle(run[0]) and not run[0].is_title:
            run = run[1:]
        while run and _is_particle(run[-1]):
            run = run[:-1]
        if sum(not _is_particle(t) for t in run) >= 2 and len(run) <= 8:
            out.append(run)
    return out


_WRAP = re.compile(rf"(?m)^(.{{45,}}[{_UP}][{_LOW}'’\-]+)\n(?=[{_UP}][{_LOW}])")


def _join_wrapped(text: str) -> str:
    """A name cut by a wrapped prose line ("my son, Babatunde\nOlumide ...") is
    read as one; same length, so offsets hold. Short lines (signatures,
    addresses) stay apart, and so does a title line well short of its block's
    width ("Solicitud ... - Génesis Morillo Díaz" above "Bufete Benítez Ruiz")."""
    widths: dict[int, int] = {}  # line start -> its block's widest line
    block: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n") + [""]:
        if line.strip():
            block.append((pos, len(line)))
        else:
            widest = max((n for _, n in block), default=0)
            widths.update({start: widest for start, _ in block})
            block = []
        pos += len(line) + 1

    def join(m: re.Match) -> str:
        if len(m.group(1)) < 0.8 * widths.get(m.start(1), 0):
            return m.group(0)
        return m.group(1) + " "
    return _WRAP.sub(join, text)


# "Min-jun Park", "PARK, Hyun-woo": a Korean given name's second syllable is written small.
_SYLLABLE = re.compile(rf"(?<![\w-])([{_UP}][{_LOW}]{{1,4}})-([a-z]{{2,5}})\b(?=[ \t]+[{_UP}]|[ \t]*[,.;)\n]|$)"
                       rf"|(?<=[{_UP}][{_LOW}] )([{_UP}][{_LOW}]{{1,4}})-([a-z]{{2,5}})\b")
_NOT_SYLLABLE = frozenset("up in on out off over by to of the year old like based time term free day law back".split())


# Abbreviated given names: "Ma. Guadalupe", "Fco. Javier", "Ma Guadalupe".
_ABBREV = re.compile(r"\b(Ma|Fco|Jse|Wm|Geo|Chas|Thos|Jas|Ant|Mª)\.(?= [A-ZÁÉÍÓÚÑ])")


def _cap_syllables(text: str) -> str:
    """The matcher's copy of the text with such syllables capitalised (same length, same offsets)."""
    def cap(m: re.Match) -> str:
        first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if second in _NOT_SYLLABLE:
            return m.group(0)
        return f"{first}-{second[0].upper()}{second[1:]}"
    return _ABBREV.sub(lambda m: m.group(1) + "x", _SYLLABLE.sub(cap, text))


_LABEL_LINE = re.compile(
    r"^[ \t*•\-|]*(?:full\s+name|name|nombre(?:\s+completo)?|client|cliente|noncitizen|detainee|"
    r"beneficiary|detenid[oa])\s*[:|\-–]\s*(?P<v>[^\W\d_]+(?:[ '\-][^\W\d_]+){1,5})\s*(?:[,;|(]|$)",
    re.I | re.M,
)


def find_names(text: str, language: str = "en", subject: bool = False) -> list[NameHit]:
    """Name hits with whose-name evidence; `subject` marks a Subject line."""
    if not text or not text.strip():
        return []
    doc = get_nlp(language).make_doc(_cap_syllables(_join_wrapped(text[:20000])))
    sig = signature_start(text)
    hits: list[NameHit] = []
    for _, s, e in _matcher(language)(doc):
        span = doc[s:e]
        had_honorific = any(_HONORIFIC.match(t.text) for t in span[:2]) or span[0].text in ("U", "Daw")
        for i, run in enumerate(_runs(span)):
            start, end = run[0].idx, run[-1].idx + len(run[-1].text)
            if text[end - 1:end] == "." and len(run[-1].text) > 2:
                end -= 1  # "Kim Min Jun." ends a sentence; "P." is an initial
            value = re.sub(r"\s+", " ", text[start:end])
            if _FACILITY_NAME.fullmatch(value.lower()) or any(t.lower_ in _ORG for t in span):
                continue  # "Otay Mesa": where someone is held; "Border Friends Network": a body
            # "Marvin Castellon Lopez de Krome": where he is held is no surname.
            held = re.search(r"\s+(?:de|del|at|en)\s+(\S+(?:\s+\S+)?)$", value)
            if held and _FACILITY_NAME.fullmatch(held.group(1).lower()):
                end -= len(held.group(0))
                value = value[:-len(held.group(0))]
            # The words before the run, or before the whole span ("Mr." was cut off).
            trig = _trigger(text, start, False)
            if trig is None and i == 0:
                trig = _trigger(text, span.start_char, had_honorific)
            if trig and trig[0] == "self" and _AFTER_SELF_NOT_SUBJECT.match(text[end:end + 60]):
                trig = ("writer", 99)
            elif trig and trig[0] == "self" and _SELF_ID.match(text[end:end + 40]):
                trig = ("selfid", 1)  # "Yo, Luis Fernando Orellana, número A 218 ..., nacido ...": a sworn statement
            if _LAWYER_AFTER.match(text[end:end + 30]):  # "on behalf of Sarah Whitfield, Esq."
                trig = ("writer", 99)
            elif _SUBJECT_AFTER.match(text[end:end + 30]) and (trig is None or trig[1] > 1):
                trig = ("relation", 1)
            if (trig is None or trig[0] == "honorific") and sig is not None and sig <= start <= sig + 12:
                trig = ("signature", 5)  # "The Rev. Daniel Whitcomb" under "In Christ," signs
            if trig is None and subject:
                trig = ("subject", 3)
            # Untriggered spans only ever complete a triggered name ("Declan P. Walsh").
            trig = trig or ("plain", 9)
            if trig:
                hits.append(NameHit(value, start, end, f"spacy:name.{trig[0]}", trig[1]))
    hits += _other_forms(text, hits, subject) + _split_fields(text) + _mononym(text)
    for m in _LABEL_LINE.finditer(text):
        if not any(h.start <= m.start("v") < h.end and h.rank != 9 for h in hits):
            words = m.group("v").split()
            if not any(w.lower() in _NOT_NAME for w in words):
                hits.append(NameHit(" ".join(words), m.start("v"), m.end("v"), "regex:name.label", 0))
    return sorted(hits, key=lambda h: (h.rank, h.start))

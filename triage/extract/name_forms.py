"""How names are written, and the written forms spaCy's Matcher cannot see.

The letters, particles and never-name words here are shared with the Matcher
in names.py. The forms found here by pattern alone: a name in lower case after
"my name is" or "Name:", "SURNAME, Given", a name split across form fields
("First name:" / "Last name:"), and a mononym written with FNU.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from triage.extract.name_cues import _KIN_WORDS, _WRITER_SECTION, _trigger

# Latin letters with their accents: Polish "Wiśniewski", Portuguese "João", Vietnamese "Nguyễn".
_LATIN = [chr(c) for c in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]]
_UP = "A-Z" + "".join(c for c in _LATIN if c.isupper())
_LOW = "a-z" + "".join(c for c in _LATIN if c.islower())
_PARTICLES = ["de", "del", "la", "las", "los", "y", "da", "das", "do", "dos", "van", "von", "bin", "ibn", "bint", "al",
              "der", "di", "du", "le", "el", "e", "-", "De", "Del", "DE", "DEL", "LA", "Y"]
# Capitalised words that begin sentences, subjects and salutations, never names.
_NOT_NAME = frozenset("""
re fw fwd rv help me urgent urgente ayuda request requesting urgent case review stay removal release detained detention
solicitud revisión revision de caso urgente liberación liberacion petición peticion ice ero uscis eoir
dhs opla dob a alien number no the dear hello hi good morning afternoon estimado estimada estimados
hola buenos buenas días dias tardes sir madam officer senior reviewing official sro thank thanks
please gracias por favor my mi his her su i we he she they yo el ella it this that who which
attorney abogado abogada law office oficina esq esq. llc pllc p.c. inc client cliente noncitizen
detainee beneficiary name nombre full completo date fecha phone teléfono telefono email correo
country país pais birth nacimiento sincerely atentamente respectfully regards saludos cordialmente
prosecutorial discretion discreción discrecion deferred action field el la los las en y and or for
on of to in at with mr mrs ms sr sra dr subject asunto ref regarding about sobre para con
monday tuesday wednesday thursday friday saturday sunday lunes martes miércoles jueves viernes
january february march april may june july august september october november december enero
febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
center centro processing county jail facility department immigration inmigración customs enforcement
is am are was were soy es eres somos estoy llamo tengo je suis meu nome sou
given first last surname family western english respondent applicant petitioner file intake desk
""".split())


# One name found, by the Matcher (names.py) or by a form here, with whose-name evidence.
@dataclass(frozen=True)
class NameHit:
    value: str
    start: int
    end: int
    method: str  # regex:name.label | .relation | .reference | .subject | .honorific | .self | .signature | .order
    #              | .writer (the writer's side, never the subject) | .plain (no evidence)
    rank: int  # lower is stronger; 9 plain, 99 writer


# A name written in lower case is taken only after "my name is" or a "Name:" label.
_LOWER = re.compile(
    r"(?i:(?P<self>my\s+(?:full\s+)?name\s+is|me\s+llamo|mi\s+nombre\s+(?:completo\s+)?es|meu\s+nome\s+[ée])|"
    r"(?P<kin>\b(?:his|her)\s+(?:full\s+|real\s+)?name\s+is|\bsu\s+nombre\s+(?:completo\s+)?es|"
    r"\b(?:my|mi|meu|minha)\s+(?:" + _KIN_WORDS + r")(?:['’]?s)?\s+(?:full\s+|real\s+)?(?:name\s+is|se\s+llama|se\s+chama)|"
    r"\b(?:he|she)\s+is\s+call(?:ed)?)|"
    r"(?:^|\n)[ \t*•\-|]*(?:full\s+name|name|nombre(?:\s+completo)?)\s*[:|])[ \t]*"
    r"(?P<v>[a-záéíóúñüç'’\-]+(?:[ \t]+[a-záéíóúñüç'’\-]+){1,7})"
)
_LOWER_STOP = frozenset("""born and y my mi i from a an the is es im am soy naci nací nacido nacida nasi with con
sou eu meu minha ele ela tenho moro nasci é e
number numero número tengo have was fui vivo live dob por please ask pido i'm from desde de_ who que
nacio nació nasio nasió nasido nasida esta está estaba el ella he she fue vive tiene lleva trabaja and but pero
""".split())
# "LOPEZ, Maria" / "NGUYEN, Thi Lan": a capitalised surname, a comma, the given names.
_INVERTED = re.compile(
    rf"\b(?P<last>[{_UP}][{_UP}'’\-]+(?:[ \t]+[{_UP}][{_UP}'’\-]+){{0,3}}),[ \t]*"
    rf"(?P<first>[{_UP}][{_LOW}'’]+(?:-[{_UP}]?[{_LOW}'’]+)*(?:[ \t]+[{_UP}](?:[{_LOW}'’]+(?:-[{_UP}][{_LOW}'’]+)*|\.))*)"
)


def _surname_case(last: str) -> str:
    """"DE LA CRUZ MARTINEZ" -> "de la Cruz Martinez": title case, particles small."""
    words = last.title().split()
    small = {"de", "del", "la", "las", "los", "y", "van", "von", "der"}
    return " ".join(w.lower() if i < len(words) - 1 and w.lower() in small else w for i, w in enumerate(words))


def _lower_name(words: list[str]) -> list[str]:
    out = []
    for w in words:
        if w.lower() in _LOWER_STOP:
            break
        out.append(w)
    while out and out[-1] in _PARTICLES:
        out.pop()
    return out if sum(w not in _PARTICLES for w in out) >= 2 else []


def _other_forms(text: str, hits: list[NameHit], subject: bool) -> list[NameHit]:
    """Names the Matcher cannot see: lower-case ones, and "SURNAME, Given"."""
    out = []
    pos = 0
    while m := _LOWER.search(text, pos):
        words = _lower_name(m.group("v").split())
        # The words after a name may hold the next trigger: "my name is ana i write for my husband name is ..."
        pos = m.start("v") + len(" ".join(words)) if words else m.end() - len(m.group("v")) + 1
        if words and not any(h.start <= m.start("v") < h.end and h.rank != 9 for h in hits):
            value = " ".join(words)
            kind, rank = ("self", 4) if m.group("self") else ("relation", 1) if m.group("kin") else ("lower", 2)
            out.append(NameHit(value, m.start("v"), m.start("v") + len(value), f"regex:name.{kind}", rank))
    for m in _INVERTED.finditer(text):
        last, first = m.group("last"), m.group("first")
        if last.lower() in _NOT_NAME or first.split()[0].lower() in _NOT_NAME:
            continue
        trig = _trigger(text, m.start(), False) or (("subject", 3) if subject else ("plain", 9))
        given = []
        for w in first.split():  # "NWOSU, Ikechukwu Emmanuel File No.:": the form's next label is no name
            if w.lower().strip(".") in _NOT_NAME:
                break
            given.append(w)
        if not given:
            continue
        first = " ".join(given)
        value = f"{first} {_surname_case(last) if last.isupper() else last}"
        out.append(NameHit(re.sub(r"\s+", " ", value), m.start(), m.end(), f"regex:name.{trig[0]}", trig[1]))
    return out


# Forms that split the name: "First name: Kofi" / "Last name: Mensah", "Nombre(s):" / "Apellidos:".
_FIELD = r"(?:^|\n|\|)[ \t*•\-]*(?:{})[ \t]*[:|\-–][ \t]*(?P<v>[^\W\d_]+(?:[ \t'\-]+[^\W\d_]+){{0,3}})[ \t]*(?=\n|\||$)"
_GIVEN = re.compile(_FIELD.format(r"first\s+names?|given\s+names?(?:\s*\(s\))?|forenames?|nombres?(?:\s*\(s\))?|"
                                  r"primer\s+nombre|nombres?\s+de\s+pila"), re.I)
_MIDDLE = re.compile(_FIELD.format(r"middle\s+names?|segundo\s+nombre"), re.I)
_FAMILY = re.compile(_FIELD.format(r"last\s+names?|family\s+names?|surnames?|apellidos?(?:\s*\(s\))?"), re.I)


def _split_fields(text: str) -> list[NameHit]:
    """A name given in separate form fields, put together in natural order."""
    out = []
    for fam in _FAMILY.finditer(text):
        near = text[max(0, fam.start() - 200):fam.end() + 200]
        given = _GIVEN.search(near)
        if not given or _WRITER_SECTION.search(text[max(0, fam.start() - 250):fam.start()].split("\n\n")[-1]):
            continue
        middle = _MIDDLE.search(near)
        words = [given.group("v"), middle.group("v") if middle else "", fam.group("v")]
        if any(w.lower() in _NOT_NAME for part in words for w in part.split()):
            continue
        value = re.sub(r"\s+", " ", " ".join(words)).strip()
        out.append(NameHit(value, fam.start("v"), fam.end("v"), "regex:name.label", 0))
    return out


# One name only ("SUPARMAN, FNU": first name unknown, as ICE writes a mononym).
_FNU = re.compile(rf"\b(?P<a>[{_UP}][{_UP}{_LOW}]+),?[ \t]+FNU\b|\bFNU,?[ \t]+(?P<b>[{_UP}][{_UP}{_LOW}]+)")


def _mononym(text: str) -> list[NameHit]:
    """A person with one name, said so: the name as the text writes it, in mixed case where it can."""
    m = _FNU.search(text)
    word = m and (m.group("a") or m.group("b"))
    if not word or word.lower() in _NOT_NAME:
        return []
    mixed = re.search(rf"\b{re.escape(word.title())}\b", text)
    start = mixed.start() if mixed else m.start("a" if m.group("a") else "b")
    value = text[start:start + len(word)]
    return [NameHit(value, start, start + len(value), "regex:name.mononym", 1)]

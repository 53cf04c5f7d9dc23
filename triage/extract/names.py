"""The full name of the person the request is about.

spaCy's Matcher finds name-shaped spans (capitalised or ALL-CAPS words, with
the particles of Spanish surnames between them); the words just before a span
say whose name it is: a label ("Nombre:"), a relation ("my client", "mi
esposo"), a reference ("Re:"), or the writer's own ("my name is", a signature),
which counts only when the writer is not writing for someone else.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import Matcher

from triage.extract.countries import US_STATES
from triage.extract.custody import _FACILITY
from triage.extract.nlp import get_nlp

# Latin letters with their accents: Polish "Wiśniewski", Portuguese "João", Vietnamese "Nguyễn".
_LATIN = [chr(c) for c in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]]
_UP = "A-Z" + "".join(c for c in _LATIN if c.isupper())
_LOW = "a-z" + "".join(c for c in _LATIN if c.islower())
# "Urbina-Castellón" is one token to the Spanish tokenizer: a hyphen may join capitalised parts.
# Arabic article and patronymics written small: "al-Khatib", "el-Masri", "bin", "ibn".
_NAME_TOKEN = {"TEXT": {"REGEX": rf"^(?:(?:al|el|ul|ad|ar|as|at|az|an)-)?[{_UP}][{_LOW}{_UP}'’]*(?:-[{_UP}][{_LOW}{_UP}'’]*)*\.?$"}}
_PARTICLES = ["de", "del", "la", "las", "los", "y", "da", "das", "do", "dos", "van", "von", "bin", "ibn", "bint", "al",
              "der", "di", "du", "le", "el", "e", "-", "De", "Del", "DE", "DEL", "LA", "Y"]
# Extra spaces and tabs between words come out as their own tokens.
_JOINER = {"TEXT": {"REGEX": r"^(?:[ \t]+|" + "|".join(_PARTICLES) + r")$"}, "OP": "*"}
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|miss|mx|sr|sra|srta|dr|dra|don|doña|lic|licda?|señora?|señorita|rev|reverend|"
                        r"pastor|pastora|brother|hno|hna|fr)\.?$", re.I)
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
# Words of organisations: a span holding one names a body, not a person.
_ORG = frozenset("""network coalition alliance project services society foundation program programme association
ministries ministry clinic committee council institute university college school hospital group accompaniment
partners llp llc pllc inc corporation company center centre church parish diocese department agency bureau
caridades católicas catolicas diócesis diocesis parroquia iglesia fundación fundacion asociación asociacion
organización organizacion clínica clinica oficina programa proyecto coalición coalicion servicios ministerio
""".split())


@dataclass(frozen=True)
class NameHit:
    value: str
    start: int
    end: int
    method: str  # regex:name.label | .relation | .reference | .subject | .honorific | .self | .signature | .order
    #              | .writer (the writer's side, never the subject) | .plain (no evidence)
    rank: int  # lower is stronger; 9 plain, 99 writer


_KIN_WORDS = (r"sister|brother|mother|father|wife|husband|son|daughter|cousin|aunt|uncle|niece|nephew|fianc[ée]e?|partner|"
              r"grand\s?mother|grand\s?father|grandma|grandpa|step\s?(?:father|mother|son|daughter)|god\s?(?:mother|father)|"
              r"hermana|hermano|madre|padre|mam[áa]|pap[áa]|esposa|esposo|hija|hijo|prima|primo|t[íi]a|t[íi]o|"
              r"sobrin[oa]|novi[oa]|pareja|abuel[oa]|padrastro|madrastra|madrina|padrino|compadre|comadre|cuñad[oa]")
_TRIGGERS = [
    # "Nguyen Thi Huong. In English order: Huong Thi Nguyen": the natural order, said so.
    ("order", 4, r"(?:in\s+(?:english|western|american|us|u\.s\.)\s+(?:name\s+)?(?:order|format|style)|"
                 r"(?:given|first)\s+name\s+first|(?:written|known)\s+in\s+english\s+as|"
                 r"en\s+(?:el\s+)?orden\s+(?:ingl[ée]s|americano|de\s+ee\.?\s?uu\.?))\s*(?:is|es)?[\s:,\-–]*$"),
    # "an officer called his aunt, Mrs. Fatmata Conteh": the person's relative, named after the person.
    ("kin_of", 6, r"\b(?:his|her|their|su|sus)\s+(?:\w+\s+)?(?:" + _KIN_WORDS + r")[\s,:(]*"
                  r"(?:(?:mr|mrs|ms|miss|sr|sra|señor|señora|don|doña)\.?\s+)?$"),
    ("label", 0, r"(?:^|\n|\|)[ \t*•\-]*(?:full\s+(?:legal\s+)?name(?:\s+of\s+(?:the\s+)?(?:person|noncitizen|detainee|client|"
                 r"beneficiary|individual))?|(?:client|noncitizen|detainee|beneficiary|respondent|"
                 r"applicant|subject|subject\s+person|person\s+concerned|persona|interesad[oa])(?:'s)?(?:\s+(?:full\s+)?name)?|name\s+of\s+(?:the\s+)?(?:client|noncitizen|detainee|"
                 r"beneficiary)|nombre\s+completo(?:\s+del?\s+(?:la\s+)?(?:detenid[oa]|cliente|beneficiari[oa]|"
                 r"solicitante|interesad[oa]))?|cliente|detenid[oa]|beneficiari[oa])\s*[:|\-–]\s*$"),
    ("relation", 1, r"(?:on\s+behalf\s+of|represent(?:ing|s)?|for|regarding|about|of|is|de|por|en\s+nombre\s+de|a\s+favor\s+de)?"
                    r"\s*(?:my|our|mi|mis|nuestr[oa]|meu|minha|noss[oa])\s+(?:\w+\s+)?(?:client|filh[oa]|irm[ãa]o?|pai|m[ãa]e|sis|bro|hubby|mum|husband|wife|spouse|partner|son|daughter|father|"
                    r"mother|mom|mum|mommy|dad|daddy|mami|mamita|papi|papito|stepfather|stepmother|stepson|stepdaughter|(?:brother|sister|son|daughter|father|mother)[\s-]in[\s-]law|"
                    r"boyfriend|girlfriend|godson|goddaughter|godfather|godmother|yerno|nuera|cuñad[oa]|suegr[oa]|novi[oa]|ahijad[oa]|compadre|comadre|"
                    r"brother|sister|fianc[ée]e?|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|"
                    r"grandfather|grandmother|friend|neighbou?r|cliente|esposo|esposa|marido|mujer|pareja|hijo|hija|"
                    r"padre|pap[áa]|madre|mam[áa]|hermano|hermana|prometid[oa]|sobrin[oa]|prim[oa]|t[íi][oa]|niet[oa]|"
                    r"abuel[oa]|amig[oa]|vecin[oa]|compañer[oa])(?:(?:['’]?s)?\s+(?:full\s+|real\s+|legal\s+)?name\s+is|\s+se\s+llama|\s+se\s+chama|\s+chama-se|\s+named|\s+llamad[oa]|\s+(?:is|es))?"
                    # "my neighbor of ten years, Arturo ...", "mi esposo de 20 años, José ..."
                    r"(?:\s+(?:of|for|since|de|desde\s+hace)\s+[\w ]{1,20},)?[\s,:(]*"
                    r"(?:(?:la|el)\s+)?(?:(?:señora|señor|senora|senor|sra|sr|mr|mrs|ms|don|doña)\.?\s+)?$"),
    # French: "l'oncle de X", "mon neveu X"
    ("relation", 1, r"(?:\bl['’]|\ble\s+|\bla\s+)(?:oncle|tante|fr[èe]re|s[œo]eur|m[èe]re|p[èe]re|[ée]pouse|[ée]poux|mari|femme|"
                    r"cousine?|neveu|ni[èe]ce)\s+de\s*$|\b(?:mon|ma|notre)\s+(?:neveu|ni[èe]ce|fils|fille|mari|[ée]pouse|fr[èe]re|"
                    r"s[œo]eur|p[èe]re|m[èe]re|oncle|tante|cousine?)\s*,?\s*$"),
    # "I am the sister of X", "soy la hermana de X"
    ("relation", 1, r"(?:\b(?:i\s+am|i'm|soy)\s+|,\s*|\by\s+soy\s+|\band\s+i\s+am\s+)(?:(?:the|his|her|their|a|an|su|el|la|un|una)\s+)?"
                    r"(?:\w+\s+)?(?:" + _KIN_WORDS + r")(?:\s+(?:mayor|menor|older|oldest|eldest|youngest|younger|only|[úu]nic[oa]))?"
                    r"(?:\s+(?:de|of)\s+\w+)?\s+(?:of|de|del)\s*(?:(?:mr|mrs|ms|sr|sra|señor|señora|don|doña)\.?\s+)?$"),
    # "His name is ...", "he is called ...", "su nombre es ...", "el nombre de mi esposo es ...".
    ("relation", 1, r"(?:\b(?:his|her)\s+(?:full\s+|real\s+|legal\s+)?name\s+is|\b(?:he|she)\s+is\s+call(?:ed)?|"
                    r"\breal\s+name\s+is|\b(?:él|el|ella)\s+se\s+llama|\bsu\s+nombre\s+(?:completo\s+)?es|"
                    r"\bel\s+nombre\s+(?:completo\s+)?de\s+mi\s+\w+\s+es)\s*[,:]?\s*$"),
    ("relation", 1, r"(?:on\s+behalf\s+of|en\s+nombre\s+de|(?:attorney|counsel|lawyer|abogad[oa])\s+(?:for|de)|retained\s+by|"
                    r"\bi\s+represent|represento\s+a|representing|represents?|a\s+favor\s+de|release\s+of|liberaci[óo]n\s+de|"
                    r"the\s+(?:noncitizen|detainee|respondent)|el\s+detenido|la\s+detenida)[\s,:]*$"),
    # "I am a volunteer visitor and a friend of Abdoulaye Diallo", "the father of one of my students, Mr. ..."
    ("relation", 1, r"\b(?:a|the|un|una)\s+(?:close\s+|longtime\s+|good\s+)?(?:friend|neighbou?r|co-?worker|employee|student|"
                    r"parishioner|amig[oa]|vecin[oa]|compañer[oa])\s+(?:of|de)\s*$"),
    ("label", 2, r"(?:^|\n|\|)[ \t*•\-]*(?:(?:printed|print|typed)\s+)?(?:name|nombre)(?:\s*\([^)\n]{0,30}\))?\s*[:|\-–]\s*$"),
    ("reference", 2, r"(?:\b(?:writing|write|escribo|escribiendo)\s+(?:to\s+you\s+)?(?:about|regarding|on\s+behalf\s+of|por|sobre)|"
                     r"\bthis\s+is\s+(?:for|about|regarding)|\bayuda\s+(?:para|por)|(?:^|[.!?\n]\s*)detainee|\bhelp\s+for)\s*[:,]?\s*$"),
    # "a young woman named Sunita Tamang", "un muchacho de nombre ..."
    ("reference", 2, r"\b(?:named|llamad[oa]|de\s+nombre)\s*$"),
    ("reference", 2, r"(?:\bre|\bref|\bregarding|\bin\s+re|\bin\s+the\s+matter\s+of|\basunto|\bcaso\s+de|\bsobre)\s*[:.\-]?\s*$"),
    ("self", 4, r"(?:my\s+(?:full\s+)?name\s+is|me\s+llamo|mi\s+nombre\s+(?:completo\s+)?es|yo\s+soy|i\s+am|i'm|soy|"
                r"(?:^|[.!?\n]\s*)i\s*,|(?:^|[.!?\n]\s*)yo\s*,|je\s+m'appelle|mon\s+nom\s+est|je\s+suis|meu\s+nome\s+[ée]|"
                r"chamo-me|eu\s+sou)\s*[,:]?\s*$"),
]
_TRIGGER_RE = [(m, r, re.compile(p, re.I)) for m, r, p in _TRIGGERS]
_CLOSING = re.compile(
    r"^\s*(?:sincerely|respectfully|regards|best(?:\s+regards)?|thank\s+you|thanks|atentamente|"
    r"saludos|cordialmente|gracias|respetuosamente|muchas\s+gracias|god\s+bless|dios\s+l[eo]s?\s+bendiga|in\s+christ|"
    r"blessings|yours(?:\s+truly|\s+faithfully)?|warmly|with\s+gratitude|gratefully|bendiciones|un\s+abrazo)[\w\s]*[,.!]?\s*$",
    re.I | re.M,
)
# Who the writer speaks for: a client or a relative, unless the writer gives
# their own A-number or birth, which only the subject does.
_FOR_OTHER = re.compile(
    r"\bI\s+am\s+(?:the|a|an|his|her|their)\s+(?:\w+\s+){0,2}(?:pastor|priest|friend|neighbou?r|employer|teacher|boss|"
    r"supervisor|chaplain|volunteer|social\s+worker|case\s+manager|counsell?or|co-?worker|landlord|roommate)\b|"
    r"\bsoy\s+(?:el|la|su|un|una)\s+(?:pastor[a]?|amig[oa]|vecin[oa]|patr[oó]n|jef[ea]|maestr[oa])\b|"
    r"\b(?:my|our)\s+client|on\s+behalf\s+of|\b(?:i|we)\s+represent|attorney\s+(?:for|of\s+record)|"
    r"\brepresent(?:s|ing)\b|retained\s+by|\b(?:mi|nuestr[oa])\s+cliente|en\s+nombre\s+de|represento\s+a",
    re.I,
)
_SELF_FACTS = re.compile(
    r"\bmy\s+(?:a[\s#-]*(?:number|no\b|nummer)|alien\s+(?:number|registration|no)|date\s+of\s+birth|dob|removal|deportation)|"
    r"\bi\s+(?:was\s+|am\s+)?born\b|\bi\s+am\s+(?:detained|in\s+(?:ice\s+)?(?:custody|detention))|\bdeport\s+me\b|"
    r"\bmi\s+(?:n[úu]mero\s+(?:a|de\s+a|de\s+extranjero)|\ba\b|fecha\s+de\s+nacimiento|deportaci[óo]n|caso\b)|\bmis\s+datos\b|"
    r"\b(?:review|reconsider)\s+my\s+case\b|"
    r"\bnac[íi]\b|\bnas[íi]\b|\bestoy\s+detenid[oa]|\bme\s+deporten\b|\bnasci\b|\bje\s+suis\s+n[ée]|\bmon\s+num[ée]ro",
    re.I,
)
_KIN = (r"(?:(?:brother|sister|son|daughter|father|mother)[\s-]in[\s-]law|boyfriend|girlfriend|novi[oa]|yerno|nuera|"
        r"cuñad[oa]|suegr[oa]|husband|wife|son|daughter|father|mother|brother|sister|spouse|partner|mom|dad|uncle|aunt|nephew|"
        r"niece|cousin|friend|neighbou?r|fianc[ée]e?|esposo|esposa|marido|hijo|hija|padre|madre|hermano|hermana|"
        r"pareja|pap[áa]|mam[áa]|t[íi][oa]|sobrin[oa]|prim[oa]|amig[oa]|vecin[oa])")
# A relative the letter is about ("for my son", "my husband Declan ...", "mi hijo
# está detenido"), not one named in passing ("my wife and my two daughters").
_FOR_KIN = re.compile(
    rf"(?i:\b(?:for|about|regarding|release(?:\s+of)?|behalf\s+of|por|sobre|liberen\s+a|liberar\s+a|para)"
    rf"\s+(?:my|our|mi|nuestr[oa])\s+{_KIN})\b|"
    rf"(?i:\b(?:my|our|mi|nuestr[oa])\s+{_KIN})(?:'s\s+name|,)?\s+(?:[A-ZÁÉÍÓÚÑ]|(?i:is\s+(?:detained|in\s|being|now)|"
    r"was\s+(?:arrested|detained|picked|taken)|has\s+been|est[áa]\s+detenid|fue\s+(?:detenid|arrestad)|"
    r"lo\s|la\s|se\s+llama|named))"
)
# "I am writing for my mom", "pido la liberación de mi esposo": the letter is the relative's.
_FOR_KIN_ASKED = re.compile(
    rf"\b(?:(?:writ\w*|ask\w*|request\w*|help|escrib\w*|pid\w*|pedi\w*|solicit\w*)\s+(?:\w+\s+){{0,3}}?"
    rf"(?:for|about|regarding|on\s+behalf\s+of|por|sobre|para)|release(?:\s+of)?|liberen\s+a|liberar\s+a|liberaci[óo]n\s+de)"
    rf"\s+(?:my|our|mi|nuestr[oa])\s+{_KIN}\b", re.I)
_AFTER_SELF_NOT_SUBJECT = re.compile(
    r"^[\s,]*(?:and\s+)?(?:i\s+am\s+|i'm\s+|soy\s+|,\s*)?(?:an?\s+|el\s+|la\s+)?(?:\w+\s+)?"
    r"(?:attorney|lawyer|paralegal|abogad[oa]|representative|counsel|esq|"
    r"the\s+(?:wife|husband|mother|father|sister|brother)|la\s+esposa|el\s+esposo|"
    r"(?:the|la|el|his|her|su)\s+(?:\w+\s+)?(?:" + _KIN_WORDS + r")(?:\s+(?:de|of)\s+\w+)?\s+(?:of|de|del)\b|"
    r"(?:" + _KIN_WORDS + r")\s+(?:of|de|del)\b)",
    re.I,
)


_SELF_ID = re.compile(r"^[,\s]*(?:a-?\s?number|a\s*#|n[úu]mero\s+(?:de\s+)?a\b|alien|nacid[oa]|born|dob\b|fecha\s+de\s+nac)", re.I)
_FACILITY_NAME = re.compile(_FACILITY)
_LAWYER_AFTER = re.compile(r"^,?\s*(?:esq\b|esquire\b|attorney\s+at\s+law|\(\s*(?:partner|associate|of\s+counsel|counsel|"
                           r"attorney|paralegal|staff\s+attorney)\s*\))", re.I)
# "Mohammad Rafiqul Islam (ICE detainee)": the name is said to be the person's.
_SUBJECT_AFTER = re.compile(r"^\s*[(,]\s*(?:the\s+|an?\s+)?(?:ice\s+)?(?:detainee|respondent|noncitizen|beneficiary)\b", re.I)


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


def _before(text: str, start: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip():  # "Name:" on the line above
        line_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    return text[max(line_start, start - 120):start]


# The writer's side: an attorney named as such, a "From:" line, the attorney
# part of a G-28. Kept apart so that the subject is never taken from them.
_WRITER_BEFORE = re.compile(
    # "The family's attorney in New York, Mr. Harold Feinstein", "Our foreman, Mr. Dwight Harlan"
    r"(?:\b(?:attorney|counsel|lawyer|foreman|boss|supervisor|manager|employer|landlord|pastor|priest|doctor|teacher|"
    r"officer|judge)(?:\s+(?:in|at|of|for)\s+[\w .]{1,30}?)?[ \t]*(?:,[ \t]*(?:mr|ms|mrs|dr|judge)?|[ \t]+(?:mr|ms|mrs|dr))\.?[ \t]*$|"
    r"\b(?:attorney|counsel|lawyer|abogad[oa]|licenciad[oa]|paralegal|prepared\s+by|sent\s+by)"
    r"(?:\s+(?:nuev[oa]|new))?(?:[ \t,]+(?:la|el|the))?(?:[ \t]+(?:lic|licda|lcda|atty|mr|ms|mrs|sr|sra)\.?)?|"
    r"(?:^|\n)[ \t]*(?:from|de|sender|remitente)\s*:)[ \t,:]*$",
    re.I,
)
_WRITER_SECTION = re.compile(r"attorney|representative|preparer|interpreter|abogad|representante", re.I)


def _writer_side(text: str, start: int, before: str) -> bool:
    if _WRITER_BEFORE.search(before):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if not re.match(r"[ \t*•\-|]*(?:(?:printed|print|typed)\s+)?(?:name|nombre)\s*[:|]", text[line_start:start], re.I):
        return False
    prev = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1:line_start]
    return bool(_WRITER_SECTION.search(prev)) and not re.search(r"client|cliente|beneficiar", prev, re.I)


def _trigger(text: str, start: int, had_honorific: bool) -> tuple[str, int] | None:
    before = _before(text, start)
    if _writer_side(text, start, before):
        return "writer", 99
    for method, rank, pattern in _TRIGGER_RE:
        if pattern.search(before):
            return method, rank
    return ("honorific", 3) if had_honorific else None


def signature_start(text: str) -> int | None:
    closings = list(_CLOSING.finditer(text))
    if not closings:
        return None
    rest = text[closings[-1].end():]
    m = re.search(r"\S", rest)
    return closings[-1].end() + m.start() if m else None


_LABEL_LINE = re.compile(
    r"^[ \t*•\-|]*(?:full\s+name|name|nombre(?:\s+completo)?|client|cliente|noncitizen|detainee|"
    r"beneficiary|detenid[oa])\s*[:|\-–]\s*(?P<v>[^\W\d_]+(?:[ '\-][^\W\d_]+){1,5})\s*(?:[,;|(]|$)",
    re.I | re.M,
)


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


_BORN_IN_US = re.compile(r"^[^.;\n]{0,40}\b(?:here|aqu[ií]|u\.?s\.?a?|united states|estados unidos|" + US_STATES + r")\b", re.I)


def _self_facts(text: str) -> bool:
    """The writer's own A-number, birth or custody; a birth in the United States is a citizen's, not a fact of the case."""
    return any(not (re.search(r"born|nac|nasc", m.group(0), re.I) and _BORN_IN_US.match(text[m.end():]))
               for m in _SELF_FACTS.finditer(text))


def writes_for_self(text: str) -> bool:
    """The writer gives their own A-number, birth or detention, for no client and for no
    relative they say they write for: the request is theirs."""
    text = text or ""
    return _self_facts(text) and not _FOR_OTHER.search(text) and not _FOR_KIN_ASKED.search(text)


def writes_for_someone(text: str) -> bool:
    """The writer speaks for another person: their own name is not the subject's.

    A relative named in passing ("my daughter", "mi hija") does not make a
    writer who gives their own A-number or birth write for someone else."""
    text = text or ""
    if _FOR_OTHER.search(text):
        return True
    if _self_facts(text):
        return False
    return bool(_FOR_KIN.search(text))

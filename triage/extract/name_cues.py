"""Whose name a name is: the words around it, and whom the writer writes for.

The words just before a name say whose it is (a label, a relation, a
reference, the writer's own); a few words just after can say otherwise ("...,
Esq.", "(ICE detainee)"). writes_for_self and writes_for_someone read the whole
letter: is the writer the person, or writing for someone else?
"""
from __future__ import annotations

import re

from triage.extract.countries import US_STATES

# Before a name: the words that say whose it is, tried in this order.
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


# After a name: words that say it is the writer's, a sworn statement's, a lawyer's or the person's.
_AFTER_SELF_NOT_SUBJECT = re.compile(
    r"^[\s,]*(?:and\s+)?(?:i\s+am\s+|i'm\s+|soy\s+|,\s*)?(?:an?\s+|el\s+|la\s+)?(?:\w+\s+)?"
    r"(?:attorney|lawyer|paralegal|abogad[oa]|representative|counsel|esq|"
    r"the\s+(?:wife|husband|mother|father|sister|brother)|la\s+esposa|el\s+esposo|"
    r"(?:the|la|el|his|her|su)\s+(?:\w+\s+)?(?:" + _KIN_WORDS + r")(?:\s+(?:de|of)\s+\w+)?\s+(?:of|de|del)\b|"
    r"(?:" + _KIN_WORDS + r")\s+(?:of|de|del)\b)",
    re.I,
)
_SELF_ID = re.compile(r"^[,\s]*(?:a-?\s?number|a\s*#|n[úu]mero\s+(?:de\s+)?a\b|alien|nacid[oa]|born|dob\b|fecha\s+de\s+nac)", re.I)
_LAWYER_AFTER = re.compile(r"^,?\s*(?:esq\b|esquire\b|attorney\s+at\s+law|\(\s*(?:partner|associate|of\s+counsel|counsel|"
                           r"attorney|paralegal|staff\s+attorney)\s*\))", re.I)
# "Mohammad Rafiqul Islam (ICE detainee)": the name is said to be the person's.
_SUBJECT_AFTER = re.compile(r"^\s*[(,]\s*(?:the\s+|an?\s+)?(?:ice\s+)?(?:detainee|respondent|noncitizen|beneficiary)\b", re.I)


# A signature: what follows the last closing ("Sincerely,", "Atentamente,").
_CLOSING = re.compile(
    r"^\s*(?:sincerely|respectfully|regards|best(?:\s+regards)?|thank\s+you|thanks|atentamente|"
    r"saludos|cordialmente|gracias|respetuosamente|muchas\s+gracias|god\s+bless|dios\s+l[eo]s?\s+bendiga|in\s+christ|"
    r"blessings|yours(?:\s+truly|\s+faithfully)?|warmly|with\s+gratitude|gratefully|bendiciones|un\s+abrazo)[\w\s]*[,.!]?\s*$",
    re.I | re.M,
)


def signature_start(text: str) -> int | None:
    closings = list(_CLOSING.finditer(text))
    if not closings:
        return None
    rest = text[closings[-1].end():]
    m = re.search(r"\S", rest)
    return closings[-1].end() + m.start() if m else None


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
    r"\bnac[íi]\b|\bnas[íi]\b|\bestoy\s+detenid[oa]|\bme\s+deporten\b|\bnasci\b|\bje\s+suis\s+n[ée]|\bmon\s+num[ée]ro\s+(?:a\b|d['’]?[ée]tranger)",
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

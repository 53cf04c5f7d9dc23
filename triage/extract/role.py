"""Who writes (requester_role) and what authorises a third party (POLICY.md).

The role is the strongest self-description found, in this order: attorney,
representative, family, other; else self. Only words that describe the
*writer* count: "I am his attorney", "my client", a signature with "Esq."; a
family member who mentions "his attorney" is still family. A relative counts
when the writer speaks of "my husband" as the person the request is about
and nothing says the writer is that person ("my A-number", "I am detained").

A form (G-28, I-60-001) counts when attached (file name or page text), said
to be attached, or said to be on file; not when missing or promised.
"""
from __future__ import annotations

import re

from triage.extract.countries import US_STATES
from triage.extract.request import Hit, Sentence, find, fold, found, rx
from triage.records import Found, ParsedMessage

_REL = (r"(?:husband|wife|spouse|son|daughter|mother|father|mom|dad|brother|sister|cousin|uncle|aunt|sis|bro|hubby|mum|"
        r"nephew|niece|grandson|granddaughter|grand ?mother|grand ?father|grandma|grandpa|partner|fiance\w*|"
        r"boyfriend|girlfriend|son-in-law|daughter-in-law|stepson|stepdaughter|stepfather|stepmother|"
        r"brother-in-law|sister-in-law|father-in-law|mother-in-law|relative|family member)")
_REL_ES = (r"(?:espos[oa]|marido|mujer|hij[oa]|madre|padre|mama|papa|herman[oa]|prim[oa]|ti[oa]|"
           r"sobrin[oa]|niet[oa]|abuel[oa]|pareja|novi[oa]|prometid[oa]|yerno|nuera|suegr[oa]|cunad[oa]|"
           r"padrastro|madrastra|hijastr[oa]|familiar)")
# Portuguese and French kin, as the few writers in those languages name themselves.
_REL_PT = r"(?:espos[oa]|marido|mulher|filh[oa]|mae|pai|irma|irmao|prim[oa]|ti[oa]|sobrinh[oa]|net[oa]|cunhad[oa]|noiv[oa])"
_REL_FR = r"(?:oncle|tante|frere|soeur|mere|pere|epouse|epoux|mari|femme|fils|fille|cousin|cousine|neveu|niece)"
_OTHER = (r"(?:friend|neighbou?r|employer|boss|pastor|coworker|co-worker|teacher|landlord|godmother|godfather|priest|"
          r"supervisor|manager|social worker|case manager|caseworker|case worker|counsell?or|therapist|chaplain|nurse|"
          r"doctor|physician|volunteer|visitor|mentor|coach|monitor|observer|researcher|roommate|housemate|room ?partner|"
          r"room ?mate|flatmate|"
          r"union (?:representative|rep|steward|organi[sz]er)|business representative)")
_OTHER_ES = (r"(?:amig[oa]|vecin[oa]|patron[a]?|jef[ea]|emplead[oa]r[a]?|pastor[a]?|companer[oa]|maestr[oa]|padrino|madrina|"
             r"sacerdote|cura|voluntari[oa]|trabajador[a]? social|visitante|consejer[oa])")

ROLES: list[tuple[str, re.Pattern]] = [
    # A consulate writes for its national as itself, whatever titles its officers carry.
    ("other", rx(
        r"consular (?:protection )?(?:officer|official|section|affairs|protection)", r"this consulate",
        r"(?:the|our) consulate(?: general)? (?:of [\w ]{3,30} )?(?:respectfully )?(?:writes|requests|asks|is writing)",
        r"(?:este|nuestro) consulado", r"(?:oficial|funcionari[oa]) (?:de proteccion|consular)", r"proteccion consular",
        # A member of Congress's office writes for a constituent, as itself.
        r"constituents?", r"congressional (?:office|caseworker|staff)", r"office of (?:congress(?:man|woman)|senator|"
        r"representative|rep\.) [a-z]+")),
    # Accredited representatives say "my client" too: accreditation goes first.
    ("representative", rx(
        r"accredited (?:representative|rep)", r"doj[- ]accredited", r"bia[- ]accredited",
        r"representante acreditad[oa]",
        # Law students in a school's clinic practise under supervision: not attorneys.
        r"(?:i am|i'm|im|we are|as) (?:an? )?(?:[\w-]+ ){0,3}(?:law|legal|clinic(?:al)?) students?",
        r"student (?:attorney|practitioner|advocate|lawyer)s?", r"(?:the|our|this) (?:\w+ ){0,3}clinic represents",
        r"(?:soy|somos) (?:\w+ ){0,2}estudiantes? de derecho",
        r"certified (?:law )?student", r"law student (?:intern|attorney|practitioner)", r"rule \d+ (?:intern|student)",
        r"(?:licensed |certified )?(?:legal|law) (?:school )?intern", r"estudiante[- ]abogad[oa]",
        r"(?:clinic|clinica)\w* (?:\w+ ){0,6}(?:college|school|facultad|universi\w*) (?:of|de) (?:law|derecho)",
        r"(?:college|school|facultad) (?:of|de) (?:law|derecho)[^.]{0,80}(?:clinic|clinica|supervis)")),
    # A notario or a tax preparer fills in forms for "clients": not a legal representative.
    ("other", rx(
        r"notaria publica", r"(?:soy|somos|le escribimos de) (?:\w+ ){0,4}notari[ao]s?", r"no (?:somos|soy) (?:abogad\w*|representantes?)",
        r"(?:we are|we're|i am|i'm) not (?:an? )?(?:attorneys?|lawyers?)(?! but)", r"tax prepar\w*",
        r"preparaci[oó]n de impuestos", r"llenado de (?:formas|formularios)")),
    ("attorney", rx(
        r"(?:i am|i'm|im|as) (?:an? |the |his |her |their )?(?:immigration |staff |supervising |managing )?(?:attorney|lawyer|counsel)",
        r"(?:attorney|counsel|lawyer)s? (?:of record )?(?:for|representing)", r"i represent", r"we represent",
        r"(?:this|our) (?:law )?(?:firm|office) represents?", r"(?:firm|office) represents", r"represento", r"representamos",
        r"en representacion del?", r"on behalf of (?:attorney|counsel|our client|my client)", r"en nombre de(?: la| el)? (?:abogad|licenciad)\w*",
        r"llp", r"pllc", r"lcd[oa]\.?", r"lic\.", r"(?<=,\s)(?:attorney|lawyer|abogad[oa]|counsel)(?: at law)?", r"abogados",
        r"paralegal", r"(?:attorney|abogad[oa]) (?:de|para) (?:la|el) (?:senor|senora|sr|sra)",
        r"(?:my|our) clients?", r"esq", r"esquire", r"attorney at law", r"(?:immigration )?law,? (?:pc|p\.c\.|pa|p\.a\.|pllc|llp|llc|apc|group)", r"staff attorney", r"law (?:office|firm|group|offices|pllc|llp)",
        r"bar (?:no|number|#)", r"state bar", r"(?:soy|como) (?:el |la |su )?(?:abogad[oa]|licenciad[oa])",
        r"(?:mi|nuestr[oa]) client[ea]s?", r"represento a", r"bufete", r"despacho (?:de abogados|legal)",
        r"abogad[oa] de (?:inmigracion|la familia)")),
    ("representative", rx(
        # "on behalf of our church", not "he coaches the team at our church".
        r"legal aid", r"legal services", r"(?<!at )(?<!in )(?<!to )(?<!from )(?<!of )(?<!attends )(?<!attend )"
        r"(?:our|this) (?:organi[sz]ation|nonprofit|non-profit)",
        # A church writes as itself ("our parish writes on behalf of ..."), not as a place
        # ("our church has been praying for him", "our church runs a food pantry").
        r"(?:our|this) (?:church|parish|ministry|congregation)(?:'s)? (?:\w+ )?(?:writes|is writing|requests|asks|submits|"
        r"represents|supports this request|legal (?:program|services|clinic|ministry))",
        r"on behalf of (?:the |our )?[\w ]{0,40}(?:church|parish|ministry|organi[sz]ation|center|project|coalition|network)",
        r"(?:nuestra|esta) (?:iglesia|parroquia|organizacion|ministerio)", r"organizacion (?:comunitaria|sin fines de lucro)",
        r"en nombre de (?:la |nuestra )?(?:iglesia|parroquia|organizacion)")),
    ("family", rx(
        rf"(?:i am|i'm|im) (?:his|her|their|the) {_REL}", rf"(?<=, )(?:the |his |her )?{_REL} of\b",
        rf"(?:i am|i'm|im) (?:\w+ )?{_REL} (?:of|to)\b",
        rf"(?:sou|como) (?:a |o |sua |seu )?{_REL_PT} d[oae]s?\b", rf"(?:meu|minha) {_REL_PT}\b",
        rf"(?:je suis|suis) [\w ,]{{0,40}}?(?:l'|le |la |sa |son )?{_REL_FR} d[eu]\b",
        rf"(?<=, )(?:el |la |su )?{_REL_ES} de\b", rf"soy (?:el |la |su )?{_REL_ES} de\b", rf"(?:i am|i'm|im) (?:(?:mr|mrs|ms)\.? )?[a-z]+'s {_REL}", rf"(?<!like )my {_REL}(?:'s)?", rf"(?:soy|como) (?:su |la |el ){_REL_ES}",
        rf"mis? {_REL_ES}s?", rf"\((?:he is |she is |is )?(?:my |his |her |their )?(?:big |little |older |younger |baby |eldest |oldest )?{_REL}\)",
        rf"\((?:es )?(?:mi |su )?{_REL_ES}(?: mayor| menor)?\)")),
    ("other", rx(
        rf"(?:i am|i'm|im|as) (?:his|her|their|a|an|the) (?:\w+ ){{0,2}}{_OTHER}", rf"my {_OTHER}",
        rf"(?:my|our) (?:employee|worker|parishioner|tenant|students?|resident|patient|client at the shelter|"
        r"(?:union )?member|roommate|housemate)",
        rf"(?:a|his|her) {_OTHER} of (?:mr|ms|mrs|\w+)", r"(?:i|we) (?:have )?employed", r"(?:i|we) own (?:a |the )?\w+",
        r"i teach", r"(?:i am|i'm) not (?:a |his |her )?(?:lawyer|attorney)(?:,)? (?:and|or) (?:i am |i'm )?not (?:his |her )?(?:family|related)",
        r"\blcsw\b", r"\bmsw\b",
        rf"(?:soy|como) (?:su |un |una |el |la )?{_OTHER_ES}", rf"mi (?:emplead[oa]|trabajador[a]?|feligres|inquilin[oa]|alumn[oa])",
        rf"(?:escrib\w*|pid\w*|solicit\w*) (?:\w+ ){{0,2}}(?:por|sobre|para|de parte de) (?:mi|nuestr[oa]) {_OTHER_ES}")),
]
# The writer is the person: these outweigh a relative named in passing.
SELF = rx(r"my (?:a[- ]?number|alien (?:registration )?number|a #|a#|date of birth|dob)", r"(?:i am|i'm|im) (?:currently |now |still )?detained",
          r"i was born(?! here| in (?:the )?(?:us|u\.s\.?|usa|united states|america|this country))",
          r"my (?:removal|deportation|immigration) (?:case|proceedings|order)", r"(?:i am|i'm) (?:writing|asking) for myself",
          r"mi (?:numero a|numero de extranjero|a[- ]?number|fecha de nacimiento)", r"(?:yo )?naci (?:en|el)",
          r"estoy detenid[oa]", r"mi (?:caso|deportacion|orden de deportacion)", r"no me deporten", r"don't deport me",
          r"let me stay", r"i am not a priority",
          r"my (?:alien|a) (?:registration )?(?:number|no|#)", r"mi (?:a|numero a|numero de a|numero de registro(?: de extranjero)?|numero de inmigracion)",
          r"(?:i|yo) (?:have|had|tengo|tuve) (?:a |una |my |mi )?(?:final |removal |deportation )?(?:order|orden)",
          r"(?:deport|remove|arrest|detain) me", r"(?:expulser|deporter)", r"que me (?:deport\w*|dejen (?:quedar|salir|libre|en paz)|den (?:un |una |el |la )?(?:stay|permiso|chance|oportunidad|accion|libertad|fianza))", r"(?:yo )?soy [a-z]+ [a-z]+,? (?:nacid|naci)")
# A relative named in a sentence about the case is the person it is about.
_CASE = rx(r"detain\w*", r"deport\w*", r"remov\w*", r"custody", r"releas\w*", r"arrest\w*", r"ice",
           r"a-?number", r"case", r"behalf", r"name is", r"born", r"help", r"detenid\w*", r"custodia",
           r"liber\w*", r"caso", r"numero a", r"nombre", r"naci\w*", r"a favor de", r"en nombre de", r"ayud\w*",
           r"(?:i am|i'm|soy) (?:his|her|their|su)", r"request\w*", r"solicitud", r"forward\w*", r"reenvi\w*",
           r"writ\w* (?:for|about|on behalf|regarding|to you about)", r"escrib\w* (?:por|sobre|para|de parte)",
           r"corralon", r"la migra", r"(?:lo|la|los|las) (?:tienen|detuvieron|agarraron|arrestaron|llevaron)",
           r"picked (?:him|her|them) up", r"held", r"locked up", r"since", r"desde", r"a-?#", r"dob",
           r"detention", r"name", r"(?:this|it) is (?:about|for|regarding)", r"about my", r"preso", r"detido", r"soltar",
           r"signed", r"sign", r"firmo", r"i-?60\w*")


def _own(sents: list[Sentence]) -> list[Sentence]:
    return [s for s in sents if s.where in ("subject", "body")]


# "Our attorney in his court case was D. Okafor, Esq.": someone else's lawyer, not the writer.
_THEIR_LAWYER = rx(r"(?:tenemos|tiene|tienen|contratamos|hired|retained|we have|he has|she has) (?:una?|an?|new|nuev[oa]|otr[oa]) "
                   r"(?:\w+ )?(?:abogad[oa]|attorney|lawyer|licenciad[oa])",
                   # "Diana, who works as a paralegal", "I need a lawyer for the family court"
                   r"(?:who|que) (?:works|worked|trabaja|trabajaba) (?:as|como) (?:an? |una? )?(?:paralegal|abogad\w*|attorney|lawyer)",
                   r"(?:need|want|get|hire|find|afford|pay for|necesito|necesitamos|buscar|contratar) (?:a |an |un |una )?(?:new )?(?:lawyer|attorney|abogad\w*)",
                   r"(?<!i am )(?<!i'm )(?<!im )(?<!as )(?<!are )(?<!soy )(?:our|his|her|their|my (?:husband|wife|son|daughter|brother|sister)'s) (?:former |immigration |criminal )?"
                   r"(?:attorney|lawyer|counsel)", r"(?<!soy )(?<!como )(?:su|nuestro|nuestra) (?:antiguo |ex )?(?:abogad[oa]|licenciad[oa])")


_NON_LEGAL = rx(r"social worker", r"case manager", r"caseworker", r"counsell?or", r"therapist", r"lcsw", r"msw",
                r"trabajador[a]? social", r"nurse", r"physician", r"chaplain")
_CLIENT_ONLY = re.compile(r"(?:my|our|mi|nuestr[oa]) client[ea]?s?")


_US_BORN_AFTER = re.compile(r"^[^.;]{0,40}\b(?:here|aqui|u\.?s\.?a?|united states|estados unidos|" + US_STATES + r")\b")


def self_hits(sents: list[Sentence]) -> list[Hit]:
    """The writer's own facts; a birth in the United States is a citizen writer's, no fact of the case."""
    return [h for h in find(sents, SELF) if not h.negated
            and not (("born" in h.fold or "naci" in h.fold) and _US_BORN_AFTER.match(h.sent.fold[h.end:]))]


def _role_in(sents: list[Sentence]) -> tuple[str, Hit] | None:
    for i, (role, pattern) in enumerate(ROLES):
        hits = [h for h in find(sents, pattern) if not h.negated]
        if role == "attorney":
            hits = [h for h in hits if not _THEIR_LAWYER.search(h.sent.fold)]
            # Social workers and case managers have clients too.
            if any(_NON_LEGAL.search(s.fold) for s in sents):
                hits = [h for h in hits if not _CLIENT_ONLY.fullmatch(h.fold)]
        if role == "other" and i == len(ROLES) - 1 and self_hits(sents):
            continue  # "my doctor told me" in the person's own request
        if role == "family":
            if self_hits(sents):
                continue  # "my husband is a citizen" in the person's own request
            # "Grace Mensah (daughter)" signs as a relative whatever the sentence
            # "I am Mr. Okafor's fiancee" says who writes, whatever the sentence is about.
            hits = [h for h in hits if h.fold.startswith(("(", "i am", "i'm", "im ", "soy"))
                    or h.fold.endswith((" of", " de")) or _CASE.search(h.sent.fold)]
        if hits:
            return role, hits[0]
    return None


_FORM_SENDER = re.compile(r"no-?reply|do-?not-?reply|web ?form|intake|forms?@|forms\.|notification", re.I)
_LAW_SENDER = re.compile(r"\besq\b|\blaw\b|abogad|legal|attorney|lawyer", re.I)


# A web form's own answer: "Relationship to the person: Self".
_FORM_ROLE = re.compile(
    r"^\W*(?:your |su )?(?:relationship|relacion|parentesco)(?: (?:to|with|con) (?:the |la |el )?(?:\w+ )?(?:person|noncitizen|"
    r"detainee|applicant|persona|detenid[oa]))?\s*\??\s*[:|]\s*(?P<v>[a-z][a-z /-]{1,30})")
_FORM_VALUE = [("self", r"self|myself|yo mism[oa]|el mismo|la misma|mismo|misma"),
               ("attorney", r"attorney|lawyer|counsel|abogad[oa]|paralegal"),
               ("representative", r"accredited|representative|representante"),
               ("family", r"family|spouse|wife|husband|mother|father|son|daughter|brother|sister|cousin|"
                          r"uncle|aunt|grand\w+|niece|nephew|partner|esposa?o?|madre|padre|hij[oa]|herman[oa]|"
                          r"prim[oa]|ti[oa]|abuel[oa]|familia\w*|relative"),
               ("other", r"friend|neighbou?r|employer|pastor|other|amig[oa]|vecin[oa]|otro")]


def _form_role(sents: list[Sentence]) -> tuple[str, Hit] | None:
    for s in sents:
        m = _FORM_ROLE.match(s.fold)
        if m:
            for role, words in _FORM_VALUE:
                if re.match(rf"(?:{words})\b", m.group("v").strip()):
                    return role, Hit(s, m.start("v"), m.end("v"), False)
    return None


_COVER = rx(r"forward\w* (?:you )?(?:a |this |the |her |his |my \w+'s )?(?:letter|message|e-?mail|carta)", r"reenvi\w*",
            r"(?:le |les )?(?:mando|envio|paso) (?:esta|la) carta (?:de|que escribio)")


def _only_forwards(own: list[Sentence]) -> bool:
    """A short cover over a forwarded letter."""
    body = [s for s in own if s.where == "body"]
    return len(body) <= 6 and bool(find(body, _COVER))


def _self_in(sents: list[Sentence]) -> tuple[str, Hit] | None:
    hits = self_hits(sents)
    return ("self", hits[0]) if hits else None


def find_role(sents: list[Sentence], msg: ParsedMessage, forms: list[str] = ()) -> tuple[str, list[Found]]:
    """The writer's role and what shows it.

    The writer's own words (subject, body) first; a forwarded message is
    often the noncitizen's own, so it counts only when the body says nothing.
    A G-28 comes from an attorney or accredited representative: with no
    other sign, a writer who provides one, or writes from a law office's
    name or address, is taken for an attorney.
    """
    own = _own(sents)
    fwd = [s for s in sents if s.where == "forwarded"]
    got = _form_role(own) or _role_in(own)
    if fwd and _only_forwards(own) and (got is None or got[0] not in ("attorney", "representative")):
        # "I am forwarding a letter from my mother. She wrote it herself": the letter's writer asks.
        got = _form_role(fwd) or _role_in(fwd) or _self_in(fwd)
    got = got or _role_in(fwd) or _self_in(own)
    if got:
        return got[0], [found("requester_role", got[0], got[1], f"regex:role.{got[0]}")]
    sender = " ".join(filter(None, [msg.from_name, msg.from_addr]))
    # A law office's web form mails for whoever filled it in: its address says nothing of them.
    if _LAW_SENDER.search(fold(sender)) and not _FORM_SENDER.search(fold(sender)):
        return "attorney", [Found("requester_role", "attorney", "header:from", None, "regex:role.sender", sender)]
    if "G-28" in forms:
        return "attorney", [Found("requester_role", "attorney", "attachment", None, "rule:role.g28", "G-28")]
    return "self", []


# ---------------------------------------------------------------- authorization

FORMS: dict[str, re.Pattern] = {
    # (an EOIR-28 enters an appearance before the immigration court, not with ICE)
    "G-28": rx(r"(?<!eoir-)(?<!eoir )g[- ]?28", r"(?<!eoir-28 - )notice of entry of appearance", r"entry of appearance"),
    "I-60-001": rx(r"(?:ice )?(?:form )?i[- ]?60(?:[- ]?001)?", r"(?:form )?60[- ]?001", r"privacy waiver",
                   r"third[- ]party (?:privacy )?waiver", r"renuncia (?:de|a la) privacidad",
                   r"autorizacion (?:de|para) (?:divulgacion|privacidad|terceros)"),
}
# Not inside a word or number: "Aug 28" is a date, "i600" no form.
_FILE = {"G-28": re.compile(r"(?<![a-z0-9])g[-_ ]?28(?!\d)", re.I),
         "I-60-001": re.compile(r"(?<![a-z0-9])i[-_ ]?60(?!\d)|60[-_ ]?001|privacy[-_ ]?waiver", re.I)}
_PROVIDED = rx(r"(?:esta|estan) en (?:el )?(?:archivo|expediente|sistema)", r"entreg(?:amos|ue|o|aron|ad[oa])",
               r"(?:la |lo )?dej(?:amos|e|o|aron) en (?:la |esa |esta )?oficina",
               r"handed (?:in|over|to)", r"(?:gave|given|give) (?:\w+ ){0,2}to (?:the )?(?:officer|field office|ero|ice)",
               r"(?<!will )(?<!to )(?<!going to )\bsign\b(?! it later)",r"attach\w*", r"enclos\w*", r"includ\w*", r"here is", r"find", r"see", r"adjunt\w*", r"anex\w*",
               r"incluy\w*", r"on file", r"already (?:filed|submitted|provided|sent)", r"(?:was|were|has been|have been) "
               r"(?:filed|submitted|provided|sent|given)", r"we (?:filed|submitted|provided|sent|gave)", r"signed",
               r"(?:ya )?(?:esta|estan) en (?:el )?expediente", r"ya (?:se )?(?:presento|presentamos|entregamos|enviamos)",
               r"consta", r"firmad[oa]")
_MISSING = rx(r"missing", r"n/a", r"\(none\)", r"not applicable", r"will be (?:filed|sent|provided|submitted|signed)", r"next week", r"(?:you|they|ice) (?:\w+ )?needs? (?:the|a|an|his|her|my)", r"not (?:yet )?(?:\w+ )?(?:attached|included|enclosed|on file|signed|available|filed)",
              r"no (?:esta|estan|va|van) (?:\w+ )?(?:adjunt|inclu|firmad)\w*", r"sin", r"will (?:send|provide|submit|follow|forward)", r"forthcoming", r"to follow", r"later",
              r"once (?:it is )?signed", r"(?:do|does|did)(?: not|n't) have", r"unable", r"pending", r"need to",
              r"falta\w*", r"enviare\w*", r"mandare\w*", r"pendiente", r"despues", r"luego", r"no (?:tengo|tenemos)")


_TITLE = {"G-28": rx(r"notice of entry of appearance"),
          "I-60-001": rx(r"privacy waiver", r"authorizing disclosure", r"autoriza\w* (?:la )?divulgacion")}


def find_authorization(sents: list[Sentence], msg: ParsedMessage) -> tuple[list[str], list[Found]]:
    """Forms provided, sorted, with one Found per form."""
    got: dict[str, Found] = {}
    for a in msg.attachments:
        for form, pattern in _FILE.items():
            if a.filename and pattern.search(a.filename) and form not in got:
                got[form] = Found("authorization", form, f"attachment:{a.filename}", None, "filename", a.filename)
    for form, pattern in FORMS.items():
        # The form's own page: an attachment page bearing its title.
        pages = {(s.where, s.page) for s in sents
                 if s.where.startswith("attachment:") and _TITLE[form].search(s.fold)}
        eoir = {(s.where, s.page) for s in sents if s.where.startswith("attachment:") and "eoir-28" in s.fold}
        pages -= eoir if form == "G-28" else set()
        for hit in find(sents, pattern):
            if form in got:
                break
            if form == "G-28" and (hit.sent.where, hit.sent.page) in eoir:
                continue
            if (hit.sent.where, hit.sent.page) in pages or _said_provided(hit):
                got[form] = found("authorization", form, hit, f"regex:authorization.{form}")
    return sorted(got), [got[k] for k in sorted(got)]


def _said_provided(hit: Hit) -> bool:
    text = hit.sent.fold
    if hit.negated or _MISSING.search(text):
        return False
    return bool(_PROVIDED.search(text))

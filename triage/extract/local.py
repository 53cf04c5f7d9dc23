"""The local field office review (POLICY.md Routing 1-3).

Whether the local ERO office was asked, what it answered and when, whether
copies of both are here, and whether the facts changed since.

The local response date is the date of the *answer*: in the sentence that
tells the outcome ("denied on March 3, 2025"), the date nearest the outcome
word, skipping dates the writer ties to sending ("we submitted on ...").
Failing that, a forwarded or attached answer's first date (a letter's date
line). A request still pending or unanswered has no response date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from triage.extract.copies import RESP_PAGE, copies, letters as _letters
from triage.extract.dates import find_dates
from triage.extract.language import detect_language
from triage.extract.request import Hit, Sentence, find, found, next_in_part, rx
from triage.records import Found, ParsedMessage

_CITIES = (
    r"atlanta|baltimore|boston|burlington|buffalo|chicago|dallas|denver|detroit|el paso|harlingen|houston|"
    r"los angeles|los angeles|miami|miramar|newark|new orleans|new york|philadelphia|filadelfia|phoenix|"
    r"salt lake city|san antonio|san diego|san francisco|seattle|st\.? paul|saint paul|washington|orlando|tampa|"
    r"kansas city|omaha|portland|las vegas|charlotte|memphis|nashville|louisville|oklahoma city|tucson|"
    r"san jose|sacramento|fresno|hartford|chantilly|fairfax|cleveland|columbus|cincinnati|indianapolis|"
    r"milwaukee|minneapolis|bloomington|jacksonville|fort myers|west palm beach|albuquerque|el centro|santa ana|"
    r"san bernardino|honolulu|spokane|tacoma|nueva york|nueva orleans|marlborough|laredo|mcallen|el paso")
OFFICE = rx(
    r"(?:local|field) (?:ice |ero )?(?:field )?office", r"field office(?: director)?",
    r"(?:ice|ero) (?:field )?office", r"ero [a-z]+(?: [a-z]+)? (?:field )?office",
    r"local (?:ice|ero)", r"(?:ice|ero) local", r"ero(?! senior| sro| reviewing)",
    r"escritorio (?:do|da|de) (?:ice|ero|imigracao)",  # Portuguese
    r"(?:la |una )?oficina de (?!abogad|la iglesia|correos|nuestr|mi |su )[a-z]+(?: [a-z]+)?", r"(?:deportation|ice|ero) officer",
    r"sddo", r"afod", r"fod",
    r"oficina (?:local|de campo|de ice|de ero|de inmigracion)", r"oficina \w+ de (?:ice|ero)",
    r"(?:oficial|agente) de (?:deportacion|ice|inmigracion)", r"(?:the|el|la|an?|un|una) (?:deportation )?(?:officer|oficial)",
    rf"(?:ice|ero)(?: (?:field )?office)? (?:(?:in|at|of|en|de|del|em|no|na|do|da) )?(?:{_CITIES})",
    rf"(?:{_CITIES}) (?:ice|ero|field office|fo|office|sub-?office|oficina)",
    r"bureau (?:de l'ice|de l'immigration|local)", r"ice (?:la|el|a) (?:oficina|office)")
# Written with capitals: "ICE Miami", "ICE in Newark", "the DO", "Houston FO".
_OFFICE_CASED = re.compile(
    r"\b(?:ICE|ERO|Ice)(?: (?:in|at|of|en|de))? (?!Form|Custody|Detention|Processing|Health|Headquarters|HQ|"
    r"Senior|SRO|Case|Policy|Service|Reviewing|Agents?\b|Air\b)[A-Z][a-z]{2,}|\b(?:DO|FO|SDDO|AFOD|FOD)\b")
PD = rx(
    r"prosecutorial discretion", r"case review", r"pd request", r"request for (?:pd|discretion)",
    r"discrecion (?:procesal|fiscal|judicial)", r"revision (?:de |del )?(?:su |mi )?caso",
    r"solicitud de (?:discrecion|revision)")
REQ = rx(
    r"ask\w*", r"request\w*", r"submit\w*", r"sent", r"send", r"filed", r"file", r"applied",
    r"e-?mailed", r"contact\w*", r"wrote", r"present\w*", r"went to", r"reached out",
    r"solicit\w*", r"pedi\w*", r"pidi\w*", r"envi\w*", r"mand\w*", r"acudi\w*", r"fuimos",
    r"escribi\w*", r"decid\w*", r"decision", r"decidi\w*", r"decision",
    r"went", r"go", r"visit\w*", r"gave", r"give", r"given", r"handed", r"hand(?:ed)? in", r"turned in", r"brought",
    r"dropped off", r"left (?:a|the|our|my|them)", r"spoke (?:to|with)", r"talked (?:to|with)", r"call\w*",
    r"wrote", r"written", r"letter", r"carta", r"dej(?:amos|e|o|aron)", r"entreg\w*", r"llev(?:amos|e|o|aron)",
    r"fui", r"fue a", r"fueron", r"lev(?:ou|ei|amos|aram)", r"hablamos", r"hable", r"llam(?:amos|e|o)", r"demand\w*", r"said", r"told",
    r"dij\w*", r"respond\w*", r"(?:got|received|has|have|tiene|recibio) (?:our|my|the|his|her|nuestra|mi|la) (?:request|packet|letter|application|solicitud|carta)", r"contest\w*", r"deni\w*", r"neg\w*", r"refus\w*", r"rechaz\w*")
_LABEL_YES = re.compile(
    r"^\W*(?:local (?:\w+ ){0,3}review|revision local|solicitud local|local (?:\w+ ){0,2}(?:outcome|result|response|decision)|"
    r"(?:resultado|respuesta|decision) (?:de la oficina )?local)[\w ]{0,20}\??\s*:\s*(?!no\b|none|n/?a|not)\w")
_LABEL_NO = re.compile(
    r"^\W*(?:local (?:\w+ ){0,3}review|revision local|solicitud local)[\w ]{0,20}\??\s*:\s*(?:no|none|n/?a)\b")
# "the officer", "un oficial": at a check-in or in detention as often as at the field
# office, so such a sentence tells of a local review only with a word of asking in it
# ("we asked the officer") or an answer, never with "the officer told him to write here".
_WEAK_OFFICE = re.compile(r"(?:the|el|la|an?|un|una) (?:officer|oficial)")
_ASKED = rx(r"ask\w*", r"request\w*", r"submit\w*", r"applied", r"solicit\w*", r"pedi\w*", r"pidi\w*",
            r"present(?:amos|aron|ed)", r"present[eo] (?:la|una|mi|su|nuestra) (?:solicitud|carta|peticion)", r"deni\w*", r"neg(?:o|aron)", r"refus\w*", r"rechaz\w*",
            r"said no", r"dij\w* que no", r"approv\w*", r"aprob\w*", r"granted",
            r"(?:gave|give|handed|hand|entreg\w*|dimos|di|dio) (?:\w+ ){0,3}(?:letter|request|packet|carta|solicitud|peticion)")
# The writer saying the local office was not asked: it outweighs a passing mention of
# an office, unless an answer or a copy of the request shows it was asked after all.
_NOT_ASKED = rx(
    r"(?:we|i|he|she|they)(?: have| has| had| did| do| does)?(?: not|n't| never) (?:yet |ever |first )?"
    r"(?:ask\w*|request\w*|contact\w*|gone|went|go|appl\w*|submit\w*|file\w*|reach\w* out|talk\w*|spok\w*|spoken)",
    r"(?:no|nunca|todavia no|aun no) (?:le |les )?(?:hemos|he|ha|han|habiamos|habia|hicimos|fuimos|fue|pedimos|"
    r"solicitamos|contactamos|hablamos|presentamos|le pedimos|le hemos pedido)(?: \w+)? ?(?:pedido|solicitado|ido|"
    r"contactado|hablado|presentado|enviado|nada|a la|al|con)?",
    r"without (?:first )?(?:asking|contacting|going to|requesting)")


_CHECK_IN = rx(r"check[- ]?ins?", r"cita de (?:reporte|firma|ice|migracion)", r"(?:my|his|her|mi|su) (?:annual |yearly )?"
               r"(?:report(?:ing)?|check) (?:date|appointment)", r"report(?:s|ed|ing)? (?:to|at) (?:ice|ero|the (?:\w+ )?office)",
               r"(?:me|se|le) report(?:o|a|aba|e)", r"reportarme", r"a firmar")


_BLANK_ANSWER = re.compile(r"^[^:]{3,60}\??\s*:\s*(?:no|none|n/?a|not applicable|-+|\(none\))\s*\.?$")


def _strong_office(s: Sentence) -> bool:
    if _OFFICE_CASED.search(s.text):
        return True
    return any(not _WEAK_OFFICE.fullmatch(m.group(0)) for m in OFFICE.finditer(s.fold))


_DIRECT = rx(
    r"without (?:first )?(?:asking|contacting|going to|requesting)[^.]{0,30}(?:local|field)",
    r"sin (?:antes )?(?:pasar por|ir a|contactar|pedir(?:le)? a|solicitar a) la oficina")

# Outcome words. Order is precedence: a partial grant reads "granted" too.
OUTCOMES: list[tuple[str, re.Pattern]] = [
    ("partial", rx(r"(?:granted|approved|denied|concedi\w*|aprob\w*|otorg\w*|neg\w*) (?:only |solo )?(?:in part|partial\w*|en parte|parcialmente)",
                   r"partial\w* (?:granted|approved|denied|grant|approval|denial)",
                   r"(?:aprobad|concedid|otorgad|negad|denegad)\w* (?:solo )?parcialmente",
                   r"parcialmente (?:aprobad|concedid|otorgad|negad|denegad)\w*",
                   r"(?:aprobad|concedid|otorgad)\w* (?:en )?parte",
                   r"(?:gave|granted|approved|agreed to) (?:us |me |him |her |them )?(?:only )?(?:part|half|one) of",
                   r"only (?:part|partly|partially|half)", r"(?:in|en) part(?:e)? (?:nada mas|solamente|only)",
                   r"(?:dieron|concedieron|aprobaron|otorgaron|dio|concedio|aprobo) (?:\w+ ){0,2}(?:solo |solamente )?(?:una )?parte",
                   r"(?:una|la) parte (?:nada mas|si|solamente)", r"(?:some|one) (?:of (?:it|what we asked)|thing) but not")),
    ("denied", rx(r"den(?:ied|ial|y)", r"(?:said|say|says) no", r"told (?:us|me|him|her) no",
                  r"(?:respuesta|answer|response|reply)\W{1,3}(?:fue |was )?(?:que )?no\b", r"dij\w* que no",
                  r"declin\w*(?! to (?:arrest|detain|deport|remove|enforce|pursue|execute|initiate|take enforcement|issue))", r"refus\w*", r"reject\w*", r"turned down",
                  r"neg(?:o|aron|ada|ado|adas|ados|ativa)", r"rechaz\w*", r"denegad\w*",
                  r"(?:contest|respond|answer)\w* (?:que )?no", r"(?:will|would) not (?:exercise|grant|approve|release|stop|cancel|lift|remove|let)",
                  r"(?:cannot|can't|cant|could not|couldn't|won't|will not) (?:do|help) (?:\w+ )?(?:anything|nothing|him|her|me|us)",
                  r"no (?:pueden|podian|podia|puede|podemos|iban a|van a) (?:hacer (?:nada|algo)|ayudar)",
                  r"no (?:quisieron|quiso) (?:ayudar|hacer)", r"no procede", r"improcedente", r"unsuccessful",
                  r"(?:will|would|could|can)(?: not|n't) change (?:anything|the decision|it|their decision)",
                  r"no (?:van|iban|pueden|podian) a? ?cambiar (?:nada|la decision)",
                  r"(?:a|ont) refuse", r"(?:nous|m'a|l'a) refuse", r"no (?:fue|ha sido) (?:aprobad|concedid|otorgad)\w*")),
    ("granted", rx(r"granted", r"approved", r"accepted", r"aprob(?:o|aron|ad[oa]s?)", r"concedi\w*",
                   r"otorg(?:o|aron|ad[oa]s?)", r"acept(?:o|aron|ad[oa]s?)")),
    ("no_response", rx(
        r"no (?:response|reply|answer|decision|word|news)", r"never (?:heard|got|received|responded|answered|replied)\w*",
        r"never (?:hear|get|receive|respond|answer|reply|call|write)\w*",
        r"(?:have|has|had|did)(?: not|n'?t) (?:yet )?(?:heard|received|gotten|got|responded|answered|replied|respond|answer|reply)\w*",
        r"not (?:yet )?(?:responded|answered|replied)", r"without (?:a |any )?(?:response|answer|reply)",
        r"no (?:nos |me |le |les )?(?:han|ha|hemos|he) (?:recibido|tenido|contestado|respondido|dado)\w*",
        r"sin (?:ninguna |una |recibir )?(?:respuesta|contestacion)", r"nunca (?:nos |me |le )?(?:contest|respond)\w*",
        r"no (?:hubo|hay|tuvimos|recibimos|obtuvimos) (?:ninguna )?respuesta", r"ninguna respuesta",
        r"never (?:wrote|called|got|came|heard) back", r"(?:no one|nobody|nadie) (?:has |ever )?(?:\w+ )?(?:answer|respond|repl|call|contest|llam)\w*",
        r"heard nothing", r"nothing (?:yet|so far|since|back)", r"(?:haven't|have not|has not|hasn't|did not|didn't) hear (?:anything|back)",
        r"(?:haven't|have not|has not|hasn't) heard (?:anything|back|a thing)", r"still no (?:word|answer|response|reply|news)",
        r"no (?:hemos|he|ha) (?:sabido|tenido noticias)", r"no sabemos nada", r"hasta (?:hoy|ahora|la fecha|el dia de hoy) (?:\w+ )?(?:nada|no)",
        r"ni (?:una )?(?:respuesta|contestacion)", r"nunca (?:nos |me |le |les )?(?:escrib|llam|dijeron)\w*",
        r"no (?:nos |me |le |les )?(?:contestaron|respondieron|contesto|respondio|dijeron nada|llamaron|escribieron)",
        r"(?:pas de|aucune|sans) reponse", r"(?:jamais|pas) (?:\w+ )?repondu", r"ignored (?:our|my|the) (?:request|letter|email)")),
    ("pending", rx(
        r"(?:still|remains|is|currently) pending", r"pending (?:decision|review|a decision)", r"still (?:review|check|look)\w*",
        r"(?:will|would) (?:look at|review|check) (?:it|the letter|the request|his case|her case)",
        r"still (?:waiting|awaiting|under review|in review|being reviewed)", r"under review",
        r"awaiting (?:a |their |the |its )?(?:decision|response|answer|reply)",
        r"(?:sigue|esta|continua|aun|todavia) (?:esta )?(?:pendiente|en tramite|en revision)",
        r"en tramite", r"(?:seguimos|estamos|sigo|estoy) esperando", r"(?:aun|todavia) esperamos",
        r"told (?:us|me|him|her|them) to wait", r"(?:asked|said) (?:us |me )?to wait", r"(?:they|he|she)(?:'d| would| will) (?:call|contact|get back|let us know)",
        r"(?:dij\w*|pidi\w*) (?:\w+ )?que esper\w*", r"que esper(?:aramos|ara|aran|emos|e)", r"(?:nos|me|le) (?:iban|van|va|iba) a (?:llamar|avisar|contactar)",
        r"(?:que )?(?:ellos )?(?:nos|me|le) (?:llamaban|llamarian|avisarian|avisaban)", r"(?:being|still being) (?:reviewed|processed|considered)",
        r"(?:in|en) (?:process|proceso|revision)", r"(?:have|has)(?: not|n't) (?:yet )?(?:decided|made a decision)", r"no (?:han|ha) decidido",
        r"not (?:yet )?decided", r"(?:en|est) (?:cours|attente)", r"looking into it", r"lo estan revisando",
        r"(?:outcome|status|result|decision|resultado|estado|respuesta)(?: local)?\s*[:|]\s*(?:still )?(?:pending|pendiente)",
        r"(?:say|says|said|told (?:us|me|him|her))\W+(?:to |that we should |we should )?(?:just |simply )?wait",
        r"we(?:'ll| will) (?:call|contact) you", r"(?:wait|espere\w*),? (?:we|nosotros) (?:will|te|le|les)")),
]
_NEGATABLE = ("partial", "denied", "granted")
# "his I-130 was approved", "la petición aprobada": a grant of something else
_OTHER_GRANT = rx(r"i-?\d{3}\w?", r"petition", r"peticion", r"visa", r"asylum", r"asilo", r"work permit",
                  r"permiso de trabajo", r"ead", r"green card", r"residencia", r"tps", r"daca", r"u visa")
_BIRTH = rx(r"born", r"birth", r"dob", r"d\.o\.b", r"naci\w*", r"nacimiento")
_SENT_DATE = rx(r"submit\w*", r"sent", r"filed", r"requested", r"mailed", r"e-?mailed",
                r"envi(?:amos|e|o|aron|ada|ado)", r"present(?:amos|e|o|aron|ada|ado)",
                r"solicit(?:amos|e|o|aron|ada|ado)", r"mand(?:amos|e|o|aron|ada|ado)")

CHANGED = rx(
    r"since (?:the |our |its |their |that |this )?(?:local |field )?(?:office|ero|ice|officer)?\s?(?:review\w*|decid\w*|decision|denied|denial|respon\w*|answer\w*)",
    r"not (?:previously )?(?:shown|presented|provided|submitted|available|considered) (?:to|by) (?:the )?(?:local|field|ero|ice|office)",
    r"(?:local|field) office (?:did not|didn't|never|has not|hasn't|have not|had not|hadn't) (?:yet )?"
    r"(?:see|seen|have|had|consider\w*|know|known|review\w*)",
    r"new(?:ly discovered)? (?:evidence|diagnosis|information|facts|documents|medical \w+)",
    r"(?:conviction|charges?|case)s? (?:\w+ ){0,2}(?:vacated|expunged|overturned|set aside|dismissed|dropped|cleared)",
    r"(?:court|judge|prosecutor|state) (?:\w+ )?(?:dismissed|dropped|vacated|expunged) (?:\w+ ){0,2}(?:case|charges?|conviction)",
    r"(?:recently|just|since been|newly) diagnosed", r"(?:facts|circumstances|situation|things) (?:\w+ )?(?:have|has) changed",
    r"new (?:baby|born|child)", r"newborn", r"just (?:had|gave birth)", r"gave birth",
    r"desde que (?:la oficina|ice|ero|el oficial|nos neg|le neg|negaron)",
    r"(?:hechos|pruebas|evidencias?|documentos|diagnostico) nuev\w*", r"nuev\w* (?:hechos|pruebas|evidencias?|diagnostico|documentos|informacion)",
    r"(?:han|ha) cambiado", r"(?:hechos|situacion|circunstancias) (?:\w+ )?cambi\w*",
    r"acaba de nacer", r"recien nacid\w*", r"dio a luz", r"nacio (?:el mes pasado|recientemente|hace)",
    r"(?:anul|borr|desestim|retir|elimin|sobrese)\w* (?:la condena|los cargos|el cargo|el caso)",
    r"(?:caso|cargo|cargos) (?:\w+ )?(?:quedo|quedaron|fue|fueron) (?:cerrad|desestimad|sobreseid|retirad)\w*",
    r"(?:condena|cargos?) (?:fue |fueron )?(?:anulad|borrad|desestimad|retirad|eliminad)\w*",
    r"diagnosticad\w* (?:recientemente|hace poco)", r"recientemente diagnosticad\w*",
    r"(?:office|ice|ero|officer|they) (?:did not|didn't|never|could not|couldn't) (?:know|see|have|consider)",
    r"(?:oficina|ice|ero|oficial|ellos)(?: de \w+)? no (?:lo |la )?(?:sabia|sabian|vio|vieron|conocia|tenia|considero)\w*",
    r"no (?:lo |la )?(?:sabia|sabian) cuando (?:decidio|decidieron|nego|negaron)",
    r"(?:despues|after) (?:de (?:eso|esa|esta|la|su)(?: carta| respuesta| decision| negativa)?|that|the (?:denial|decision|letter))"
    r"[^.]{0,40}(?:nacio|born|diagnos|arrest|convict|vacat|anul|retir|filed|present)")


@dataclass
class Local:
    review: str = "not_requested"
    not_asked: bool = False  # the writer says the office was not asked
    outcome: str | None = None
    response_date: date | None = None
    said: bool = False
    request_copy: bool = False
    response_copy: bool = False
    facts_changed: bool = False
    found: list[Found] = field(default_factory=list)


def _office(s: Sentence):
    return OFFICE.search(s.fold) or _OFFICE_CASED.search(s.text)


def _review(sents: list[Sentence], result: Local) -> list[Sentence]:
    """Mark requested/said; return the sentences that tell of the local review."""
    told: list[Sentence] = []
    for s in sents:
        # A form's label with its answer ("Local ERO review requested?: N/A", the answer
        # sometimes split off as the next sentence): an empty answer tells nothing asked.
        nxt = next_in_part(sents, s)
        answer = s.fold + (" " + nxt.fold if nxt and s.fold.rstrip().endswith(":") else "")
        if _BLANK_ANSWER.search(answer):
            if _LABEL_NO.match(answer):
                result.said = True
            continue
        office = _office(s) or _LABEL_YES.match(s.fold) or _LABEL_NO.match(s.fold)
        if not office and not PD.search(s.fold) and not _DIRECT.search(s.fold):
            continue
        reqs = find([s], REQ)
        if office and _CHECK_IN.search(s.fold) and not [h for h in find([s], _ASKED) if not h.negated]:
            continue  # "fui a mi cita de reporte en la oficina de ICE": reporting, not asking
        if office and not _LABEL_YES.match(s.fold) and not _LABEL_NO.match(s.fold) \
                and not _strong_office(s) and not PD.search(s.fold):
            asked = [h for h in find([s], _ASKED) if not h.negated]
            if not asked:
                continue
        told.append(s)
        if office and _NOT_ASKED.search(s.fold):
            result.not_asked = True
        if _LABEL_NO.match(s.fold) or _DIRECT.search(s.fold) or (
                office and reqs and all(h.negated for h in reqs)):
            result.said = True
        elif office and (reqs or _LABEL_YES.match(s.fold)):
            result.said = True
            result.review = "requested"
            result.found.append(found("local_review", "requested", (reqs or [Hit(s, 0, len(s.fold), False)])[0],
                                      "regex:local.requested"))
    return told


def _context(sents: list[Sentence], told: list[Sentence], letters: dict[str, str]) -> list[Sentence]:
    """Told sentences, the two after each, and every line of a forwarded or attached answer."""
    keep = {s.index for s in told}
    for s in told:
        keep.update({s.index + 1, s.index + 2})
    keep.update(s.index for s in sents if s.where != "body" and s.where != "subject"
                and RESP_PAGE.search(s.fold))
    keep.update(s.index for s in sents if letters.get(s.where) == "response")
    # A question ("how many were granted?") tells no outcome.
    return [s for s in sents if s.index in keep and not s.text.rstrip().endswith("?")]


def _outcome(sents: list[Sentence]) -> tuple[str, list[Hit]] | None:
    """The outcome told, and its hits in order; partial before denied before granted."""
    unanswered: list[tuple[str, Hit]] = []
    for kind, pattern in OUTCOMES:
        hits = find(sents, pattern)
        if kind == "granted":
            hits = [h for h in hits if not _OTHER_GRANT.search(h.sent.fold, max(0, h.start - 40), h.start)]
        if kind == "denied" and not any(h.negated for h in hits):
            # "they granted the stay but denied deferred action": a partial grant
            grants = [g for g in find(sents, OUTCOMES[2][1]) if not g.negated
                      and not _OTHER_GRANT.search(g.sent.fold, max(0, g.start - 40), g.start)]
            # ... in one sentence, or in the next one of the same answer ("has granted a
            # stay of removal. The request for deferred action is denied.")
            both = [h for h in hits if any(abs(g.sent.index - h.sent.index) <= 1 and g.sent.where == h.sent.where
                                           for g in grants)]
            if both:
                return "partial", both
        if kind in _NEGATABLE:
            said = [h for h in hits if not h.negated]
            if said:
                return kind, said
            if kind == "granted" and hits:  # "was not granted", "no fue aprobada"
                return "denied", hits
        else:
            unanswered += [(kind, h) for h in hits]
    if not unanswered:
        return None
    # "still pending, no decision yet": the first said is what the writer means
    kind, first = min(unanswered, key=lambda kh: (kh[1].sent.index, kh[1].start))
    return kind, [first]


_MONTH_NUM = {m: i for i, names in enumerate([
    "jan january enero ene janvier", "feb february febrero fevrier", "mar march marzo mars",
    "apr april abril abr avril", "may mayo mai", "jun june junio juin", "jul july julio juillet",
    "aug august agosto ago aout", "sep sept september septiembre setiembre set septembre",
    "oct october octubre octobre", "nov november noviembre novembre", "dec december diciembre dic decembre"], 1)
    for m in names.split()}
_MON_RX = "|".join(sorted(_MONTH_NUM, key=len, reverse=True))
_YEARLESS = [
    (re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th|ro|er)?(?: of| de| del)? (?P<m>{_MON_RX})\.?(?![\w]| ?,? ?(?:de |del )?\d)"), None),
    (re.compile(rf"\b(?P<m>{_MON_RX})\.? (?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\w/]| ?,? ?(?:de |del )?\d)"), None),
    (re.compile(r"(?<![\w/.-])(?P<a>[01]?\d)/(?P<b>[0-3]?\d)(?![\w/])"), "numeric"),
]


def _yearless(text_fold: str, language: str, ref: date) -> list[tuple[date, int, int]]:
    """Dates written without a year ("el 3 de octubre", "on 10/1"): the last such day not after `ref`."""
    out = []
    for pattern, how in _YEARLESS:
        for m in pattern.finditer(text_fold):
            if how:
                a, b = int(m["a"]), int(m["b"])
                month, day = (b, a) if language == "es" else (a, b)
            else:
                month, day = _MONTH_NUM[m["m"]], int(m["d"])
            for year in (ref.year, ref.year - 1):
                try:
                    d = date(year, month, day)
                except ValueError:
                    break
                if d <= ref:
                    out.append((d, m.start(), m.end()))
                    break
    return out


def _dates_in(s: Sentence, language: str, ref: date | None) -> list[tuple[date, int, int]]:
    got = [(d.value, d.start, d.end) for d in find_dates(s.text, language)]
    if not got and ref:
        got = _yearless(s.fold, language, ref)
    return got


def _response_date(hit: Hit, sents: list[Sentence], langs: dict[str, str], ref: date | None,
                   letters: dict[str, str]) -> tuple[date, Hit] | None:
    s = hit.sent
    language = langs.get(s.where, langs["body"])
    dates = [d for d in _dates_in(s, language, ref)
             if not _SENT_DATE.search(s.fold, max(0, d[1] - 30), d[1])
             and not _BIRTH.search(s.fold, max(0, d[1] - 60), d[1])
             and d[0].year >= 2010]  # no local office answered a PD request before then
    if dates:
        best = min(dates, key=lambda d: abs(d[1] - hit.start))
        return best[0], Hit(s, best[1], best[2], False)
    # A letter's date line: the answer's own page, else any attached answer.
    pages = [o for o in sents if o.where == s.where and o.page == s.page and s.where not in ("body", "subject")]
    pages += [o for o in sents if letters.get(o.where) == "response" and o.page == 1]
    for other in pages:
        got = [d for d in find_dates(other.text, langs.get(other.where, "en")) if d.value.year >= 2010
               and not _BIRTH.search(other.fold, max(0, d.start - 60), d.start)]
        if got:
            return got[0].value, Hit(other, got[0].start, got[0].end, False)
    return None


def _languages(sents: list[Sentence], language: str) -> dict[str, str]:
    """The body's language, and each attachment's own (an ICE letter is in English)."""
    langs = {"body": language, "subject": language, "forwarded": language}
    for where in {s.where for s in sents if s.where.startswith("attachment:")}:
        langs[where] = detect_language(" ".join(s.text for s in sents if s.where == where))
    return langs


def find_local(sents: list[Sentence], msg: ParsedMessage, language: str) -> tuple[Local, list[Found]]:
    result = Local()
    told = _review(sents, result)
    letters = _letters(msg, OFFICE)
    got = _outcome(_context(sents, told, letters))
    ref = msg.date.date() if msg.date else date.today()
    if got:
        kind, hits = got
        result.outcome, result.review, result.said = kind, "requested", True
        result.found.append(found("local_outcome", kind, hits[0], f"regex:local.{kind}"))
        langs = _languages(sents, language)
        dated = (_response_date(h, sents, langs, ref, letters) for h in hits) if kind in _NEGATABLE else ()
        when = next((d for d in dated if d), None)
        if when:
            result.response_date = when[0]
            result.found.append(found("local_response_date", when[0], when[1], "dates:nearest_outcome"))
    result.request_copy, result.response_copy = copies(sents, letters)
    if result.response_copy and result.review != "requested":
        result.review, result.said = "requested", True  # its answer is here
    if result.not_asked and not got and not result.request_copy and not result.response_copy:
        result.review, result.said = "not_requested", True
        result.found = [f for f in result.found if f.field != "local_review"]
    changed = [h for h in find(sents, CHANGED) if not h.negated]
    if changed:
        result.facts_changed = True
        result.found.append(found("facts_changed", True, changed[0], "regex:local.facts_changed"))
    return result, result.found

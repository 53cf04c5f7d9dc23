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
from triage.extract.request import Hit, Sentence, clause_bounds, find, found, next_in_part, rx
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
    r"ask\w*", r"request\w*", r"submit\w*", r"sent", r"send", r"filed", r"(?<!on )(?<!in the )file", r"applied",
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
    # (not "they": "they never contacted us" is the office's silence)
    r"(?:we|i|he|she)(?: have| has| had| did| do| does)?(?: not|n't| never) (?:yet |ever |first )?"
    r"(?:ask\w*|request\w*|contact\w*|gone|went|go|appl\w*|submit\w*|file\w*|reach\w* out|talk\w*|spok\w*|spoken)",
    # "no hemos pedido", "nunca he ido", "todavía no le hemos solicitado": an auxiliary with a
    # verb of asking; "no hemos recibido respuesta" is no word about asking
    r"(?:no|nunca|todavia no|aun no) (?:le |les |lo |la )?(?:hemos|he|ha|han|habiamos|habia|habian) (?:\w+ )?"
    r"(?:pedido|solicitado|ido|contactado|hablado|presentado|enviado|mandado|acudido|escrito|llevado|entregado|"
    r"hecho (?:la|una|ninguna|esa|esta) (?:solicitud|peticion))",
    r"(?:no|nunca|todavia no|aun no) (?:le |les )?(?:fuimos|fue|fui|pedimos|pedi|solicitamos|solicite|contactamos|"
    r"hablamos|presentamos|enviamos|mandamos|acudimos|hicimos (?:la|una|ninguna) (?:solicitud|peticion)|le pedimos)",
    r"without (?:first )?(?:asking|contacting|going to|requesting)")


_CHECK_IN = rx(r"check[- ]?ins?", r"cita (?:de |con )(?:la )?(?:reporte|firma|ice|migracion|inmigracion|migra|supervision|control|presentacion|isap)",
               r"(?:supervision|isap|reporting|ankle monitor) (?:appointment|visit|meeting|date)", r"order of supervision",
               r"orden de supervision", r"(?:a )?(?:firmar|reportarse|presentarse) (?:a|en|con) (?:ice|la oficina|migracion)", r"(?:my|his|her|mi|su) (?:annual |yearly )?"
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
                  # "una carta que dice que no", "llamaron para decir que no, pero ...": the
                  # "no" is the whole answer only when its clause ends there
                  r"(?:dice|decia|dicen|decian|diciendo|decir|diga|digan|contest\w*|respond\w*) que no"
                  r"(?=\s*(?:[.,;:!)]|$|y |e |pero |porque |a (?:la|nuestra|mi) ))",
                  r"(?:say|says|said|saying) (?:that )?(?:it'?s |it is |it was )?(?:a )?no(?=\s*(?:[.,;:!)]|$|and |but ))",
                  # "nos contestó el 20/10 que no lo van a soltar", "told us they would not release him"
                  r"(?:contest|respond|dij|dic|decir|inform|avis)\w*(?: [^.]{0,30})? que no (?:lo |la |le |les |nos |me |se )?"
                  r"(?:(?:van|iban|va|iba) a |(?:pueden|podian|puede|podia) |(?:quieren|quisieron|quiso) )?"
                  r"(?:solt|liber|dej(?:ar|an|aban)\b|conced|aprob|otorg|ayud|cancel|quit|para)\w*",
                  # "le dijeron que el detainer se queda", "the hold stays in place": nothing lifted
                  r"(?:detainer|hold|candado)s? (?:se queda|sigue(?: en pie| vigente)?|seguira|stays|remains|will (?:stay|remain))",
                  # "ERO will not take any action in this case": no favourable action on the
                  # request; "will not take enforcement action (against him)" is a grant
                  r"(?:will|would|can|could|shall)(?: not|n't) take (?:any )?(?:favorable |favourable |further )?action"
                  r"(?! (?:to|against)\b)",
                  r"no (?:tomara|tomaran|puede tomar|podemos tomar|va a tomar) (?:ninguna |alguna )?(?:accion|medida)"
                  r"(?: favorable)?(?! (?:para|contra|de deportacion)\b)",
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
        r"no (?:nos |me |le |les )?(?:han|ha|hemos|he) (?:recibido|contestado|respondido)\w*",
        r"no (?:nos |me |le |les )?(?:han|ha|hemos|he) (?:tenido|dado|obtenido) (?:ninguna |una |alguna )?"
        r"(?:respuesta|contestacion|noticias?|razon|decision)",
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
# ... or right after it: "based on his approved I-130", "granted asylum", "la I-130 aprobada"
_OTHER_AFTER = re.compile(r"\s*(?:(?:an?|the|his|her|their|its|su|sus|la|el|una|un) )?(?:[a-z]+ )?"
                          r"(?:i-?\d{3}\w?|(?:visa )?petition|peticion|visa|asylum|asilo|work permit|ead|green card|tps|daca)\b"
                          # "Cuba no ha aceptado su regreso", "won't accept him back": a country taking back
                          r"|\s*(?:(?:su|sus|his|her|their|the|los|las) )?(?:regreso|retorno|return|deportad\w*|deportees?|repatria\w*)\b"
                          r"|\s*(?:him|her|them|lo|la|los|las) (?:back|de (?:regreso|vuelta))\b")


def _other_denial(hit: Hit) -> bool:
    """"after his asylum case was denied", "denied the I-130": another application's denial.
    Only the denial's own clause counts ("his I-130 is pending, and ERO denied the stay" is ours)."""
    left, _ = clause_bounds(hit.sent.fold, hit.start, hit.end)
    return bool(_OTHER_GRANT.search(hit.sent.fold, max(left, hit.start - 40), hit.start)
                or _OTHER_AFTER.match(hit.sent.fold, hit.end))


def _other_grant(hit: Hit) -> bool:
    """A grant word that tells of another benefit (an I-130, asylum), not the local answer."""
    fold_text = hit.sent.fold
    return bool(_OTHER_GRANT.search(fold_text, max(0, hit.start - 40), hit.start)
                or _OTHER_AFTER.match(fold_text, hit.end))


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


def _says_not_asked(s: Sentence) -> bool:
    """"We have not submitted it to the field office", "no he ido a la oficina de ICE porque
    ... si voy a pedir algo": the not-asking comes first and the office is what was not
    asked, so the sentence's other words of asking ("this request", "pedir") are not a
    request made there. "We wrote to the field office but they never contacted us" has
    the office first, and stays a request."""
    no = _NOT_ASKED.search(s.fold)
    starts = [m.start() for m in (OFFICE.search(s.fold), _OFFICE_CASED.search(s.text)) if m]
    return bool(no and starts and no.start() < min(starts))


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
        if office and _says_not_asked(s):
            result.not_asked = result.said = True
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
            hits = [h for h in hits if not _other_grant(h)]
        if kind == "denied":
            hits = [h for h in hits if not _other_denial(h)]
        if kind == "denied" and not any(h.negated for h in hits):
            # "they granted the stay but denied deferred action": a partial grant
            grants = [g for g in find(sents, OUTCOMES[2][1]) if not g.negated
                      and not _other_grant(g)]
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


def _yearless(text_fold: str, language: str, ref: date, past_only: bool = False) -> list[tuple[date, int, int]]:
    """Dates written without a year ("el 3 de octubre", "on 10/1"): the last such day not after `ref`.
    With `past_only`, a day still to come within half a year ("he must go dec 8", written on
    Nov 23) is likely the coming one, and is left out."""
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
                if past_only and year == ref.year and d > ref and (d - ref).days < 183:
                    break
                if d <= ref:
                    out.append((d, m.start(), m.end()))
                    break
    return out


# "they sent me a letter on October 22", "nos mandaron la carta el 20": the office sending
# is its answer, not the writer's request.
_BY_OFFICE = re.compile(r"\b(?:they|he|she|ero|ice|office|officer|officers|nos|me|le|les)\s+$")
_TO_WRITER = re.compile(r"^\s+(?:me|us|him|her|them)\b")


def _writer_sent(fold_text: str, at: int) -> bool:
    """Whether a word of sending just before the date at `at` is the writer's."""
    for m in _SENT_DATE.finditer(fold_text, max(0, at - 30), at):
        if not (_BY_OFFICE.search(fold_text[max(0, m.start() - 12):m.start()])
                or _TO_WRITER.match(fold_text[m.end():m.end() + 8])):
            return True
    return False


def _answer_dates(s: Sentence, language: str, ref: date | None, coming: bool = False) -> list[tuple[date, int, int]]:
    """Dates in the sentence that could be an answer's: not a birth date, not a sending date,
    not before 2010 (no local office answered a PD request before then). A date written
    without its year counts only when no full date is left ("BORN 11 22 1991 ... THE LETTER
    SAY SEPTEMBER 9"); a day still to come ("he must go dec 8") is taken as last year's only
    with `coming`, when nothing else tells the answer's date."""
    def keep(dates):
        return [d for d in dates if not _writer_sent(s.fold, d[1])
                and not _BIRTH.search(s.fold, max(0, d[1] - 60), d[1]) and d[0].year >= 2010]
    got = keep([(d.value, d.start, d.end) for d in find_dates(s.text, language)])
    if not got and ref:
        got = keep(_yearless(s.fold, language, ref, past_only=not coming))
    return got


def _nearest(dates: list[tuple[date, int, int]], hit: Hit) -> tuple[date, int, int]:
    """The date in the outcome's own clause ("we asked on October 14 and they said no in a
    letter on October 21"), else the one nearest the outcome word."""
    inside = _in_clause(dates, hit)
    # the gap between the two ("to ERO LA 9/10 - denied 10/1": 10/1)
    return min(inside or dates, key=lambda d: min(abs(d[1] - hit.end), abs(hit.start - d[2])))


def _in_clause(dates: list[tuple[date, int, int]], hit: Hit) -> list[tuple[date, int, int]]:
    masked = list(hit.sent.fold)
    for _, start, end in dates:  # "October 28, 2026": a date's own comma ends no clause
        masked[start:end] = "x" * (end - start)
    left, right = clause_bounds("".join(masked), hit.start, hit.end)
    return [d for d in dates if left <= d[1] < right]


# An answer given by word of mouth at the visit the sentence before tells of ("El 21 de
# octubre fuimos a la oficina ... La oficial nos dijo que no"): the visit's date is the answer's.
_SPOKEN = rx(r"said", r"say", r"says", r"told", r"dij\w*", r"dic\w*", r"decir")
_VISIT = rx(r"went", r"go", r"visited", r"came", r"took", r"fuimos", r"fui", r"fue", r"fueron", r"acudi\w*",
            r"llevamos", r"llev[eo]", r"nos presentamos", r"in person", r"en persona")


def _visit_date(hit: Hit, sents: list[Sentence], language: str, ref: date | None) -> tuple[date, Hit] | None:
    s = hit.sent
    if not _SPOKEN.search(s.fold, max(0, hit.start - 30), hit.end):
        return None
    before = next((o for o in sents if o.index == s.index - 1 and o.where == s.where), None)
    if before is None or not _VISIT.search(before.fold) or not _office(before):
        return None
    dates = _answer_dates(before, language, ref)
    if len(dates) != 1:
        return None
    return dates[0][0], Hit(before, dates[0][1], dates[0][2], False)


def _forward_parts(sents: list[Sentence], forwarded: list[str]) -> dict[int, int]:
    """Which forwarded message each forwarded sentence is in (sentence index -> message number):
    a chain holds the office's answer and, under it, the writer's own request."""
    texts = [" ".join(t.split()) for t in forwarded]
    out: dict[int, int] = {}
    k, pos = 0, 0
    for s in sents:
        if s.where != "forwarded" or k >= len(texts):
            continue
        at = texts[k].find(s.text, pos)
        while at < 0 and k + 1 < len(texts):
            k, pos = k + 1, 0
            at = texts[k].find(s.text)
        if at >= 0:
            out[s.index], pos = k, at + len(s.text)
    return out


def _clause_date(hit: Hit, langs: dict[str, str], ref: date | None) -> tuple[date, Hit] | None:
    """A date in the outcome's own clause ("... together with our request dated 09/22/2026
    and ERO's denial dated 10/09/2026"): it wins over a nearer outcome word without one."""
    dates = _answer_dates(hit.sent, langs.get(hit.sent.where, langs["body"]), ref)
    best = _nearest(dates, hit) if dates else None
    if best is None or best not in _in_clause(dates, hit):
        return None
    return best[0], Hit(hit.sent, best[1], best[2], False)


def _response_date(hit: Hit, sents: list[Sentence], langs: dict[str, str], ref: date | None,
                   letters: dict[str, str], parts: dict[int, int] | None = None) -> tuple[date, Hit] | None:
    s = hit.sent
    language = langs.get(s.where, langs["body"])
    dates = _answer_dates(s, language, ref)
    if dates:
        best = _nearest(dates, hit)
        return best[0], Hit(s, best[1], best[2], False)
    spoken = _visit_date(hit, sents, language, ref)
    if spoken:
        return spoken
    dates = _answer_dates(s, language, ref, coming=True)
    if dates:
        best = _nearest(dates, hit)
        return best[0], Hit(s, best[1], best[2], False)
    # A letter's date line: the answer's own page, else any attached answer.
    # (A forwarded answer's own date is in its header, which reading leaves out: a date in
    # another forwarded message, such as the request quoted under it, is no answer's.)
    parts = parts or {}
    pages = [o for o in sents if o.where == s.where and o.page == s.page and s.where not in ("body", "subject")
             and parts.get(o.index) == parts.get(s.index)]
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
        parts = _forward_parts(sents, msg.forwarded)
        dated = (_response_date(h, sents, langs, ref, letters, parts) for h in hits) if kind in _NEGATABLE else ()
        own = (_clause_date(h, langs, ref) for h in hits) if kind in _NEGATABLE else ()
        when = next((d for d in own if d), None) or next((d for d in dated if d), None)
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

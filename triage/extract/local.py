"""The local field office review (POLICY.md Routing 1-3).

Whether the local ERO office was asked, what it answered and when, whether
copies of both are here, and whether the facts changed since.

The answer's date is found in local_dates.py; a request still pending or
unanswered has no response date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from triage.extract.copies import RESP_PAGE, copies, letters as _letters
from triage.extract.local_dates import _yearless, answer_date  # noqa: F401 (custody.py reads _yearless here)
from triage.extract.local_changed import changed_facts
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
    r"without (?:first )?(?:asking|contacting|going to|requesting)",
    # "we have made no request to ERO", "nobody has asked the ICE office", "nadie le ha pedido nada a la oficina"
    r"(?:we|i|he|she)(?: have| has| had)? (?:made|filed|submitted|sent) no (?:\w+ )?(?:request|application|letter)",
    r"no (?:request|application|letter) (?:was|has been|had been) (?:made|filed|submitted|sent)",
    r"(?:nobody|no one|noone) (?:has |have |had )?(?:ever |yet )?(?:asked|requested|contacted|gone|went|written|wrote|applied|talked|spoken)",
    r"nadie (?:le |les )?(?:ha|han|habia) (?:ido|pedido|solicitado|contactado|hablado|escrito|presentado)")


_CHECK_IN = rx(r"check[- ]?ins?", r"cita (?:de |con )(?:la )?(?:reporte|firma|ice|migracion|inmigracion|migra|supervision|control|presentacion|isap)",
               r"(?:supervision|isap|reporting|ankle monitor) (?:appointment|visit|meeting|date)", r"order of supervision",
               r"orden de supervision", r"(?:a )?(?:firmar|reportarse|presentarse) (?:a|en|con) (?:ice|la oficina|migracion)", r"(?:my|his|her|mi|su) (?:annual |yearly )?"
               r"(?:report(?:ing)?|check) (?:date|appointment)", r"report(?:s|ed|ing)? (?:to|at) (?:ice|ero|the (?:\w+ )?office)",
               r"(?:me|se|le) report(?:o|a|aba|e)", r"reportarme", r"a firmar",
               # "cada tres meses se presenta en la oficina de ICE", "he reports every month"
               r"(?:me|se|nos) present(?:a|an|o|aba|aban|amos|e) (?:cada \w+ (?:\w+ )?)?(?:en|a|con|ante) (?:la oficina|ice|ero|migracion|inmigracion)",
               r"cada (?:\w+ )?(?:mes|meses|semana|semanas|ano|anos)", r"every (?:\w+ )?(?:month|months|week|weeks|year)",
               r"(?:monthly|yearly|annual|weekly) (?:check|report)\w*")


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
                  r"(?:dice|decia|dicen|decian|diciendo|decir|diga|digan|contest\w*|respond\w*) "
                  r"(?:(?:el|en|on|in) [\w /-]{1,30}? )?que no"
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
                  # "they wrote back no", "called and said no"
                  r"(?:wrote|write|writes|called|answered|replied|responded|came) back(?: to (?:us|me|him|her))?(?: with)?(?: a)? no\b",
                  # "ERO answered that the request ... should go to OPLA": the office sent it elsewhere
                  r"(?:should|must|needs? to|has to|had to) (?:go|be sent|be directed|be submitted|be filed|be made) "
                  r"(?:instead )?to (?:the )?(?:office of the principal legal advisor|opla|chief counsel|immigration court)",
                  r"(?:not|outside) (?:within |under )?(?:its|our|their|ero'?s|ice'?s) (?:jurisdiction|authority)",
                  r"(?:que )?(?:lo |la )?(?:mandaramos|enviaramos|llevaramos|pidieramos) (?:a|en) (?:opla|la corte|el abogado del gobierno)",
                  # "le dieron el stay pero no lo soltaron", "they did not release him"
                  r"no (?:lo |la |los |las |le )?(?:soltaron|liberaron|dejaron salir)",
                  r"(?:did not|didn't|would not|wouldn't|will not|won't) (?:release|free) (?:him|her|them)",
                  r"(?:a|ont) refuse", r"(?:nous|m'a|l'a) refuse", r"no (?:fue|ha sido) (?:aprobad|concedid|otorgad)\w*")),
    ("granted", rx(r"granted", r"approved", r"accepted", r"(?:ero|ice|office|oficina|officer)(?: [a-z]+){0,2} grants", r"aprob(?:o|aron|ad[oa]s?)", r"concedi\w*",
                   r"otorg(?:o|aron|ad[oa]s?)", r"acept(?:o|aron|ad[oa]s?)")),
    ("no_response", rx(
        r"no (?:response|reply|answer|decision|word|news)", r"never (?:heard|got|received|responded|answered|replied)\w*",
        r"never (?:hear|get|receive|respond|answer|reply|call|write)\w*",
        r"(?:have|has|had|did)(?: not|n'?t) (?:yet )?(?:heard|received|gotten|got|responded|answered|replied|respond|answer|reply)\w*",
        r"not (?:yet )?(?:responded|answered|replied)",
        r"(?:did|do|does|have|has|had)(?: not|n'?t) (?:yet )?(?:get|got|gotten|receive|received|have|had) (?:any |an |a |their |the )?"
        r"(?:answer|response|reply|word|decision|letter back)", r"without (?:a |any )?(?:response|answer|reply)",
        r"no (?:nos |me |le |les )?(?:han|ha|hemos|he) (?:recibido|contestado|respondido)\w*",
        r"no (?:nos |me |le |les )?(?:han|ha|hemos|he) (?:tenido|dado|obtenido) (?:ninguna |una |alguna )?"
        r"(?:respuesta|contestacion|noticias?|razon|decision)",
        r"sin (?:ninguna |una |recibir )?(?:respuesta|contestacion)", r"nunca (?:nos |me |le )?(?:contest|respond)\w*",
        r"no (?:hubo|hay|tuvimos|recibimos|obtuvimos) (?:ninguna )?respuesta", r"ninguna respuesta",
        r"never (?:wrote|called|got|came|heard) back", r"(?:no one|nobody|nadie) (?:has |ever )?(?:\w+ )?(?:answer|respond|repl|call|contest|llam)\w*",
        r"nadie (?:nos |me |le |les )?(?:ha |han |habia )?(?:contestado|respondido|llamado|escrito|dicho nada)",
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
# "ICE gave her the stay for 180 days but said no to deferred action", "le dieron el stay pero no lo
# soltaron": a grant told without a word of granting, counted only beside a denial (a partial grant).
_GAVE = rx(r"(?:gave|dieron|dio|concedieron|otorgaron) (?:(?:him|her|them|me|us|le|les|nos) )?"
           r"(?:the |a |el |la |un |una )?(?:stay|suspension|release|libertad|deferred action|accion diferida|parole)")
# "volvimos a pedir", "we asked again", "a new request": a later request, whose own answer is the one told
_AGAIN = rx(r"(?:asked|requested|applied|wrote|submitted|filed) (?:\w+ ){0,4}again", r"(?:a |another |our )?(?:new|second|fresh) request",
            r"volv\w* a (?:pedir|solicitar|mandar|enviar|escribir)", r"(?:otra|nueva|segunda) (?:solicitud|peticion|carta)",
            r"(?:pedimos|solicitamos|mandamos|enviamos) (?:\w+ ){0,3}(?:de nuevo|otra vez|nuevamente)")
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


def _review(sents: list[Sentence], result: Local, letters: dict[str, str]) -> list[Sentence]:
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
        if office and not _strong_office(s) and s.where.startswith("attachment:") and s.where not in letters:
            continue  # "the officer" in a sworn statement or a doctor's letter: a guard, not the field office
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
            grants = [g for g in find(sents, OUTCOMES[2][1]) + find(sents, _GAVE) if not g.negated
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


def _later_request(got: tuple[str, list[Hit]] | None, sents: list[Sentence]) -> tuple[str, list[Hit]] | None:
    """An answer, then a new request told after it and unanswered or pending: the new one's state."""
    if not got or got[0] not in _NEGATABLE:
        return got
    answered = got[1][0].sent
    again = [s for s in sents if s.where == answered.where and s.index >= answered.index
             and [h for h in find([s], _AGAIN) if not h.negated]]
    if not again:
        return got
    after = [s for s in sents if again[0].index <= s.index <= again[0].index + 2 and s.where == answered.where]
    later = [(kind, h) for kind, pattern in OUTCOMES if kind not in _NEGATABLE for h in find(after, pattern)]
    if not later:
        return got
    kind, first = min(later, key=lambda kh: (kh[1].sent.index, kh[1].start))
    return kind, [first]


def find_local(sents: list[Sentence], msg: ParsedMessage, language: str) -> tuple[Local, list[Found]]:
    result = Local()
    letters = _letters(msg, OFFICE)
    told = _review(sents, result, letters)
    got = _later_request(_outcome(_context(sents, told, letters)), sents)
    if got:
        kind, hits = got
        result.outcome, result.review, result.said = kind, "requested", True
        result.found.append(found("local_outcome", kind, hits[0], f"regex:local.{kind}"))
        when = answer_date(hits, sents, msg, language, letters, _office) if kind in _NEGATABLE else None
        if when:
            result.response_date = when[0]
            result.found.append(found("local_response_date", when[0], when[1], "dates:nearest_outcome"))
    result.request_copy, result.response_copy = copies(sents, letters)
    if result.response_copy and result.review != "requested":
        result.review, result.said = "requested", True  # its answer is here
    if result.not_asked and not got and not result.request_copy and not result.response_copy:
        result.review, result.said = "not_requested", True
        result.found = [f for f in result.found if f.field != "local_review"]
    changed = changed_facts(sents)
    if changed:
        result.facts_changed = True
        result.found.append(found("facts_changed", True, changed[0], "regex:local.facts_changed"))
    return result, result.found

"""The form of discretion asked for: CONTRACT.md relief codes.

A relief phrase counts only when it is *asked*: it sits in a clause with a
request word ("we ask", "please", "solicitamos", "para que"), on a labelled
line ("Relief sought:"), in the subject, or it is itself an imperative
("don't deport him", "no me deporten", "let him out"). A past event ("his bond
hearing was held", "we filed a motion to reopen") is not a request. For the
OPLA codes that matters most, because asking for one redirects the whole
request elsewhere: a past-tense word in the same clause vetoes them.

Attachments (court filings, old letters) are read for relief only when the
writer's own text names none.
"""
from __future__ import annotations

import re

from triage.extract.request import Hit, Sentence, clause_bounds, find, found, rx
from triage.records import Found

ERO = ("release_from_custody", "stay_of_removal", "cancellation_of_detainer",
       "deferred_action", "decline_enforcement")
OPLA = ("motion_to_reopen", "dismissal", "administrative_closure", "stipulation",
        "continuance", "bond", "relief_in_proceedings")

_NOT_OUT_OF_COUNTRY = r"(?! (?:del|de este|de) (?:pais|estados unidos|ee\.? ?uu\.?|usa|eua|aqui))"
_DET = r"(?:the |his |her |my |their |our |this |that |its |an? |any |el |la |su |sus |los |las )?"
_NOT_OF = r"(?!of\b|de\b)\w+ "

# Phrases that ask by themselves, whatever surrounds them.
IMPERATIVE: dict[str, re.Pattern] = {
    "release_from_custody": rx(
        r"(?:let|allow) (?:him|her|them|me|us|my \w+) (?:out|go|free|(?:to )?(?:come|go) home)",
        r"set (?:him|her|them|me|us) free", r"free (?:him|her|them|my \w+)",
        r"(?:liberenlo|liberenla|liberenme|liberenlos|sueltenlo|sueltenla)",
        r"dej\w* (?:salir|libre)", r"(?:ponga|pongan|dejen|deje) en libertad",
        r"(?:get|take|bring) (?:him|her|them|me|my \w+) out of (?:there|detention|custody|jail)",
        # "que me saquen del país" asks the opposite: taken out of the country is removal.
        r"(?:que )?(?:lo|la|los|las|me|nos) (?:suelten|suelte|liberen|libere|saquen|dejen ir)" + _NOT_OUT_OF_COUNTRY,
        r"(?:suelten|suelte|liberen|libere|saquen) (?:a )?(?:mi|mis|su|sus|nuestr[oa]s?|el|la|los|las) "
        r"(?:\w+ )?(?:espos[oa]|marido|hij[oa]s?|herman[oa]s?|padre|madre|papa|mama|pareja|compañer[oa]|"
        r"companer[oa]|novi[oa]|familiar|cliente|prim[oa]|tio|tia|sobrin[oa]|muchach[oa]|senor[a]?)"
        + _NOT_OUT_OF_COUNTRY,
        r"(?:release|free) (?:him|her|them|me|my \w+)(?: from (?:custody|detention))?"),
    "stay_of_removal": rx(
        rf"(?:stop|halt|pause|prevent)\w* {_DET}(?:{_NOT_OF})?(?:removal|deportation)(?: flight)?",
        r"(?:detengan|paren|frenen|cancelen|suspendan|eviten) (?:la |su |el )?(?:deportacion|remocion|expulsion|vuelo)",
        r"(?:don't|do not|dont|not to|please not) (?:put|send|take|get) (?:him|her|them|me|my \w+) (?:on|onto) (?:the|a|that|any) (?:plane|flight)",
        r"no (?:lo|la|me|los|las|nos|le) (?:suban|monten|pongan|metan) (?:al|en el) (?:avion|vuelo)",
        r"(?:give|grant) (?:him|her|them|me|us) (?:a )?stay", r"(?:le|les|me|nos) (?:den|de|otorguen) (?:un |el )?stay"),
    "decline_enforcement": rx(
        r"not (?:a|an) (?:\w+ )?priority", r"non-?priority", r"low(?:est)? priority",
        r"(?:to|will|would|should) not (?:\w+ )?(?:deport|remove|arrest|detain)\w*",
        r"(?:that|que) (?:ice|ero|dhs|the field office|the office|they|you|la oficina) (?:not|no) (?:\w+ )?"
        r"(?:deport|remove|arrest|detain|detenga|deporte|arreste)\w*",
        r"(?:let|allow)\w* (?:me|him|her|us|them|my \w+) (?:to )?(?:stay|remain|live)",
        r"ne pas (?:m'|l'|le |la |les |nous )?(?:expulser|deporter|renvoyer)", r"(?:me|le|la|nous) laisser rester",
        r"no (?:es|soy|somos|son|sea|fue|era) (?:una )?prioridad", r"no prioritari\w*",
        r"(?:do not|don't|dont|please not|not to) (?:\w+ )?(?:deport|remove|arrest|detain)\w*",
        r"(?:is|be|being|get|gets) not (?:deported|removed|arrested)", r"not be (?:deported|removed|arrested)",
        # the subjunctive of a list item: "(b) ICE not seek to detain him"
        r"(?:ice|ero|dhs|opla|the agency|the government|the field office) not (?:\w+ ){0,2}"
        r"(?:deport|remove|arrest|detain|re-?detain)\w*",
        r"(?:let|allow|permit)\w* (?:me|him|her|us|them|my \w+) (?:to )?(?:stay|remain)",
        r"no (?:me|lo|la|los|las|nos|le|les) (?:deporten|deporte|deportar|deportaran|expulsen|expulse|arresten|arreste|"
        r"detengan|detenga|saquen|saque|regresen|regrese)",
        # "que no lo manden", "no la envíen a México": the person sent away, not a letter by mail.
        r"no (?:lo|la|los|las) (?:manden|mande|envien|envie|mandaran|enviaran)(?! (?:por|por el) (?:correo|fax|email|e-mail))",
        r"(?:do not|don't|dont|please not|not to) (?:\w+ )?send (?:me|him|her|us|them|my \w+) (?:back|away|home)",
        r"no (?:quiero|queremos|quiere|quisiera|quisieramos) que (?:me|lo|la|nos|los|las|le) (?:deport|expuls|saqu)\w*",
        r"(?:do not|don't|dont|does not|doesn't) want (?:to be|\w+ to be) (?:deported|removed)",
        # "do not let her be deported", "no dejen que lo deporten", "don't allow them to send him back"
        r"(?:do not|don't|dont|please not|never|not to) (?:let|allow|permit) (?:me|him|her|us|them|my \w+|\w+) "
        r"(?:to )?(?:be |get )?(?:deported|removed|sent (?:back|away|home)|arrested|detained|taken)",
        r"(?:do not|don't|dont|please not|never|not to) (?:let|allow|permit) (?:them|ice|anyone|immigration) (?:to )?"
        r"(?:deport\w*|remove\w*|send (?:me|him|her|us|them|my \w+) (?:back|away|home))",
        r"no (?:dejen|deje|permitan|permita|dejes|permitas) que (?:me|lo|la|los|las|nos|le|les) "
        r"(?:deport|expuls|saqu|arrest|deteng|mand|regres)\w*",
        r"nao (?:me|o|a|nos) (?:deport|expuls)\w*",  # Portuguese, read with the English rules
        r"no sea(?:n|mos)? (?:deportad\w*|expulsad\w*|removid\w*)",
        r"dej\w* (?:que )?(?:\w+ )?(?:quedar\w*|qued\w+|permanecer)",
        r"permit\w* (?:\w+ )?(?:quedar\w*|permanecer)"),
}

PHRASES: dict[str, re.Pattern] = {
    "release_from_custody": rx(
        r"releas\w*(?! (?:of )?" + _DET + r"(?:ice |immigration )?(?:detainer|hold|information|records?|form|waiver))(?! on (?:an? )?(?:\$?[\d,]+ )?bond)",
        r"(?:get|take|bring|let) (?:him|her|them|me|my \w+) out",
        r"(?:sacar\w*|salir) (?:de ahi|de alli|mientras)", r"(?:en|su|la) libertad", r"(?:ankle|leg) (?:monitor|bracelet) instead",
        r"(?:supervised|conditional) release", r"order of supervision", r"(?:releas|sortir|libere)\w* (?:de )?(?:la )?(?:detention|retention)",
        r"(?:humanitarian )?parole\w*", r"out of (?:ice )?(?:detention|custody)",
        r"alternatives? to detention", r"atd", r"ankle (?:monitor|bracelet)", r"(?:electronic|gps) monitor\w*",
        r"liber\w*", r"solt(?:ar|em|ura)\b", r"(?:salir|sacar\w*) (?:\w+ ){0,3}(?:detencion|centro|custodia)",
        r"grillete\w*", r"monitor electronico", r"alternativas? a la detencion"),
    "stay_of_removal": rx(
        rf"stay (?:of |on )?{_DET}(?:removal|deportation|execution)",
        rf"(?:cancel|postpone|delay|suspend)\w* {_DET}(?:{_NOT_OF})?(?:removal|deportation)(?: flight)?",
        rf"suspen\w* (?:de |a )?{_DET}(?:{_NOT_OF})?(?:deportacion|remocion|expulsion)",
        rf"(?:detener|parar|frenar|aplazar|posponer|cancelar|suspender|evitar)\w* {_DET}(?:deportacion|remocion|expulsion|vuelo)",
        r"(?:aplazamiento|postergacion) de (?:la |su )?(?:deportacion|remocion)",
        r"stay (?:de|a) (?:la |mi |su )?(?:deportacion|remocion|expulsion)", r"(?:un|el) stay"),
    "cancellation_of_detainer": rx(
        rf"(?:lift|cancel|withdraw|remov|rescind|drop|releas|quash|revok)\w* (?:of )?{_DET}(?:ice |immigration )?(?:detainer|hold)",
        rf"(?:quit|levant|retir)\w* {_DET}(?:hold|detainer|candado)", r"(?:sin|without) (?:el |the )?(?:ice )?(?:hold|detainer)",
        r"detainers? (?:\w+ ){0,3}(?:lifted|cancel\w*|withdrawn|removed|rescinded|dropped)",
        # "take off the hold", "get rid of the ICE hold", "take the detainer off"
        rf"(?:take|taking|takes|get|getting|gets|lift|lifting|clear|clearing)\w* (?:off|rid of|away) {_DET}(?:ice |immigration )?"
        r"(?:detainer|hold)",
        rf"(?:take|taking|takes|get|getting|gets) {_DET}(?:ice |immigration )?(?:detainer|hold) (?:off|away|lifted|removed)",
        rf"(?:cancel|retir|levant|quit|elimin|anul)\w* {_DET}(?:detainer|hold|retencion|candado migratorio|orden de (?:retencion|detencion))"),
    "deferred_action": rx(r"deferred action", r"accion diferida"),
    "decline_enforcement": rx(
        r"declin\w* (?:to )?(?:arrest|detain|remove|deport|enforce|pursue|take enforcement)\w*",
        r"decline enforcement"),
    "motion_to_reopen": rx(
        r"(?:joint )?motion to reopen", r"reopen\w* (?:the |his |her |my )?(?:case|proceedings)",
        r"(?:agree|consent|join)\w* (?:to |in )?(?:reopen\w*|reopening)",
        r"mocion (?:conjunta )?(?:para|de) (?:reabrir|reapertura)", r"reabrir (?:el |su )?(?:caso|proceso)",
        r"reapertura"),
    "dismissal": rx(
        rf"dismiss\w* (?:of )?{_DET}(?:removal |immigration |deportation )?(?:proceedings|case|nta|notice to appear)",
        r"dismissal", rf"terminat\w* (?:of )?{_DET}(?:removal |immigration )?proceedings",
        # "close her case or dismiss it": the case just named
        r"(?:clos\w*|terminat\w*) [\w ()]{0,60}?(?:or|and) dismiss (?:it|them)\b",
        r"(?:proceedings|case|nta|notice to appear) [^.;]{0,80}?\bdismiss (?:it|them)\b",
        r"(?:terminacion|desestimacion|sobreseimiento) (?:de |del )?(?:los |el |su )?(?:caso|proceso|procedimiento)s?",
        r"desestim\w*", r"terminar (?:el |su |los )?(?:caso|proceso|procedimiento)s?"),
    "administrative_closure": rx(
        r"administrative(?:ly)? clos\w*", r"cierre administrativo", r"cerrar\w* administrativamente",
        rf"clos\w* {_DET}(?:removal )?(?:case|proceedings|matter) administratively",
        r"(?:cierr\w*|cerr\w*) (?:\w+ ){0,3}administrativ\w*", r"fermeture administrative"),
    "stipulation": rx(r"stipulat\w*", r"estipula\w*"),
    "continuance": rx(
        r"continuance", rf"(?:postpone|reschedul|delay|adjourn)\w* (?:of )?{_DET}(?:\w+ )?hearing",
        rf"motion to continue", rf"continu(?:e|ing) {_DET}(?:\w+ )?(?:hearing|proceedings)",
        r"postponement(?! of (?:the |his |her )?(?:deportation|removal))",
        r"aplazamiento(?! de (?:la |su )?(?:deportacion|remocion|expulsion|salida))",
        # every form of the verb: "que se posponga la audiencia", "aplacen la cita"
        rf"(?:aplaz|aplac|pospon|pospong|reprogram|posterg)\w* {_DET}(?:\w+ )?(?:audiencia|corte|cita)",
        # a new date for the hearing: "que le cambien la fecha de la corte", "move his court date"
        # (only the court's: a new date for the ICE check-in is no continuance)
        # (asked forms only: "le cambiaron la fecha de la corte" tells what the court did)
        r"(?:cambi(?:e|en|ar|arle|arla|arlo|ara|aran)|mover|muevan|mueva|corr(?:a|an|er)|recorr(?:a|an|er)|pas(?:e|en|ar)) "
        r"(?:\w+ ){0,2}(?:la |su )?fecha de (?:la |su )?(?:audiencia|corte|cita (?:en|con) (?:la )?corte|cita con el juez)",
        r"(?:den|de|dar|darle|otorg\w*|conced\w*|pid\w*|pedi\w*|pedimos|pido|solicit\w*|necesit\w*|quier\w*) "
        r"(?:\w+ )?(?:una )?(?:nueva|otra) fecha (?:para|de) (?:la |su )?(?:audiencia|corte)",
        rf"(?:change|changing|move|moving|push|pushing|reset|resetting) (?:back )?{_DET}(?:immigration )?"
        r"(?:court|hearing|master calendar|individual hearing) dates?",
        r"(?:for|to|need|want|grant|give (?:him|her|them|us|me)) (?:a |an )?(?:new|later|different) (?:immigration )?"
        r"(?:court|hearing) date"),
    "bond": rx(r"bond(?: hearing| redetermination)?", r"fianza"),
    "relief_in_proceedings": rx(
        r"(?:not|no|non-?) ?(?:to )?oppos\w*[^.]{0,80}?(?:asylum|cancellation of removal|adjustment|withholding|"
        r"relief|application|asilo|cancelacion|ajuste|solicitud|peticion)",
        r"no (?:se )?opong\w*[^.]{0,80}?(?:asilo|cancelacion|ajuste|solicitud|peticion)",
        r"no oponerse[^.]{0,80}?(?:asilo|cancelacion|ajuste|solicitud|peticion)"),
}

_ASK = rx(
    r"request\w*", r"ask\w*", r"seek\w*", r"pray\w*", r"petition\w*", r"please", r"kindly",
    r"would like", r"want\w*", r"wish\w*", r"hope\w*", r"needs?", r"urge\w*", r"respectfully",
    r"consider\w*", r"grant\w*", r"exercise", r"help", r"appeal\w*", r"beg\w*", r"deserves?",
    r"(?:can|could|would|will) you", r"so (?:that )?(?:he|she|they|i|we)", r"in order to",
    r"solicit\w*", r"pid\w*", r"pedi\w*", r"pido", r"rog\w*", r"suplic\w*", r"quisier\w*",
    r"quer\w*", r"quiero", r"necesit\w*", r"ayud\w*", r"por favor", r"favor de", r"para que",
    r"consider\w*", r"otorg\w*", r"conced\w*", r"merece\w*", r"esper\w*", r"ojala",
    r"agree\w*", r"allow\w*", r"let", r"permit\w*", r"instead", r"demand\w*", r"je vous (?:prie|demande)", r"queremos", r"quiero")
_PAST = rx(
    r"was", r"were", r"had", r"has been", r"have been", r"already", r"previously", r"filed",
    r"held", r"last (?:week|month|year)", r"ago", r"in (?:19|20)\d\d", r"fue", r"fueron", r"ya",
    r"tuvo", r"hubo", r"presentamos", r"presento", r"se celebro", r"anterior\w*")
# Asking words in the past: what was asked of the local office. When that
# office granted part of it, the part granted is no longer sought: relief
# found only with these words is then taken only if nothing is asked now.
_PAST_ASK = rx(r"asked", r"requested", r"sought", r"applied", r"pedi", r"pidio", r"pidieron", r"solicite",
               r"granted", r"gave", r"denied", r"otorgaron", r"concedieron", r"dieron", r"negaron",
               r"had (?:asked|requested)")
_BAIL = rx(r"(?:county )?jail", r"condado", r"carcel", r"criminal", r"bail", r"sheriff",
           # The detainer is what keeps him from paying the county's bail: "que le quiten el
           # detainer para que pueda pagar la fianza".
           r"detainer", r"(?:ice|immigration|the|a|an|el|un) hold", r"pagar (?:la |su )?fianza",
           r"post (?:his |her |the )?(?:bail|bond)")
_LABEL = re.compile(
    r"^\W*(?:relief|remedy|request(?:ed)?|(?:relief|discretion) (?:sought|requested)|"
    r"(?:form|type) of (?:prosecutorial )?(?:discretion|relief|request)[\w ]{0,20}|"
    r"solicitud|peticion|alivio|(?:tipo|forma) de (?:discrecion|alivio|solicitud)[\w ]{0,20}|"
    r"lo que (?:pedimos|solicitamos))\s*:")
# A label inside a line or table row: "| Relief requested | (1) Release ...".
_INLINE_LABEL = re.compile(
    r"(?:relief|discretion|remedy|action) (?:sought|requested)\s*[:|]|(?:request(?:ed)? type|type of (?:request|relief)|"
    r"relief|remedy|solicitud|tipo de solicitud|lo que (?:pedimos|solicitamos))\s*[:|]")


# A ticked box on a form selects what follows: "[X] Stay of removal", "☒ Release".
_TICKED = re.compile(r"^\W*(?:\[\s*[x\u2713\u2714]\s*\]|\(\s*x\s*\)|[\u2612\u2611\u2713\u2714\u2705])")


def _labelled(hit: Hit) -> bool:
    return bool(_LABEL.match(hit.sent.fold) or _TICKED.match(hit.sent.fold)
                or _INLINE_LABEL.search(hit.sent.fold, max(0, hit.start - 80), hit.start))


# A request word reaches over "and" and commas (a list of things asked) but
# not over these: what follows "because" or "; " is told, not asked.
_STRONG = re.compile(
    r"[;()]|\s(?:but|since|because|after|when|while|although|whereas|"
    r"pero|porque|cuando|despues|aunque|mientras|ya que|desde que)\s")
# A past-tense word vetoes an OPLA phrase only within its own clause.
_NARROW = re.compile(
    r"[,;:()]|\s(?:but|and|since|because|after|when|while|although|which|who|so|so that|in order to|"
    r"pero|y|porque|cuando|despues|aunque|mientras|quien|cual|para que)\s")


_GLOSS = re.compile(r"\(([^()]{3,40})\)")
_LIST_MARK = re.compile(r"\((?:[a-z]|\d{1,2}|[ivx]{1,4})\)")
_LIST_SEMI = re.compile(r";(?=\s*(?:and |y |or |o |e )?\((?:[a-z]|\d{1,2}|[ivx]{1,4})\))")


# Joining a motion already filed asks for it now: "que el abogado del gobierno se una a la
# moción para reabrir que presentó el licenciado", "join the motion to reopen we filed on
# May 2". What follows the motion tells about the motion, not about the ask.
_JOIN = re.compile(r"\b(?:join|joining|joins|(?:consent|agree)(?:s|ing)? to join|se (?:una|unan|adhiera|adhieran|sume|sumen)|"
                   r"unirse|sumarse|adherirse) (?:\w+ ){0,3}$")


def _segment(hit: Hit, breaks: re.Pattern, upto_hit: bool = False) -> str:
    # "We ask that ICE: (a) not oppose ...; and (b) ...": list marks break nothing.
    # "solicito: (1) que ...; y (2) que ...": the semicolon before a list mark parts
    # two things asked, not the ask from a told fact.
    text = _LIST_SEMI.sub(" ", hit.sent.fold)
    text = _LIST_MARK.sub(lambda m: " " * len(m.group(0)), text)
    # "agree close her case (administrative closure) or dismiss it": a gloss breaks nothing.
    text = _GLOSS.sub(lambda m: " " + m.group(1) + " ", text)
    left = 0
    for m in breaks.finditer(text, 0, hit.start):
        left = m.end()
    if upto_hit:
        return text[left:hit.end]
    m = breaks.search(text, hit.end)
    return text[left:m.start() if m else len(text)]


_NOT_OPPOSE = rx(r"(?:not|no|non-?) ?(?:to )?(?:se )?(?:oppos\w*|opong\w*|oponer\w*|opon[ea]\w*)")


# "I prepared discretion requests and bond packets": a plural noun asks nothing.
# "stay-of-removal requests" (a kind of paper) too.
_NOUN_ASK = re.compile(r"(?:\b(?:the|these|those|such|our|their|my|his|her|many|several|all|discretion|pd|prior|"
                       r"previous|other|\d+|prepared|drafted|handled|wrote|written|reviewed|filed)|\w-\w+) "
                       r"(?:requests|petitions|appeals|solicitudes|peticiones)$")
# "they let him out with an ankle monitor": told, not asked, unless asked of them
# ("we ask that they let him out").
_TELLER = re.compile(r"(?:they|he|she|it|ice|ero|officers?|agents?|immigration|the judge|who)"
                     r"(?: \w+ly| then| finally)? $")


def _asks(text: str) -> bool:
    """Whether `text` holds an asking word that asks (no plural noun, no told "they let")."""
    for m in _ASK.finditer(text):
        if _NOUN_ASK.search(text, 0, m.end()):
            continue
        if m.group(0) in ("let", "allow", "allowed") and _TELLER.search(text, 0, m.start()):
            continue
        return True
    return False



def _narrated(hit: Hit) -> bool:
    if not hit.fold.startswith(("let ", "allow")):
        return False
    m = _TELLER.search(hit.sent.fold, 0, hit.start)
    return bool(m) and not _asks(hit.sent.fold[clause_bounds(hit.sent.fold, m.start(), m.start())[0]:m.start()])


def _asked(hit: Hit, code: str, led: frozenset[int] = frozenset()) -> bool:
    # "that ICE not oppose a continuance" asks for the continuance
    not_oppose = bool(_NOT_OPPOSE.search(hit.sent.fold, max(0, hit.start - 50), hit.start))
    if hit.negated and not not_oppose:
        return False
    if hit.sent.where == "subject" or _labelled(hit) or hit.sent.index in led:
        return True
    if _narrated(hit) or (not not_oppose and not _asks(_segment(hit, _STRONG))):
        return False
    narrow = _segment(hit, _NARROW)
    if code in ERO and _asks(narrow):
        return True  # "we previously requested release": still what is sought
    if code == "bond" and _BAIL.search(hit.sent.fold):
        return False  # criminal bail from a county jail is no immigration bond
    if _JOIN.search(hit.sent.fold, 0, hit.start):
        narrow = _segment(hit, _NARROW, upto_hit=True)
    return not _PAST.search(narrow)


# Spanish "pedimos" is present and past alike; a clause led by a date ("El 18/09/2026
# pedimos ...") or asking the local office ("pedimos a ERO Miami", "solicitamos a la
# oficina de Atlanta") tells what was asked there before.
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|"
          r"agosto|septiembre|setiembre|octubre|noviembre|diciembre)\w*")
_DATED = re.compile(rf"\W*(?:el |on |in |the )?(?:\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?|\d{{1,2}} (?:de )?{_MONTH}"
                    rf"|{_MONTH} \d{{1,2}})\b")
_OF_THE_OFFICE = re.compile(
    r"\b(?:pedimos|pedi|solicitamos|solicite|le pedimos|les pedimos)\s+(?:a|al)\s+"
    r"(?:la oficina|las oficinas|ero \w|ice de|ice en|oficial|deportation officer|field office|supervisor)"
    # "our lawyer helped us ask the ICE office in Seattle for a stay": that office, before
    r"|\b(?:ask|asked|request|requested|petition|petitioned)\s+(?:the\s+)?(?:local\s+)?(?:ice\s+|ero\s+)?"
    r"(?:field\s+)?office\s+(?:in|of|at)\s+\w|\b(?:ask|asked|request|requested)\s+(?:the\s+)?(?:local\s+)?field office"
    r"|\b(?:ask|asked|request|requested)\s+ero\s+(?!to\b)\w+\s+(?:for|to)\b")


def _past_ask(hit: Hit, dated: bool = True) -> bool:
    """Whether every asking word by the phrase is a past one ("we asked ERO for")."""
    if hit.sent.where == "subject" or _labelled(hit):
        return False
    seg = _segment(hit, _STRONG)
    if (dated and _DATED.match(seg)) or _OF_THE_OFFICE.search(seg):
        return True
    words = [m.group(0) for m in _ASK.finditer(seg)]
    return bool(words) and all(_PAST_ASK.fullmatch(w) for w in words)


# "que le den el stay y no lo saquen el 24", "a stay so that he is not deported":
# the "don't remove him" is what the stay does, not a second request.
_PRIORITY = rx(r"priorit\w*", r"prioridad\w*", r"prioritari\w*")


# "deferred action so she is not deported", "un stay para que no lo saquen": a purpose.
_PURPOSE = re.compile(r"(?:\bso(?: that)?|\bpara que|\bin order that|\bso as)\s+(?:\w+\s+){0,2}$")


def _drop_removal_purpose(asked: dict[str, list[Hit]], before: dict[str, list[Hit]]) -> None:
    stays = {h.sent.index for h in asked.get("stay_of_removal", []) + before.get("stay_of_removal", [])}
    others = {h.sent.index for hits in (asked, before) for code, hs in hits.items() if code != "decline_enforcement"
              for h in hs}
    kept = [h for h in asked.get("decline_enforcement", [])
            if not (h.sent.index in stays or (h.sent.index in others and _PURPOSE.search(h.sent.fold, 0, h.start)))
            or _PRIORITY.search(h.fold)]
    if "decline_enforcement" in asked and not kept:
        del asked["decline_enforcement"]


# What was asked of the local office is still sought only when the writer adds to it
# ("también queremos que ...", "we also ask"); a new ask alone replaces it ("from you I
# am now asking only for a stay", "por eso le pedimos que OPLA no se oponga a una fianza").
_ALSO = rx(r"also", r"as well", r"in addition", r"additionally", r"tambien", r"ademas", r"asimismo",
           r"igualmente", r"aussi")


def _scan(sents: list[Sentence], partial: bool) -> dict[str, list[Hit]]:
    asked: dict[str, list[Hit]] = {}
    before: dict[str, list[Hit]] = {}
    for code, pattern in IMPERATIVE.items():
        for hit in find(sents, pattern):
            if not hit.negated and not _narrated(hit):
                # "pedimos a la oficina de Atlanta que lo dejen salir": asked there, before
                (before if _past_ask(hit, dated=False) else asked).setdefault(code, []).append(hit)
    # "We ask that ICE:" followed by a list: the next few sentences are what is asked.
    led = frozenset(s.index + k for s in sents if s.text.rstrip().endswith(":") and _ASK.search(s.fold)
                    and not _PAST_ASK.search(s.fold) for k in (1, 2, 3))
    for code, pattern in PHRASES.items():
        for hit in find(sents, pattern):
            if _asked(hit, code, led):
                (before if _past_ask(hit) else asked).setdefault(code, []).append(hit)
    _drop_removal_purpose(asked, before)
    if not partial and any(_ALSO.search(h.sent.fold) for hits in asked.values() for h in hits):
        for code, hits in before.items():
            asked.setdefault(code, []).extend(hits)
    return asked or before


def find_relief(sents: list[Sentence], partial: bool = False) -> tuple[list[str], list[Found]]:
    """Relief codes asked for, sorted, with one Found per code.

    `partial`: the local office granted part of what it was asked.
    """
    own = [s for s in sents if not s.where.startswith("attachment:")]
    # Mail forwarded or quoted below the writer's own ask is history (an earlier
    # request, another relative's): read it only when the body itself asks nothing.
    body = [s for s in own if s.where == "body"]
    if _scan(body, partial):
        own = [s for s in own if s.where != "forwarded"]
    asked = _scan(own, partial) or _scan([s for s in sents if s.where.startswith("attachment:")], partial)
    codes = sorted(asked)
    return codes, [found("relief", c, asked[c][0], f"regex:relief.{c}") for c in codes]


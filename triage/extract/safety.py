"""Reports that go to a person at once (POLICY.md "Safety").

Recall matters more than precision here: a missed report can cost a life, a
false one costs a reviewer a minute. So the phrase lists are broad, and only
three things veto a phrase: negation in its clause ("he has not been
abused"), a legal or medical idiom that is no report ("abuse of discretion",
"substance abuse", "heart attack"), and history told as history (a criminal
charge, abuse fled in the home country). A parent's detention alone is not a
child separation: the child must be the one taken or kept away.
"""
from __future__ import annotations

import re

from triage.extract.request import Hit, Sentence, clause_bounds, find, found, rx
from triage.records import Found

_KID = (r"(?:son|daughter|child|children|kids?|baby|babies|grandchild\w*|grandson|granddaughter|"
        r"niece|nephew|toddler|infant|boys?|girls?|little ones?|step(?:son|daughter|child)\w*|"
        r"hij[oa]s?|hijastr[oa]s?|nin[oa]s?|nen[ea]s?|bebes?|niet[oa]s?|sobrin[oa]s?|chamac\w*)")
_KID_ONE = r"(?:hij[oa]|hijastr[oa]|nin[oa]|nen[ea]|bebe|niet[oa]|sobrin[oa]|chamac[oa])"
_KIDS = r"(?:hij[oa]s|hijastr[oa]s|nin[oa]s|nen[ea]s|bebes|niet[oa]s|sobrin[oa]s|chamac[oa]s)"
_WHOSE = r"(?:my|our|his|her|their|the|mi|mis|su|sus|nuestr[oa]s?|los|las|el|la) (?:[\w-]+ )?"

_CARE = (r"(?:medical (?:care|attention|treatment)|medications?|medicines?|insulin|treatment|food|water|doctor|"
         r"dialysis|surgery|pills)")

# A guard who touches, grabs or shoves a detainee, in any tense and with a few
# words between ("a guard on the night shift touches her when they search her").
_GUARD = (r"(?:guard|officer|co|staff member|detention officer|guardia|custodio|celador|oficial|agente|"
          r"el de seguridad)s?")
_GUARD_TOUCHES_EN = (_GUARD + r" (?:\w+ ){0,6}(?:touch(?:es|ed|ing)?|grab(?:s|bed|bing)?|grop(?:es|ed|ing|e)|"
                     r"fondl(?:es|ed|ing|e)|shov(?:es|ed|ing|e)|pushed|threw|throws|thrown|slamm(?:ed|ing)|slams?|"
                     r"tackl(?:ed|es|ing)|dragg(?:ed|ing)|pinn(?:ed|ing)|tas(?:ed|ered)|pepper[- ]spray(?:ed)?) "
                     r"(?:him|her|them|me|us)(?! (?:to|a|the) )")
_GUARD_TOUCHES_ES = (_GUARD + r" (?:\w+ ){0,6}(?:lo|la|los|las|me|nos) (?:esta |estan |estaba )?"
                     r"(?:toc(?:a|an|o|aron|aba|aban|ando)|manose\w*|empuj(?:a|an|o|aron|aba|aban)|aventaron)")
# (not "agarró": "un agente lo agarró saliendo del trabajo" is an arrest)

# Force on the body, by whoever: thrown to the floor, knelt on, a limb twisted by
# the guards ("they threw him to the ground and one knelt on his arm").
_BODY = (r"(?:neck|back|arm|arms|chest|head|leg|legs|wrist|wrists|hand|hands|face|throat|ribs?|shoulder|"
         r"cuello|espalda|brazo|brazos|pecho|cabeza|pierna|piernas|muneca|mano|manos|cara|garganta|costillas?|hombro)")
_FORCE = (
    r"(?:threw|thrown|throw|throws|throwing|slamm(?:ed|ing)|slams?|pushed|shoved|knocked|tackled|dragged|pinned) "
    r"(?:him|her|them|me|us) (?:down )?(?:to|onto|on|against|into|across) (?:the |a )?"
    r"(?:floor|ground|wall|concrete|pavement|cell floor|bunk|table|door)",
    r"(?:knelt|kneeled|kneeling|kneels|kneel|stepped|stomp(?:ed|ing)?|sat|stood|stand(?:s|ing)?) on (?:his|her|my|their|our) " + _BODY,
    _GUARD + r" (?:\w+ ){0,6}(?:twist(?:ed|ing)?|bent|broke|fractur(?:ed|ing)|yank(?:ed|ing)?|crush(?:ed|ing)?) "
    r"(?:his|her|my|their|our) " + _BODY,
    r"(?:lo|la|los|las|me|nos) (?:tiraron|aventaron|avento|tiro|azotaron|azoto|estrellaron|estrello|botaron|arrojaron|"
    r"empujaron) (?:\w+ )?(?:al|contra el|contra la|en el|sobre el) (?:suelo|piso|pared|concreto|cemento)",
    r"se (?:le|me|les|nos) (?:hinc\w*|arrodill\w*|subi\w*|sent\w*|par\w*) encima",
    r"(?:con|puso|pusieron|apoyo|apoyaron) (?:la|su|las|sus) rodillas? (?:en|sobre) (?:el|la|su|sus|mi) " + _BODY,
    r"(?:le|me|les|nos) (?:torcieron|torcio|doblaron|doblo|quebraron|quebro|rompieron|rompio|fracturaron) "
    r"(?:el|la|los|las) " + _BODY,
)

KINDS: dict[str, re.Pattern] = {
    "assault": rx(
        r"beat(?:en|ing|s)?", r"beat (?:him|her|me|them|us)", r"hit (?:him|her|me|them|us)", r"punch\w*",
        r"kick(?:ed|ing)", r"slapp\w*", r"chok(?:ed|ing)", r"assault\w*", r"abus\w*", r"rap(?:e|ed|ing)",
        r"molest(?:ed|ing|ation|er|ers|s)?", r"attack(?:ed|ing)", r"sexual(?:ly)? (?:harass\w*|touch\w*|abus\w*|assault\w*)",
        r"golpe\w*", r"(?:le|me|les|nos) peg\w*", r"pegaron", r"abusad\w*", r"abuso\w*", r"violad\w*",
        r"violacion", r"agredi\w*", r"agresion\w*", r"maltrat\w*", r"(?:lo|la|me) tocaron", r"acoso sexual",
        r"tortur\w*", _GUARD_TOUCHES_EN, _GUARD_TOUCHES_ES, *_FORCE, r"manose\w*", r"tocamientos?",
        # A guard who "la está molestando" harasses; "disculpen la molestia" bothers no one.
        r"(?:guardia|custodio|oficial|agente|guard|officer)s? (?:\w+ ){0,6}(?:la|lo|le|los|las|me|nos) (?:esta |estan |estaba )?"
        r"(?:molest|acos|hostig)\w*",
        r"(?:la|lo|me|las|los) toca(?:n|ba|ban)? (?:de mas|demasiado|sus partes|el cuerpo|por todos lados)",
        r"cosas feas de su cuerpo",
        r"(?:l'|les |m'|nous )(?:a|ont) (?:frapp|battu|tabass)\w*"),  # French
    "detention_conditions": rx(
        r"(?:denied|denying|refus\w*|withh\w*|no access to|without) (?:\w+ ){0,2}" + _CARE,
        r"(?:not|n't|never|won't|will not|stopped|refus\w* to) (?:\w+ ){0,2}(?:giv\w*|provid\w*|receiv\w*|get\w*|got|"
        r"allow\w*|let|treat\w*|bring\w*) (?:\w+ ){0,3}" + _CARE,
        r"(?:no|not) (?:\w+ )?(?:seen|see|seeing) (?:by )?a doctor", r"solitary(?: confinement)?", r"(?:in|into) the hole", r"starv\w*",
        r"hunger strike", r"overcrowd\w*", r"freezing cold", r"no food",
        r"(?:not|n't|never) (?:\w+ ){0,2}(?:had|taken|have) (?:\w+ ){0,2}" + _CARE,
        r"(?:ran|run|running|are|is|they're) out of (?:\w+ )?(?:insulin|medications?|medicines?|meds|pills)",
        r"no (?:more )?(?:insulin|medications?|medicines?|meds)",
        r"no (?:le|les|me|nos) (?:\w+ )?(?:dan|han dado|dieron|quieren dar|da|dio) (?:\w+ ){0,2}"
        r"(?:medicinas?|medicamentos?|insulina|comida|atencion|tratamiento|agua|pastillas)",
        r"sin (?:sus |su |la |el )?(?:medicinas?|medicamentos?|insulina|atencion medica|comida|tratamiento|pastillas)",
        r"(?:negado|negaron|niegan|niega) (?:\w+ ){0,2}(?:atencion|tratamiento|medicinas?|medicamentos?|insulina)",
        r"aislamiento", r"hielera",
        r"(?:lo|la|los|las|me|nos) (?:tienen|tenian|dejaron|pusieron|metieron) sol[oa]s? (?:en|encerrad\w*)",
        r"(?:kept|locked|put|held|placed|keeping) (?:\w+ )?alone in (?:a |his |her |the |their )?(?:cell|room)", r"huelga de hambre", r"hacinamiento", r"pasando hambre",
        r"(?:kept|placed|put|held|locked) in (?:administrative |disciplinary |medical )?segregation",
        r"(?:nobody|no one|nadie) (?:from |de )?(?:medical|the clinic|medico|la clinica|enfermeria) (?:has |have |ha )?"
        r"(?:come|seen|visited|checked|venido|visto|revisado)",
        # Care asked for and not given: "no physician has examined her", "never taken to a hospital".
        r"(?:no|not|never) (?:\w+ )?(?:physician|doctor|nurse|medical staff|medic) (?:has |have |had )?(?:ever )?"
        r"(?:examined|seen|checked|treated|visited|come)",
        r"(?:medical|the clinic|medical staff|doctors?|nurses?|physicians?) (?:has|have|had)(?: not|n't) (?:\w+ )?"
        r"(?:seen|examined|checked|treated|visited)",
        r"(?:not|never|n't) (?:\w+ )?(?:been )?taken (?:him |her |them )?to (?:a |the )?(?:hospital|doctor|clinic|er|emergency room)",
        r"asked (?:\w+ ){0,3}(?:to see|for) (?:a |the )?(?:doctor|physician|nurse|medical)\w* (?:\w+ ){0,4}"
        r"(?:times|days|weeks|every (?:day|night|morning|week)|daily|repeatedly|again and again|over and over)",
        r"(?:ha pedido|pide|pidio|ha solicitado|solicito) (?:\w+ ){0,2}(?:un |una |el |la |ver (?:a )?(?:un |una |el |la )?)?"
        r"(?:medico|doctor|doctora|enfermer[oa]|psicolog[oa]|psiquiatra) (?:\w+ ){0,3}"
        r"(?:todos los dias|cada dia|varias veces|muchas veces|una y otra vez|a diario|\w+ veces)",
        # Nobody has examined the injured or sick one: "no one has examined him", "nadie la ha atendido".
        r"(?:no one|nobody|no-one) (?:\w+ )?(?:has |have |had )?(?:ever |yet |even )?(?:examined|treated|checked on|"
        r"seen to|attended to|looked at) (?:him|her|them|me|us|(?:his|her|my|their) " + _BODY + r"|"
        r"(?:his|her|my|their) (?:injur\w*|wounds?|bruises?|burns?|cuts?))",
        # (not "revisado" or "atendido": "mandamos la carta y nadie la ha revisado", "nadie nos atendió")
        r"nadie (?:\w+ )?(?:lo|la|los|las|me|nos|le) (?:ha |han |habia )?(?:examinado|curado)",
        r"(?:no|not|never|ningun|ninguna) (?:\w+ )?(?:lo|la|le|los|las|me|nos)? ?(?:ha |han )?(?:visto|revisado|atendido|examinado) "
        r"(?:ningun|ninguna|un|una|el|la)? ?(?:psicolog[oa]|psiquiatra|medico|doctor|doctora|enfermer[oa])",
        r"losing (?:the|her|his|my|our) (?:baby|pregnancy)", r"miscarr\w*", r"perdiendo (?:al|el|a su|a mi) bebe",
        r"aborto espontaneo", r"no (?:la|lo|le|los|las) (?:han )?(?:llevado|llevan|llevaron) (?:al|a un|a una) "
        r"(?:hospital|medico|doctor|clinica)", r"ningun (?:medico|doctor|enfermer[oa]) (?:la|lo|le) (?:ha )?(?:visto|revisado|atendido)"),
    "trafficking": rx(
        r"traffick\w*", r"trata de (?:personas|blancas)", r"victima de trata", r"forced (?:labor|labour|prostitution)",
        r"trabajo forzad\w*", r"prostitucion forzada", r"t[- ]visa", r"visa t", r"held (?:him|her|them|me) captive",
        r"debt bondage", r"servidumbre",
        r"forced (?:me|him|her|them|us) to (?:work|have sex|prostitut\w*|sell)",
        r"(?:me|la|lo|nos|las|los|les) obligaron a (?:trabajar|prostitu\w*|tener relaciones|vender)",
        r"(?:took|taken|kept|keep|keeps|holding|hold|quitaron|quitan|retienen|tienen) (?:away )?(?:my|his|her|their|mi|su|sus|mis) "
        r"(?:passports?|pasaportes?|documents|documentos|papers|papeles)",
        r"work(?:ed|ing)? (?:\w+ )?without (?:pay|wages)", r"trabaj\w* sin (?:pago|paga|sueldo|salario)",
        r"(?:has|have|keeps?|holds?|tiene|tienen|guarda) (?:\w+ )?(?:my|his|her|their|mi|su|sus|mis) "
        r"(?:passports?|pasaportes?|papers|papeles|documents|documentos)",
        r"(?:i|she|he|we|they) owes? (?:him|her|them) (?:\$ ?)?\d", r"(?:le|les) debo (?:\$ ?)?\d",
        r"(?:no|never|doesn't|does not|won't|will not) (?:me|le|les|nos|pay|pays) (?:me |her |him |us )?paga\w*",
        r"(?:won't|will not|doesn't|does not|no) (?:let|lets|me deja|la deja|lo deja|nos deja)(?: (?:me|her|him|us))? "
        r"(?:leave|go out|salir)"),
    "mental_health": rx(
        r"suicid\w*", r"kill (?:himself|herself|myself|themselves)", r"(?:hurt|harm) (?:himself|herself|myself)",
        r"self[- ]harm\w*", r"psychos[ie]s", r"psychotic", r"schizo\w*", r"bipolar", r"severe(?:ly)? (?:depress\w*|mental\w*)",
        r"serious mental", r"mental (?:illness|disorder|breakdown|health (?:crisis|condition|problems|issues))",
        r"mentally ill", r"hallucinat\w*", r"hearing voices", r"ptsd", r"post-?traumatic",
        r"(?:quiere|intento|trato de|piensa en) (?:hacerse dano|quitarse la vida|matarse)", r"hacerse dano",
        r"quitarse la vida", r"matarse", r"esquizofren\w*", r"psicosis", r"psicotic\w*", r"trastorno (?:mental|bipolar|psicotico|de estres)",
        r"enfermedad mental", r"alucina\w*", r"escucha voces", r"depresion (?:severa|grave|profunda|mayor)",
        r"crisis (?:mental|nerviosa)", r"wants? to die", r"want(?:s|ed)? to end (?:it|(?:his|her|my|their) life)",
        r"(?:should|to|going to|will|gonna) end it(?: all)?", r"end (?:his|her|my|their) (?:own )?life",
        r"take (?:his|her|my|their) own life", r"voices (?:\w+ ){0,3}(?:say|says|said|tell|tells|telling|told)",
        r"(?:talks?|talking|speaks?) to (?:people|someone|somebody) (?:who|that) (?:are|is|isn't|aren't) (?:not )?there",
        r"(?:se )?quiere morir(?:se)?", r"ganas de morir\w*", r"no quiere (?:seguir )?vivir", r"oye voces",
        r"las voces le dicen", r"(?:rather|better off) (?:be )?dead", r"no reason to live",
        r"(?:doesn't|does not|don't|do not) want to (?:live|be alive)(?: anymore)?", r"prefer\w* (?:to )?(?:die|morir\w*)",
        # An attempt told by its means: hanging, cutting, an overdose.
        r"hang(?:ed|ing)? (?:himself|herself|myself|themselves)", r"(?:cut|cutting|slit|slitting) (?:his|her|my|their) wrists?",
        r"(?:se )?(?:quiso|intento|trato de|tratando de|queria) (?:ahorcar|colgar|cortar)\w*",
        r"ahorcarse", r"cortarse las venas",
        r"depresion (?:muy )?(?:fuerte|terrible|horrible|grave)",
        r"no quiere (?:seguir )?vivir"),
    "child_separation": rx(
        rf"(?:took|taken|take|taking|removed|kept|keeping|keep|separated)(?: away)? {_WHOSE}{_KID}",
        rf"{_KID} (?:\w+ ){{0,3}}(?:was|were|has been|have been|got|is being|are being) "
        r"(?:taken|separated|removed|placed in foster|put in foster|kept from)",
        r"separated (?:from (?:me|her|him|us|them|his|her|their|my) (?:\w+ )?)?at the border",
        r"foster (?:care|home|family)", r"cps", r"child protective services",
        rf"(?:se llevaron|quitaron|separaron|tienen|retienen) (?:a )?{_WHOSE}{_KID}",
        rf"{_KID} (?:\w+ ){{0,3}}(?:fue|fueron|esta|estan|han sido) (?:separad|quitad|llevad|retenid)\w*",
        # "a mi niña ... se la llevaron": the pronoun must be the child's, not the
        # father's in "los niños no duermen desde que se lo llevaron".
        rf"{_KID_ONE},? (?:\w+,? ){{0,5}}se (?:la|lo) llev(?:o|aron)", rf"{_KIDS},? (?:\w+,? ){{0,5}}se (?:las|los) llev(?:o|aron)",
        rf"(?:no|not|n't|don't|doesn't|nobody|no one|nadie) (?:\w+ ){{0,3}}(?:know|knows|sabe\w*|saben|dicen|dice|tell\w*|told) "
        rf"(?:\w+ ){{0,3}}(?:where|donde) (?:\w+ ){{0,3}}{_KID}",
        rf"(?:devuelvan|regresen|give back) (?:a )?{_WHOSE}{_KID}",
        r"nos separaron", r"(?:la|lo|los|las|me|nos) separaron (?:de|en)",
        rf"se (?:llevo|llevaron|robo|robaron) (?:a )?{_WHOSE}{_KID}",
        rf"no (?:deja|dejan|permite|permiten) que {_WHOSE}{_KID} (?:hable|vea|llame|este|visite)",
        # "el papa de mi niña se la llevo ... y no me deja hablar con ella ni verla"
        rf"{_KID} [^.]{{0,120}}no (?:me|nos|le) (?:deja|dejan|permite|permiten) (?:hablar|ver|llamar|visitar)",
        rf"(?:won't|will not|doesn't|does not|don't|do not|refuses? to) let (?:me|us|her|him) (?:see|talk to|speak to|call|visit) {_WHOSE}{_KID}",
        r"(?:will not|won't|refuses? to|refused to|no (?:me |nos |le )?quiere) (?:give|bring|return|devolver) "
        r"(?:him|her|them|my|our|me|a mi|a su)? ?(?:\w+ )?(?:back)?", r"hogar (?:de acogida|temporal|sustituto)",
        r"\bdif\b", r"servicios de proteccion (?:infantil|de menores)"),
}

_ILLNESS = (r"(?:covid\w*|coronavirus|virus|flu|gripe|gripa|influenza|dengue|fiebre|fever|enfermedad|illness|"
            r"disease|infeccion|infection|cancer|diabetes|neumonia|pneumonia|tos|catarro|resfriado|cold|calor|heat|"
            r"depresion|ansiedad|chikungunya|zika|malaria|tuberculosis|colera|hepatitis|sarampion|stroke|derrame|"
            r"la crisis|the crisis|the recession|la pandemia|the pandemic|pandemic|pandemia)")

# Idioms and history that carry a safety word but report nothing.
_IDIOM = rx(r"abuse of discretion", r"(?:substance|drug|alcohol|drugs|alcohol) (?:abuse|abusers?)",
            r"abuso de (?:drogas|alcohol|sustancias|discrecion)", r"heart attack", r"panic attack",
            r"beat (?:the|a) (?:charge|case)", r"hit (?:him|her) with (?:a |an )?(?:notice|nta|detainer|charge)",
            r"hit-and-run", r"(?:i-360|vawa|self-petition|petition)[^.]{0,40}abus\w*", r"as (?:the|an) abused (?:spouse|child|parent)", r"(?:simple|aggravated|misdemeanor|felony) assault", r"assault (?:charge|conviction|case|arrest)",
            r"agresion (?:simple|agravada)", r"(?:cargo|delito|caso) de (?:agresion|asalto|violencia)",
            # An illness that "hit him hard" ("le pegó el covid", "the flu hit her") is no blow.
            _ILLNESS + r"[^.,;]{0,30}(?:(?:le|me|les|nos) peg\w*|pegaron|hit|beat|struck|attacked)",
            r"(?:(?:le|me|les|nos) peg\w*|pegaron|hit (?:him|her|me|us|them)) (?:\w+ ){0,3}" + _ILLNESS)
_HISTORY = rx(r"(?:charged|convicted|arrested|accused|conviction|charges?|arrest|sentenced) (?:\w+ ){0,2}(?:with|for|of)",
              r"fled", r"escaped", r"flee\w*", r"back home", r"in (?:his|her|their|my|our) (?:home )?country",
              r"huy\w*", r"escap\w*", r"en su pais", r"en mi pais", r"acusad\w* de", r"condenad\w* por",
              r"arrestad\w* por", r"cargos? (?:de|por)")


# "he keeps his papers locked up": his own, kept safe, not taken from him.
_OWN_PAPERS = rx(r"(?:he|she|i|we) (?:keeps?|has|have|holds?|guarda|tiene) (?:all )?(?:his|her|my|our|sus|mis) (?:own )?"
                 r"(?:papers|documents|passports?|papeles|documentos|pasaportes?)")


# The officer or consulate who holds a passport for the removal is no trafficker:
# "el oficial le dijo que ya tienen su pasaporte", "ICE has his passport".
_PAPERS = rx(r"passports?|pasaportes?|documents|documentos|papers|papeles")
_OFFICIAL = rx(r"ice", r"ero", r"dhs", r"cbp", r"migra", r"inmigracion", r"immigration", r"officers?", r"oficial\w*",
               r"agentes?", r"agents?", r"consul\w*", r"embass\w*", r"embajada", r"la corte", r"the court",
               r"the judge", r"el juez", r"la jueza", r"detention center", r"centro de detencion")
# ... unless an employer holds them, or threatens with the officers.
_EMPLOYER = rx(r"boss", r"employer", r"jefe", r"patron\w*", r"dueno", r"owner", r"smuggler", r"coyote",
               r"threat\w*", r"amenaz\w*", r"call(?:ed|s)?", r"llamar\w*")


# "she took the kids to school", "I took my son to see him": an errand, not a taking.
_ERRAND = re.compile(r"(?: away)?,? (?:to|a|al|para) (?:the |a |la |el |su |his |her |their )?(?:school|escuela|colegio|doctor|"
                     r"medico|dentist|hospital|clinic|clinica|church|iglesia|misa|park|parque|daycare|guarderia|"
                     r"practice|store|tienda|library|biblioteca|appointment|cita|(?:see|visit|ver|visitar)\b)")


# "as a boy he was taken to Texas by his parents": the writer's own childhood, no taking.
_AS_A_CHILD = re.compile(r"(?:\bas an?|\bwhen (?:he|she|i|we|they) (?:was|were) an?|\bsince (?:he|she|i|we|they) (?:was|were) an?|"
                         r"\bde|\bdesde) (?:little |small |young |pequen[oa] |chic[oa] )?$")


_SINCE = re.compile(r"\s(?:desde que|porque|since|because)\s(?:.*\s)?se l[ao]s? llev(?:o|aron)$")


def _reported(hit: Hit, kind: str) -> bool:
    if hit.negated:
        return False
    left, right = clause_bounds(hit.sent.fold, hit.start, hit.end)
    window = hit.sent.fold[max(0, hit.start - 40):hit.end + 40]
    if _IDIOM.search(window):
        return False
    if kind in ("assault", "trafficking") and _HISTORY.search(hit.sent.fold, left, right):
        return False
    # "mi hijo no duerme desde que se lo llevaron": the child misses the one taken.
    if kind == "child_separation" and (_SINCE.search(hit.fold) or _ERRAND.match(hit.sent.fold, hit.end)
                                       or _AS_A_CHILD.search(hit.sent.fold, 0, hit.start)):
        return False
    if kind == "trafficking" and _OWN_PAPERS.search(window):
        return False
    if (kind == "trafficking" and _PAPERS.search(hit.fold) and _OFFICIAL.search(hit.sent.fold, 0, hit.start)
            and not _EMPLOYER.search(hit.sent.fold)):
        return False
    return True


def find_safety(sents: list[Sentence]) -> tuple[list[str], list[Found]]:
    """Kinds of safety report found, sorted, with one Found per kind."""
    kinds, out = [], []
    for kind, pattern in KINDS.items():
        hits = [h for h in find(sents, pattern) if _reported(h, kind)]
        if hits:
            kinds.append(kind)
            out.append(found("safety", kind, hits[0], f"regex:safety.{kind}"))
    return sorted(kinds), out

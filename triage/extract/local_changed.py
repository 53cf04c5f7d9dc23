"""Facts changed since the local field office answered (POLICY.md: such a request goes back to it).

A change word counts unless it is negated or sits in the writer's own "nothing has
changed" clause.
"""
from __future__ import annotations

from triage.extract.request import Hit, Sentence, clause_bounds, find, rx

CHANGED = rx(
    r"since (?:the |our |its |their |that |this )?(?:local |field )?(?:office|ero|ice|officer)?\s?(?:review\w*|decid\w*|decision|denied|denial|respon\w*|answer\w*)",
    r"not (?:previously )?(?:shown|presented|provided|submitted|available|considered) (?:to|by) (?:the )?(?:local|field|ero|ice|office)",
    r"(?:local|field) office (?:did not|didn't|never|has not|hasn't|have not|had not|hadn't) (?:yet )?"
    r"(?:see|seen|have|had|consider\w*|know|known|review\w*)",
    r"new(?:ly discovered)? (?:evidence|diagnosis|information|facts|documents|medical \w+)",
    r"(?:conviction|charges?|case)s? (?:\w+ ){0,2}(?:vacated|expunged|overturned|set aside|dismissed|dropped|cleared)",
    r"(?:court|judge|prosecutor|state) (?:\w+ ){0,3}(?:dismissed|dropped|vacated|expunged|overturned) (?:\w+ ){0,2}(?:case|charges?|conviction)",
    r"(?:recently|just|since been|newly) diagnosed", r"(?:facts|circumstances|situation|things) (?:\w+ )?(?:have|has) changed",
    r"new (?:baby|born|child)", r"newborn", r"just (?:had|gave birth)", r"gave birth",
    r"desde que (?:la oficina|ice|ero|el oficial|nos neg|le neg|negaron)",
    r"(?:hechos|pruebas|evidencias?|documentos|diagnostico) nuev\w*", r"nuev\w* (?:hechos|pruebas|evidencias?|diagnostico|documentos|informacion)",
    r"(?:han|ha) cambiado", r"(?:hechos|situacion|circunstancias) (?:\w+ )?cambi\w*",
    r"acaba de nacer", r"recien nacid\w*", r"dio a luz", r"nacio (?:el mes pasado|recientemente|hace)",
    # "desestimó (dismissed) el caso": a writer's gloss in brackets between the verb and its object
    r"(?:anul|borr|desestim|retir|elimin|sobrese)\w* (?:\([^)]{1,30}\) )?(?:la condena|los cargos|el cargo|el caso)",
    r"(?:caso|cargo|cargos) (?:\w+ )?(?:quedo|quedaron|fue|fueron) (?:cerrad|desestimad|sobreseid|retirad)\w*",
    r"(?:condena|cargos?) (?:fue |fueron )?(?:anulad|borrad|desestimad|retirad|eliminad)\w*",
    r"diagnosticad\w* (?:recientemente|hace poco)", r"recientemente diagnosticad\w*",
    # "ICE Seattle did not know", "ERO has never seen it", "the reason ICE Miami gave is not there anymore"
    r"(?:office|ice|ero|officer|they)(?: [a-z]+){0,2} (?:did not|didn't|never|could not|couldn't|has not|hasn't|have not|"
    r"haven't|had not|hadn't|has never|have never|had never) (?:yet )?(?:know|knew|see|seen|saw|have|had|consider\w*)",
    r"(?:reason|basis|grounds?) (?:\w+ ){0,4}(?:gave|cited|used) (?:\w+ ){0,2}(?:is|are)(?: not|n't| no longer) (?:there|true|valid)",
    # the writer kept it from the office then: "I did not tell them about the family then"
    r"(?:i|we|he|she) (?:did not|didn't|never|could not|couldn't) (?:tell|show|mention|explain)(?: (?:them|the office|ero|ice|the officer))? (?:about|that)",
    r"no (?:les |le )?(?:dije|dijimos|dijo|contamos|conte|conto|mencionamos|mostramos) (?:nada )?(?:de|sobre|acerca)",
    # "something new that ICE did not know", "pasó algo nuevo", "what is new"
    r"(?:something|anything else|two things|things|algo|cosas?) (?:muy )?(?:new|nuev[oa]s?)", r"what is new", r"lo nuevo",
    # "the facts are no longer those ERO weighed", "las cosas son distintas a cuando decidió"
    r"(?:facts|circumstances|situation|things) (?:\w+ ){0,2}(?:are|is) no longer",
    r"(?:facts|circumstances|situation|things) (?:\w+ )?(?:are|is) (?:now )?different (?:now|from|than)",
    r"(?:las cosas|la situacion|los hechos|sus circunstancias|todo) (?:\w+ )?(?:son|es|esta|estan) (?:muy )?(?:distint|diferent)\w*",
    # "esto es posterior a la decisión", "it happened after ERO's decision", "no estaba en nuestra solicitud"
    r"posterior(?:es)? a (?:la|su) (?:decision|negativa|respuesta|carta)",
    r"(?:no estaba|no aparecia|no venia) en (?:nuestra|la|mi|su) (?:solicitud|carta|peticion)",
    r"(?:was|were)(?: not|n't) (?:in|part of) (?:our|the|my|his|her) (?:request|letter|application|packet)",
    r"(?:after|since) (?:the |ero'?s |ice'?s |their |its |the office'?s )?(?:local )?(?:decision|denial)\W{1,4}(?:\w+ ){0,6}"
    r"(?:signed|born|diagnosed|died|passed away|dismissed|vacated|approved|certified|arrested)",
    r"(?:oficina|ice|ero|oficial|ellos)(?: de \w+)? no (?:lo |la )?(?:sabia|sabian|vio|vieron|conocia|tenia|considero)\w*",
    r"no (?:lo |la )?(?:sabia|sabian) cuando (?:decidio|decidieron|nego|negaron)",
    r"(?:despues|after) (?:de (?:eso|esa|esta|la|su)(?: carta| respuesta| decision| negativa)?|that|the (?:denial|decision|letter))"
    r"[^.]{0,40}(?:nacio|born|diagnos|arrest|convict|vacat|anul|retir|filed|present)")

# "Nothing in his circumstances has changed since ERO's decision", "Nada ha cambiado desde la
# carta", "todo sigue igual": the writer saying the facts are the same (request.py's negation
# words do not include "nothing" and "nada").
_UNCHANGED = rx(
    r"nothing[^;:!?]{0,60}? (?:has|have|had|is|was)(?: really)? (?:changed|different)", r"nothing (?:is |has )?(?:new|different)",
    r"(?:nada|no) (?:\w+ ){0,3}(?:ha|han|habia|habian) cambiado", r"no (?:ha|han) cambiado nada", r"nada (?:es )?(?:nuevo|distinto|diferente)",
    r"(?:todo|las cosas|la situacion|sus circunstancias|los hechos) (?:\w+ )?sigue[n]? (?:\w+ )?(?:igual|lo mismo|como antes)",
    r"(?:facts|circumstances|situation|things) (?:\w+ ){0,3}(?:are|is|remain) (?:\w+ ){0,2}(?:the )?same",
    r"(?:the )?same facts", r"(?:los )?mismos hechos", r"no (?:new|changed) (?:facts|circumstances)")


def _said_unchanged(hit: Hit) -> bool:
    """A change word inside the writer's own "nothing has changed" clause."""
    left, right = clause_bounds(hit.sent.fold, hit.start, hit.end)
    return any(m.start() < hit.end and m.end() > left for m in _UNCHANGED.finditer(hit.sent.fold, 0, right))


def changed_facts(sents: list[Sentence]) -> list[Hit]:
    """The sentences that tell of a change since the local answer."""
    return [h for h in find(sents, CHANGED) if not h.negated and not _said_unchanged(h)]

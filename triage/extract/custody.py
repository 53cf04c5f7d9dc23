"""Custody and removal: the request's priority (POLICY.md "Priority").

`detained` means in ICE custody *now*. A county jail holding someone on an ICE
detainer is not ICE custody, so when the message puts the person in a jail
and says nothing explicit of ICE custody, no "he is detained" elsewhere in it
makes them detained. A sentence that tells of a release ("was released",
"fue liberado") does not count for custody either.

A removal date is kept whenever a scheduled removal gives one, even for a
detained person; the imminent-removal signal itself is for the not detained
(request.py applies that).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from triage.extract.dates import find_dates
from triage.extract.request import Hit, Sentence, find, found, rx
from triage.records import Found

DETAINED = rx(
    r"in (?:ice|immigration|ero) (?:custody|detention)", r"ice custody",
    r"(?:ice|immigration|la migra) (?:is holding|has detained|detained|arrested and detained|is detaining)",
    r"detained (?:by|at|in|with) (?:ice|immigration|the [\w ]{1,40}(?:processing|detention) (?:center|facility))",
    r"(?:processing|detention) (?:center|centre|facility)",
    r"(?:i am|i'm|im|he is|he's|she is|she's|they are|we are|is|are|remains?|still|currently|now) "
    r"(?:currently |still |now |being |presently )?(?:detained|held|in detention|locked up)",
    r"(?:bajo|en) (?:la )?custodia (?:de|del) (?:ice|inmigracion|migracion)",
    r"detenid\w* (?:por|en) (?:ice|inmigracion|migracion|la migra|el centro|un centro)",
    r"(?:esta|estoy|estan|sigue|sigo|siguen|permanece|continua) (?:\w+ )?(?:detenid\w*|pres[oa]|encerrad\w*|"
    r"en (?:el |un )?centro de (?:detencion|procesamiento))",
    r"centro de (?:detencion|procesamiento)", r"lo tienen? (?:detenido )?(?:ice|inmigracion|la migra)")
_JAIL = rx(r"(?:county )?jail", r"sheriff\w*", r"carcel\w*", r"condado", r"prison", r"prision")
_EXPLICIT = rx(r"ice custody", r"in (?:ice|immigration) detention", r"custodia de (?:ice|inmigracion)",
               r"(?:processing|detention) (?:center|centre|facility)", r"centro de (?:detencion|procesamiento)")
_RELEASED = rx(r"(?:was|were|has been|have been|got|had been) (?:\w+ )?released", r"paroled",
               r"bonded out", r"(?:was|were|got) deported", r"fue(?:ron)? (?:\w+ )?(?:liberad|deportad|excarcelad)\w*",
               r"(?:lo|la|me|nos|los) (?:liberaron|soltaron|dejaron salir)", r"salio (?:de|del)")

IMMINENT = rx(
    r"scheduled (?:his |her |my |their |the )(?:removal|deportation)",
    r"scheduled (?:to be |for )?(?:removal|deport\w*|removed|(?:a |his |her )?(?:removal |deportation )?flight)",
    r"(?:removal|deportation) (?:flight|is scheduled|date|is set|is imminent|is planned)",
    r"(?:deportation|removal) (?:\w+ ){0,3}(?:scheduled|set|planned) for",
    r"(?:to|will) be (?:deported|removed) (?:on|next|tomorrow|this|in|within|soon|any day)",
    r"(?:about|going) to (?:be )?(?:deport|remov)\w*",
    r"(?:is|are|am) (?:being )?(?:deported|removed) (?:on|tomorrow|next|this)",
    r"report (?:to ice |to the \w+ office |to \w+ )?(?:for|with) (?:removal|deportation|departure|"
    r"(?:his |her |my |a |your |their )?(?:bags?|luggage|suitcases?))",
    r"bag and baggage", r"imminent(?:ly)? (?:removal|deportation|deported|removed)",
    r"(?:removal|deportation) is imminent",
    r"fecha de (?:deportacion|salida|remocion|expulsion)", r"vuelo de (?:deportacion|regreso)",
    r"(?:lo|la|me|los|las|nos|le) (?:van|va|vamos) a deportar", r"(?:sera|seran|sere|va a ser) deportad\w*",
    r"programad\w* (?:para|su) (?:deportacion|remocion|ser deportad\w*|salida)",
    r"(?:deportacion|remocion|expulsion) (?:esta |fue |ya esta )?programad\w*",
    r"(?:deportacion|remocion) inminente", r"a punto de (?:ser deportad\w*|deportar\w*)",
    r"presentarse (?:\w+ ){0,3}(?:con (?:su |sus )?(?:equipaje|maletas?)|para (?:su )?(?:deportacion|salida))",
    r"deportar\w* (?:el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|\d)|manana|la proxima|esta semana)")


@dataclass
class Custody:
    detained: bool = False
    imminent: bool = False
    removal_date: date | None = None
    found: list[Found] = field(default_factory=list)


def _detained_hits(sents: list[Sentence]) -> list[Hit]:
    hits = [h for h in find(sents, DETAINED)
            if not h.negated and not _RELEASED.search(h.sent.fold)]
    # A jail with no word of ICE custody: held on a detainer, not detained.
    in_jail = any(_JAIL.search(s.fold) for s in sents)
    if in_jail and not any(_EXPLICIT.search(h.sent.fold) for h in hits):
        return []
    return [h for h in hits if not _JAIL.search(h.sent.fold) or _EXPLICIT.search(h.sent.fold)]


def _removal_date(hit: Hit, language: str) -> tuple[date, Hit] | None:
    dates = find_dates(hit.sent.text, language)
    if not dates:
        return None
    after = [d for d in dates if d.start >= hit.start]
    best = after[0] if after else dates[-1]
    return best.value, Hit(hit.sent, best.start, best.end, False)


def find_custody(sents: list[Sentence], language: str) -> tuple[Custody, list[Found]]:
    result = Custody()
    detained = _detained_hits(sents)
    if detained:
        result.detained = True
        result.found.append(found("detained", True, detained[0], "regex:custody.detained"))
    imminent = [h for h in find(sents, IMMINENT) if not h.negated]
    if imminent:
        result.imminent = True
        result.found.append(found("imminent_removal", True, imminent[0], "regex:custody.imminent"))
        for hit in imminent:
            got = _removal_date(hit, language)
            if got:
                result.removal_date = got[0]
                result.found.append(found("removal_date", got[0], got[1], "dates:removal_sentence"))
                break
    return result, result.found

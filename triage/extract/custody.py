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

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from triage.extract.dates import find_dates
from triage.extract.local import _yearless
from triage.extract.request import Hit, Sentence, find, found, next_in_part, rx
from triage.records import Found

# "lo tienen detenido en la carcel del condado por ICE": held for ICE, wherever it is.
_BY_ICE = r"(?:detenid\w*|held|detained|holding (?:him|her|them)) (?:\w+ ){0,6}(?:por|by|for) (?:ice|inmigracion|la migra)\b(?! detainer| hold)"
DETAINED = rx(
    r"in (?:ice|immigration|ero) (?:custody|detention)", r"(?:in|at) (?:the |an? )?(?:ice|immigration) (?:jail|prison)", r"ice custody", r"(?:in )?ice cust\.?",
    r"(?:ice|immigration|la migra) (?:is holding|has detained|detained|arrested and detained|is detaining)",
    r"detained (?:by|at|in|with) (?:ice|immigration|the [\w ]{1,40}(?:processing|detention) (?:center|facility))",
    r"(?:processing|detention) (?:center|centre|facility)",
    r"(?:i am|i'm|im|he is|he's|she is|she's|they are|we are|is|are|remains?|still|currently|now) "
    r"(?:currently |still |now |being |presently |been )?(?:detained|held|in detention|locked up)",
    r"(?:bajo|en) (?:la )?custodia (?:de|del) (?:ice|inmigracion|migracion)",
    r"detenid\w* (?:por|en) (?:ice|inmigracion|migracion|la migra|el centro|un centro)",
    r"(?:esta|estoy|estan|sigue|sigo|siguen|permanece|continua) (?:\w+ )?(?:detenid\w*|pres[oa]|encerrad\w*|"
    r"en (?:el |un )?centro de (?:detencion|procesamiento))",
    r"centro de (?:detencion|procesamiento)", r"centre de (?:detention|retention)",  # French
    r"lo tienen? (?:detenido )?(?:ice|inmigracion|la migra)",
    # Facility abbreviations, said of where someone is: "has been at SPC", "esta en el IPC".
    r"(?:at|in|inside|en|el|al|to) (?:the |el |la )?(?:spc|ipc|cdf|sdc|ice processing center|processing center|"
    r"detention facility)(?! (?:address|phone|visiting))",
    # Only someone in custody is moved from one place to another.
    r"(?:transferred|trasladad[oa]s?|trasladaron|moved) (?:him |her |them |me )?(?:from|de|desde) (?:\w+ ){1,6}(?:to|a|al|hacia)",
    _BY_ICE)
# ICE detention centres, by the names people call them. "<name>" alone is a
# town, so a facility counts only as where someone "is"/"has been" held, or
# with a word of detention (centre, ICE, since <when>) in the same sentence.
# Portuguese mail is read with the rules above and these: "foi preso pelo ICE", "esta detido em Batavia".
_PT_DETAINED = rx(
    r"(?:esta|estou|continua|segue|ficou) (?:\w+ )?(?:detid[oa]s?|pres[oa]s?)", r"(?:pres|detid)[oa]s? pel[oa] (?:ice|imigracao)",
    r"centro de detencao", r"transferid[oa]s? (?:\w+ ){0,3}(?:de|do|da) (?:\w+ ){1,6}(?:para|pra)")
_FACILITY = (r"(?:stewart|krome|adelanto|otay mesa|moshannon(?: valley)?|port isabel|karnes|dilley|eloy|"
             r"la palma|nwdc|northwest (?:ice )?(?:processing|detention) (?:center|centre)|jena|"
             r"pine prairie|richwood|winn|otero|cibola|joe corley|folkston|delaney hall|batavia|pearsall|"
             r"broward transitional|prairieland|bluebonnet|willacy|mesa verde|golden state annex|tornillo|"
             r"t\. ?don hutto|hutto|farmville|basile|lumpkin|irwin county|"
             r"(?:tacoma|el paso|montgomery|irwin|broadview|elizabeth|buffalo|torrance|aurora|florence|"
             r"conroe|glades|baker|calhoun|imperial))")
# Names that are also towns people live in: these need a word of detention.
_TOWN = rx(r"tacoma|el paso|montgomery|irwin|broadview|elizabeth|buffalo|torrance|aurora|florence|"
           r"conroe|glades|baker|calhoun|imperial")
_HELD_VERB = (r"(?:he|she|they|he's|she's|he is|she is|they are|they're|i am|i'm|im|is|are|am|remains?|still|"
              r"has been|have been|had been|been|being held|held|detained|kept|locked up|sitting|stuck|"
              r"(?:lo|la|los|las|me|nos) tienen(?: detenid\w*| encerrad\w*)?|esta(?:n)?(?: detenid\w*)?|"
              r"estoy|sigue|siguen|sigo|detenid\w*|encerrad\w*|pres[oa]s?|(?:keep|keeps|kept|keeping|holding|hold|holds) (?:\w+ )?\w+|"
              r"(?:took|taken|transferred|moved|sent|brought)(?: (?:him|her|them|me|us|(?:my|his|her|our|their) [\w-]+))?|"
              r"(?:lo|la|los|las|me|nos) (?:llevaron|trasladaron|mandaron|pasaron))")
_AT_FACILITY = rx(
    # "they took him to the place in jena": a place may come between.
    _HELD_VERB + r" (?:\w+ |(?:to |in |at )?(?:the |a |that |this )?(?:place|camp|center|centre|facility|building) )?"
    r"(?:in|at|en|inside|to|a|al) (?:the |el |la )?(?:centro (?:de (?:detencion )?)?(?:de |en )?)?"
    r"(?:corralon (?:de |en )?)?" + _FACILITY)
_FACILITY_CONTEXT = rx(r"since", r"desde", r"detention", r"detencion", r"processing", r"procesamiento",
                       r"(?:ice|immigration) (?:center|centre|facility|jail)", r"custody", r"custodia",
                       r"corralon", r"detained", r"detenid\w*", r"locked up", r"encerrad\w*")
_DETENTION_WORD = rx(r"detention", r"detencion", r"processing", r"procesamiento", r"custody", r"custodia",
                     r"(?:ice|immigration) (?:center|centre|facility|jail)", r"corralon", r"detained",
                     r"detenid\w*", r"la migra", r"ice (?:has|is holding|picked|took|arrested)")
# Spanish slang: the "corral" is immigration detention (of a person, not a car).
_CORRALON = rx(r"(?:lo|la|los|las|me|nos) (?:tienen|llevaron|mandaron|metieron) (?:\w+ )?(?:al?|en) (?:el )?corralon",
               r"(?:esta|estan|estoy|sigue|siguen|sigo|detenid\w*|encerrad\w*) (?:\w+ )?(?:al?|en) (?:el )?corralon",
               r"(?:ice|immigration) (?:center|centre|facility|detention center)")
_VEHICLE = rx(r"carro", r"coche", r"auto(?:movil)?", r"vehiculo", r"camioneta", r"troca", r"grua", r"car", r"truck")
# Form labels: "Custody status: Detained", "Currently detained: Yes" (or "No").
_LABEL_YES = rx(r"(?:custody(?: status)?|in custody|status|detention(?: status)?|situacion migratoria|custodia)"
                r"\s*[:|]\s*(?:detained|in (?:ice )?custody|yes|si|detenid\w*)",
                r"(?:currently )?(?:detained|detenid[oa]|in detention|en detencion)\s*[:|]\s*(?:yes|si)\b")

_JAIL = rx(r"(?:county )?jail", r"sheriff\w*", r"carcel\w*", r"condado", r"prison", r"prision")
_HOLD = rx(r"detainer", r"(?:ice|immigration|migracion) hold", r"hold (?:de|from|by) (?:ice|inmigracion|migracion)",
           r"(?:puso|pusieron|put|placed|lodged) (?:\w+ )?(?:un |a |an )?(?:hold|detainer|candado)")
_HELD_FOR_ICE = rx(_BY_ICE)
_EXPLICIT = rx(r"ice custody", r"corralon", r"(?:ice|immigration) (?:jail|prison)", r"(?:ice|immigration) (?:center|centre|facility)", r"in (?:ice|immigration) detention", r"custodia de (?:ice|inmigracion)",
               r"(?:processing|detention) (?:center|centre|facility)", r"centro de (?:detencion|procesamiento)")
_RELEASED = rx(r"(?:was|were|has been|have been|got|had been) (?:\w+ )?released", r"paroled",
               r"(?:and|then) (?:was |were |got )?released", r"released (?:on|after) (?:bond|parole|recognizance|an? |\w+ days)",
               r"bonded out", r"(?:was|were|got) deported", r"fue(?:ron)? (?:\w+ )?(?:liberad|deportad|excarcelad)\w*",
               r"(?:lo|la|me|nos|los) (?:liberaron|soltaron|dejaron salir)", r"salio (?:de|del)",
               r"foi (?:\w+ )?(?:solt|liberad|deportad)\w*", r"(?:o|a|me) soltaram",
               r"estuvo (?:\w+ )?detenid\w*", r"salio con (?:una |un |el |su )?(?:fianza|bond|grillete|parole|permiso)",
               r"(?:now|ya|ahora) (?:he|she|they|he's|she's) (?:is |are )?(?:at |back )?home", r"(?:at|in) home with (?:an? |the |his |her )?(?:ankle|bracelet|monitor|grillete)")

IMMINENT = rx(
    r"scheduled (?:his |her |my |their |the )(?:removal|deportation)",
    r"scheduled (?:to be |for )?(?:removal|deport\w*|removed|(?:a |his |her )?(?:removal |deportation )?flight)",
    r"(?:removal|deportation) (?:flight|is scheduled|date|is set|is imminent|is planned)",
    r"(?:deportation|removal) (?:\w+ ){0,3}(?:scheduled|set|planned) for",
    r"(?:to|will) be (?:deported|removed|deport|remove) (?:on|next|tomorrow|this|in|within|soon|any day)",
    r"(?:about|going) to (?:be )?(?:deport|remov)\w*",
    r"(?:is|are|am) (?:being )?(?:deported|removed) (?:on|tomorrow|next|this)",
    r"report (?:to ice |to the \w+ office |to \w+ )?(?:for|with) (?:removal|deportation|departure|"
    r"(?:his |her |my |a |your |their )?(?:bags?|luggage|suitcases?))",
    r"bag and baggage", r"imminent(?:ly)? (?:removal|deportation|deported|removed)",
    # "there is flight for him on 11/17", "they buy ticket for december 8", "must leave before 25 November"
    r"(?:a |the )?flight for (?:him|her|them|me|my \w+)",
    r"(?:they|ice|ero|officers?) (?:buy|bought|booked|book) (?:a |the |his |her |him a |her a )?(?:plane )?ticket",
    r"must (?:buy (?:a )?ticket and )?(?:leave|depart|go back)(?: \w+){0,3} (?:before|by|on)\b",
    r"present (?:himself|herself|themselves|yourself) [^.;]{0,60}?for (?:removal|deportation)",
    r"(?:is|are|am|he's|she's|i'm) (?:on|booked on|scheduled on) (?:the|a) (?:deportation |removal |charter )?flight",
    r"(?:removal|deportation) is (?:very |coming )?(?:soon|near|close)", r"be ready to (?:leave|depart|go)",
    r"(?:se |me |le )?present(?:e|en|arse|arme) (?:\w+ ){0,3}(?:con|with) (?:su |sus |mi |mis )?(?:equipaje|maletas?)",
    r"(?:removal|deportation) is imminent",
    r"fecha de (?:deportacion|salida|remocion|expulsion)", r"vuelo de (?:deportacion|regreso)",
    r"fecha de(?:l)? vuelo", r"(?:su|mi|el) vuelo (?:\w+ ){0,3}(?:es|sera|esta|para|sale|quedo|cambio|adelantaron) (?:el|para|al)",
    r"(?:lo|la|me|los|las|nos|le) (?:van|va|vamos) a deportar", r"(?:sera|seran|sere|va a ser) deportad\w*",
    r"programad\w* (?:para|su) (?:deportacion|remocion|ser deportad\w*|salida)",
    r"(?:deportacion|remocion|expulsion) (?:esta |fue |ya esta )?programad\w*",
    r"(?:deportacion|remocion) inminente", r"a punto de (?:ser deportad\w*|deportar\w*)",
    r"presentarse (?:\w+ ){0,3}(?:con (?:su |sus )?(?:equipaje|maletas?)|para (?:su )?(?:deportacion|salida))",
    r"(?:reportar\w*|presentar\w*|report\w*|show up|come in|come back|appear) (?:\w+ ){0,9}(?:con|with) (?:su |sus |la |una |his |her |"
    r"their |my |a )?(?:equipaje|maletas?|luggage|bags?|suitcases?)",
    r"(?:lo|la|los|las|me|nos|le) (?:van a|iban a|quieren|va a) (?:montar|subir|poner|meter) (?:en |a )?(?:el |al )?(?:avion|vuelo)",
    r"(?:en|on) (?:la |the )?(?:lista del vuelo|flight (?:list|manifest)|manifest)",
    r"(?:told|ordered|instructed|asked|wants?|directed) (?:him|her|them|me|us) to (?:buy|purchase|get|book|bring) (?:a |his |her |"
    r"their |my |an? )?(?:plane |airline |one-way |travel )?(?:tickets?|boarding pass|pasaje)",
    r"(?:compr\w*|conseguir) (?:su |un |el )?(?:boleto|pasaje)(?: de avion)? (?:a|para|de regreso)",
    r"deportar\w* (?:el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|\d)|manana|la proxima|esta semana)",
    # "debe presentarse el 19 de noviembre con su pasaporte para ser removido", "se tiene que ir el 24",
    # "ya le salio el vuelo, se va el 2 de diciembre", "lo van a mandar a Mexico en un vuelo el 20"
    r"present\w* [^.;]{0,60}?para (?:ser (?:removid|deportad)\w*|su (?:deportacion|remocion|salida))",
    r"(?:se )?tiene que (?:ir|irse|salir)(?: del pais)? (?:el|antes del?)", r"(?:le |les )?(?:salio|dieron|tiene) (?:el|su) vuelo",
    r"(?:lo|la|los|las|me|nos|le) (?:van|va) a (?:mandar|enviar|sacar|regresar) (?:\w+ ){0,4}(?:en (?:un|el) )?vuelo",
    r"(?:no )?(?:lo|la|los|las|me|le) (?:deporten|saquen|manden|suban) (?:\w+ ){0,4}el \d{1,2}\b",
    # "lo sacan en avion el viernes 20", "sale el vuelo para La Habana", "salir del pais antes del 30"
    r"(?:lo|la|los|las|me|nos|le) (?:sacan|deportan|mandan|suben) (?:en (?:el |un )?avion|del pais|para (?:\w+ ){1,2}|ese dia)",
    r"sale (?:el|su) vuelo", r"(?:comprar|compre) (?:su |el |un )?(?:boleto|pasaje)",
    r"salir del pais (?:antes del?|a mas tardar el|el)",
    # "removal scheduled 11/9/2026", "report on November 20 at 7 am to be removed", "he will be removed that day"
    r"(?:removal|deportation) (?:is |was )?scheduled", r"report\w* [^.;]{0,50}?to be (?:removed|deported)",
    r"(?:will|to) be (?:removed|deported) (?:that|the same) day", r"leave (?:that|the) same day",
    r"(?:bring|buy) (?:his |her |my |your |their |a |the )?(?:plane |airline )?ticket",
    r"(?:want|going|plan\w*|intend\w*) to (?:deport|remove) (?:him|her|them|me) (?:on |this |next |coming )*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)")


@dataclass
class Custody:
    detained: bool = False
    imminent: bool = False
    removal_date: date | None = None
    found: list[Found] = field(default_factory=list)


def _facility_ok(hit: Hit) -> bool:
    """A facility named as where someone is, with a word of detention by it."""
    if not _AT_FACILITY.fullmatch(hit.fold):
        return True
    if hit.sent.fold[hit.end:hit.end + 2] in ("'s", "\u2019s"):
        return False  # "at Stewart's house": a person's name
    if _TOWN.search(hit.fold) and not re.search(r"(?:\w+ ){0,2}(?:county )?jail", hit.fold):
        return bool(_DETENTION_WORD.search(hit.sent.fold))
    return bool(_FACILITY_CONTEXT.search(hit.sent.fold)) or bool(re.match(
        r"(?:he's|she's|he is|she is|they are|is|has been|have been|lo tienen|la tienen|esta|sigue|took|taken|"
        r"transferred|moved|sent|brought|(?:lo|la|los|las|me|nos) (?:llevaron|trasladaron|mandaron|pasaron))", hit.fold))


def _after(h: Hit, sents: list[Sentence]) -> str:
    """What follows a hit; a form's answer may be the next sentence ("in ICE custody?:" / "No")."""
    rest = h.sent.fold[h.end:]
    nxt = next_in_part(sents, h.sent)
    if re.fullmatch(r"[\w ]{0,25}\??\s*[:|]?\s*", rest) and nxt:
        rest = rest.rstrip() + " " + nxt.fold
    return rest


def _empty_label(h: Hit) -> bool:
    """A form's label left blank: "Scheduled removal date" alone on its line."""
    return len(h.sent.fold.split()) <= 4 and not re.search(r"\d", h.sent.fold) and \
        not re.search(r"\b(?:is|are|was|will|esta|sera|es)\b", h.sent.fold)


def _answered_no(h: Hit, sents: list[Sentence]) -> bool:
    """A form's label answered no: "Currently in ICE custody?: No", "Removal date scheduled? No"."""
    return bool(re.match(r"[\w ]{0,25}?\??\s*[:|]?\s*\b(?:no|none|n/?a|false|not detained)\b", _after(h, sents)))


def _detained_hits(sents: list[Sentence], language: str) -> list[Hit]:
    words = find(sents, DETAINED) + (find(sents, _PT_DETAINED) if language == "pt" else [])
    hits = [h for h in words
            if not h.negated and not _RELEASED.search(h.sent.fold)
            and not _answered_no(h, sents)]
    hits += [h for h in find(sents, _AT_FACILITY) + find(sents, _CORRALON) + find(sents, _LABEL_YES)
             if not h.negated and not (_VEHICLE.search(h.sent.fold) and "corralon" in h.fold) and not _RELEASED.search(h.sent.fold) and _facility_ok(h)]
    hits.sort(key=lambda h: h.sent.index)
    # A jail with no word of ICE custody: held on a detainer, not detained.
    in_jail = any(_JAIL.search(s.fold) for s in sents)
    # "en la carcel del condado por ICE" is ICE custody, unless the message tells of an ICE
    # hold: then the county holds him for ICE and he is not yet in ICE custody.
    on_hold = any(_HOLD.search(s.fold) for s in sents)
    explicit = [h for h in hits if _EXPLICIT.search(h.sent.fold) or _AT_FACILITY.search(h.sent.fold)
                or (not on_hold and _HELD_FOR_ICE.search(h.sent.fold))]
    if in_jail and not explicit:
        return []
    return [h for h in hits if not _JAIL.search(h.sent.fold) or h in explicit]


def _removal_date(hit: Hit, language: str, ref: date | None) -> tuple[date, Hit] | None:
    dates = [(d.value, d.start, d.end) for d in find_dates(hit.sent.text, language)]
    if not dates and ref:
        dates = _coming(hit.sent.fold, language, ref) or _weekday(hit.sent.fold, ref)
    if not dates:
        return None
    if ref:  # a removal is to come: a day before the message is a past event (a check-in)
        dates = [d for d in dates if d[0] >= ref]
    if not dates:
        return None
    after = [d for d in dates if d[1] >= hit.start]
    best = after[0] if after else dates[-1]
    return best[0], Hit(hit.sent, best[1], best[2], False)


_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
             "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4, "sabado": 5, "domingo": 6}
_WEEKDAY = re.compile(r"\b(?P<next>next\s+)?(?:this\s+(?:coming\s+)?)?(?:el\s+)?(?P<day>" + "|".join(_WEEKDAYS) +
                      r")\b(?P<after>\s+(?:de\s+la\s+semana\s+que\s+viene|de\s+la\s+proxima\s+semana|next\s+week))?")


def _weekday(text_fold: str, ref: date) -> list[tuple[date, int, int]]:
    """"this coming Tuesday", "el jueves de la semana que viene": the day named, counted from the message."""
    out = []
    for m in _WEEKDAY.finditer(text_fold):
        if re.search(r"\b(?:last|past|pasado)\s+(?:el\s+)?$", text_fold[:m.start()]) or \
                re.match(r"\s+(?:pasado|last week)", text_fold[m.end():]):
            continue  # "last Tuesday", "el martes pasado": a check-in gone by
        ahead = (_WEEKDAYS[m.group("day")] - ref.weekday()) % 7 or 7
        day = ref + timedelta(days=ahead)
        if m.group("after") or (m.group("next") and ahead < 7 - ref.weekday()):
            day = ref + timedelta(days=_WEEKDAYS[m.group("day")] - ref.weekday() + 7)  # next week's
        out.append((day, m.start(), m.end()))
    return out


def _coming(text_fold: str, language: str, ref: date) -> list[tuple[date, int, int]]:
    """Dates written without a year ("el 20 de noviembre"): a removal is to come, so the next such day."""
    out = []
    for d, start, end in _yearless(text_fold, language, ref):
        ahead = d
        while ahead < ref:
            try:
                ahead = ahead.replace(year=ahead.year + 1)
            except ValueError:
                break
        if ahead - ref <= timedelta(days=120):  # a day just past is a past event
            out.append((ahead, start, end))
    return out


def find_custody(sents: list[Sentence], language: str, ref: date | None = None) -> tuple[Custody, list[Found]]:
    result = Custody()
    detained = _detained_hits(sents, language)
    if detained:
        result.detained = True
        result.found.append(found("detained", True, detained[0], "regex:custody.detained"))
    imminent = [h for h in find(sents, IMMINENT) if not h.negated and not _answered_no(h, sents)
                and not _empty_label(h)]
    if imminent:
        result.imminent = True
        result.found.append(found("imminent_removal", True, imminent[0], "regex:custody.imminent"))
        for hit in imminent:
            got = _removal_date(hit, language, ref)
            if got:
                result.removal_date = got[0]
                result.found.append(found("removal_date", got[0], got[1], "dates:removal_sentence"))
                break
    return result, result.found

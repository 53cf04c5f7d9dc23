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

from triage.extract.dates import find_dates
from triage.extract.request import Hit, Sentence, find, fold, found, rx
from triage.records import Found, ParsedMessage

OFFICE = rx(
    r"(?:local|field) (?:ice |ero )?(?:field )?office", r"field office(?: director)?",
    r"(?:ice|ero) (?:field )?office", r"ero [a-z]+(?: [a-z]+)? (?:field )?office",
    r"local (?:ice|ero)", r"(?:ice|ero) local", r"ero(?! senior| sro| reviewing)",
    r"(?:la |una )?oficina de (?!abogad|la iglesia|correos|nuestr|mi |su )[a-z]+(?: [a-z]+)?", r"(?:deportation|ice|ero) officer",
    r"sddo", r"afod", r"fod",
    r"oficina (?:local|de campo|de ice|de ero|de inmigracion)", r"oficina \w+ de (?:ice|ero)",
    r"(?:oficial|agente) de (?:deportacion|ice|inmigracion)")
PD = rx(
    r"prosecutorial discretion", r"case review", r"pd request", r"request for (?:pd|discretion)",
    r"discrecion (?:procesal|fiscal|judicial)", r"revision (?:de |del )?(?:su |mi )?caso",
    r"solicitud de (?:discrecion|revision)")
REQ = rx(
    r"ask\w*", r"request\w*", r"submit\w*", r"sent", r"send", r"filed", r"file", r"applied",
    r"e-?mailed", r"contact\w*", r"wrote", r"present\w*", r"went to", r"reached out",
    r"solicit\w*", r"pedi\w*", r"pidi\w*", r"envi\w*", r"mand\w*", r"acudi\w*", r"fuimos",
    r"escribi\w*", r"decid\w*", r"decision", r"decidi\w*", r"decision")
_LABEL_YES = re.compile(
    r"^\W*(?:local (?:\w+ ){0,3}review|revision local|solicitud local)[\w ]{0,20}:\s*(?!no\b|none|n/?a|not)\w")
_LABEL_NO = re.compile(
    r"^\W*(?:local (?:\w+ ){0,3}review|revision local|solicitud local)[\w ]{0,20}:\s*(?:no|none|n/?a)\b")
_DIRECT = rx(
    r"without (?:first )?(?:asking|contacting|going to|requesting)[^.]{0,30}(?:local|field)",
    r"sin (?:antes )?(?:pasar por|ir a|contactar|pedir(?:le)? a|solicitar a) la oficina")

# Outcome words. Order is precedence: a partial grant reads "granted" too.
OUTCOMES: list[tuple[str, re.Pattern]] = [
    ("partial", rx(r"(?:granted|approved|denied|concedi\w*|aprob\w*|otorg\w*|neg\w*) (?:only |solo )?(?:in part|partial\w*|en parte|parcialmente)",
                   r"partial\w* (?:granted|approved|denied|grant|approval|denial)",
                   r"(?:aprobad|concedid|otorgad|negad|denegad)\w* (?:solo )?parcialmente",
                   r"parcialmente (?:aprobad|concedid|otorgad|negad|denegad)\w*",
                   r"(?:aprobad|concedid|otorgad)\w* (?:en )?parte")),
    ("denied", rx(r"den(?:ied|ial|y)", r"said no", r"told (?:us|me|him|her) no", r"dij\w* que no", r"declin\w*", r"refus\w*", r"reject\w*", r"turned down",
                  r"neg(?:o|aron|ada|ado|adas|ados|ativa)", r"rechaz\w*", r"denegad\w*")),
    ("granted", rx(r"granted", r"approved", r"accepted", r"aprob\w*", r"concedi\w*", r"otorg\w*",
                   r"acept\w*")),
    ("no_response", rx(
        r"no (?:response|reply|answer|decision|word|news)", r"never (?:heard|got|received|responded|answered|replied)\w*",
        r"(?:have|has|had|did)(?: not|n'?t) (?:yet )?(?:heard|received|gotten|got|responded|answered|replied|respond|answer|reply)\w*",
        r"not (?:yet )?(?:responded|answered|replied)", r"without (?:a |any )?(?:response|answer|reply)",
        r"no (?:nos |me |le |les )?(?:han|ha|hemos|he) (?:recibido|tenido|contestado|respondido|dado)\w*",
        r"sin (?:ninguna |una |recibir )?(?:respuesta|contestacion)", r"nunca (?:nos |me |le )?(?:contest|respond)\w*",
        r"no (?:hubo|hay|tuvimos|recibimos|obtuvimos) (?:ninguna )?respuesta", r"ninguna respuesta")),
    ("pending", rx(
        r"(?:still|remains|is|currently) pending", r"pending (?:decision|review|a decision)",
        r"still (?:waiting|awaiting|under review|in review|being reviewed)", r"under review",
        r"awaiting (?:a |their |the |its )?(?:decision|response|answer|reply)",
        r"(?:sigue|esta|continua|aun|todavia) (?:esta )?(?:pendiente|en tramite|en revision)",
        r"en tramite", r"(?:seguimos|estamos|sigo|estoy) esperando", r"(?:aun|todavia) esperamos")),
]
_NEGATABLE = ("partial", "denied", "granted")
_SENT_DATE = rx(r"submit\w*", r"sent", r"filed", r"requested", r"mailed", r"e-?mailed",
                r"envi(?:amos|e|o|aron|ada|ado)", r"present(?:amos|e|o|aron|ada|ado)",
                r"solicit(?:amos|e|o|aron|ada|ado)", r"mand(?:amos|e|o|aron|ada|ado)")

_COPY = rx(r"attach\w*", r"enclos\w*", r"adjunt\w*", r"anex\w*", r"includ\w*", r"incluy\w*",
           r"find", r"here is", r"here are", r"forward\w*", r"reenvi\w*", r"copy", r"copies",
           r"copia\w*")
_REQ_DOC = rx(r"request\w*", r"solicitud\w*", r"peticion\w*", r"letter to", r"carta a")
_RESP_DOC = rx(r"response", r"answer", r"reply", r"denial", r"decision", r"determination",
               r"letter from", r"respuesta", r"negacion", r"denegacion", r"rechazo", r"carta de")
_RESP_FILE = re.compile(r"respon|denial|denied|decision|respuesta|denegac|negacion|rechazo|answer|determination", re.I)
_REQ_FILE = re.compile(r"request|solicitud|peticion|pd[_ -]|prosecutorial|discretion|case[_ -]?review", re.I)
_RESP_PAGE = rx(
    r"field office response", r"your request for (?:prosecutorial discretion|a case review|\w+ )[^.]{0,60}(?:has been|was|is) (?:denied|granted|approved|declined)",
    r"su solicitud[^.]{0,60}(?:ha sido|fue) (?:negada|denegada|aprobada|rechazada)")
_REQ_PAGE = rx(r"request for prosecutorial discretion", r"solicitud de discrecion")

CHANGED = rx(
    r"since (?:the |our |its |their )?(?:local |field )?(?:office|ero|ice|officer)?\s?(?:review\w*|decid\w*|decision|denied|denial|respon\w*|answer\w*)",
    r"not (?:previously )?(?:shown|presented|provided|submitted|available|considered) (?:to|by) (?:the )?(?:local|field|ero|ice|office)",
    r"(?:local|field) office (?:did not|didn't|never) (?:see|have|consider|know)",
    r"new(?:ly discovered)? (?:evidence|diagnosis|information|facts|documents|medical \w+)",
    r"(?:conviction|charges?|case)s? (?:\w+ ){0,2}(?:vacated|expunged|overturned|set aside|dismissed|dropped|cleared)",
    r"(?:recently|just|since been|newly) diagnosed", r"(?:facts|circumstances|situation|things) (?:\w+ )?(?:have|has) changed",
    r"new (?:baby|born|child)", r"newborn", r"just (?:had|gave birth)", r"gave birth",
    r"desde que (?:la oficina|ice|ero|el oficial|nos neg|le neg|negaron)",
    r"(?:hechos|pruebas|evidencias?|documentos|diagnostico) nuev\w*", r"nuev\w* (?:hechos|pruebas|evidencias?|diagnostico|documentos|informacion)",
    r"(?:han|ha) cambiado", r"(?:hechos|situacion|circunstancias) (?:\w+ )?cambi\w*",
    r"acaba de nacer", r"recien nacid\w*", r"dio a luz", r"nacio (?:el mes pasado|recientemente|hace)",
    r"(?:anularon|borraron|desestimaron|retiraron|eliminaron) (?:la condena|los cargos|el cargo)",
    r"(?:condena|cargos?) (?:fue |fueron )?(?:anulad|borrad|desestimad|retirad|eliminad)\w*",
    r"diagnosticad\w* (?:recientemente|hace poco)", r"recientemente diagnosticad\w*")


@dataclass
class Local:
    review: str = "not_requested"
    outcome: str | None = None
    response_date: date | None = None
    said: bool = False
    request_copy: bool = False
    response_copy: bool = False
    facts_changed: bool = False
    found: list[Found] = field(default_factory=list)


def _review(sents: list[Sentence], result: Local) -> list[Sentence]:
    """Mark requested/said; return the sentences that tell of the local review."""
    told: list[Sentence] = []
    for s in sents:
        office = OFFICE.search(s.fold) or _LABEL_YES.match(s.fold) or _LABEL_NO.match(s.fold)
        if not office and not PD.search(s.fold) and not _DIRECT.search(s.fold):
            continue
        told.append(s)
        reqs = find([s], REQ)
        if _LABEL_NO.match(s.fold) or _DIRECT.search(s.fold) or (
                office and reqs and all(h.negated for h in reqs)):
            result.said = True
        elif office and (reqs or _LABEL_YES.match(s.fold)):
            result.said = True
            result.review = "requested"
            result.found.append(found("local_review", "requested", (reqs or [Hit(s, 0, len(s.fold), False)])[0],
                                      "regex:local.requested"))
    return told


def _context(sents: list[Sentence], told: list[Sentence]) -> list[Sentence]:
    """Told sentences, the two after each, and every line of a forwarded answer."""
    keep = {s.index for s in told}
    for s in told:
        keep.update({s.index + 1, s.index + 2})
    keep.update(s.index for s in sents if s.where != "body" and s.where != "subject"
                and _RESP_PAGE.search(s.fold))
    return [s for s in sents if s.index in keep]


def _outcome(sents: list[Sentence]) -> tuple[str, list[Hit]] | None:
    """The outcome told, and its hits in order; partial before denied before granted."""
    unanswered: list[tuple[str, Hit]] = []
    for kind, pattern in OUTCOMES:
        hits = find(sents, pattern)
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


def _response_date(hit: Hit, sents: list[Sentence], language: str) -> tuple[date, Hit] | None:
    s = hit.sent
    dates = [d for d in find_dates(s.text, language)
             if not _SENT_DATE.search(s.fold, max(0, d.start - 30), d.start)]
    if dates:
        best = min(dates, key=lambda d: abs(d.start - hit.start))
        return best.value, Hit(s, best.start, best.end, False)
    if s.where in ("body", "subject"):
        return None
    for other in sents:  # a letter's date line, before or after the outcome
        if other.where == s.where and other.page == s.page:
            got = find_dates(other.text, language)
            if got:
                return got[0].value, Hit(other, got[0].start, got[0].end, False)
    return None


def _copies(sents: list[Sentence], msg: ParsedMessage, result: Local) -> None:
    for a in msg.attachments:
        name = a.filename or ""
        text = " ".join(a.pages)
        if _RESP_FILE.search(name) or _RESP_PAGE.search(fold(text)):
            result.response_copy = True
        elif _REQ_FILE.search(name) or _REQ_PAGE.search(fold(text)):
            result.request_copy = True
    for s in sents:
        if s.where == "forwarded" and _RESP_PAGE.search(s.fold):
            result.response_copy = True
        if s.where == "forwarded" and _REQ_PAGE.search(s.fold):
            result.request_copy = True
        cues = [h for h in find([s], _COPY) if not h.negated]
        if not cues or s.where.startswith("attachment:"):
            continue
        if _REQ_DOC.search(s.fold):
            result.request_copy = True
        if _RESP_DOC.search(s.fold):
            result.response_copy = True


def find_local(sents: list[Sentence], msg: ParsedMessage, language: str) -> tuple[Local, list[Found]]:
    result = Local()
    told = _review(sents, result)
    got = _outcome(_context(sents, told))
    if got:
        kind, hits = got
        result.outcome, result.review, result.said = kind, "requested", True
        result.found.append(found("local_outcome", kind, hits[0], f"regex:local.{kind}"))
        dated = (_response_date(h, sents, language) for h in hits) if kind in _NEGATABLE else ()
        when = next((d for d in dated if d), None)
        if when:
            result.response_date = when[0]
            result.found.append(found("local_response_date", when[0], when[1], "dates:nearest_outcome"))
    _copies(sents, msg, result)
    if result.response_copy and result.review != "requested":
        result.review, result.said = "requested", True  # its answer is here
    changed = [h for h in find(sents, CHANGED) if not h.negated]
    if changed:
        result.facts_changed = True
        result.found.append(found("facts_changed", True, changed[0], "regex:local.facts_changed"))
    return result, result.found

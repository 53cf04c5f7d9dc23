"""Copies of the local request and of the local office's answer (POLICY.md:
"A copy counts when it is attached or the message says it is attached").

An attachment is read as a letter to the office (the request), from it (the
answer), or one of the two unknown ("ice"); the writer's own sentences count
when they say a copy is attached ("I attach the denial", "le mando la carta").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from triage.extract.request import Sentence, find, fold, rx
from triage.records import ParsedMessage


@dataclass
class _Copies:
    request_copy: bool = False
    response_copy: bool = False


_COPY = rx(r"attach\w*", r"enclos\w*", r"adjunt\w*", r"anex\w*", r"includ\w*", r"incluy\w*",
           r"find", r"here is", r"here are", r"forward\w*", r"reenvi\w*", r"copy", r"copies",
           r"copia\w*", r"ci-?joint\w*", r"je (?:vous )?joins", r"see (?:the )?(?:pdf|scan)\w*", r"below",
           r"(?:le|les|te) (?:mando|mandamos|envio|enviamos|paso|pasamos)", r"(?:va|van) (?:adjunt|pegad|incluid|anexad)\w*",
           r"(?:va|van) (?:en|con) (?:el|los|este) (?:pdf|correo|mensaje)", r"en (?:el|los) pdf", r"abajo", r"upload\w*",
           r"scann?ed", r"pasted", r"i send you", r"sending you")
_REQ_DOC = rx(r"request\w*", r"solicitud\w*", r"peticion\w*", r"letter to", r"carta a", r"demande",
              r"(?:letter|paper|papers|email|e-mail|application|packet|form|carta|papeles|escrito|correo)s? "
              r"(?:that |que )?(?:i|we|les|le)? ?(?:sent|gave|give|wrote|submitted|filed|left|brought|mailed|emailed|handed|"
              r"dropped|turned|mand\w*|envi\w*|dej\w*|entreg\w*|escrib\w*|hic\w*|llev\w*)",
              r"(?:my|our) (?:letter|email|e-mail|application|packet|submission|filing|petition)",
              r"(?:mi|nuestra) (?:carta|peticion|escrito)",
              r"lo que (?:les |le )?(?:entreg|dej|mand|envi|llev)\w*", r"what (?:we|i) (?:sent|gave|submitted|filed|wrote)")
_RESP_DOC = rx(r"response", r"answer", r"reply", r"denial", r"decision", r"determination", r"refusal",
               r"declination", r"declinacion", r"rejection", r"decline letter", r"notice of (?:denial|decision)",
               # "a letter from ERO", "la carta de ICE"; not "la carta de la iglesia", "a letter from his pastor"
               r"(?:letter|notice|carta|papel) (?:from|de|del) (?:the |la |el )?(?:local |field )?(?:office|oficina|ice|ero|dhs|"
               r"officer|oficial|deportation|deportacion|migracion|inmigracion|them|ellos)",
               r"respuesta", r"negacion", r"denegacion", r"rechazo", r"reponse",
               r"negativa", r"contestacion", r"(?:letter|paper|email|e-mail|notice|carta|papel|hoja|correo)s? (?:that |que )?"
               r"(?:they|the office|ice|ero|the officer|he|she|nos|me|le)? ?(?:gave|sent|give|send|mailed|emailed|handed|wrote|"
               r"dieron|dio|mandaron|mando|enviaron|envio|entregaron|entrego|escribieron)",
               r"their (?:letter|email|e-mail|notice)", r"sent back", r"letters? back",
               r"what they (?:sent|gave|answered|replied|wrote|said)",
               r"lo que (?:nos |me |le |les )?(?:contest|respond|dieron|dio|mand|envi|entreg)\w*")
_BOTH = rx(r"both", r"ambas", r"ambos", r"los dos", r"las dos", r"everything", r"all (?:the )?(?:papers|documents|letters)",
           r"todos los (?:papeles|documentos)", r"les deux", r"the two letters")
_RESP_FILE = re.compile(r"respon|denial|denied|decision|respuesta|denegac|negacion|rechazo|answer|determination|"
                        r"reponse|refus|negativa|from[-_ ]?(?:ice|ero)|approv|granted|aprobac", re.I)
_REQ_FILE = re.compile(r"request|solicitud|peticion|pd[_ -]|prosecutorial|discretion|case[_ -]?review|demande|"
                       r"to[-_ ]?(?:ice|ero|fo\b)|letter[-_ ]to|carta[-_ ]a\b", re.I)
_ICE_FILE = re.compile(r"(?:^|[-_ .])(?:ice|ero|fo|ddo|sddo|field[-_ ]?office|oficina)(?:[-_ .]|$)|carta|letter|lettre", re.I)
_FORM_FILE = re.compile(r"(?<![a-z0-9])g[-_ ]?28(?!\d)|(?<![a-z0-9])i[-_ ]?60(?!\d)|60[-_ ]?001|privacy[-_ ]?waiver", re.I)
RESP_PAGE = rx(
    r"field office response", r"response to (?:your |the |a )?request",
    r"your request (?:\w+ ){0,12}(?:has been|was|is|have been) (?:hereby )?(?:carefully )?(?:reviewed|denied|granted|approved|declined|partially)",
    r"(?:request|application) (?:is )?(?:hereby )?(?:denied|granted|approved|declined)",
    r"(?:ice|ero|this office) (?:will|has decided to|declines to|has determined|is unable)(?: not)? (?:to )?"
    r"(?:exercise|grant|approve|favorably|release)",
    r"(?:decline|unable) to exercise (?:its |prosecutorial )?discretion", r"after (?:careful )?(?:review|consideration) of your",
    r"su solicitud[^.]{0,60}(?:ha sido|fue|es|queda) (?:negada|denegada|aprobada|rechazada|concedida)",
    r"solicitud (?:negada|denegada|aprobada|rechazada)")
# An office's answer as forwarded mail words it ("The request for deferred action is denied.",
# "ERO Seattle has reviewed ..."): read only in forwarded mail, where the writer's own
# "our request was denied" is not.
_ANSWER_LINE = rx(
    r"(?:the |your |su |la )?(?:request|application|solicitud) (?:(?:for|de) [a-z -]{3,40} )?(?:is|was|has been|ha sido|fue) "
    r"(?:hereby )?(?:denied|granted|approved|declined|negada|denegada|aprobada|concedida|rechazada)",
    r"(?:ice|ero)(?: [a-z]+){0,2} (?:has|have) (?:hereby |carefully )?(?:granted|denied|approved|declined|reviewed)")
_REQ_PAGE = rx(r"request for (?:prosecutorial discretion|case review|(?:a )?(?:stay|release|deferred action)\w*)",
               r"solicitud de (?:discrecion|revision|liberacion|suspension|accion diferida)",
               r"to:? (?:the )?(?:field office director|deportation officer|fod|sddo|ero|ice)",
               r"dear (?:field office director|deportation officer|officer|fod|sddo)",
               r"(?:we|i) (?:respectfully )?(?:ask|request|write to ask) (?:that )?(?:the )?(?:field office|ice|ero|your office)",
               # a salutation ("Estimado director de la oficina local"), not any "oficina local"
               r"estimad[oa]s? (?:senor(?:es)? )?(?:director de la )?oficina (?:local|de campo)",
               r"director de la oficina (?:local|de campo)")
# The letter to the SRO itself ("Dear Senior Reviewing Official", "ICE Case Review"): the
# request now made, not a copy of the one made to the local office.
_TO_SRO = rx(r"senior reviewing official", r"(?:dear |to:? |attn:? )(?:the )?(?:ice )?case review", r"ice case review",
             r"(?:dear |estimad[oa] )?(?:sro|funcionari[oa] superior de revision|oficial superior de revision)")
# A confidentiality footer ("... delete the original and all copies", "notify the sender by
# reply"): its words of copying and replying are about this e-mail.
_DISCLAIMER = rx(r"intended (?:only )?(?:solely )?(?:for )?(?:the )?(?:use of the )?(?:named )?(?:recipient|addressee)s?",
                 r"received (?:\w+ ){0,3}in error", r"recibid[oa] (?:\w+ ){0,3}(?:por|en) error",
                 r"destinatario (?:previsto|indicado|deseado)", r"confidentiality notice", r"aviso de confidencialidad",
                 r"privileged (?:and|or|&) confidential", r"(?:dissemination|distribution|copying) (?:\w+ ){0,4}(?:prohibited|forbidden)")
# A copy promised, or held by someone else ("I will ask him for copies", "I can send them
# later", "se las mando después"): not here yet.
_LATER = rx(r"(?:will|'ll|can|could|going to|gonna) (?:\w+ )?(?:send|ask|get|forward|provide|obtain|request|bring|try|upload|email|e-mail)",
            r"to follow", r"(?:to be|will be) (?:sent|forwarded|provided|supplied)", r"later", r"as soon as", r"once (?:i|we) (?:get|have|receive)",
            r"when (?:i|we) (?:get|have|find|receive)", r"(?:has|have|keeps?|holds?) (?:both|all|the|them|those|these|our|my|his|her)",
            r"(?:voy|vamos|va) a (?:\w+ )?(?:pedir|mandar|enviar|conseguir|buscar|pasar)",
            r"(?:se |le |les |te )?(?:las |los |la |lo )?(?:mandare|enviare|mandaremos|enviaremos|pasare|pedire)",
            r"despues", r"mas tarde", r"luego", r"en cuanto", r"cuando (?:las |los )?(?:tenga|tengamos|encuentre|consiga)",
            r"(?:tiene|tienen|guarda|guardan) (?:las|los|ambas|ambos|todos|todas|la|el) (?:dos |copias|cartas|papeles|documentos)?")
_NOW = rx(r"attached", r"enclosed", r"adjunt[oa]s?", r"anexad[oa]s?", r"here (?:is|are)", r"below", r"abajo",
          r"(?:va|van) (?:adjunt|pegad|incluid|anexad)\w*", r"(?:i|we) (?:am |are )?(?:attach|enclos|forward)\w*")

_TO_LOCAL = rx(r"to: (?:the )?(?:field office director|deportation officer|fod|sddo|ero|(?:local|field) office)",
              r"to the (?:field office director|deportation officer|(?:[a-z]+ ){0,3}field office):",
              r"dear (?:field office director|deportation officer|fod|sddo)", r"para:? (?:el |la )?(?:director|oficina|ero)",
              r"(?:estimad[oa] )?(?:director de la )?oficina (?:local|de campo)")
_LETTERHEAD = rx(r"department of homeland security", r"immigration and customs enforcement",
                 r"enforcement and removal operations", r"ice field office", r"ero [a-z ]{2,30} field office")

# Papers that carry DHS's name or an officer's but answer no request: a court's motion or order,
# an ICE notice or form, an I-797, a sworn statement ("NOTICE TO REPORT FOR REMOVAL",
# "JOINT MOTION TO REOPEN", "declaración jurada").
_OTHER_PAPER = rx(r"notice to (?:report|appear)", r"report for removal", r"order of supervision", r"orden de supervision",
                  r"warrant (?:of|for) (?:removal|arrest)", r"notice of action", r"i-?797\w?", r"i-?205", r"i-?862",
                  r"(?:joint )?motion to (?:reopen|dismiss|terminate|continue)", r"immigration court", r"corte de inmigracion",
                  r"executive office for immigration review", r"order of the immigration judge",
                  r"sworn (?:declaration|statement)", r"affidavit", r"declaracion jurada", r"declaration of [a-z]+")
# "the officer", "el oficial" alone: a guard or a check-in officer as often as the field office.
_WEAK_OFFICE = re.compile(r"(?:the|el|la|an?|un|una) (?:officer|oficial)")


def _attachment_kind(name: str, head: str, office: re.Pattern) -> str | None:
    """'response', 'request', 'ice' (a letter to or from the office, which unknown) or None."""
    if _FORM_FILE.search(name) and not (RESP_PAGE.search(head) or _REQ_PAGE.search(head)):
        return None
    if _OTHER_PAPER.search(head) and not (RESP_PAGE.search(head) or _REQ_PAGE.search(head) or _TO_LOCAL.search(head)):
        return None
    if _TO_SRO.search(head) and not (RESP_PAGE.search(head) or _TO_LOCAL.search(head) or _LETTERHEAD.search(head)):
        return None
    if _RESP_FILE.search(name) or RESP_PAGE.search(head):
        return "response"
    if _REQ_FILE.search(name) or _REQ_PAGE.search(head):
        return "request"
    if _LETTERHEAD.search(head):
        return "response"
    if _ICE_FILE.search(name) or any(not _WEAK_OFFICE.fullmatch(m.group(0)) for m in office.finditer(head)):
        return "ice"
    return None


def letters(msg: ParsedMessage, office: re.Pattern) -> dict[str, str]:
    """Each attachment read as a copy of the local request or answer: where -> kind."""
    kinds: dict[str, str] = {}
    for a in msg.attachments:
        head = fold(" ".join(a.pages)[:1200])
        kind = _attachment_kind(fold(a.filename or ""), head, office)
        if kind:
            kinds[f"attachment:{a.filename or '#%d' % a.index}"] = kind
    return kinds


def copies(sents: list[Sentence], letters: dict[str, str]) -> tuple[bool, bool]:
    """Whether copies of the local request and of its answer are here: (request, response)."""
    result = _Copies()
    kinds = list(letters.values())
    result.response_copy = "response" in kinds
    result.request_copy = "request" in kinds
    for kind in kinds:  # a letter to or from the office: the copy still lacking
        if kind == "ice" and not result.request_copy:
            result.request_copy = True
        elif kind == "ice":
            result.response_copy = True
    for s in sents:
        if "?" in s.text:
            continue  # a question ("¿Pidió primero a la oficina local?") holds no copy
        if s.where == "forwarded" and (RESP_PAGE.search(s.fold) or _ANSWER_LINE.search(s.fold)):
            result.response_copy = True
        if s.where == "forwarded" and _REQ_PAGE.search(s.fold):
            result.request_copy = True
        if s.where == "body" and RESP_PAGE.search(s.fold):
            result.response_copy = True  # the answer pasted inline
        cues = [h for h in find([s], _COPY) if not h.negated]
        if not cues or s.where.startswith("attachment:") or _DISCLAIMER.search(s.fold):
            continue
        if _LATER.search(s.fold) and not _NOW.search(s.fold):
            continue
        if _BOTH.search(s.fold):
            result.request_copy = result.response_copy = True
        # A subject's "request" ("Case review request - see attached letter") is the one now made.
        if _REQ_DOC.search(s.fold) and s.where != "subject":
            result.request_copy = True
        if _RESP_DOC.search(s.fold):
            result.response_copy = True
    return result.request_copy, result.response_copy

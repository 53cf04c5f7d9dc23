"""Mail that is no request (POLICY.md "Mail that is not a request").

auto_generated reads only the headers (RFC 3834 and the list/bulk markers).
not_a_request needs two things: no ask of this office (no relief asked, no
one detained or about to be removed, no local review, no consent form, no
danger reported) and a sign of what the mail is instead. Some signs say what
the mail is for whatever else it holds: bulk marketing, records (FOIA)
requests, questions about a USCIS application, the press, a job, a thank-you
note, asking how the process works before anyone asks anything, a calendar
invitation or a prayer that names no one's case. The weaker
signs (an advert's word, a general question) count only where no case is
named at all (no A-number, no detention or deportation talk, no "my
husband"). A thin real request ("please help my husband, he is detained")
asks something and stays a request; a message with neither an ask nor any
such sign (an empty body, an unreadable scan) is left for the other rules.
"""
from __future__ import annotations

import re

from triage.extract.request import Sentence, rx
from triage.records import ParsedMessage

_DAEMON = re.compile(r"^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon)@", re.I)


def _values(msg: ParsedMessage, name: str) -> list[str]:
    return [v.strip() for v in msg.headers.get(name, []) if v is not None]


def auto_generated(msg: ParsedMessage) -> str | None:
    """Why the mail is machine-made, or None."""
    for v in _values(msg, "auto-submitted"):
        if v and v.split(";")[0].strip().lower() != "no":
            return f"Auto-Submitted: {v}"
    for v in _values(msg, "precedence"):
        if v.lower() in ("bulk", "list", "junk"):
            return f"Precedence: {v.lower()}"
    if _values(msg, "list-id"):
        return "List-Id header"
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder"):
        if name in msg.headers:
            return f"{name} header"
    if any(v.replace(" ", "") == "<>" for v in _values(msg, "return-path")):
        return "empty Return-Path"
    for v in _values(msg, "content-type"):
        if v.lower().startswith("multipart/report"):
            return "multipart/report"
    if msg.from_addr and _DAEMON.match(msg.from_addr):
        return f"sender {msg.from_addr}"
    return None


_SUBSTANCE = rx(
    r"a[- #.:]*\d{3}[- ]?\d{3}[- ]?\d{2,3}", r"alien (?:registration )?(?:no|number)", r"a-?number",
    r"numero a", r"numero de extranjero", r"detain\w*", r"custody", r"detenid\w*", r"custodia",
    r"deport(?:ed|ing)", r"(?:his|her|my|their) (?:removal|deportation|immigration case|case)",
    r"(?:su|mi|nuestro) (?:caso|deportacion|expediente)", r"my (?:husband|wife|son|daughter|client|brother|father|mother)",
    r"mi (?:espos[oa]|hij[oa]|cliente|herman[oa]|padre|madre)", r"final order", r"orden (?:final|de deportacion)",
    r"(?:date of birth|fecha de nacimiento)\s*:")
_ADVERT = rx(
    r"unsubscribe", r"newsletter", r"webinar", r"\d+ ?% off", r"discount\w*", r"special offer", r"click here",
    r"buy now", r"limited time", r"free trial", r"promo\w*", r"seo", r"marketing", r"subscribe", r"sponsored",
    r"you (?:have )?won", r"lottery", r"crypto\w*", r"bitcoin", r"invest\w*", r"our (?:services|products|software)",
    r"oferta\w*", r"descuento\w*", r"boletin", r"suscri\w*", r"promocion\w*", r"haga clic", r"gratis",
    r"nuestros (?:servicios|productos)", r"free (?:demo|consultation offer)", r"book a (?:demo|call)",
    r"opt[- ]out", r"reply stop", r"leads", r"our (?:platform|solution|tool|product|team of experts)s?",
    r"(?:for|schedule|set up|book) a (?:quick |short |free )?(?:demo|call|meeting)", r"public sector sales",
    r"(?:fedramp|soc ?2)", r"cut (?:your|their) (?:case )?backlog", r"free (?:quote|estimate|sample)", r"turnaround",
    r"(?:this month|this week|today) only", r"per word",
    # Prices and coupons: a rate per page or word, a flat fee, a code to quote, a rush service.
    r"per (?:page|document)", r"flat (?:rate|fee)", r"(?:promo|coupon|discount) code", r"(?:with|use|using) (?:the )?code",
    r"rush (?:\(?same[- ]day\)? )?(?:service|delivery|order)s?", r"same[- ]day (?:service|delivery)",
    r"tarifa (?:fija|plana)", r"por pagina", r"(?:con|use|usa|usando) (?:el )?codigo", r"codigo (?:de descuento|promocional)",
    r"servicio (?:urgente|express|expres|el mismo dia)", r"rates? (?:from|start\w* at) \$", r"cotizacion gratis", r"caseload", r"grow your (?:practice|firm)", r"event\w* (?:registration|invitation)", r"conference", r"survey", r"encuesta")
_QUESTION = rx(
    r"how (?:do|can|long|does|much)", r"what (?:is|are|does)", r"where (?:can|do|is)", r"can you tell me",
    r"general question", r"i (?:was )?wonder\w*", r"information (?:about|on|regarding)", r"is it possible",
    r"do you (?:handle|accept|know)", r"como (?:puedo|se|hago|funciona)", r"cuanto (?:tiempo|tarda|cuesta)",
    r"donde (?:puedo|se|queda|esta)", r"cual es (?:la|el)", r"a que hora", r"what time", r"which office",
    r"horario", r"direccion de", r"how many", r"office hours", r"(?:opening|business) hours", r"media (?:inquiry|request)",
    r"(?:i am|i'm) a (?:reporter|journalist|student|researcher)", r"press (?:contact|office|inquiry)", r"statistic\w*",
    r"estadistic\w*", r"periodista", r"job (?:opening|application|posting)", r"(?:apply|applying) for (?:the|a|this) (?:position|job)",
    r"(?:resume|curriculum|cv) (?:is )?attached", r"employment opportunit\w*", r"vacante", r"empleo",
    r"(?:just )?(?:wanted|writing) to (?:say )?thank", r"thank you (?:so much )?for (?:all )?your (?:help|work|service)",
    r"(?:solo )?(?:queria|quiero) (?:dar las )?gracias", r"para agradecer", r"una pregunta", r"quick question", r"que (?:es|significa|necesito)", r"pregunta general", r"informacion sobre",
    r"(?:quisiera|queria|quiero) saber", r"que documentos", r"what documents", r"can i (?:get|have|change|move|reschedule)",
    r"(?:puedo|se puede) (?:cambiar|mover)")
# The words of this office's business; a long message with none of them, nothing
# attached and nothing asked is someone else's mail (a misdirected family note).
_OUR_WORDS = rx(
    r"ice", r"ero", r"immigra\w*", r"inmigra\w*", r"deport\w*", r"detain\w*", r"detention", r"detenid\w*",
    r"detencion", r"remov\w*", r"custod\w*", r"a-?number", r"alien", r"numero a", r"asylum", r"asilo", r"visa",
    r"uscis", r"eoir", r"court", r"corte", r"judge", r"juez", r"case", r"caso", r"review", r"revision", r"relief",
    r"stay", r"bond", r"fianza", r"parole", r"releas\w*", r"liber\w*", r"attorney", r"abogad\w*", r"lawyer",
    r"green card", r"residen\w*", r"citizen\w*", r"ciudadan\w*", r"papers", r"papeles", r"discretion", r"discrecion",
    r"officer", r"oficial", r"check-?in", r"cita", r"grillete", r"monitor", r"passport", r"pasaporte", r"help", r"ayud\w*")


# Marks of bulk marketing that no person's request carries: an ad that talks
# of "stays of removal" and "detained clients" is still an ad.
_BULK_AD = rx(r"unsubscribe", r"opt[- ]out", r"register (?:now|today|here)", r"early[- ]bird", r"cle (?:credits?|hours?)",
              r"webinar", r"you (?:are )?receiv\w* this (?:email |message )?because", r"manage (?:your )?(?:email )?preferences",
              r"darse de baja", r"cancelar (?:la )?suscripcion", r"stop receiving", r"reply (?:stop|remove|unsubscribe|baja)",
              r"respond[ae] (?:baja|stop|alto|remover)", r"dejar de recibir")
# Other business with the agency, not a case review: records requests.
_OTHER_BUSINESS = rx(r"foia", r"freedom of information", r"privacy act request", r"records? request",
                     r"cop(?:y|ies) of (?:[\w'-]+ ){0,3}(?:file|records|a-?file)", r"solicitud de (?:registros|expediente)",
                     r"copia (?:de|del) (?:\w+ ){0,3}expediente")
_A_NUMBER = rx(r"a[- #.:]*\d{3}[- ]?\d{3}[- ]?\d{2,3}", r"\d{3}[- ]\d{3}[- ]\d{3}")
# Other business with the agency or this inbox, said as the mail's purpose.
_ELSEWHERE = rx(
    r"(?:status|update) (?:of|on) (?:my|his|her|our) (?:[\w-]+ ){0,2}(?:application|petition|i-\d{3})",
    r"i-(?:485|130|765|131|589|90|751|821d?) (?:application|petition|receipt|case|status)",
    r"(?:filed|submitted) (?:my|his|her|an?) i-(?:485|130|765|131|90|751)", r"adjustment of status",
    r"(?:green card|work permit|naturalization|citizenship) (?:application|interview)",
    r"estado de (?:mi|su) (?:solicitud|aplicacion|peticion)",
    r"(?:mi|my) (?:solicitud|aplicacion|peticion|application|petition|renovacion|renewal) (?:de |del |para |for |of )?"
    r"(?:mi |el |la |my |the |a |an )?(?:permiso de trabajo|work permit|employment authorization|ead|residencia|green card|"
    r"tarjeta de residen\w*|ciudadania|citizenship|naturaliza\w*)", r"(?:pregunta|question|duda) (?:sobre|about|acerca de|"
    r"regarding) (?:mi|my) (?:permiso de trabajo|work permit|ead|green card|residencia|ciudadania|citizenship|"
    r"naturalization|solicitud|application)", r"media (?:inquiry|request)", r"press office",
    r"(?:apply|applying|application) for (?:the|a|this|your) (?:[\w-]+ ){0,3}(?:position|job|opening)",
    r"(?:resume|curriculum|cv) (?:is )?attached", r"(?:solicitar|aplicar) (?:a|para) (?:el|la|un|una) (?:puesto|empleo|vacante)",
    r"(?:just |only |simply )?(?:wanted|writing|write) to (?:say )?thank", r"(?:solo |solamente )?(?:queria|quiero|queriamos) "
    r"(?:darles? |dar(?:les)? las )?(?:las )?gracias", r"escribo para agradecer",
    r"(?:no se|todavia no se|not sure) (?:si|if|whether) (?:ella|el|she|he|they|we|i) (?:va|van|vamos|want|will|wants)",
    r"(?:quiero|quisiera) saber (?:como|cuanto) (?:funciona|tarda|se hace)", r"how (?:does|do) (?:this|the) (?:process|review) work",
    r"(?:todavia |aun )?no tengo (?:ningun )?(?:caso|problema con (?:inmigracion|migracion|ice))",
    r"(?:i )?(?:don't|do not) have a case(?: yet)?", r"por si (?:algun dia|acaso) (?:lo )?necesit\w*",
    r"(?:just )?in case (?:i|we|he|she) (?:ever )?need",
    # Another court's or agency's business: traffic and state courts, jury duty.
    r"(?:speeding|parking|traffic) (?:ticket|citation|violation)", r"traffic court", r"jury (?:duty|summons)",
    r"multa de (?:transito|trafico|estacionamiento)",
    # Outreach: a talk, a workshop, flyers for a community, no one's case.
    r"not writing (?:about|regarding|for) (?:any|a) (?:particular|specific|individual) (?:case|person)",
    r"no (?:escribimos|escribo|es) (?:sobre|por|para) (?:ningun|un) caso (?:en )?particular",
    r"(?:information|informational|know[- ]your[- ]rights|community) (?:evening|session|workshop|event|night|talk|forum)",
    r"(?:platica|charla|taller|sesion) informativ\w*", r"flyers?", r"folletos?",
    # Phishing aimed at the inbox itself.
    r"verify (?:your )?(?:account|mailbox|identity|password|email)", r"(?:mailbox|storage|email) quota",
    r"password (?:will )?(?:expire|reset)", r"(?:click|log ?in|sign in) (?:\w+ ){0,3}to (?:verify|confirm|keep|restore)")


# What a mail that only mentions a detention, a removal date or a local review
# ("weak" asks: an institution, a station or an advert talks of them too) may be
# instead. Each says the mail's purpose, so it outweighs the mention and an A-number.
# A records request said as the purpose, not "we filed a FOIA last year".
_RECORDS_PURPOSE = rx(
    r"(?:this is|here is|please (?:accept|process|find)|(?:we|i) (?:are |am )?(?:submit|submitting|make|making|send|"
    r"sending|file|filing)(?: this| the following)?) (?:a |an |our |my )?(?:foia|freedom of information(?: act)?|"
    r"privacy act|records?) request", r"pursuant to the (?:freedom of information|privacy) act",
    r"under the (?:freedom of information|privacy) act,? (?:we|i) (?:hereby )?request",
    r"(?:we|i) (?:hereby )?request (?:a )?cop(?:y|ies) of (?:all |any |the )?(?:records|documents|files?)",
    r"(?:presento|presentamos|esta es una) solicitud (?:de |bajo la ley de )?(?:foia|libertad de informacion|"
    r"acceso a (?:la )?informacion)", r"(?:solicitamos|solicito|pedimos|pido) (?:una )?copias? de (?:todos )?(?:los )?"
    r"(?:registros|documentos|expedientes?)")
# ... or as a heading: the subject or a title line that starts with it.
_RECORDS_HEAD = re.compile(r"^\W*(?:(?:re|fwd?|rv)\s*:\s*)*(?:foia|freedom of information(?: act)?|privacy act|"
                           r"records?) request\b|^\W*solicitud (?:foia|de registros)\b")
# The press or a broadcaster: a story, an interview, a spokesperson.
# The writer's trade alone counts only where no one's case is named ("I'm a
# reporter and my husband is detained" is a wife's request).
_PRESS_SELF = rx(r"(?:i am|i'm|we are|soy|somos) (?:a |an |una? )?(?:staff |freelance )?(?:reporter|journalist|"
                 r"producer|editor|periodista|reportera?|productora?|editora?)s?")
_PRESS = rx(
    r"media (?:inquiry|request)", r"press (?:office|inquiry|deadline)",
    r"(?:invite|inviting|invitation|invitar\w*|invitacion) (?:\w+ ){0,5}(?:interview|entrevista|program|programa|show|"
    r"panel|podcast)", r"(?:live |radio |tv |on-air )?(?:interview|entrevista) (?:en vivo|live|on (?:the )?air|por radio|"
    r"de radio|radial|televisiva)", r"(?:spokesperson|vocero|portavoz|press officer) (?:\w+ ){0,2}(?:office|oficina|agency|"
    r"agencia|ice)", r"(?:our|nuestr[oa]s) (?:listeners|readers|viewers|audience|radioescuchas|oyentes|lectores|"
    r"televidentes|audiencia)", r"(?:comment|comentarios?|statement|declaracion) (?:for|para) (?:a|an|our|un|una|"
    r"nuestr[oa]) (?:story|article|report|segment|nota|articulo|reportaje|segmento)")
# The writer says outright that this office is asked for nothing, in any tense
# or person ("no les estoy pidiendo nada para su caso", "we're not requesting
# anything"), but not where the "nothing" is followed by what is asked after all:
# "nothing but", "nada mas que", "nada, solo que", "nothing for me" (for him?),
# "nothing unusual" (then something usual).
_DISCLAIMER = rx(
    r"(?:i|we) (?:don't|do not|dont) (?:need|want) anything (?:from|of) (?:ice|you|your office|this office|ero)",
    r"(?:i|we)(?: am| are|'m|'re)? not (?:asking|requesting) (?:you |your office |ice |this office )?(?:for )?"
    r"(?:anything|any relief|a review|a case review|any help)",
    r"(?:i|we) (?:don't|do not|dont) (?:ask|request) (?:you |your office |ice )?(?:for )?anything",
    r"this is not a (?:case review )?request", r"no es una (?:solicitud|peticion)",
    r"no (?:les? |te )?(?:estoy |estamos )?(?:pido|pedimos|pidiendo|solicito|solicitamos|solicitando|necesito|"
    r"necesitamos|quiero|queremos) nada(?: (?:de|a) (?:ice|ustedes|usted|su oficina|esta oficina))?")
_DISCLAIMER_BUT = re.compile(
    r"^[\s,;:.-]*(?:(?:(?:mas|more|other|else|much|otra cosa) )?(?:que|than|sino|except\w*|salvo|but|aparte|para mi|"
    r"para nosotros|for (?:me|myself|us|ourselves)|special|unusual|big|extraordinar\w*|especial|grande|imposible|"
    r"impossible|mas|more|else)|(?:just|only|solo|solamente|unicamente) (?:que|that|to|for|a|an|una?|el|la|los|las|su|"
    r"sus|his|her|their|por|para))\b")


def _disclaims(sents: list[Sentence]) -> bool:
    """Some sentence says this office is asked for nothing, and means it."""
    for s in sents:
        for m in _DISCLAIMER.finditer(s.fold):
            if not _DISCLAIMER_BUT.match(s.fold[m.end():]):
                return True
    return False


# An advert that carries no bulk headers: a business offering its services.
_PITCH = rx(
    r"(?:free|gratis|sin costo) (?:consultation|consulta)", r"(?:consulta|consultation) (?:gratis|gratuita|free)",
    r"llamanos", r"llamenos", r"visitanos", r"visitenos", r"call us (?:today|now|at)", r"visit (?:us|our office)",
    r"(?:te|le|les) ayudamos", r"we (?:can )?help (?:you|families|immigrants)", r"arreglamos", r"we (?:fix|solve)",
    r"(?:mas de|over|more than) \d+ (?:anos|years)(?: de experiencia| of experience)? (?:sirviendo|serving|helping|"
    r"ayudando)", r"no esper(?:es|e) (?:a que|mas)", r"don'?t wait", r"(?:tu|su|your) situacion migratoria",
    r"(?:hola|hello|hi) (?:amigos?|friends?) inmigrantes?", r"(?:precios|prices|rates) (?:bajos|low|accesibles|affordable)",
    r"planes de pago", r"payment plans?", r"citas disponibles", r"(?:all|todo) (?:this month|este mes)")
# Questions about the review in general (who may write, what it costs, how long it
# takes, a handout to give out): the process, asked by someone with no case in it.
_PROCESS = rx(
    r"how long (?:\w+ ){0,3}(?:review|process|response|answer|decision)s? (?:usually |normally |typically )?takes?",
    r"how long (?:does|do|will|would) (?:\w+ ){0,3}(?:review|process|response|answer|decision)s?",
    r"cuanto (?:tiempo )?(?:tarda|se tarda|demora|toma|lleva) (?:\w+ ){0,2}(?:revision|respuesta|proceso|decision)",
    # ... or how long the office takes to answer, said with a verb.
    r"how long (?:does|do|will|would) (?:it|you|your office|they|ice) (?:usually |normally |typically )?take (?:\w+ ){0,3}"
    r"to (?:respond|reply|answer|decide|review|get back)",
    r"how long (?:until|before) (?:you|we|i|one|people|families) (?:get|hear|receive)s? (?:an? |your )?"
    r"(?:answer|response|reply|decision)",
    r"cuanto (?:tiempo )?(?:se )?(?:tarda\w*|demora\w*|toma\w*|lleva\w*) (?:\w+ ){0,3}en (?:contestar|responder|decidir|"
    r"revisar|dar (?:una )?respuesta)",
    r"(?:is there|whether there is|there is) (?:a |any )?(?:fee|cost|charge|particular form|specific form)",
    r"(?:hay que pagar|tiene (?:algun )?costo|cobran algo|hay (?:algun|un) formulario)",
    r"(?:must|have to|has to|need to|needs to) (?:come from|be (?:sent|filed|submitted) by) an? (?:attorney|lawyer)",
    r"(?:family members|relatives|families) (?:may|can|could) (?:write|submit|send|ask|email)",
    r"(?:tiene|tienen|tendria|hay) que (?:ir|acudir) primero", r"puede(?:n)? escribir directamente",
    r"how (?:the|this|your) (?:case )?(?:review )?process works",
    r"(?:explain|explaining|explicar|explique|explicarnos|explicarles) (?:\w+ ){0,3}(?:process|proceso|procedure|procedimiento)",
    r"handouts?", r"brochures?", r"resource guide", r"guia de recursos", r"referral (?:packet|list)",
    r"(?:our|nuestr[oa]s?) (?:callers|clients ask|intake counselors|radioescuchas|oyentes|members ask)")
# The writer has not asked yet and says so: a question before sending anything.
_NOT_YET = rx(
    r"before (?:i|we) (?:send|submit|file) (?:you )?(?:anything|my (?:details|information|data|papers)|"
    r"our (?:details|information|data))",
    r"(?:i'?m|i am|we are|we're) not sending (?:you )?(?:my|our|any) (?:details|information|data|papers) yet",
    r"(?:i|we) (?:have not|haven't|havent) sent (?:you )?(?:anything|my (?:details|information|data)) yet",
    r"antes de (?:mandar|enviar|presentar)(?:les?)? (?:nada|mis datos|mis papeles|mi informacion)",
    r"no (?:les? )?(?:mando|envio|mandamos|enviamos) (?:mis|nuestros|los) (?:datos|papeles) (?:todavia|aun|hasta)",
    r"(?:todavia|aun) no (?:les? )?(?:mando|envio|he mandado|he enviado) (?:nada|mis datos|mis papeles)")
# A prayer or blessing: two of these, and no one's case, make the mail a prayer
# for the office, not a request to it ("God bless you" alone ends many requests).
_DEVOTION = rx(
    r"amen", r"(?:we|i) pray", r"(?:our|my) prayers?", r"prayer (?:circle|group|chain|meeting|list)", r"lord",
    r"dear god", r"heavenly father", r"god bless (?:you|all|each)", r"in (?:jesus|christ)'?s? name",
    r"oramos", r"rezamos", r"(?:nuestras?|mis?) oracion(?:es)?", r"(?:circulo|grupo|cadena) de oracion",
    r"dios (?:los|les|te|le) bendiga", r"padre celestial", r"en el nombre de (?:jesus|cristo)", r"senor jesus")
# A calendar invitation as the mail shows it in words (the .ics may not be read).
_INVITE = rx(
    r"you (?:have been|are|were) invited to (?:the following|this|an?) (?:event|meeting|call)",
    r"invitation from (?:google|outlook|yahoo) calendar", r"(?:has|have) invited you to (?:a |an |the |this )?(?:meeting|event|call)",
    r"join (?:the |this )?(?:zoom|teams|microsoft teams|webex|google meet) (?:meeting|call|webinar)",
    r"begin:vcalendar", r"method:request",
    r"(?:has|ha) sido invitad[oa] (?:al|a la|a este|a esta) (?:siguiente )?(?:evento|reunion|llamada)",
    r"(?:te|le|les) (?:han|ha) invitado a (?:un|una|el|la|este|esta) (?:evento|reunion|llamada)",
    r"invitacion de (?:google calendar|calendario de google|outlook)",
    r"unirse a (?:la )?reunion (?:de )?(?:zoom|teams|microsoft teams|webex)")
# The numbers of a meeting (a PIN, a meeting ID, a passcode) that look like an A-number.
_MEETING_NUMBER = re.compile(
    r"(?<!\w)(?:pin|passcode|password|meeting (?:id|number)|webinar id|conference (?:id|code)|access code|"
    r"participant (?:code|id)|id de (?:la )?reunion|codigo de acceso|contrasena)\s*(?:#|no\.?|number|numero)?\s*:?\s*"
    r"\d[\d \-]*#?")
# A greeting that names this office says whom the mail is to, not what it is about.
_ADDRESSEE = rx(
    r"(?:dear|hello|hi|greetings|good (?:morning|afternoon|evening)|estimad[oa]s?|querid[oa]s?|hola|"
    r"buen[oa]s (?:dias|tardes|noches)|senor(?:es|as)?)(?: [\w'-]+){0,4} (?:at|of|from|in|de|en|del) (?:the |la )?"
    r"(?:ice|ero)", r"(?:dear|hello|hi|estimad[oa]s?|querid[oa]s?|hola) (?:ice|ero)")


def calendar_invitation(msg: ParsedMessage) -> bool:
    """The mail carries a calendar event (text/calendar, an .ics file)."""
    types = [a.content_type or "" for a in msg.attachments] + _values(msg, "content-type")
    names = [a.filename or "" for a in msg.attachments]
    return (any(t.lower().split(";")[0].strip() in ("text/calendar", "application/ics") for t in types)
            or any(n.lower().endswith((".ics", ".vcs")) for n in names))


# A case of one person: an A-number, a relative or client, a "he is detained".
_PERSONAL = rx(
    r"a[- #.:]*\d{3}[- ]?\d{3}[- ]?\d{2,3}", r"\d{3}[- ]\d{3}[- ]\d{3}",
    r"(?:my|our|mi|nuestr[oa]) (?:husband|wife|son|daughter|client|brother|sister|father|mother|dad|mom|partner|"
    r"uncle|aunt|cousin|nephew|niece|friend|espos[oa]|hij[oa]|cliente|herman[oa]|padre|madre|papa|mama|tio|tia|"
    r"prim[oa]|sobrin[oa]|amig[oa]|pareja|novi[oa]|familiar)",
    r"(?:he|she|i) (?:is|am|was|has been|have been|got) (?:\w+ )?(?:detained|arrested|in custody|deported|picked up)",
    r"(?:lo|la|me|nos) (?:detuvieron|arrestaron|agarraron|agarro|deportaron|tiene migra)",
    r"(?:his|her|my|su|mi) (?:case|caso|removal|deportation|deportacion|hearing|audiencia)")
# A job application: two of these signs outweigh anything else the mail seems to ask
# (a résumé lists "bond packets" and "stay requests").
_JOB = rx(
    r"(?:apply|applying|application|aplicar|solicitar|postular\w*) (?:for|to|a|para) (?:the|a|this|your|el|la|un|una) "
    r"(?:[\w-]+ ){0,6}(?:position|job|opening|vacancy|puesto|empleo|vacante|plaza)",
    r"(?:dear )?hiring (?:manager|committee|official)", r"(?:my|mi) (?:resume|cv|curriculum(?: vitae)?|hoja de vida)",
    r"cover letter", r"carta de presentacion", r"(?:job|vacancy) announcement", r"usajobs",
    r"(?:announcement|vacancy) (?:no|number|#)", r"thank you for your consideration")


def _distinct(pattern, text: str) -> int:
    return len({m.group(0) for m in pattern.finditer(text)})


def _another_purpose(sents: list[Sentence], text: str, invite: bool = False) -> bool:
    """For mail that asks nothing firm (at most it mentions someone detained, a date,
    a local review): the mail says it is for something else. Only where no one's
    case is named: a calendar invitation, a prayer, a question before asking."""
    if any(_RECORDS_HEAD.match(s.fold) for s in sents) or _RECORDS_PURPOSE.search(text):
        return True
    if _PRESS.search(text) or _disclaims(sents):
        return True
    if _PERSONAL.search(text):  # "my husband", an A-number: a family quoting an advert
        return False
    if invite or _INVITE.search(text) or _distinct(_DEVOTION, text) >= 2 or _NOT_YET.search(text):
        return True
    return _distinct(_PITCH, text) >= 2 or bool(_PROCESS.search(text) or _PRESS_SELF.search(text))


def not_a_request(sents: list[Sentence], asked: bool, bare: bool = False, firm: bool | None = None,
                  invite: bool = False) -> bool:
    """True for advertising, other business and general questions; never for mail
    that asks this office for anything firm (`firm`: a relief, a consent form, a
    danger) unless it is bulk marketing or a job application. `asked` also counts
    the weak asks (someone detained, a removal date, a local review), which the
    mail's stated purpose outweighs. `bare`: nothing attached and no reply to earlier
    mail. Only such mail is judged by the absence of our words: an attachment may
    hold facts that could not be read, and a reply ("Re: his birthday") belongs to
    the thread it answers. `invite`: the mail carries a calendar event. A meeting's
    PIN or ID is no A-number, and a greeting to ICE no word of its business."""
    firm = asked if firm is None else firm
    text = _MEETING_NUMBER.sub(" ", " ".join(s.fold for s in sents))
    if not asked and bare and len(text.split()) >= 15 and not _OUR_WORDS.search(_ADDRESSEE.sub(" ", text)):
        return True
    if not firm and _another_purpose(sents, text, invite):
        return True
    if asked and _A_NUMBER.search(text):  # a person's case, however much else is around it
        return False
    if _distinct(_BULK_AD, text) >= 2 or _distinct(_JOB, text) >= 2:
        return True
    if asked:
        return False
    if _OTHER_BUSINESS.search(text) or _ELSEWHERE.search(text) or _distinct(_ADVERT, text) >= 2:
        return True
    if _A_NUMBER.search(text) or _SUBSTANCE.search(text):
        return False
    return bool(_ADVERT.search(text) or _QUESTION.search(text))

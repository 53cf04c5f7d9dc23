"""Phrasings written fresh, not taken from any fixture mailbox: recall on unseen mail."""
from datetime import date, datetime, timezone

import pytest

from triage.extract.kind import not_a_request
from triage.extract.local import find_local
from triage.extract.relief import find_relief
from triage.extract.request import sentences
from triage.records import Attachment, ParsedMessage


def msg(body="", attachments=(), forwarded=()):
    return ParsedMessage("sha", "<u@example.org>", "", None, "u@example.org", [], [], [],
                         datetime(2026, 11, 2, tzinfo=timezone.utc), None, [], {}, body, "",
                         list(forwarded), list(attachments))


def local(body, lang="en", **kw):
    m = msg(body, **kw)
    return find_local(sentences(m, lang), m, lang)[0]


def pdf(name, page=""):
    return Attachment(0, name, "application/pdf", "pdf", 10, "x", "read", pages=[page] if page else [])


@pytest.mark.parametrize("body,lang", [
    ("We asked ICE Miami in September to release him.", "en"),
    ("I asked first to ICE in Orlando.", "en"),
    ("My sister went to ICE in Newark and handed them a letter.", "en"),
    ("We gave the deportation officer our request at his check-in.", "en"),
    ("The DO got our packet on 9/3.", "en"),
    ("we dropped off a request at the Chicago ICE office", "en"),
    ("Our PD request to Houston FO went in on August 2.", "en"),
    ("A request was submitted to ERO Boston last month.", "en"),
    ("I spoke with the officer at my check in and gave him the letter.", "en"),
    ("Fuimos a la oficina de inmigración local y dejamos la carta.", "es"),
    ("Le entregamos la solicitud al oficial de deportación.", "es"),
    ("mi esposa llevo la peticion a ICE en Dallas", "es"),
    ("Ya le escribimos a la oficina de ICE de Phoenix.", "es"),
])
def test_local_review_asked_in_many_ways(body, lang):
    assert local(body, lang).review == "requested"


@pytest.mark.parametrize("body,lang", [
    ("Please release my husband.", "en"),
    ("He has a hearing before the immigration judge of Atlanta.", "en"),
    ("No sabía que tenía que ir primero a la oficina local de ICE.", "es"),
    ("Dear officer, my son is detained.", "en"),
])
def test_no_local_review_when_none_was_asked(body, lang):
    assert local(body, lang).review == "not_requested"


@pytest.mark.parametrize("body,lang,outcome", [
    ("We wrote to ERO Seattle in July. They never wrote back.", "en", "no_response"),
    ("I sent my letter to the field office and nobody has answered.", "en", "no_response"),
    ("We gave ICE in Newark the request. Still no word from them.", "en", "no_response"),
    ("Mandamos la carta a la oficina de ICE de Miami y hasta hoy nada.", "es", "no_response"),
    ("Le escribimos a la oficina local, nunca nos contestaron.", "es", "no_response"),
    ("We filed with the Dallas field office; the officer told us to wait.", "en", "pending"),
    ("The deportation officer said they'd call us.", "en", "pending"),
    ("Dejamos la solicitud en la oficina de ICE y nos dijeron que esperáramos.", "es", "pending"),
    ("The request we sent to ERO Denver is still being reviewed.", "en", "pending"),
    ("We asked ICE Houston; they said ICE will not exercise discretion.", "en", "denied"),
    ("We went to the ICE office and they told us they cannot do anything for him.", "en", "denied"),
    ("Le pedimos a la oficina de ICE y nos contestaron que no.", "es", "denied"),
    ("La oficina de ICE de Tucson dijo que no podían hacer nada.", "es", "denied"),
    ("We asked ERO Chicago for two things and they gave us only part of it.", "en", "partial"),
    ("Le pedí a la oficina de ICE dos cosas y me dieron una parte nada más.", "es", "partial"),
])
def test_local_outcomes_said_plainly(body, lang, outcome):
    got = local(body, lang)
    assert (got.review, got.outcome) == ("requested", outcome)


def test_a_question_tells_no_outcome():
    got = local("How does ICE handle prosecutorial discretion requests? How many were granted?")
    assert got.outcome is None


@pytest.mark.parametrize("body,lang,when", [
    ("We asked ICE Miami. They denied it on October 8.", "en", date(2026, 10, 8)),
    ("La oficina de ICE de Dallas nos negó el 3 de octubre.", "es", date(2026, 10, 3)),
    ("ERO Seattle said no on 10/1 by email.", "en", date(2026, 10, 1)),
    ("The Atlanta field office denied it on 14 December.", "en", date(2025, 12, 14)),
])
def test_response_dates_written_without_a_year(body, lang, when):
    assert local(body, lang).response_date == when


def test_response_date_from_the_attached_answer_in_its_own_language():
    answer = pdf("respuesta.pdf", "U.S. Department of Homeland Security\nDate: 10/03/2026\nYour request is denied.")
    got = local("La oficina de ICE de Houston nos dijo que no. Le mando la respuesta.", "es",
                attachments=[answer])
    assert (got.outcome, got.response_date, got.response_copy) == ("denied", date(2026, 10, 3), True)


@pytest.mark.parametrize("name,page,req,resp", [
    ("ERO_decision.pdf", "", False, True),
    ("Denial letter.pdf", "", False, True),
    ("local_request.pdf", "", True, False),
    ("PD request to Houston FO.pdf", "", True, False),
    ("scan0001.pdf", "Request for case review - ERO Miami Field Office\nTo: Field Office Director", True, False),
    ("scan0002.pdf", "U.S. Department of Homeland Security\nEnforcement and Removal Operations\n"
                     "Your request has been reviewed.", False, True),
    ("carta ICE agosto.pdf", "", True, False),
    ("reponse_bureau.pdf", "", False, True),
    ("I-60-001.pdf", "Privacy Waiver and Authorization", False, False),
])
def test_copies_known_from_the_attachment(name, page, req, resp):
    got = local("We asked the field office.", attachments=[pdf(name, page)])
    assert (got.request_copy, got.response_copy) == (req, resp)


@pytest.mark.parametrize("body,lang,req,resp", [
    ("Enclosed please find our request to ERO and their denial.", "en", True, True),
    ("I've included the letter I gave them and the letter they gave me.", "en", True, True),
    ("See the attached letter we sent and their reply.", "en", True, True),
    ("Copies of both are attached.", "en", True, True),
    ("I attach the paper I give them and the letter they give me.", "en", True, True),
    ("Attached: my request to them and their email printed.", "en", True, True),
    ("Le envío copia de la carta que les mandamos y de su respuesta.", "es", True, True),
    ("Anexo la solicitud y la respuesta de la oficina.", "es", True, True),
    ("Va adjunta la carta que les dejamos.", "es", True, False),
    ("Le mando las copias de lo que entregamos y lo que nos contestaron.", "es", True, True),
    ("Vous trouverez ci-joints ma demande et la réponse du bureau.", "en", True, True),
    ("I do not have a copy of their answer.", "en", False, False),
    ("No tengo copias de los papeles.", "es", False, False),
])
def test_copies_said_to_be_here(body, lang, req, resp):
    got = local(body, lang)
    assert (got.request_copy, got.response_copy) == (req, resp)


def test_an_answer_pasted_inline_is_its_copy():
    got = local("We asked ERO Newark. They wrote: \"Your request for a stay has been denied.\"")
    assert got.response_copy


@pytest.mark.parametrize("body,lang", [
    ("La oficina de Dallas no lo sabía cuando decidió.", "es"),
    ("The field office did not know about her surgery.", "en"),
])
def test_facts_the_office_did_not_know(body, lang):
    assert local(body, lang).facts_changed


def relief(body, lang="en"):
    return find_relief(sentences(msg(body), lang))[0]


@pytest.mark.parametrize("body,lang,code", [
    ("Please don't put him on the plane.", "en", "stay_of_removal"),
    ("Por favor que no lo suban al avión.", "es", "stay_of_removal"),
    ("Les pido que le den un stay.", "es", "stay_of_removal"),
    ("Please let her stay with her kids.", "en", "decline_enforcement"),
    ("I ask ICE to not remove me and to not arrest me.", "en", "decline_enforcement"),
    ("I am asking you not to deport my father.", "en", "decline_enforcement"),
    ("Je vous demande de ne pas m'expulser.", "en", "decline_enforcement"),
    ("Que lo dejen salir mientras sigue su caso.", "es", "release_from_custody"),
    ("We ask for humanitarian parole out of detention.", "en", "release_from_custody"),
    ("Could he get an ankle monitor instead?", "en", "release_from_custody"),
    ("Solicitamos que mientras tanto se le ponga en libertad.", "es", "release_from_custody"),
    ("Kindly drop the detainer.", "en", "cancellation_of_detainer"),
    ("Queremos que le quiten el hold.", "es", "cancellation_of_detainer"),
    ("We ask ICE to agree to reopen his case.", "en", "motion_to_reopen"),
    ("We ask ICE to close the case administratively.", "en", "administrative_closure"),
    ("Pedimos que el caso se cierre administrativamente.", "es", "administrative_closure"),
])
def test_relief_asked_in_many_ways(body, lang, code):
    assert code in relief(body, lang)


@pytest.mark.parametrize("body,lang,code", [
    ("We ask that ICE not oppose his release on a bond of $1,500.", "en", "release_from_custody"),
    ("Kindly drop the detainer so that he can go home to his wife.", "en", "release_from_custody"),
    ("Está con grillete y lo van a montar en el avión.", "es", "release_from_custody"),
    ("We do not want the case closed administratively.", "en", "administrative_closure"),
])
def test_relief_not_asked(body, lang, code):
    assert code not in relief(body, lang)


@pytest.mark.parametrize("body,lang", [
    ("What are your office hours?", "en"),
    ("I'm a reporter with the Ledger. How many requests were granted this year?", "en"),
    ("I am applying for the position of case analyst; my resume is attached.", "en"),
    ("Just wanted to say thank you for all your help.", "en"),
    ("¿Cuál es el horario de la oficina?", "es"),
    ("Solo quería dar las gracias por su servicio.", "es"),
])
def test_mail_that_is_no_request(body, lang):
    assert not_a_request(sentences(msg(body), lang), asked=False)


@pytest.mark.parametrize("body,lang", [
    ("I had a removal order in 2024. I ask ICE for a stay; my wife and daughters need me.", "en"),
    ("Mi A es 212 045 388. Tengo 2 hijos y una nieta, les pido acción diferida.", "es"),
    ("No sabía que tenía que ir primero a la oficina local, una señora de la iglesia me dio este correo.", "es"),
])
def test_the_person_writing_for_themselves_is_self(body, lang):
    from triage.extract.role import find_role
    m = msg(body)
    assert find_role(sentences(m, lang), m)[0] == "self"

"""Local field office review: asked or not, its outcome and date, copies, changed facts."""
from datetime import date

import pytest

from triage.extract.local import find_local
from triage.extract.request import sentences
from triage.records import Attachment, ParsedMessage


def msg(body="", forwarded=(), attachments=()):
    return ParsedMessage("sha", "<t@example.org>", "", None, "a@example.org", [], [], [], None,
                         None, [], {}, body, "", list(forwarded), list(attachments))


def local(body, lang="en", **kw):
    m = msg(body, **kw)
    return find_local(sentences(m, lang), m, lang)[0]


@pytest.mark.parametrize("body,lang,outcome,when", [
    ("We asked the Houston field office for prosecutorial discretion on January 5, 2025. "
     "They denied it on February 10, 2025.", "en", "denied", date(2025, 2, 10)),
    ("We submitted a request to the local ICE office on 01/05/2025 and it was denied on 02/10/2025.",
     "en", "denied", date(2025, 2, 10)),
    ("The deportation officer told us the request was granted in part.", "en", "partial", None),
    ("Our request to the field office was approved on March 3, 2025.", "en", "granted", date(2025, 3, 3)),
    ("Our PD request to the local office was not granted.", "en", "denied", None),
    ("We sent our request to ERO San Antonio Field Office in March and never heard back.",
     "en", "no_response", None),
    ("We emailed the field office six weeks ago and have not received an answer.", "en", "no_response", None),
    ("We requested a case review from the local office; it is still pending.", "en", "pending", None),
    ("Solicitamos a la oficina local de ICE una revisión el 5 de marzo de 2025 y la negaron "
     "el 10 de abril de 2025.", "es", "denied", date(2025, 4, 10)),
    ("Enviamos la solicitud a la oficina de ICE en Houston pero no nos han contestado.", "es", "no_response", None),
    ("La solicitud a la oficina local sigue pendiente.", "es", "pending", None),
    ("La oficina local rechazó la solicitud el 03/04/2025.", "es", "denied", date(2025, 4, 3)),
])
def test_local_review_outcome_and_response_date(body, lang, outcome, when):
    got = local(body, lang)
    assert (got.review, got.said, got.outcome, got.response_date) == ("requested", True, outcome, when)


@pytest.mark.parametrize("body,lang", [
    ("We did not ask the local office for a review.", "en"),
    ("I have not contacted the field office.", "en"),
    ("Local review requested: No", "en"),
    ("No hemos solicitado nada a la oficina local.", "es"),
    ("Le escribo sin antes pasar por la oficina local.", "es"),
])
def test_saying_no_local_review_was_asked(body, lang):
    got = local(body, lang)
    assert (got.review, got.said, got.outcome) == ("not_requested", True, None)


def test_silence_about_local_review_is_not_said():
    got = local("Please release my husband, he is detained.")
    assert (got.review, got.said) == ("not_requested", False)


@pytest.mark.parametrize("body,lang,req,resp", [
    ("The field office denied our request. Attached are copies of our request and the denial letter.",
     "en", True, True),
    ("Please see attached the field office response.", "en", False, True),
    ("Adjunto copia de la solicitud y de la respuesta de la oficina local.", "es", True, True),
    ("I do not have a copy of the response.", "en", False, False),
])
def test_copies_said_to_be_attached(body, lang, req, resp):
    got = local(body, lang)
    assert (got.request_copy, got.response_copy) == (req, resp)


def test_copies_known_by_attachment_name_and_text():
    denial = Attachment(0, "ERO_decision.pdf", "application/pdf", "pdf", 1, "x", "read",
                        pages=["Date: March 3, 2025. Your request for prosecutorial discretion has been denied."])
    request = Attachment(1, "PD_request.pdf", "application/pdf", "pdf", 1, "y", "read",
                         pages=["Request for Prosecutorial Discretion"])
    got = local("Please review.", attachments=[denial, request])
    assert (got.request_copy, got.response_copy, got.review) == (True, True, "requested")
    assert (got.outcome, got.response_date) == ("denied", date(2025, 3, 3))


def test_forwarded_answer_is_read():
    fwd = ("From: ERO Field Office\nDate: February 2, 2025\n\n"
           "Your request for a stay of removal has been denied.")
    got = local("See the office's answer below.", forwarded=[fwd])
    assert (got.review, got.outcome, got.response_copy) == ("requested", "denied", True)
    assert got.response_date == date(2025, 2, 2)


@pytest.mark.parametrize("body,lang", [
    ("Since the field office decided, his conviction was vacated.", "en"),
    ("He was recently diagnosed with cancer.", "en"),
    ("We have new evidence that was not shown to the local office.", "en"),
    ("My wife gave birth last week.", "en"),
    ("The circumstances have changed dramatically.", "en"),
    ("Desde que la oficina local negó la solicitud, mi esposa dio a luz.", "es"),
    ("Hay nuevas pruebas que no vio la oficina local.", "es"),
    ("Le anularon la condena en mayo.", "es"),
])
def test_facts_changed_since_the_local_review(body, lang):
    assert local(body, lang).facts_changed


@pytest.mark.parametrize("body,lang", [
    ("The facts have not changed.", "en"),
    ("He has diabetes and three US citizen children.", "en"),
    ("Los hechos no han cambiado.", "es"),
])
def test_facts_that_existed_before_are_not_a_change(body, lang):
    assert not local(body, lang).facts_changed


@pytest.mark.parametrize("body,lang,outcome", [
    ("i went to the newark ice office they said no on oct 8 2026", "en", "denied"),
    ("La oficina de Houston nos dijo que no el 7 de octubre de 2026.", "es", "denied"),
    ("La oficina de Las Vegas me negó la revisión.", "es", "denied"),
    ("Ya pedimos la revisión en la oficina de Nueva Orleans en octubre.", "es", None),
    ("Local review: Submitted to Atlanta ERO on 09/08/2026\nOutcome: Still pending, no decision yet", "en", "pending"),
    ("La oficina de Phoenix concedió en parte nuestra solicitud el 6 de octubre de 2026.", "es", "partial"),
])
def test_offices_named_by_city_and_plain_answers(body, lang, outcome):
    got = local(body, lang)
    assert (got.review, got.outcome) == ("requested", outcome)


@pytest.mark.parametrize("body,lang,expected", [
    ("Local outcome: Pending, no decision yet", "en", "pending"),
    ("Resultado local: pendiente", "es", "pending"),
    ("I went to the Dallas ICE office in May. The officer say wait, we will call you.", "en", "pending"),
    ("We asked ERO Boston for release. The officer told us to just wait.", "en", "pending"),
    ("We wrote to the Phoenix field office; they answered that they will not change anything.", "en", "denied"),
    ("En la oficina de Houston nos dijeron que no van a cambiar nada.", "es", "denied"),
    ("The Newark field office approved the ankle monitor removal but denied the stay.", "en", "partial"),
    ("La oficina de Miami le concedió el permiso de salir pero negó la acción diferida.", "es", "partial"),
])
def test_outcomes_told_plainly(body, lang, expected):
    assert local(body, lang).outcome == expected


@pytest.mark.parametrize("body,lang", [
    ("The officer denied the stay in March. Her I-130 petition was approved in 2024.", "en"),
    ("La oficina de ICE en Dallas negó la solicitud. Tiene una petición I-130 aprobada.", "es"),
])
def test_other_applications_granted_are_not_a_partial_grant(body, lang):
    assert local(body, lang).outcome == "denied"


def test_an_ask_for_a_grant_is_no_grant():
    got = local("Solicito respetuosamente que ICE acepte el cierre administrativo del caso.", "es")
    assert got.outcome is None


def test_a_birth_date_in_a_run_on_is_no_response_date():
    body = ("he was born in Accra on March 3 1988, I called the Dallas ICE office in June and they said no "
            "they won't release him")
    got = local(body)
    assert got.outcome == "denied" and got.response_date is None


def test_an_answer_named_with_a_date_is_a_copy_not_a_form():
    att = Attachment(0, "ERO denial Aug 28.pdf", "application/pdf", "pdf", 1, "x", "read", pages=["..."])
    got = local("We asked the Atlanta field office for a stay; they denied it.", attachments=[att])
    assert got.response_copy


@pytest.mark.parametrize("body,lang", [
    ("We have not asked the field office about this. At his last check-in the officer gave him this "
     "email address and told him to write here.", "en"),
    ("No hemos pedido nada a la oficina local porque no sabiamos, en la radio dijeron que "
     "escribieramos aqui.", "es"),
])
def test_saying_the_office_was_not_asked_outweighs_a_passing_mention_of_an_officer(body, lang):
    got = local(body, lang)
    assert (got.review, got.outcome) == ("not_requested", None)


def test_a_guard_called_an_officer_is_no_local_office():
    got = local("Un oficial del turno de noche la ha estado tocando y le dijo que si dice algo la van a "
                "mandar a aislamiento.", "es")
    assert got.review == "not_requested"


def test_an_answer_shows_the_office_was_asked_whatever_else_is_said():
    got = local("We did not ask the field office again after March. The field office denied our "
                "request on March 3, 2025.", "en")
    assert (got.review, got.outcome) == ("requested", "denied")


@pytest.mark.parametrize("body,lang", [
    ("We asked ERO New York for deferred action and they denied it. Two things have happened since that "
     "decision that the field office has not seen.", "en"),
    ("Le pedi a la oficina de ERO Dallas un stay y me lo negaron. Despues de esa carta nacio mi hija. La "
     "oficina de ERO no sabia de ella cuando me negaron.", "es"),
    ("La oficina de ICE me nego el stay el 10 de agosto. Pero el 20 de septiembre la fiscalia retiro el "
     "cargo y el caso quedo cerrado.", "es"),
])
def test_facts_changed_told_in_other_words(body, lang):
    assert local(body, lang).facts_changed


def test_asking_the_office_to_decline_to_detain_is_no_denial():
    got = local("We asked the ERO Newark Field Office on September 10, 2026 to decline to detain her. "
                "As of today we have received no response.")
    assert (got.outcome, got.response_date) == ("no_response", None)


def test_declining_to_take_a_position_is_a_denial():
    assert local("We first asked ERO Philadelphia, which declined to take a position.").outcome == "denied"


@pytest.mark.parametrize("body,lang", [
    ("Fuimos a la oficina de ICE en Phoenix a pedir que lo dejen salir. El 8 de octubre nos dieron la "
     "respuesta: que no.", "es"),
    ("I ASK THE ICE OFFICE IN EL PASO FOR RELEASE IN AUGUST AND THEY SAY NO", "en"),
])
def test_a_plain_no_is_a_denial(body, lang):
    assert local(body, lang).outcome == "denied"


def test_a_grant_and_a_denial_in_consecutive_sentences_of_an_answer_are_partial():
    got = local("We asked the Washington Field Office for a stay and deferred action. ERO Washington has "
                "granted a stay of removal for one year. The request for deferred action is denied.")
    assert got.outcome == "partial"


def test_a_check_in_where_the_officer_set_a_departure_is_no_local_review():
    got = local("El martes fui a mi cita de reporte en la oficina de ICE en Houston y el oficial me dijo que me "
                "presente el 5 de noviembre con mi maleta.", "es")
    assert got.review == "not_requested"


@pytest.mark.parametrize("body", [
    "Local ERO review requested?: N/A\nLocal ERO decision: N/A",
    "Local ERO review requested?:\nN/A",
])
def test_a_forms_blank_local_answers_tell_of_no_review(body):
    assert local(body).review == "not_requested"


def test_a_letter_taken_to_the_ice_office_in_portuguese_is_a_local_review():
    got = local("Meu cunhado levou uma carta no escritório do ICE em Burlington no dia 2 de outubro "
                "pedindo para soltar ele.", "pt")
    assert got.review == "requested"


@pytest.mark.parametrize("body,outcome", [
    ("MY NEPHEW GO TO THE ICE OFFICE IN SEATTLE WITH LETTER TO RELEASE HIM, THEY TAKE THE LETTER AND NEVER ANSWER.",
     "no_response"),
    ("we went to ICE san jose office and give a letter asking them dont deport him. the officer said they still review it.",
     "pending"),
    ("Sept 15 we email the ICE Seattle office asking to cancel the hold, and the officer answer on sept 30 "
     "that they will not cancel it.", "denied"),
])
def test_local_outcomes_in_broken_english(body, outcome):
    assert local(body).outcome == outcome


def test_a_court_dismissing_the_case_after_the_denial_is_changed_facts():
    body = ("In September we asked ICE Chicago office for a stay. On 22 September they refused. "
            "But on 20 October the court dismissed this case fully.")
    assert local(body).facts_changed is True

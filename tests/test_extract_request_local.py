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


@pytest.mark.parametrize("body,lang", [
    ("El 14/10/2026 fue a su cita de supervisión en la oficina de ICE en Houston y el oficial le dijo que su "
     "deportación está programada.", "es"),
    ("Tuvo su cita con ICE en la oficina de Miami y le dijeron que regrese con maleta.", "es"),
    ("At his supervision appointment at the ICE office in Dallas the officer told him to buy a ticket.", "en"),
    ("He went to his ISAP appointment at the Newark ICE office and they gave him a date to leave.", "en"),
])
def test_a_supervision_appointment_at_the_office_is_no_local_review(body, lang):
    assert local(body, lang).review == "not_requested"


@pytest.mark.parametrize("body,lang", [
    ("Because this request concerns removal proceedings, we have not submitted it to the ERO field office.", "en"),
    ("We have not asked the local ICE office for anything because we are afraid to request it.", "en"),
    ("No he ido a la oficina de ICE de aquí porque tengo miedo de que me detengan si voy a pedir algo.", "es"),
    ("No hemos presentado esta solicitud a la oficina local de ERO Nueva York, ya que el asunto está ante la corte.",
     "es"),
    ("Todavía no le hemos pedido nada a la oficina de ICE en Houston.", "es"),
])
def test_saying_the_office_was_not_asked_is_no_request_whatever_words_of_asking_follow(body, lang):
    got = local(body, lang)
    assert (got.review, got.said, got.outcome) == ("not_requested", True, None)


@pytest.mark.parametrize("body,lang", [
    ("We wrote to the Houston field office in May but they never contacted us.", "en"),
    ("Enviamos la solicitud a la oficina local en mayo y no hemos recibido respuesta.", "es"),
])
def test_the_office_first_then_its_silence_is_still_a_request(body, lang):
    got = local(body, lang)
    assert got.review == "requested"


@pytest.mark.parametrize("body", [
    "A G-28 is on file with ICE for this matter (ERO Chicago).",
    "His I-60-001 is already on file at the ERO Houston field office.",
])
def test_a_form_on_file_with_the_office_is_no_request(body):
    assert local(body).review == "not_requested"


@pytest.mark.parametrize("body,lang,when", [
    ("El 1 de octubre fuimos a la oficina de ICE en Chicago con una carta, y el 20 de octubre de 2026 nos "
     "mandaron una carta que dice que no.", "es", date(2026, 10, 20)),
    ("Pedimos a la oficina de Denver que la dejen salir y el 22 de octubre de 2026 nos llamaron para decir que no, "
     "pero no nos han dado la carta.", "es", date(2026, 10, 22)),
    ("La oficina de ICE de Atlanta nos contestó el 20/10/2026 que no lo van a soltar.", "es", date(2026, 10, 20)),
    ("We asked ERO Chicago for a stay. On October 20, 2026 ERO wrote that it will not take any action in this case.",
     "en", date(2026, 10, 20)),
    ("We went to the ICE office in Tampa and on 10/02/2026 the officer said that it's a no, nothing to do.",
     "en", date(2026, 10, 2)),
    ("Mi mamá fue a la oficina de ERO Miami y le dijeron que el detainer se queda.", "es", None),
])
def test_a_no_told_in_other_words_is_a_denial(body, lang, when):
    got = local(body, lang)
    assert (got.outcome, got.response_date) == ("denied", when)


@pytest.mark.parametrize("body,lang", [
    ("Fuimos a la oficina de ICE en Chicago con una carta. Mi mamá dice que no duerme de pensar en eso.", "es"),
    ("We asked ERO Seattle for release. ICE will not take enforcement action against his wife.", "en"),
    ("Le pedimos a la oficina de ICE en Houston un stay. Desde entonces no he tenido ningún problema con la ley.",
     "es"),
    ("Le pedimos a la oficina de ICE en Houston un stay. El abogado no nos ha dado la carta todavía.", "es"),
])
def test_words_near_a_local_review_that_tell_no_answer(body, lang):
    assert local(body, lang).outcome is None


@pytest.mark.parametrize("body,lang", [
    ("We asked ERO New York for a stay and it was denied on 09/30/2026. His motion is based on his approved "
     "I-130.", "en"),
    ("La oficina de ICE en Dallas negó el stay. Tenía la I-130 aprobada desde 2024.", "es"),
])
def test_a_grant_of_another_benefit_named_after_the_word_is_no_partial_grant(body, lang):
    assert local(body, lang).outcome == "denied"


@pytest.mark.parametrize("body,lang", [
    ("Enviamos la solicitud a la oficina de ERO en El Paso. Nunca contestaron. Cuba no ha aceptado su regreso.",
     "es"),
    ("We sent the request to ERO Miami and never heard back. Venezuela will not accept him back.", "en"),
])
def test_a_country_not_taking_someone_back_is_no_denial(body, lang):
    assert local(body, lang).outcome == "no_response"


def _letter(name, text):
    return Attachment(0, name, "application/pdf", "pdf", 1, "x", "read", pages=[text])


@pytest.mark.parametrize("text", [
    "October 29, 2026\nICE Case Review - Senior Reviewing Official\nDear Senior Reviewing Official:\n"
    "We respectfully ask that ICE not oppose the motion. We have not submitted it to the ERO field office.",
    "Estimado Funcionario Superior de Revisión:\nLe pedimos que ICE se una a la moción.",
])
def test_the_letter_to_the_sro_itself_is_no_copy_of_the_local_request(text):
    got = local("Please see the attached correspondence.", attachments=[_letter("Letter to ICE re client.pdf", text)])
    assert (got.request_copy, got.response_copy) == (False, False)


def test_a_letter_to_the_field_office_is_still_a_copy_of_the_local_request():
    text = "To: Field Office Director, ERO Chicago\nRequest for prosecutorial discretion\nWe ask for a stay."
    got = local("Attached is our letter.", attachments=[_letter("Letter to ICE re client.pdf", text)])
    assert got.request_copy


@pytest.mark.parametrize("body,lang", [
    ("CONFIDENTIALITY NOTICE: If you are not the intended recipient, notify the sender by reply e-mail and delete "
     "the original message and all copies.", "en"),
    ("Este mensaje es confidencial. Si usted lo ha recibido por error, bórrelo y destruya todas las copias; "
     "avise al remitente por respuesta.", "es"),
])
def test_a_confidentiality_footer_is_no_copy(body, lang):
    got = local(body, lang)
    assert (got.request_copy, got.response_copy) == (False, False)


@pytest.mark.parametrize("body,lang", [
    ("Our lawyer has both letters, I will ask him for copies.", "en"),
    ("I can send the denial letter later.", "en"),
    ("Copies of our request and the denial to follow.", "en"),
    ("La abogada tiene las dos cartas, se las voy a pedir para mandarles copia.", "es"),
    ("Les mando copia de la carta de negación después.", "es"),
])
def test_copies_promised_for_later_are_not_here(body, lang):
    got = local(body, lang)
    assert (got.request_copy, got.response_copy) == (False, False)


@pytest.mark.parametrize("body,lang", [
    ("Attached are both letters; I will send the rest later.", "en"),
    ("Van adjuntas las dos cartas, luego le mando lo demás.", "es"),
])
def test_copies_attached_now_count_whatever_comes_later(body, lang):
    got = local(body, lang)
    assert (got.request_copy, got.response_copy) == (True, True)


def test_a_forwarded_answer_takes_no_date_from_the_request_quoted_under_it():
    answer = "Mr. Zambrano,\n\nERO Seattle has reviewed the request for release. The request is denied."
    request = "To the Seattle Field Office:\n\nHe has been detained in Tacoma since August 3, 2026."
    got = local("I am forwarding you the answer the ICE office in Seattle sent me. They said no.",
                forwarded=[answer, request])
    assert (got.outcome, got.response_date, got.response_copy) == ("denied", None, True)


@pytest.mark.parametrize("body,lang,when", [
    ("We asked the ICE office in Baltimore on October 14, 2026 and they said no in a letter on October 21, 2026.",
     "en", date(2026, 10, 21)),
    ("We sought her release from ERO Los Angeles on October 19, 2026; ERO denied it on October 28, 2026.",
     "en", date(2026, 10, 28)),
    ("I asked ERO New York for deferred action on September 10, 2026 and they sent me a letter on October 22, 2026 "
     "saying no.", "en", date(2026, 10, 22)),
    ("Pedimos a la oficina de ICE en Dallas un stay el 2 de octubre de 2026 y nos mandaron la negativa el "
     "20 de octubre de 2026.", "es", date(2026, 10, 20)),
])
def test_the_answer_date_is_the_one_in_the_outcomes_own_clause(body, lang, when):
    assert local(body, lang).response_date == when


def test_a_birth_date_leaves_room_for_an_answer_date_written_without_its_year():
    m = msg("I WAS BORN 11 22 1991 IN CUBA I ASK THE ICE OFFICE IN EL PASO FOR RELEASE IN AUGUST AND THEY SAY NO "
            "THE LETTER SAY SEPTEMBER 9 I HAVE THE LETTER")
    m.date = __import__("datetime").datetime(2026, 10, 19)
    got = find_local(sentences(m, "en"), m, "en")[0]
    assert (got.outcome, got.response_date) == ("denied", date(2026, 9, 9))


@pytest.mark.parametrize("body,lang,when", [
    ("El 21 de octubre de 2026 fuimos a la oficina de ICE en Dallas a pedir un stay. La oficial nos dijo que no.",
     "es", date(2026, 10, 21)),
    ("On October 5, 2026 we went to the ICE office in Denver to ask for his release. The officer told us no.",
     "en", date(2026, 10, 5)),
])
def test_an_answer_said_at_the_visit_takes_the_visits_date(body, lang, when):
    assert local(body, lang).response_date == when


@pytest.mark.parametrize("body", [
    "On October 5, 2026 we mailed our request to the ICE office in Denver. They denied it.",
    "On October 5, 2026 we went to the ICE office in Denver to ask for his release. Later they denied it by mail.",
])
def test_a_written_answer_after_a_visit_or_mailing_has_no_date_of_its_own(body):
    got = local(body)
    assert (got.outcome, got.response_date) == ("denied", None)


@pytest.mark.parametrize("body,lang,req,resp", [
    ("The Deportation Officer at ERO Houston declined our request. Our request to ERO Houston and the declination "
     "are attached.", "en", True, True),
])
def test_a_declination_attached_is_a_copy_of_the_answer(body, lang, req, resp):
    got = local(body, lang)
    assert (got.request_copy, got.response_copy) == (req, resp)


@pytest.mark.parametrize("subject", ["Case review request - see attached letter", "PD request attached"])
def test_a_subjects_request_is_the_one_now_made_not_a_local_copy(subject):
    m = ParsedMessage("sha", "<t@example.org>", subject, None, "a@example.org", [], [], [], None,
                      None, [], {}, "Please review.", "", [], [])
    got = find_local(sentences(m, "en"), m, "en")[0]
    assert got.request_copy is False


@pytest.mark.parametrize("answer", [
    "Subject: Decision\n\nERO Washington has granted a stay of removal for one year.\n"
    "The request for deferred action is denied.",
    "Mr. Diaz,\n\nYour application for release from custody has been denied.",
])
def test_an_answer_forwarded_in_the_offices_words_is_a_copy(answer):
    got = local("We asked the Washington Field Office for a stay. Their answer is below.", forwarded=[answer])
    assert got.response_copy


@pytest.mark.parametrize("body,when", [
    ("Requested release to ERO LA 9/10/2026 - denied 10/1/2026 (req + denial att.).", date(2026, 10, 1)),
    ("Attached is our client's request for review of ERO's denial of a stay, together with our request to ERO "
     "Sacramento dated 09/22/2026 and ERO's denial dated 10/09/2026.", date(2026, 10, 9)),
])
def test_the_date_written_with_the_denial_is_the_answer_date(body, when):
    assert local(body).response_date == when


@pytest.mark.parametrize("body,lang", [
    ("He has a final order from 2015 after his asylum case was denied, and he reports to ICE in Chicago monthly.", "en"),
    ("Tiene orden final desde que le negaron el asilo, y se reporta a la oficina de ICE en Chicago.", "es"),
])
def test_another_applications_denial_is_no_local_outcome(body, lang):
    assert local(body, lang).outcome is None


def test_a_pending_benefit_before_the_office_s_denial_does_not_hide_it():
    got = local("His I-130 is pending, and ERO Chicago denied the stay on 10/02/2026.")
    assert (got.outcome, got.response_date) == ("denied", date(2026, 10, 2))


@pytest.mark.parametrize("body,sent,when", [
    ("we go to ICE office in Burlington on nov 2 with a letter, the officer say no, he still must go dec 8.",
     (2026, 11, 23), date(2026, 11, 2)),
    ("Fuimos a la oficina de ICE en Houston el 2 de noviembre y nos dijeron que no, que se va el 8 de diciembre.",
     (2026, 11, 23), date(2026, 11, 2)),
    ("We asked the ICE office in Dallas and on December 20 they said no.", (2027, 1, 5), date(2026, 12, 20)),
])
def test_a_day_still_to_come_is_no_answer_date(body, sent, when):
    from datetime import datetime
    m = msg(body)
    m.date = datetime(*sent)
    lang = "es" if body.startswith("Fuimos") else "en"
    got = find_local(sentences(m, lang), m, lang)[0]
    assert (got.outcome, got.response_date) == ("denied", when)


def test_a_lone_day_still_to_come_told_as_past_is_last_years():
    from datetime import datetime
    m = msg("The Atlanta field office denied it on 14 December.")
    m.date = datetime(2026, 11, 23)
    assert find_local(sentences(m, "en"), m, "en")[0].response_date == date(2025, 12, 14)


# ---------------------------------------------------------------- changed facts, told in more ways

@pytest.mark.parametrize("body,lang", [
    ("ERO Seattle denied the release. Something new that ICE Seattle did not know: his daughter has leukemia.", "en"),
    ("ERO Chicago denied the stay. On September 29, after ERO's decision, the prosecutor signed her I-918B. "
     "ERO has never seen it.", "en"),
    ("ICE Miami said no because of his conviction. The judge in Fort Lauderdale vacated that conviction.", "en"),
    ("ICE Miami denied it. So the reason ICE Miami gave is not there anymore.", "en"),
    ("The Dallas ICE office wrote back no. I did not tell them about the family then, I was afraid.", "en"),
    ("ERO New York denied the stay. The facts are no longer those ERO New York weighed.", "en"),
    ("La oficina de Atlanta lo negó. Pero ahora las cosas son distintas a cuando Atlanta decidió.", "es"),
    ("ERO Miami negó la libertad. El 30/09/2026 le diagnosticaron un trastorno. Esto es posterior a la decisión "
     "de ERO Miami y no estaba en nuestra solicitud.", "es"),
    ("Les escribo porque pasó algo nuevo después de que la oficina de El Paso dijo que no.", "es"),
    ("La oficina de ICE en Houston me contestó que no. El juez desestimó (dismissed) el caso del DWI.", "es"),
])
def test_a_change_since_the_local_answer_told_in_the_writers_words(body, lang):
    assert local(body, lang).facts_changed


@pytest.mark.parametrize("body,lang", [
    ("ERO El Paso denied it. Nothing in Mr. Ixcoy's circumstances has changed since ERO El Paso's decision.", "en"),
    ("ICE denied the release. Nothing has really changed since the denial.", "en"),
    ("La oficina de ICE negó la libertad. Nada ha cambiado desde la carta de septiembre.", "es"),
    ("La oficina de ICE negó la libertad. No ha cambiado nada desde entonces, todo sigue igual.", "es"),
    ("ERO Atlanta denied it. Her circumstances are the same as they were in 2023.", "en"),
])
def test_saying_nothing_changed_since_the_answer_is_no_change(body, lang):
    assert not local(body, lang).facts_changed


# ---------------------------------------------------------------- not asked, told in more ways

@pytest.mark.parametrize("body,lang", [
    ("We have made no request to ERO Burlington, since nothing is being asked of ERO.", "en"),
    ("Nobody has asked the ICE office here in Burlington for anything yet.", "en"),
    ("No request was made to the field office.", "en"),
    ("Nadie le ha pedido nada a la oficina de ICE de aquí.", "es"),
])
def test_saying_no_one_asked_the_office_is_no_local_review(body, lang):
    got = local(body, lang)
    assert (got.review, got.said) == ("not_requested", True)


@pytest.mark.parametrize("body", [
    "Cada tres meses él se presenta en la oficina de ICE de Miramar.",
    "Mi papá se presenta cada mes en la oficina de ICE de Baltimore.",
    "He reports every month to the ICE office in Miami.",
])
def test_regular_reporting_at_the_office_is_no_local_review(body):
    assert local(body, "es" if body.startswith(("Cada", "Mi")) else "en").review == "not_requested"


def test_an_officer_named_in_a_sworn_statement_is_no_local_review():
    text = ("DECLARACIÓN JURADA\nYo, Luis, declaro lo siguiente:\n1. El 10 de octubre pedí ver al doctor. "
            "El oficial Rodríguez me dijo que me callara y que ya había pedido muchas veces.")
    got = local("Les adjunto la declaración de mi hijo.", "es", attachments=[_letter("declaracion Luis.pdf", text)])
    assert (got.review, got.request_copy, got.response_copy) == ("not_requested", False, False)


# ---------------------------------------------------------------- papers that are no local letters

@pytest.mark.parametrize("name,text", [
    ("papel de ICE.pdf", "U.S. Department of Homeland Security - ICE Enforcement and Removal Operations\n"
     "NOTICE TO REPORT FOR REMOVAL\nYou are directed to report with your luggage for removal."),
    ("2 Proposed joint motion to reopen.pdf", "IMMIGRATION COURT\nJOINT MOTION TO REOPEN\nThe Department of Homeland "
     "Security, through the Office of the Principal Legal Advisor, and the Respondent jointly move the Court."),
    ("I-797.pdf", "Department of Homeland Security\nForm I-797, Notice of Action - Approval Notice"),
])
def test_an_ice_notice_or_a_court_paper_is_no_copy_of_the_local_answer(name, text):
    got = local("Please see the attached papers.", attachments=[_letter(name, text)])
    assert (got.request_copy, got.response_copy) == (False, False)


def test_an_ice_answer_letter_is_still_a_copy_of_the_answer():
    text = ("U.S. Department of Homeland Security\nERO Denver Field Office\nDate: September 30, 2026\n"
            "ERO Denver has reviewed your request and declines to exercise discretion.")
    assert local("Attached.", attachments=[_letter("answer.pdf", text)]).response_copy


@pytest.mark.parametrize("body,lang,resp", [
    ("Mija aquí te mando lo de tu papá para la carta de la iglesia.", "es", False),
    ("Adjunto la carta del pastor y una carta de recomendación.", "es", False),
    ("I attach a letter from his pastor.", "en", False),
    ("Le mando la carta de ICE que nos dieron.", "es", True),
    ("I attach the letter from ERO.", "en", True),
])
def test_a_letter_from_someone_other_than_the_office_is_no_copy_of_its_answer(body, lang, resp):
    assert local(body, lang).response_copy is resp


def test_a_question_about_the_local_office_is_no_copy():
    got = local("¿Pidió primero a la oficina local de ICE (ERO Newark)? Sí, mandamos una carta.", "es",
                forwarded=["¿Pidió primero a la oficina local de ICE (ERO Newark)? ¿Qué le contestaron?"])
    assert got.request_copy is False


# ---------------------------------------------------------------- outcomes told in more ways

@pytest.mark.parametrize("body,lang,outcome", [
    ("We asked the ICE office in Honolulu for a stay and deferred action. ICE gave her the stay for 180 days "
     "but they said no to the deferred action.", "en", "partial"),
    ("La oficina de ICE de Nueva Orleans nos contestó: le dieron el stay pero no lo soltaron.", "es", "partial"),
    ("ERO New Orleans grants a stay of removal for 90 days. The request for release from ICE custody is denied.",
     "en", "partial"),
    ("We asked the ICE office in Detroit to give him a stay. They said no in a letter on October 8.", "en", "denied"),
])
def test_a_grant_told_as_giving_beside_a_denial_is_partial(body, lang, outcome):
    assert local(body, lang).outcome == outcome


@pytest.mark.parametrize("body,lang,when", [
    ("In August I wrote to the ICE office in Dallas. On September 10 they wrote back no.", "en", date(2026, 9, 10)),
    ("Mandé una solicitud a la oficina de ICE en Newark. Me respondieron el 10 de enero de 2023 que no.", "es",
     date(2023, 1, 10)),
    ("On August 26, 2026 we asked ERO Denver for the same thing. ERO answered on September 30, 2026 that the "
     "request concerned proceedings before the court and should go to the Office of the Principal Legal Advisor.",
     "en", date(2026, 9, 30)),
])
def test_a_no_told_with_its_date_between_or_as_a_referral_is_a_denial(body, lang, when):
    from datetime import datetime
    m = msg(body)
    m.date = datetime(2026, 11, 20)
    got = find_local(sentences(m, lang), m, lang)[0]
    assert (got.outcome, got.response_date) == ("denied", when)


@pytest.mark.parametrize("body,lang,outcome", [
    ("En 2023 le pedimos a la oficina de ICE en Phoenix y le contestaron que no el 15/03/2023. Volvimos a pedir: "
     "el 08/09/2026 mandamos otra solicitud a Phoenix. Ya pasaron 60 días y nadie nos ha contestado nada.",
     "es", "no_response"),
    ("ERO Houston denied our request in 2023. We asked again in September 2026 and it is still pending.",
     "en", "pending"),
    ("We asked the ICE office in Chicago for a stay on October 21. We did not get any answer yet.", "en",
     "no_response"),
    ("ERO Houston denied our request in 2023 and again in 2026.", "en", "denied"),
])
def test_a_new_request_after_an_answer_is_the_one_whose_state_counts(body, lang, outcome):
    assert local(body, lang).outcome == outcome


def test_a_date_telling_another_event_is_no_answer_date():
    from datetime import datetime
    m = msg("Pasó algo nuevo después de que la oficina de El Paso dijo que no: el 28/10/2026 USCIS aprobó la "
            "petición I-130.")
    m.date = datetime(2026, 11, 12)
    got = find_local(sentences(m, "es"), m, "es")[0]
    assert (got.outcome, got.response_date, got.facts_changed) == ("denied", None, True)


def test_the_writers_own_letter_takes_the_attached_answers_date():
    from datetime import datetime
    mine = "Date: October 11, 2026\nTo the SRO\nI explained this in my request to the Seattle office, but they denied it."
    answer = ("U.S. Department of Homeland Security\nERO Seattle Field Office\nDate: October 6, 2026\n"
              "ERO Seattle has reviewed your request for a stay of removal. The request is denied.")
    m = msg("Please see my letter and ICE's decision.", attachments=[_letter("my letter.pdf", mine),
                                                                       _letter("ICE decision.pdf", answer)])
    m.date = datetime(2026, 11, 1)
    assert find_local(sentences(m, "en"), m, "en")[0].response_date == date(2026, 10, 6)

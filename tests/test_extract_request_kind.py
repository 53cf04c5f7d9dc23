"""Machine-made mail and mail that is no request at all."""
import pytest

from triage.extract.kind import auto_generated
from triage.extract.request import extract_request
from triage.records import ParsedMessage


def msg(body="", headers=None, from_addr="w@example.org", subject=""):
    return ParsedMessage("sha", None, subject, None, from_addr, [], [], [], None, None, [],
                         headers or {}, body, "", [], [])


@pytest.mark.parametrize("headers,from_addr", [
    ({"auto-submitted": ["auto-replied"]}, "w@example.org"),
    ({"precedence": ["bulk"]}, "w@example.org"),
    ({"precedence": ["list"]}, "w@example.org"),
    ({"list-id": ["<news.example.org>"]}, "w@example.org"),
    ({"x-autoreply": ["yes"]}, "w@example.org"),
    ({"return-path": ["<>"]}, "w@example.org"),
    ({"content-type": ["multipart/report; report-type=delivery-status"]}, "w@example.org"),
    ({}, "mailer-daemon@example.org"),
    ({}, "postmaster@example.com"),
])
def test_machine_made_mail_is_auto_generated(headers, from_addr):
    assert auto_generated(msg(headers=headers, from_addr=from_addr))


@pytest.mark.parametrize("headers,from_addr", [
    ({"auto-submitted": ["no"]}, "w@example.org"),
    ({"precedence": ["first-class"]}, "w@example.org"),
    ({}, None),
    ({"return-path": ["<w@example.org>"]}, "w@example.org"),
])
def test_person_written_mail_is_not_auto_generated(headers, from_addr):
    assert auto_generated(msg(headers=headers, from_addr=from_addr)) is None


@pytest.mark.parametrize("body,lang", [
    ("Get 50% off our immigration case software! Click here to unsubscribe.", "en"),
    ("How long does the case review process take? Thanks.", "en"),
    ("Join our webinar on immigration law next Tuesday.", "en"),
    ("¿Cómo puedo pedir una revisión de caso? Gracias.", "es"),
    ("Aproveche nuestra oferta: 30% de descuento en traducciones.", "es"),
])
def test_advertising_and_general_questions_are_not_requests(body, lang):
    assert extract_request(msg(body), lang)[1].not_a_request


@pytest.mark.parametrize("body,lang", [
    ("Please help my husband he is detained", "en"),
    ("How can I get my husband released? He is in ICE custody.", "en"),
    ("My A-number is A123456789, what is the status of my case?", "en"),
    ("Ayuda por favor, mi hijo está detenido.", "es"),
    ("¿Cómo puedo sacar a mi esposo del centro de detención?", "es"),
    ("", "en"),
])
def test_thin_real_requests_are_requests(body, lang):
    assert not extract_request(msg(body), lang)[1].not_a_request


@pytest.mark.parametrize("body,lang", [
    ("Seminar: release and stay requests for detained clients. Register now, early-bird rate ends Friday. "
     "Unsubscribe here.", "en"),
    ("Taller sobre deportación y fianzas. Inscríbase hoy. Para darse de baja haga clic aquí. "
     "Cancelar suscripción.", "es"),
    ("Hello, where do I send a FOIA request for my wife's immigration records?", "en"),
    ("I need copies of my son's A-file for his new attorney, who handles that?", "en"),
])
def test_marketing_with_case_words_and_records_requests_are_not_requests(body, lang):
    assert extract_request(msg(body), lang)[1].not_a_request


@pytest.mark.parametrize("body,lang", [
    ("We filed a FOIA for his file; meanwhile please release my husband, he is detained at Krome.", "en"),
    ("Unsubscribe me from nothing: my brother A# 212-334-556 is detained, please release him. "
     "Register now is what the webinar said.", "en"),
])
def test_real_requests_that_mention_records_or_ads_stay_requests(body, lang):
    assert not extract_request(msg(body), lang)[1].not_a_request


@pytest.mark.parametrize("body,lang", [
    ("I need a copy of my immigration file. Is this where I send the FOIA request? My A number is "
     "A 204 339 871.", "en"),
    ("I filed my I-485 with USCIS last year and still have no interview. Can you tell me the status "
     "of my application? A 219-884-102.", "en"),
    ("I'm a reporter with the Ledger. How many case review requests were granted this year?", "en"),
    ("Solo queria darles las gracias. Mi esposo ya esta en la casa, lo soltaron de Aurora.", "es"),
    ("Quisiera saber como funciona. Es para una amiga con orden de deportacion, pero no se si ella va "
     "a querer pedir algo.", "es"),
    ("Certified translations, 20% off this month, 48-hour turnaround for detained cases. "
     "Call for a free quote.", "en"),
])
def test_other_business_is_not_a_request_even_beside_an_a_number_or_a_case_word(body, lang):
    assert extract_request(msg(body), lang)[1].not_a_request


@pytest.mark.parametrize("body,lang", [
    ("My A-number is A 204 339 871. I filed a FOIA last year; please stop my deportation.", "en"),
    ("Thank you for your help. My husband is detained at Krome, please release him.", "en"),
])
def test_a_request_beside_other_business_stays_a_request(body, lang):
    assert not extract_request(msg(body), lang)[1].not_a_request


@pytest.mark.parametrize("body,lang", [
    ("Quisiera saber qué documentos se necesitan para pedir una revisión de caso. Todavía no tengo ningún "
     "caso, es nada más para saber.", "es"),
    ("I got a speeding ticket in Fairfax County and my court date is November 9. Can I get it moved?", "en"),
    ("Your mailbox has exceeded its storage quota. Verify your account now to keep receiving mail.", "en"),
    ("Government review teams using DocuFlow AI cut their case backlog by 60%. Our platform pulls out names, "
     "A-numbers and dates. Do you have 15 minutes next week for a demo?", "en"),
    ("Hi sweetie, just checking who is bringing what for Thanksgiving. Can you and Mike bring two pies, "
     "pumpkin and pecan? Dinner at 3, come whenever.", "en"),
])
def test_questions_for_others_phishing_pitches_and_misdirected_mail_are_not_requests(body, lang):
    assert extract_request(msg(body), lang)[1].not_a_request


def test_a_reply_in_a_thread_is_never_judged_by_the_absence_of_case_words():
    m = msg("Sorry, one correction to what I sent: his birthday is the fifth of April, not the fourth. "
            "Everything else in my letter stays the same. Thank you.")
    m.in_reply_to = "<first@example.org>"
    assert not extract_request(m, "en")[1].not_a_request


@pytest.mark.parametrize("body,lang", [
    ("I lead a small congregation and families asked about prosecutorial discretion. Could your office send "
     "someone to explain the case review process, or do you have flyers? We are not writing about any "
     "particular case.", "en"),
    ("Quisiéramos saber si alguien de su oficina podría venir a dar una plática informativa sobre la revisión "
     "de casos, o si tienen folletos.", "es"),
])
def test_outreach_invitations_are_not_requests(body, lang):
    assert extract_request(msg(body), lang)[1].not_a_request


def test_asking_what_it_costs_before_any_trouble_is_not_a_request():
    body = ("Quería saber cuánto cuesta pedir la revisión de caso y si necesito abogado. Todavía no tengo ningún "
            "problema con inmigración, solo quiero informarme por si algún día lo necesito.")
    assert extract_request(msg(body), "es")[1].not_a_request

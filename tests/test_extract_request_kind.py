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


def _weak_and_firm(body, lang, subject=""):
    """What extract_request itself hands to not_a_request, as (asked, firm)."""
    from triage.extract import kind
    seen = {}
    real = kind.not_a_request

    def spy(sents, asked, bare=False, firm=None, **rest):
        seen.update(asked=asked, firm=firm)
        return real(sents, asked, bare, firm, **rest)
    kind.not_a_request = spy
    try:
        result = extract_request(msg(body, subject=subject), lang)[1].not_a_request
    finally:
        kind.not_a_request = real
    return result, seen


@pytest.mark.parametrize("subject,body,lang", [
    ("FOIA Request – ICE records – PEREZ, Ana (A 220-845-316)",
     "Pursuant to the Freedom of Information Act, we request copies of all records relating to our client "
     "Ana Perez, A 220-845-316, including her detention history.", "en"),
    ("", "FREEDOM OF INFORMATION ACT REQUEST\n\nPlease process this records request for Mr. Tran, A# 204-339-871, "
     "detained at Krome in 2023. We agree to pay fees up to $25.", "en"),
    ("", "Presentamos una solicitud FOIA. Solicitamos copias de todos los registros de nuestro cliente, "
     "A 203-118-946, detenido en Otay Mesa en 2024.", "es"),
])
def test_a_records_request_said_as_the_purpose_outweighs_a_mentioned_detention_and_an_a_number(subject, body, lang):
    assert _weak_and_firm(body, lang, subject)[0]


@pytest.mark.parametrize("body,lang", [
    ("We filed a FOIA request last year. My husband A 220-845-316 is detained at Krome.", "en"),
    ("Ya mandamos una solicitud FOIA. Mi esposo, A 203-118-946, esta detenido en Otay Mesa.", "es"),
])
def test_a_records_request_mentioned_in_passing_leaves_a_detention_a_request(body, lang):
    assert not _weak_and_firm(body, lang)[0]


@pytest.mark.parametrize("body,lang", [
    ("We would like to invite a spokesperson of your office to a live radio interview about the case review "
     "process. Many of our listeners have relatives detained in Texas.", "en"),
    ("I'm a reporter with the Valley Ledger working on a story about people detained at Port Isabel. "
     "Could I get a comment for our article by Friday?", "en"),
    ("Le escribimos del programa Migrantes al Dia. Quisieramos invitar a un vocero de su oficina a una "
     "entrevista en vivo; nuestros radioescuchas tienen familiares detenidos.", "es"),
    ("Soy periodista de La Opinion y preparo un reportaje sobre las personas detenidas en Adelanto. "
     "Quisiera un comentario para la nota.", "es"),
])
def test_press_and_interview_invitations_are_not_requests_though_they_speak_of_detention(body, lang):
    assert _weak_and_firm(body, lang)[0]


@pytest.mark.parametrize("body,lang", [
    ("I'm a reporter, but I write as a sister: my brother A 220-845-316 is detained at Krome. "
     "Please release him, he is sick.", "en"),
    ("Soy periodista pero le escribo por mi esposo, detenido en Otay Mesa. Por favor pidan su liberacion.", "es"),
    ("I'm a journalist and my husband is detained at Krome. Please help us.", "en"),
    ("Soy periodista y a mi hermano lo detuvieron ayer en Houston, ayudenos por favor.", "es"),
])
def test_a_journalist_asking_release_for_a_relative_is_a_request(body, lang):
    assert not _weak_and_firm(body, lang)[0]


@pytest.mark.parametrize("body,lang", [
    ("My name is Rosa Diaz, A# 249-003-316. My hearing at the immigration court is on December 3. How do I change "
     "my address with the court? I don't need anything from ICE, I only want to know where to send the form.", "en"),
    ("Mi numero A es 221-870-063 y tengo audiencia con el juez en enero. Solo quiero saber a donde mando el "
     "cambio de domicilio, no necesito nada de ICE.", "es"),
    ("We are not asking for anything: our client A 203-118-946 was detained last year and is home now. "
     "Where does the court want the new address?", "en"),
])
def test_saying_this_office_is_asked_nothing_outweighs_a_case_mention(body, lang):
    assert _weak_and_firm(body, lang)[0]


@pytest.mark.parametrize("body,lang", [
    ("I coordinate a bar association referral service. Families of people detained in Tacoma call us. Could you "
     "tell us whether requests must come from an attorney, whether there is a fee, and how long a review usually "
     "takes? A handout for our referral packet would help.", "en"),
    ("Our callers have relatives detained at the processing center. How long does the case review take, and can "
     "family members write directly? Do you have a brochure?", "en"),
    ("Muchas familias con parientes detenidos nos preguntan si tienen que ir primero a la oficina local o si "
     "pueden escribir directamente, y cuanto tiempo tarda una respuesta. Nos podrian explicar el proceso?", "es"),
])
def test_process_questions_with_no_one_s_case_are_not_requests(body, lang):
    assert _weak_and_firm(body, lang)[0]


@pytest.mark.parametrize("body,lang", [
    ("My husband is detained at Tacoma. How long does a review usually take?", "en"),
    ("He was detained last week in Tacoma. How long does the case review take?", "en"),
    ("Mi hijo esta detenido en Otay Mesa. Cuanto tiempo tarda la revision?", "es"),
    ("A 220-845-316 is detained at Krome. Is there a fee for the review?", "en"),
])
def test_a_process_question_about_one_detained_person_is_a_request(body, lang):
    assert not _weak_and_firm(body, lang)[0]


@pytest.mark.parametrize("subject,body,lang", [
    ("Arreglamos tu situacion migratoria! Consulta GRATIS",
     "Hola amigo inmigrante! Tu familiar esta detenido? Te ayudamos. Mas de 20 anos sirviendo a la comunidad. "
     "Llamanos al (956) 555-0111 o visitanos en McAllen. No esperes a que sea tarde!", "es"),
    ("Facing deportation? Free consultation",
     "Is your loved one detained? We help families. Over 15 years serving the community. "
     "Call us today at (713) 555-0188, payment plans available. Don't wait!", "en"),
])
def test_a_service_advert_without_bulk_headers_is_not_a_request(subject, body, lang):
    assert _weak_and_firm(body, lang, subject)[0]


@pytest.mark.parametrize("body,lang", [
    ("My husband A 220-845-316 is detained at Krome. The notario said call us today and we help you, "
     "free consultation, but we want ICE to look at it.", "en"),
    ("Mi esposo esta detenido en Otay Mesa. Un notario me dijo llamanos, consulta gratis, pero le escribo a ustedes.", "es"),
])
def test_a_detained_person_s_family_quoting_an_advert_is_a_request(body, lang):
    result, seen = _weak_and_firm(body, lang)
    assert seen["asked"] and not result


@pytest.mark.parametrize("body,lang", [
    ("Dear Hiring Manager, I am writing to apply for the Case Review Program Analyst position. As a paralegal I "
     "prepared bond packets and stay of removal requests for detained clients. My resume is attached.", "en"),
    ("Estimado comite: quisiera postularme para el puesto de asistente legal. Prepare solicitudes de fianza y de "
     "suspension de deportacion. Adjunto mi curriculum.", "es"),
])
def test_a_job_application_is_not_a_request_though_it_lists_relief(body, lang):
    assert _weak_and_firm(body, lang)[0]


@pytest.mark.parametrize("body,lang", [
    ("My husband applied for a job at the port; his resume shows ten years of work. Please grant him a stay of "
     "removal, he is detained.", "en"),
    ("Thank you for your consideration. Please release my brother, A 220-845-316, on bond.", "en"),
])
def test_one_job_word_beside_a_relief_asked_leaves_a_request(body, lang):
    assert not _weak_and_firm(body, lang)[0]


@pytest.mark.parametrize("body,lang", [
    ("Hace siete meses mande mi solicitud de permiso de trabajo (I-765) y no me llega. Mi numero A es 221-870-063. "
     "Me pueden decir a donde llamar?", "es"),
    ("Tengo una pregunta sobre mi permiso de trabajo, mi numero A es 221-870-063.", "es"),
    ("My application for a work permit has been pending for a year. A 221-870-063. Who can I call?", "en"),
])
def test_a_question_about_one_s_own_uscis_application_is_not_a_request(body, lang):
    assert _weak_and_firm(body, lang)[0]


@pytest.mark.parametrize("body,lang", [
    ("Su solicitud de residencia esta pendiente y mi esposo esta detenido en Otay Mesa, por favor ayudenlo.", "es"),
    ("His green card application is pending. My husband A 221-870-063 is detained, please help him.", "en"),
])
def test_a_relative_s_pending_application_beside_a_detention_stays_a_request(body, lang):
    assert not _weak_and_firm(body, lang)[0]


@pytest.mark.parametrize("body,lang", [
    ("Les escribo para quejarme de como trataron a mi mama, A-209-337-415, en su cita en la oficina. "
     "No les estoy pidiendo nada para su caso; su abogada ya se encarga.", "es"),
    ("Mi hermano esta detenido en Otay Mesa. No le pido nada a ICE, solo queria contarles lo que paso.", "es"),
    ("My father A 220-845-316 was detained last year. I'm not asking you for anything, his lawyer handles it; "
     "I only want someone to know how the guards spoke to him.", "en"),
    ("We're not requesting anything for her case. She is detained at Krome and her attorney is on it.", "en"),
    ("No estamos pidiendo nada. Mi esposo esta detenido y su abogado ya presento todo.", "es"),
])
def test_saying_nothing_is_asked_in_any_tense_or_person_outweighs_a_case_mention(body, lang):
    assert _weak_and_firm(body, lang)[0]


@pytest.mark.parametrize("body,lang", [
    ("No les pido nada mas que una oportunidad para mi hijo, que esta detenido en Otay Mesa.", "es"),
    ("No les pido nada, solo que revisen su caso. Mi hijo esta detenido.", "es"),
    ("No pido nada para mi. Mi hijo esta detenido en Otay Mesa, ayudenlo.", "es"),
    ("I am not asking for anything but a chance for my husband, he is detained at Krome.", "en"),
    ("We are not asking for anything unusual: my brother is detained, just look at his case.", "en"),
])
def test_a_nothing_asked_that_goes_on_to_ask_leaves_a_request(body, lang):
    assert not _weak_and_firm(body, lang)[0]


@pytest.mark.parametrize("body,lang", [
    ("Our prayer circle meets every Wednesday and we keep you in our prayers. Lord, give rest to the families "
     "who wait, and wisdom to those who read their letters. Amen.", "en"),
    ("Queridos amigos de ICE: nuestro grupo de oracion se reune cada domingo. Oramos por las familias que "
     "esperan y por ustedes que leen sus cartas. Dios los bendiga. Amen.", "es"),
    ("Dear friends at ICE, every evening we pray for you and for the men and women far from home. "
     "God bless you all in your hard work this season.", "en"),
])
def test_a_prayer_for_the_office_naming_no_case_is_not_a_request(body, lang):
    assert extract_request(msg(body), lang)[1].not_a_request


@pytest.mark.parametrize("body,lang", [
    ("We pray every day. My husband is detained at Jena, please help him. God bless you. Amen.", "en"),
    ("Oramos por ustedes. Mi hijo esta detenido en Otay Mesa, ayudenlo por favor. Dios los bendiga.", "es"),
    ("Lord, hear us: he is detained in Jena since May, please let him come home. Amen.", "en"),
])
def test_a_prayer_around_a_detained_person_s_plea_is_a_request(body, lang):
    assert not extract_request(msg(body), lang)[1].not_a_request


@pytest.mark.parametrize("body,lang", [
    ("Dear friends at ICE, our family reunion last weekend was lovely; grandma turned ninety and all the "
     "cousins came from three states to eat and sing with her until late.", "en"),
    ("Estimados senores de ICE: les mando las fotos de la boda de mi prima, salieron muy bonitas y todos "
     "bailamos hasta la madrugada en el salon del pueblo.", "es"),
])
def test_a_greeting_to_ice_is_no_word_of_its_business(body, lang):
    assert extract_request(msg(body), lang)[1].not_a_request


@pytest.mark.parametrize("body,lang", [
    ("Tengo una pregunta antes de mandar nada. En marzo de 2023 la oficina local me contesto que no a una "
     "peticion de revision. Cuanto tiempo tardan ustedes en contestar? No les mando mis datos todavia.", "es"),
    ("Before I send anything: ERO denied my request in March 2023. Does that count for the window, and how long "
     "does it usually take you to respond?", "en"),
    ("How long until people get an answer once the local office has reviewed the request? We're not sending our "
     "information yet.", "en"),
])
def test_a_question_before_asking_anything_is_not_a_request(body, lang):
    assert _weak_and_firm(body, lang)[0]


@pytest.mark.parametrize("body,lang", [
    ("Before I send anything else: my husband A 220-845-316 is detained at Krome. How long does it take you to "
     "respond?", "en"),
    ("Mi hijo esta detenido en Otay Mesa. Cuanto tiempo tardan ustedes en contestar?", "es"),
])
def test_a_response_time_question_about_one_detained_person_is_a_request(body, lang):
    assert not _weak_and_firm(body, lang)[0]


@pytest.mark.parametrize("body,lang", [
    ("Certified translations for your SRO packet: flat rate of $29 per page, rush (same day) service. "
     "Get 20% off with code SRO20.", "en"),
    ("Traducciones certificadas para su expediente: tarifa fija, $25 por pagina, servicio urgente. "
     "Use el codigo ICE10.", "es"),
    ("Translations for immigration professionals. To stop receiving these messages, reply REMOVE.", "en"),
])
def test_prices_coupons_and_reply_to_remove_mark_an_advert(body, lang):
    assert extract_request(msg(body), lang)[1].not_a_request


def _invite_msg(body, content_type="text/calendar; method=REQUEST", filename="invite.ics"):
    from triage.records import Attachment
    m = msg(body, subject="Invitation: Quarterly stakeholder call")
    m.attachments = [Attachment(0, filename, content_type, "text", 10, "x", "read", pages=[])]
    return m


@pytest.mark.parametrize("content_type,filename", [
    ("text/calendar; charset=UTF-8; method=REQUEST", None),
    ("application/ics", "invite.ics"),
    ("application/octet-stream", "meeting.ics"),
])
def test_a_calendar_event_is_seen_by_its_type_or_file_name(content_type, filename):
    from triage.extract.kind import calendar_invitation
    assert calendar_invitation(_invite_msg("x", content_type, filename))
    assert not calendar_invitation(_invite_msg("x", "application/pdf", "letter.pdf"))


@pytest.mark.parametrize("body,lang", [
    ("You have been invited to the following event. Stakeholder call about the ICE Case Review process. "
     "Dial-in: (312) 555-0107, PIN 448 213 907#. Going? Yes - Maybe - No", "en"),
    ("Has sido invitado al siguiente evento: reunion sobre la revision de casos de ICE. "
     "ID de reunion: 812 334 905, codigo de acceso 221 870 063.", "es"),
    ("Join Zoom Meeting about detained clients' access to counsel. Meeting ID: 845 316 220 Passcode: 551 203 118", "en"),
])
def test_a_calendar_invitation_naming_no_case_is_not_a_request(body, lang):
    assert extract_request(_invite_msg(body), lang)[1].not_a_request
    assert extract_request(msg(body), lang)[1].not_a_request  # said in words, no .ics read


@pytest.mark.parametrize("body,lang", [
    ("Meeting to discuss my client A 220-845-316, detained at Krome. PIN 448 213 907.", "en"),
    ("Reunion sobre mi esposo, detenido en Otay Mesa. Codigo de acceso 221 870 063.", "es"),
])
def test_a_calendar_invitation_about_one_person_s_case_is_a_request(body, lang):
    assert not extract_request(_invite_msg(body), lang)[1].not_a_request

"""Who writes, and whether a G-28 or I-60-001 is provided."""
import pytest

from triage.extract.request import sentences
from triage.extract.role import find_authorization, find_role
from triage.records import Attachment, ParsedMessage


def msg(body, from_name=None, attachments=()):
    return ParsedMessage("sha", None, "", from_name, "w@example.org", [], [], [], None, None, [], {},
                         body, "", [], list(attachments))


def role(body, lang="en", **kw):
    m = msg(body, **kw)
    return find_role(sentences(m, lang), m)[0]


def forms(body, lang="en", **kw):
    m = msg(body, **kw)
    return find_authorization(sentences(m, lang), m)[0]


@pytest.mark.parametrize("body,lang,expected", [
    ("I am his attorney. He is detained.", "en", "attorney"),
    ("My client, Mr. Doe, is detained.\n\nSincerely,\nJane Roe, Esq.", "en", "attorney"),
    ("Our law office represents Ms. Doe.", "en", "attorney"),
    ("Soy abogada y represento al señor Pérez.", "es", "attorney"),
    ("Mi cliente está detenido en Port Isabel.", "es", "attorney"),
    ("I am a DOJ-accredited representative. My client is detained.", "en", "representative"),
    ("I write on behalf of the Good Shepherd Church immigrant ministry.", "en", "representative"),
    ("Soy representante acreditada de una organización comunitaria.", "es", "representative"),
    ("My husband is detained at Otero.", "en", "family"),
    ("I am his wife and I ask for his release.", "en", "family"),
    ("Mi esposo está detenido. Le pido que lo liberen.", "es", "family"),
    ("Soy la madre de Juan, él está detenido.", "es", "family"),
    ("I am his neighbor and he is detained.", "en", "other"),
    ("I am his employer; he is a great worker and ICE detained him.", "en", "other"),
    ("Soy su vecina, él está detenido.", "es", "other"),
    ("My A-number is A123456789. I am detained and my husband is a US citizen.", "en", "self"),
    ("Please do not deport me.", "en", "self"),
    ("Estoy detenido y mi esposa está enferma.", "es", "self"),
])
def test_the_writers_role(body, lang, expected):
    assert role(body, lang) == expected


def test_a_relative_mentioning_his_attorney_is_family():
    assert role("My husband is detained. His attorney filed a motion last year.") == "family"


def test_from_name_with_esq_is_an_attorney():
    assert role("Please review the attached request.", from_name="Jane Roe, Esq.") == "attorney"


@pytest.mark.parametrize("body,lang,expected", [
    ("A G-28 is attached.", "en", ["G-28"]),
    ("Enclosed is the signed Form I-60-001.", "en", ["I-60-001"]),
    ("The Privacy Waiver Authorizing Disclosure to a Third Party is attached.", "en", ["I-60-001"]),
    ("A G-28 is already on file with the Houston field office.", "en", ["G-28"]),
    ("Adjunto el G-28 firmado.", "es", ["G-28"]),
    ("Adjunto el formulario I-60-001 y el G-28.", "es", ["G-28", "I-60-001"]),
    ("A G-28 is not attached; we will send it later.", "en", []),
    ("We do not have a G-28 yet.", "en", []),
    ("Le enviaré el G-28 la próxima semana.", "es", []),
    ("Falta el formulario 60-001.", "es", []),
])
def test_forms_said_provided(body, lang, expected):
    assert forms(body, lang) == expected


def test_forms_known_by_attachment_name_or_title():
    g28 = Attachment(0, "G28_signed.pdf", "application/pdf", "pdf", 1, "x", "read", pages=["..."])
    waiver = Attachment(1, "scan.pdf", "application/pdf", "pdf", 1, "y", "read",
                        pages=["ICE Form 60-001 Privacy Waiver Authorizing Disclosure to a Third Party"])
    assert forms("See attachments.", attachments=[g28, waiver]) == ["G-28", "I-60-001"]


@pytest.mark.parametrize("body,lang", [
    ("This firm represents Mr. Doe.\n\nJohn Roe\nRoe & Park LLP", "en"),
    ("Represento a la Sra. Doe.", "es"),
    ("Me dirijo a usted en representación del Sr. Doe.", "es"),
    ("Please review.\n\nMark Roe, Attorney | Roe Group | 555-0100", "en"),
])
def test_firms_and_signatures_make_an_attorney(body, lang):
    assert role(body, lang) == "attorney"


def test_a_writer_providing_a_g28_is_an_attorney_when_nothing_else_shows():
    m = msg("A signed G-28 is attached. Please release Ms. Doe.")
    sents = sentences(m, "en")
    assert find_role(sents, m, find_authorization(sents, m)[0])[0] == "attorney"


def test_forwarded_self_words_do_not_hide_the_relative_writing():
    m = ParsedMessage("sha", None, "", None, "w@example.org", [], [], [], None, None, [], {},
                      "I am forwarding my mother's request below.\n\nAna Doe (daughter)", "",
                      ["My A number is A 012-345-678. I was born in Ghana."], [])
    assert find_role(sentences(m, "en"), m)[0] == "family"


def test_said_no_by_a_self_writer_with_a_sick_wife_is_self():
    body = "my a number is A012345678 i need a stay please help me my wife is sick"
    assert role(body) == "self"


@pytest.mark.parametrize("body,lang,expected", [
    ("I write for my nephew Omar. He in Adelanto since May.", "en", "family"),
    ("Good morning, writing about my stepdaughter Lina.", "en", "family"),
    ("Le escribo por mi cuñado Mateo, no habla bien español.", "es", "family"),
    ("A mi hijo lo tienen en el corralón desde julio.", "es", "family"),
    ("A mi papá lo agarraron en la calle la semana pasada.", "es", "family"),
    ("I am a second-year law student in the Asylum Clinic, under the supervision of Prof. Reyes, Esq.",
     "en", "representative"),
    ("Student Attorney, Border Rights Clinic", "en", "representative"),
    ("Soy estudiante de derecho en la clínica jurídica de la universidad.", "es", "representative"),
])
def test_relatives_written_for_and_clinic_students(body, lang, expected):
    assert role(body, lang) == expected


@pytest.mark.parametrize("body,lang,expected", [
    ("My brother is a US citizen. My A-number is A123456789 and I am detained.", "en", "self"),
    ("I went to a legal clinic once but I am a partner at Ruiz Law Firm LLP and represent him.", "en", "attorney"),
])
def test_self_and_attorneys_are_not_taken_for_relatives_or_students(body, lang, expected):
    assert role(body, lang) == expected


@pytest.mark.parametrize("filename,expected", [
    ("ICE denial Aug 28.pdf", []),
    ("respuesta ERO 28 ago.pdf", []),
    ("letter_aug28_2026.pdf", []),
    ("G-28 Ramirez.pdf", ["G-28"]),
    ("signed_g28.pdf", ["G-28"]),
    ("I-60-001 Ramirez.pdf", ["I-60-001"]),
])
def test_form_file_names_are_not_dates(filename, expected):
    att = Attachment(0, filename, "application/pdf", "pdf", 1, "x", "read", pages=["..."])
    assert forms("Papers attached.", attachments=[att]) == expected


@pytest.mark.parametrize("body,lang", [
    ("I own Ferreira Orchards and have employed Mr. Sandhu since 2017. He is detained.", "en"),
    ("ICE detainer - our employee Gurpreet Singh Sandhu is in the county jail.", "en"),
    ("I teach second grade. I am writing about the father of one of my students, who may be detained.", "en"),
    ("I am a licensed clinical social worker. Ms. Hotak is detained at Delaney Hall.", "en"),
    ("I am a volunteer visitor and a friend of Mr. Diallo, who is held at Moshannon.", "en"),
    ("The Consulate General of Honduras respectfully writes regarding Mr. Banegas, who is detained.\n\n"
     "Lic. Karla Zelaya\nConsular Protection Officer", "en"),
])
def test_third_parties_who_are_neither_family_nor_lawyers_are_other(body, lang):
    assert role(body, lang) == "other"


def test_a_relative_naming_the_familys_lawyer_with_esq_is_family():
    body = ("I am writing on behalf of my husband, Youssef Benali. Our attorney in his court case was "
            "Daniel Okafor, Esq., but he does not handle this request.")
    assert role(body) == "family"


def test_a_certified_law_student_signing_is_a_representative():
    assert role("We ask for deferred action for our client.\n\nPriya Raman, Certified Law Student "
                "(Rule 9 Intern)\nImmigration Law Clinic") == "representative"


def test_a_form_handed_to_the_officer_is_provided():
    body = "Ese mismo dia le entregamos al oficial el formulario I-60-001 que firmo David."
    assert forms(body, "es") == ["I-60-001"]


@pytest.mark.parametrize("body,lang,expected", [
    ("Office of Congresswoman Jane Doe. Our office received a request from a constituent regarding her "
     "husband, who is detained.", "en", "other"),
    ("Soy voluntaria de la iglesia y escribo por el señor Lopez que está detenido.", "es", "other"),
    ("I am Mr. Okafor's fiancée. He is detained at Stewart.", "en", "family"),
])
def test_congressional_offices_volunteers_and_a_fiancee_saying_so(body, lang, expected):
    assert role(body, lang) == expected


def test_a_signature_with_a_law_pc_is_an_attorney():
    assert role("Ask: release on OSUP/ATD.\n\nR. Okafor\nOkafor Immigration Law, PC\n213-555-0117") == "attorney"


def test_a_friend_who_coaches_at_our_church_is_other_not_the_church_writing():
    assert role("I am writing for my friend Dawit. He coaches the kids' soccer team at our church.") == "other"


def test_a_detention_monitor_is_other_and_a_familys_new_lawyer_does_not_make_an_attorney():
    assert role("I am a detention monitor with a human rights organization. Mr. Diallo is detained.") == "other"
    assert role("Mi esposo está detenido. Ahora tenemos una abogada nueva, la Lic. Patricia Ocampo.", "es") == "family"


@pytest.mark.parametrize("body,expected", [
    ("Your name: Ana Ruiz\nRelationship to the person: Self\nFull name of the person: Ana Ruiz", "self"),
    ("Relationship: Sister\nFull name: Amina Warsame", "family"),
])
def test_a_web_forms_relationship_answer_is_the_role(body, expected):
    assert role(body) == expected


def test_a_law_offices_noreply_form_says_nothing_of_who_filled_it_in():
    assert role("A new form submission was received. I need help for my friend.",
                from_name="Riverbend Legal Web Form") != "attorney"


@pytest.mark.parametrize("body", ["Our church has been praying for him.", "Our church runs a food pantry."])
def test_a_church_named_as_a_place_is_not_the_church_writing(body):
    assert role(body) != "representative"


def test_an_na_answer_is_no_form():
    assert forms("G-28 or I-60-001 attached: N/A") == []


def test_your_relationship_to_the_detained_person_is_the_role():
    assert role("Your relationship to the detained person: Friend (co-worker)\nDetained person's name: M. Kaya") == "other"


@pytest.mark.parametrize("body,lang,expected", [
    ("I am Rosemène St. Fleur, grand mother of Wilner Jean St. Fleur.", "en", "family"),
    ("Soy Ramiro Castillo, el padrastro de Yessenia.", "es", "family"),
    ("Mi nombre es Dolores Xol y soy la madrina de bautizo de Ana Lucía.", "es", "other"),
])
def test_kin_of_said_after_the_writers_name(body, lang, expected):
    assert role(body, lang) == expected


@pytest.mark.parametrize("body", [
    "I'm a business representative with Hotel & Food Workers Local 55. I am writing about our member Zaw Min Oo.",
    "Please don't deport my roommate. I am writing for my roommate Tariq, we share an apartment.",
    "I am a licensed clinical social worker. I am writing about my client Pádraig Ó Briain, who is detained.",
])
def test_union_representatives_roommates_and_social_workers_with_clients_are_other(body):
    assert role(body) == "other"


@pytest.mark.parametrize("body,lang,expected", [
    ("My husband is Wong Ka Fai, english name Kevin Wong. He born 1988 july 5 in Hong Kong.", "en", "family"),
    ("I am mother of Volkov Artem Sergeevich, born 29.01.1999 in Rostov-on-Don, Russia.", "en", "family"),
    ("salam sir\nthis is about my cousin brother. he is Rohingya, born in Burma.", "en", "family"),
    ("my sis Nadège is in the broward transitional center since aug 12.\nGuerline (her big sister)", "en", "family"),
    ("meu nome é jessica sou esposa do wellington, ele ta preso pela imigração", "pt", "family"),
    ("Je suis Ousmane Faye, l'oncle de Cheikh Tidiane Faye.", "fr", "family"),
    ("i am writing for my room partner, we are not family but he is like my brother.", "en", "other"),
])
def test_roles_told_in_plain_or_broken_words(body, lang, expected):
    assert role(body, lang) == expected


@pytest.mark.parametrize("body", [
    "jean wesner sign the paper i-60 when i visit him and i give it to the officer at new orleans office.",
])
def test_a_form_signed_and_given_to_the_officer_counts(body):
    assert forms(body) == ["I-60-001"]


def test_a_form_he_will_sign_is_not_provided():
    assert forms("he will sign the I-60 form when i visit him sunday") == []


@pytest.mark.parametrize("body,lang,expected", [
    ("My name is Jennifer, I'm 19 and I was born here in Providence. I am writing for my mom.", "en", "family"),
    ("yo soy Eliseo, sobrino del señor Fermin. le mando la forma que firmo mi tio para que me den informacion a mi.",
     "es", "family"),
    ("Mi nombre es Rosario Alcantar. Le escribo por mi vecino, todos le decimos Don Chepe.", "es", "other"),
    ("I am forwarding the answer. My brother signed the I-60-001 so you can talk to me, it is attached.", "en", "family"),
    ("Le escribimos de Servicios Múltiples La Esperanza (Notaría Pública – Llenado de Formas) de parte de "
     "nuestro cliente el señor José Argueta.", "es", "other"),
    ("No somos abogados ni representantes acreditados; ayudamos a nuestro cliente a enviar esta solicitud.", "es", "other"),
    ("I am a licensed legal intern (Rule 9) with the Immigration Clinic at Puget Sound College of Law. We represent "
     "Mr. Tursunov.", "en", "representative"),
    ("Le escribo desde la Clínica de Derecho Migratorio, donde soy estudiante-abogada certificada.", "es", "representative"),
])
def test_roles_of_relatives_neighbours_notarios_and_law_students(body, lang, expected):
    assert role(body, lang) == expected


@pytest.mark.parametrize("body,lang,expected", [
    ("My name is Jennifer. I was born and raised in Chula Vista, California. I am writing about my husband.", "en", "family"),
    ("Our friend from church, Diana Morales, who works as a paralegal, helped us write a letter. "
     "I am writing about my husband.", "en", "family"),
    ("Un notario, el licenciado Fermín Arreola, nos cobró mucho dinero. Les escribo por mi hijo Baltazar.", "es", "family"),
    ("I am writing for myself. My A-number is A 212 555 111. Then my doctor at Harborview told me I have cancer.",
     "en", "self"),
    ("I was born in Cuenca, Ecuador. The police say I need a lawyer for the family court, and I have no money.",
     "en", "self"),
])
def test_citizen_writers_other_peoples_lawyers_and_a_persons_own_doctor(body, lang, expected):
    assert role(body, lang) == expected


def test_a_cover_that_only_forwards_the_persons_own_letter_takes_the_letters_role():
    m = ParsedMessage("sha", "<t@example.org>", "Fwd: carta", None, "son@example.org", [], [], [], None, None, [], {},
                      "Hello, I am forwarding a letter from my mother. She wrote it herself.\nKevin", "",
                      ["Yo soy María Guevara. Nací en Matagalpa, Nicaragua. Mi número A es 212 333 444. "
                       "Les pido que no me deporten."], [])
    assert find_role(sentences(m, "es"), m)[0] == "self"


def test_a_relation_in_parentheses_after_the_name_is_family():
    assert role("1. Nombre completo: Wander Rafael Cuevas Liriano (es mi esposo)", "es") == "family"


@pytest.mark.parametrize("body,expected", [
    ("Authorization: G-28: will be filed with the signed original next week", []),
    ("La forma I-60-001 la dejamos en esa oficina ese mismo año.", ["I-60-001"]),
])
def test_forms_promised_or_left_at_the_office(body, expected):
    assert forms(body, "es" if "forma" in body else "en") == expected


def test_an_eoir_28_is_no_g28():
    page = ("Form EOIR-28 - Notice of Entry of Appearance as Attorney or Representative Before the Immigration Court\n"
            "I hereby enter my appearance as attorney for the above-named respondent.")
    att = Attachment(0, "EOIR-28 Zelaya.pdf", "application/pdf", "pdf", 1, "0" * 64, "read", pages=[page], method="pdfplumber")
    assert forms("Adjunto el formulario de comparecencia.", "es", attachments=[att]) == []

"""The name of the person the request is about, not the writer's or attorney's."""
import pytest

from triage.extract.identity import extract_identity
from test_extract_identity_helpers import message


def name(body, subject="", lang="en"):
    return extract_identity(message(body, subject), lang)[0]["name"]


@pytest.mark.parametrize("body,lang,value", [
    ("I write on behalf of my client, Maria Lopez, who is detained.", "en", "Maria Lopez"),
    ("My husband, José Pérez Gómez, was detained last week.", "en", "José Pérez Gómez"),
    ("Mi esposo José de la Cruz Pérez fue detenido.", "es", "José de la Cruz Pérez"),
    ("My name is Ana Maria Rodriguez and I ask for a stay.", "en", "Ana Maria Rodriguez"),
    ("Me llamo Juan Carlos Hernández y pido ayuda.", "es", "Juan Carlos Hernández"),
    ("Mi nombre es Rosa Elena Martínez.", "es", "Rosa Elena Martínez"),
    ("Name: MARIA GUADALUPE LOPEZ\nDOB: 01/02/1980", "en", "MARIA GUADALUPE LOPEZ"),
    ("Nombre completo: maría lópez garcía", "es", "maría lópez garcía"),
    ("Full name:\nCarla Beatriz Nuñez\nDOB: 1/1/1990", "en", "Carla Beatriz Nuñez"),
    ("I am writing regarding Mr. Oscar Ramirez Soto.", "en", "Oscar Ramirez Soto"),
    ("Detainee:   Pedro   Pablo Ortiz-Ramos", "en", "Pedro Pablo Ortiz-Ramos"),
    ("Solicito la liberación de mi hijo Kevin Alexander Reyes.", "es", "Kevin Alexander Reyes"),
])
def test_name_from_labels_and_phrases(body, lang, value):
    assert name(body, lang=lang) == value


def test_attorneys_own_name_is_not_the_subjects():
    body = ("My name is Jane Doe, attorney for Carlos Mendez Ruiz.\n\n"
            "Sincerely,\nJane Doe, Esq.")
    assert name(body) == "Carlos Mendez Ruiz"


def test_signature_counts_only_when_the_writer_is_the_subject():
    assert name("Please do not deport me.\n\nThank you,\nLuis Alberto Fuentes") == "Luis Alberto Fuentes"
    body = "Please release my client.\n\nSincerely,\nJane Smith"
    assert name(body) is None


def test_subject_line_reference():
    assert name("See attached.", "Re: Juan Perez, A#123456789") == "Juan Perez"
    assert name("Attached.", "Request for Stay of Removal - Juan Perez A123456789") == "Juan Perez"


def test_name_provenance_names_the_pattern():
    _, found = extract_identity(message("Mi cliente, Sra. Ana Ruiz Díaz, está detenida."), "es")
    hit = next(f for f in found if f.field == "name")
    assert (hit.value, hit.where) == ("Ana Ruiz Díaz", "body")
    assert hit.method.startswith("spacy:name.")


@pytest.mark.parametrize("body,subject,lang,value", [
    # lower case and ALL CAPS, only after "my name is" / a label
    ("hi my name is kwame osei boateng born in ghana my a number is A251447902", "", "en",
     "kwame osei boateng"),
    ("MY NAME IS MARCUS JEAN BAPTISTE AND I ASK FOR HELP", "", "en", "MARCUS JEAN BAPTISTE"),
    ("Client: LOPEZ, Maria\nA#: 123456789", "", "en", "Maria Lopez"),
    ("Beneficiary Name: Maria Elena Diaz", "", "en", "Maria Elena Diaz"),
    ("| Full legal name | Rosa Elena Diaz Ortiz |", "", "en", "Rosa Elena Diaz Ortiz"),
    ("I, Maria Lopez Garcia, ask for a stay. My A number is 123456789.", "", "en", "Maria Lopez Garcia"),
    ("I am writing about my mom Rosa Elena Diaz, who is detained.", "", "en", "Rosa Elena Diaz"),
    ("mi papá se llama José Luis Ramírez y está detenido", "", "es", "José Luis Ramírez"),
    ("We write for Mr. Nguyen Van An (DOB 04-Mar-1990).", "", "en", "Nguyen Van An"),
    ("My client Sean O'Brien Murphy is detained.", "", "en", "Sean O'Brien Murphy"),
    ("My client, Ana María de la Cruz-Santos, is detained.", "", "en", "Ana María de la Cruz-Santos"),
    ("My neighbor of ten years, Arturo Benitez Flores, was arrested.", "", "en", "Arturo Benitez Flores"),
    ("I have been retained by Declan Patrick Walsh (A 243 771 806).", "", "en", "Declan Patrick Walsh"),
    ("Je m'appelle Rosemond Théodore, né le 17 novembre 1979.", "", "fr", "Rosemond Théodore"),
    # a name cut by a wrapped line
    ("Good evening. I am writing from Lagos on behalf of my son, Babatunde\n"
     "Olumide Adebayo-Williams (Tunde), who is detained.", "", "en", "Babatunde Olumide Adebayo-Williams"),
])
def test_name_in_the_ways_people_write_it(body, subject, lang, value):
    assert name(body, subject, lang) == value


@pytest.mark.parametrize("body,subject,value", [
    # the fullest mention of the same person wins over a short one in the subject
    ("My husband, Declan Patrick Walsh, is detained.", "Release my husband Declan Walsh",
     "Declan Patrick Walsh"),
    ("Attached.\nClient name: Declan Patrick Walsh", "Case review - Declan P. Walsh, A 243 771 806",
     "Declan Patrick Walsh"),
    ("Name: Nguyen Thi Lan\nA-Number: A-253-118-460", "Case review request - NGUYEN, Thi Lan",
     "Nguyen Thi Lan"),
    # the word order most mentions use; the accents any mention has
    ("I am Yorbelis Carolina Urdaneta Finol, from Venezuela.\n\nThank you,\nYorbelis Urdaneta",
     "request ICE not deport me - Urdaneta Yorbelis", "Yorbelis Carolina Urdaneta Finol"),
    ("Soy Marta Lucía Giraldo Restrepo, nacida en Medellín.", "Revision - Marta Lucia Giraldo Restrepo",
     "Marta Lucía Giraldo Restrepo"),
])
def test_the_fullest_best_written_mention_of_the_subject(body, subject, value):
    assert name(body, subject) == value


def test_a_relative_named_in_passing_does_not_hide_a_self_writers_name():
    body = ("My name is Chiamaka Blessing Obi, citizen of Nigeria. My A number is A 203 119 560.\n"
            "My ex-husband took my daughter Adaeze from my sister's house.")
    assert name(body) == "Chiamaka Blessing Obi"
    body = "Yo soy Xiomara Elizabeth Portillo Ayala. Cuido a mi nieta mientras mi hija trabaja."
    assert name(body, lang="es") == "Xiomara Elizabeth Portillo Ayala"


@pytest.mark.parametrize("body,pages", [
    # an attorney's name on a G-28 or in "on behalf of attorney X" is never the client's
    ("Our client, A# 221-008-446, is detained. Submitting on behalf of attorney Felicia Ortega-Brandt.",
     ["Part 1. Information About Attorney or Accredited Representative\nName: Felicia Ortega-Brandt\n"
      "Client name: (client name not filled in)"]),
    ("Please release our client.\n\nHannah Cole\nCole Legal Services", []),
    ("My name is Jane Doe, attorney for the detainee. Please release him.", []),
])
def test_the_writers_own_name_is_not_taken_when_writing_for_someone(body, pages):
    fields = extract_identity(message(body, pages=pages), "en")[0]
    assert fields["name"] is None


def test_the_subject_signing_an_attached_waiver_is_the_subject():
    body = "hola\nya me llamo mi hermano Elmer y me dio su numero.\ngracias\nMarleny"
    pages = ["I, Elmer Josue Funez Banegas, A-Number A219330517, authorize ICE to disclose "
             "information about my case to: Marleny Funez (hermana).\nRe: FUNEZ BANEGAS, Elmer J."]
    assert extract_identity(message(body, pages=pages), "es")[0]["name"] == "Elmer Josue Funez Banegas"


@pytest.mark.parametrize("body,subject,lang,value", [
    ("mi mami se llama Ana Gladys Mejia de Rivas tiene 58 años esta detenida", "", "es",
     "Ana Gladys Mejia de Rivas"),
    ("I am a volunteer visitor and a friend of Abdoulaye Diallo, A# 213-770-452, who is held at the "
     "Moshannon Valley Processing Center.", "Urgent - detained friend on hunger strike, Moshannon Valley", "en",
     "Abdoulaye Diallo"),
])
def test_kin_words_and_friends_introduce_the_subject(body, subject, lang, value):
    assert name(body, subject, lang) == value


def test_a_name_followed_by_esq_is_the_lawyers_not_the_subjects():
    assert name("On behalf of Sarah Whitfield, Esq., please find attached our client's request.") is None


def test_a_title_line_is_not_joined_to_the_letterhead_under_it():
    page = ("Solicitud de revisión de caso - Génesis Carolina Morillo Díaz\n"
            "Bufete Benítez Ruiz, Abogados\nCalle Luna 210, San Juan, Puerto Rico 00901\n"
            "En representación de la Sra. Génesis Carolina Morillo Díaz, nacida el 05/06/1994 en Barquisimeto,\n"
            "Venezuela, solicitamos que ICE le conceda acción diferida. La Sra. Morillo no se encuentra detenida.")
    got = extract_identity(message("Adjunto la solicitud.", pages=[page]), "es")[0]["name"]
    assert got == "Génesis Carolina Morillo Díaz"


def test_a_printed_name_under_a_requesters_declaration_is_the_subject():
    page = ("Declaration of requester\nI declare under penalty of perjury that the information above is "
            "true.\nSignature: /s/ Roya Haidari\nPrinted name: Roya Haidari Date: 10/12/2026")
    assert extract_identity(message("Please find attached our client's request.", pages=[page]),
                            "en")[0]["name"] == "Roya Haidari"


@pytest.mark.parametrize("body,lang,value", [
    ("Client: DE LA CRUZ MARTINEZ, José Luis\nA#: 201-555-123", "en", "José Luis de la Cruz Martinez"),
    ("Subject person: Ahmad Zia Rahimi\nDOB: 01/02/1990", "en", "Ahmad Zia Rahimi"),
    ("Escribo por mi esposa, la señora María del Carmen Ríos de Paz, detenida en Eloy.", "es",
     "María del Carmen Ríos de Paz"),
    ("I am the sister of Yohannes Tesfaye Gebremariam, who is held at Otay Mesa since August.", "en",
     "Yohannes Tesfaye Gebremariam"),
    ("Soy la hermana de Iris Marleny Lopez Funez, detenida en Basile.", "es", "Iris Marleny Lopez Funez"),
])
def test_long_inverted_surnames_labels_honorifics_and_kin_of(body, lang, value):
    assert name(body, lang=lang) == value


@pytest.mark.parametrize("body,value", [
    ("Request on behalf of Brother Wilner Jean-Baptiste, who is detained.", "Wilner Jean-Baptiste"),
    ("My name is Rev. Kwabena Owusu-Ansah and I ask for administrative closure.", "Kwabena Owusu-Ansah"),
])
def test_church_titles_are_not_part_of_the_name(body, value):
    assert name(body) == value


def test_a_facility_is_never_the_persons_name():
    assert name("", subject="Urgent - detained friend on hunger strike, Otay Mesa") is None


def test_soy_hermano_de_introduces_the_subject():
    assert name("Me llamo Óscar Benítez y soy hermano de Wilmer Antonio Benítez Lara, número A 217-884-093.",
                lang="es") == "Wilmer Antonio Benítez Lara"


def test_mi_esposo_es_with_a_hyphenated_surname():
    assert name("Mi esposo es Óscar Danilo Urbina-Castellón, nicaragüense, nacido en León.", lang="es") == \
        "Óscar Danilo Urbina-Castellón"


def test_the_familys_new_lawyer_named_with_lic_is_not_the_subject():
    body = ("Mi esposo es Óscar Danilo Urbina-Castellón. Ahora tenemos una abogada nueva, la Lic. Patricia "
            "Ocampo, que va a presentar una moción.")
    assert name(body, lang="es") == "Óscar Danilo Urbina-Castellón"


@pytest.mark.parametrize("body,value", [
    ("We write regarding Ms. Samira al-Khatib, a citizen of Syria.", "Samira al-Khatib"),
    ("My client, Muhammad Hafiz bin Abdul Rahman, is detained.", "Muhammad Hafiz bin Abdul Rahman"),
    ("My husband Hamza ibn Yusuf Al-Adeni was detained.", "Hamza ibn Yusuf Al-Adeni"),
])
def test_arabic_and_malay_particles_stay_in_the_name(body, value):
    assert name(body) == value


def test_full_name_of_the_person_is_a_label():
    assert name("Your name: Ana Ruiz\nRelationship to the person: Sister\nFull name of the person: Olusegun "
                "Adeyemi Bakare\nA-Number: A215-880-362") == "Olusegun Adeyemi Bakare"


@pytest.mark.parametrize("body,lang,value", [
    ("Mi nombre es Dolores Xol y soy la madrina de bautizo de Ana Lucía Choc Caal.", "es", "Ana Lucía Choc Caal"),
    ("Soy Ramiro Castillo, el padrastro de Yessenia Marisol Ayala de Paz.", "es", "Yessenia Marisol Ayala de Paz"),
    ("I am Rosemène St. Fleur, grand mother of Wilner Jean St. Fleur.", "en", "Wilner Jean St. Fleur"),
])
def test_a_writer_who_names_herself_then_her_kin_of_writes_for_the_kin(body, lang, value):
    assert name(body, lang=lang) == value


@pytest.mark.parametrize("body,value", [
    ("I am writing about my father, Paweł Wiśniewski, who is detained.", "Paweł Wiśniewski"),
    ("Please help my brother João Conceição Gonçalves.", "João Conceição Gonçalves"),
    ("My client, Nguyễn Thị Hồng, asks for a stay.", "Nguyễn Thị Hồng"),
])
def test_names_with_polish_portuguese_and_vietnamese_letters_are_whole(body, value):
    assert name(body) == value


@pytest.mark.parametrize("body,subject,value", [
    ("I am writing for my son, Min-jun Park. He was born in Busan.", "", "Min-jun Park"),
    ("My name is Hyun-woo Park and I ask for deferred action.", "", "Hyun-woo Park"),
    ("Re: PARK, Hyun-woo A206447019\nThe request is denied.", "", "Hyun-woo Park"),
    ("Please review my son's case. His Korean passport says PARK MIN JUN.",
     "Review for my son Min-jun Park", "Min-jun Park"),
])
def test_a_korean_given_name_with_a_small_second_syllable_is_whole(body, subject, value):
    assert name(body, subject) == value


def test_a_follow_up_is_no_korean_given_name():
    assert name("Re: Follow-up on the request.\nThank you.") is None


def test_a_burmese_title_u_is_not_part_of_the_name():
    assert name("I am writing about our member U Zaw Min Oo, detained at Tacoma.") == "Zaw Min Oo"


def test_capital_surnames_ahead_of_given_names_are_put_in_natural_order_when_written_so_elsewhere():
    body = ("Cl. DOB 3/4/88, COB MX. Req rel. to ERO LA - denied.\n\nR. Okafor")
    attachment_text = "Re: HERNANDEZ ROBLES, Juan Pablo - A216330847\nWe ask for release."
    msg = message(body, "PD req - HERNANDEZ ROBLES Juan Pablo - A216-330-847", pages=[attachment_text])
    assert extract_identity(msg, "en")[0]["name"] == "Juan Pablo Hernandez Robles"


def test_portuguese_se_chama_after_a_relative_introduces_the_subject():
    body = "Meu marido se chama Marcos Antônio da Silva Pereira, nascido em 23/07/1990 em Minas Gerais."
    assert name(body) == "Marcos Antônio da Silva Pereira"


@pytest.mark.parametrize("body,value", [
    ("my name is marie lourdes i writing for my husband name is jean wesner metellus he is haitian",
     "jean wesner metellus"),
    ("MY NAME MOHAMMED SALEH I AM THE FATHER. MY SON NAME IS ABDULLAH MOHAMMED SALEH AL-HAMMADI, BORN 1/1/1995.",
     "ABDULLAH MOHAMMED SALEH AL-HAMMADI"),
    ("im writing for my dad. he is call Lê Văn Phúc (on his paper they write LE, PHUC VAN).", "Lê Văn Phúc"),
    ("my sis Nadège Bien-Aimé is in the broward transitional center since aug 12", "Nadège Bien-Aimé"),
    ("Je suis Ousmane Faye, l'oncle de Cheikh Tidiane Faye. Il est né le 14/02/1995.", "Cheikh Tidiane Faye"),
])
def test_names_introduced_in_plain_or_broken_phrasing(body, value):
    assert name(body) == value


def test_a_mononym_written_with_fnu_is_the_whole_name():
    body = ("i write for my friend Suparno. he only have one name, on ICE paper they write \"SUPARNO, FNU\".\n"
            "he is 34 years old.")
    assert name(body) == "Suparno"


def test_a_writers_own_name_after_meu_nome_e_stops_at_sou():
    body = "meu nome é jessica sou esposa do wellington da silva souza, ele ta preso pela imigração"
    assert name(body) != "jessica sou esposa do wellington da silva souza"


def test_a_russian_name_with_its_patronymic_last_gives_way_to_the_natural_order():
    body = "I am mother of Volkov Artem Sergeevich, born 29.01.1999 in Rostov-on-Don, Russia."
    msg = message(body, "My son Volkov Artem", pages=[
        "I, Artem Sergeevich Volkov, A-Number A220914376, authorize ICE to disclose information\n"
        "Signature: /s/ Artem Sergeevich Volkov Date: 10/29/2026"])
    assert extract_identity(msg, "en")[0]["name"] == "Artem Sergeevich Volkov"


def test_mixed_case_spelling_beats_a_surname_in_capitals():
    assert name("Je suis l'oncle de Cheikh Tidiane Faye.", "Mon neveu Cheikh Tidiane FAYE détenu") == "Cheikh Tidiane Faye"


@pytest.mark.parametrize("body,value", [
    ("I visit a man from Peru for the Border Friends Accompaniment Network. His A number is 219573604.", None),
    ("We write on behalf of Respondent Dmitrii Olegovich SOKOLOV (A 221-330-558).", "Dmitrii Olegovich SOKOLOV"),
    ("Our foreman, Mr. Dwight Harlan, says the office has his name. My friend is detained.", None),
    ("I am writing on behalf of Eleanor Booth-Hadley (partner), who represent Ms. Wanjiru Njeri Kamau pro bono.",
     "Wanjiru Njeri Kamau"),
    ("I'm writing for my mom. Her legal name is Ma. Guadalupe Hernandez Villanueva. My dad Rogelio Hernandez went "
     "to the office.", "Ma. Guadalupe Hernandez Villanueva"),
])
def test_organisations_titles_and_other_peoples_names_are_not_the_persons(body, value):
    assert name(body) == value


def test_a_name_said_to_be_the_detainee_in_the_subject_beats_an_attorney_named_in_the_body():
    body = ("I am the contract chaplain at the jail. The family's attorney in New York, Mr. Harold Feinstein, "
            "asked ERO Buffalo to release Mr. Islam.")
    assert name(body, "Request for release - Mohammad Rafiqul Islam (ICE detainee)") == "Mohammad Rafiqul Islam"


def test_a_facility_after_de_is_no_surname():
    assert name("Le escribo por mi hermano Marvin Antonio Castellon Lopez de Krome, que esta enfermo.",
                lang="es") == "Marvin Antonio Castellon Lopez"


def test_a_writer_asking_for_herself_is_the_person_not_the_husband_she_names():
    body = ("Mi nombre es Rocio del Pilar Quispe Huaman, naci en Arequipa, Peru el 14 de julio de 1988. "
            "Mi numero A es 217-650-238. Vivo con mi esposo Wilfredo Ramos, que es ciudadano americano.")
    assert name(body, lang="es") == "Rocio del Pilar Quispe Huaman"


def test_a_writer_who_was_born_here_and_writes_for_her_mother_gives_the_mothers_name():
    body = ("My name is Jennifer Xiloj, I'm 19 and I was born here in Providence. I am writing for my mom. "
            "Her name is Ana Gricelda Xiloj Tzoc.")
    assert name(body) == "Ana Gricelda Xiloj Tzoc"


def test_the_relative_who_signs_a_forwarded_letter_is_its_writer_not_the_person():
    body = "Hi, I'm forwarding this from my aunt Luz Marina, she asked me to send it. I'm Hernan's nephew."
    fwd = ("Yo soy Luz Marina Ceballos de Ospina, esposa de Hernan Dario Ospina Giraldo. Mi esposo nacio en "
           "Pereira, Colombia el 17/06/1975.")
    msg = message(body, "Fwd: ayuda para Hernan", forwarded=[fwd])
    assert extract_identity(msg, "es")[0]["name"] == "Hernan Dario Ospina Giraldo"


@pytest.mark.parametrize("body,lang,value", [
    ("My name is Rachel Farah. I was born in Duluth, Minnesota, and I have been married to my husband, "
     "Abdikarim Hassan Farah, for six years.", "en", "Abdikarim Hassan Farah"),
    ("Me llamo Marisol Cantú Robles. Nací en McAllen, Texas, y soy la hija mayor de Aurelio Benjamín Cantú Garza.",
     "es", "Aurelio Benjamín Cantú Garza"),
    ("Since March, a young woman named Sunita Tamang has come to my Tuesday evening class.", "en", "Sunita Tamang"),
    ("Con la ayuda de Caridades Católicas de la Diócesis de Fort Worth le escribo por mi hermana.", "es", None),
    ("I am writing for my roommate Walter. Our boss Mr. Gary Pruitt went to the ICE office with a letter.", "en", None),
])
def test_who_the_letter_is_about_when_the_writer_names_others(body, lang, value):
    assert name(body, lang=lang) == value


def test_a_pastor_signing_with_his_title_is_the_writer():
    body = ("I am the pastor of Grace Fellowship Church. Emmanuel Kofi Asante has worshipped with us.\n\n"
            "In Christ,\nThe Rev. Daniel Whitcomb")
    assert name(body) != "Daniel Whitcomb"


def test_a_forms_next_label_is_not_part_of_the_given_names():
    msg = message("Please see the attached notice.", pages=["In the Matter of: NWOSU, Ikechukwu Emmanuel File No.: A 216-009-724"])
    assert extract_identity(msg, "en")[0]["name"] == "Ikechukwu Emmanuel Nwosu"


def test_a_writer_asking_to_review_my_case_is_the_person_not_his_wife():
    body = ("Les pido que revisen mi caso. Les pongo mis datos.\nApellidos: UMAÑA FÚNEZ\nNombres: José Ángel\n"
            "Vivo en Pasadena. Mi esposa Karla Yamileth Reyes Ordóñez y mis dos hijos son ciudadanos.")
    assert name(body, lang="es") == "José Ángel UMAÑA FÚNEZ"


def test_the_persons_relative_named_after_his_aunt_is_not_the_person():
    body = ("I am Ibrahim Sesay. He asked me to write for him. On September 25 an officer called his aunt, "
            "Mrs. Fatmata Conteh, and told her it was denied.")
    assert name(body, "Mohamed Lamin Kamara at Prairieland - hurt by guard") == "Mohamed Lamin Kamara"


def test_a_sworn_statement_naming_oneself_with_an_a_number_names_the_person():
    msg = message("Les escribo porque mi hijo Luis está detenido. Él escribió una declaración, se la adjunto.",
                  pages=["DECLARACIÓN JURADA\nYo, Luis Fernando Orellana Cifuentes, número A 218 004 771, nacido el 12 de "
                         "octubre de 1999. Con la ayuda de mi compañero Elvin Josué Paz escribo esto."])
    assert extract_identity(msg, "es")[0]["name"] == "Luis Fernando Orellana Cifuentes"


def test_a_french_writers_phone_number_is_no_fact_of_his_own_case():
    body = ("Je suis Ousmane Faye, l'oncle de Cheikh Tidiane Faye. Il est né le 14/02/1995.\n"
            "Mon numéro : 347 555 0158.\nOusmane Faye")
    assert name(body, lang="fr") == "Cheikh Tidiane Faye"

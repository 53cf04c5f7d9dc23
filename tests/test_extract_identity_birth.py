"""Date and country of birth: only with a birth or citizenship context."""
from datetime import date

import pytest

from triage.extract.countries import find_countries
from triage.extract.identity import extract_identity
from test_extract_identity_helpers import message


def dob(body, lang="en"):
    return extract_identity(message(body), lang)[0]["date_of_birth"]


@pytest.mark.parametrize("body,lang,value", [
    ("DOB: 03/04/1990", "en", date(1990, 3, 4)),
    ("D.O.B. 03/04/1990", "es", date(1990, 4, 3)),
    ("Date of Birth: March 4, 1990", "en", date(1990, 3, 4)),
    ("He was born on 4 March 1990 in Honduras.", "en", date(1990, 3, 4)),
    ("Birthdate | 1990-03-04", "en", date(1990, 3, 4)),
    ("Fecha de nacimiento: 4 de marzo de 1990", "es", date(1990, 3, 4)),
    ("F. nac. 04/03/1990", "es", date(1990, 3, 4)),
    ("Mi esposo nació el 4 de marzo del 1990 en Guatemala", "es", date(1990, 3, 4)),
    ("nacida el 04-03-85", "es", date(1985, 3, 4)),
    ("Date of birth:\n03/04/1990", "en", date(1990, 3, 4)),
])
def test_birth_date_is_read_from_its_context(body, lang, value):
    assert dob(body, lang) == value


@pytest.mark.parametrize("body", [
    "He was arrested on 03/04/2023 and his hearing is March 9, 2024.",
    "Entered the US on 01/02/2005. The local office denied it on 05/06/2023.",
    "Fecha de la audiencia: 4 de marzo de 2024",
    "DOB: 03/04/2150",
    "Letter dated 03/04/1990",
])
def test_other_dates_are_never_the_birth_date(body):
    assert dob(body) is None


def test_arrest_date_after_birth_label_on_same_line_is_not_taken():
    assert dob("Born in Mexico, arrested 03/04/2023") is None


@pytest.mark.parametrize("text,code", [
    ("He was born in San Pedro Sula, Honduras.", "HN"),
    ("Country of birth: Guatemala", "GT"),
    ("País de nacimiento: República Dominicana", "DO"),
    ("nacido en Republica Dominicana", "DO"),
    ("She is a Honduran national.", "HN"),
    ("Mi hija es guatemalteca.", "GT"),
    ("He is a Mexican citizen.", "MX"),
    ("de nacionalidad salvadoreña", "SV"),
    ("a citizen of Venezuela", "VE"),
    ("native of Bolivia", "BO"),
    ("Nationality: Cuban", "CU"),
    ("originario de México", "MX"),
    ("He is a national of Haiti", "HT"),
    ("born in Lagos, Nigeria", "NG"),
    ("ciudadano de Ecuador", "EC"),
])
def test_country_of_birth_in_english_and_spanish(text, code):
    assert [h.code for h in find_countries(text)][:1] == [code]


@pytest.mark.parametrize("text", [
    "She lives in Mexico and was deported to Guatemala in 2019.",
    "His children were born in the United States.",
    "born in Santa Fe, New Mexico", "born in Atlanta, Georgia",
    "Vive en Honduras con su madre.", "The Mexican consulate called.",
    "Our office is at 100 Main St, Houston, Texas, USA.",
])
def test_residence_us_and_loose_mentions_are_not_the_country_of_birth(text):
    assert find_countries(text) == []


def test_country_field_comes_with_provenance():
    fields, found = extract_identity(message("Mi esposo es hondureño y vive en México."), "es")
    assert fields["country_of_birth"] == "HN"
    assert next(f for f in found if f.field == "country_of_birth").method == "regex:country.demonym"


@pytest.mark.parametrize("body,lang,value", [
    ("He was born\non 04/09/1982 in Cork, Ireland.", "en", date(1982, 4, 9)),
    ("born in Ibadan,\nOyo State, on the 9th of May 1991.", "en", date(1991, 5, 9)),
    ("born in Kharkiv 23.06.1985.", "en", date(1985, 6, 23)),
    ("DOB 04-Mar-1990", "en", date(1990, 3, 4)),
    ("(d.o.b. 1990-03-04)", "en", date(1990, 3, 4)),
    ("nacido el día 4 de marzo de 1990", "es", date(1990, 3, 4)),
    ("nasi el 9/12/1979 en guatemala", "es", date(1979, 12, 9)),
    ("nacio en Honduras en San Pedro Sula el 14 de febrero del 98.", "es", date(1998, 2, 14)),
    ("Data de nascimento: 25/07/1985.", "es", date(1985, 7, 25)),
    ("Je m'appelle Rosemond Théodore, né le 17 novembre 1979 à Jacmel.", "fr", date(1979, 11, 17)),
    ("| DOB | 03/04/1990 |", "en", date(1990, 3, 4)),
])
def test_birth_date_across_wrapped_lines_and_languages(body, lang, value):
    assert dob(body, lang) == value


@pytest.mark.parametrize("body", [
    "age 35, born March 1990",
    "He was born in Mexico.\nOn 03/04/2023 he was picked up.",
    "Born in Mexico. He came in 2004.\n\n03/04/2023: the office answered.",
    "DOB: unknown\nArrest date: 03/04/2023",
    "Date of birth:\nPhone: 202-555-0143\nDate: 03/04/2023",
])
def test_a_cue_does_not_reach_past_a_new_sentence_or_label(body):
    assert dob(body) is None


@pytest.mark.parametrize("text,code", [
    ("born 14.03.1987 in Leipzig, Germany.", "DE"),
    ("Born: Ludhiana, Punjab, India", "IN"),
    ("Nací el 4 de marzo de 1979 en Santiago\nde los Caballeros, República Dominicana", "DO"),
    ("I am Yorbelis Carolina Urdaneta Finol, from Venezuela, I was born in Maracaibo", "VE"),
    ("Yo soy Xiomara Portillo Ayala, salvadoreña, naci en Usulutan", "SV"),
    ("yo soy Eusebio Carranza Trejo, mexicano de Zacatecas", "MX"),
    ("el es catracho, trabaja en construccion", "HN"),
    ("Es ciudadano salvadoreño.", "SV"),
    ("né le 17 novembre 1979 à Jacmel, en Haïti.", "HT"),
    ("Nasci em Governador Valadares, Brasil.", "BR"),
    ("nasi el 9/12/1979 en guatemala", "GT"),
    ("Country of Birth | MEXICO", "MX"),
    ("I am from Guatemala.", "GT"),
    ("my husband is originally from El Salvador", "SV"),
])
def test_country_from_more_ways_of_saying_it(text, code):
    assert [h.code for h in find_countries(text)][:1] == [code]


@pytest.mark.parametrize("text", [
    "My phone is from Venezuela still.",
    "The letter is from Mexico City.",
    "He traveled through Guatemala and Mexico.",
    "He came in 2019 via Guatemala.",
    "the Mexican, Guatemalan and Honduran consulates",
    "He was deported to Honduras in 2019.",
])
def test_things_from_a_country_and_routes_are_not_the_country_of_birth(text):
    assert find_countries(text) == []


@pytest.mark.parametrize("text,code", [
    ("Cl. DOB 3/4/88, COB MX, A# 216-330-847.", "MX"),
    ("Country of birth: GTM", "GT"),
    ("Nationality: IN", "IN"),
])
def test_a_country_code_right_after_a_label(text, code):
    assert [h.code for h in find_countries(text)] == [code]


@pytest.mark.parametrize("text", ["COB: US", "Citizenship: NO", "Nationality: ID card attached", "the COB of MX"])
def test_a_code_that_is_an_answer_or_no_label_is_no_country(text):
    assert [h.code for h in find_countries(text) if h.method == "regex:country.code_after_label"] == []


def test_b_dot_before_a_date_is_a_birth_cue():
    from test_extract_identity_helpers import message
    from triage.extract.identity import extract_identity
    got = extract_identity(message("He is a native of Myanmar (Burma), b. 1/7/83, A# 216-045-772."), "en")[0]
    assert got["date_of_birth"].isoformat() == "1983-01-07"


def test_a_date_no_one_was_born_on_does_not_hide_the_gregorian_one_after_it():
    body = "DOB: 2045/01/10 B.S. (Nepali calendar) = 22 April 1988 in english date"
    assert extract_identity(message(body), "en")[0]["date_of_birth"] == date(1988, 4, 22)


@pytest.mark.parametrize("body,lang,value", [
    ("He is married to a U.S. citizen. Their son, Tobiloba, was born on March 14, 2019 and has a speech delay.", "en", None),
    ("Su hija nacio el 3 de mayo de 2015. Mi esposo nacio el 2 de enero de 1980.", "es", date(1980, 1, 2)),
    ("My son was born in Guatemala on May 5, 1990.", "en", date(1990, 5, 5)),
])
def test_a_relatives_birth_told_with_his_her_their_is_not_the_persons(body, lang, value):
    assert extract_identity(message(body), lang)[0]["date_of_birth"] == value


@pytest.mark.parametrize("body,lang,value", [
    ("Mi hijo nació en Cantel, el veintiuno de agosto de mil novecientos noventa y nueve, un sábado.", "es", date(1999, 8, 21)),
    ("He was born on the twelfth of January, 1968, in Bien Hoa.", "en", date(1968, 1, 12)),
    ("Seun was born on the eleventh of July, 1992.", "en", date(1992, 7, 11)),
    ("She was born in Jacmel, Haiti, on Christmas Eve, 1965.", "en", date(1965, 12, 24)),
    ("He was born the third of March, nineteen eighty-eight.", "en", date(1988, 3, 3)),
])
def test_a_birth_date_written_in_words_or_as_a_holiday(body, lang, value):
    assert extract_identity(message(body), lang)[0]["date_of_birth"] == value


@pytest.mark.parametrize("body,lang,value", [
    ("Emmanuel turned forty on June 2 of this year, and we celebrated.", "en", date(1986, 6, 2)),
    ("Mi nieto nació en San Miguel en el año 2004, y cumplió 22 años el 3 de enero.", "es", date(2004, 1, 3)),
    ("She turns 60 on December 12.", "en", date(1966, 12, 12)),
    ("I turned 18 on September 14 so I can sign things now.", "en", None),
    ("Our son turned 15 on March 3.", "en", None),
])
def test_a_birthday_with_the_age_reached_gives_the_birth_date(body, lang, value):
    from datetime import datetime
    msg = message(body)
    msg.date = datetime(2026, 10, 20)
    assert extract_identity(msg, lang)[0]["date_of_birth"] == value


@pytest.mark.parametrize("body,lang,value", [
    ("Me llamo Marisol. Nací en McAllen, Texas, el 12/09/1998, así que soy ciudadana americana. "
     "Mi papá nació en Linares, Nuevo León, México, el 07/05/1971.", "es", date(1971, 5, 7)),
    ("I am a U.S. citizen (born 4/4/1985 in Tacoma) and I am writing for my wife.", "en", None),
    ("Ms. Kollie's son, Emmanuel, was born on September 12, 2026. Her date of birth: 04/18/1988", "en", date(1988, 4, 18)),
    ("Tenemos dos hijas, Mariana, nacida el 11/03/2012, y Salomé. Yo nací el 29/02/1984 en Cali.", "es", date(1984, 2, 29)),
])
def test_a_birth_in_the_united_states_or_a_named_persons_child_is_not_the_persons(body, lang, value):
    assert extract_identity(message(body), lang)[0]["date_of_birth"] == value


def test_a_country_of_birth_said_outright_beats_a_demonym_said_in_passing():
    body = ("Karim came here from Kenya; when people hear him talk they assume he is Kenyan. "
            "But he was born in Somalia, in Kismayo.")
    assert extract_identity(message(body), "en")[0]["country_of_birth"] == "SO"


def test_a_birth_date_answered_under_its_question_after_a_blank_line():
    body = "3. Fecha de nacimiento:\n\n30/01/1991\n\n4. País de nacimiento:\n\nRepública Dominicana"
    assert extract_identity(message(body), "es")[0]["date_of_birth"] == date(1991, 1, 30)

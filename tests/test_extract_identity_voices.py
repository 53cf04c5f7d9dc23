"""Identity facts written the way real people write them: phone run-ons,
low-schooling Spanish, relatives typing for someone, thread follow-ups.
All names and numbers are fictional."""
from dataclasses import replace
from datetime import date

import pytest

from triage.extract.anumber import find_a_numbers
from triage.extract.contact import best, find_phones
from triage.extract.countries import find_countries
from triage.extract.dates import find_dates
from triage.extract.identity import extract_identity
from test_extract_identity_helpers import message


def fields(body, lang="en", subject=""):
    return extract_identity(message(body, subject), lang)[0]


# --- birth: misspelt Spanish cues ("nasio", "nasido"), "bday", "birth day" ---
@pytest.mark.parametrize("body,lang,value", [
    ("mi hijo nasio el 02/07/1995 en honduras", "es", date(1995, 7, 2)),
    ("el nasio en 14-11-1988 en el salvador", "es", date(1988, 11, 14)),
    ("mi esposa es nasida el 3 de mayo de 1991", "es", date(1991, 5, 3)),
    ("fecha de nasimiento 21/09/1979", "es", date(1979, 9, 21)),
    ("su cumpleanos es 5/6/1990", "es", date(1990, 6, 5)),
    ("his bday is 8/30/1993", "en", date(1993, 8, 30)),
    ("Birth day: 12/01/1975", "en", date(1975, 12, 1)),
    ("He was born March the 4th, 1990 in Accra.", "en", date(1990, 3, 4)),
    ("she was born June 9th of 1984", "en", date(1984, 6, 9)),
])
def test_birth_cues_as_written(body, lang, value):
    assert fields(body, lang)["date_of_birth"] == value


@pytest.mark.parametrize("body,lang", [
    ("lo agarraron el 14/08/2026 saliendo del trabajo", "es"),
    ("su cumpleanos fue ayer y lo detuvieron el 02/10/2026", "es"),
    ("the bday party was cancelled. He was arrested 9/1/2026.", "en"),
])
def test_other_dates_are_not_birth(body, lang):
    assert fields(body, lang)["date_of_birth"] is None


@pytest.mark.parametrize("text,code", [
    ("nasio en totonicapan guatemala", "GT"),
    ("nasido en san pedro sula honduras", "HN"),
    ("lugar de nasimiento: Oaxaca, Mexico", "MX"),
    ("he's from Honduras", "HN"),
    ("She’s originally from Ghana", "GH"),
    ("es nativo de el salvador", "SV"),
    ("Country: Nicaragua", "NI"),
    ("País: Colombia", "CO"),
])
def test_country_cues_as_written(text, code):
    assert [h.code for h in find_countries(text)][:1] == [code]


@pytest.mark.parametrize("text", [
    "he's going to Mexico next week",
    "Country: USA",
    "my phone is from Venezuela",
    "she's living in Honduras now",
])
def test_not_a_country_of_birth(text):
    assert find_countries(text) == []


# --- A-numbers: "number A", "mi A es", a trailing "(A)", migra/ICE number ---
@pytest.mark.parametrize("written,value", [
    ("His number A is 218 440 903.", "A218440903"),
    ("her A is 218-440-903", "A218440903"),
    ("Mi A es 218 440 903", "A218440903"),
    ("su A: 21844090", "A021844090"),
    ("su numero es 218-440-903 (A).", "A218440903"),
    ("number 218440903 (A-number)", "A218440903"),
    ("su numero de la migra es 218440903", "A218440903"),
    ("ICE number: 218 440 903", "A218440903"),
    ("USCIS# 218-440-903", "A218440903"),
])
def test_a_number_voices(written, value):
    assert [h.value for h in find_a_numbers(written)] == [value]


@pytest.mark.parametrize("written", [
    "mi numero es 218440903",
    "call 305 555 0121 (A) anytime",
    "my a 218440903",
    "case number 218440903",
])
def test_not_a_numbers(written):
    assert find_a_numbers(written) == []


# --- phones: references are not phones; "Direct:" is a phone cue ---
def test_booking_reference_is_not_a_phone():
    text = "Número de booking 2026-118834, SPN 02933841. Mi teléfono es 832-555-0150."
    assert [h.value for h in find_phones(text)] == ["+18325550150"]


@pytest.mark.parametrize("text,value", [
    ("Direct: +1 (619) 555-0188 | Mobile (urgent only): +1 (858) 555-0169", "+16195550188"),
    ("mi numero de caso 305-555-0121 y mi cel 305-555-0199", "+13055550199"),
    ("textéame o call me 4045550117", "+14045550117"),
    ("Receipt no. 404-555-0117. Phone 404-555-0188", "+14045550188"),
])
def test_the_writers_phone_is_chosen(text, value):
    assert best(find_phones(text)).value == value


@pytest.mark.parametrize("text", ["Ref 2026-118834", "order 12-3456-7890", "id 1234-555-012"])
def test_odd_groupings_are_not_us_phones(text):
    assert find_phones(text) == []


# --- names ---
@pytest.mark.parametrize("body,lang,value", [
    ("en representación de mi cliente, el Sr. Julio César Ramírez Pineda, nacido en Honduras",
     "es", "Julio César Ramírez Pineda"),
    ("My client Abril Sánchez Mora was detained on May 2.", "en", "Abril Sánchez Mora"),
    ("My sister June Adebayo Okafor is held at Krome.", "en", "June Adebayo Okafor"),
    ("My wife, April Dawn Mercer, is detained.", "en", "April Dawn Mercer"),
    ("mi esposo esta detenido. su nombre es wilmer efrain chun caal nacio el 12/03/1990",
     "es", "wilmer efrain chun caal"),
    ("I write for my brother. his name is jean marc toussaint and he is in Krome.",
     "en", "jean marc toussaint"),
    ("Please help my son. His name is Kojo Ampofo Darko.", "en", "Kojo Ampofo Darko"),
    ("El nombre de mi esposo es Eliseo Cux Batz.", "es", "Eliseo Cux Batz"),
])
def test_name_voices(body, lang, value):
    assert fields(body, lang)["name"] == value


@pytest.mark.parametrize("body,lang,value", [
    ("desde el 14 de Julio Marta Lucía Ibarra está detenida. Mi hermana Marta Lucía Ibarra necesita ayuda.",
     "es", "Marta Lucía Ibarra"),
    ("In April my husband Tomas Quispe Mamani was detained.", "en", "Tomas Quispe Mamani"),
])
def test_month_before_a_name_is_not_part_of_it(body, lang, value):
    assert fields(body, lang)["name"] == value


@pytest.mark.parametrize("body,value", [
    ("My name is Tran Van Minh. In English order: Minh Van Tran. I was born in Vietnam.",
     "Minh Van Tran"),
    ("My name is Pham Thi Lan (in Western order, Lan Thi Pham). I ask for a stay.",
     "Lan Thi Pham"),
    ("My name is Kim Min Jun. Given name first: Min Jun Kim.", "Min Jun Kim"),
])
def test_natural_order_said_by_the_writer_wins(body, value):
    assert fields(body)["name"] == value


def test_family_name_first_alone_is_kept():
    assert fields("My name is Tran Van Minh. I was born in Vietnam.")["name"] == "Tran Van Minh"


def _reply(body, subject, **kw):
    return replace(message(body, subject), **kw)


def test_thread_reply_subject_does_not_override_the_case_name():
    msg = _reply("his birthday is 4/5/1988\nsorry I forgot", "Re: request for my brother Omar Haddad",
                 in_reply_to="<first@example.org>")
    got = extract_identity(msg, "en")[0]
    assert got["name"] is None and got["date_of_birth"] == date(1988, 4, 5)


def test_a_first_message_subject_still_names_the_person():
    msg = _reply("Please help, he is detained.", "Re: my brother Omar Haddad")
    assert extract_identity(msg, "en")[0]["name"] == "Omar Haddad"
    fresh = _reply("Please help, he is detained.", "request for my brother Omar Haddad",
                   references=["<first@example.org>"])
    assert extract_identity(fresh, "en")[0]["name"] == "Omar Haddad"


def test_dates_variants_parse():
    got = [h.value for h in find_dates("March the 4th, 1990 and June 9th of 1984")]
    assert got == [date(1990, 3, 4), date(1984, 6, 9)]


@pytest.mark.parametrize("body,value", [
    ("He was born in Bamenda, Cameroon on 02/17/1979.", date(1979, 2, 17)),
    ("nacio en Takeo, Camboya el 03/04/1990", date(1990, 4, 3)),
])
def test_place_names_between_cue_and_date_are_not_events(body, value):
    lang = "es" if body.startswith("nacio") else "en"
    assert fields(body, lang)["date_of_birth"] == value


@pytest.mark.parametrize("body,value", [
    ("First name: Kwesi\nLast name: Appiah Boakye\nDOB: 01/02/1980", "Kwesi Appiah Boakye"),
    ("Last name: Appiah\nFirst name: Kwesi\nMiddle name: Yaw", "Kwesi Yaw Appiah"),
    ("Given name(s): Kwesi Yaw\nFamily name: Appiah", "Kwesi Yaw Appiah"),
    ("Nombre(s): Baltazar Ixcoy\nApellidos: Tum Chavajay", "Baltazar Ixcoy Tum Chavajay"),
    ("| First name | Kwesi |\n| Surname | Appiah |", "Kwesi Appiah"),
    ("Name (Last, First): APPIAH, Kwesi", "Kwesi Appiah"),
])
def test_names_split_over_form_fields(body, value):
    assert fields(body)["name"] == value


def test_attorney_split_fields_are_not_the_subject():
    body = ("ATTORNEY INFORMATION\nFirst name: Laura\nLast name: Whitfield\n\n"
            "CLIENT\nFull name: Kwesi Appiah")
    assert fields(body)["name"] == "Kwesi Appiah"


def test_a_lone_first_name_field_is_no_full_name():
    assert fields("First name: Kwesi\nPhone: 404-555-0117")["name"] is None


@pytest.mark.parametrize("text,value", [
    ("mi correo es rosa.quispe77 @ example.com", "rosa.quispe77@example.com"),
    ("email me: rosa_q(at)example.org", "rosa_q@example.org"),
    ("my email is rosaq [at] example [dot] com", "rosaq@example.com"),
    ("mi correo: rosaq arroba example punto com", "rosaq@example.com"),
])
def test_spelled_out_email_after_a_cue(text, value):
    assert fields(text)["email"] == value


@pytest.mark.parametrize("text", [
    "we met at example.com last year",
    "He works at Walmart dot com.",
    "he arrived at noon. example.com",
])
def test_words_around_at_are_not_an_address(text):
    from triage.extract.contact import find_emails
    assert find_emails(text) == []


@pytest.mark.parametrize("body,lang,value", [
    ("This is for Yaw Boateng Asare who is detained in Jena.", "en", "Yaw Boateng Asare"),
    ("I am writing about Yaw Boateng, A 218440903.", "en", "Yaw Boateng"),
    ("Detainee Yaw Boateng Asare is at Krome.", "en", "Yaw Boateng Asare"),
    ("Escribo por Wilmer Cux Batz que esta detenido", "es", "Wilmer Cux Batz"),
    ("pido ayuda para Wilmer Cux Batz", "es", "Wilmer Cux Batz"),
    ("my boyfriend Yaw Boateng was arrested", "en", "Yaw Boateng"),
    ("mi novio Wilmer Cux Batz esta detenido", "es", "Wilmer Cux Batz"),
    ("my husbands name is Yaw Boateng", "en", "Yaw Boateng"),
    ("my son-in-law Yaw Boateng is detained", "en", "Yaw Boateng"),
    ("mi yerno Wilmer Cux esta detenido", "es", "Wilmer Cux"),
    ("my brother in law, Yaw Boateng, is detained", "en", "Yaw Boateng"),
    ("My name is Efua Mensah. My boyfriend Yaw Boateng is detained.\n\nThanks,\nEfua Mensah",
     "en", "Yaw Boateng"),
])
def test_relatives_and_references_name_the_subject(body, lang, value):
    assert fields(body, lang)["name"] == value


@pytest.mark.parametrize("body", [
    "I am writing for Catholic Charities about a detainee.",
    "Please help. We are worried.",
])
def test_an_organisation_or_nothing_is_no_name(body):
    assert fields(body)["name"] is None


@pytest.mark.parametrize("text,code", [
    ("nacio en guate", "GT"), ("born in Pristina, Kosovo", "XK"), ("he is Kosovar", "XK"),
])
def test_colloquial_and_unlisted_country_names(text, code):
    assert [h.code for h in find_countries(text)] == [code]


def test_guate_needs_a_birth_context():
    assert find_countries("we drove to Guate last year") == []

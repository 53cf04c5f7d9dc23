"""Country of birth from a birth city alone: "born in Saigon", "nació en San Pedro Sula"."""
from pathlib import Path

import pytest

from triage.extract.countries import find_countries
from triage.extract.identity import extract_identity
from test_extract_identity_helpers import message

TABLE = Path(__file__).resolve().parents[1] / "triage" / "extract" / "data" / "birth_cities.tsv"


def codes(text):
    return [(h.code, h.method) for h in find_countries(text)]


@pytest.mark.parametrize("text,code", [
    ("My husband, he born in Saigon and came here in 2004.", "VN"),
    ("He was born in Sylhet and has lived in Queens since 2010.", "BD"),
    ("My father was born in Basra on 12/03/1971.", "IQ"),
    ("Place of birth: Samarkand", "UZ"),
    ("She was born in Surabaya.", "ID"),
    ("Mon mari est né à Lubumbashi le 3 mai 1985.", "CD"),
    ("Mi hijo nació en San Pedro Sula el 14 de febrero de 1998.", "HN"),
    ("Il est né à Thiès en 1990.", "SN"),
    ("He is originally from Fuzhou.", "CN"),
    ("My wife was born in Angeles City, Pampanga.", "PH"),
    ("Meu irmão nasceu em Governador Valadares.", "BR"),
    ("POB: Ho Chi Minh City", "VN"),
    ("nacida en\nTegucigalpa el 17/08/1990", "HN"),
    ("He was born in the city of Port-au-Prince.", "HT"),
])
def test_a_birth_city_alone_gives_its_country(text, code):
    assert codes(text) == [(code, "regex:country.birth_city")]


def test_the_birth_city_fills_the_country_field_with_its_provenance():
    fields, found = extract_identity(message("Mi esposo nació en San Pedro Sula y vive en Houston."), "es")
    assert fields["country_of_birth"] == "HN"
    assert next(f for f in found if f.field == "country_of_birth").method == "regex:country.birth_city"


@pytest.mark.parametrize("text,code", [
    ("He was born in Jacmel, Haiti.", "HT"),
    ("born in Lagos, Nigeria", "NG"),
    ("Nació en Honduras, en San Pedro Sula.", "HN"),
    ("He was born in Mexico City.", "MX"),
])
def test_a_named_country_beats_the_city(text, code):
    assert codes(text) == [(code, "regex:country.name_in_context")]


@pytest.mark.parametrize("text", [
    "He lives in Saigon with his aunt.",
    "She works in Surabaya for a shipping company.",
    "He was detained in Basra in 2003.",
    "He was deported to San Pedro Sula last year.",
    "Vive en Tegucigalpa con su madre.",
    "We travelled through Sylhet on the way.",
    "The flight to Lubumbashi leaves on Monday.",
])
def test_a_city_where_someone_lives_works_or_is_held_gives_nothing(text):
    assert find_countries(text) == []


@pytest.mark.parametrize("text", [
    "My daughter was born in Houston.",
    "He was born in Los Angeles.",
    "Our son was born in Paris, Texas.",
    "born in Birmingham, AL",
    "Nació en San Antonio.",
])
def test_a_us_city_gives_nothing(text):
    assert find_countries(text) == []


@pytest.mark.parametrize("text", [
    "He was born in Córdoba.",       # Argentina, Spain, Mexico
    "Nació en Valencia.",            # Venezuela, Spain
    "She was born in San José.",     # Costa Rica, California
    "born in León",                  # Mexico, Nicaragua, Spain
    "Nació en Santiago.",            # Chile, Dominican Republic, Cuba
])
def test_an_ambiguous_city_name_gives_nothing(text):
    assert find_countries(text) == []


@pytest.mark.parametrize("text", [
    "La carta es de Mendoza, su abogado.",   # a surname
    "Esta solicitud es de Victoria.",         # a given name
    "Nació en casa, no en un hospital.",      # a word
    "She was born in nice weather.",          # Nice, written as a word
    "Nació en Colonia Centro.",               # Köln's Spanish name, and a word
])
def test_names_and_words_that_are_also_cities_give_nothing(text):
    assert find_countries(text) == []


def test_the_city_table_parses_and_holds_no_us_place():
    rows = [line.split("\t") for line in TABLE.read_text("utf-8").splitlines()
            if line and not line.startswith("#")]
    assert len(rows) > 5000
    names = [r[0] for r in rows]
    assert names == sorted(names) and len(set(names)) == len(names)
    us_areas = {"US", "PR", "GU", "VI", "AS", "MP", "UM"}
    for name, code, *rest in rows:
        assert code == "-" or (len(code) == 2 and code.isupper()), name
        assert code not in us_areas, name
        assert name == name.lower() and name == name.strip() and "  " not in name, name
        assert not rest or rest[0] in ("", "c"), name
    table = {r[0]: r[1] for r in rows}
    assert table["saigon"] == "VN" and table["san pedro sula"] == "HN"
    for us in ("houston", "los angeles", "chicago", "san juan"):
        assert table.get(us, "-") == "-", us


@pytest.mark.parametrize("text,code", [
    ("an Armenian national born in Leninakan (now Gyumri), who is held", "AM"),
    ("He was born in Leninakan, Armenian SSR. The city is called Gyumri now.", "AM"),
    ("Place of birth: Samarkand, Uzbek SSR (now Uzbekistan)", "UZ"),
    ("my father Adebayo Olumide FASHOLA, DOB 04/05/1968, born Ibadan Nigeria", "NG"),
])
def test_soviet_republics_old_city_names_and_born_without_in(text, code):
    assert codes(text)[0][0] == code


def test_where_a_family_came_from_is_no_birth_country():
    assert codes("He is 58. We came from Russia in 2001 (Krasnodar).") == []

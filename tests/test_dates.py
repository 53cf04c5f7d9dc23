"""find_dates / parse_date: every common written form, in both languages."""
from datetime import date

import pytest

from triage.extract.dates import find_dates, parse_date

D = date(1990, 3, 4)


@pytest.mark.parametrize("text,lang", [
    ("03/04/1990", "en"), ("03-04-1990", "en"), ("3.4.1990", "en"),
    ("1990-03-04", "en"), ("1990-03-04", "es"), ("March 4, 1990", "en"),
    ("4 March 1990", "en"), ("Mar. 4th 1990", "en"), ("4 de marzo de 1990", "es"),
    ("marzo 4, 1990", "es"), ("04/MAR/1990", "en"), ("04-mar-1990", "es"),
    ("el 4 de marzo del 1990", "es"), ("the 4th of March, 1990", "en"),
    ("04/03/1990", "es"), ("4.3.1990", "es"), ("4 mar 90", "en"),
])
def test_each_written_form_is_found_with_its_span(text, lang):
    line = f"Fecha / date: {text}, gracias."
    hits = find_dates(line, lang)
    assert [h.value for h in hits] == [D]
    assert line[hits[0].start:hits[0].end] == hits[0].text


def test_ambiguous_numeric_date_is_month_first_in_english_day_first_in_spanish():
    assert parse_date("03/04/1990", "en") == date(1990, 3, 4)
    assert parse_date("03/04/1990", "es") == date(1990, 4, 3)


def test_unambiguous_day_first_date_is_read_even_in_english():
    assert parse_date("25/12/1990", "en") == date(1990, 12, 25)


def test_two_digit_birth_year_is_last_century():
    assert parse_date("3/4/85", "en") == date(1985, 3, 4)
    assert parse_date("3/4/45", "en") == date(1945, 3, 4)


def test_numbers_that_are_not_dates_are_not_found():
    text = ("A# 123-456-789, SSN 123-45-6789, zip 20536-5009, tel 202.555.0143, "
            "receipt EAC2190012345, case 2023-0412-77, version 1.2.3")
    assert find_dates(text, "en") == []


def test_relative_words_and_impossible_dates_are_not_dates():
    assert find_dates("tomorrow or next week, maybe 13/45/1990", "en") == []
    assert parse_date("mañana", "es") is None


def test_several_dates_come_back_in_order():
    text = "Born on 1 de enero de 1980; arrested 02/03/2023; hearing March 9, 2024."
    assert [h.value for h in find_dates(text, "es")] == [
        date(1980, 1, 1), date(2023, 3, 2), date(2024, 3, 9)]


def test_garbage_never_raises():
    for junk in ["", "////", "99/99/9999", "de de de 2020", "\x00\ufffd", "31/02/2020"]:
        assert isinstance(find_dates(junk, "en"), list)
        parse_date(junk, "xx")


@pytest.mark.parametrize("text,lang,value", [
    ("born on the 2nd day of January, 1979", "en", date(1979, 1, 2)),
    ("el 14 de febrero del 98", "es", date(1998, 2, 14)),
    ("on March 3, '94", "en", date(1994, 3, 3)),
    ("nacida el 1ro de abril de 1992", "es", date(1992, 4, 1)),
    ("el 2do de mayo de 1990", "es", date(1990, 5, 2)),
    ("né le 17 novembre 1979", "fr", date(1979, 11, 17)),
    ("1er mai 1990", "fr", date(1990, 5, 1)),
])
def test_ordinals_day_of_two_digit_years_and_french_months(text, lang, value):
    assert [h.value for h in find_dates(text, lang)] == [value]


@pytest.mark.parametrize("text,lang", [
    ("March 4 12 people came", "en"),   # a bare two-digit number after a month is no year
    ("de 98 personas", "es"),
    ("born March 1990", "en"),           # month and year only: no full date
])
def test_near_miss_dates_are_not_found(text, lang):
    assert find_dates(text, lang) == []


@pytest.mark.parametrize("text,language,expected", [
    ("03/04/1990", "en", "1990-03-04"), ("03/04/1990", "es", "1990-04-03"),
    ("25/07/1985", "en", "1985-07-25"),  # month-first impossible: day-first
    ("07-25-1985", "es", "1985-07-25"),  # day-first impossible: month-first
    ("1985.7.25", "es", "1985-07-25"), ("9/14/80", "en", "1980-09-14"),
    ("13/13/1990", "en", None), ("02/29/1999", "en", None),
])
def test_all_digit_dates_are_read_in_the_languages_order_and_the_other_only_if_impossible(
        text, language, expected):
    got = parse_date(text, language)
    assert (got.isoformat() if got else None) == expected


def test_a_two_digit_year_is_never_guessed_from_the_middle_of_a_date():
    # dateparser reads "04.27.12" (es) as 2027-12-04; month 27 is impossible, so it is April 27.
    assert parse_date("04.27.12", "es").isoformat() == "2012-04-27"


def test_a_date_typed_with_spaces_needs_a_four_digit_year_and_is_never_a_phone():
    assert [h.value.isoformat() for h in find_dates("I WAS BORN 11 22 1991 IN CAMAGUEY")] == ["1991-11-22"]
    assert find_dates("call 915 555 0134 now, A 208 331 960") == []


@pytest.mark.parametrize("text,value", [
    ("He born 1988 july 5 in Hong Kong.", date(1988, 7, 5)),
    ("she born 1996 december 2 in jacmel haiti", date(1996, 12, 2)),
    ("Her birthday: 1975年3月8日", date(1975, 3, 8)),
    ("생년월일 1990년 3월 8일", date(1990, 3, 8)),
])
def test_year_first_and_cjk_dates(text, value):
    assert [d.value for d in find_dates(text, "en")] == [value]


@pytest.mark.parametrize("text,value", [
    ("DOB 12/10/1979, that is 12 October, in vietnam we write the day first", date(1979, 10, 12)),
    ("DOB (dd/mm/yyyy): 05/07/1988", date(1988, 7, 5)),
    ("Fecha (mm/dd/aaaa): 05/07/1988", date(1988, 5, 7)),
])
def test_an_all_digit_date_read_in_the_order_its_gloss_or_form_gives(text, value):
    assert find_dates(text, "en")[0].value == value


def test_a_month_and_year_with_a_count_is_no_date():
    assert find_dates("March 2026 10 people came", "en") == []

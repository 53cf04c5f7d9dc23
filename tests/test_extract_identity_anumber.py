"""A-numbers: every way people write them, and the numbers that are not."""
import pytest

from triage.extract.anumber import find_a_numbers
from triage.extract.identity import extract_identity
from test_extract_identity_helpers import message


@pytest.mark.parametrize("written,value", [
    ("A123456789", "A123456789"), ("A# 123-456-789", "A123456789"),
    ("A-12345678", "A012345678"), ("A 087 654 321", "A087654321"),
    ("Alien No. 123 456 789", "A123456789"), ("Alien Registration Number: 123456789", "A123456789"),
    ("A-Number: 123-456-789", "A123456789"), ("A#: 123456789", "A123456789"),
    ("número A 123456789", "A123456789"), ("número de A: 123-456-789", "A123456789"),
    ("No. de extranjero 12345678", "A012345678"), ("A-Nummer 123456789", "A123456789"),
    ("his A number is 123456789", "A123456789"), ("a#123456789.", "A123456789"),
    ("Su número de extranjero es A-123-456-789", "A123456789"), ("(A.123.456.789)", "A123456789"),
    ("A-File No. 12.345.678", "A012345678"), ("Alien # 087-654-321", "A087654321"),
])
def test_each_written_form_gives_A_and_nine_digits(written, value):
    assert [h.value for h in find_a_numbers(f"Client {written} is detained.")] == [value]


@pytest.mark.parametrize("distractor", [
    "IOE0912345678", "EAC2190012345", "WAC2190012345", "LIN2190012345", "SRC2190012345",
    "NBC2190012345", "MSC2190012345", "YSC2190012345", "receipt number 123456789",
    "case no. 123456789", "Bar No. 12345678", "Washington, DC 20536-5009", "(202) 555-0143",
    "SSN 123-45-6789", "born 03/04/1990", "FOIA 2023-ICFO-12345", "docket 123456789",
    "123456789", "A 202 555 0143", "Alien No.: pending", "caso número 123456789",
])
def test_numbers_that_are_not_a_numbers_are_not_taken(distractor):
    assert find_a_numbers(f"Please see {distractor} in the file.") == []


def test_subjects_number_wins_over_a_spouses():
    body = ("I represent Mario Ruiz Vega, A# 201-555-019. His wife's A-number is "
            "A 098 765 432 and she is not detained.")
    fields, found = extract_identity(message(body), "en")
    assert fields["a_number"] == "A201555019"
    assert [f.method for f in found if f.field == "a_number"] == ["regex:a_number.prefixed"]


def test_relatives_number_named_first_still_loses():
    body = "Su esposa tiene el A-098765432. Mi número de extranjero es 201-555-019."
    assert extract_identity(message(body), "es")[0]["a_number"] == "A201555019"


def test_quoted_history_is_never_read():
    msg = message("Please review my case, A-111-222-333.", quoted="> A-999-888-777 earlier case")
    assert extract_identity(msg, "en")[0]["a_number"] == "A111222333"
    msg = message("Please review my case.", quoted="> Alien No. 999 888 777")
    assert extract_identity(msg, "en")[0]["a_number"] is None


def test_body_wins_over_attachment_when_they_disagree():
    msg = message("Client A# 111-222-333.", pages=["Form G-28  A-Number: 444555666"])
    fields, found = extract_identity(msg, "en")
    assert fields["a_number"] == "A111222333"
    assert found[[f.field for f in found].index("a_number")].where == "body"


def test_attachment_number_is_used_when_the_body_has_none():
    msg = message("See attached.", pages=["Alien Registration Number: 444-555-666"])
    fields, found = extract_identity(msg, "en")
    assert fields["a_number"] == "A444555666"
    assert next(f for f in found if f.field == "a_number").where == "attachment:letter.pdf"


def test_a_french_numero_a_is_an_a_number():
    got = extract_identity(message("Son numéro A est le 223 507 681."), "fr")[0]["a_number"]
    assert got == "A223507681"


@pytest.mark.parametrize("body", [
    "Perdón, puse mal el número A de mi papá. Puse A 203-118-946 y el correcto es A 203-118-964.",
    "Sorry, I typed his A-number wrong: A 203-118-946. The correct number is A 203-118-964.",
    "The A-number A203118946 in my last e-mail should be A203118964.",
])
def test_a_corrected_a_number_wins_over_the_mistaken_one(body):
    assert extract_identity(message(body), "en")[0]["a_number"] == "A203118964"


def test_the_a_number_the_papers_agree_on_beats_a_typo_in_the_body():
    msg = message("His A-number is A 209-541-377.", pages=["I, Fadi Hanna, A-Number A209514377, authorize ICE",
                                                          "Re: Fadi Hanna, A209514377", "Alien No. A209514377"])
    assert extract_identity(msg, "en")[0]["a_number"] == "A209514377"

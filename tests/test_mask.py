"""A-numbers show their last 4 digits only; dates keep only their year."""
from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from triage.mask import mask_a_number, mask_date, mask_text


def test_a_number_keeps_only_its_last_four_digits():
    assert mask_a_number("A123456789") == "A-XXX-XX6-789"


def test_an_eight_digit_a_number_is_the_nine_digit_one_with_a_leading_zero():
    assert mask_a_number("A12345678") == mask_a_number("A012345678") == "A-XXX-XX5-678"


def test_no_a_number_masks_to_none():
    assert mask_a_number(None) is None
    assert mask_a_number("") is None


def test_a_date_keeps_only_its_year():
    assert mask_date(date(1990, 3, 4)) == "1990-XX-XX"
    assert mask_date("1990-03-04") == "1990-XX-XX"
    assert mask_date(None) is None


@pytest.mark.parametrize("written", [
    "A123456789", "A# 123-456-789", "A-123456789", "A 123 456 789", "a123456789",
    "Alien No. 123 456 789", "Alien Registration Number: 123-456-789",
    "A-number: A123456789", "A-Nummer 123456789", "número A 123-456-789",
    "A#: 123.456.789", "123-456-789", "123456789",
])
def test_every_way_of_writing_an_a_number_is_masked(written):
    out = mask_text(f"my case {written}, thanks")
    assert "A-XXX-XX6-789" in out
    assert "123" not in out.replace("A-XXX-XX6-789", "")


@pytest.mark.parametrize("written", [
    "A-12345678", "A12345678", "Alien No. 12 345 678", "My A-number is 12345678",
    "A-file number: 12-345-678", "mi número A es 12345678", "No. de registro de extranjero 012345678",
])
def test_eight_digit_a_numbers_in_text_are_masked(written):
    assert "A-XXX-XX5-678" in mask_text(written)


@pytest.mark.parametrize("written", [
    "03/04/1990", "3-4-1990", "1990-03-04", "04.03.1990", "March 4, 1990",
    "Mar. 4, 1990", "4 March 1990", "4th March 1990",
    "4 de marzo de 1990", "marzo 4, 1990", "4-mar-1990",
])
def test_dates_that_could_be_birth_dates_keep_only_their_year(written):
    out = mask_text(f"born {written} in Honduras")
    assert out == "born 1990-XX-XX in Honduras"


def test_phone_numbers_and_plain_years_are_left_alone():
    text = "Call 202-555-0143 or +1 (202) 555-0199; I came in 2019, in March 2020."
    assert mask_text(text) == text


def test_masking_is_idempotent_and_handles_nothing():
    once = mask_text("A123456789 born 1990-03-04")
    assert mask_text(once) == once
    assert mask_text(None) == "" and mask_text("") == ""


@given(
    digits=st.text("0123456789", min_size=9, max_size=9),
    sep=st.sampled_from(["", "-", " ", "."]),
    prefix=st.sampled_from(["A", "A-", "A# ", "Alien No. ", "A-number: ", "número A "]),
)
def test_no_written_a_number_survives_masking(digits, sep, prefix):
    written = prefix + sep.join([digits[:3], digits[3:6], digits[6:]])
    out = mask_text(f"Re: case {written} please")
    assert re.sub(r"\D", "", out) == digits[5:]
    assert f"A-XXX-XX{digits[5]}-{digits[6:]}" in out

"""Phone numbers (E.164) and the e-mail address for correspondence."""
import pytest

from triage.extract.contact import find_phones
from triage.extract.identity import extract_identity
from test_extract_identity_helpers import message


@pytest.mark.parametrize("written,value", [
    ("(202) 555-0143", "+12025550143"), ("202.555.0143", "+12025550143"),
    ("202-555-0143", "+12025550143"), ("+1 202 555 0143", "+12025550143"),
    ("+52 55 1234 5678", "+525512345678"), ("011 52 55 1234 5678", "+525512345678"),
    ("+502 5555 1234", "+50255551234"),
])
def test_phone_forms_come_out_e164(written, value):
    assert extract_identity(message(f"Phone: {written}"), "en")[0]["phone"] == value


@pytest.mark.parametrize("distractor", [
    "Fax: (202) 555-0199", "call the line at 1-888-351-4024", "USCIS 1-800-375-5283",
    "A# 202-555-014", "receipt EAC2025550143", "SSN 202-55-0143", "DC 20536-5009",
])
def test_fax_official_and_other_numbers_are_not_the_phone(distractor):
    assert extract_identity(message(distractor), "en")[0]["phone"] is None


def test_cued_phone_wins_over_an_earlier_bare_one():
    body = "Office 312-555-0100 ext 2.\nCelular / WhatsApp: 773 555 0123"
    assert extract_identity(message(body), "es")[0]["phone"] == "+17735550123"


def test_quoted_phone_is_not_read():
    msg = message("Please help.", quoted="> Tel: 202-555-0143")
    assert extract_identity(msg, "en")[0]["phone"] is None
    assert find_phones("") == []


def test_email_given_in_the_request_is_lower_case_and_cued():
    body = "Cc: ICR@ice.dhs.gov\nPor favor respondan a mi correo: Ana.Ruiz@Example.ORG"
    fields, found = extract_identity(message(body, from_addr="office@example.com"), "es")
    assert fields["email"] == "ana.ruiz@example.org"
    assert next(f for f in found if f.field == "email").where == "body"


def test_ice_addresses_and_quoted_ones_are_never_the_email():
    msg = message("Send to icr@ice.dhs.gov or ero@dhs.gov.", quoted="> me@example.net",
                  from_addr="writer@example.org", reply_to=["Reply@Example.com"])
    fields, found = extract_identity(msg, "en")
    assert fields["email"] == "reply@example.com"
    assert next(f for f in found if f.field == "email").method == "header:reply-to"


def test_sender_is_the_last_fallback():
    fields, found = extract_identity(message("Help please."), "en")
    assert fields["email"] == "writer@example.org"
    assert next(f for f in found if f.field == "email").where == "header:from"

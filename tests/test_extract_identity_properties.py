"""Whatever the text, the identity extractors answer in the contract's forms."""
from datetime import date

from hypothesis import given, settings, strategies as st

from triage.extract.anumber import find_a_numbers
from triage.extract.dates import find_dates, parse_date
from triage.extract.identity import extract_identity
from triage.extract.language import detect_language
from test_extract_identity_helpers import message

PIECES = st.sampled_from([
    "A#", "A-", "Alien No.", "DOB:", "born in", "nacido en", "Honduras", "mexicana", "Tel:",
    "(202) 555-0143", "123-456-789", "12345678", "03/04/1990", "4 de marzo de 1990", "Name:",
    "Nombre:", "Mr.", "José Pérez", "my client", "@example.org", "EAC2190012345", "\n", " ",
    "Sincerely,", "de la", "31/02/2020", "99/99/99",
])
MESSY = st.one_of(st.text(max_size=300), st.lists(st.one_of(PIECES, st.text(max_size=8)),
                                                   max_size=40).map("".join))


@settings(max_examples=60, deadline=None)
@given(MESSY, st.sampled_from(["en", "es", "fr"]))
def test_extractors_never_raise_and_keep_their_forms(text, lang):
    fields, found = extract_identity(message(text, subject=text[:40]), lang)
    a = fields["a_number"]
    assert a is None or (len(a) == 10 and a[0] == "A" and a[1:].isdigit())
    assert fields["date_of_birth"] is None or isinstance(fields["date_of_birth"], date)
    assert fields["phone"] is None or fields["phone"].startswith("+")
    assert fields["email"] is None or fields["email"] == fields["email"].lower()
    assert {f.field for f in found} == {k for k, v in fields.items() if v is not None}
    assert detect_language(text) in {"en", "es", "pt", "fr"}


@settings(max_examples=60, deadline=None)
@given(MESSY)
def test_every_a_number_and_date_is_well_formed(text):
    for hit in find_a_numbers(text):
        assert len(hit.value) == 10 and hit.value[0] == "A" and hit.value[1:].isdigit()
    for hit in find_dates(text, "es"):
        assert isinstance(hit.value, date) and text[hit.start:hit.end] == hit.text
    assert parse_date(text[:30], "en") is None or isinstance(parse_date(text[:30], "en"), date)

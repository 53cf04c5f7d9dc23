"""Whatever the text, every extractor answers in the contract's forms and never raises.

Hypothesis properties over every extractor of triage/extract, from the single
finders (find_a_numbers, find_dates, ...) to extract() and the decision taken
on its result. The budget is small for CI; TRIAGE_FUZZ_EXAMPLES=N runs more.
"""
from __future__ import annotations

import os
import re
from datetime import date

from hypothesis import HealthCheck, given, settings, strategies as st

from triage import cases
from triage.extract.anumber import find_a_numbers, normalize
from triage.extract.contact import find_emails, find_phones
from triage.extract.countries import find_countries
from triage.extract.dates import find_dates, parse_date
from triage.extract.fields import extract
from triage.extract.identity import extract_identity
from triage.extract.language import detect_language
from triage.extract.name_cues import writes_for_someone
from triage.extract.names import find_names
from triage.extract.request import extract_request
from triage.policy.decide import decide
from triage.records import Attachment, ParsedMessage

EXAMPLES = int(os.environ.get("TRIAGE_FUZZ_EXAMPLES", "100"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

A_NUMBER = re.compile(r"^A\d{9}$")
E164 = re.compile(r"^\+[1-9]\d{1,14}$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
LANGS = ["en", "es", "fr", "pt", "de", ""]
RELIEF = {"release_from_custody", "stay_of_removal", "cancellation_of_detainer",
          "deferred_action", "decline_enforcement", "motion_to_reopen", "dismissal",
          "administrative_closure", "stipulation", "continuance", "bond",
          "relief_in_proceedings"}
REASONS = {"missing_name", "missing_a_number", "missing_date_of_birth",
           "missing_country_of_birth", "missing_phone", "missing_email", "missing_relief",
           "missing_local_outcome", "missing_local_copies", "missing_authorization",
           "no_local_review", "local_review_outside_priorities", "facts_changed",
           "opla_matter", "safety_concern", "auto_generated", "not_a_request", "existing_case"}

# Fragments that wake the extractors up, mixed with arbitrary text.
PIECES = st.sampled_from([
    "A#", "A-", "A ", "Alien No.", "A-Nummer", "número A", "123-456-789", "12345678",
    "0000000000", "A0", "DOB:", "born", "nacido el", "born in", "nacida en", "Honduras",
    "mexicana", "El Salvador", "citizen of", "03/04/1990", "31/02/2020", "29 Feb 1900",
    "4 de marzo de 1990", "March 4th, 1985", "99/99/99", "1990-13-45", "Tel:", "Fax:",
    "(202) 555-0143", "+52 55 1234 5678", "1-888-351-4024", "+", "@", "x@EXAMPLE.org",
    "@@", "a@b", "Name:", "Nombre:", "Mr.", "Sra.", "José Pérez", "my client",
    "my husband", "mi hijo", "Sincerely,", "Atentamente,", "G-28", "I-60-001",
    "Form 60-001", "attached", "adjunto", "release from custody", "stay of removal",
    "deferred action", "motion to reopen", "bond", "not a priority", "no me deporten",
    "detained at", "in ICE custody", "detenido", "removal is scheduled for",
    "field office", "denied", "no response", "still pending", "new arrest",
    "assault", "abuso", "trafficking", "suicidal", "took my child", "ICR-2026-000001",
    "\n", "\n\n", " ", "\t", "\r\n", "\x00", "\u200b", "\u2028", "|", ":", ",",
])
MESSY = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=50).map("".join),
)
HEADER_VALUES = st.lists(st.one_of(st.text(max_size=30), st.sampled_from(
    ["auto-replied", "bulk", "list", "<>", "no", "yes", "<list.example.org>"])), max_size=2)
HEADERS = st.dictionaries(st.sampled_from(
    ["auto-submitted", "precedence", "list-id", "x-autoreply", "return-path", "subject",
     "content-language", "x-loop", "from"]), HEADER_VALUES, max_size=4)


@st.composite
def messages(draw) -> ParsedMessage:
    pages = draw(st.lists(MESSY, max_size=2))
    attachments = [Attachment(0, draw(st.sampled_from([None, "G-28.pdf", "denial.pdf", "x"])),
                              "application/pdf", "pdf", 10, "0" * 64, "read", pages=pages,
                              method="pdfplumber")] if pages else []
    return ParsedMessage(
        raw_sha256="0" * 64, message_id=draw(st.sampled_from([None, "<f@example.org>"])),
        subject=draw(MESSY), from_name=draw(st.one_of(st.none(), st.text(max_size=20))),
        from_addr=draw(st.sampled_from([None, "writer@example.org", "mailer-daemon@example.org",
                                        "icecasereview@ice.dhs.gov"])),
        reply_to=draw(st.lists(st.sampled_from(["r@example.org", "bad address"]), max_size=2)),
        to=["icecasereview@ice.dhs.gov"], cc=[], date=None, in_reply_to=None, references=[],
        headers=draw(HEADERS), body=draw(MESSY), quoted=draw(MESSY),
        forwarded=draw(st.lists(MESSY, max_size=2)), attachments=attachments)


@FUZZ
@given(MESSY)
def test_a_numbers_are_always_A_and_9_digits(text):
    for hit in find_a_numbers(text):
        assert A_NUMBER.match(hit.value), hit
        assert 0 <= hit.start < hit.end <= len(text)
    got = normalize(text[:20])
    assert got is None or A_NUMBER.match(got)


@FUZZ
@given(MESSY, st.sampled_from(LANGS))
def test_dates_are_always_valid_dates_or_nothing(text, lang):
    for hit in find_dates(text, lang):
        assert isinstance(hit.value, date)
        assert text[hit.start:hit.end] == hit.text
    one = parse_date(text[:60], lang)
    assert one is None or (isinstance(one, date) and ISO_DATE.match(one.isoformat()))


@FUZZ
@given(MESSY)
def test_phones_are_always_e164_and_emails_lower_case(text):
    for hit in find_phones(text):
        assert E164.match(hit.value), hit
    for hit in find_emails(text):
        assert hit.value == hit.value.lower() and hit.value.count("@") == 1, hit


@FUZZ
@given(MESSY, st.sampled_from(LANGS), st.booleans())
def test_names_countries_and_language_keep_their_forms(text, lang, subject):
    for hit in find_names(text, lang, subject=subject):
        assert isinstance(hit.value, str) and hit.value.strip() == hit.value and hit.value
    assert isinstance(writes_for_someone(text), bool)
    for hit in find_countries(text):
        assert re.fullmatch(r"[A-Z]{2}", hit.code), hit
    assert re.fullmatch(r"[a-z]{2}", detect_language(text))


@FUZZ
@given(messages(), st.sampled_from(LANGS))
def test_identity_extraction_never_raises_and_keeps_contract_forms(msg, lang):
    fields, found = extract_identity(msg, lang)
    assert fields["a_number"] is None or A_NUMBER.match(fields["a_number"])
    assert fields["date_of_birth"] is None or isinstance(fields["date_of_birth"], date)
    assert fields["phone"] is None or E164.match(fields["phone"])
    assert fields["email"] is None or fields["email"] == fields["email"].lower()
    assert fields["country_of_birth"] is None or re.fullmatch(r"[A-Z]{2}", fields["country_of_birth"])
    assert {f.field for f in found} == {k for k, v in fields.items() if v is not None}


@FUZZ
@given(messages(), st.sampled_from(LANGS))
def test_request_extraction_never_raises_and_keeps_contract_forms(msg, lang):
    fields, signals, _ = extract_request(msg, lang)
    assert set(fields["relief"]) <= RELIEF and fields["relief"] == sorted(fields["relief"])
    assert fields["local_review"] in ("requested", "not_requested")
    assert fields["local_outcome"] in (None, "denied", "granted", "partial", "no_response",
                                       "pending")
    for k in ("local_response_date", "removal_date"):
        assert fields[k] is None or isinstance(fields[k], date)
    assert isinstance(fields["detained"], bool)
    assert fields["requester_role"] in ("self", "attorney", "representative", "family", "other")
    assert set(fields["authorization"]) <= {"G-28", "I-60-001"}
    assert signals.auto_generated is None or isinstance(signals.auto_generated, str)


@FUZZ
@given(messages())
def test_whole_extraction_and_its_decision_keep_the_contract(msg):
    ex = extract(msg)
    assert re.fullmatch(r"[a-z]{2}", ex.language)
    values = ex.fields.to_json()
    assert values["a_number"] is None or A_NUMBER.match(values["a_number"])
    for k in ("date_of_birth", "local_response_date", "removal_date"):
        assert values[k] is None or ISO_DATE.match(values[k])
    assert values["phone"] is None or E164.match(values["phone"])
    d = decide(cases.single(ex))
    assert d.decision in ("acknowledge", "reject_incomplete", "redirect_local", "redirect_opla",
                          "escalate", "ignore")
    assert set(d.reasons) <= REASONS and d.reasons == sorted(set(d.reasons))
    assert (d.priority is None) == (d.decision == "ignore")

"""Every decision's reply renders in English and Spanish, says what it must,
and never quotes the full A-number or the birth date back."""
from __future__ import annotations

import email
import email.policy
import re
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from triage.policy.decide import decide
from triage.records import Facts, Fields, ParsedMessage, Signals
from triage.reply.compose import compose_oversized, compose_reply

OURS = "casereview@example.gov"
RECEIVED = datetime(2026, 11, 23, 9, 30, tzinfo=timezone.utc)
TEMPLATES = Path(__file__).parents[1] / "triage" / "reply" / "templates"

FIELDS = Fields(
    name="Lucía Fernanda Morales",
    a_number="A201234567",
    date_of_birth=date(1991, 8, 9),
    country_of_birth="MX",
    phone="+12025550160",
    email="lmorales@example.org",
    relief=["release_from_custody"],
    local_review="requested",
    local_outcome="denied",
    local_response_date=date(2025, 5, 20),
    detained=True,
)
SIGNALS = Signals(local_review_said=True, local_request_copy=True, local_response_copy=True)


def message(**kw) -> ParsedMessage:
    base = dict(
        raw_sha256="0" * 64, message_id="<req-1@example.org>", subject="Case review request",
        from_name="Lucía Morales", from_addr="lmorales@example.org", reply_to=[], to=[OURS],
        cc=[], date=None, in_reply_to=None, references=[], headers={}, body="", quoted="",
        forwarded=[], attachments=[],
    )
    return ParsedMessage(**(base | kw))


# decision -> (fields changed, signals changed) that lead to it
SCENARIOS = {
    "acknowledge": ({}, {}),
    "reject_incomplete": ({"phone": None, "requester_role": "attorney"}, {"local_response_copy": False}),
    "redirect_local": ({"local_review": "not_requested"}, {}),
    "redirect_opla": ({"relief": ["bond", "release_from_custody"]}, {}),
    "escalate": ({"country_of_birth": None}, {"safety": ["assault"]}),
}


def reply_for(decision: str, language: str, existing_case=False):
    fields, signals = SCENARIOS[decision]
    facts = Facts(language, replace(FIELDS, **fields), replace(SIGNALS, **signals), existing_case)
    got = decide(facts)
    assert got.decision == decision
    return compose_reply(message(), facts, got, "ICR-2026-000042", our_address=OURS, received=RECEIVED)


def body_of(reply) -> str:
    text = email.message_from_bytes(reply.raw, policy=email.policy.default).get_content()
    return text.replace("\r\n", "\n")


def words_of(reply) -> str:
    """The body with line wrapping undone, to look for phrases."""
    return " ".join(body_of(reply).split())


def assert_safe(text: str) -> None:
    assert "{{" not in text and "}}" not in text and "{%" not in text
    assert "201234567" not in re.sub(r"\D", "", text)
    assert not re.search(r"1991-08-09|08/09/1991|9/8/1991|August 9, 1991|9 de agosto de 1991", text)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("decision", list(SCENARIOS))
def test_each_decision_renders_safely_in_both_languages(decision, language):
    reply = reply_for(decision, language)
    text = body_of(reply)
    assert reply.template == f"{decision}.{language}" and reply.language == language
    assert_safe(text)
    assert_safe(reply.raw.decode("ascii"))
    assert "A-XXX-XX4-567" in text and "Lucía Fernanda Morales" in text


@pytest.mark.parametrize("language", ["en", "es"])
def test_oversized_renders_safely_in_both_languages(language):
    msg = message(headers={"content-language": [language]})
    reply = compose_oversized(msg, our_address=OURS, received=RECEIVED, limit_bytes=25 * 1024 * 1024)
    assert reply.template == f"oversized.{language}"
    assert "25 MB" in body_of(reply)
    assert_safe(body_of(reply))


def test_every_decision_and_language_has_its_template_file():
    for decision in [*SCENARIOS, "oversized"]:
        for language in ("en", "es"):
            assert (TEMPLATES / f"{decision}.{language}.txt").is_file()


@pytest.mark.parametrize("decision", list(SCENARIOS))
@pytest.mark.parametrize("language,automated", [("en", "automated reply"), ("es", "respuesta automática")])
def test_every_reply_says_it_is_automated_and_replying_reaches_the_office(decision, language, automated):
    text = words_of(reply_for(decision, language))
    assert automated in text
    assert ("your reply reaches" in text) if language == "en" else ("su respuesta llega" in text)


def test_other_languages_get_english():
    facts = Facts("pt", FIELDS, SIGNALS)
    reply = compose_reply(message(), facts, decide(facts), "ICR-2026-000042", our_address=OURS, received=RECEIVED)
    assert reply.template == "acknowledge.en"


@pytest.mark.parametrize("language,due", [("en", "December 7, 2026"), ("es", "7 de diciembre de 2026")])
def test_acknowledgment_for_a_detained_person_gives_the_answer_date(language, due):
    text = words_of(reply_for("acknowledge", language))
    assert due in text and "ICR-2026-000042" in text


def test_acknowledgment_without_detention_gives_no_date():
    facts = Facts("en", replace(FIELDS, detained=False), SIGNALS)
    reply = compose_reply(message(), facts, decide(facts), "ICR-1", our_address=OURS, received=RECEIVED)
    assert "December 7, 2026" not in words_of(reply)


@pytest.mark.parametrize("language,joined", [("en", "added to your open case"), ("es", "se añadió a su caso abierto")])
def test_acknowledgment_mentions_joining_an_existing_case(language, joined):
    assert joined in words_of(reply_for("acknowledge", language, existing_case=True))
    assert joined not in words_of(reply_for("acknowledge", language))


@pytest.mark.parametrize("language,lines", [
    ("en", ["A telephone number where we can reach you",
            "A signed Form G-28 or ICE Form I-60-001, because you are writing for someone else",
            "A copy of the local ICE field office's response", "not rejected only because"]),
    ("es", ["Un número de teléfono donde podamos comunicarnos con usted",
            "Un Formulario G-28 o un Formulario I-60-001 de ICE firmado",
            "Una copia de la respuesta de la oficina local de ICE", "no se rechaza solo"]),
])
def test_rejection_lists_exactly_what_is_missing(language, lines):
    text = body_of(reply_for("reject_incomplete", language))
    for line in lines:
        assert line in text
    assert len(re.findall(r"^  - ", text, re.MULTILINE)) == 3  # phone, authorization, response copy
    assert "country of birth" not in text and "país de nacimiento" not in text


def test_rejection_for_oneself_says_your():
    facts = Facts("en", replace(FIELDS, date_of_birth=None), SIGNALS)
    text = body_of(compose_reply(message(), facts, decide(facts), "ICR-1", our_address=OURS, received=RECEIVED))
    assert "  - Your date of birth" in text


@pytest.mark.parametrize("language", ["en", "es"])
def test_redirect_local_points_to_the_field_office_directory(language):
    assert "https://www.ice.gov/contact/field-offices" in body_of(reply_for("redirect_local", language))


@pytest.mark.parametrize("change,words", [
    ({"local_response_date": date(2022, 9, 1)}, "between June 24, 2022 and July 27, 2023"),
    ({}, "facts of the case have changed"),
])
def test_redirect_local_gives_its_reason(change, words):
    signals = replace(SIGNALS, facts_changed=not change)
    facts = Facts("en", replace(FIELDS, **change), signals)
    got = decide(facts)
    assert got.decision == "redirect_local"
    text = words_of(compose_reply(message(), facts, got, "ICR-1", our_address=OURS, received=RECEIVED))
    assert words in text and "ask your local ERO field office" not in text


@pytest.mark.parametrize("language,ero", [("en", "you may send those ERO matters here"),
                                          ("es", "puede enviarnos esos asuntos de ERO")])
def test_redirect_opla_names_the_opla_field_location_and_ero_matters(language, ero):
    text = words_of(reply_for("redirect_opla", language))
    assert "https://www.ice.gov/about-ice/opla/opla-field-locations" in text
    assert ero in text


@pytest.mark.parametrize("language,hours", [("en", "8 a.m. to 8 p.m. Eastern Time"),
                                            ("es", "8 a.m. a 8 p.m., hora del Este")])
def test_escalation_gives_the_information_line_and_lists_missing_gently(language, hours):
    text = words_of(reply_for("escalate", language))
    assert "1-888-351-4024" in text and hours in text
    assert ("country of birth" in text) if language == "en" else ("país de nacimiento" in text)

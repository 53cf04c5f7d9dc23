"""A case is decided again on everything its messages hold together."""
from datetime import date

from triage import cases
from triage.records import Extraction, Fields, Signals


def ex(**fields) -> Extraction:
    signals = fields.pop("signals", Signals())
    return Extraction(language=fields.pop("language", "en"), fields=Fields(**fields),
                      signals=signals)


def test_a_follow_up_fills_what_the_first_message_lacked():
    first = ex(name="Ana Ruiz", a_number="A012345678", relief=["stay_of_removal"])
    follow = ex(date_of_birth=date(1990, 3, 4), phone="+12025550143")
    facts = cases.merge([(first, {"name", "a_number", "relief"})], follow,
                        {"date_of_birth", "phone"})
    assert facts.fields.name == "Ana Ruiz"
    assert facts.fields.date_of_birth == date(1990, 3, 4)
    assert facts.fields.relief == ["stay_of_removal"]
    assert facts.existing_case


def test_where_two_messages_disagree_the_later_one_wins():
    first = ex(phone="+12025550143", local_outcome="pending")
    later = ex(phone="+12025550199", local_outcome="denied")
    facts = cases.merge([(first, {"phone", "local_outcome"})], later, {"phone", "local_outcome"})
    assert facts.fields.phone == "+12025550199"
    assert facts.fields.local_outcome == "denied"


def test_a_later_message_that_says_nothing_keeps_what_was_said():
    first = ex(detained=True, requester_role="attorney", local_review="requested")
    later = ex()
    facts = cases.merge([(first, {"detained", "requester_role", "local_review"})], later, set())
    assert facts.fields.detained is True
    assert facts.fields.requester_role == "attorney"
    assert facts.fields.local_review == "requested"


def test_a_release_said_later_ends_detention():
    first = ex(detained=True)
    later = ex(detained=False)
    facts = cases.merge([(first, {"detained"})], later, {"detained"})
    assert facts.fields.detained is False


def test_lists_and_signals_accumulate_over_the_case():
    first = ex(authorization=["G-28"], signals=Signals(local_request_copy=True, safety=["assault"]))
    later = ex(relief=["release_from_custody"], signals=Signals(local_response_copy=True))
    facts = cases.merge([(first, {"authorization"})], later, {"relief"})
    assert facts.fields.authorization == ["G-28"]
    assert facts.signals.local_request_copy and facts.signals.local_response_copy
    assert facts.signals.safety == ["assault"]


def test_a_stored_extraction_reads_back_the_same():
    original = ex(name="José Pérez", date_of_birth=date(1985, 1, 2), relief=["bond"],
                  signals=Signals(facts_changed=True))
    original.found = []
    back, said = cases.from_record(cases.to_record(original))
    assert back.fields == original.fields
    assert back.signals == original.signals
    assert said == set()


def test_a_follow_up_without_accents_keeps_the_cases_accented_name():
    first = ex(name="Héctor Ismael Ruiz Cabañas")
    later = ex(name="Hector Ismael Ruiz Cabanas")
    facts = cases.merge([(first, {"name"})], later, {"name"})
    assert facts.fields.name == "Héctor Ismael Ruiz Cabañas"


def test_a_follow_up_with_part_of_the_name_keeps_the_full_name():
    first = ex(name="Declan Patrick Walsh")
    facts = cases.merge([(first, {"name"})], ex(name="Declan Walsh"), {"name"})
    assert facts.fields.name == "Declan Patrick Walsh"
    fuller = cases.merge([(ex(name="Declan Walsh"), {"name"})], first, {"name"})
    assert fuller.fields.name == "Declan Patrick Walsh"


def test_a_different_person_named_later_wins_as_any_later_value_does():
    facts = cases.merge([(ex(name="Ana Ruiz"), {"name"})], ex(name="Marta Gómez"), {"name"})
    assert facts.fields.name == "Marta Gómez"

"""refine: the model fills what the rules left empty and never replaces what they found."""
from __future__ import annotations

import pytest

from triage.evaluate import message_of
from triage.extract import model
from triage.extract.model import ModelOutput, Thresholds, refine
from triage.records import Extraction, Fields, Found, Signals


def extraction(**fields) -> Extraction:
    found = fields.pop("found", [])
    signals = fields.pop("signals", Signals())
    return Extraction(language="en", fields=Fields(**fields), signals=signals, found=found)


@pytest.fixture
def says(monkeypatch):
    """Make the model say `out`, whatever the text."""
    def set_output(**kwargs):
        out = ModelOutput(language="en", **kwargs)
        monkeypatch.setattr(model, "predict", lambda text, lang=None, nlp=None, **kw: out)
    monkeypatch.setattr(model, "model_available", lambda path=model.MODEL_DIR: True)
    return set_output


MSG = message_of("Please help my brother.")


def test_a_name_and_country_the_rules_missed_are_filled_with_their_provenance(says):
    says(names=["Rosa Lemus"], countries=["GT"])
    out = refine(extraction(), message_of("Please help my sister. She was born far from here."))
    assert (out.fields.name, out.fields.country_of_birth) == ("Rosa Lemus", "GT")
    assert {f.method for f in out.found} == {"spacy:model.ner.SUBJECT_PERSON", "spacy:model.ner.COUNTRY"}


def test_a_labelled_rule_name_and_country_are_never_overridden(says):
    says(names=["Rebecca Thornton"], countries=["MX"])
    ex = extraction(name="Rosa Lemus", country_of_birth="GT",
                    found=[Found("name", "Rosa Lemus", "body", None, "regex:name.label")])
    out = refine(ex, MSG)
    assert (out.fields.name, out.fields.country_of_birth) == ("Rosa Lemus", "GT")


def test_even_a_name_the_rules_only_guessed_is_kept(says):
    # Replacing "weak" rule names cost name accuracy on the labelled mailboxes.
    says(names=["Rosa Amelia"])
    ex = extraction(name="Rosa Amelia Tzul Xiloj",
                    found=[Found("name", "Rosa Amelia Tzul Xiloj", "body", None, "spacy:name.subject")])
    assert refine(ex, MSG).fields.name == "Rosa Amelia Tzul Xiloj"


def test_the_writer_is_never_filled_in_as_the_person(says):
    says(names=["Margaret Liu"])
    msg = message_of("I am out of the office. Margaret Liu")
    msg.from_name = "Margaret Liu"
    assert refine(extraction(), msg).fields.name is None


def test_relief_is_left_to_the_rules_by_default(says):
    says(cats={"deferred_action": 0.995})
    assert refine(extraction(), MSG).fields.relief == []


def test_with_a_threshold_confident_relief_is_added_only_where_the_rules_found_none(says):
    on = Thresholds(relief=0.6)
    says(cats={"deferred_action": 0.995, "bond": 0.5})
    assert refine(extraction(), MSG, on).fields.relief == ["deferred_action"]
    assert refine(extraction(relief=["stay_of_removal"]), MSG, on).fields.relief == ["stay_of_removal"]


def test_a_safety_report_is_added_only_above_its_threshold_when_one_is_set(says):
    on = Thresholds(safety=0.5)
    says(cats={"SAFETY": 0.501})
    assert refine(extraction(), MSG, on).signals.safety == ["unspecified"]
    assert refine(extraction(), MSG).signals.safety == []  # off by default: the rules alone decide
    says(cats={"SAFETY": 0.49})
    assert refine(extraction(), MSG, on).signals.safety == []


def test_a_safety_kind_found_by_the_rules_is_kept(says):
    says(cats={"SAFETY": 0.99})
    out = refine(extraction(signals=Signals(safety=["assault"])), MSG)
    assert out.signals.safety == ["assault"]


def test_the_local_outcome_is_left_to_the_rules_unless_a_threshold_is_given(says):
    says(cats={"LOCAL_DENIED": 0.999})
    assert refine(extraction(), MSG).fields.local_outcome is None
    on = Thresholds(local=0.9)
    assert refine(extraction(), MSG, on).fields.local_outcome == "denied"
    assert refine(extraction(local_outcome="pending"), MSG, on).fields.local_outcome == "pending"


def test_nothing_is_added_to_mail_the_rules_call_not_a_request(says):
    says(cats={"bond": 0.99, "SAFETY": 0.99})
    out = refine(extraction(signals=Signals(not_a_request=True)), MSG)
    assert (out.fields.relief, out.signals.safety) == ([], [])


def test_mail_with_substance_is_never_turned_into_not_a_request(says):
    says(cats={"NOT_REQUEST": 0.999})
    assert refine(extraction(a_number="A012345678"), MSG).signals.not_a_request is False
    assert refine(extraction(), MSG).signals.not_a_request is True


def test_refine_returns_a_copy_and_leaves_the_rules_extraction_alone(says):
    says(names=["Rosa Lemus"])
    ex = extraction()
    refine(ex, MSG)
    assert ex.fields.name is None


def test_without_a_trained_pipeline_refine_changes_nothing(monkeypatch):
    monkeypatch.setattr(model, "model_available", lambda path=model.MODEL_DIR: False)
    ex = extraction()
    assert refine(ex, MSG) is ex


def test_organisations_and_places_are_not_taken_for_the_person():
    msg = message_of("Subject: question\n\nI work at the Rio Grande Valley Legal Clinic. The Gulf "
                     "Coast Ledger asked about a client of ours.\nThanks,\nMarcus Bell")
    assert refine(extraction(), msg).fields.name is None


def test_with_the_real_model_a_missed_subject_is_found():
    msg = message_of("Dear SRO,\nmy client Brenda Ayala Zamora, a Peruvian national, is detained. "
                     "We ask ICE to release her.\nThank you,\nMarcus Bell")
    out = refine(extraction(), msg)
    assert out.fields.name == "Brenda Ayala Zamora"
    assert out.fields.country_of_birth == "PE"


def test_a_name_first_written_under_the_closing_is_never_filled_in(says):
    says(names=["Khalid Mansour"])
    msg = message_of("Our client asks for deferred action.\n\nSincerely,\nKhalid Mansour\nStaff Attorney")
    assert refine(extraction(), msg).fields.name is None


def test_a_country_is_filled_only_where_the_text_speaks_of_birth_or_nationality(says):
    says(countries=["PE"])
    msg = message_of("Le escribo sobre la solicitud que enviamos. Programa de Servicios Legales, Parroquia Santa Rosa de Lima")
    assert refine(extraction(), msg).fields.country_of_birth is None
    msg = message_of("Mi esposo nacio en Lima y esta detenido.")
    assert refine(extraction(), msg).fields.country_of_birth == "PE"

"""refine: the model fills what the rules missed and never overrides a labelled hit."""
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
        monkeypatch.setattr(model, "predict", lambda text, lang=None, nlp=None: out)
    monkeypatch.setattr(model, "model_available", lambda path=model.MODEL_DIR: True)
    return set_output


MSG = message_of("Please help my brother.")


def test_a_name_and_country_the_rules_missed_are_filled_with_their_provenance(says):
    says(names=["Rosa Lemus"], countries=["GT"])
    out = refine(extraction(), MSG)
    assert (out.fields.name, out.fields.country_of_birth) == ("Rosa Lemus", "GT")
    assert {f.method for f in out.found} == {"spacy:model.ner.SUBJECT_PERSON", "spacy:model.ner.COUNTRY"}


def test_a_labelled_rule_name_and_country_are_never_overridden(says):
    says(names=["Rebecca Thornton"], countries=["MX"])
    ex = extraction(name="Rosa Lemus", country_of_birth="GT",
                    found=[Found("name", "Rosa Lemus", "body", None, "regex:name.label")])
    out = refine(ex, MSG)
    assert (out.fields.name, out.fields.country_of_birth) == ("Rosa Lemus", "GT")


def test_a_name_the_rules_only_took_from_a_signature_gives_way_to_the_model(says):
    says(names=["Rosa Lemus"])
    ex = extraction(name="Rebecca Thornton",
                    found=[Found("name", "Rebecca Thornton", "body", None, "spacy:name.signature")])
    assert refine(ex, MSG).fields.name == "Rosa Lemus"


def test_confident_relief_is_added_and_doubtful_relief_is_not(says):
    says(cats={"deferred_action": 0.97, "bond": 0.6})
    out = refine(extraction(relief=["stay_of_removal"]), MSG)
    assert out.fields.relief == ["deferred_action", "stay_of_removal"]


def test_a_likely_safety_report_is_escalated_even_at_modest_confidence(says):
    says(cats={"SAFETY": Thresholds().safety + 0.01})
    out = refine(extraction(), MSG)
    assert out.signals.safety == ["unspecified"]


def test_a_safety_kind_found_by_the_rules_is_kept(says):
    says(cats={"SAFETY": 0.99})
    out = refine(extraction(signals=Signals(safety=["assault"])), MSG)
    assert out.signals.safety == ["assault"]


def test_a_local_outcome_is_filled_only_when_the_rules_have_none(says):
    says(cats={"LOCAL_DENIED": 0.95})
    assert refine(extraction(), MSG).fields.local_outcome == "denied"
    assert refine(extraction(local_outcome="pending"), MSG).fields.local_outcome == "pending"


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


def test_with_the_real_model_a_missed_subject_is_found():
    msg = message_of("Dear SRO,\nmy client Brenda Ayala Zamora, a Peruvian national, is detained. "
                     "We ask ICE to release her.\nThank you,\nMarcus Bell")
    out = refine(extraction(), msg)
    assert out.fields.name == "Brenda Ayala Zamora"
    assert out.fields.country_of_birth == "PE"

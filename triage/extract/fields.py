"""The extract stage: one ParsedMessage in, one Extraction out.

Identity (who) and request (what is asked, routing facts, safety) are
extracted by their own rule modules; this one detects the language, puts the
two halves into the contract's Fields, and lets our trained spaCy pipeline
(models/triage_pipeline) fill what the rules left empty.
"""
from __future__ import annotations

from triage.extract.identity import extract_identity
from triage.extract.language import detect_language
from triage.extract.model import refine, refine_many
from triage.extract.request import extract_request
from triage.records import Extraction, Fields, ParsedMessage


def request_text(msg: ParsedMessage) -> str:
    """The words the language is judged on: the sender's own, then forwarded."""
    own = "\n".join([msg.body, *msg.forwarded]).strip()
    if own:
        return own
    pages = [p for a in msg.attachments for p in a.pages]
    return "\n".join([msg.subject, *pages])


def extract(msg: ParsedMessage) -> Extraction:
    """The rules' extraction, with our trained pipeline filling only what they left empty."""
    return refine(extract_rules(msg), msg)


def extract_many(msgs: list[ParsedMessage]) -> list[Extraction]:
    """extract() for a batch: the model reads the batch in one nlp.pipe call."""
    return refine_many([extract_rules(m) for m in msgs], msgs)


def extract_rules(msg: ParsedMessage) -> Extraction:
    """What the rule modules alone find (`triage eval` compares it with extract())."""
    language = detect_language(request_text(msg))
    who, found_who = extract_identity(msg, language)
    what, signals, found_what = extract_request(msg, language)
    fields = Fields(**{**who, **what})
    return Extraction(language=language, fields=fields, signals=signals,
                      found=found_who + found_what)

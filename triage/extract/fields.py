"""The extract stage: one ParsedMessage in, one Extraction out.

Identity (who) and request (what is asked, routing facts, safety) are
extracted by their own rule modules; this one detects the language, puts the
two halves into the contract's Fields, and lets our trained spaCy pipeline
(models/triage_pipeline) fill what the rules left empty.
"""
from __future__ import annotations

from triage.extract.identity import extract_identity
from triage.extract.language import detect_language
from triage.extract.model import refine
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
    language = detect_language(request_text(msg))
    who, found_who = extract_identity(msg, language)
    what, signals, found_what = extract_request(msg, language)
    fields = Fields(**{**who, **what})
    ruled = Extraction(language=language, fields=fields, signals=signals,
                       found=found_who + found_what)
    return refine(ruled, msg)  # our trained pipeline fills only what the rules left empty

"""The spaCy pipelines, loaded once per process.

Until our trained pipeline (models/) is in place, each language gets a blank
pipeline with a sentencizer; rule components (Matcher, EntityRuler) are built
by the extractors on top of the shared vocabulary.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

LANGS = ("en", "es")


@lru_cache(maxsize=None)
def get_nlp(lang: str) -> Language:
    """The pipeline for `lang` ('en' or 'es'; anything else gets 'en')."""
    nlp = spacy.blank(lang if lang in LANGS else "en")
    nlp.add_pipe("sentencizer")
    return nlp

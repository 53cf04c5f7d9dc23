"""Which language the request is written in, with no model to download.

Counts spaCy's own stop words of each language over the writer's text. Legal
boilerplate and signatures are often English even in a Spanish request, so
Spanish wins on a near tie and Spanish-only marks (ñ, ¿, ¡, accents) count.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
from spacy.lang.es.stop_words import STOP_WORDS as ES_STOP
from spacy.lang.fr.stop_words import STOP_WORDS as FR_STOP
from spacy.lang.pt.stop_words import STOP_WORDS as PT_STOP

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SPANISH_MARKS = re.compile(r"[ñ¿¡]|\b\w*[áéíóú]\w*\b", re.I)
# Words both languages share ("a", "no", "me", "he") or that are names, not language.
_SHARED = frozenset({"a", "no", "me", "he", "se", "son", "sin", "once", "de"}) & EN_STOP


@lru_cache(maxsize=1)
def _stop_sets() -> dict[str, frozenset[str]]:
    en = frozenset(EN_STOP) - _SHARED
    es = frozenset(ES_STOP) - frozenset(EN_STOP)
    # Portuguese and French only to tell them apart: words unknown to en and es.
    pt = frozenset(PT_STOP) - frozenset(ES_STOP) - frozenset(EN_STOP)
    fr = frozenset(FR_STOP) - frozenset(ES_STOP) - frozenset(EN_STOP) - pt
    return {"en": en, "es": es, "pt": pt, "fr": fr}


# Paragraphs that say nothing about the writer's own language.
_BOILERPLATE = re.compile(
    r"confidential|privileged|intended recipient|disclaimer|attorney[- ]client|"
    r"this (?:e-?mail|message|communication)|sent from my|"
    r"confidencial|destinatario|enviado desde",
    re.I,
)
_SIGNATURE_CUT = re.compile(r"^-- ?$", re.M)


def _own_words(text: str) -> str:
    text = _SIGNATURE_CUT.split(text or "", maxsplit=1)[0]
    paragraphs = re.split(r"\n\s*\n", text)
    kept = [p for p in paragraphs if not _BOILERPLATE.search(p)]
    return "\n\n".join(kept) if kept else text


def language_scores(text: str) -> dict[str, float]:
    text = _own_words(text)
    words = [w.lower() for w in _WORD.findall(text or "")]
    sets = _stop_sets()
    scores = {lang: float(sum(w in s for w in words)) for lang, s in sets.items()}
    scores["es"] += 0.5 * len(_SPANISH_MARKS.findall(text or ""))
    return scores


def detect_language(text: str) -> str:
    """'en' or 'es'; 'pt' or 'fr' when plainly so; 'en' when nothing tells."""
    scores = language_scores(text)
    en, es = scores["en"], scores["es"]
    other = max(("pt", "fr"), key=lambda k: scores[k])
    if scores[other] >= 5 and scores[other] > 1.5 * max(en, es):
        return other
    if es == 0 and en == 0:
        return "en"
    # A Spanish request with an English signature or disclaimer stays Spanish.
    return "es" if es >= 0.6 * en else "en"

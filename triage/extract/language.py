"""Which language the request is written in, with no model to download.

Counts spaCy's own stop words of each language over the writer's text. Legal
boilerplate and signatures are often English even in a Spanish request, so
Spanish wins on a near tie and Spanish-only marks (ñ, ¿, ¡, accents) count.
"""
from __future__ import annotations

import importlib.util
import re
import runpy
from functools import lru_cache
from pathlib import Path


def _spacy_stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop-word list for `lang`, read from its own file.

    Importing spacy.lang.<lang>.stop_words runs the language package, whose
    tokenizer exceptions take seconds to build (French: about 6 s); the list
    itself is one plain module.
    """
    spacy_dir = Path(importlib.util.find_spec("spacy").origin).parent
    return frozenset(runpy.run_path(str(spacy_dir / "lang" / lang / "stop_words.py"))["STOP_WORDS"])


EN_STOP = _spacy_stop_words("en")
ES_STOP = _spacy_stop_words("es")
FR_STOP = _spacy_stop_words("fr")
PT_STOP = _spacy_stop_words("pt")

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SPANISH_MARKS = re.compile(r"[ñ¿¡]|\b\w*[áéíóú]\w*\b", re.I)
_PORTUGUESE_MARKS = re.compile(r"\b\w*[ãõçêô]\w*\b", re.I)
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
    # Portuguese writes ã, õ, ç, ê, ô where Spanish never does; its á/é/í/ó/ú then
    # say nothing for Spanish.
    pt_marks = len(_PORTUGUESE_MARKS.findall(text or ""))
    scores["pt"] += pt_marks
    if not pt_marks:
        scores["es"] += 0.5 * len(_SPANISH_MARKS.findall(text or ""))
    else:
        scores["es"] += 0.5 * len(re.findall(r"[ñ¿¡]", text or ""))
    return scores


def detect_language(text: str) -> str:
    """'en' or 'es'; 'pt' or 'fr' when plainly so; 'en' when nothing tells."""
    scores = language_scores(text)
    en, es = scores["en"], scores["es"]
    other = max(("pt", "fr"), key=lambda k: scores[k])
    if scores[other] >= 5 and scores[other] > (1.5 if other == "fr" else 1.0) * max(en, es):
        return other
    if es == 0 and en == 0:
        return "en"
    # A Spanish request with an English signature or disclaimer stays Spanish.
    return "es" if es >= 0.6 * en else "en"

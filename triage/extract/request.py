"""What the request asks for, and the facts that route and prioritise it.

    extract_request(msg, language) -> (fields dict, Signals, [Found])

The request's own text (msg.parts(): subject, body, forwarded mail,
attachment pages; never msg.quoted) is cut into sentences by the shared
spaCy pipeline, and each helper module (relief, local, custody, safety, role,
kind) looks for its phrases one sentence at a time.

Phrases are regexes over a *folded* copy of each sentence: lower case and
accents stripped, character for character, so that offsets into the fold are
offsets into the original. Spanish inflects ("liberar", "liberen",
"liberación") and writers drop accents, which a token Matcher with LOWER
patterns would need a pattern per form for. spaCy's part is the sentence:
negation ("we did not ask", "no ha sido golpeado") only counts inside the
same clause of the same sentence.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Callable

from triage.extract.nlp import get_nlp
from triage.records import Found, ParsedMessage, Signals


@dataclass
class Sentence:
    text: str  # as written
    fold: str  # lower case, accents stripped, same length as text
    where: str
    page: int | None
    method: str
    index: int  # position among all the request's sentences


@dataclass
class Hit:
    sent: Sentence
    start: int
    end: int
    negated: bool

    @property
    def text(self) -> str:
        return self.sent.text[self.start:self.end]

    @property
    def fold(self) -> str:
        return self.sent.fold[self.start:self.end]


class CharTable(dict):
    """A str.translate table that works each character out once, with `per_char`."""

    def __init__(self, per_char: Callable[[str], str]):
        super().__init__()
        self.per_char = per_char

    def __missing__(self, code: int) -> str:
        self[code] = self.per_char(chr(code))
        return self[code]


def _fold_char(ch: str) -> str:
    low = ch.lower()
    low = low[0] if low else ch
    base = unicodedata.normalize("NFD", low)[0]
    return "'" if base in "\u2019\u2018`\u00b4" else base


_FOLD = CharTable(_fold_char)


def fold(text: str) -> str:
    """Lower case without accents, exactly one character per character."""
    return text.translate(_FOLD)


def rx(*alternatives: str) -> re.Pattern:
    """One pattern from alternatives, each bounded as whole words."""
    body = "|".join(f"(?:{a})" for a in alternatives)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])")


# A clause ends at punctuation or at a conjunction; negation does not cross it.
_CLAUSE_BREAK = re.compile(r"[,;:()\n]|\s(?:but|and|however|although|pero|y|sino|aunque)\s")
_NEGATION = re.compile(
    r"(?<!\w)(?:not|no|never|none|without|neither|nor|nunca|jamas|ni|sin|tampoco|"
    r"ningun\w*|nadie)(?!\w)|n't(?!\w)|"
    r"(?<!\w)(?:did|do|does|is|was|were|has|have|had|could|would|ca|wo|are)nt(?!\w)")
_NEG_WINDOW = 6  # words before the phrase that may negate it


def clause_bounds(fold_text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in _CLAUSE_BREAK.finditer(fold_text, 0, start):
        left = m.end()
    m = _CLAUSE_BREAK.search(fold_text, end)
    return left, (m.start() if m else len(fold_text))


def is_negated(fold_text: str, start: int) -> bool:
    left, _ = clause_bounds(fold_text, start, start)
    words = fold_text[left:start].split()[-_NEG_WINDOW:]
    return bool(_NEGATION.search(" ".join(words)))


def find(sents: list[Sentence], pattern: re.Pattern) -> list[Hit]:
    """Every match of `pattern` in the sentences, with its negation judged."""
    hits = []
    for s in sents:
        for m in pattern.finditer(s.fold):
            hits.append(Hit(s, m.start(), m.end(), is_negated(s.fold, m.start())))
    return hits


def next_in_part(sents: list[Sentence], s: Sentence) -> Sentence | None:
    """The sentence after `s` in the same part (a form's answer to a label), if any."""
    i = s.index + 1
    nxt = sents[i] if i < len(sents) and sents[i].index == i else next((o for o in sents if o.index == i), None)
    return nxt if nxt is not None and nxt.where == s.where else None


def near(hit: Hit, pattern: re.Pattern, scope: str = "clause") -> bool:
    """Whether `pattern` occurs in the hit's clause (or whole sentence)."""
    if scope == "sentence":
        return bool(pattern.search(hit.sent.fold))
    left, right = clause_bounds(hit.sent.fold, hit.start, hit.end)
    return bool(pattern.search(hit.sent.fold, left, right))


def snippet(hit: Hit, width: int = 60) -> str:
    s = hit.sent.text
    return " ".join(s[max(0, hit.start - width):hit.end + width].split())


def found(field: str, value, hit: Hit, method: str) -> Found:
    return Found(field, value, hit.sent.where, hit.sent.page, method, snippet(hit))


# ---------------------------------------------------------------- sentences

_BULLET = re.compile(r"^\s*(?:[-*\u2022>]|\d{1,2}[.)]|[A-Za-z][\w /#-]{0,30}:)")
_WRAPPED = 55  # a shorter line before a newline was ended by its writer


def _blocks(text: str) -> list[tuple[int, str]]:
    """Paragraphs, and lines that stand alone (labels, bullets, short lines)."""
    out: list[tuple[int, str]] = []
    start = 0
    lines = text.splitlines(keepends=True)
    pos = 0
    for i, line in enumerate(lines):
        pos += len(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        ends = (not nxt.strip() or not line.strip() or len(line.rstrip()) < _WRAPPED
                or _BULLET.match(nxt))
        if ends:
            if text[start:pos].strip():
                out.append((start, text[start:pos]))
            start = pos
    if text[start:].strip():
        out.append((start, text[start:]))
    return out


def sentences(msg: ParsedMessage, language: str) -> list[Sentence]:
    """The request's own text, sentence by sentence, with provenance."""
    nlp = get_nlp(language)
    out: list[Sentence] = []
    for part in msg.parts():
        blocks = [b for _, b in _blocks(part.text)]
        for doc in nlp.pipe(blocks):
            for sent in doc.sents:
                text = " ".join(sent.text.split())
                if text:
                    out.append(Sentence(text, fold(text), part.where, part.page,
                                        part.method, len(out)))
    return out


# ---------------------------------------------------------------- the whole


def extract_request(msg: ParsedMessage, language: str) -> tuple[dict, Signals, list[Found]]:
    """The request's fields (relief .. authorization), signals and provenance."""
    # Imported here: the helpers use this module's sentence machinery.
    from triage.extract import custody, kind, local, relief, role, safety

    sents = sentences(msg, language)
    signals = Signals()
    found_all: list[Found] = []

    loc, f = local.find_local(sents, msg, language)
    found_all += f
    codes, f = relief.find_relief(sents, partial=loc.outcome == "partial")
    found_all += f
    cust, f = custody.find_custody(sents, language, msg.date.date() if msg.date else None)
    found_all += f
    forms, f = role.find_authorization(sents, msg)
    found_all += f
    who, f = role.find_role(sents, msg, forms)
    found_all += f
    signals.safety, f = safety.find_safety(sents)
    found_all += f

    signals.local_review_said = loc.said
    signals.facts_changed = loc.facts_changed
    signals.local_request_copy = loc.request_copy
    signals.local_response_copy = loc.response_copy
    signals.imminent_removal = cust.imminent and not cust.detained
    signals.auto_generated = kind.auto_generated(msg)
    signals.not_a_request = kind.not_a_request(sents, asked=bool(
        codes or cust.detained or cust.imminent or loc.review == "requested" or forms
        or signals.safety), bare=not (msg.attachments or msg.in_reply_to or msg.references),
        firm=bool(codes or forms or signals.safety), invite=kind.calendar_invitation(msg))

    fields = {
        "relief": sorted(codes),
        "local_review": loc.review,
        "local_outcome": loc.outcome,
        "local_response_date": loc.response_date,
        "detained": cust.detained,
        "removal_date": cust.removal_date,
        "requester_role": who,
        "authorization": sorted(forms),
    }
    return fields, signals, found_all

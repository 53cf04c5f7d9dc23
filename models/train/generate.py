"""Write the annotated training and held-out mail for the triage pipeline.

    python models/train/generate.py            # -> train.jsonl, heldout.jsonl

Messages are put together from the hand-written seed sentences of seeds_en
and seeds_es: a voice (attorney, relative, the person, a representative, a
friend), an order, some noise (typos, lower case, HTML leftovers). Every seed
list keeps one item in four, and the name pools one name in four, for the
held-out file only, so the held-out mail has phrasings and people the model
never saw. Deterministic: a fixed seed, no clock.

One JSON object a line: text, lang, entities [[start, end, label]], cats
{label: 0|1}, gold (the fields the evaluation compares).
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import pools  # noqa: E402
import seeds_en  # noqa: E402
import seeds_es  # noqa: E402
import shapes  # noqa: E402

RELIEF_CODES = ("release_from_custody", "stay_of_removal", "cancellation_of_detainer",
                "deferred_action", "decline_enforcement", "motion_to_reopen", "dismissal",
                "administrative_closure", "stipulation", "continuance", "bond",
                "relief_in_proceedings")
OPLA_CODES = RELIEF_CODES[5:]
OUTCOMES = ("denied", "granted", "partial", "no_response", "pending")
LABELS = (*RELIEF_CODES, *(f"LOCAL_{o.upper()}" for o in OUTCOMES), "SAFETY", "OPLA", "NOT_REQUEST")
ENTITY_SLOTS = {"N": "SUBJECT_PERSON", "C": "COUNTRY", "D": "COUNTRY"}
SLOT = re.compile(r"\{(\w+)\}")
SEED = 20260401
N_TRAIN, N_HELDOUT = 3000, 300


class Picker:
    """Draws seed items: train sees three in four; held-out leans on the fourth."""

    def __init__(self, rng: random.Random, heldout: bool):
        self.rng, self.heldout = rng, heldout

    def __call__(self, items: list):
        items = [i for i in items]
        if len(items) < 4:
            return self.rng.choice(items)
        kept = [x for i, x in enumerate(items) if i % 4 != 3]
        reserved = [x for i, x in enumerate(items) if i % 4 == 3]
        if self.heldout and self.rng.random() < 0.6:
            return self.rng.choice(reserved)
        return self.rng.choice(kept)


class Message:
    """Segments rendered one by one, keeping entity offsets."""

    def __init__(self, slots: dict, rng: random.Random, noise: float):
        self.slots, self.rng, self.noise = slots, rng, noise
        self.text, self.entities, self.used = "", [], set()

    def add(self, template: str, sep: str = "\n\n") -> None:
        if not template:
            return
        if self.text:
            self.text += sep
        pos = 0
        for m in SLOT.finditer(template):
            self._literal(template[pos:m.start()])
            key = m.group(1)
            value = str(self.slots[key])
            start = len(self.text)
            self.text += value
            if key in ENTITY_SLOTS and value:
                self.entities.append([start, len(self.text), ENTITY_SLOTS[key]])
                self.used.add(key)
            pos = m.end()
        self._literal(template[pos:])

    def _literal(self, piece: str) -> None:
        if self.slots.get("_self"):
            piece = _first_person(piece)
        if self.noise and self.rng.random() < self.noise:
            piece = _typo(piece, self.rng)
        self.text += piece


_AGREE = {"has": "have", "is": "am", "wants": "want", "works": "work", "takes": "take",
          "attends": "attend", "lives": "live", "told": "told", "came": "came"}


def _first_person(piece: str) -> str:
    return re.sub(r"\bI (has|is|wants|works|takes|attends|lives)\b",
                  lambda m: "I " + _AGREE[m.group(1)], piece)


def _typo(piece: str, rng: random.Random) -> str:
    words = piece.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and w.isalpha() and rng.random() < 0.08:
            j = rng.randrange(1, len(w) - 2)
            kind = rng.random()
            if kind < 0.4:
                w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            elif kind < 0.7:
                w = w[:j] + w[j + 1:]
            else:
                w = w[:j] + w[j] + w[j:]
            words[i] = w
    return " ".join(words)


def _seeds(lang: str):
    return seeds_es if lang == "es" else seeds_en


def _subject_line(lang: str, rng: random.Random) -> str:
    en = ["Subject: Case review request - {N}", "Subject: URGENT {N} A{ANUM}", "Subject: help",
          "Subject: Request for prosecutorial discretion", "Subject: Re: {N}", ""]
    es = ["Asunto: Solicitud de revisión - {N}", "Asunto: URGENTE {N}", "Asunto: ayuda por favor",
          "Asunto: caso de {N}", ""]
    return rng.choice(es if lang == "es" else en)


def _relief_codes(rng: random.Random) -> list[str]:
    """ERO relief three times as often as OPLA's, as in the inbox itself."""
    weights = [3 if c not in OPLA_CODES else 1 for c in RELIEF_CODES]
    first = rng.choices(RELIEF_CODES, weights)[0]
    second = rng.choices(RELIEF_CODES, weights)[0] if rng.random() < 0.2 else first
    return sorted({first, second})


def _request(rng: random.Random, pick: Picker, lang: str, heldout: bool) -> dict:
    s = _seeds(lang)
    voice = rng.choices(["attorney", "family", "self", "representative", "other"],
                        [35, 30, 20, 10, 5])[0]
    slots = pools.slots(rng, lang, heldout, voice, pick)
    noise = 0.25 if rng.random() < 0.3 else 0.0
    msg = Message(slots, rng, noise)
    gold = {"name": slots["N"], "country": None, "relief": [], "local_outcome": None,
            "safety": [], "not_request": False}
    msg.add(pick(shapes.SUBJECT[lang]) if rng.random() < 0.4 else _subject_line(lang, rng), sep="\n")
    msg.add(pick(s.GREET))
    if rng.random() < 0.2:
        msg.add(pick(shapes.WRITER[lang]))
    msg.add(pick(s.INTRO[voice]))
    body: list[str] = []
    if voice != "self" and rng.random() < 0.3:
        body.append(pick(shapes.PERSON[lang]))
    if rng.random() < 0.4:
        body.append(pick(s.ID_LINES))
    if rng.random() < 0.7 or not body:
        body.append(pick(s.ORIGIN_SELF if voice == "self" else s.ORIGIN))
    elif rng.random() < 0.15:
        body.append(pick(shapes.ORIGIN[lang]))
    if rng.random() < 0.25:
        body.append(pick(s.ORIGIN_DISTRACT if rng.random() < 0.6 else shapes.ORIGIN_DISTRACT[lang]))
    if rng.random() < 0.2:
        body.append(pick(shapes.NOT_PERSON[lang]))
    body += [pick(s.FILLER) for _ in range(rng.randint(0, 3))]
    codes = _relief_codes(rng) if rng.random() < 0.92 else []
    for code in codes:
        body.append(pick(s.RELIEF[code]))
    if rng.random() < 0.2:
        body.append(pick(s.RELIEF_DISTRACT))
    if rng.random() < 0.7:
        gold["local_outcome"] = rng.choice(OUTCOMES)
        body.append(pick(s.LOCAL[gold["local_outcome"]]))
    else:
        body.append(pick(s.LOCAL_NONE))
    if rng.random() < 0.18:
        kind = rng.choice(sorted(s.SAFETY))
        gold["safety"] = [kind]
        body.append(pick(s.SAFETY[kind]))
    if rng.random() < 0.2:
        body.append(pick(s.SAFETY_DISTRACT))
    head = body[:1] if rng.random() < 0.5 else []
    rest = body[len(head):]
    rng.shuffle(rest)
    sep = rng.choice(["\n\n", "\n\n", " ", "\n", "<br>\n", "</p>\n<p>", "&nbsp;\n"])
    for part in head + rest:
        msg.add(part, sep)
    msg.add(pick(s.CLOSE) if rng.random() < 0.75 else pick(shapes.SIGNATURE))
    gold["relief"] = sorted(codes)
    if msg.used & {"C", "D"}:
        gold["country"] = slots["_code"]
    if rng.random() < 0.05:
        msg.text = msg.text.lower()
        gold["name"] = gold["name"].lower()
    return _record(msg, lang, gold)


def _not_request(rng: random.Random, pick: Picker, lang: str, heldout: bool) -> dict:
    s = _seeds(lang)
    slots = pools.slots(rng, lang, heldout, "other", pick)
    msg = Message(slots, rng, 0.0)
    msg.add(pick(s.NOT_REQUEST) if rng.random() < 0.7 else pick(shapes.NOT_REQUEST[lang]))
    if rng.random() < 0.5:
        msg.add(pick(s.CLOSE))
    gold = {"name": None, "country": None, "relief": [], "local_outcome": None,
            "safety": [], "not_request": True}
    return _record(msg, lang, gold)


def _record(msg: Message, lang: str, gold: dict) -> dict:
    cats = {label: 0 for label in LABELS}
    for code in gold["relief"]:
        cats[code] = 1
    if gold["local_outcome"]:
        cats[f"LOCAL_{gold['local_outcome'].upper()}"] = 1
    cats["SAFETY"] = int(bool(gold["safety"]))
    cats["OPLA"] = int(any(c in OPLA_CODES for c in gold["relief"]))
    cats["NOT_REQUEST"] = int(gold["not_request"])
    return {"text": msg.text, "lang": lang, "entities": msg.entities, "cats": cats, "gold": gold}


def generate(n: int, heldout: bool, seed: int) -> list[dict]:
    rng = random.Random(seed)
    pick = Picker(rng, heldout)
    out = []
    for _ in range(n):
        lang = "es" if rng.random() < 0.35 else "en"
        make = _not_request if rng.random() < 0.1 else _request
        out.append(make(rng, pick, lang, heldout))
    return out


def write(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main() -> None:
    write(HERE / "train.jsonl", generate(N_TRAIN, heldout=False, seed=SEED))
    write(HERE / "heldout.jsonl", generate(N_HELDOUT, heldout=True, seed=SEED + 1))


if __name__ == "__main__":
    main()

"""Which of the names found is the subject's, written in full.

find_names gives every mention with its evidence. The strongest mention
decides who the person is; the name reported is the fullest mention of that
same person ("Declan P. Walsh" -> "Declan Patrick Walsh", "Urdaneta Yorbelis"
-> "Yorbelis Carolina Urdaneta Finol"), in the word order most mentions use,
with its accents when any mention has them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from triage.extract.countries import fold

# Subject lines are written in a hurry; attachments may be anyone's forms.
_PART_ORDER = {"body": 0, "forwarded": 1, "subject": 2}


@dataclass(frozen=True)
class Mention:
    value: str
    rank: int
    where: str
    index: int  # part index
    start: int
    method: str
    hit: object  # the NameHit
    part: object  # the TextPart


def tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s.\-‐]+", fold(name)) if t]


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _match(big: list[str], small: list[str]) -> list[int] | None:
    """Where each word of `small` sits in `big` (each used once), or None."""
    used: list[int] = []
    for w in small:
        j = next((k for k, b in enumerate(big) if k not in used and b == w), None)
        if j is None:
            j = next((k for k, b in enumerate(big) if k not in used and _same_word(b, w)), None)
        if j is None:
            return None
        used.append(j)
    return used


def covers(big: str, small: str) -> bool:
    """`big` names the same person as `small`, with as many words or more."""
    b, s = tokens(big), tokens(small)
    return len(b) >= len(s) and _match(b, s) is not None


def same_person(a: str, b: str) -> bool:
    return covers(a, b) and covers(b, a)


def _order_support(value: str, mentions: list[Mention]) -> int:
    mine = tokens(value)
    score = 0
    for m in mentions:
        theirs = tokens(m.value)
        pos = _match(mine, [t for t in theirs if any(_same_word(t, x) for x in mine)])
        if pos is None or len(pos) < 2:
            continue
        score += 1 if pos == sorted(pos) else -1
    return score


def _fullness(value: str) -> tuple[int, int]:
    words = tokens(value)
    return len(words), sum(len(w) > 1 for w in words)


def _accents(value: str) -> int:
    return sum(1 for c in value if ord(c) > 127)


def surname_first(value: str) -> bool:
    """"HERNANDEZ ROBLES Juan Pablo": surnames in capitals ahead of the given names."""
    words = value.split()
    caps = next((i for i, w in enumerate(words) if not (w.isupper() and len(w) > 1)), len(words))
    return 0 < caps < len(words) and all(w[:1].isupper() and not w.isupper() for w in words[caps:])


_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ovych|ivna|ich|ogly|qizi|kyzy|uly)$", re.I)


def patronymic_last(value: str) -> bool:
    """"Volkov Artem Sergeevich": a Russian name in the passport's order, the surname first."""
    words = value.split()
    return len(words) >= 3 and bool(_PATRONYMIC.search(words[-1])) and not _PATRONYMIC.search(words[1])


def _capitals(value: str) -> int:
    return sum(1 for w in value.split() if w.isupper() and len(w) > 1)


def choose(mentions: list[Mention], writers: list[str], signed: list[str] = ()) -> Mention | None:
    """The subject's name: the strongest mention, then its fullest form.

    `writers` are the writer's names (the From header's among them); `signed` those
    the writer gave in the text ("Yo soy Luz Marina Ceballos de Ospina, esposa de ...")."""
    def is_writer(m: Mention) -> bool:
        # An explicit label or relation ("my client X") outweighs a writer's name from a header,
        # but not the name the writer signs with: "my aunt Luz Marina" forwards her own letter.
        if any(covers(w, m.value) for w in signed):
            return True
        return m.rank >= 2 and any(same_person(m.value, w) for w in writers)

    usable = [m for m in mentions if m.rank < 99 and not is_writer(m)]
    strong = [m for m in usable if m.rank < 9]
    if not strong:
        return None
    best = min(strong, key=lambda m: (m.rank, _PART_ORDER.get(m.where, 3), m.index, m.start))
    pool = [m for m in usable if covers(m.value, best.value)]
    # Plain spans only lengthen a name ("V." -> "Vasylovych"), never just reorder it.
    # An accented spelling of the same name is how it is really written.
    pool = [m for m in pool if m.rank < 9 or _fullness(m.value) > _fullness(best.value)
            or (_accents(m.value) > _accents(best.value) and same_person(m.value, best.value))]
    # The writer said which order is the natural one ("In English order: ...").
    said = [m for m in pool if m.method.endswith(".order") and same_person(m.value, best.value)]
    if said:
        return said[0]
    return max(pool, key=lambda m: (
        _fullness(m.value),
        not surname_first(m.value),
        not patronymic_last(m.value),
        _order_support(m.value, usable),
        _accents(m.value),
        -_capitals(m.value),
        -m.rank,
        -_PART_ORDER.get(m.where, 3),
    ))

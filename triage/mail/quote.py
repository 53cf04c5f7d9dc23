"""The sender's own words, apart from quoted history and forwarded mail.

An A-number or a date in someone else's quoted mail must never be taken for
this request, so quoted history ("On ... wrote:", "> " lines, Outlook's
original-message blocks) goes to `quoted`. Forwarded mail is different: the
writer sends it as part of the request, so it goes to `forwarded` (without its
own header lines). Signatures stay in the body: they carry phone numbers and
the writer's role.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

_I = re.IGNORECASE
FORWARD_SEPARATOR = re.compile(
    r"^\s*(-{2,}\s*(forwarded message|mensaje reenviado|message transféré|"
    r"weitergeleitete nachricht)\s*-{2,}|begin forwarded message:|"
    r"inicio del mensaje reenviado:)\s*$",
    _I,
)
ORIGINAL_SEPARATOR = re.compile(
    r"^\s*-{2,}\s*(original message|mensaje original|message d'origine|"
    r"ursprüngliche nachricht)\s*-{2,}\s*$",
    _I,
)
# "On Mon, Jan 6, 2025 at 9:14 AM Ana <ana@example.org> wrote:"; clients wrap
# the long line, so the marker may span two lines.
ATTRIBUTION_START = re.compile(r"^\s*(on|el|le|am)\s\S", _I)
ATTRIBUTION_END = re.compile(r"(wrote|escribió|escribio|a écrit|schrieb)\s*:\s*$", _I)
CLIENT_MARK = re.compile(r"@|\b\d{1,2}:\d{2}\b")
HEADER_LINE = re.compile(
    r"^\s*\*?(from|de|von|sent|enviado|enviado el|date|fecha|gesendet|to|para|an|"
    r"cc|subject|asunto|betreff|reply-to|responder a)\s*:\*?(\s|$)",
    _I,
)
BLOCK_FROM = re.compile(r"^\s*\*?(from|de|von)\s*:", _I)
BLOCK_SENT = re.compile(r"^\s*\*?(sent|enviado|enviado el|date|fecha|gesendet)\s*:", _I)
BLOCK_REST = re.compile(r"^\s*\*?(to|para|an|subject|asunto|betreff)\s*:", _I)
FORWARD_SUBJECT = re.compile(r"^\s*(\[[^\]]*\]\s*)*(fw|fwd|rv|reenviado|tr|wg)\s*:", _I)
# Outlook draws this rule above its header block.
RULE = re.compile(r"^\s*_{10,}\s*$")


@dataclass
class Split:
    body: str
    quoted: str = ""
    forwarded: list[str] = field(default_factory=list)


def is_forward_subject(subject: str) -> bool:
    return bool(FORWARD_SUBJECT.match(subject or ""))


def split_quoted(text: str, subject: str = "", own_addr: str | None = None) -> Split:
    """Split one message's text into own words, quoted history and forwards.

    Mail from `own_addr`, quoted below, is read as the writer's own words: the
    caller passes it only when the writer points to it (points_to_own_mail)."""
    lines = text.replace("\r\n", "\n").split("\n")
    own: list[str] = []
    quoted: list[str] = []
    forwarded: list[str] = []
    forward_subject = is_forward_subject(subject)
    i = 0
    while i < len(lines):
        line = lines[i]
        if FORWARD_SEPARATOR.match(line):
            _take_forward(lines[i + 1 :], forwarded, quoted, own_addr)
            break
        if _header_block_at(lines, i) and line[:1] in " \t":
            # An indented block the writer pasted in ("Their answer came on ...; I paste it
            # here:"): it ends where the writer's own unindented lines go on.
            end = _block_end(lines, i, _indented_line)
            # Its header lines stay: the "Sent:" line dates the answer.
            (forwarded if _introduces_paste(own) else quoted).append(_join(lines[i:end]))
            i = end
            continue
        if ORIGINAL_SEPARATOR.match(line) or _header_block_at(lines, i):
            rest = lines[i:] if not ORIGINAL_SEPARATOR.match(line) else lines[i + 1 :]
            _drop_rule(own)
            if _answered_inline(rest):
                # "Mis respuestas van debajo de cada pregunta": the answers are the writer's own words;
                # the questions they answer come with them when the writer says so.
                body = _skip_headers(rest)
                if _ANSWERS_BELOW.search(" ".join(own)):
                    forwarded.append(_join([re.sub(r"^\s*> ?", "", ln) for ln in body]))
                else:
                    own += [ln for ln in body if not ln.lstrip().startswith(">")]
                    quoted += [ln for ln in body if ln.lstrip().startswith(">")]
                break
            if forward_subject or (_header_block_at(lines, i) and (_introduces_paste(own) or _points_below(own))) \
                    or _written_by(rest, own_addr):
                _take_forward(rest, forwarded, quoted, own_addr)
            else:
                quoted += lines[i:]
            break
        span = _attribution_at(lines, i)
        if span:
            end = _block_end(lines, i + span, _quoted_line)
            if end > i + span and _points_below(own):
                # "Abajo está lo que me escribió mi mamá": the quoted mail is the request's.
                forwarded.append(_join([re.sub(r"^\s*> ?", "", ln) for ln in lines[i + span:end]]))
                i = end
                continue
            if end > i + span:
                quoted += lines[i:end]
                i = end
                continue
            # No "> " lines follow, so all the rest would be history: take
            # that only on a client's marker (an address or a clock time),
            # never on a sentence like "On March 3 they wrote:".
            if CLIENT_MARK.search(" ".join(lines[i : i + span])):
                quoted += lines[i:]
                break
        if line.lstrip().startswith(">") and _introduces_paste(own):
            # "Their answer came on October 29: > ...": pasted as part of the request.
            end = _block_end(lines, i, _quoted_line)
            forwarded.append(_join([re.sub(r"^\s*> ?", "", ln) for ln in lines[i:end]]))
            i = end
            continue
        if line.lstrip().startswith(">"):
            quoted.append(line)
        else:
            own.append(line)
        i += 1
    return Split(_join(own), _join(quoted), [f for f in forwarded if f.strip()])


# The writer's lead-in to mail they paste as part of the request.
_PASTE_LEAD = re.compile(
    r"(?:\bpaste|\bpasted|\bcopied|\bbelow|\bhere it is|\bhere is|\bas follows|\bpego|\bcopio|\babajo|"
    r"\baqui (?:est[aá]|va)|\bsu respuesta|\btheir (?:answer|reply|response|decision|e-?mail)|"
    r"\bthe (?:answer|reply|response|decision|denial) (?:came|was|said|reads))[^\n]{0,80}:\s*$",
    _I,
)


# "Please accept Danielle's e-mail below as our request": the mail below is the request.
_BELOW = re.compile(
    r"(?:e-?mail|message|letter|request|draft)\s+below\b|\bbelow\s+(?:is|as)\s+(?:our|the|my|his|her)\s+request|"
    # "our request is my message of last night, just below"
    r"\b(?:our|my|the)\s+request\s+is\s+(?:my|our|the)\s+(?:e-?mail|message|letter)\b[^.\n]{0,40}\b(?:just\s+|directly\s+)?below\b|"
    r"(?:correo|mensaje|carta|solicitud)\s+(?:de\s+)?abajo|"
    # "Abajo está lo que me escribió mi mamá con todos sus datos"
    r"\babajo\s+(?:est[aá]n?|van?|les?\s+(?:dejo|mando|pongo|copio))\s+(?:lo\s+que|los\s+datos|la\s+informaci[oó]n|todos?)",
    _I,
)


_OWN_BELOW = re.compile(
    r"(?:original|first|earlier|previous|my|our)\s+(?:request|letter|e-?mail|message)\s+(?:\w+\s+){0,4}(?:is\s+)?"
    r"(?:at\s+the\s+bottom|below|underneath|further\s+down)|"
    r"(?:solicitud|carta|correo|mensaje)\s+(?:original|anterior|de\s+nosotros)\s+(?:\w+\s+){0,4}(?:est[aá]\s+)?(?:abajo|al\s+final)",
    _I,
)


_ANSWERS_BELOW = re.compile(
    r"\b(?:my\s+answers|answers?\s+(?:are\s+)?(?:below|inline|under)|answered\s+(?:below|inline)|(?:mis\s+)?respuestas\s+"
    r"(?:van\s+|est[aá]n\s+)?(?:debajo|abajo|entre)|contest[eé]\s+(?:aqu[ií]\s+)?(?:abajo|debajo))", _I)


def _answered_inline(rest: list[str]) -> bool:
    """"> " lines with the writer's own lines between them: answers written into the quoted mail."""
    marks = [k for k, ln in enumerate(rest) if ln.lstrip().startswith(">")]
    if len(marks) < 2:
        return False
    between = [ln for ln in rest[marks[0]:marks[-1]] if ln.strip() and not ln.lstrip().startswith(">")]
    return len(between) >= 2


def points_to_own_mail(text: str) -> bool:
    """"My original request is at the bottom": the writer's own earlier mail, quoted, is part
    of the request; without such words it is history like any other ("ahora es por mi otro hijo")."""
    return bool(_OWN_BELOW.search(text[:3000]))


def _points_below(own: list[str]) -> bool:
    return bool(_BELOW.search(" ".join(own)))


def _introduces_paste(own: list[str]) -> bool:
    before = [ln for ln in own if ln.strip()][-1:]
    return bool(before) and bool(_PASTE_LEAD.search(before[0]))


def _take_forward(rest: list[str], forwarded: list[str], quoted: list[str], own_addr: str | None = None) -> None:
    """The forwarded block, minus its header lines, split again on its own.

    Inside it, an Outlook header block is that mail's own history: quoted,
    unless the writer of this message wrote it.
    """
    inner = split_quoted("\n".join(_skip_headers(rest)), own_addr=own_addr)
    forwarded.append(inner.body)
    forwarded.extend(inner.forwarded)
    if inner.quoted:
        quoted.append(inner.quoted)


def _written_by(lines: list[str], addr: str | None) -> bool:
    """A header block whose From: line is `addr`."""
    if not addr or "@" not in addr:
        return False
    for line in lines[:8]:
        if BLOCK_FROM.match(line):
            return addr.lower() in line.lower()
    return False


def _skip_headers(lines: list[str]) -> list[str]:
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines) and (
        HEADER_LINE.match(lines[i]) or (i and lines[i][:1] in " \t" and lines[i].strip())
    ):
        i += 1
    return lines[i:]


def _attribution_at(lines: list[str], i: int) -> int:
    """How many lines the "On ... wrote:" marker at line i spans (0: none)."""
    if not ATTRIBUTION_START.match(lines[i]):
        return 0
    for span in (1, 2):
        joined = " ".join(lines[i : i + span])
        if len(joined) < 300 and re.search(r"\d", joined) and ATTRIBUTION_END.search(joined):
            return span
    return 0


def _block_end(lines: list[str], i: int, inside: Callable[[str], bool]) -> int:
    """Index after the lines from i for which `inside` holds (blank lines between them included)."""
    end = j = i
    while j < len(lines) and (not lines[j].strip() or inside(lines[j])):
        j += 1
        if lines[j - 1].strip():
            end = j
    return end


def _quoted_line(line: str) -> bool:
    return line.lstrip().startswith(">")


def _indented_line(line: str) -> bool:
    return line[:1] in " \t"


def _header_block_at(lines: list[str], i: int) -> bool:
    """An Outlook "From: / Sent: / To: / Subject:" block starts at line i."""
    if not BLOCK_FROM.match(lines[i]):
        return False
    following = [ln for ln in lines[i + 1 : i + 12] if ln.strip()][:5]
    sent = [n for n, ln in enumerate(following) if BLOCK_SENT.match(ln)]
    return bool(sent) and any(BLOCK_REST.match(ln) for ln in following[sent[0] + 1 :])


def _drop_rule(own: list[str]) -> None:
    while own and (not own[-1].strip() or RULE.match(own[-1])):
        if RULE.match(own.pop()):
            return


def _join(lines: list[str]) -> str:
    return "\n".join(lines).strip("\n")

"""Read and extract ahead: the part of a message's path that needs nothing but its bytes.

`prepare_many(raws, limits)` reads each message and extracts its facts, the
model reading the whole batch in one `nlp.pipe` call; `Prepared` carries the
result, or the error that will quarantine the message. Nothing here touches
the record, so batches can be prepared in worker processes while the parent
decides, replies and records in order (`ahead()`): replay uses both cores and
its report is the same line for line as a serial run's.

A worker process that dies (killed, out of memory) costs nothing: the
messages it held are prepared again in the parent, one at a time.
"""
from __future__ import annotations

import hashlib
import logging
import os
import traceback
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from typing import Iterable, Iterator

from triage.dedupe import content_sha256
from triage.errors import UnreadableMessage
from triage.extract.fields import extract_many, extract_rules
from triage.extract.model import refine
from triage.mail.limits import Limits
from triage.mail.message import read_message
from triage.records import Extraction, ParsedMessage

log = logging.getLogger("triage.prepare")
BATCH = 8  # messages a task: large enough for nlp.pipe, small enough to keep order cheap


@dataclass
class Prepared:
    """One message read and extracted, or why it could not be."""
    sha: str
    msg: ParsedMessage | None = None
    ex: Extraction | None = None
    content: str | None = None  # dedupe.content_sha256 of the bytes
    unreadable: str | None = None  # the reader's error: the message is quarantined
    internal: str | None = None  # a bug's "internal error while <stage>: ..." text


def _internal(stage: str, e: Exception) -> str:
    log.error("internal error while %s:\n%s", stage, traceback.format_exc())
    return f"internal error while {stage}: {type(e).__name__}: {e}"


def _read(raw: bytes, limits: Limits) -> Prepared:
    p = Prepared(sha=hashlib.sha256(raw).hexdigest())
    try:
        p.msg = read_message(raw, limits)
    except UnreadableMessage as e:
        p.unreadable = str(e)
        return p
    except Exception as e:  # a bug in reading must cost one message, not the run
        p.internal = _internal("reading", e)
        return p
    p.content = content_sha256(raw)
    return p


def prepare(raw: bytes, limits: Limits) -> Prepared:
    return prepare_many([raw], limits)[0]


def prepare_many(raws: list[bytes], limits: Limits) -> list[Prepared]:
    """Every message of `raws` read and extracted; never raises for a message."""
    done = [_read(raw, limits) for raw in raws]
    readable = [p for p in done if p.msg is not None]
    try:
        for p, ex in zip(readable, extract_many([p.msg for p in readable])):
            p.ex = ex
    except Exception:  # one message broke the batch: find it, keep the others
        for p in readable:
            try:
                p.ex = refine(extract_rules(p.msg), p.msg)
            except Exception as e:
                p.internal = _internal("deciding", e)
    return done


_WARM_UP = (b"From: Ana Ejemplo <ana@example.org>\r\nTo: icr@example.org\r\nSubject: Solicitud / request\r\n"
            b"Message-ID: <warm-up@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            b"Mi esposo Jose Ejemplo, A# 000-000-000, nacio el 4 de marzo de 1990 en Guatemala y esta detenido.\r\n"
            b"My husband was born on March 4, 1990. Please release him. Call 555-555-0100.\r\n")


def warm_up(limits: Limits) -> None:
    """Load what every message needs (the model, both languages' tokenizers and
    matchers, the date parsers) so that forked workers start with it."""
    from triage.extract.model import load, model_available
    if model_available():
        load()
    prepare_many([_WARM_UP], limits)


def workers_for(setting: int) -> int:
    """0 means one worker a core; a single core gets none (no pool at all)."""
    n = setting or (os.cpu_count() or 1)
    return n if n > 1 else 0


def ahead(items: Iterable[tuple[str, bytes]], limits: Limits,
          workers: int) -> Iterator[tuple[str, bytes, Prepared | None]]:
    """(label, raw, prepared) in the order of `items`, prepared by `workers` processes.

    At most a few batches a worker are in flight, so memory stays bounded on a
    mailbox of any size. Prepared is None where the parent must do it itself
    (no workers, or a worker died).
    """
    if workers <= 0:
        for label, raw in items:
            yield label, raw, None
        return
    warm_up(limits)  # once, before the fork: the workers share what it loads
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("fork"))
    pending: deque = deque()
    broken = False
    try:
        batch: list[tuple[str, bytes]] = []
        submitted = 0
        for label, raw in items:
            batch.append((label, raw))
            # The first message goes alone, so the first decision does not wait for a batch.
            if len(batch) < (1 if submitted == 0 else BATCH):
                continue
            submitted += 1
            pending.append((batch, _submit(pool, batch, limits, broken)))
            batch = []
            while len(pending) > 2 * workers:
                broken = yield from _drain_one(pending)
        if batch:
            pending.append((batch, _submit(pool, batch, limits, broken)))
        while pending:
            broken = yield from _drain_one(pending)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, batch: list[tuple[str, bytes]], limits: Limits,
            broken: bool):
    if broken:
        return None
    try:
        return pool.submit(prepare_many, [raw for _, raw in batch], limits)
    except (BrokenProcessPool, RuntimeError):
        return None


def _drain_one(pending: deque):
    batch, future = pending.popleft()
    prepared: list[Prepared | None] = [None] * len(batch)
    broken = future is None
    if future is not None:
        try:
            prepared = list(future.result())
        except BrokenProcessPool:
            log.error("a worker process died; its messages are prepared in the parent")
            broken = True
        except Exception as e:  # the result could not come back (pickling): do it here
            log.error("a worker could not return its batch (%s); prepared in the parent", e)
    for (label, raw), p in zip(batch, prepared):
        yield label, raw, p
    return broken

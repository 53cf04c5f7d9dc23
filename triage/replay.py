"""`triage replay`: the daemon's pipeline over a mailbox, with no network.

Replies are written as .eml files to the outbox instead of being sent; every
input message gets exactly one report line, in processing order.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable

from triage.config import Config, load_config
from triage.errors import SourceError
from triage.mailbox.source import replay_source
from triage.pipeline import Pipeline
from triage.prepare import ahead, workers_for
from triage.records import Outcome
from triage.report import report_line
from triage.store.db import Store, open_db


@dataclass
class ReplaySummary:
    messages: int = 0
    decisions: dict[str, int] = field(default_factory=dict)
    quarantined: int = 0
    duplicates: int = 0
    replies: int = 0
    db_path: str = ""
    outbox: str = ""


def write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


class Outbox:
    """A folder of reply files, one name per source message, never overwritten."""

    def __init__(self, folder: Path):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)

    def name_for(self, source: str) -> str:
        base = source.replace("mbox:", "mbox-").rsplit("/", 1)[-1]
        base = re.sub(r"[^\w.@+-]", "_", base) or "message"
        if not base.endswith(".eml"):
            base += ".eml"
        name, n = base, 1
        while (self.folder / name).exists():
            name = re.sub(r"[^\w.@+-]", "_", source) + ("" if n == 1 else f"-{n}") + ".eml"
            n += 1
        return name

    def write(self, source: str, raw: bytes) -> str:
        name = self.name_for(source)
        write_private(self.folder / name, raw)
        return name


def replay(source: str | Path, report: str | Path, *, db: str | Path | None = None,
           outbox: str | Path | None = None, config: Config | None = None,
           progress: Callable[[Outcome], None] | None = None,
           workers: int | None = None) -> ReplaySummary:
    """Process every message of `source` and write the report; see CONTRACT.md.

    `progress`, when given, is called with each outcome once its line is written
    (the benchmark times messages with it). `workers`: processes that read and
    extract ahead (default: the config's replay.workers, 0 = one a core); the
    report is the same line for line whatever the number.
    """
    config = config or load_config()
    src = Path(source)
    if not src.exists():
        raise SourceError(f"no such source: {src}")
    work = Path(tempfile.mkdtemp(prefix="triage-replay-"))  # mkdtemp makes it 0700
    db_path = Path(db) if db else work / "triage.db"
    out = Outbox(Path(outbox) if outbox else work / "outbox")
    try:  # the report carries full A-numbers by contract: readable by its owner only
        fh = os.fdopen(os.open(report, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600),
                       "w", encoding="utf-8")
    except OSError as e:
        raise SourceError(f"cannot write the report {report}: {e.strerror}") from e
    # The mailbox replayed is still on disk: a power cut costs a rerun, not mail,
    # so commits need not wait for the disk (the daemon's do).
    store = Store(open_db(db_path, durable=False))
    pipeline = Pipeline(store, config)
    summary = ReplaySummary(db_path=str(db_path), outbox=str(out.folder))
    n = workers_for(config["replay.workers"] if workers is None else workers)
    with fh:
        for label, raw, prepared in ahead(replay_source(src), pipeline.limits, n):
            outcome = pipeline.process(raw, label, prepared=prepared)
            _write(fh, store, out, outcome)
            _count(summary, outcome)
            if progress is not None:
                progress(outcome)
    store.db.close()
    return summary


def _write(fh: IO[str], store: Store, out: Outbox, outcome: Outcome) -> None:
    reply_file = None
    if outcome.reply is not None:
        reply_file = out.write(outcome.source, outcome.reply.raw)
        rows = list(store.db.query("select id from replies where message_id = ?",
                                   [outcome.reply.message_id]))
        for row in rows:
            store.set_reply_status(row["id"], "written")
    fh.write(json.dumps(report_line(outcome, reply_file), ensure_ascii=False) + "\n")
    fh.flush()


def _count(summary: ReplaySummary, outcome: Outcome) -> None:
    summary.messages += 1
    summary.decisions[outcome.decision] = summary.decisions.get(outcome.decision, 0) + 1
    summary.quarantined += outcome.quarantined
    summary.duplicates += outcome.duplicate_of is not None
    summary.replies += outcome.reply is not None

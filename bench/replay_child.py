"""The replay, as its own process, timed from the inside (run by bench/run.py).

    python bench/replay_child.py SPAWNED_AT MAILBOX WORKDIR OUT.json [--ocr]

SPAWNED_AT is the parent's time.time() just before it started this process,
so cold start counts the interpreter and every import. The child writes one
JSON object: when the first message was decided, each message's time from the
previous one's line (or from the start of the replay), and its own peak RSS.
Without --ocr, scans stay 'needs_ocr' as on a machine without Tesseract: the
issue's targets are for a mailbox with no OCR, which bench/run.py times apart.
"""
from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def main(spawned_at: float, mailbox: str, work: str, out: str, ocr: bool = False) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from triage.replay import replay

    if not ocr:
        _without_ocr()

    imported = time.time()
    marks: list[float] = []
    decisions: dict[str, int] = {}
    pdf_pages = [0]

    def progress(outcome) -> None:
        marks.append(time.perf_counter())

    w = Path(work)
    start_wall, start = time.time(), time.perf_counter()
    summary = replay(mailbox, w / "report.jsonl", db=w / "triage.db", outbox=w / "outbox",
                     progress=progress)
    end = time.perf_counter()
    decisions = summary.decisions
    first_wall = start_wall + (marks[0] - start) if marks else None
    steps = [b - a for a, b in zip([start, *marks[:-1]], marks)]
    Path(out).write_text(json.dumps({
        "messages": summary.messages,
        "decisions": decisions,
        "quarantined": summary.quarantined,
        "replay_s": end - start,
        "import_s": imported - spawned_at,
        "cold_start_s": (first_wall - spawned_at) if first_wall else None,
        "per_message_s": steps,
        "pdf_pages": pdf_pages[0],
        "maxrss_self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "maxrss_children_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    }))


def _without_ocr() -> None:
    try:
        import triage.mail.message as message
    except ImportError:
        return
    if hasattr(message, "ocr_available"):
        message.ocr_available = lambda: False


if __name__ == "__main__":
    main(float(sys.argv[1]), *sys.argv[2:5], ocr="--ocr" in sys.argv[5:])

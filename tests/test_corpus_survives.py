"""Every mail and PDF of the shared corpus is read or refused cleanly, never crashes."""
from __future__ import annotations

import collections
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from triage.errors import UnreadableMessage
from triage.mail.limits import Limits
from triage.mail.message import read_message
from triage.mail.pdf import STATUSES, read_pdf
from triage.records import ParsedMessage

CORPUS = Path(__file__).parents[2] / "shared" / "corpus"


def _files(*folders: str, suffix: str = "") -> list[Path]:
    found = [
        f
        for folder in folders
        for f in sorted((CORPUS / folder).rglob("*"))
        if f.is_file() and f.name.lower().endswith(suffix)
    ]
    if not found:
        pytest.skip(f"no corpus under {CORPUS}")
    return found


def test_every_corpus_mail_is_read_or_refused_as_unreadable():
    outcome = collections.Counter()
    for path in _files("emails"):
        try:
            parsed = read_message(path.read_bytes())
        except UnreadableMessage as exc:
            assert str(exc).endswith("."), path
            outcome["unreadable"] += 1
        else:
            assert isinstance(parsed, ParsedMessage), path
            assert parsed.size == path.stat().st_size
            outcome["parsed"] += 1
    print(f"\ncorpus mail: {dict(outcome)}")
    assert outcome["parsed"] > 600


def _timed_read(path: Path) -> tuple[Path, float, object]:
    start = time.monotonic()
    result = read_pdf(path.read_bytes(), Limits())
    return path, time.monotonic() - start, result


def test_every_corpus_pdf_gets_a_status_never_an_exception():
    # Threads suffice: each read_pdf forks its own worker process.
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(_timed_read, _files("pdfs", "forms", suffix=".pdf")))
    statuses = collections.Counter(r.status for _, _, r in results)
    slowest = sorted(results, key=lambda r: r[1])[-3:]
    print(f"\ncorpus PDFs: {dict(statuses)}")
    print("slowest: " + ", ".join(f"{p.name} {s:.1f} s ({r.status})" for p, s, r in slowest))
    assert set(statuses) <= set(STATUSES)
    assert all(r.error for _, _, r in results if r.status in ("unreadable", "encrypted"))

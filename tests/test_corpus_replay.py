"""The whole pipeline survives the shared robustness corpus and loses nothing.

Every file under corpus/emails is replayed (triage.replay.replay, the real
command's path): each gets exactly one report line and one record, decided or
quarantined with its raw bytes and its error. Every PDF under corpus/pdfs and
corpus/forms, attached to a short fictional request, leaves that request
decided, with the attachment noted read, unreadable, encrypted or needs_ocr
(or empty for a 0-byte file, and not_read for a file with no %PDF- header in
its first 1024 bytes: the reader tells a PDF by its bytes, not its name).

The PDF half covers every PDF once; TRIAGE_CORPUS_PDFS=N samples N of them
(evenly, sorted by name) for a quicker local run. Counts and the slowest
attachment are printed (pytest -s, or -rP) for the issue's closing note.
"""
from __future__ import annotations

import collections
import json
import os
import queue
import threading
import time
from email.message import EmailMessage
from pathlib import Path

import pytest

from triage.config import load_config
from triage.pipeline import Pipeline
from triage.replay import replay
from triage.store.db import Store, open_db

CORPUS = Path(__file__).parents[2] / "shared" / "corpus"
DECISIONS = {"acknowledge", "reject_incomplete", "redirect_local", "redirect_opla",
             "escalate", "ignore"}
PDF_STATUSES = {"read", "unreadable", "encrypted", "needs_ocr"}
PDF_THREADS = 2  # each PDF is read in its own forked worker; threads only wait on it


def _corpus_files(*folders: str, suffix: str = "") -> list[Path]:
    found = [f for folder in folders if (CORPUS / folder).is_dir()
             for f in sorted((CORPUS / folder).rglob("*"))
             if f.is_file() and f.name.lower().endswith(suffix)]
    if not found:
        pytest.skip(f"no corpus under {CORPUS}")
    return found


# ---------------------------------------------------------------- mail


@pytest.fixture(scope="module")
def mail_replay(tmp_path_factory):
    """Replay every corpus mail; the folder source takes only *.eml when there
    are any, so each file is linked in under its own name plus '.eml'."""
    files = _corpus_files("emails")
    work = tmp_path_factory.mktemp("corpus-mail")
    inbox = work / "inbox"
    labels = {}
    for f in files:
        rel = f.relative_to(CORPUS / "emails").as_posix()
        label = rel if rel.endswith(".eml") else rel + ".eml"
        (inbox / label).parent.mkdir(parents=True, exist_ok=True)
        (inbox / label).symlink_to(f)
        labels[label] = f
    report = work / "report.jsonl"
    start = time.monotonic()
    summary = replay(inbox, report, db=work / "triage.db", outbox=work / "outbox",
                     config=load_config())
    took = time.monotonic() - start
    lines = [json.loads(x) for x in report.read_text(encoding="utf-8").splitlines()]
    db = open_db(work / "triage.db")
    yield {"labels": labels, "lines": lines, "db": db, "summary": summary, "took": took}
    db.close()


def test_every_corpus_mail_gets_exactly_one_report_line(mail_replay):
    sources = [line["source"] for line in mail_replay["lines"]]
    assert len(sources) == len(mail_replay["labels"])
    assert sorted(sources) == sorted(mail_replay["labels"])
    for line in mail_replay["lines"]:
        assert line["decision"] in DECISIONS, line
        if line.get("quarantined"):
            assert line["decision"] == "ignore" and line["error"] and line["reply"] is None


def test_every_corpus_mail_is_recorded_with_its_raw_bytes(mail_replay):
    db, labels = mail_replay["db"], mail_replay["labels"]
    rows = {r["source"]: r for r in db.query(
        "select m.source, m.status, m.error, r.bytes from messages m "
        "left join raw r on r.sha256 = m.raw_sha256")}
    assert set(rows) == set(labels)
    for label, path in labels.items():
        row = rows[label]
        assert row["bytes"] == path.read_bytes(), label
        assert row["status"] in ("decided", "quarantined", "duplicate"), label
        assert (row["status"] == "quarantined") == bool(row["error"]), label


def test_no_corpus_mail_is_lost_to_an_internal_error(mail_replay):
    internal = [(line["source"], line["error"]) for line in mail_replay["lines"]
                if (line.get("error") or "").startswith("internal error")]
    _print_mail_counts(mail_replay)
    assert internal == []


def _print_mail_counts(run) -> None:
    lines = run["lines"]
    decided = collections.Counter(x["decision"] for x in lines
                                  if not x.get("quarantined") and "duplicate_of" not in x)
    quarantined = collections.Counter(x["error"].split(":")[0].split("(")[0].strip()
                                      for x in lines if x.get("quarantined"))
    duplicates = sum("duplicate_of" in x for x in lines)
    print(f"\ncorpus mail: {len(lines)} files in {run['took']:.1f} s; "
          f"decided {sum(decided.values())} {dict(decided)}; duplicates {duplicates}; "
          f"quarantined {sum(quarantined.values())} {dict(quarantined)}")


# ---------------------------------------------------------------- PDFs


def _request_with(pdf: Path, n: int) -> bytes:
    """A short fictional request carrying `pdf`; each has its own A-number so
    that no two of them join one case."""
    msg = EmailMessage()
    msg["From"] = f"Ana Testigo <ana.testigo{n}@example.org>"
    msg["To"] = "ICEcasereview@ice.dhs.gov"
    msg["Subject"] = f"Case review request {n}"
    msg["Message-ID"] = f"<corpus-pdf-{n}@example.org>"
    msg["Date"] = "Mon, 02 Nov 2026 09:15:00 -0500"
    msg.set_content(
        f"Dear Senior Reviewing Official,\n\nI ask for a stay of removal for myself,\n"
        f"Ana Testigo Ruiz, A# {700000000 + n}, born March 4, 1985 in Guatemala.\n"
        "The Miami field office denied my local case review on October 20, 2026.\n"
        "The document is attached.\n\nPhone: (305) 555-0187\nAna Testigo\n")
    msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf",
                       filename=pdf.name)
    return bytes(msg)


def _pdf_worker(jobs: queue.Queue, results: list, folder: Path, config) -> None:
    store = Store(open_db(folder / f"pdf-{threading.get_ident()}.db"))
    pipeline = Pipeline(store, config)
    while True:
        try:
            n, pdf = jobs.get_nowait()
        except queue.Empty:
            break
        label = pdf.relative_to(CORPUS).as_posix()
        start = time.monotonic()
        outcome = pipeline.process(_request_with(pdf, n), label)
        took = time.monotonic() - start
        atts = list(store.db.query("select status, error from attachments where message = ?",
                                   [outcome.record_id])) if outcome.record_id else []
        results.append((label, took, outcome, atts))
    store.db.close()


def _pdf_sample() -> list[Path]:
    pdfs = _corpus_files("pdfs", "forms", suffix=".pdf")
    wanted = int(os.environ.get("TRIAGE_CORPUS_PDFS", "0") or 0)
    if 0 < wanted < len(pdfs):
        step = len(pdfs) / wanted
        pdfs = [pdfs[int(i * step)] for i in range(wanted)]
    return pdfs


def test_every_corpus_pdf_attached_to_a_request_leaves_it_decided(tmp_path, monkeypatch):
    # OCR of the ~300 text-less PDFs would take most of CI's time; the scans
    # are read by OCR in test_the_corpus_scans_are_read_by_bounded_ocr below.
    monkeypatch.setattr("triage.mail.message.ocr_available", lambda: False)
    pdfs = _pdf_sample()
    jobs: queue.Queue = queue.Queue()
    for n, pdf in enumerate(pdfs):
        jobs.put((n, pdf))
    results: list = []
    start = time.monotonic()
    threads = [threading.Thread(target=_pdf_worker, args=(jobs, results, tmp_path, load_config()))
               for _ in range(PDF_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.monotonic() - start

    assert len(results) == len(pdfs)
    statuses: collections.Counter = collections.Counter()
    decisions: collections.Counter = collections.Counter()
    for label, _, outcome, atts in results:
        assert not outcome.quarantined, (label, outcome.error)
        assert outcome.decision in DECISIONS and outcome.record_id, label
        assert len(atts) == 1, label
        status = atts[0]["status"]
        if status == "empty":  # a 0-byte file (pdfplumber's empty.pdf)
            assert (CORPUS / label).stat().st_size == 0, label
        elif status == "not_read":  # no %PDF- header where readers look for it
            assert b"%PDF-" not in (CORPUS / label).read_bytes()[:1024], label
        else:
            assert status in PDF_STATUSES, (label, atts[0])
        if atts[0]["status"] in ("unreadable", "encrypted"):
            assert atts[0]["error"], label
        statuses[atts[0]["status"]] += 1
        decisions[outcome.decision] += 1
    slowest = sorted(results, key=lambda r: r[1])[-3:]
    print(f"\ncorpus PDFs: {len(results)} in {took:.1f} s on {PDF_THREADS} threads; "
          f"attachments {dict(statuses)}; decisions {dict(decisions)}")
    print("slowest: " + ", ".join(f"{label} {s:.1f} s ({atts[0]['status']})"
                                  for label, s, _, atts in slowest))


SCANS = ["pdf.js/issue5475.pdf", "pdf.js/issue13372.pdf", "pdf.js/issue17147.pdf",
         "pdf.js/issue7200.pdf"]


def test_the_corpus_scans_are_read_by_bounded_ocr(tmp_path):
    from triage.mail.ocr import ocr_available

    if not ocr_available():
        pytest.skip("tesseract is not installed")
    pipeline = Pipeline(Store(open_db(tmp_path / "t.db")), load_config())
    for n, name in enumerate(SCANS):
        path = CORPUS / "pdfs" / name
        if not path.exists():
            pytest.skip(f"{path} is not in this corpus")
        outcome = pipeline.process(_request_with(path, n), name)
        assert not outcome.quarantined and outcome.decision in DECISIONS, name
        row = next(pipeline.store.db.query(
            "select status, method, error from attachments where message = ?", [outcome.record_id]))
        assert row["status"] in ("read", "needs_ocr"), (name, row)
        if row["status"] == "read":
            assert row["method"] in ("ocr", "pypdfium2", "pdfplumber"), (name, row)

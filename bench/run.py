"""The replay benchmark: one synthetic mailbox, measured as a user would run it.

    python bench/run.py [--messages N] [--seed S] [--out results.json] [--keep DIR]

Generates the mailbox (bench/synth.py; the same seed gives the same bytes),
then, in one run: the floor (stdlib `email` parsing alone over the same
files), the replay in a child process (`triage.replay.replay`, as `triage
replay` runs it), PDF text pages/s through `triage.mail.pdf.read_pdf`, and
OCR pages/s where triage/mail/ocr.py and tesseract are both present. Prints a
table and writes every number as JSON. The headline is replay time / floor time.
"""
from __future__ import annotations

import argparse
import email
import email.policy
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import synth  # noqa: E402

TARGETS = {  # name: (comparison, bound), as issue 7 sets them
    "replay_msgs_per_s": (">=", 100), "ratio_to_floor": ("<=", 5),
    "pdf_pages_per_s": (">=", 300), "latency_p95_ms": ("<", 100),
    "cold_start_s": ("<", 3), "peak_rss_mb": ("<", 400),
}
KEYS = ["messages", "mix", "seed", "floor_s", "floor_msgs_per_s", "replay_s",
        "replay_msgs_per_s", "ratio_to_floor", "latency_p50_ms", "latency_p95_ms",
        "latency_max_ms", "pdf_pages", "pdf_s", "pdf_pages_per_s", "ocr_pages",
        "ocr_pages_per_s", "peak_rss_mb", "cold_start_s", "import_s", "decisions",
        "quarantined", "targets", "machine"]


def floor(folder: Path) -> tuple[float, int]:
    """Seconds to read and MIME-parse every file with the stdlib alone."""
    files = sorted(folder.glob("*.eml"))
    t0 = time.perf_counter()
    for f in files:
        msg = email.message_from_bytes(f.read_bytes(), policy=email.policy.default)
        for part in msg.walk():
            if not part.is_multipart():
                part.get_payload(decode=True)
    return time.perf_counter() - t0, len(files)


def run_replay(folder: Path, work: Path, ocr: bool = False) -> dict:
    """The replay in a child process; its own numbers plus its peak RSS from wait4."""
    out = work / "child.json"
    spawned = time.time()
    proc = subprocess.Popen([sys.executable, str(HERE / "replay_child.py"), repr(spawned),
                             str(folder), str(work), str(out)] + (["--ocr"] if ocr else []),
                            cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"the replay child failed (exit code {proc.returncode})")
    result = json.loads(out.read_text())
    result["maxrss_wait4_kb"] = usage.ru_maxrss
    return result


def pdf_rate() -> tuple[int, float]:
    """Pages and seconds for read_pdf over the pool of distinct PDFs and the 100-page one."""
    from triage.mail.pdf import read_pdf

    docs = synth.pdf_pool() + [synth.text_pdf(100, 0)]
    read_pdf(docs[0])  # the first call pays for imports, not for pages
    pages, t0 = 0, time.perf_counter()
    for data in docs:
        pages += len(read_pdf(data).pages)
    return pages, time.perf_counter() - t0


def ocr_rate() -> tuple[int | None, float | None]:
    """Pages/s of OCR on the scanned PDF, or (None, None) when OCR is not here."""
    if not (ROOT / "triage" / "mail" / "ocr.py").exists() or not shutil.which("tesseract"):
        return None, None
    try:
        from triage.mail.ocr import ocr_available, ocr_pdf_pages
    except ImportError:
        return None, None
    if not ocr_available():
        return None, None
    data = synth.scanned_pdf(2)
    t0 = time.perf_counter()
    pages = len(ocr_pdf_pages(data, 10))
    return pages, time.perf_counter() - t0


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def measure(n: int, seed: int, keep: Path | None, ocr: bool = False) -> dict:
    work = Path(tempfile.mkdtemp(prefix="triage-bench-"))
    folder = (keep or work) / f"mailbox-{n}-{seed}"
    stamp = folder / ".complete"
    if not stamp.exists():
        shutil.rmtree(folder, ignore_errors=True)
        mix = synth.write_mailbox(folder, n, seed)
        stamp.write_text(json.dumps(mix))
    mix = json.loads(stamp.read_text())
    try:
        floor_s, files = floor(folder)
        child = run_replay(folder, work, ocr)
        pdf_pages, pdf_s = pdf_rate()
        ocr_pages, ocr_s = ocr_rate()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    steps_ms = [s * 1000 for s in child["per_message_s"]] or [0.0]
    peak_kb = max(child["maxrss_self_kb"], child["maxrss_children_kb"], child["maxrss_wait4_kb"])
    r = {
        "messages": child["messages"], "mix": mix, "seed": seed,
        "floor_s": round(floor_s, 3), "floor_msgs_per_s": round(files / floor_s, 1),
        "replay_s": round(child["replay_s"], 3),
        "replay_msgs_per_s": round(child["messages"] / child["replay_s"], 1),
        "ratio_to_floor": round(child["replay_s"] / floor_s, 2),
        "latency_p50_ms": round(statistics.median(steps_ms), 2),
        "latency_p95_ms": round(pct(steps_ms, 0.95), 2),
        "latency_max_ms": round(max(steps_ms), 1),
        "pdf_pages": pdf_pages, "pdf_s": round(pdf_s, 3),
        "pdf_pages_per_s": round(pdf_pages / pdf_s, 1),
        "ocr_pages": ocr_pages,
        "ocr_pages_per_s": round(ocr_pages / ocr_s, 2) if ocr_pages else None,
        "peak_rss_mb": round(peak_kb / 1024, 1),
        "cold_start_s": round(child["cold_start_s"], 2) if child["cold_start_s"] else None,
        "import_s": round(child["import_s"], 2),
        "decisions": child["decisions"], "quarantined": child["quarantined"],
        "ocr_in_replay": ocr,
        "machine": {"cores": os.cpu_count(), "python": sys.version.split()[0]},
    }
    r["targets"] = {k: _met(r.get(k), *TARGETS[k]) for k in TARGETS}
    return r


def _met(value, op: str, bound: float) -> str:
    if value is None:
        return "n/a"
    ok = {">=": value >= bound, "<=": value <= bound, "<": value < bound}[op]
    return f"{'met' if ok else 'MISSED'} ({value} {op} {bound})" if ok else f"MISSED ({value}, want {op} {bound})"


def table(r: dict) -> str:
    rows = [
        ("messages", f"{r['messages']} {r['mix']}"),
        ("floor: stdlib parse", f"{r['floor_s']} s, {r['floor_msgs_per_s']} msg/s"),
        ("replay", f"{r['replay_s']} s, {r['replay_msgs_per_s']} msg/s"),
        ("replay / floor (headline)", f"{r['ratio_to_floor']}x"),
        ("per message p50 / p95 / max", f"{r['latency_p50_ms']} / {r['latency_p95_ms']} / "
                                         f"{r['latency_max_ms']} ms"),
        ("PDF text", f"{r['pdf_pages_per_s']} pages/s ({r['pdf_pages']} pages)"),
        ("OCR", f"{r['ocr_pages_per_s']} pages/s" if r["ocr_pages"] else "not available"),
        ("peak RSS (replay process)", f"{r['peak_rss_mb']} MB"),
        ("cold start (to first decision)", f"{r['cold_start_s']} s (imports {r['import_s']} s)"),
    ]
    width = max(len(a) for a, _ in rows)
    lines = [f"| {'measure'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
    lines += [f"| {a.ljust(width)} | {b} |" for a, b in rows]
    lines += ["", "targets:"] + [f"  {k}: {v}" for k, v in r["targets"].items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--messages", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=None, help="write the results as JSON here")
    ap.add_argument("--keep", type=Path, default=None,
                    help="keep the generated mailbox in this folder and reuse it next time")
    ap.add_argument("--ocr", action="store_true",
                    help="let the replay OCR the scans (the targets assume it does not)")
    args = ap.parse_args(argv)
    result = measure(args.messages, args.seed, args.keep, args.ocr)
    print(table(result))
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n")
    return result


if __name__ == "__main__":
    main()

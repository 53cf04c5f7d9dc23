"""The daemon under load: Dovecot + IDLE + aiosmtpd on loopback, bounded in count and time.

    python bench/daemon_load.py [--latency N] [--burst M] [--out results.json]

Two measures, one daemon (IMAP source, SMTP transport, in a thread):
- arrival-to-reply latency: N requests (200 by default) APPENDed one at a
  time, each after the previous reply; from the APPEND's completion to the
  reply's arrival at the SMTP sink (p50/p95/max);
- sustained throughput: M requests (2,000 by default) APPENDed at once over
  one connection, then the time until the last reply (replies/s).
Every wait has a deadline; nothing leaves 127.0.0.1.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.servers import PASSWORD, Dovecot, SmtpSink, dovecot_base, request  # noqa: E402
from triage.config import load_config  # noqa: E402

REPLY_TIMEOUT_S = 30
BURST_TIMEOUT_S = 900


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _wait(predicate, timeout: float) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for replies")
        time.sleep(0.005)


def measure(n_latency: int, n_burst: int) -> dict:
    base, work = dovecot_base(), Path(tempfile.mkdtemp(prefix="triage-bench-"))
    server, sink = Dovecot(base), SmtpSink()
    server.start()
    os.environ["TRIAGE_TEST_IMAP_PASSWORD"] = PASSWORD
    values = {"store.path": str(work / "t.db"), "source": "imap", "transport": "smtp",
              "smtp.host": "127.0.0.1", "smtp.port": sink.port, "smtp.security": "none",
              **{f"imap.{k}": v for k, v in server.settings().items()}}
    config = load_config(**{k.replace(".", "__"): v for k, v in values.items()})
    holder: dict = {}

    def run() -> None:
        from triage.ops import open_daemon

        holder["daemon"], cleanup = open_daemon(config)
        try:
            holder["daemon"].run()
        finally:
            cleanup()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        _wait(lambda: "daemon" in holder, 120)
        time.sleep(1.0)  # mail from before the daemon's first start is backlog
        server.deliver(request(0, sender="warmup@example.org"))  # loads the models
        _wait(lambda: len(sink.messages) == 1, 120)
        latencies = []
        for i in range(1, n_latency + 1):
            time.sleep(0.2)  # let the daemon go back into IDLE
            server.deliver(request(i, sender=f"writer{i}@example.org"))
            t0 = time.time()
            _wait(lambda: len(sink.messages) == i + 1, REPLY_TIMEOUT_S)
            latencies.append(sink.messages[-1]["at"] - t0)
        done = len(sink.messages)
        client = server.client()
        t0 = time.time()
        try:
            for j in range(n_burst):
                client.append("INBOX", request(100_000 + j, sender=f"burst{j}@example.org"))
        finally:
            client.logout()
        appended = time.time()
        _wait(lambda: len(sink.messages) >= done + n_burst, BURST_TIMEOUT_S)
        burst_s = sink.messages[-1]["at"] - t0
    finally:
        if "daemon" in holder:
            holder["daemon"].stop()
        thread.join(15)
        server.stop()
        sink.stop()
        shutil.rmtree(base, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
    ms = [x * 1000 for x in latencies] or [0.0]
    return {
        "latency_messages": n_latency,
        "latency_p50_ms": round(statistics.median(ms)),
        "latency_p95_ms": round(_pct(ms, 0.95)),
        "latency_max_ms": round(max(ms)),
        "burst_messages": n_burst,
        "burst_append_s": round(appended - t0, 2),
        "burst_total_s": round(burst_s, 2),
        "burst_replies_per_s": round(n_burst / burst_s, 1) if n_burst else None,
        "targets": {"latency_p50_ms < 800": round(statistics.median(ms)) < 800,
                    "latency_p95_ms < 1500": round(_pct(ms, 0.95)) < 1500},
    }


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--latency", type=int, default=200, help="messages one at a time")
    ap.add_argument("--burst", type=int, default=2000, help="messages arriving at once")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    result = measure(args.latency, args.burst)
    print(json.dumps(result, indent=2))
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n")
    return result


if __name__ == "__main__":
    main()

"""Arrival-to-reply latency over IMAP IDLE: Dovecot and aiosmtpd on loopback.

    python bench/idle_latency.py [N]

Starts a throwaway Dovecot and an aiosmtpd sink (tests/servers.py), runs the
daemon (IMAP source, SMTP transport) in a thread, then N times: APPENDs one
request to INBOX and waits for its reply at the SMTP server. Latency is from
the APPEND's completion to the reply's arrival. Prints median and p95 (ms).
"""
from __future__ import annotations

import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.servers import PASSWORD, Dovecot, SmtpSink, dovecot_base, request  # noqa: E402
from triage.config import load_config  # noqa: E402


def main(n: int = 60) -> dict:
    import os
    import shutil

    base = dovecot_base()
    server, sink = Dovecot(base), SmtpSink()
    server.start()
    os.environ["TRIAGE_TEST_IMAP_PASSWORD"] = PASSWORD
    work = Path(tempfile.mkdtemp(prefix="triage-bench-"))
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
        _wait(lambda: "daemon" in holder, 120)  # mail from before its first start is backlog
        time.sleep(1.0)
        server.deliver(request(0, sender="warmup@example.org"))  # loads the models
        _wait(lambda: len(sink.messages) == 1, 120)
        latencies = []
        for i in range(1, n + 1):
            time.sleep(0.3)  # let the daemon go back into IDLE
            server.deliver(request(i, sender=f"writer{i}@example.org"))
            t0 = time.time()
            _wait(lambda: len(sink.messages) == i + 1, 30)
            latencies.append((sink.messages[-1]["at"] - t0) * 1000)
    finally:
        if "daemon" in holder:
            holder["daemon"].stop()
        thread.join(15)
        server.stop()
        sink.stop()
        shutil.rmtree(base, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
    latencies.sort()
    result = {"messages": n, "median_ms": round(statistics.median(latencies)),
              "p95_ms": round(latencies[int(0.95 * (n - 1))]),
              "min_ms": round(latencies[0]), "max_ms": round(latencies[-1])}
    print(json.dumps(result))
    return result


def _wait(predicate, timeout: float) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for a reply")
        time.sleep(0.005)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)

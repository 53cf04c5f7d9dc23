"""SIGKILL at every dangerous point, then a restart: each message recorded once,
each reply sent once. The daemon runs as a real process (`python -m triage.cli_ops`)."""
import os
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from pathlib import Path

from tests.servers import ROOT, dovecot, request, smtp, triage_command  # noqa: F401


def write_config(path: Path, dovecot, smtp, db: Path) -> None:
    imap = "\n".join(f"{k} = {v!r}" if isinstance(v, int) else f'{k} = "{v}"'
                     for k, v in dovecot.settings().items())
    path.write_text(f"""source = "imap"
transport = "smtp"
[store]
path = "{db}"
[imap]
{imap}
[smtp]
host = "127.0.0.1"
port = {smtp.port}
security = "none"
[daemon]
reply_to_backlog = true
backoff_initial_ms = 100
backoff_max_s = 1
""")


def triage(config: Path, *args: str, crash: str | None = None, **kw) -> subprocess.Popen:
    env = {**os.environ, "TRIAGE_CRASH_AT": crash or ""}
    return subprocess.Popen(triage_command("run", "--config", str(config), *args), env=env,
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, **kw)


def rows(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


# In this order each kill lands on a different path: in the loop (after_send,
# before_move, after_pending, after_record, after_fetch) and in the start-up
# pass over pending replies (found in Sent; sent now).
CRASHES = ("after_send", "before_move", "after_pending", "after_record", "after_fetch")


def test_sigkill_at_any_point_then_restart_records_and_answers_exactly_once(
        dovecot, smtp, tmp_path):
    db, config = tmp_path / "t.db", tmp_path / "config.toml"
    write_config(config, dovecot, smtp, db)
    for n in range(6):
        dovecot.deliver(request(n, sender=f"writer{n}@example.org"))
    for point in CRASHES:
        proc = triage(config, "--once", crash=point)
        out = proc.communicate(timeout=120)[0].decode()
        assert proc.returncode == -signal.SIGKILL, f"{point}: {out[-3000:]}"
        assert f"crash_injected point={point}" in out
    proc = triage(config)  # the last start runs as a service, stopped by SIGTERM
    deadline = time.monotonic() + 90
    while dovecot.count("INBOX") and time.monotonic() < deadline:
        time.sleep(0.2)
    proc.send_signal(signal.SIGTERM)
    out = proc.communicate(timeout=30)[0].decode()
    assert proc.returncode == 0, out[-3000:]

    assert dovecot.count("INBOX") == 0
    assert rows(db, "select count(*) from messages where status = 'duplicate'") == [(0,)]
    per_message = rows(db, "select message_id, count(*) from messages group by message_id")
    assert len(per_message) == 6 and all(n == 1 for _, n in per_message)
    sent = Counter(smtp.message_ids())
    assert all(n == 1 for n in sent.values()), sent
    replies = rows(db, "select message_id, status from replies")
    assert {m for m, _ in replies} == set(sent)
    assert all(status == "sent" for _, status in replies)
    assert len(replies) == rows(db, "select count(*) from messages m join decisions d "
                                    "on d.message = m.id where d.decision != 'ignore'")[0][0]
    assert dovecot.count("Sent") == len(sent)

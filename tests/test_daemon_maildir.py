"""The embedded default: `triage run` on a local Maildir, replies to an outbox folder."""
import email
import os
import sqlite3
import time
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from tests.servers import request
from triage.cli_ops import register


def cli():
    group = click.Group("triage")
    register(group)
    return group


class Box:
    """A Maildir inbox, an outbox and a config in a temporary folder."""

    def __init__(self, tmp: Path, **settings):
        self.tmp = tmp
        self.inbox, self.outbox, self.db = tmp / "inbox", tmp / "outbox", tmp / "var" / "t.db"
        for d in ("new", "cur", "tmp"):
            (self.inbox / d).mkdir(parents=True, exist_ok=True)
        lines = [f'source = "maildir:{self.inbox}"', f'transport = "outbox:{self.outbox}"',
                 f'[store]\npath = "{self.db}"']
        for section, values in _sections(settings).items():
            lines.append(f"[{section}]")
            lines += [f"{k} = {_toml(v)}" for k, v in values.items()]
        self.config = tmp / "config.toml"
        self.config.write_text("\n".join(lines) + "\n")
        self.n = 0

    def deliver(self, raw: bytes, age_s: float = 0) -> Path:
        self.n += 1
        f = self.inbox / "new" / f"{int(time.time())}.{os.getpid()}_{self.n:04d}.test"
        f.write_bytes(raw)
        if age_s:
            os.utime(f, (time.time() - age_s, time.time() - age_s))
        return f

    def run(self, *args: str):
        return CliRunner().invoke(cli(), ["run", "--config", str(self.config), "--once", *args])

    def waiting(self) -> int:
        return sum(1 for d in ("new", "cur") for _ in (self.inbox / d).iterdir())

    def filed(self, folder: str) -> int:
        d = self.inbox / f".Triage.{folder}" / "cur"
        return sum(1 for _ in d.iterdir()) if d.exists() else 0

    def replies(self) -> list[email.message.Message]:
        if not self.outbox.exists():
            return []
        return [email.message_from_bytes(f.read_bytes()) for f in sorted(self.outbox.glob("*.eml"))]

    def query(self, sql: str) -> list[tuple]:
        con = sqlite3.connect(self.db)
        try:
            return con.execute(sql).fetchall()
        finally:
            con.close()


def _sections(settings: dict) -> dict:
    out: dict = {}
    for k, v in settings.items():
        section, _, name = k.partition("__")
        out.setdefault(section, {})[name] = v
    return out


def _toml(v) -> str:
    return ("true" if v else "false") if isinstance(v, bool) else repr(v) if isinstance(v, int) else f'"{v}"'


@pytest.fixture
def box(tmp_path):
    return Box(tmp_path)


def test_mail_arriving_after_the_first_start_is_answered_once_and_filed(box):
    assert box.run().exit_code == 0  # the first start: sets the cut-off
    box.deliver(request(1))
    result = box.run()
    assert result.exit_code == 0, result.output
    replies = box.replies()
    assert len(replies) == 1
    assert replies[0]["Auto-Submitted"] == "auto-replied" and replies[0]["X-Loop"]
    assert box.waiting() == 0 and box.filed("Acknowledged") == 1
    assert box.run().exit_code == 0  # nothing more to do, nothing sent twice
    assert len(box.replies()) == 1
    assert box.query("select status from replies") == [("sent",)]


def test_first_start_files_the_backlog_without_replying(box):
    for n in range(3):
        box.deliver(request(n), age_s=3600)
    assert box.run().exit_code == 0
    assert box.replies() == []
    assert box.waiting() == 0 and box.filed("Acknowledged") == 3
    assert box.query("select status, error from replies") == [("suppressed", "backlog")] * 3


def test_reply_to_backlog_answers_the_backlog_when_told(box):
    box.deliver(request(1), age_s=3600)
    assert box.run("--reply-to-backlog").exit_code == 0
    assert len(box.replies()) == 1


def test_dry_run_changes_nothing(box):
    box.deliver(request(1))
    result = box.run("--dry-run", "--reply-to-backlog")
    assert result.exit_code == 0, result.output
    assert "1 messages, nothing changed" in result.output
    assert box.waiting() == 1 and box.replies() == []
    assert not box.db.exists() or box.query("select count(*) from messages") == [(0,)]


def test_oversized_mail_is_quarantined_with_a_short_polite_reply(tmp_path):
    box = Box(tmp_path, limits__max_message_bytes=2000, daemon__reply_to_backlog=True)
    box.deliver(request(1) + b"x" * 5000 + b"\r\n")
    assert box.run().exit_code == 0
    assert box.filed("Quarantine") == 1
    [reply] = box.replies()
    assert reply["Auto-Submitted"] == "auto-replied"
    assert box.query("select status from messages") == [("quarantined",)]
    assert box.query("select template from replies") == [("oversized.en",)]


def test_a_looping_sender_gets_at_most_n_replies(tmp_path):
    box = Box(tmp_path, replies__max_per_sender=2, daemon__reply_to_backlog=True)
    for n in range(5):
        box.deliver(request(n))
    assert box.run().exit_code == 0
    assert len(box.replies()) == 2
    assert box.query("select count(*) from replies where error = 'rate_limit'") == [(3,)]


def test_mail_carrying_our_x_loop_is_never_answered(tmp_path):
    box = Box(tmp_path, daemon__reply_to_backlog=True)
    box.deliver(request(1, X_Loop="ICEcasereview@ice.dhs.gov"))
    assert box.run().exit_code == 0
    assert box.replies() == [] and box.waiting() == 0


def test_status_fails_until_a_poll_succeeds_then_reports(box):
    status = ["status", "--config", str(box.config)]
    assert CliRunner().invoke(cli(), status).exit_code == 1
    box.run()
    result = CliRunner().invoke(cli(), status)
    assert result.exit_code == 0, result.output
    assert "pending replies: 0" in result.output and "quarantined:     0" in result.output


def test_requeue_sends_a_quarantined_message_through_the_pipeline_again(box):
    from triage.store.db import Store, open_db
    from triage.store.record import record_quarantine
    import hashlib

    raw = request(7)
    store = Store(open_db(box.db))
    record_quarantine(store, "maildir:old", raw, hashlib.sha256(raw).hexdigest(), "a bug")
    store.db.close()
    result = CliRunner().invoke(cli(), ["requeue", "--config", str(box.config), "--all"])
    assert result.exit_code == 0, result.output
    statuses = box.query("select status from messages order by id")
    assert statuses[0] == ("requeued",) and statuses[1] != ("duplicate",)
    assert len(statuses) == 2


def test_requeue_refuses_a_message_that_is_not_quarantined(box):
    box.run()
    result = CliRunner().invoke(cli(), ["requeue", "--config", str(box.config), "99"])
    assert result.exit_code == 2 and "not quarantined" in result.output


def test_the_shipped_config_runs_the_real_loop_on_a_fresh_machine(tmp_path, monkeypatch):
    example = Path(__file__).resolve().parent.parent / "config.example.toml"
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli(), ["run", "--config", str(example), "--once"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "var" / "inbox" / "new").is_dir() and (tmp_path / "var" / "triage.db").exists()


def test_every_daemon_setting_is_shown_in_the_example_config():
    from triage.config import SETTINGS

    text = (Path(__file__).resolve().parent.parent / "config.example.toml").read_text()
    for s in SETTINGS:
        if s.name.split(".")[0] in ("imap", "smtp", "daemon", "replies"):
            section, _, name = s.name.partition(".")
            assert f"[{section}]" in text and f"{name} = " in text and s.help in text, s.name


def test_the_daemon_sends_the_days_digest_once_across_restarts(tmp_path):
    digests = tmp_path / "digests"
    box = Box(tmp_path, digest__transport=f"file:{digests}", digest__time="00:00",
              digest__timezone="UTC")
    box.deliver(request(1))
    assert box.run().exit_code == 0
    first = sorted(digests.glob("*"))
    assert len(first) >= 1
    assert box.run().exit_code == 0  # a restart owes no second digest for the day
    assert sorted(digests.glob("*")) == first


def test_run_once_as_a_process_exits_after_reading_a_pdf(tmp_path):
    """The PDF worker is forked while the daemon's signal handlers are set:
    it must still end with the daemon, or `--once` (cron) never returns."""
    import subprocess
    import sys
    from email.message import EmailMessage

    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Field Office response: denied on October 20, 2026")
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "ana@example.org", "ICEcasereview@ice.dhs.gov", "Review"
    m["Message-ID"] = "<pdf-once@example.org>"
    m.set_content("Please review my case. The answer of the local office is attached.")
    m.add_attachment(bytes(pdf.output()), maintype="application", subtype="pdf",
                     filename="response.pdf")
    box = Box(tmp_path)
    box.deliver(m.as_bytes())
    done = subprocess.run([sys.executable, "-m", "triage", "run", "--config", str(box.config),
                           "--once", "--reply-to-backlog"], capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert box.filed("Rejected") + box.filed("Redirected") + box.filed("Acknowledged") == 1

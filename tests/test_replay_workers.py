"""Replay reads and extracts ahead in worker processes; the report does not change."""
import os
from pathlib import Path

import pytest

from triage import prepare as prepare_module
from triage.prepare import prepare_many, workers_for
from triage.mail.limits import Limits
from triage.replay import replay

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _report(tmp_path: Path, box: Path, workers: int, name: str) -> str:
    out = tmp_path / name
    replay(box, out / "r.jsonl", db=out / "t.db", outbox=out / "o", workers=workers)
    return (out / "r.jsonl").read_text("utf-8")


def test_a_replay_with_two_workers_writes_the_same_report_as_one_without(tmp_path):
    box = FIXTURES / "main"
    assert _report(tmp_path, box, 2, "two") == _report(tmp_path, box, 1, "serial")


def test_the_replies_are_the_same_whatever_the_number_of_workers(tmp_path):
    box = FIXTURES / "dev"
    _report(tmp_path, box, 2, "two"), _report(tmp_path, box, 1, "serial")
    two = sorted(p.name for p in (tmp_path / "two" / "o").iterdir())
    assert two == sorted(p.name for p in (tmp_path / "serial" / "o").iterdir())


def test_a_worker_that_dies_costs_no_message(tmp_path, monkeypatch):
    parent = os.getpid()
    real = prepare_module.prepare_many

    def dies_in_a_worker(raws, limits):
        if os.getpid() != parent:
            os._exit(9)  # as if the kernel killed it
        return real(raws, limits)

    monkeypatch.setattr(prepare_module, "prepare_many", dies_in_a_worker)
    box = FIXTURES / "main"
    lines = _report(tmp_path, box, 2, "dying").splitlines()
    assert len(lines) == len(list(box.glob("*.eml")))
    monkeypatch.setattr(prepare_module, "prepare_many", real)
    assert "\n".join(lines) + "\n" == _report(tmp_path, box, 1, "serial")


def test_a_batch_keeps_every_message_when_one_cannot_be_read():
    good = (FIXTURES / "main" / sorted(os.listdir(FIXTURES / "main"))[0]).read_bytes()
    done = prepare_many([good, b"\x00" * 10, good], Limits())
    assert done[0].ex is not None and done[2].ex is not None
    assert done[1].ex is None and (done[1].unreadable or done[1].internal)


@pytest.mark.parametrize("setting,cores,expected", [(0, 2, 2), (0, 1, 0), (1, 8, 0), (3, 1, 3)])
def test_workers_default_to_one_a_core_and_a_single_one_means_none(monkeypatch, setting, cores,
                                                                    expected):
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    assert workers_for(setting) == expected


def test_the_cli_takes_the_number_of_workers(tmp_path):
    from click.testing import CliRunner
    from triage.cli import main
    out = CliRunner().invoke(main, ["replay", str(FIXTURES / "dev2"), "--report", str(tmp_path / "r.jsonl"),
                                    "--workers", "1"])
    assert out.exit_code == 0, out.output
    assert len((tmp_path / "r.jsonl").read_text().splitlines()) == len(list((FIXTURES / "dev2").glob("*.eml")))

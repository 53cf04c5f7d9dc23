"""The benchmark runs end to end on a tiny mailbox and writes every number.

No timed assertions: the numbers depend on the machine; only their presence
and form are checked here. bench/README.md holds the real table.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import run  # noqa: E402
import synth  # noqa: E402


def test_the_synthetic_mailbox_is_the_same_for_the_same_seed(tmp_path):
    a = synth.write_mailbox(tmp_path / "a", 12, seed=3)
    b = synth.write_mailbox(tmp_path / "b", 12, seed=3)
    assert a == b
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert len(names) == 12
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_the_mix_has_the_issue_s_proportions_and_the_specials():
    import random

    plan = synth.kinds(5000, random.Random(7))
    assert plan.count("plain") == 3000 and plan.count("html") == 1000
    assert plan.count("big") == 1 and 1 <= plan.count("scanned") <= 5
    assert plan.count("pdf") + plan.count("big") + plan.count("scanned") == 1000


def test_the_benchmark_runs_on_twenty_messages_and_writes_every_key(tmp_path):
    out = tmp_path / "results.json"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--messages", "20",
                           "--out", str(out)], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(out.read_text())
    assert set(run.KEYS) <= set(result)
    assert result["messages"] == 20
    assert result["replay_msgs_per_s"] > 0 and result["floor_msgs_per_s"] > 0
    assert result["pdf_pages"] > 0 and result["peak_rss_mb"] > 0
    assert result["cold_start_s"] is not None
    assert "replay / floor" in done.stdout

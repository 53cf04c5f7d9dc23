"""What a reader sees: the digest's HTML rendered by headless Chromium."""
from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from test_digest_fixtures import DAY, NOW, SECRETS, seed_record
from triage.digest.build import build_digest
from triage.digest.render import render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")


def chromium(tmp_path, *args: str) -> str:
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
           "--no-first-run", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
           "--window-size=1000,1400", *args]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


class VisibleText(HTMLParser):
    """The text a reader sees: no <head>, <title>, <style> or SVG tooltips."""

    def __init__(self):
        super().__init__()
        self.parts, self.hidden = [], 0

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in ("head", "title", "style", "script")

    def handle_endtag(self, tag):
        self.hidden -= tag in ("head", "title", "style", "script")

    def handle_data(self, data):
        if not self.hidden and data.strip():
            self.parts.append(" ".join(data.split()))


def test_a_reader_sees_the_stalled_bot_first_then_the_queues_masked(tmp_path):
    page = tmp_path / "digest.html"
    page.write_text(render_html(build_digest(seed_record(tmp_path / "t.db", healthy=False),
                                             DAY, now=NOW)), encoding="utf-8")
    dom = chromium(tmp_path, "--dump-dom", f"file://{page}")
    reader = VisibleText()
    reader.feed(dom)
    text = " ".join(reader.parts)
    assert text.startswith("Bot needs attention: STALLED: last successful poll")
    order = [text.index(h) for h in ("Safety escalations", "Detained: 14-day due dates",
                                     "Imminent removals", "New acknowledged cases",
                                     "Rejections and redirects", "Ignored and quarantined",
                                     "Volume")]
    assert order == sorted(order)
    assert re.search(r"ICR-2026-000002 A-XXX-XX4-321 requester: attorney .*"
                     r"due 2026-03-07 OVERDUE by 3 days", text)
    for secret in SECRETS:
        assert secret not in dom

    shot = tmp_path / "digest.png"
    chromium(tmp_path, f"--screenshot={shot}", f"file://{page}")
    image = pytest.importorskip("PIL.Image").open(shot).convert("RGB")
    assert image.size == (1000, 1400)
    # The banner at the top of the email is the health line's pale red.
    banner = image.getpixel((500, 40))
    assert banner[0] > 240 and banner[1] < 240 and banner[2] < 245, banner

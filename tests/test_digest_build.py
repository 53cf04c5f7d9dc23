"""The digest's content: sections and their order, counts, due dates, masking,
the health line on top, and the short digest of an empty day."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from test_digest_fixtures import DAY, NOW, SECRETS, seed_record
from triage.digest.build import build_digest
from triage.digest.render import render_html, render_text
from triage.store.db import Store, open_db

HEADINGS = ["Safety escalations", "Detained: 14-day due dates", "Imminent removals",
            "New acknowledged cases", "Rejections and redirects",
            "Ignored and quarantined mail", "Volume"]


def _positions(text: str, needles: list[str]) -> list[int]:
    low = text.lower()
    return [low.index(n.lower()) for n in needles]


@pytest.fixture
def digest(tmp_path):
    return build_digest(seed_record(tmp_path / "t.db"), DAY, now=NOW)


def test_sections_come_in_the_issues_order_in_html_and_text(digest):
    for text in (render_html(digest), render_text(digest)):
        positions = _positions(text, HEADINGS)
        assert positions == sorted(positions)


def test_detained_cases_show_due_date_and_days_left_overdue_first(digest):
    rows = [(c.ref, c.due_date, c.days_left) for c in digest.detained]
    assert rows == [("ICR-2026-000002", "2026-03-07", -3),
                    ("ICR-2026-000001", "2026-03-23", 13),
                    ("ICR-2026-000003", "2026-03-23", 13)]
    text = render_text(digest)
    assert "due 2026-03-07, OVERDUE by 3 days" in text
    assert text.index("ICR-2026-000002") < text.index("ICR-2026-000003")


def test_safety_escalations_and_imminent_removals_list_open_cases(digest):
    assert [c.ref for c in digest.safety] == ["ICR-2026-000001"]
    assert digest.safety[0].why == "reports physical assault in detention at a named facility"
    assert [(c.ref, c.removal_date, c.removal_in) for c in digest.imminent] == [
        ("ICR-2026-000004", "2026-03-12", 2)]


def test_every_case_shows_reference_masked_a_number_role_and_why(digest):
    line = digest.detained[0]
    assert (line.ref, line.a_number, line.role) == ("ICR-2026-000002", "A-XXX-XX4-321",
                                                    "attorney")
    assert "ICR-2026-000002  A-XXX-XX4-321  requester: attorney" in render_text(digest)


def test_rejections_and_redirects_are_grouped_by_reason(digest):
    groups = {g.title: [c.ref for c in g.cases] for g in digest.redirects}
    assert groups == {
        "Incomplete: date of birth, authorization": ["ICR-2026-000003"],
        "To local office: no local field office review yet": ["ICR-2026-000005"],
        "To OPLA: removal-proceedings matter (OPLA)": ["ICR-2026-000006"],
    }


def test_new_acknowledged_cases_are_those_touched_in_the_window(digest):
    # ICR-2026-000002 is acknowledged too, but nothing of it arrived in the window
    assert [c.ref for c in digest.acknowledged] == ["ICR-2026-000004"]


def test_ignored_and_quarantined_mail_of_the_window_is_listed(digest):
    assert [(m.subject, m.why) for m in digest.ignored] == [
        ("Weekly newsletter", "automatic mail"),
        ("(no subject)", "quarantined: not a MIME message")]


def test_the_days_volume_counts_only_the_window_and_the_chart_30_days(digest):
    assert digest.received == 7  # 92.eml came after the window closed
    assert digest.today == {"escalate": 1, "reject_incomplete": 1, "acknowledge": 1,
                            "redirect_local": 1, "redirect_opla": 1, "ignore": 1,
                            "quarantined": 1}
    assert len(digest.volume) == 30
    assert digest.volume[-1][0] == date(2026, 3, 9)
    assert dict(digest.volume)[date(2026, 3, 2)] == {"acknowledge": 1}
    svg = re.search(r"<svg.*?</svg>", render_html(digest), re.S).group(0)
    assert svg.count("<rect") >= 8 and "<script" not in svg


def test_no_full_a_number_or_birth_date_anywhere_in_html_or_text(digest):
    for text in (render_html(digest), render_text(digest)):
        for secret in SECRETS:
            assert secret not in text
        assert "A-XXX-XX6-789" in text


def test_a_stalled_bot_is_the_first_thing_a_reviewer_sees(tmp_path):
    digest = build_digest(seed_record(tmp_path / "t.db", healthy=False), DAY, now=NOW)
    assert digest.health.level == "alert" and digest.health.stalled
    assert digest.health.auth_failures == 1 and digest.health.replies_failed == 1
    text = render_text(digest)
    assert text.startswith("[BOT NEEDS ATTENTION]")
    assert text.index("STALLED: last successful poll 5 h 0 min ago") < text.index("SAFETY")
    html = render_html(digest)
    body = html[html.index("<body"):]
    assert body.index('id="health"') < body.index("Safety escalations")
    assert "Bot needs attention" in body


def test_a_healthy_bot_shows_the_last_poll_and_failures(tmp_path):
    digest = build_digest(seed_record(tmp_path / "t.db"), DAY, now=NOW)
    assert digest.health.level == "warn"  # one quarantined message is worth a look
    assert digest.health.line.startswith("last successful poll 5 min ago")
    assert "0 authentication and 0 connection failures" in digest.health.line


def test_a_bot_that_never_polled_says_so(tmp_path):
    store = Store(open_db(tmp_path / "t.db"))
    digest = build_digest(store, DAY, now=NOW)
    assert digest.health.level == "alert"
    assert "NO SUCCESSFUL POLL RECORDED" in render_text(digest)


def test_an_empty_day_gives_a_short_nothing_new_digest(tmp_path):
    store = Store(open_db(tmp_path / "t.db"))
    store.set_state("daemon.last_poll_ok", NOW.isoformat())
    digest = build_digest(store, DAY, now=NOW)
    assert digest.nothing_new
    text, html = render_text(digest), render_html(digest)
    assert "nothing new" in text.splitlines()[0]
    assert "Nothing new" in text and "SAFETY" not in text
    assert 'id="nothing-new"' in html and "Safety escalations" not in html


def test_a_day_with_open_queues_but_no_mail_still_lists_them(tmp_path):
    store = seed_record(tmp_path / "t.db")
    digest = build_digest(store, DAY + timedelta(days=2), now=NOW + timedelta(days=2))
    assert digest.received == 0 and not digest.nothing_new
    assert [c.days_left for c in digest.detained] == [-5, 11, 11]
    assert "Nothing new arrived" in render_text(digest)


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "main"


def test_digest_of_a_replayed_fixture_mailbox(tmp_path):
    emls = sorted(FIXTURES.rglob("*.eml")) if FIXTURES.exists() else []
    if not emls:
        pytest.skip("no fixture mailbox yet")
    from triage.replay import replay

    replay(FIXTURES, tmp_path / "r.jsonl", db=tmp_path / "t.db", outbox=tmp_path / "out")
    store = Store(open_db(tmp_path / "t.db"))
    days = [r["received_at"] for r in store.db.query(
        "select received_at from messages where received_at is not null")]
    last = max(datetime.fromisoformat(d).astimezone(timezone.utc) for d in days)
    digest = build_digest(store, last.date() + timedelta(days=1), now=last)
    detained = {r[0] for r in store.db.execute(
        "select ref from cases where status = 'open' and priority = 'detained'")}
    assert {c.ref for c in digest.detained} == detained and detained
    lefts = [c.days_left for c in digest.detained]
    assert lefts == sorted(lefts)
    assert {c.ref for c in digest.safety} == {r[0] for r in store.db.execute(
        "select ref from cases where decision = 'escalate'")}
    assert 0 < sum(n for _, v in digest.volume for n in v.values()) <= len(days)
    a_numbers = [r[0] for r in store.db.execute(
        "select a_number from cases where a_number is not null")]
    for text in (render_html(digest), render_text(digest)):
        for a in a_numbers:
            assert a not in text and a[1:] not in text

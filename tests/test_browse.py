"""`triage browse`: Datasette over the record, read-only, searchable, with the
digest's queues as canned queries."""
from __future__ import annotations

import asyncio
import sqlite3

import pytest

from test_digest_fixtures import seed_record
from triage.browse import QUERIES, make_datasette, metadata, snapshot

pytest.importorskip("datasette")


def _get(ds, path):
    async def go():
        await ds.invoke_startup()
        return await ds.client.get(path)
    return asyncio.run(go())


@pytest.fixture
def ds(tmp_path):
    seed_record(tmp_path / "live.db")
    return make_datasette(snapshot(tmp_path / "live.db", tmp_path))


def test_every_digest_queue_is_a_canned_query_that_runs(ds):
    for name in QUERIES:
        if name == "search":
            continue
        response = _get(ds, f"/triage/{name}.json?_shape=array")
        assert response.status_code == 200, (name, response.text)
    rows = _get(ds, "/triage/detained_due.json?_shape=array").json()
    assert [r["Case"] for r in rows] == ["ICR-2026-000002", "ICR-2026-000001",
                                         "ICR-2026-000003"]
    assert {"Due", "Days left", "A-number", "Requester"} <= set(rows[0])


def test_full_text_search_finds_message_and_attachment_text(ds):
    rows = _get(ds, "/triage/search.json?_shape=array&q=denied").json()
    assert rows and all(r["Found in"] == "attachment local-denial.pdf" for r in rows)
    rows = _get(ds, "/triage/search.json?_shape=array&q=newsletter").json()
    assert [r["Found in"] for r in rows] == ["message"]
    rows = _get(ds, "/triage/messages.json?_search=newsletter&_shape=array").json()
    assert [r["source"] for r in rows] == ["90.eml"]


def test_the_database_cannot_be_written_through_datasette(ds):
    response = _get(ds, "/triage.json?sql=delete+from+cases")
    assert response.status_code == 400
    assert _get(ds, "/triage/cases.json?_shape=array").json()


def test_search_index_follows_writes_made_after_the_migration(tmp_path):
    store = seed_record(tmp_path / "live.db")
    store.insert_message({"source": "77.eml", "status": "decided", "subject": "Urgente",
                          "body": "mi hermano está detenido en Krome"})
    db = sqlite3.connect(tmp_path / "live.db")
    hits = db.execute("select rowid from messages_fts where messages_fts match 'Krome'").fetchall()
    assert len(hits) == 1


def test_columns_have_readable_labels_and_raw_bytes_are_hidden():
    meta = metadata("triage")["databases"]["triage"]
    assert meta["tables"]["cases"]["columns"]["due_date"].startswith("Detained")
    assert meta["tables"]["raw"]["hidden"] is True


def test_browse_serves_on_localhost_only(monkeypatch, tmp_path):
    import uvicorn

    from triage.browse import serve

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw))
    seed_record(tmp_path / "live.db")
    serve(tmp_path / "live.db", port=8123, echo=lambda s: None)
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123

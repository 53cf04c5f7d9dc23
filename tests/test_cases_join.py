"""Which case a message joins when its subject cites one reference and its text another person."""
import json

from triage.replay import replay

MAIL = """\
From: {sender} <{addr}>
To: ICEcasereview@ice.dhs.gov
Subject: {subject}
Date: Mon, 02 Nov 2026 09:{minute:02d}:00 -0500
Message-ID: <{mid}@example.org>

I am writing for my husband, {name}, A# {anumber}, born March 4, 1985 in Guatemala.
He is detained at the Krome Service Processing Center. We ask that he be released.
We asked the Miami ERO field office and they denied it on October 20, 2026.
Copies of our request and their denial are attached to this e-mail as said.
My phone is 305-555-01{minute:02d}.
"""


def _write(folder, n, **kw):
    (folder / f"{n:03d}.eml").write_text(MAIL.format(minute=n, **kw))


def test_a_cited_reference_of_another_a_number_gives_way_to_the_a_number(tmp_path):
    box = tmp_path / "box"
    box.mkdir()
    _write(box, 1, sender="Ana Ruiz", addr="ana@example.org", subject="Request", mid="a",
           name="Carlos Ruiz Mendez", anumber="087-654-321")
    _write(box, 2, sender="Eva Soto", addr="eva@example.org", subject="Request", mid="b",
           name="Pedro Soto Lara", anumber="076-543-210")
    _write(box, 3, sender="Eva Soto", addr="eva@example.org", subject="More for ICR-2026-000001", mid="c",
           name="Pedro Soto Lara", anumber="076-543-210")
    replay(box, tmp_path / "r.jsonl")
    refs = [json.loads(line)["case_ref"] for line in (tmp_path / "r.jsonl").read_text().splitlines()]
    assert refs == ["ICR-2026-000001", "ICR-2026-000002", "ICR-2026-000002"]


def test_a_cited_reference_joins_when_the_message_gives_no_other_a_number(tmp_path):
    box = tmp_path / "box"
    box.mkdir()
    _write(box, 1, sender="Ana Ruiz", addr="ana@example.org", subject="Request", mid="a",
           name="Carlos Ruiz Mendez", anumber="087-654-321")
    (box / "002.eml").write_text(
        "From: Ana Ruiz <ana@example.org>\nTo: ICEcasereview@ice.dhs.gov\nSubject: Re: ICR-2026-000001\n"
        "Date: Tue, 03 Nov 2026 09:00:00 -0500\nMessage-ID: <d@example.org>\n\nHere is the signed form.\n")
    replay(box, tmp_path / "r.jsonl")
    refs = [json.loads(line)["case_ref"] for line in (tmp_path / "r.jsonl").read_text().splitlines()]
    assert refs == ["ICR-2026-000001", "ICR-2026-000001"]

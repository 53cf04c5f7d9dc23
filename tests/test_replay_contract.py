"""`triage replay` keeps CONTRACT.md: one line per message, every key, every value form."""
import json
import re
from email import message_from_bytes

from click.testing import CliRunner

from triage.cli import main
from triage.replay import replay

DECISIONS = {"acknowledge", "reject_incomplete", "redirect_local", "redirect_opla",
             "escalate", "ignore"}
REASONS = {"missing_name", "missing_a_number", "missing_date_of_birth",
           "missing_country_of_birth", "missing_phone", "missing_email", "missing_relief",
           "missing_local_outcome", "missing_local_copies", "missing_authorization",
           "no_local_review", "local_review_outside_priorities", "facts_changed",
           "opla_matter", "safety_concern", "auto_generated", "not_a_request", "existing_case"}
RELIEF = {"release_from_custody", "stay_of_removal", "cancellation_of_detainer",
          "deferred_action", "decline_enforcement", "motion_to_reopen", "dismissal",
          "administrative_closure", "stipulation", "continuance", "bond",
          "relief_in_proceedings"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

REQUEST = """\
From: Laura Mendez <laura.mendez@example.org>
To: ICEcasereview@ice.dhs.gov
Subject: Case review request - Carlos Mendez Ruiz
Date: Mon, 02 Nov 2026 09:15:00 -0500
Message-ID: <req-1@example.org>

Dear Senior Reviewing Official,

I am writing for my husband, Carlos Mendez Ruiz, A# 087-654-321, born
March 4, 1985 in Guatemala. He is detained at the Krome Service Processing
Center in ICE custody. We ask that he be released from custody.

We asked the Miami ERO field office for a case review on October 1, 2026 and
they denied it on October 20, 2026. Copies of our request and their denial
are attached, with my signed Form I-60-001.

Phone: (305) 555-0187
Laura Mendez
"""

AUTOREPLY = """\
From: Out Of Office <oof@example.org>
To: ICEcasereview@ice.dhs.gov
Subject: Automatic reply: Case review
Auto-Submitted: auto-replied
Message-ID: <oof-1@example.org>

I am out of the office until Monday.
"""


def write(folder, name, text):
    (folder / name).write_bytes(text.encode("utf-8"))


def check_line(line):
    for key in ("source", "message_id", "language", "decision", "reasons", "priority",
                "case_ref", "fields", "reply"):
        assert key in line, key
    assert line["decision"] in DECISIONS
    assert line["reasons"] == sorted(set(line["reasons"])) and set(line["reasons"]) <= REASONS
    f = line["fields"]
    assert f["a_number"] is None or re.fullmatch(r"A\d{9}", f["a_number"])
    for k in ("date_of_birth", "local_response_date", "removal_date"):
        assert f[k] is None or DATE.match(f[k])
    assert f["phone"] is None or re.fullmatch(r"\+\d{8,15}", f["phone"])
    assert set(f["relief"]) <= RELIEF and f["relief"] == sorted(f["relief"])
    assert f["detained"] in (True, False)
    assert f["requester_role"] in {"self", "attorney", "representative", "family", "other"}
    if line["decision"] == "ignore":
        assert line["priority"] is None and line["case_ref"] is None and line["reply"] is None
    else:
        assert line["priority"] in {"detained", "imminent_removal", "standard"}
        assert re.fullmatch(r"ICR-\d{4}-\d{6}", line["case_ref"])


def test_every_message_gets_one_line_in_order_with_every_key(tmp_path):
    box = tmp_path / "box"
    box.mkdir()
    write(box, "001.eml", REQUEST)
    write(box, "002.eml", AUTOREPLY)
    (box / "003.eml").write_bytes(b"")
    replay(box, tmp_path / "r.jsonl", outbox=tmp_path / "out")
    lines = [json.loads(x) for x in (tmp_path / "r.jsonl").read_text().splitlines()]
    assert [x["source"] for x in lines] == ["001.eml", "002.eml", "003.eml"]
    for line in lines:
        check_line(line)
    assert lines[1]["decision"] == "ignore" and lines[1]["reasons"] == ["auto_generated"]
    assert lines[2]["quarantined"] is True and lines[2]["error"]
    assert lines[2]["reasons"] == [] and lines[2]["reply"] is None


def test_a_complete_request_is_acknowledged_with_a_reply_file(tmp_path):
    box = tmp_path / "box"
    box.mkdir()
    write(box, "0007.eml", REQUEST)
    replay(box, tmp_path / "r.jsonl", outbox=tmp_path / "out")
    line = json.loads((tmp_path / "r.jsonl").read_text())
    assert line["decision"] == "acknowledge", line
    assert line["priority"] == "detained"
    assert line["fields"]["a_number"] == "A087654321"
    assert line["fields"]["date_of_birth"] == "1985-03-04"
    assert line["reply"] == {"to": ["laura.mendez@example.org"], "language": "en",
                             "file": "0007.eml"}
    reply = message_from_bytes((tmp_path / "out" / "0007.eml").read_bytes())
    assert reply["In-Reply-To"] == "<req-1@example.org>"
    assert reply["Auto-Submitted"] == "auto-replied"
    assert line["case_ref"] in reply["Subject"]
    body = reply.get_payload(decode=True).decode()
    assert "087654321" not in body and "087-654-321" not in body


def test_the_same_message_twice_is_recorded_once_and_named_duplicate(tmp_path):
    box = tmp_path / "box"
    box.mkdir()
    write(box, "1.eml", REQUEST)
    write(box, "2.eml", REQUEST)
    replay(box, tmp_path / "r.jsonl")
    first, second = [json.loads(x) for x in (tmp_path / "r.jsonl").read_text().splitlines()]
    assert second["duplicate_of"] == "1.eml"
    assert second["decision"] == first["decision"] and second["case_ref"] == first["case_ref"]
    assert second["reply"] is None


def test_a_thread_follow_up_joins_the_case(tmp_path):
    box = tmp_path / "box"
    box.mkdir()
    first = REQUEST.replace("Phone: (305) 555-0187\n", "")
    write(box, "1.eml", first)
    follow = ("From: Laura Mendez <laura.mendez@example.org>\nTo: ICEcasereview@ice.dhs.gov\n"
              "Subject: Re: Case review request\nMessage-ID: <req-2@example.org>\n"
              "In-Reply-To: <req-1@example.org>\nDate: Tue, 03 Nov 2026 10:00:00 -0500\n\n"
              "My phone number is 305-555-0187.\n")
    write(box, "2.eml", follow)
    replay(box, tmp_path / "r.jsonl")
    a, b = [json.loads(x) for x in (tmp_path / "r.jsonl").read_text().splitlines()]
    assert "missing_phone" in a["reasons"]
    assert b["case_ref"] == a["case_ref"]
    assert "existing_case" in b["reasons"] and "missing_phone" not in b["reasons"]
    assert b["fields"]["name"] == a["fields"]["name"]


def test_replay_exits_zero_and_non_zero_only_when_it_cannot_run(tmp_path):
    box = tmp_path / "box"
    box.mkdir()
    write(box, "1.eml", REQUEST)
    runner = CliRunner()
    ok = runner.invoke(main, ["replay", str(box), "--report", str(tmp_path / "r.jsonl")])
    assert ok.exit_code == 0, ok.output
    missing = runner.invoke(main, ["replay", str(tmp_path / "nope"), "--report",
                                   str(tmp_path / "r2.jsonl")])
    assert missing.exit_code != 0 and "no such source" in missing.output
    unwritable = runner.invoke(main, ["replay", str(box), "--report",
                                      str(tmp_path / "no" / "dir" / "r.jsonl")])
    assert unwritable.exit_code != 0 and "cannot write the report" in unwritable.output

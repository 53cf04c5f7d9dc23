"""extract_request gives every field and signal, with provenance, from the request's own text."""
from datetime import date

from triage.extract.request import extract_request, fold
from triage.records import Attachment, Found, ParsedMessage, Signals

KEYS = {"relief", "local_review", "local_outcome", "local_response_date", "detained",
        "removal_date", "requester_role", "authorization"}


def msg(body, quoted="", subject="", attachments=()):
    return ParsedMessage("sha", "<t@example.org>", subject, "Jane Roe", "jroe@example.org", [], [], [],
                         None, None, [], {}, body, quoted, [], list(attachments))


BODY = """Dear Senior Reviewing Official,

I am the attorney for Mr. Carlos Ruiz Example, A# 012-345-678, who is in ICE custody
at the Example County Processing Center.

We asked the Example field office for prosecutorial discretion on January 5, 2025.
The field office denied the request on February 10, 2025. Copies of our request
and of the denial are attached, as is a signed G-28.

We respectfully request his release from custody.

Jane Roe, Esq.
"""


def test_a_complete_attorney_request():
    fields, signals, found = extract_request(msg(BODY), "en")
    assert set(fields) == KEYS
    assert fields == {
        "relief": ["release_from_custody"], "local_review": "requested", "local_outcome": "denied",
        "local_response_date": date(2025, 2, 10), "detained": True, "removal_date": None,
        "requester_role": "attorney", "authorization": ["G-28"],
    }
    assert isinstance(signals, Signals)
    assert (signals.local_review_said, signals.local_request_copy, signals.local_response_copy) == (True, True, True)
    assert not signals.imminent_removal and not signals.not_a_request and signals.safety == []
    by_field = {f.field: f for f in found}
    assert all(isinstance(f, Found) and f.where == "body" and f.snippet for f in found)
    assert {"relief", "local_outcome", "local_response_date", "detained", "requester_role",
            "authorization"} <= set(by_field)
    assert "February 10, 2025" in by_field["local_response_date"].snippet


def test_quoted_history_is_never_read():
    quoted = "> He is in ICE custody. They beat him. Please stop the deportation."
    fields, signals, _ = extract_request(msg("Thank you for your reply.", quoted=quoted), "en")
    assert fields["relief"] == [] and not fields["detained"] and signals.safety == []


def test_attachment_provenance_has_page():
    att = Attachment(0, "letter.pdf", "application/pdf", "pdf", 10, "x", "read",
                     pages=["Cover page.", "The guards hit him and he needs help."])
    _, signals, found = extract_request(msg("See attached.", attachments=[att]), "en")
    assert signals.safety == ["assault"]
    hit = next(f for f in found if f.field == "safety")
    assert (hit.where, hit.page) == ("attachment:letter.pdf", 2)


def test_imminent_removal_only_when_not_detained():
    body = "He is detained at the processing center and scheduled for removal on March 3, 2026."
    fields, signals, _ = extract_request(msg(body), "en")
    assert fields["detained"] and not signals.imminent_removal
    assert fields["removal_date"] == date(2026, 3, 3)


def test_fold_keeps_length_and_strips_accents():
    text = "Liberación — SEÑOR İzmir’s"
    assert len(fold(text)) == len(text)
    assert fold("Liberación ÑANDÚ") == "liberacion nandu"

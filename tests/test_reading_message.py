"""read_message: headers, charsets, alternatives, quoted history, refusals."""
from email.message import EmailMessage
from pathlib import Path

import mailparser
import pytest

from triage.errors import UnreadableMessage
from triage.mail.limits import Limits
from triage.mail.message import decode_bytes, read_message

DATA = Path(__file__).parent / "data" / "reading"


def _mail(body: str = "Hello.", **headers) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = headers.pop("From", "Ana Ejemplo <Ana.Ejemplo@Example.org>")
    msg["To"] = "sro@example.com"
    msg["Subject"] = headers.pop("Subject", "Request for review")
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg


def test_rfc2047_subject_and_sender_name_are_decoded():
    raw = (
        b"From: =?utf-8?q?Jos=C3=A9_Ejemplo?= <JOSE@example.org>\r\n"
        b"Subject: =?utf-8?b?U29saWNpdHVkIGRlIHJldmlzacOzbg==?= urgente\r\n\r\nHola.\r\n"
    )
    parsed = read_message(raw)
    assert parsed.subject == "Solicitud de revisión urgente"
    assert parsed.from_name == "José Ejemplo"
    assert parsed.from_addr == "jose@example.org"


def test_spanish_latin1_body_without_declared_charset_is_read():
    parsed = read_message((DATA / "spanish_latin1_no_charset.eml").read_bytes())
    assert "José Martínez" in parsed.body
    assert "nació en México" in parsed.body
    assert parsed.subject == "Solicitud de revisión"


@pytest.mark.parametrize("charset", ["x-unknown", "invalid-charset"])
def test_unknown_charset_falls_back_without_raising(charset):
    raw = (
        f"From: a@example.org\nSubject: x\nContent-Type: text/plain; charset={charset}\n\n"
    ).encode() + "Niña nacida en Perú".encode("cp1252")
    parsed = read_message(raw)
    assert parsed.body == "Niña nacida en Perú"
    assert any(charset in d for d in parsed.defects)


def test_x_mac_cyrillic_is_read_with_pythons_mac_cyrillic():
    assert decode_bytes("Привет".encode("mac-cyrillic"), "x-mac-cyrillic") == ("Привет", None)


def test_headers_are_lower_case_lists_and_addresses_lower_case():
    msg = _mail(Reply_To="Reply <Reply@Example.ORG>", Cc="b@Example.com, c@example.com",
                Auto_Submitted="auto-replied", Return_Path="<>")
    msg["Received"] = "from a"
    msg["Received"] = "from b"
    parsed = read_message(msg.as_bytes())
    assert parsed.headers["received"] == ["from a", "from b"]
    assert parsed.headers["auto-submitted"] == ["auto-replied"]
    assert parsed.headers["return-path"] == ["<>"]
    assert parsed.from_addr == "ana.ejemplo@example.org"
    assert parsed.reply_to == ["reply@example.org"]
    assert parsed.cc == ["b@example.com", "c@example.com"]
    assert parsed.to == ["sro@example.com"]


def test_ids_and_date_are_parsed_and_a_broken_date_is_none():
    parsed = read_message((DATA / "outlook_reply_with_quoted_anumber.eml").read_bytes())
    assert parsed.message_id == "<reply-2@example.com>"
    assert parsed.in_reply_to == "<ack-1@example.com>"
    assert parsed.references == ["<req-0@example.com>", "<ack-1@example.com>"]
    assert parsed.date.isoformat() == "2025-03-05T09:12:00-05:00"
    assert read_message(_mail(Date="not a date").as_bytes()).date is None


def test_a_from_without_an_address_gives_none():
    raw = b"From: \r\nSubject: hi\r\n\r\nbody\r\n"
    assert read_message(raw).from_addr is None


def test_quoted_a_number_is_kept_out_of_the_body():
    parsed = read_message((DATA / "outlook_reply_with_quoted_anumber.eml").read_bytes())
    assert "A987654321" in parsed.body
    assert "(202) 555-0143" in parsed.body  # signature stays
    assert "A111222333" not in parsed.body
    assert "A111222333" in parsed.quoted


def test_inline_forwarded_block_is_kept_in_forwarded():
    parsed = read_message((DATA / "gmail_forward.eml").read_bytes())
    assert parsed.body == "Please see the local office's answer below."
    assert parsed.forwarded == ["Your request for a stay of removal for A-23456789 is denied."]
    assert "A000000001" in parsed.quoted


def test_plain_alternative_is_preferred_over_html():
    msg = _mail("The plain words of the request, long enough to be real text.")
    msg.add_alternative("<p>The <b>html</b> words.</p>", subtype="html")
    assert read_message(msg.as_bytes()).body.startswith("The plain words")


def test_html_is_used_when_the_plain_part_is_a_stub():
    msg = _mail("View this email in HTML.")
    msg.add_alternative(
        "<table><tr><td>Name:</td><td>Maria Ejemplo</td></tr>"
        "<tr><td>A-Number:</td><td>A123456789</td></tr></table>", subtype="html")
    assert read_message(msg.as_bytes()).body == "Name: Maria Ejemplo\nA-Number: A123456789"


def test_html_is_used_when_only_it_carries_the_facts_table():
    msg = _mail("Good afternoon,\n\nPlease find our client's information in the table below.\n\nThank you.")
    msg.add_alternative(
        "<p>Good afternoon,</p><p>Please find our client's information in the table below.</p>"
        "<table><tr><td>Name:</td><td>Chiamaka Grace Okafor</td></tr>"
        "<tr><td>DOB:</td><td>09/02/1986</td></tr><tr><td>Nationality:</td><td>Nigeria</td></tr></table>"
        "<p>Thank you.</p>", subtype="html")
    body = read_message(msg.as_bytes()).body
    assert "DOB: 09/02/1986" in body and "Nationality: Nigeria" in body


def test_html_only_mail_is_read_as_text():
    msg = _mail()
    msg.set_content("<p>Hello<br>officer</p>", subtype="html")
    assert read_message(msg.as_bytes()).body == "Hello\nofficer"


def test_size_and_sha256_are_of_the_raw_bytes():
    raw = _mail().as_bytes()
    parsed = read_message(raw)
    assert parsed.size == len(raw)
    assert len(parsed.raw_sha256) == 64


@pytest.mark.parametrize("raw, says", [
    (b"", "empty"),
    (b"\n \n", "empty"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "Outlook"),
    (b"\x00\x01\x02\x03garbage\x00\x00" * 10, "binary"),
])
def test_nothing_usable_raises_unreadable_message(raw, says):
    with pytest.raises(UnreadableMessage, match=says):
        read_message(raw)


def test_text_without_headers_is_read_as_a_body():
    parsed = read_message(b"Please review my case, A123456789.\n")
    assert "A123456789" in parsed.body
    assert parsed.defects


def test_stdlib_reads_the_message_when_mail_parser_raises(monkeypatch):
    def broken(raw):
        raise AttributeError("'NoneType' object has no attribute 'index'")

    monkeypatch.setattr(mailparser, "parse_from_bytes", broken)
    parsed = read_message(_mail("Still read.").as_bytes())
    assert parsed.body == "Still read."
    assert any("mail-parser failed" in d for d in parsed.defects)


def test_oversize_message_keeps_headers_and_first_text_part_only():
    msg = _mail("First part text.")
    msg.add_attachment(b"x" * 5000, maintype="application", subtype="octet-stream", filename="big.bin")
    parsed = read_message(msg.as_bytes(), Limits(max_message_bytes=2000))
    assert parsed.subject == "Request for review"
    assert parsed.body == "First part text."
    assert parsed.attachments == []
    assert "limit" in parsed.defects[0]


def test_text_is_bounded_by_max_text_chars():
    parsed = read_message(_mail("y" * 5000).as_bytes(), Limits(max_text_chars=100))
    assert len(parsed.body) == 100
    assert any("text cut" in d for d in parsed.defects)

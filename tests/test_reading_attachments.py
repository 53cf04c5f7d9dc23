"""Attachments: every one kept, its kind taken from the bytes."""
import hashlib
import io
import zipfile
from email.message import EmailMessage

from fpdf import FPDF

from triage.mail.limits import Limits
from triage.mail.message import read_message

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def make_pdf(text: str, user_password: str | None = None) -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 10, text)
    if user_password:
        pdf.set_encryption(owner_password="owner-secret", user_password=user_password)
    return bytes(pdf.output())


def _mail_with(*files: tuple[bytes, str, str, str]) -> bytes:
    msg = EmailMessage()
    msg["From"] = "ana@example.org"
    msg["Subject"] = "Request"
    msg.set_content("Attached are my papers.")
    for data, maintype, subtype, name in files:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def test_pdf_is_recognised_by_its_bytes_not_its_declared_type_or_name():
    data = make_pdf("A-Number: A123456789")
    parsed = read_message(_mail_with((data, "application", "octet-stream", "scan.bin")))
    [att] = parsed.attachments
    assert (att.kind, att.status, att.method) == ("pdf", "read", "pypdfium2")
    assert att.content_type == "application/octet-stream"
    assert att.filename == "scan.bin"
    assert att.size == len(data) and att.sha256 == hashlib.sha256(data).hexdigest()
    assert att.payload == data
    assert "A123456789" in att.pages[0]
    assert any(p.where == "attachment:scan.bin" and p.page == 1 for p in parsed.parts())


def test_encrypted_pdf_is_noted_and_the_message_still_read():
    data = make_pdf("secret", user_password="open-sesame")
    parsed = read_message(_mail_with((data, "application", "pdf", "g-28.pdf")))
    assert parsed.body == "Attached are my papers."
    assert parsed.attachments[0].status == "encrypted"


def test_images_need_ocr_and_zips_are_noted_but_not_unpacked():
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("inner.txt", "A123456789")
    parsed = read_message(_mail_with(
        (PNG, "application", "octet-stream", "photo.dat"),
        (archive.getvalue(), "application", "zip", "papers.zip"),
        (b"\x01\x02binary", "application", "octet-stream", "other.bin"),
    ))
    assert [(a.kind, a.status) for a in parsed.attachments] == [
        ("image", "needs_ocr"), ("zip", "not_read"), ("other", "not_read")]
    assert parsed.attachments[1].pages == []


def test_text_attachment_is_read_as_text():
    parsed = read_message(_mail_with(("Número A 123-456-789".encode("latin-1"), "text", "plain", "notes.txt")))
    [att] = parsed.attachments
    assert (att.kind, att.status, att.pages) == ("text", "read", ["Número A 123-456-789"])


def test_encoded_filename_is_decoded():
    parsed = read_message(_mail_with((b"%PDF-", "application", "pdf", "Solicitud revisión.pdf")))
    assert parsed.attachments[0].filename == "Solicitud revisión.pdf"


def test_attachments_beyond_the_limit_are_kept_as_skipped():
    parsed = read_message(_mail_with(*[(PNG, "image", "png", f"p{i}.png") for i in range(4)]),
                          Limits(max_attachments=2))
    assert [a.status for a in parsed.attachments] == ["needs_ocr", "needs_ocr", "skipped", "skipped"]


def _forward_of(inner: EmailMessage, depth: int) -> EmailMessage:
    for _ in range(depth):
        outer = EmailMessage()
        outer["From"] = "ana@example.org"
        outer["Subject"] = "Fwd: decision"
        outer.set_content("See the attached mail.")
        outer.add_attachment(inner)
        inner = outer
    return inner


def test_attached_mail_goes_to_forwarded_and_its_attachments_are_kept():
    inner = EmailMessage()
    inner["From"] = "field.office@example.com"
    inner["Subject"] = "Decision"
    inner.set_content("Your request for A-23456789 is denied.\n\n"
                      "On Fri, Feb 7, 2025 at 9:00 AM X <x@example.org> wrote:\n> A000000001\n")
    inner.add_attachment(PNG, maintype="image", subtype="png", filename="stamp.png")
    parsed = read_message(_forward_of(inner, 1).as_bytes())
    assert parsed.body == "See the attached mail."
    assert parsed.forwarded == ["Your request for A-23456789 is denied."]
    assert "A000000001" in parsed.quoted
    assert [(a.kind, a.status) for a in parsed.attachments] == [("message", "read"), ("image", "needs_ocr")]


def test_forwarded_mail_nesting_is_bounded():
    inner = EmailMessage()
    inner["Subject"] = "deep"
    inner.set_content("Too deep to read.")
    parsed = read_message(_forward_of(inner, 4).as_bytes(), Limits(max_depth=2))
    assert "Too deep to read." not in "".join(parsed.forwarded)
    assert any("nested deeper" in d for d in parsed.defects)

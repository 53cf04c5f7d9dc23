"""Build a ParsedMessage from literal text, without the reading stage."""
from triage.records import Attachment, ParsedMessage


def message(body: str, subject: str = "", *, quoted: str = "", forwarded=(),
            pages=(), from_addr="writer@example.org", reply_to=()) -> ParsedMessage:
    attachments = []
    if pages:
        attachments.append(Attachment(0, "letter.pdf", "application/pdf", "pdf", 1, "0" * 64,
                                      "read", pages=list(pages), method="pdfplumber"))
    return ParsedMessage(
        raw_sha256="0" * 64, message_id="<t@example.org>", subject=subject, from_name=None,
        from_addr=from_addr, reply_to=list(reply_to), to=["icr@ice.dhs.gov"], cc=[], date=None,
        in_reply_to=None, references=[], headers={}, body=body, quoted=quoted,
        forwarded=list(forwarded), attachments=attachments)

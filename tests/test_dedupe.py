"""The same message relayed twice is one message; two messages sharing an id are two."""
from triage.dedupe import content_sha256

MSG = (b"Received: from a.example.org by b.example.org; Mon, 2 Nov 2026 10:00:00 -0500\r\n"
       b"Message-ID: <x@example.org>\r\nSubject: Request\r\n\r\nBody text\r\n")


def test_trace_headers_do_not_change_the_content_hash():
    relayed = (b"Received: from c.example.net\r\n by d.example.net; Mon, 2 Nov 2026\r\n"
               b"Delivered-To: inbox@example.org\r\n") + MSG.split(b"\r\n", 1)[1]
    assert content_sha256(MSG) == content_sha256(relayed)


def test_a_different_body_under_the_same_message_id_is_different_content():
    other = MSG.replace(b"Body text", b"Another request")
    assert content_sha256(MSG) != content_sha256(other)


def test_line_endings_do_not_change_the_content_hash():
    assert content_sha256(MSG) == content_sha256(MSG.replace(b"\r\n", b"\n"))

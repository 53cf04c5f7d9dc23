"""HTML mail becomes readable text."""
from triage.mail.html import html_to_text


def test_two_column_table_rows_become_label_value_lines():
    html = (
        "<table><tr><td><b>Name:</b></td><td>Maria Ejemplo</td></tr>"
        "<tr><th>A-Number</th><td>A123456789</td></tr></table>"
    )
    assert html_to_text(html) == "Name: Maria Ejemplo\nA-Number: A123456789"


def test_wider_table_rows_are_joined_with_bars():
    html = "<table><tr><td>Date</td><td>Office</td><td>Outcome</td></tr></table>"
    assert html_to_text(html) == "Date | Office | Outcome"


def test_layout_table_cells_keep_their_paragraphs():
    html = "<table><tr><td><p>First paragraph.</p><p>Second paragraph.</p></td></tr></table>"
    assert html_to_text(html) == "First paragraph.\n\nSecond paragraph."


def test_blocks_and_breaks_become_line_breaks_and_entities_are_decoded():
    html = "<div>Se&ntilde;or &amp; Se&#241;ora<br>line two</div><p>next</p>"
    assert html_to_text(html) == "Señor & Señora\nline two\n\nnext"


def test_scripts_styles_and_head_are_dropped():
    html = "<head><title>t</title><style>p {color: red}</style></head><p>kept<script>var a=1;</script></p>"
    assert html_to_text(html) == "kept"


def test_blockquotes_become_quoted_lines():
    html = "<p>mine</p><blockquote>theirs<br>A999888777</blockquote>"
    assert html_to_text(html) == "mine\n\n> theirs\n> A999888777"


def test_broken_markup_never_raises():
    assert "text" in html_to_text("<table><tr><td>text<td><blockquote>x</table></div></p><")

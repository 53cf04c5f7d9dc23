"""HTML mail turned into text a person (and a pattern) can read.

Block elements become line breaks, tables become "label: value" lines (forms
and signatures are laid out in two-column tables), and blockquotes become
"> " lines so that quote.py can tell quoted history from the sender's words.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCKS = frozenset(
    "address article aside blockquote center dd div dl dt fieldset figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody "
    "thead tfoot tr ul".split()
)
DROPPED = frozenset(["script", "style", "head", "title", "template", "noscript"])
VOID = frozenset("area base br col embed hr img input link meta param source wbr".split())
# A label is short and on one line; anything longer is layout, not a form row.
MAX_LABEL = 60
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def html_to_text(html: str) -> str:
    """Readable text of an HTML document; never raises on malformed markup."""
    parser = _TextParser()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; this is the last resort
        return tidy(re.sub(r"<[^>]*>", " ", html))
    return parser.text()


def tidy(text: str) -> str:
    """Strip each line, and keep at most one blank line in a row."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


class _Frame:
    """Text being collected for the root, a table cell or a blockquote."""

    def __init__(self, tag: str):
        self.tag = tag
        self.parts: list[str] = []
        self.rows: list[list[str]] = []  # tables only
        self.row: list[str] | None = None

    def text(self) -> str:
        return tidy("".join(self.parts))


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack = [_Frame("root")]
        self.dropped = 0
        self.pre = 0

    def text(self) -> str:
        while len(self.stack) > 1:
            self._close(self.stack[-1].tag)
        return self.stack[0].text()

    def handle_starttag(self, tag, attrs):
        if tag in DROPPED:
            self.dropped += tag not in VOID
        elif tag == "br":
            self._write("\n")
        elif tag == "table":
            self._write("\n")
            self.stack.append(_Frame("table"))
        elif tag == "tr":
            self._end_row()
            if table := self._nearest("table"):
                table.row = []
        elif tag in ("td", "th"):
            self._close_cell()
            if self._nearest("table"):
                self.stack.append(_Frame("cell"))
        elif tag == "blockquote":
            self._write("\n")
            self.stack.append(_Frame("blockquote"))
        elif tag in BLOCKS:
            self.pre += tag == "pre"
            self._write("\n")

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self._write("\n")
        elif tag in BLOCKS:
            self._write("\n")

    def handle_endtag(self, tag):
        if tag in DROPPED:
            self.dropped = max(0, self.dropped - 1)
        elif tag in ("table", "blockquote"):
            self._close(tag)
        elif tag in ("td", "th"):
            self._close_cell()
        elif tag == "tr":
            self._end_row()
        elif tag in BLOCKS:
            self.pre = max(0, self.pre - (tag == "pre"))
            self._write("\n")

    def handle_data(self, data):
        if self.dropped:
            return
        if not self.pre:
            data = re.sub(r"\s+", " ", data)
        self._write(data)

    def _write(self, text: str) -> None:
        self.stack[-1].parts.append(text)

    def _nearest(self, tag: str) -> _Frame | None:
        for frame in reversed(self.stack):
            if frame.tag == tag:
                return frame
            if frame.tag != "cell":
                return None  # a blockquote between: the table is not ours
        return None

    def _close_cell(self) -> None:
        if self.stack[-1].tag != "cell":
            return
        cell = self.stack.pop()
        table = self._nearest("table")
        if table is not None:
            if table.row is None:
                table.row = []
            table.row.append(cell.text())

    def _end_row(self) -> None:
        self._close_cell()
        table = self._nearest("table")
        if table is not None and table.row is not None:
            table.rows.append(table.row)
            table.row = None

    def _close(self, tag: str) -> None:
        """Close the innermost open `tag` and everything opened inside it."""
        if all(f.tag != tag for f in self.stack[1:]):
            return
        while True:
            self._end_row()
            if all(f.tag != tag for f in self.stack[1:]):
                return  # ending the row closed it: `tag` was an open cell
            frame = self.stack.pop()
            rendered = _render(frame)
            self._write("\n" + rendered + "\n")
            if frame.tag == tag:
                return


def _render(frame: _Frame) -> str:
    if frame.tag == "blockquote":
        return "\n".join("> " + line if line else ">" for line in frame.text().split("\n"))
    if frame.tag == "table":
        return "\n".join(filter(None, (_render_row(r) for r in frame.rows + [frame.row or []])))
    return frame.text()


def _render_row(cells: list[str]) -> str:
    cells = [c for c in cells if c]
    if len(cells) == 2 and len(cells[0]) <= MAX_LABEL and "\n" not in cells[0]:
        return f"{cells[0].rstrip(':').rstrip()}: {cells[1]}"
    if any("\n" in c for c in cells):
        return "\n".join(cells)  # a layout table: cells are blocks, not columns
    return " | ".join(cells)

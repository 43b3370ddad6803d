"""PDF: the text layer through PDFium (pypdfium2), laid out as reading text with its pages.

pypdfium2 beat pdfminer.six on our Japanese PDFs (bench/pdf_readers.py, BENCHMARKS.md): the same text,
several times faster. PDFium gives characters with their boxes in content-stream order, which for
born-digital PDFs is reading order; from them we rebuild lines, then:

- running headers, footers and page numbers (lines in the top or bottom margin that repeat on
  other pages once digits are ignored, or that are only a page number) are dropped;
- lines set clearly larger than the body text and short are headings (sections);
- a line that runs to the right margin continues on the next one (also across a page break):
  joined with no space between Japanese characters, one space between Latin words, a hyphenated
  word rejoined; a short line, a wider gap or a heading ends the paragraph;
- lines split into columns by wide gaps (a table drawn without rules, as reportlab and Word set
  them) are a table's rows: their cells kept apart, the rows recorded as a table;
- CJK compatibility ideographs, Kangxi radicals and ligatures become the ordinary characters;
- every page's start offset is kept, so each character knows its page.

A PDF without a text layer (a scan) is reported as such, not indexed empty.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from qa.documents import Document, UnreadableFile, title_line
from qa.readers.base import CELL_SEPARATOR, Reader, TextBuilder, is_cjk, normalize_lookalikes

MARGIN = 0.09  # top and bottom share of the page where running headers and footers live
HEADING_SIZE_RATIO = 1.15
HEADING_MAX_CHARS = 60
# A wrapped line sits at most this many font sizes below the one before it, bottom to bottom (Japanese
# typesetting leaves 1.5–1.8; a blank line between paragraphs makes it 2.4 or more).
LINE_PITCH = 2.2
# A gap wider than this many font sizes between two characters of a line parts table columns (a table's
# cells lie 10–20 sizes apart; text, justified or not, leaves at most 1.5).
COLUMN_GAP = 3.0
_PAGE_NUMBER = re.compile(r"^[\s\-–—(（]*(?:p\.?|page|ページ)?\s*[0-9ivxlcIVXLC]+(?:\s*(?:/|of)\s*\d+)?[\s\-–—)）]*$",
                          re.IGNORECASE)
_SOFT_HYPHENS = (0x02, 0xAD, 0xFFFE)  # how PDFium reports a hyphen that splits a word at a line end
_GAP = re.compile("\x00+")
_COLUMN = "\x01"  # where a column gap fell between two characters of a line
_SENTENCE_END = ("。", "．", "！", "？", "!", "?", ".", "」", "』", "：", ":")


@dataclass
class Line:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    cells: tuple[str, ...] = ()  # a table row's cells, when gaps part the line into columns


@dataclass
class Page:
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)


def extract_pages(data: bytes) -> tuple[list[Page], dict[str, str]]:
    """Lines with their boxes and font sizes, page by page, and the document's metadata, via PDFium."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise UnreadableFile("encrypted PDF (needs a password)") from exc
        raise UnreadableFile(f"not a readable PDF ({exc})") from exc
    try:
        metadata = pdf.get_metadata_dict(skip_empty=True)
        pages = []
        for page in pdf:
            width, height = page.get_size()
            textpage = page.get_textpage()
            out = Page(width, height)
            current: list[tuple[str, float, float, float, float, float]] = []
            ink_right = None  # where the line's last drawn character ends
            for i in range(textpage.count_chars()):
                code = raw.FPDFText_GetUnicode(textpage, i)
                generated = raw.FPDFText_IsGenerated(textpage, i) == 1
                ch = "-" if code in _SOFT_HYPHENS else chr(code)
                if ch in "\r\n":
                    continue
                if generated:
                    if current and ch == " ":
                        current.append(("\x00", *current[-1][1:]))  # a gap PDFium saw: a space unless by CJK
                    continue
                left, bottom, right, top = textpage.get_charbox(i)
                size = raw.FPDFText_GetFontSize(textpage, i)
                if current and not ch.isspace() and _new_line(current, left, bottom, size):
                    out.lines.append(_line(current))
                    current, ink_right = [], None
                if not ch.isspace():
                    if ink_right is not None and left - ink_right > COLUMN_GAP * max(size, 1):
                        current.append((_COLUMN, *current[-1][1:]))
                    ink_right = right
                current.append((ch, left, bottom, right, top, size))
            if current:
                out.lines.append(_line(current))
            pages.append(out)
            textpage.close()
            page.close()
        return pages, metadata
    finally:
        pdf.close()


def _new_line(chars: list, left: float, bottom: float, size: float) -> bool:
    """A character starts a new line when it sits on another baseline than the line's last
    characters (sub- and superscripts stay), or goes back left of them."""
    baseline = statistics.median([c[2] for c in chars[-8:] if not c[0].isspace()] or [chars[-1][2]])
    return abs(bottom - baseline) > 0.6 * max(size, 1) or left < chars[-1][1] - size


def _line(chars: list) -> Line:
    ink = [c for c in chars if not c[0].isspace() and c[0] not in "\x00" + _COLUMN] or chars
    cells = [_text(part) for part in "".join(c[0] for c in chars).split(_COLUMN)]
    cells = [cell for cell in cells if cell]
    return Line(CELL_SEPARATOR.join(cells), min(c[1] for c in ink), min(c[2] for c in ink),
                max(c[3] for c in ink), max(c[4] for c in ink), statistics.median(c[5] for c in ink),
                tuple(cells) if len(cells) > 1 else ())


def _text(chars: str) -> str:
    """Word and LibreOffice set a gap between Japanese and Latin text ("1961 年"); PDFium reports it as
    a space it made up. Such a space goes next to Japanese characters and stays between Latin words."""
    return _GAP.sub(lambda m: "" if is_cjk(m.string[m.start() - 1:m.start()] or "a") or is_cjk(
        m.string[m.end():m.end() + 1] or "a") else " ", chars.strip()).strip("\x00 ")


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def running_lines(pages: list[Page]) -> set[tuple[int, int]]:
    """(page, line) positions of running headers, footers and page numbers."""
    in_margin = {}
    for p, page in enumerate(pages):
        for i, line in enumerate(page.lines):
            if line.y0 >= page.height * (1 - MARGIN) or line.y1 <= page.height * MARGIN:
                in_margin[(p, i)] = _key(line.text)
    pages_with: dict[str, set[int]] = {}
    for (p, _), key in in_margin.items():
        pages_with.setdefault(key, set()).add(p)
    return {pos for pos, key in in_margin.items()
            if len(pages_with[key]) > 1 or _PAGE_NUMBER.match(pages[pos[0]].lines[pos[1]].text)}


def layout(pages: list[Page], title: str = "") -> TextBuilder:
    """Reading text from the lines of every page: running lines out, headings as sections (but a
    heading that is the document's title), wrapped lines joined, pages recorded."""
    dropped = running_lines(pages)
    body = [(p, i, line) for p, page in enumerate(pages) for i, line in enumerate(page.lines)
            if (p, i) not in dropped and line.text]
    sizes = Counter()
    for _, _, line in body:
        sizes[round(line.size, 1)] += len(line.text)
    body_size = sizes.most_common(1)[0][0] if sizes else 0.0
    heading_sizes = sorted({round(line.size, 1) for _, _, line in body
                            if _is_heading(line, body_size)}, reverse=True)
    right_edges = [line.x1 for _, _, line in body if abs(line.size - body_size) < 0.5]
    right = statistics.quantiles(right_edges, n=10)[-1] if len(right_edges) > 1 else (
        right_edges[0] if right_edges else 0.0)
    out = TextBuilder()
    open_line: Line | None = None  # the previous body line, while its paragraph may go on
    rows: list[Line] = []  # a run of lines parted into columns, while it lasts
    page_seen = -1
    for p, _, line in body:
        if rows and (page_seen < p or not line.cells):
            _add_rows(out, rows)
        while page_seen < p:
            out.new_page()
            page_seen += 1
        if line.cells:
            rows.append(line)
            open_line = None
            continue
        text = normalize_lookalikes(line.text)
        if _is_heading(line, body_size):
            out.heading(text, heading_sizes.index(round(line.size, 1)) + 1, in_path=text != title)
            open_line = None
            continue
        if open_line is not None and _continues(open_line, line, right):
            out.continue_block(text)
        else:
            out.block(text)
        open_line = line
    _add_rows(out, rows)
    while page_seen < len(pages) - 1:
        out.new_page()
        page_seen += 1
    return out


def _add_rows(out: TextBuilder, rows: list[Line]) -> None:
    """Two or more lines in columns are a table (a PDF does not say which row names the columns); a
    line alone with a gap in it (a name and a date pushed apart) is a line of text."""
    if len(rows) > 1:
        out.table([[normalize_lookalikes(cell) for cell in row.cells] for row in rows], header=False)
    elif rows:
        out.block(normalize_lookalikes(" ".join(rows[0].cells)))
    rows.clear()


def _is_heading(line: Line, body_size: float) -> bool:
    return (body_size > 0 and line.size >= body_size * HEADING_SIZE_RATIO and len(line.text) <= HEADING_MAX_CHARS
            and not line.text.endswith("。"))


def _continues(previous: Line, line: Line, right: float) -> bool:
    """Whether `line` carries on `previous`'s paragraph: `previous` reaches (nearly, unless it ends
    a sentence) the right margin and, on the same page, `line` follows it closely. Closeness is the
    pitch from bottom to bottom, not the gap between the boxes: a CID font without glyph metrics gives
    PDFium boxes of no height, and its lines 16 points apart at 10 points looked like paragraphs
    (eval/real-docs/himeji.pdf: one sentence cut at every line)."""
    slack = 1.0 if previous.text.endswith(_SENTENCE_END) else 4.0  # ragged right: a few characters short
    if previous.x1 < right - slack * previous.size:
        return False
    if line.y1 <= previous.y0 + previous.size:  # below it (a new page starts at the top)
        return previous.y0 - line.y0 <= LINE_PITCH * previous.size
    return True


def read(data: bytes, doc_id: str, path: str) -> Document:
    pages, metadata = extract_pages(data)
    title = (metadata.get("Title") or "").strip()
    out = layout(pages, title)
    if not out.text.strip():
        raise UnreadableFile(f"no text layer (scanned?) in {len(pages)} page(s)")
    return out.document(doc_id, title or fallback_title(out), "pdf", path)


def fallback_title(out: TextBuilder) -> str:
    """A PDF without a Title: its first heading, else its first line unless that is a sentence (then
    the file name stands in, and the sentence stays text to quote)."""
    if out.sections:
        return out.sections[0].name
    return title_line(out.text.strip().split("\n", 1)[0])[:80]


def sniff(head: bytes) -> bool:
    return head[:1024].lstrip().startswith(b"%PDF-")


READER = Reader("pdf", (".pdf",), sniff, read)

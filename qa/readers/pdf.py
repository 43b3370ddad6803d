"""PDF: the text layer through PDFium (pypdfium2), laid out as reading text with its pages.

pypdfium2 beat pdfminer.six on our Japanese PDFs (bench/pdf_readers.py, BENCHMARKS.md): the same text,
several times faster. PDFium gives characters with their boxes in content-stream order, which for
born-digital PDFs is reading order; from them we rebuild lines, then:

- running headers, footers and page numbers (lines in the top or bottom margin that repeat on
  other pages once digits are ignored, or that are only a page number) are dropped;
- lines set clearly larger than the body text and short are headings (sections), and so are short
  lines wholly in a heavier font than the body's (a Gothic 「3.1 センサの構成」 over Mincho text, Bold
  over Regular: papers and Word exports set headings at the body's size);
- a line that runs to the right margin continues on the next one (also across a page break or a
  column; in a text set in two columns the left column's inner edge is a margin too):
  joined with no space between Japanese characters, one space between Latin words, a hyphenated
  word rejoined; a short line, a wider gap or a heading ends the paragraph;
- lines split into columns by wide gaps (a table drawn without rules, as reportlab and Word set
  them) are a table's rows: their cells kept apart, the rows recorded as a table; where its cells
  wrap, the pieces PDFium gives apart are put back into their rows and columns by where they stand;
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
# Lines of one table cell lie closer than this many font sizes, bottom to top; rows lie further apart
# (their cells' padding, both sides: reportlab and Word leave 0.7 sizes and more).
ROW_GAP = 0.8
# Lines ending at one place well short of the right margin, this many and this share of the body's lines
# at least, mark the inner edge of a left column.
COLUMN_EDGE_LINES = 8
COLUMN_EDGE_SHARE = 0.2
# What names a heavier font than the body's when the PDF gives no weights: Bold, W5–W9, and a Gothic face
# over a Mincho body.
_BOLD_FONT = re.compile(r"bold|heavy|black|semibold|demi|w[5-9]\b", re.IGNORECASE)
_GOTHIC_FONT = re.compile(r"goth|kakugo", re.IGNORECASE)
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
    font: str = ""  # the font every character of the line is set in ("" when mixed)
    weight: int = -1  # that font's weight, when the PDF says
    # Its characters with their left edges (gaps and column marks too), for a table whose
    # cells wrap: their pieces are sorted into columns by where they stand (`_join_wrapped_cells`).
    glyphs: tuple[tuple[str, float], ...] = ()
    cell_starts: tuple[float, ...] = ()  # where each of `cells` starts


@dataclass
class Page:
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)


def extract_pages(data: bytes) -> tuple[list[Page], dict[str, str]]:
    """Lines with their boxes and font sizes, page by page, and the document's metadata, via PDFium."""
    import ctypes

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
        font_name = ctypes.create_string_buffer(128)
        for page in pdf:
            width, height = page.get_size()
            textpage = page.get_textpage()
            out = Page(width, height)
            current: list[tuple[str, float, float, float, float, float, str, int]] = []
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
                raw.FPDFText_GetFontInfo(textpage, i, font_name, len(font_name), None)
                font = font_name.value.decode("latin-1")
                weight = raw.FPDFText_GetFontWeight(textpage, i)
                if current and not ch.isspace() and _new_line(current, left, bottom, size):
                    out.lines.append(_line(current))
                    current, ink_right = [], None
                if not ch.isspace():
                    if ink_right is not None and left - ink_right > COLUMN_GAP * max(size, 1):
                        current.append((_COLUMN, *current[-1][1:]))
                    ink_right = right
                current.append((ch, left, bottom, right, top, size, font, weight))
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
    fonts = {(c[6], c[7]) for c in ink}
    font, weight = fonts.pop() if len(fonts) == 1 else ("", -1)
    starts, opened = [], True
    for c in chars:
        if c[0] == _COLUMN:
            opened = True
        elif opened and not c[0].isspace() and c[0] != "\x00":
            starts.append(c[1])
            opened = False
    return Line(CELL_SEPARATOR.join(cells), min(c[1] for c in ink), min(c[2] for c in ink),
                max(c[3] for c in ink), max(c[4] for c in ink), statistics.median(c[5] for c in ink),
                tuple(cells) if len(cells) > 1 else (), font, weight, tuple((c[0], c[1]) for c in chars),
                tuple(starts) if len(cells) > 1 else ())


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
    fonts = Counter()
    for _, _, line in body:
        if line.font and abs(line.size - body_size) < 0.5:
            fonts[(line.font, line.weight)] += len(line.text)
    body_font = fonts.most_common(1)[0][0] if fonts else ("", -1)
    # Where headings are set in a heavier font, a larger line in the body's own font between the first
    # line and the first such heading is front matter (a paper's authors under its title), not a heading.
    first_heavy = next((i for i, (_, _, line) in enumerate(body) if i > 0 and _heavier(line, *body_font)
                        and _is_heading(line, body_size, body_font)), 0)
    plain = {id(line) for _, _, line in body[1:first_heavy] if line.font == body_font[0]}

    def is_heading(line: Line) -> bool:
        return id(line) not in plain and _is_heading(line, body_size, body_font)

    body = _join_wrapped_cells(body, is_heading)

    heading_sizes = sorted({round(line.size, 1) for _, _, line in body if is_heading(line)}, reverse=True)
    body_lines = [line for _, _, line in body if abs(line.size - body_size) < 0.5]
    edges = wrap_edges(body_lines, body_size)
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
        if is_heading(line):
            out.heading(text, heading_sizes.index(round(line.size, 1)) + 1, in_path=text != title)
            open_line = None
            continue
        if open_line is not None and _continues(open_line, line, edges):
            out.continue_block(text)
        else:
            out.block(text)
        open_line = line
    _add_rows(out, rows)
    while page_seen < len(pages) - 1:
        out.new_page()
        page_seen += 1
    return out


def _join_wrapped_cells(body: list[tuple[int, int, Line]], is_heading) -> list[tuple[int, int, Line]]:
    """A table whose cells wrap comes out of PDFium as pieces: a row's first cell over two lines
    (「スイッチを押してもランプがつか」, 「ない」) before its other cells, a cell filled to its edge run
    into the next one with no gap between them, a last word (「いる」) alone under its cell. The lines
    between a table's rows that are such pieces (the table's size, not a heading, not left of it), with
    the rows around them, are read again as one table: each piece sorted into the column it stands in,
    the pieces one above another within a row's height joined into its cells. A table whose rows all
    came whole is left as it is."""
    out: list[tuple[int, int, Line]] = []
    i = 0
    while i < len(body):
        page, _, first = body[i]
        if not first.cells or len(first.cell_starts) < 2:
            out.append(body[i])
            i += 1
            continue
        members, pending, columns = [i], [], list(first.cell_starts)
        for j in range(i + 1, len(body)):
            if body[j][0] != page:
                break
            line = body[j][2]
            if line.cells:
                if not _aligned(columns, line.cell_starts, first.size):
                    break
                members += [*pending, j]
                pending = []
            elif (abs(line.size - first.size) < 0.5 and line.y1 <= first.y1 + first.size and not is_heading(line)
                  and (_at_column(columns, line.x0, first.size) or line.x0 > columns[-1] + first.size)):
                # a piece starts where a column does, or right of them all (a caption centred under the
                # table does neither)
                pending.append(j)
            else:
                break
        # The last row's pieces in later columns, right under it, are its own (a description that wraps).
        bottom = min(body[m][2].y0 for m in members)
        for j in pending:
            line = body[j][2]
            column = _column_of(columns, line.x0, first.size)
            # in a later column and within it (a caption centred under the table is neither), right under
            beyond = column + 1 < len(columns) and line.x1 > columns[column + 1]
            if column == 0 or beyond or line.y1 < bottom - ROW_GAP * first.size:
                break
            members.append(j)
            bottom = min(bottom, line.y0)
        lines = [body[m][2] for m in members]
        # A piece standing alone in a later column (「いる」 under its cell, a whole third cell on its own
        # line) is what wrapped cells leave; a paragraph between two labelled lines (「朝食 7:00〜9:00」,
        # its description, 「夕食 18:00」) starts at the left and is text.
        wrapped = any(not line.cells and line.x0 >= columns[1] - first.size / 2 for line in lines)
        if not wrapped:
            out += [body[m] for m in members]
            i = members[-1] + 1
            continue
        # A column only wrapped pieces fill (a description set right of a label and a time) is one too.
        for line in lines:
            if not line.cells and line.x0 > columns[-1] + first.size:
                columns.append(line.x0)
        rows = _rows_of(lines, columns)
        # Rows run together (cells set with no padding leave rows as close as a cell's lines) unless
        # every row holds at most one of the lines that came in columns: then the lines stay as they came.
        out += ([(page, body[i][1], row) for row in rows] if rows is not None else [body[m] for m in members])
        i = members[-1] + 1
    return out


def _aligned(columns: list[float], starts: tuple[float, ...], size: float) -> bool:
    """Whether a row's cells start where the table's columns do (another table's do not)."""
    return all(_at_column(columns, x, size) for x in starts)


def _at_column(columns: list[float], x: float, size: float) -> bool:
    return any(abs(x - c) <= size for c in columns)


def _column_of(columns: list[float], x: float, size: float) -> int:
    """The column a piece starting at `x` stands in: the last one starting (half a character's
    slack) at or left of it."""
    return max((k for k, c in enumerate(columns) if x >= c - size / 2), default=0)


def _rows_of(lines: list[Line], columns: list[float]) -> list[Line] | None:
    """The table's rows rebuilt from its lines: every run of characters goes to the column it starts in;
    pieces closer than a row's padding, one above the other, make one row. None when that puts two of
    the lines that came in columns into one row."""
    size = statistics.median(line.size for line in lines)
    pieces: list[tuple[float, float, int, str, int]] = []  # (top, bottom, column, text, line) in stream order
    for n, line in enumerate(lines):
        runs: dict[int, list[str]] = {}
        column = 0
        for ch, left in line.glyphs:
            if ch == _COLUMN:
                continue
            if not ch.isspace() and ch != "\x00":
                column = _column_of(columns, left, size)
            runs.setdefault(column, []).append(ch)
        for column, chars in runs.items():
            text = _text("".join(chars))
            if text:
                pieces.append((line.y1, line.y0, column, text, n))
    rows: list[list[tuple[float, float, int, str, int]]] = []
    for piece in sorted(pieces, key=lambda p: -p[0]):  # stable: stream order within a height
        if rows and piece[0] >= min(p[1] for p in rows[-1]) - ROW_GAP * size:
            rows[-1].append(piece)
        else:
            rows.append([piece])
    if any(len({p[4] for p in row if lines[p[4]].cells}) > 1 for row in rows):
        return None
    rebuilt = []
    for row in rows:
        cells = []
        for column in range(len(columns)):
            cell = ""
            for part in (p[3] for p in row if p[2] == column):  # a space only between Latin words
                latin = cell[-1:].isascii() and cell[-1:].isalnum() and part[:1].isascii() and part[:1].isalnum()
                cell += (" " if latin else "") + part
            cells.append(cell)
        rebuilt.append(Line(CELL_SEPARATOR.join(cells), columns[0], min(p[1] for p in row), max(columns),
                            max(p[0] for p in row), size, tuple(cells), cell_starts=tuple(columns)))
    return rebuilt


def _add_rows(out: TextBuilder, rows: list[Line]) -> None:
    """Two or more lines in columns are a table (a PDF does not say which row names the columns); a
    line alone with a gap in it (a name and a date pushed apart) is a line of text."""
    if len(rows) > 1:
        out.table([[normalize_lookalikes(cell) for cell in row.cells] for row in rows], header=False)
    elif rows:
        out.block(normalize_lookalikes(" ".join(rows[0].cells)))
    rows.clear()


def wrap_edges(lines: list[Line], size: float) -> list[float]:
    """Where the body's wrapped lines end: the right margin and, in a text set in two columns, the
    left column's inner edge, where most of its lines end (a paper's 278–289 points on a 595-point
    page, its right margin at 544)."""
    ends = [line.x1 for line in lines]
    if not ends:
        return [0.0]
    right = statistics.quantiles(ends, n=10)[-1] if len(ends) > 1 else ends[0]
    inner = [x for x in ends if x < right - 8 * size]
    if not inner or size <= 0:
        return [right]
    place, _ = Counter(round(x / size) for x in inner).most_common(1)[0]
    near = sorted(x for x in inner if abs(x / size - place) <= 1.5)
    if len(near) < max(COLUMN_EDGE_LINES, COLUMN_EDGE_SHARE * len(ends)):
        return [right]
    edge = statistics.quantiles(near, n=10)[-1]
    # A second column must be there too: lines that start right of the edge (an aligned block of
    # 「受付時間　…」 lines on a one-column page ends in one place as well).
    if sum(line.x0 >= edge for line in lines) < COLUMN_EDGE_LINES // 2:
        return [right]
    return [edge, right]


def _is_heading(line: Line, body_size: float, body_font: tuple[str, int]) -> bool:
    """Clearly larger than the body text, or at its size wholly in a heavier font; short, no sentence."""
    if body_size <= 0 or len(line.text) > HEADING_MAX_CHARS or line.text.endswith("。"):
        return False
    if line.size >= body_size * HEADING_SIZE_RATIO:
        return True
    return (line.size >= body_size - 0.5 and "。" not in line.text and _heavier(line, *body_font)
            and re.search(r"[^\W\d_]", line.text) is not None)


def _heavier(line: Line, body_font: str, body_weight: int) -> bool:
    """Whether the line's font is heavier than the body's: by the weights the PDF gives, else by
    the fonts' names (Bold, W5–W9, Gothic)."""
    if not line.font or line.font == body_font:
        return False
    if line.weight > 0 and body_weight > 0 and line.weight != body_weight:
        return line.weight >= body_weight + 100
    if _BOLD_FONT.search(line.font) and not _BOLD_FONT.search(body_font):
        return True
    return bool(_GOTHIC_FONT.search(line.font)) and not _GOTHIC_FONT.search(body_font)


def _continues(previous: Line, line: Line, edges: list[float]) -> bool:
    """Whether `line` carries on `previous`'s paragraph: `previous` reaches (nearly, unless it ends
    a sentence) the right margin and, on the same page, `line` follows it closely. Closeness is the
    pitch from bottom to bottom, not the gap between the boxes: a CID font without glyph metrics gives
    PDFium boxes of no height, and its lines 16 points apart at 10 points looked like paragraphs
    (eval/real-docs/himeji.pdf: one sentence cut at every line)."""
    slack = 1.0 if previous.text.endswith(_SENTENCE_END) else 4.0  # ragged right: a few characters short
    edge = min((e for e in edges if e >= previous.x1 - previous.size), default=max(edges))
    if previous.x1 < edge - slack * previous.size:
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

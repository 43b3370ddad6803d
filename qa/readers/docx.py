"""Word (.docx) through python-docx: paragraphs and tables in document order.

Headings come from paragraph styles (`Heading 1`…`Heading 9`, `見出し 1`…, or an outline level), and
a short line set wholly in bold is one too, a level below the heading before it (a rule book's
「第1条（目的）」 under its 「第1章　総則」);
the `Title` style or the core properties give the title; list paragraphs become lines of one block, and
so do paragraphs that open with an item's marker typed by hand (a rule book's 「（1）」 clauses and their
「ア　」 items);
a table becomes rows of cells (a merged cell once), the first a header row when Word repeats it on
every page or it alone is bold.
"""

from __future__ import annotations

import io
import re
import zipfile

from qa.documents import Document, UnreadableFile, item_marker
from qa.readers.base import Reader, TextBuilder, collapse_spaces

_HEADING_STYLE = re.compile(r"^(?:heading|見出し)\s*(\d)$", re.IGNORECASE)
_W_VAL = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val"
BOLD_HEADING_MAX_CHARS = 40


def _heading_level(style) -> int | None:
    while style is not None:
        match = _HEADING_STYLE.match(style.name or "")
        if match:
            return int(match.group(1))
        outline = style.element.find(".//{*}outlineLvl")
        if outline is not None:
            return int(outline.get(_W_VAL, "0")) + 1
        style = style.base_style
    return None


def _is_list(paragraph, style_name: str) -> bool:
    ppr = paragraph._p.pPr
    return (ppr is not None and ppr.numPr is not None) or style_name.startswith("list")


class _Styles:
    """Paragraph styles by id, looked up once each: python-docx's `paragraph.style` scans every
    style of the document for each paragraph, which made reading 30 times slower."""

    def __init__(self, document) -> None:
        self.by_id = {s.style_id: s for s in document.styles if s.type == 1}  # WD_STYLE_TYPE.PARAGRAPH
        self.default = next((s for s in self.by_id.values() if s.element.default), None)
        self.cache: dict[str | None, tuple[str, int | None]] = {}

    def of(self, paragraph) -> tuple[str, int | None]:
        """The style's name (lower case) and heading level, if it is a heading style."""
        style_id = paragraph._p.style
        if style_id not in self.cache:
            style = self.by_id.get(style_id, self.default)
            self.cache[style_id] = ((style.name or "").lower() if style else "", _heading_level(style))
        return self.cache[style_id]


def _has_header(table) -> bool:
    """Whether the table's first row names its columns: it is set to repeat at the top of each page
    ("Repeat as header row"), or it alone is typed in bold (「期間 | 内容 | 担当 | 場所」 over plain
    rows). A table style's first-row look is on by default, header or not, and says nothing."""
    rows = table._tbl.tr_lst
    flag = rows[0].find("{*}trPr/{*}tblHeader") if rows else None
    if flag is not None and flag.get(_W_VAL, "true") not in ("0", "false", "off"):
        return True
    return len(table.rows) > 1 and _all_bold(table.rows[0]) and not all(_all_bold(row) for row in table.rows[1:])


def _all_bold(row) -> bool:
    runs = [run for cell in row.cells for p in cell.paragraphs for run in p.runs if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs)


def _is_bold_heading(paragraph, text: str) -> bool:
    """A short line, no sentence, every run of it bold."""
    runs = [run for run in paragraph.runs if run.text.strip()]
    return (0 < len(text) <= BOLD_HEADING_MAX_CHARS and "。" not in text and "\n" not in text and bool(runs)
            and all(run.bold for run in runs))


def _paragraph_text(paragraph) -> str:
    return "\n".join(collapse_spaces(line) for line in paragraph.text.split("\n")).strip()


def read(data: bytes, doc_id: str, path: str) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError) as exc:
        raise UnreadableFile(f"not a Word .docx file ({exc})") from exc
    out = TextBuilder()
    title = (document.core_properties.title or "").strip()
    previous_list, number = False, 0
    level_above = 0  # the level of the last heading
    styles = _Styles(document)
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            rows = []
            for row in block.rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        cells.append(collapse_spaces(cell.text))
                rows.append(cells)
            out.table(rows, header=_has_header(block))
            previous_list = False
            continue
        text = _paragraph_text(block)
        style, level = styles.of(block)
        if style == "title":
            title = title or text
            out.heading(text, 1, in_path=False)
        elif level is not None:
            if level == 1 and (not title or text == title) and not out.sections:
                title = text
                out.heading(text, 1, in_path=False)
            else:
                out.heading(text, level)
            level_above = level
        elif _is_list(block, style):
            number = number + 1 if previous_list else 1
            numbered = "number" in style and text
            # The marker stays, as in the file: a bulleted line reads as an item of its list, which is
            # how the answer stage quotes it with its lead-in and reads its label.
            out.block(f"{number}. {text}" if numbered else f"- {text}" if text else text,
                      "\n" if previous_list else "\n\n")
            previous_list = previous_list or bool(text)
            continue
        elif _is_bold_heading(block, text):
            out.heading(text, min(level_above + 1, 9))
        elif item_marker(text) is not None:
            out.block(text, "\n" if previous_list else "\n\n")
            previous_list = True
            continue
        else:
            out.block(text)
        previous_list = previous_list and not text
    return out.document(doc_id, title, "docx", path)


def sniff(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04") and b"word/" in head


READER = Reader("docx", (".docx",), sniff, read)

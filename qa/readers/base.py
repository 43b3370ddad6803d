"""What every reader shares: the `Reader` interface, decoding bytes to text, and `TextBuilder`,
which lays out blocks of reading text while it records section and page starts.

Readers differ in how they find structure (a parse tree, a DOM, a PDF text layer, notation), but
all of them emit the same thing: blocks of clean text, some of them headings, some on a new page.
Doing the layout in one place keeps offsets, sections and pages consistent across formats.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from qa.documents import Document, Section, UnreadableFile

BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"),
)
JAPANESE_ENCODINGS = ["cp932", "shift_jis", "euc_jp", "iso2022_jp"]
SECTION_SEPARATOR = " › "
# Code points that look like ordinary kanji (or letters) but are not: CJK compatibility ideographs,
# Kangxi and CJK radicals, and Latin ligatures, as PDF fonts often map them. NFKC gives the ordinary ones.
_LOOKALIKES = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\ufb00-\ufb06\U0002f800-\U0002fa1f]")
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_HYPHENATED = re.compile(r"[A-Za-z]-$")


@dataclass(frozen=True)
class Reader:
    """One file format: the suffixes it claims, a test on the first bytes for files whose suffix
    says nothing (or says .txt), and the function that turns the bytes into a `Document`."""

    name: str
    suffixes: tuple[str, ...]
    sniff: Callable[[bytes], bool]
    read: Callable[[bytes, str, str], Document]  # (data, doc_id, path)


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text and the encoding used: a BOM if there is one, UTF-8, then the best
    Japanese-aware guess; line endings become "\n"."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _newlines(data[len(bom):].decode(encoding.replace("-sig", ""))), encoding
            except UnicodeDecodeError as exc:
                raise UnreadableFile(f"starts like {encoding} but is not ({exc.reason})") from exc
    if b"\x00" in data[:8192]:
        raise UnreadableFile("binary file (contains NUL bytes)")
    if b"\x1b$B" in data or b"\x1b$@" in data:  # ISO-2022-JP is 7-bit: it would pass for UTF-8
        try:
            return _newlines(data.decode("iso2022_jp")), "iso2022_jp"
        except UnicodeDecodeError:
            pass
    try:
        return _newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=JAPANESE_ENCODINGS).best() or from_bytes(data).best()
    if best is None:
        raise UnreadableFile("not text in any known encoding")
    return _newlines(str(best)), best.encoding


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_like_text(head: bytes) -> bool:
    """Whether the first bytes of a file can be text (a BOM, or no NUL byte)."""
    return any(head.startswith(bom) for bom, _ in BOMS) or b"\x00" not in head[:8192]


def normalize_lookalikes(text: str) -> str:
    """Compatibility ideographs, radicals and ligatures to the characters they stand for."""
    return _LOOKALIKES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


def wrap_join(left: str, right: str) -> tuple[str, str]:
    """How two pieces of one sentence that a line break separated go back together: `left` (a
    hyphen dropped when a word was split) and the separator, "" between Japanese characters and
    " " between Latin words."""
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left, ""
    if _HYPHENATED.search(left) and right[0].islower():
        return left[:-1], ""
    if is_cjk(left[-1]) or is_cjk(right[0]):
        return left, ""
    return left, " "


def join_wrapped(left: str, right: str) -> str:
    head, separator = wrap_join(left, right)
    return head + separator + right.lstrip()


CELL_SEPARATOR = " | "  # between the cells of a table row


def collapse_spaces(text: str) -> str:
    """Runs of whitespace inside a line to one space, and none between Japanese characters."""
    text = re.sub(r"[ \t\r\n\f\v\u00a0]+", " ", text).strip()
    return re.sub(r"(?<=[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]) (?=[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef])",
                  "", text)


@dataclass
class TextBuilder:
    """Reading text laid out block by block: paragraphs separated by a blank line, lines of one
    list or table by a newline; headings open sections named by their path (`章 › 節`)."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    sections: list[Section] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    tables: list[list[int]] = field(default_factory=list)
    table_headers: list[int] = field(default_factory=list)
    _path: list[tuple[int, str]] = field(default_factory=list)
    _page_pending: bool = False

    def _append(self, text: str, separator: str) -> int:
        if self.length:
            self.parts.append(separator)
            self.length += len(separator)
        start = self.length
        if self._page_pending:
            self.pages.append(start)
            self._page_pending = False
        self.parts.append(text)
        self.length += len(text)
        return start

    def continue_block(self, text: str) -> None:
        """Carry on the last block with `text` (a sentence running over a line or page break)."""
        if not self.length:
            self.block(text)
            return
        last = self.parts.pop()
        head, separator = wrap_join(last, text)
        self.parts.append(head)
        self.length += len(head) - len(last)
        self._append(text.lstrip(), separator)

    def block(self, text: str, separator: str = "\n\n") -> int | None:
        """Add a block of text; returns its start offset (None if it was empty)."""
        text = text.strip("\n")
        if not text.strip():
            return None
        return self._append(text, separator)

    def table(self, rows: list[list[str]], header: bool) -> None:
        """A table as one block: a line per row, its cells joined by ` | ` (empty rows dropped). When
        the first row names the columns (`header`), where it starts is kept: a quote of a later row
        starts there, since 「チームプラン | 月額900円 | 1TB」 alone does not say which is the price."""
        lines = [CELL_SEPARATOR.join(cells) for cells in rows]
        kept = [line for line in lines if line.strip(" |")]
        start = self.block("\n".join(kept))
        if start is None:
            return
        self.tables.append([start, start + len("\n".join(kept))])
        if header and len(kept) > 1 and kept[0] == lines[0]:
            self.table_headers.append(start + len(kept[0]) - len(kept[0].lstrip()))

    def heading(self, text: str, level: int, in_path: bool = True) -> int | None:
        """Add a heading at `level` (1 = top); it opens a section unless `in_path` is False (a title)."""
        start = self.block(text)
        if start is None or not in_path:
            return start
        self._path = [(lv, name) for lv, name in self._path if lv < level] + [(level, text.strip())]
        self.sections.append(Section(start, SECTION_SEPARATOR.join(name for _, name in self._path)))
        return start

    def new_page(self) -> None:
        """The next text added starts a new page (a page's number is its position in `pages`)."""
        if self._page_pending:  # the previous page had no text: it still counts
            self.pages.append(self.length)
        self._page_pending = True

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def document(self, doc_id: str, title: str, encoding: str, path: str, **metadata) -> Document:
        text = self.text
        if not text.strip():
            raise UnreadableFile("no text to read")
        pages = self.pages + ([len(text)] if self._page_pending else [])
        return Document(doc_id=doc_id, text=text, title=title or doc_id, sections=self.sections, encoding=encoding,
                        path=path, pages=pages,
                        metadata={k: v for k, v in {**metadata, "tables": self.tables,
                                                    "table_headers": self.table_headers}.items() if v})

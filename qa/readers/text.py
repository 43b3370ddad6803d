"""Plain text: the decoded file, its hard-wrapped lines joined, a title and headings guessed the way a
reader of a notice or a letter sees them.

- **Wrapped lines.** A notice, a letter or an e-mail is often wrapped at a fixed width: a paragraph's
  lines run to nearly the widest line and break mid-sentence (「…班で協力して」 / 「行動することを…」).
  Such a line is joined to the next (no space between Japanese characters, one between Latin words)
  unless the next starts a paragraph or an item (an indent, a bullet, a number, a bracket).
- **Title.** The first line that is not the date, the addressee (各位, 様, 御中) or the sender's block
  (lines set to the right under them), unless it reads as a sentence (a note that opens with what it
  says is titled by its file name).
- **Headings.** Short lines that do not read like sentences (no 。, no sentence end), are not
  bullets, steps or timetable rows, and do not hang indented under the line before them.
"""

from __future__ import annotations

import re
import statistics
import unicodedata

from qa.documents import TITLE_LINES, Document, Section, title_line
from qa.readers.base import Reader, decode, looks_like_text, wrap_join

HEADING_MAX_CHARS = 40
# A line wrapped at a fixed width reaches at least this share of the width most long lines reach.
WRAP_SHARE = 0.8
_SENTENCE_END = tuple("。．.！!？?」』）)：:、,")

# A step of a list (「1) 仮パスワードでログインする」, 「(2) …」, 「③ …」) or a row of a timetable (「13:00〜17:30
# 面談」); 「1. はじめに」 is a heading's number.
_STEP = re.compile(r"(\(?\d{1,3}\)|（\d{1,3}）|[①-⑳]|\d{1,2}[:：]\d{2})")
# What opens a paragraph or an item rather than carrying on the line before: an indent, a bullet or
# note mark, a number, a bracket, a quotation.
_OPENS = re.compile(r"[\s　]|[-*・•●■◆※＊→「『（(【［\[]|\d+[.)．）]|[①-⑳]|(\d{4}|令和|平成|昭和)\S{0,3}年"
                    r"|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}[:：]\d{2}")
_DATE = re.compile(r"((令和|平成|昭和)\s*(\d+|元)|\d{4})\s*年\s*\d+\s*月\s*\d+\s*日(\s*[（(].[)）])?"
                   r"|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}")
# Whom a letter is to: 「保護者各位」, 「営業部御中」, 「会員の皆様」, 「山田太郎 様」 (not 「製品仕様」, 「本殿」).
_ADDRESSEE = re.compile(r".*(各位|御中|皆様|皆さま)|.+\s(様|殿|さま)")


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "FW" else 1 for ch in line)


def _wrap_width(lines: list[str]) -> float:
    """The width a fixed-width text wraps at: what its longer lines reach (0 when too few are long)."""
    widths = sorted(_width(line.rstrip()) for line in lines if line.strip())
    long = widths[len(widths) // 2:]
    return statistics.quantiles(long, n=10)[-1] if len(long) >= 4 else 0.0


def _wraps(line: str, following: str, width: float) -> bool:
    """`line` breaks mid-sentence onto `following` at the text's wrapping width."""
    text = line.rstrip()
    return (bool(text) and bool(following.strip()) and width > 0 and _width(text) >= WRAP_SHARE * width
            and not text.endswith(_SENTENCE_END) and not _OPENS.match(following))


def unwrap(text: str) -> str:
    """`text` with its hard-wrapped paragraphs joined back into lines (in one pass: a paragraph's pieces
    are joined once it ends)."""
    lines = text.split("\n")
    width = _wrap_width(lines)
    out: list[str] = []
    pieces: list[str] = []
    for i, line in enumerate(lines):
        if pieces:
            pieces[-1], separator = wrap_join(pieces[-1], line)
            pieces.append(separator + line.strip())
        else:
            pieces.append(line)
        if not (i + 1 < len(lines) and _wraps(line, lines[i + 1], width)):
            out.append("".join(pieces))
            pieces = []
    return "\n".join(out)


def _hangs(line: str, previous: str) -> bool:
    """`line` is set indented right under a line of text: a timetable's next row, a sender's name."""
    return line[:1].isspace() and bool(previous.strip())


def _is_heading(line: str, previous: str) -> bool:
    """Plain-text headings: short lines that are not bullets or steps, do not read like sentences and
    do not hang indented under the line before (a timetable's second row, a sender's name)."""
    stripped = line.strip()
    return (
        0 < len(stripped) <= HEADING_MAX_CHARS
        and not stripped.startswith(("- ", "* ", "・"))
        and not _STEP.match(stripped)
        and not stripped.endswith(_SENTENCE_END)
        and "。" not in stripped
        and not _hangs(line, previous)
    )


def _is_preamble(line: str, previous: str) -> bool:
    """A letter's date, its addressee, or its sender's block set under them: not the title."""
    stripped = line.strip()
    return bool(_DATE.fullmatch(stripped) or _ADDRESSEE.fullmatch(stripped)) or _hangs(line, previous)


def parse(text: str, doc_id: str, encoding: str = "utf-8", path: str = "") -> Document:
    """The title and section headings of a plain text, its wrapped lines joined."""
    text = unwrap(text)
    title = ""
    sections: list[Section] = []
    offset = 0
    previous = ""
    seeking = True  # still looking for the title
    for number, line in enumerate(text.split("\n")):
        stripped = line.strip()
        seeking = seeking and number < TITLE_LINES
        if stripped and seeking and not _is_preamble(line, previous):
            seeking = False
            title = title_line(stripped)
        elif stripped and not seeking and _is_heading(line, previous):
            sections.append(Section(offset + len(line) - len(line.lstrip()), stripped))
        previous = line
        offset += len(line) + 1
    return Document(doc_id=doc_id, text=text, title=title or doc_id, sections=sections, encoding=encoding, path=path)


def read(data: bytes, doc_id: str, path: str) -> Document:
    text, encoding = decode(data)
    return parse(text, doc_id, encoding, path)


READER = Reader("text", (".txt", ".text"), looks_like_text, read)

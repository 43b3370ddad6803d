"""Plain text: the decoded file as it is, a title from its first line (unless that line is a
sentence: a note that opens with what it says is titled by its file name) and headings guessed from
short lines that do not read like sentences.

The text is kept verbatim (only line endings normalised), so offsets match the file line for line.
"""

from __future__ import annotations

import re

from qa.documents import Document, Section, title_line
from qa.readers.base import Reader, decode, looks_like_text

HEADING_MAX_CHARS = 40
_SENTENCE_END = tuple("。．.！!？?」』）)：:、,")


# A step of a list (「1) 仮パスワードでログインする」, 「(2) …」, 「③ …」) or a row of a timetable (「13:00〜17:30
# 面談」); 「1. はじめに」 is a heading's number.
_STEP = re.compile(r"(\(?\d{1,3}\)|（\d{1,3}）|[①-⑳]|\d{1,2}[:：]\d{2})")


def _is_heading(line: str) -> bool:
    """Plain-text headings: short lines that are not bullets or steps and do not end like a sentence."""
    return (
        0 < len(line) <= HEADING_MAX_CHARS
        and not line.startswith(("- ", "* ", "・"))
        and not _STEP.match(line)
        and not line.endswith(_SENTENCE_END)
    )


def parse(text: str, doc_id: str, encoding: str = "utf-8", path: str = "") -> Document:
    """The title (the first non-empty line, unless it reads as a sentence) and section headings of
    a plain text."""
    title = ""
    sections: list[Section] = []
    offset = 0
    first = True
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and first:
            first = False
            title = title_line(stripped)
        elif _is_heading(stripped):
            sections.append(Section(offset + len(line) - len(line.lstrip()), stripped))
        offset += len(line) + 1
    return Document(doc_id=doc_id, text=text, title=title or doc_id, sections=sections, encoding=encoding, path=path)


def read(data: bytes, doc_id: str, path: str) -> Document:
    text, encoding = decode(data)
    return parse(text, doc_id, encoding, path)


READER = Reader("text", (".txt", ".text"), looks_like_text, read)

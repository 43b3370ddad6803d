"""Questions that name a section of a document, and the sentence that opens it.

A manual or a paper says most things under a heading that names them: 「初期化の方法」 over 「本体背面の
RESETボタンを…押し続けてください。」, 「3. 結果」 over the results. Asked 「ルーターを初期化するには？」 or
「通信が遅いときはどうすればいい？」, a reader turns to that section and reads its opening, although its
sentences need not repeat the heading's words (the RESET sentence never says 初期化). The answer model
learned from Wikipedia paragraphs without headings and weighs each sentence alone, so it quotes the
section's later sentence that repeats the question's words (「初期化すると、…元に戻ります。」) or is unsure
of the right one (0.01 for the 通信が遅い advice).

The rule here is narrow on purpose: the question must name the heading and ask nothing else: every
content word of the heading is in the question, and every content word of the question is in the
heading, its parent headings or the document's title, words that only say how to ask (方法, 手順,
やり方, 教える, …) aside. 「芥川賞の選考委員は何名？」 asks for more than a section 「選考」 would say, so the
model decides it as before.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from qa.documents import Document
from qa.lexical import content_words
from qa.readers.base import SECTION_SEPARATOR

# Words that say how the question asks, not what about: 「初期化の方法は？」 names the section 「初期化」,
# 「初期化の手順を教えて」 names 「初期化の方法」.
ASKING_WORDS = frozenset({
    "方法", "手順", "やり方", "仕方", "方", "流れ", "場合", "とき", "時", "際", "こと", "もの", "点", "教える", "知る",
    "分かる", "わかる", "する", "できる", "ある", "いる", "なる", "いい", "よい", "良い", "ください", "下さる",
    # and words for the document itself: 「この論文の結果は？」 asks for the section 「3. 結果」
    "論文", "記事", "文書", "資料", "本書", "本文", "文章", "マニュアル", "説明書", "ガイド", "ページ",
})
_ASKING_PHRASES = re.compile(r"について|に関して|に関する|に就いて|とは")
_ASKS = re.compile(r"[？?]\s*$")
_TASK = re.compile(r"(たい|ない|ません|には|方法|手順|やり方|仕方)[)）]?\s*$")
_SPACE = re.compile(r"\s*")


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    return frozenset(content_words(_ASKING_PHRASES.sub(" ", unicodedata.normalize("NFKC", text)))) - ASKING_WORDS


def _section_body(doc: Document, offset: int) -> tuple[str, int] | None:
    """The section path (`章 › 節`) in force at `offset` and where the text under its heading starts,
    when `offset` lies in that text."""
    for section in reversed(doc.sections):
        if section.start > offset:
            continue
        line_end = doc.text.find("\n", section.start)
        body = _SPACE.match(doc.text, line_end).end() if line_end >= 0 else len(doc.text)
        return (section.name, body) if body <= offset else None
    return None


def opening_section(doc: Document, start: int) -> str | None:
    """The section path whose first body sentence starts at `start`, or None when something but
    blank space stands between the heading line and `start`."""
    found = _section_body(doc, start)
    return found[0] if found is not None and found[1] == start else None


@dataclass(frozen=True)
class FaqEntry:
    """A section whose heading is a question (「紅茶をいれることはできますか？」) and where its reply starts."""

    question: str
    reply: int


def _under_heading(doc: Document, offset: int) -> tuple[str, int] | None:
    """The heading in force at `offset` (the last part of its path) and where its text starts."""
    found = _section_body(doc, offset)
    return None if found is None else (found[0].split(SECTION_SEPARATOR)[-1], found[1])


def faq_entry(doc: Document, offset: int) -> FaqEntry | None:
    """The FAQ entry whose reply holds `offset`, or None when the section there asks nothing."""
    found = _under_heading(doc, offset)
    return FaqEntry(*found) if found is not None and _ASKS.search(found[0]) else None


def reply_start(doc: Document, offset: int) -> int | None:
    """Where the reply starts when `offset` lies under a heading that asks or sets a task: a question
    (「紅茶をいれることはできますか？」), a wish or a trouble (「本体をリセットしたい」, 「電源が入らない」), a
    method (「初期化の方法」). Its first words answer the heading (「本製品はコーヒー専用です。」, 「電池カバー
    を外し、…」), while the sentence most like the user's question often comes after them."""
    found = _under_heading(doc, offset)
    return found[1] if found is not None and (_ASKS.search(found[0]) or _TASK.search(found[0])) else None


def shared_words(question: str, faq_question: str, title: str) -> frozenset[str]:
    """The content words two questions share beyond their document's title: an FAQ entry that shares
    none with the user's question (「保証について教えて」 and 「保温中のコーヒーはどのくらい…？」 over a
    coffee maker's manual) is not asked, however close the two sound to the embedding."""
    return (_words(question) & _words(faq_question)) - _words(title)


def names_section(question: str, path: str, title: str) -> int | None:
    """Whether `question` asks for nothing but the section `path` of a document titled `title`: how
    many words of its own (not the title's) the heading has, the more the more specific; None when
    it does not."""
    *parents, heading = path.split(SECTION_SEPARATOR)
    own = _words(heading) - _words(title)
    if not own:
        return None
    asked = _words(question)
    if not _words(heading) <= asked:
        return None
    context = _words(heading).union(_words(title), *map(_words, parents))
    return len(own) if asked <= context else None


def asks_within(question: str, path: str, title: str) -> bool:
    """Whether `question` names the section `path` (every word its heading has beyond the document's
    title: 「朝市って毎日やってるの？」 names 「汐見朝市」 of a guide to 汐見) to ask something in it."""
    heading = path.split(SECTION_SEPARATOR)[-1]
    own = _words(heading) - _words(title)
    return bool(own) and own <= _words(question)


def section_named(question: str, candidates: list[tuple[str, int]],
                  documents: Mapping[str, Document]) -> int | None:
    """Of the candidate sentences (`doc_id`, `start`), in retrieval's order, the index of the first
    one that opens a section the question names, the most specific heading first."""
    best: tuple[int, int] | None = None
    for i, (doc_id, start) in enumerate(candidates):
        doc = documents[doc_id]
        path = opening_section(doc, start)
        if path is None or (named := names_section(question, path, doc.title)) is None:
            continue
        if best is None or named > best[1]:
            best = (i, named)
    return None if best is None else best[0]


def heading_over(doc: Document, offset: int, unit: str) -> int | None:
    """Where the heading over `offset` that a reader asking 「何章？」 (`unit` 章) or 「何条？」 (条) means
    starts: the outermost heading naming a chapter, the innermost naming an article; else, and for
    any other `unit`, the outermost (章) or the innermost heading. None under no heading."""
    path = doc.section_at(offset)
    if not path:
        return None
    names = path.split(SECTION_SEPARATOR)
    levels: list[tuple[str, int]] = []
    for depth, name in enumerate(names, start=1):
        whole = SECTION_SEPARATOR.join(names[:depth])
        start = max((s.start for s in doc.sections if s.name == whole and s.start <= offset), default=None)
        if start is not None:
            levels.append((name, start))
    if not levels:
        return None
    named = [start for name, start in levels if unit and unit in name]
    if unit == "章":
        return named[0] if named else levels[0][1]
    return named[-1] if named else levels[-1][1]

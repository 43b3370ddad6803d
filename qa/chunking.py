"""Cutting documents into passages small enough to embed and precise enough to quote.

Japanese has no spaces, so the usual word-boundary splitting does nothing useful: we split at
paragraphs, then lines, then after sentence-final 。！？ (keeping a closing 」』） with its sentence),
then after 、, and only then between characters. Each section (heading + body) is chunked on its
own so a passage never straddles two sections and always knows the one it belongs to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from langchain_text_splitters import RecursiveCharacterTextSplitter

from qa.documents import Document
from qa.readers.base import SECTION_SEPARATOR

# After 。！？ unless a closing bracket follows (then after the bracket, unless a quotation goes on
# with と: 「…。」と述べた); after . ! ? before a space.
SENTENCE_END = r"(?<=[。！？!?])(?![」』）)])|(?<=[。！？!?][」』）)])(?!と)|(?<=[.!?])(?=\s)"
SEPARATORS = ["\n\n", "\n", SENTENCE_END, r"(?<=、)", ""]
_SENTENCE_OR_LINE = re.compile(SENTENCE_END + r"|\n")
# A number that opens a line, 「2.」 or 「2.1.」: a heading's or a list item's, not a sentence.
_LINE_NUMBER = re.compile(r"[ \t\u3000]*\d{1,3}(?:[.．]\d{1,3})*[.．]")
_BRACKETS = {"（": "）", "(": ")", "「": "」", "『": "』"}
_CLOSERS = {close: open_ for open_, close in _BRACKETS.items()}
# A 。 inside brackets (「…。…」と述べた, 白鷺城(はくろじょう。詳細は…)という。) does not end the sentence,
# as long as the sentence, brackets closed, stays within this many characters; a longer one is still
# cut at its 。 (a quote is at most 300 characters).
BRACKETED_SENTENCE_LIMIT = 200


@dataclass(frozen=True)
class Chunk:
    doc_id: str
    title: str
    section: str
    start: int
    end: int
    text: str


# A sentence that opens with a word pointing back (それ/この/It…) leans on the one before it; so does a
# proviso (「ただし、育児を行う者は週4日まで…」 says nothing without the rule it qualifies; not 但し書き).
_LEANS_BACK = re.compile(r"^(それ|これ|この|その|あの|これら|それら|こうした|そうした|こう|そう|同[じ様]|彼|彼女"
                         r"|※?\s*(ただし|但し)(?=[、,，\s])"
                         r"|(It|This|These|Those|They|He|She|That|Such)\b)")


def leans_back(sentence: str) -> bool:
    """Whether a sentence opens with a word pointing back at the one before it, or with a proviso."""
    return bool(_LEANS_BACK.match(sentence))


def open_brackets(text: str, stack: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The brackets still open after `text`, innermost last; a stray closer is ignored."""
    opened = list(stack)
    for ch in text:
        if ch in _BRACKETS:
            opened.append(ch)
        elif ch in _CLOSERS and opened and opened[-1] == _CLOSERS[ch]:
            opened.pop()
    return tuple(opened)


def _bracket_cuts(text: str, cuts: list[int]) -> list[int]:
    """`cuts` without those that fall inside a bracket closed on the same line within the limit."""
    kept, start, i = [], 0, 0
    while i < len(cuts):
        cut = cuts[i]
        opened = open_brackets(text[start:cut])
        j = i
        limit = start + BRACKETED_SENTENCE_LIMIT
        while opened and j + 1 < len(cuts) and text[cuts[j]:cuts[j] + 1] != "\n" and cuts[j + 1] <= limit:
            opened = open_brackets(text[cuts[j]:cuts[j + 1]], opened)
            j += 1
        if opened:
            j = i
        kept.append(cuts[j])
        start, i = cuts[j], j + 1
    return kept


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentences and lines of `text` as (start, end) offsets + `offset`, stripped, none empty. The
    number that opens a line (「2. 実験方法」, 「1. 付属のケーブルを…」) stays with the line."""
    spans, start = [], 0
    cuts, line_start = [], 0
    for m in _SENTENCE_OR_LINE.finditer(text):
        cut = m.start()
        if m.end() > cut:  # a line's end
            line_start = cut + 1
        elif cut - line_start <= 16 and _LINE_NUMBER.fullmatch(text, line_start, cut):
            continue
        cuts.append(cut)
    for cut in _bracket_cuts(text, [*cuts, len(text)]):
        piece = text[start:cut]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((offset + start + lead, offset + start + len(piece.rstrip())))
        start = cut
    return spans


def make_splitter(chunk_size: int, chunk_overlap: int) -> RecursiveCharacterTextSplitter:
    return RecursiveCharacterTextSplitter(
        separators=SEPARATORS,
        is_separator_regex=True,
        keep_separator="end",
        chunk_size=chunk_size,
        chunk_overlap=chunk_overlap,
        length_function=len,
        strip_whitespace=True,
    )


def section_spans(doc: Document) -> list[tuple[int, int]]:
    bounds = sorted({0, *(s.start for s in doc.sections)})
    return [(a, b) for a, b in zip(bounds, [*bounds[1:], len(doc.text)], strict=True) if doc.text[a:b].strip()]


def _piece_spans(span: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Where each splitter piece sits in `span`: pieces are stripped substrings, in order, and
    overlap can only move a piece's start back inside the previous one."""
    spans, cursor = [], 0
    for piece in pieces:
        local = span.find(piece, cursor)
        if local < 0:
            raise AssertionError("splitter returned text that is not in the section")
        spans.append((local, local + len(piece)))
        cursor = local + 1
    return spans


def chunk_document(doc: Document, chunk_size: int, chunk_overlap: int) -> list[Chunk]:
    splitter = make_splitter(chunk_size, chunk_overlap)
    headings = {s.start for s in doc.sections}
    chunks: list[Chunk] = []
    for span_start, span_end in section_spans(doc):
        span = doc.text[span_start:span_end]
        # A heading with nothing under it but its subsections (「よくある質問」 over its 「Q. …」 entries)
        # is no passage: it answers nothing, and its few words, next to the title's that BM25 reads with
        # every chunk, outranked the passages that answer. Its name still leads its subsections'
        # section paths. A heading line followed by one of its own level or above says something
        # itself (「第1条 会費は月額500円とする」) and stays.
        if span_start in headings and "\n" not in span.strip() and span_end in headings and \
                doc.section_at(span_end).startswith(doc.section_at(span_start) + SECTION_SEPARATOR):
            continue
        spans = _piece_spans(span, splitter.split_text(span))
        # A heading alone says little; it goes with the first passage of its section instead,
        # so a passage can be found by its heading's words and quotes it.
        if span_start in headings and len(spans) > 1 and "\n" not in span[: spans[0][1]]:
            spans[1] = (spans[0][0], spans[1][1])
            del spans[0]
        for a, b in spans:
            start, end = span_start + a, span_start + b
            chunks.append(Chunk(doc.doc_id, doc.title, doc.section_at(start), start, end, doc.text[start:end]))
    return chunks

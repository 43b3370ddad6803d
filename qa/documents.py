"""What flows out of the readers: a `Document` with its clean reading text, sections and pages.

Offsets everywhere in kotae refer to `Document.text`, the reading text a reader made of the file
(markup, notes, running headers and the like removed; line endings "\n"). `sections` and `pages`
map every offset back to where it came from, so a quote can be cited as `title › section, p. 3`.
Reading files is the job of `qa.readers`.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

from qa.language import written_in

# How a first line that is a sentence, not a title, ends ("？" stays out: a question is a common
# title of FAQs and notes).
_SENTENCE_ENDS = ("。", "．", ".", "！", "!")
_CLOSERS = "」』）)\"'”’"
_LEADING_SPACE = re.compile(r"\s*")
# A front-matter line (authors, company, date) is short and has no clauses; text that breaks its line
# early (a paragraph's first line ending in 「、」 or a bracket) is not one.
FRONT_LINE_CHARS = 120
_CLAUSE_MARKS = re.compile(r"[、。，]")
# A line an FAQ marks as a question (「Q. …」, 「Q1：…」, 「問　…」) and one marked as its answer.
ASKED_LINE = re.compile(r"\s*(?:Q|Ｑ|問)\s*\d*\s*[.．:：、)）　]")
# A question asked with 。: 「…使えるのか気になります。」, and 「…ますか。」/「…でしょうか。」 with a question
# word (「どこで買えますか。」); without one, 「…ではないでしょうか。」, 「いかがでしょうか。」 and
# 「…いただけますか。」 suggest, assert or ask a favour, and 「紅茶もいれられますか。」 is rare in prose.
_ASKS_IN_WORDS = re.compile(r"(のか|かどうか)(が|も)?(気にな(ります|る|っていました|っていた)|知りたい(です)?)。$")
_ASKS_POLITELY = re.compile(r"(?<!ではない)(?<!じゃない)(?<!いかが)(?<!よろしい)(?<!いただけ)(?<!いただけます)"
                            r"(?<!くださいます)(ます|です|でしょう)か。$")
# A question word, not an indefinite (何卒, 誰でも, いつも, どうぞ, なんとか).
_QUESTION_WORD = re.compile(r"何(?!卒|度でも|より|も|とか|らか|か)|なに(?!も|とぞ|か)|なん(?!とか|でも|か)"
                            r"|どう(?!ぞ|も)|(どこ|どちら|どれ|いつ|誰|だれ|いくら|いくつ)(?!でも|も|か)"
                            r"|どの|どんな|どなた|なぜ")
ANSWER_LINE = re.compile(r"\s*(?:A|Ａ|答)\s*\d*\s*[.．:：　]")
# A line that declares what the document is about by name (a contract's property, a spec sheet's product).
_NAME_LINE = re.compile(r"^[ \t　]*(?:名称|物件名|商品名|製品名|件名|施設名|品名)[ \t　]*[:：][ \t　]*([^\n|]{2,60})",
                        re.MULTILINE)
_SUBTITLE = re.compile(r"\s*([〜～][^\n〜～]{2,80}[〜～])[ \t　]*(?:\n|$)")
TITLE_LINES = 12  # how far down a document its title line may stand (under a letter's date, addressee, sender)
# What opens an item of a list, kind by kind: a bullet (「・」 with no space after it too, but not 「・・・」),
# a number, a circled number, a number in brackets (「（1）」, a rule book's clause) and a katakana letter
# (「ア　」, 「（イ）」, its sub-items).
ITEM_MARKERS = (r"[-*•●■◆]\s|・(?![・…])", r"\d+[.)．）](?!\d)\s*", r"[①-⑳]", r"[（(]\d+[）)]",
                r"[（(][ア-ン][）)]|[ア-ン][　．.]")
_ITEM_KINDS = [re.compile(rf"\s*(?:{marker})") for marker in ITEM_MARKERS]


def item_marker(line: str) -> int | None:
    """Which kind of list item `line` opens (an index into ITEM_MARKERS), None for no item."""
    return next((kind for kind, marker in enumerate(_ITEM_KINDS) if marker.match(line)), None)


# A sentence that announces what follows (次の手順で…, 以下の点に…, …は下記のとおり:): its list comes with
# it even across the blank line that Markdown, HTML and Word put between a paragraph and a list.
_ANNOUNCES = re.compile(r"(次|以下|下記|つぎ)の(手順|方法|とおり|通り|よう|点|項目|ステップ|操作|流れ|順番|順序|要領"
                        r"|内容|もの|物|いずれか|事項|各号|場合|条件|ルール|きまり|決まり|こと|書類|持ち物|品(?=を|は|が|の|に)"
                        r"|品目|品物|ポイント|注意(点|事項)|[0-9０-９一二三四五六七八九十]+)"
                        r"|(次|以下|下記)に(掲げる|定める|示す|挙げる|記す)|[:：]$|\b(following|below)\b",
                        re.IGNORECASE)


def announces_list(sentence: str) -> bool:
    """Whether `sentence` announces the items below it (「電池は、次の手順で交換します。」)."""
    return _ANNOUNCES.search(sentence) is not None


def announced_items(text: str, start: int, line_end: int, kind: int | None = None, limit: int | None = None,
                    across_blank: bool = True) -> int:
    """Where the items after the line ending at `line_end` end: the list lines that follow it (after a
    blank line too when `across_blank`), of another kind of marker than `kind` (an item's sub-items,
    not its next sibling), as many as fit `limit` characters from `start` (a quote's room); `line_end`
    when none does."""
    gap = line_end + 1 if across_blank and text.startswith("\n\n", line_end) else line_end
    item_end = gap
    while item_end < len(text):
        next_end = text.find("\n", item_end + 1)
        next_end = len(text) if next_end < 0 else next_end
        marker = item_marker(text[item_end + 1:next_end])
        if marker is None or marker == kind or (limit is not None and next_end - start > limit):
            break
        item_end = next_end
    return item_end if item_end > gap else line_end


def _ends_with(text: str, ends: tuple[str, ...]) -> bool:
    """Whether `text` ends with one of `ends`, a closing bracket or quote after it included."""
    return text.strip().rstrip(_CLOSERS).endswith(ends)


def reads_as_sentence(line: str) -> bool:
    """Whether `line` ends like a sentence (「…。」 too), so it is text to quote, not a title."""
    return _ends_with(line, _SENTENCE_ENDS)


def asks_back(line: str, sentence: str) -> bool:
    """Whether a sentence of the text is itself a question: it ends in a question mark
    (「替え芯はどこで買えますか？」), asks in words (「…使えるのか気になります。」, 「どこで買えますか。」),
    or stands on a line marked as one (`line`: 「Q. 引っ越しで…出そうです。」)."""
    said = sentence.strip().rstrip(_CLOSERS)
    return _ends_with(sentence, ("?", "？")) or bool(_ASKS_IN_WORDS.search(said)) \
        or bool(_ASKS_POLITELY.search(said) and _QUESTION_WORD.search(said)) or bool(ASKED_LINE.match(line))


def title_line(line: str) -> str:
    """A reader's title from a document's first line: the line, or "" (the file name then stands in)
    when it reads as a sentence, which stays text to quote."""
    return "" if reads_as_sentence(line) else line.strip()


@dataclass(frozen=True)
class Section:
    start: int
    name: str


@dataclass(frozen=True)
class Tables:
    """A document's tables: where each block of rows starts and ends, and where the header rows (the
    column names, when the reader knew them) start. Only rows inside a table are read as rows, so
    a line of prose that happens to hold ` | ` is prose."""

    spans: tuple[tuple[int, int], ...] = ()
    headers: frozenset[int] = frozenset()

    def holds(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.spans)


NO_TABLES = Tables()


@dataclass
class Document:
    doc_id: str
    text: str
    title: str
    sections: list[Section] = field(default_factory=list)
    encoding: str = "utf-8"
    path: str = ""
    # Offset where each page starts (pages[0] == 0), for paged formats (PDF); empty otherwise.
    pages: list[int] = field(default_factory=list)
    # What the reader kept beside the reading text: author, credits, ruby readings, code spans, ...
    metadata: dict = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @cached_property
    def title_start(self) -> int | None:
        """Where the title line starts: a line among the first few that is the title (a letter sets it
        under its date, addressee and sender), else the first line when it is (part of) the title or
        does not read as a sentence. A note or a page that opens with its first sentence has none
        there, and that sentence must stay quotable."""
        start, title = 0, self.title.strip()
        for _ in range(TITLE_LINES):  # a letter's stands under its date, addressee and sender
            end = self.text.find("\n", start)
            line = self.text[start:end if end >= 0 else len(self.text)]
            if title and line.strip() == title:
                return start + len(line) - len(line.lstrip())
            if end < 0:
                break
            start = end + 1
        start = _LEADING_SPACE.match(self.text).end()
        end = self.text.find("\n", start)
        first = self.text[start:end if end >= 0 else len(self.text)].strip()
        return start if first and (first in self.title or not reads_as_sentence(first)) else None

    @cached_property
    def heading_starts(self) -> set[int]:
        """Where a heading line starts: the title's, every section's and a subtitle's (a line in wave
        dashes right under the title, blank lines between, 「〜 お子さまの通院・入院にかかる医療費を市が助成
        します 〜」, as leaflets and press releases set one: it sums the document up and answers nothing;
        in the body, 「～参加費無料・申込不要～」 says something)."""
        title = self.title_start
        heads = {s.start for s in self.sections} | (set() if title is None else {title})
        if title is not None:  # the first line of text under the title
            line_end = self.text.find("\n", title)
            below = _SUBTITLE.match(self.text, line_end + 1) if line_end >= 0 else None
            if below:
                heads.add(below.start(1))
        return heads

    @cached_property
    def tables(self) -> Tables:
        """Where the reader laid out tables, as rows of cells joined by ` | ` (read once: every
        candidate sentence and quote asks)."""
        return Tables(tuple((a, b) for a, b in self.metadata.get("tables", ())),
                      frozenset(self.metadata.get("table_headers", ())))

    @cached_property
    def language(self) -> str:
        """The language the document is written in (qa/language.py `written_in`), read once."""
        return written_in(self.text)

    @cached_property
    def headings_text(self) -> str:
        """The title and section headings, one a line, in NFKC: what a document is titled or headed by."""
        return unicodedata.normalize("NFKC", "\n".join([self.title, *(s.name for s in self.sections)]))

    @cached_property
    def names(self) -> str:
        """What the document is called and by whom: its title, the short lines above its first heading
        or sentence that do not read as sentences (the company, the authors, the sender, the date of a
        notice), and the first line that gives its name (「名称：メゾン柊　203号室」). A question names
        them to say which document it asks about (「みなと精機の始業時刻は？」), so they tell nothing
        about which of its sentences answers, yet a line that is nothing but them (「株式会社みなと精機」)
        matches the question best."""
        named = _NAME_LINE.search(self.text)  # a form's or a contract's 「名称：メゾン柊　203号室」
        lines, start = [self.title, *([named.group(1).strip()] if named else [])], 0
        first_heading = min((s.start for s in self.sections), default=len(self.text))
        for _ in range(TITLE_LINES):
            end = self.text.find("\n", start)
            end = len(self.text) if end < 0 else end
            line = self.text[start:end].strip()
            if start >= first_heading or reads_as_sentence(line) or asks_back(line, line) or self.tables.holds(start):
                break
            if line and len(line) <= FRONT_LINE_CHARS and item_marker(line) is None and not _CLAUSE_MARKS.search(line):
                lines.append(line)
            if end == len(self.text):
                break
            start = end + 1
        return "\n".join(dict.fromkeys(lines))

    @cached_property
    def code_blocks(self) -> tuple[tuple[int, int], ...]:
        """Where the reader kept code verbatim (Markdown fences, HTML `<pre>`), in order."""
        return tuple(sorted((a, b) for a, b in self.metadata.get("code", ())))

    def leads_at(self, offset: int) -> bool:
        """Whether nothing but the title and headings comes before `offset`: a sentence there is the
        first thing the document says."""
        headings, start = self.heading_starts, 0
        while start < offset:
            end = self.text.find("\n", start, offset)
            line = self.text[start:offset if end < 0 else end]
            if line.strip() and start + len(line) - len(line.lstrip()) not in headings:
                return False
            start = offset if end < 0 else end + 1
        return True

    def section_at(self, offset: int) -> str:
        """The heading in force at `offset` ("" before the first heading)."""
        name = ""
        for section in self.sections:
            if section.start > offset:
                break
            name = section.name
        return name

    def page_at(self, offset: int) -> int | None:
        """The 1-based page `offset` is on, or None for a document without pages."""
        if not self.pages:
            return None
        return max(1, bisect.bisect_right(self.pages, offset))


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


class UnreadableFile(ValueError):
    """A file that cannot be indexed; the message says why."""

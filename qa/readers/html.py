"""HTML: the main content of a page, as a reader of it sees it (selectolax's Lexbor parser).

Scripts, styles, navigation, breadcrumbs, share buttons, site headers and footers, asides and forms
go; the content is `<main>` or the page's one `<article>` when there is one, else `<body>`.
`<h1>`–`<h6>` are sections, and so is an FAQ's question in `<summary>` or `<dt>` (「Q. 何歳から利用
できますか？」 over its reply, a level below the heading above it) and any `<summary>` naming its
subject. `<title>` is the title, entities are decoded, `<pre>` is kept verbatim as code (its span in
`metadata["code"]`), tables become rows of cells and list items lines that open with their marker
(「- 」, 「1. 」), as the Markdown and Word readers write them: the answer stage knows a list's items by
their markers, and quotes the lead-in 「次のものを床から片付けてください。」 with the items it announces.
"""

from __future__ import annotations

import re
from itertools import islice

from selectolax.lexbor import LexborHTMLParser, LexborNode

from qa.documents import Document, asks_back, item_marker, reads_as_sentence
from qa.readers.base import Reader, TextBuilder, collapse_spaces, decode, looks_like_text

# Page furniture that sites set inside the article too: a breadcrumb trail and share buttons, by the
# class or id they are given (a whole class name: 「share-enabled」 or 「market-share」 is not one).
DROPPED = ("script, style, noscript, template, nav, aside, form, iframe, svg, button, select, "
           "[role=navigation], [role=banner], [role=contentinfo], [hidden], [aria-hidden=true], "
           "[class~=breadcrumb], [class~=breadcrumbs], [id~=breadcrumb], [id~=breadcrumbs], [class~=share], "
           "[class~=share-buttons], [class~=social-share], [class~=sns-share]")
# Never dropped, whatever their class says (「<html class="share-enabled">」): the page itself.
_CONTAINERS = ("html", "head", "body", "main", "article")
BLOCKS = {"p", "div", "section", "article", "main", "header", "footer", "blockquote", "figure", "figcaption",
          "address", "dl", "dt", "dd", "ul", "ol", "li", "hr", "details", "summary", "caption", "body", "center"}
_OWN_BLOCKS = ("table", "pre", "h1", "h2", "h3", "h4", "h5", "h6")  # blocks with a branch of their own
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_BREAK = "\x00"
# What a `<summary>` says when it is only the control that opens its details, not their subject.
_CONTROL = re.compile(r"表示|詳細|詳しく|続き|もっと|開く|閉じる|クリック|タップ|\b(show|more|details?|expand|click)\b",
                      re.IGNORECASE)
SUMMARY_HEADING_CHARS = 60
DEFINITION_TERM_CHARS = 30  # a `<dt>` up to this long labels its value (「駐車場：…」); a longer one is text
_OWN_BULLETS = ("・", "•", "●", "■", "◆")
# What follows a symbol that is the item's subject, not its bullet: 「●は満席です」, 「◆：定休日」.
_SAID_OF = "はがをのにでと：:＝=・•●■◆ 　"


def _names_a_section(tag: str, name: str) -> bool:
    """An FAQ's question in `<summary>` or `<dt>` heads its reply; so does any other `<summary>` that
    names a subject (a troubleshooting page's 「スマートフォンのアプリとつながらない」) rather than the
    control that opens it (「詳しい説明を表示」)."""
    if asks_back(name, name):  # marked Q (「Q. …」, 「Q1:」, 「問」) or ending in a question mark
        return True
    return tag == "summary" and 0 < len(name) <= SUMMARY_HEADING_CHARS and not _CONTROL.search(name)


def _labels(term: LexborNode) -> bool:
    """Whether a `<dt>` is a label for its value (「駐車場」), not an FAQ's question or a term said at length."""
    text = collapse_spaces(term.text(deep=True))
    return 0 < len(text) <= DEFINITION_TERM_CHARS and not reads_as_sentence(text) and not _names_a_section("dt", text)


def _holds_blocks(node: LexborNode) -> bool:
    """Whether `node` has blocks inside it (paragraphs, lists, a table), not only a line of text."""
    return any(inner.tag in BLOCKS or inner.tag in _OWN_BLOCKS for inner in islice(node.traverse(), 1, None))


def _decode(data: bytes) -> tuple[str, str]:
    declared = _CHARSET.search(data[:4096])
    if declared:
        encoding = declared.group(1).decode("ascii").lower()
        try:
            return data.decode(encoding).replace("\r\n", "\n"), encoding
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)


class _Layout:
    """Walks the content in document order, flushing inline text at every block boundary."""

    def __init__(self, title: str) -> None:
        self.out = TextBuilder()
        self.title = title
        self.inline: list[str] = []
        self.list_begins = False  # the next line is a list's first: a blank line before it
        self.numbers: list[int | None] = []  # per open list: its next item's number, None when bulleted
        self.marker = ""  # the open item's marker, written before its first line of text
        self.code: list[list[int]] = []
        self.level = 0  # of the last heading

    def flush(self) -> None:
        lines = [line for line in (collapse_spaces(line) for line in "".join(self.inline).split(_BREAK)) if line]
        self.inline = []
        if lines and self.marker:
            # An item whose text opens with a marker of its own (「1. 」, 「（1）」) keeps just that; one typed
            # as a bullet with no space after it (「・懐中電灯」) gets the list's own marker instead.
            bullet = lines[0].startswith(_OWN_BULLETS) and len(lines[0]) > 1 and lines[0][1] not in _SAID_OF
            if bullet:
                lines[0] = self.marker + lines[0][1:].lstrip()
            elif item_marker(lines[0]) is None:
                lines[0] = self.marker + lines[0]
            self.marker = ""
        start = self.out.block("\n".join(lines),
                               "\n" if self.numbers and not self.list_begins else "\n\n")
        self.list_begins = self.list_begins and start is None

    def walk(self, node: LexborNode) -> None:
        for child in node.iter(include_text=True):
            self.visit(child)

    def visit(self, child: LexborNode) -> None:
        tag = child.tag
        if tag == "-text":
            self.inline.append(child.text_content or "")
        elif tag == "br":
            self.inline.append(_BREAK)
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.flush()
            name = collapse_spaces(child.text(deep=True))
            is_title = tag == "h1" and bool(name) and name in self.title  # <title> often adds the site name
            self.level = int(tag[1])
            self.out.heading(name, self.level, in_path=not is_title)
        elif tag == "dl":
            self.flush()
            self.definitions(child)
        elif tag in ("summary", "dt") and _names_a_section(tag, name := collapse_spaces(child.text(deep=True))):
            self.flush()
            self.out.heading(name, min(self.level + 1, 6))
        elif tag == "pre":
            self.flush()
            body = (child.text(deep=True) or "").strip("\n").rstrip()
            start = self.out.block(body)
            if start is not None:
                self.code.append([start, start + len(body)])
        elif tag == "table":
            self.flush()
            trs = child.css("tr")
            self.out.table([[collapse_spaces(c.text(deep=True)) for c in tr.css("th, td")] for tr in trs],
                           header=bool(trs) and not trs[0].css("td") and bool(trs[0].css("th")))
        elif tag in ("ul", "ol"):
            self.flush()
            self.list_begins = self.list_begins or not self.numbers
            start = child.attributes.get("start") or "1"
            self.numbers.append((int(start) if start.strip().isdigit() else 1) if tag == "ol" else None)
            self.walk(child)
            self.flush()
            self.numbers.pop()
        elif tag == "li" and self.numbers:
            self.flush()
            number = self.numbers[-1]
            self.marker = "- " if number is None else f"{number}. "
            if number is not None:
                self.numbers[-1] = number + 1
            self.walk(child)
            self.flush()
            self.marker = ""
        elif tag in BLOCKS:
            self.flush()
            self.walk(child)
            self.flush()
        elif tag == "img":
            self.inline.append(child.attributes.get("alt") or "")
        elif not tag.startswith("-"):
            self.walk(child)

    def definitions(self, dl: LexborNode) -> None:
        """A definition list of short terms (「駐車場」 over 「普通車120台（無料）」) reads as labelled lines,
        「駐車場：普通車120台（無料）」, one block as a list's lines are, as a spec sheet writes them: a
        value alone does not say what it is about, and the answer stage knows a line's label. An FAQ's
        question in `<dt>` heads its reply instead, and a list mostly of those, or of long terms, is
        read as blocks; so is a value of blocks of its own, and a term with no value stands alone."""
        terms = [node for node in dl.iter() if node.tag == "dt"] + [
            node for group in dl.iter() if group.tag == "div" for node in group.iter() if node.tag == "dt"]
        if sum(map(_labels, terms)) * 2 <= len(terms):  # most of its own terms must be labels
            self.walk(dl)
            return
        self.list_begins = self.list_begins or not self.numbers
        self.numbers.append(None)
        self._labelled_lines(dl)
        self.flush()
        self.numbers.pop()

    def _labelled_lines(self, node: LexborNode) -> None:
        label, said = "", False
        for child in node.iter(include_text=True):
            if child.tag == "-text" and not (child.text_content or "").strip():
                continue
            if child.tag == "dt" and _labels(child):
                self._term_alone(label, said)
                label, said = collapse_spaces(child.text(deep=True)).rstrip(":： "), False
            elif child.tag == "dd" and label and collapse_spaces(child.text(deep=True)) and not _holds_blocks(child):
                self.flush()
                self.inline.append(label + (": " if label.isascii() else "："))
                self.walk(child)  # its text, a <br> still a line break
                self.flush()
                said = True
            elif child.tag == "div":  # a group of terms and values (HTML allows <div> in <dl>)
                self._term_alone(label, said)
                label = ""
                self._labelled_lines(child)
            else:
                self._term_alone(label, said)
                label = ""
                self.visit(child)
        self._term_alone(label, said)

    def _term_alone(self, label: str, said: bool) -> None:
        """A term no value was written with stands on its own line."""
        if label and not said:
            self.flush()
            self.inline.append(label)
            self.flush()


def parse(source: str, doc_id: str, encoding: str = "utf-8", path: str = "") -> Document:
    tree = LexborHTMLParser(source)
    title_node = tree.css_first("title")
    title = collapse_spaces(title_node.text()) if title_node else ""
    for node in tree.css(DROPPED):
        if node.tag not in _CONTAINERS:
            node.decompose()
    body = tree.body or tree.root
    for node in body.css("header, footer"):
        if not any(a.tag in ("article", "main") for a in _ancestors(node)):
            node.decompose()
    articles = body.css("article")
    content = body.css_first("main, [role=main]") or (articles[0] if len(articles) == 1 else body)
    if not title:
        h1 = content.css_first("h1")
        title = collapse_spaces(h1.text()) if h1 else ""
    layout = _Layout(title)
    layout.walk(content)
    layout.flush()
    return layout.out.document(doc_id, title, encoding, path, code=layout.code)


def _ancestors(node: LexborNode):
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def read(data: bytes, doc_id: str, path: str) -> Document:
    text, encoding = _decode(data)
    return parse(text, doc_id, encoding, path)


def sniff(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    return looks_like_text(head) and start.startswith((b"<!doctype html", b"<html", b"<head", b"<?xml")) and (
        b"<html" in head.lower())


READER = Reader("html", (".html", ".htm", ".xhtml"), sniff, read)

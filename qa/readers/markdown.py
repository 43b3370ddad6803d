"""Markdown through a real parser (markdown-it-py): the text a reader of the rendered page sees.

Headings become sections (their path, `章 › 節`); links and images become their text; `{#id}`
attributes, front matter, HTML comments and container fences (`::: tip`) go; tables become rows of
cells; inline code is its text; fenced code is kept, without its fences, as a block of its own whose
span is recorded in `metadata["code"]`. A table of contents (a heading such as 目次 or Contents
over nothing but links into the page) is left out, so it is never the title or a quote.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_block_plugin, attrs_plugin
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from qa.documents import Document
from qa.readers.base import Reader, TextBuilder, decode, join_wrapped, looks_like_text

TOC_NAMES = {"目次", "もくじ", "contents", "table of contents", "toc", "index", "索引"}
_ATTRIBUTES = re.compile(r"\s*\{[#.:][^{}]*\}\s*$")
_FRONT_MATTER_TITLE = re.compile(r"^title:\s*['\"]?(.+?)['\"]?\s*$", re.MULTILINE)
_HIDDEN_TAG = re.compile(r"</?(?:script|style)\b", re.IGNORECASE)
_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    md.validateLink = lambda url: True  # links are never rendered, only their text is kept: any URL will do
    md.use(front_matter_plugin).use(attrs_plugin).use(attrs_block_plugin)
    return md.use(container_plugin, name="any", validate=lambda *_: True)


def inline_text(token: Token) -> str:
    """An inline token as reading text: markup gone, soft breaks joined like wrapped lines."""
    lines, current = [], []
    hidden = False  # inside an inline <script> or <style>
    for child in token.children or []:
        if child.type == "html_inline" and _HIDDEN_TAG.match(child.content):
            hidden = not child.content.startswith("</")
        elif hidden:
            continue
        elif child.type in ("text", "code_inline"):
            current.append(child.content)
        elif child.type == "image":
            current.append(child.content or "".join(c.content for c in child.children or []))
        elif child.type == "softbreak":
            lines.append("".join(current))
            current = []
        elif child.type == "hardbreak" or (child.type == "html_inline" and _BREAK_TAG.fullmatch(child.content)):
            lines.append("".join(current) + "\n")
            current = []
    lines.append("".join(current))
    text = ""
    for line in lines:
        text = text + line if text.endswith("\n") or not text else join_wrapped(text, line)
    return text.strip()


def _links_only(tokens: list[Token]) -> bool:
    """Whether every word in these tokens is the text of a link into the page itself (a TOC)."""
    seen = False
    for token in tokens:
        inside = False
        for child in token.children or []:
            if child.type == "link_open":
                inside = str(child.attrs.get("href", "")).startswith("#")
            elif child.type == "link_close":
                inside = False
            elif child.type == "text" and child.content.strip():
                if not inside:
                    return False
                seen = True
    return seen


def _toc_ranges(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of tables of contents: a TOC-named heading with only in-page links under it
    (or none), and any list of nothing but in-page links."""
    ranges = []
    heads = [i for i, t in enumerate(tokens) if t.type == "heading_open"] + [len(tokens)]
    for i, nxt in zip(heads, heads[1:], strict=False):
        name = _ATTRIBUTES.sub("", inline_text(tokens[i + 1])).lower()
        body = [t for t in tokens[i + 3:nxt] if t.type == "inline"]
        if name in TOC_NAMES and (not body or _links_only(body)):
            ranges.append((i, nxt))
    depth, start = 0, 0
    for i, t in enumerate(tokens):
        if t.type in ("bullet_list_open", "ordered_list_open"):
            depth, start = depth + 1, i if depth == 0 else start
        elif t.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
            if depth == 0 and _links_only([x for x in tokens[start:i] if x.type == "inline"]):
                ranges.append((start, i + 1))
    return ranges


def _html_text(fragment: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    return LexborHTMLParser(fragment).text(separator=" ").strip() if fragment.strip() else ""


def parse(source: str, doc_id: str, encoding: str = "utf-8", path: str = "") -> Document:
    tokens = _parser().parse(source)
    skip = [False] * len(tokens)
    for a, b in _toc_ranges(tokens):
        skip[a:b] = [True] * (b - a)
    front = next((t.content for t in tokens if t.type == "front_matter"), "")
    match = _FRONT_MATTER_TITLE.search(front)
    title = match.group(1).strip() if match else ""
    h1s = [i for i, t in enumerate(tokens) if t.type == "heading_open" and not skip[i]]
    title_at = next((i for i in h1s if tokens[i].tag == "h1"), h1s[0] if h1s else None) if not title else None
    out = TextBuilder()
    code: list[list[int]] = []
    lists: list[list[int]] = []  # per open list: [ordered?, next number]
    row: list[str] | None = None
    table_rows: list[list[str]] = []
    in_item_first = False
    list_begins = False  # the next paragraph is a list's first line: a blank line before it
    for i, t in enumerate(tokens):
        if skip[i]:
            continue
        if t.type == "heading_open":
            name = _ATTRIBUTES.sub("", inline_text(tokens[i + 1]))
            if i == title_at:
                title = name
            # The title given by front matter is often repeated as the first heading: not a section.
            out.heading(name, int(t.tag[1]), in_path=i != title_at and not (t.tag == "h1" and name == title))
        elif t.type in ("bullet_list_open", "ordered_list_open"):
            list_begins = list_begins or not lists
            lists.append([t.type == "ordered_list_open", int(t.attrs.get("start", 1) or 1)])
        elif t.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif t.type == "list_item_open":
            in_item_first = True
        elif t.type == "tr_open":
            row = []
        elif t.type == "tr_close":
            table_rows.append(row or [])
            row = None
        elif t.type == "table_close":
            out.table(table_rows, header=True)  # CommonMark tables always open with their column names
            table_rows = []
        elif t.type == "inline" and row is not None:
            row.append(inline_text(t))
        elif t.type == "inline" and tokens[i - 1].type == "paragraph_open":
            text = inline_text(t)
            if lists and in_item_first:
                ordered, number = lists[-1]
                if ordered:
                    text = f"{number}. {text}"
                    lists[-1][1] += 1
                else:  # as in the file: the answer stage reads a list's items by their markers
                    text = f"- {text}"
                in_item_first = False
            out.block(text, "\n" if lists and not list_begins else "\n\n")
            list_begins = False
        elif t.type in ("fence", "code_block"):
            start = out.block(t.content.rstrip(), "\n\n")
            if start is not None:
                code.append([start, start + len(t.content.rstrip().strip("\n"))])
        elif t.type == "html_block" and not t.content.lstrip().startswith("<!--"):
            out.block(_html_text(t.content))
    return out.document(doc_id, title, encoding, path, code=code)


def read(data: bytes, doc_id: str, path: str) -> Document:
    text, encoding = decode(data)
    return parse(text, doc_id, encoding, path)


READER = Reader("markdown", (".md", ".markdown", ".mdown", ".mkd"), looks_like_text, read)

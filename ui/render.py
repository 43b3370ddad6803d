"""An answer as HTML for the browser: highlights as `<mark>`, citations grouped per document, quotes
beyond the first few folded behind "more".

HTML rather than Markdown, because CommonMark's emphasis rules leave `**` literal where it touches
Japanese punctuation (「**答え**」), and a Markdown renderer turns escaped entities back into text.
Every piece of text comes from a document or a user, so every piece is escaped here, once, with
`html.escape`; the chat shows each message as one HTML block (no blank line inside, so no Markdown
is parsed in it), and Gradio's sanitizer removes anything that is not plain markup on top of that.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from qa.answer import LEADS, Answer, Quote
from qa.documents import Document

VISIBLE_QUOTES = 3
FOLLOWUP_NOTE = {"ja": "前の質問「{q}」の話題を引き継いで探しました。",
                 "en": "Read as a follow-up to “{q}”."}
MORE = {"ja": "ほかの{n}件", "en": "{n} more"}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def text_html(text: str) -> str:
    """Document or user text as HTML: escaped, line breaks kept, no blank line left for Markdown."""
    return html.escape(text, quote=True).replace("\n", "<br>")


def markdown_text(text: str) -> str:
    """User text (file names, error messages) for a Markdown component: entities for markup and
    backslashes for Markdown syntax, so `[x](javascript:…)` stays text."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=True))


def marked(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """`text` with the spans as `<mark>` elements."""
    parts, pos = [], 0
    for a, b in spans:
        parts += [text_html(text[pos:a]), "<mark>", text_html(text[a:b]), "</mark>"]
        pos = b
    parts.append(text_html(text[pos:]))
    return "".join(parts)


def _where(section: str, start: int, end: int) -> str:
    return f"{html.escape(section)} · {start}–{end}" if section else f"{start}–{end}"


def _quote(q: Quote) -> str:
    return (f'<blockquote class="quote">{marked(q.text, q.highlights)}'
            f'<br><small class="cite">{_where(q.section, q.start, q.end)} · {q.score:.2f}</small></blockquote>')


def _grouped(quotes: list[Quote], titled: set[str]) -> str:
    """Quotes by document, in order of first appearance; a document's title once (per answer)."""
    order: dict[str, list[Quote]] = {}
    for q in quotes:
        order.setdefault(q.doc_id, []).append(q)
    parts = []
    for doc_id, group in order.items():
        title = "" if doc_id in titled else f'<div class="doc-title">{html.escape(group[0].title)}</div>'
        titled.add(doc_id)
        parts.append(f'<div class="doc">{title}{"".join(_quote(q) for q in group)}</div>')
    return "".join(parts)


def answer_html(a: Answer, visible: int = VISIBLE_QUOTES) -> str:
    """The chat message for an answer: lead, follow-up note, quotes grouped by document."""
    words = LEADS[a.language]
    parts = [f'<div class="kotae-answer"><p class="lead">{text_html(a.lead)}</p>']
    if a.context_from:
        parts.append(f'<p class="note"><small>{text_html(FOLLOWUP_NOTE[a.language].format(q=a.context_from))}'
                     "</small></p>")
    if not a.found and a.quotes:
        parts.append(f'<p class="closest"><em>{html.escape(words["closest"])}:</em></p>')
    titled: set[str] = set()
    parts.append(_grouped(a.quotes[:visible], titled))
    rest = a.quotes[visible:]
    if rest:
        parts.append(f'<details class="more"><summary>{MORE[a.language].format(n=len(rest))}</summary>'
                     f"{_grouped(rest, titled)}</details>")
    parts.append("</div>")
    return "".join(parts)


def question_html(question: str) -> str:
    """The user's message as typed: escaped, so `**`, `<` or `&` show as themselves."""
    return f'<div class="kotae-question">{text_html(question)}</div>'


def sources_html(a: Answer, documents: Mapping[str, Document]) -> str:
    """The passages around each quote, the quote marked, grouped under each document's title once."""
    if not a.quotes:
        return "<p>—</p>"
    order: dict[str, list[str]] = {}
    for q in a.quotes:
        text = documents[q.doc_id].text
        passage = next((p for p in a.passages if p.doc_id == q.doc_id and p.start <= q.start and q.end <= p.end), None)
        start, end = (min(passage.start, q.start), max(passage.end, q.end)) if passage else (q.start, q.end)
        body = (text_html(text[start:q.start]) + "<mark>" + text_html(text[q.start:q.end]) + "</mark>"
                + text_html(text[q.end:end]))
        order.setdefault(q.doc_id, []).append(
            f'<div class="cite">{_where(q.section, q.start, q.end)}</div><div class="passage">{body}</div>')
    return "".join(f'<div class="doc"><div class="doc-title">{html.escape(documents[d].title)} '
                   f'<small>({html.escape(d)})</small></div>{"".join(items)}</div>' for d, items in order.items())

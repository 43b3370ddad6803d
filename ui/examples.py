"""Example questions for the chat, made from the index being served.

Examples must fit the documents on screen: the seed article's questions over someone else's
documents would answer "not found" on the first click. So they are the user's own (`--examples`), or
the seed article's when it is indexed, or questions made from the served documents: what each one's
opening sentence defines (「姫路城とは？」), then their section headings;
an index with nothing to make them from gets none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from qa.definitions import defined_topic
from qa.documents import Document
from qa.language import language_of
from qa.readers.base import SECTION_SEPARATOR

MAX_EXAMPLES = 5
# Written for the shipped seed article (seeds/), keyed by its doc_id and content hash.
SEED_DOC_ID = "ukraine-peace-talks-witkoff.txt"
SEED_EXAMPLES = (
    "ウィトコフ氏は誰と会談した？",
    "和平を阻んでいる障害は何ですか？",
    "ロシアは何を求めている？",
    "What does Russia want from a peace deal?",
    "Who did Witkoff meet with?",
)
# Headings that say where one is in a text, not what it is about.
GENERIC_HEADINGS = {"はじめに", "まえがき", "序文", "概要", "目次", "まとめ", "おわりに", "あとがき", "参考文献", "注",
                    "よくある質問", "よくあるご質問", "困ったときは", "faq", "q&a",
                    "introduction", "summary", "contents", "table of contents", "conclusion", "references", "notes",
                    "abstract", "overview", "appendix"}
MIN_HEADING_CHARS = 4
MAX_HEADING_CHARS = 30


# The number a heading opens with: 「1. はじめに」, 「3.2 満足度」.
_HEADING_NUMBER = re.compile(r"^\d{1,3}(?:[.．]\d{1,3})*(?:[.．]\s*|\s+)")


def heading_question(heading: str) -> str:
    """The question a heading asks (an FAQ's 「オフラインでも使えますか？」), or a request for its section
    that names nothing else, which the section's opening answers (qa/sections.py)."""
    if heading.endswith(("？", "?")):
        return heading
    if language_of(heading) == "ja":
        return f"{heading}について教えて"
    return f"What do the documents say about {heading}?"


def from_headings(documents: Iterable[Document], limit: int = MAX_EXAMPLES) -> list[str]:
    """One question per document in turn, from its most specific headings (the longer, the more
    particular), so several documents share the list. A heading is its own words, not its path
    (「初期化の方法」, not 「困ったときは › 初期化の方法」) nor its number."""
    per_doc = []
    for d in documents:
        names = [_HEADING_NUMBER.sub("", s.name.split(SECTION_SEPARATOR)[-1].strip().lstrip("#").strip())
                 for s in d.sections]
        names = [n for n in dict.fromkeys(names)
                 if MIN_HEADING_CHARS <= len(n) <= MAX_HEADING_CHARS and n.lower() not in GENERIC_HEADINGS]
        per_doc.append(sorted(names, key=len, reverse=True))
    out: list[str] = []
    for depth in range(max((len(n) for n in per_doc), default=0)):
        for names in per_doc:
            if depth < len(names) and len(out) < limit:
                out.append(heading_question(names[depth]))
    return out


def from_definitions(documents: Iterable[Document], limit: int = MAX_EXAMPLES) -> list[str]:
    """「姫路城とは？」 for each document whose first sentence says what its titled topic is: a question
    the documents are sure to answer (qa/definitions.py)."""
    topics = (defined_topic(d) for d in documents)
    return [f"{t}とは？" for t in dict.fromkeys(t for t in topics if t)][:limit]


def examples_for(documents: Mapping[str, Document], given: Iterable[str] | None = None,
                 seed_hash: str | None = None) -> list[str]:
    """The examples to show over `documents`: `given` when the user passed some; the seed article's
    when it is what is indexed (`seed_hash` is the shipped article's content hash, when known);
    otherwise "what is X?" of each document that opens by defining its topic, then questions from
    headings."""
    given = [g.strip() for g in given or [] if g.strip()]
    if given:
        return given[:MAX_EXAMPLES * 2]
    seed = documents.get(SEED_DOC_ID)
    if seed is not None and (seed_hash is None or seed.content_hash == seed_hash):
        return list(SEED_EXAMPLES)
    defined = from_definitions(documents.values())
    return defined + from_headings(documents.values(), MAX_EXAMPLES - len(defined))

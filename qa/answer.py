"""From retrieved passages to an answer: focused verbatim quotes, their sources, and an honest
"not found".

Quotes are cut from the retrieved passages to the sentence(s) that best match the question (scored
with the same embedding model, so no extra download), merged when they touch, and never rewritten:
every quote is `document.text[start:end]`. Whether the documents answer at all is decided at the
sentence level — passage cosines with e5 are too compressed to tell — plus a check that every name
the question asks about occurs in the documents; calibrated on the seed set's unanswerable questions
(see BENCHMARKS.md).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from qa import conversation
from qa.language import language_of
from qa.retrieve import Hits, Passage, Retriever, get_retriever
from qa.settings import Settings

MAX_QUOTE_CHARS = 300
NEIGHBOUR_MARGIN = 0.015

LEADS = {
    "ja": {"found": "文書の該当箇所です（{n}件）。",
           "not_found": "文書の中に、この質問に答える箇所は見つかりませんでした。",
           "missing": "（「{names}」は文書に出てきません）",
           "closest": "近い箇所（答えになっていない可能性があります）"},
    "en": {"found": "Here is what the documents say ({n} passage{s}).",
           "not_found": "The documents do not seem to answer this question.",
           "missing": " ({names} does not occur in them.)",
           "closest": "Closest passages (may not answer the question)"},
}


@dataclass(frozen=True)
class Quote:
    text: str
    doc_id: str
    title: str
    section: str
    start: int
    end: int
    score: float
    highlights: tuple[tuple[int, int], ...] = ()  # spans inside `text`: the sentence that best answers

    @property
    def citation(self) -> str:
        where = f"{self.title} › {self.section}" if self.section else self.title
        return f"{where}, {self.start}–{self.end}"


@dataclass
class Answer:
    question: str
    language: str
    found: bool
    lead: str
    quotes: list[Quote] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    confidence: float = 0.0
    missing_names: list[str] = field(default_factory=list)
    context_from: str | None = None  # a follow-up: the earlier question whose topic the quotes were found with

    def to_dict(self) -> dict:
        return {"question": self.question, "language": self.language, "found": self.found, "lead": self.lead,
                "confidence": round(self.confidence, 4), "missing_names": self.missing_names,
                "context_from": self.context_from,
                "quotes": [{"text": q.text, "doc_id": q.doc_id, "title": q.title, "section": q.section,
                            "start": q.start, "end": q.end, "score": round(q.score, 4),
                            "highlights": [list(h) for h in q.highlights]} for q in self.quotes]}


class Answerer:
    """Turns a question into an `Answer` over one index."""

    def __init__(self, retriever: Retriever) -> None:
        self.retriever = retriever

    @property
    def settings(self) -> Settings:
        return self.retriever.settings

    def _quote(self, hits: Hits, passage: Passage) -> Quote:
        spans, scores = self.retriever.sentence_scores(hits, passage)
        doc_text = hits.store.documents[passage.doc_id].text
        # A heading (or the title) matches every question about its section and answers none of
        # them: quote it only when the passage is nothing else.
        headings = {0, *(s.start for s in hits.store.documents[passage.doc_id].sections)}
        eligible = [i for i, (a, _) in enumerate(spans) if a not in headings] or list(range(len(spans)))
        best = max(eligible, key=lambda i: scores[i])
        lo = hi = best
        for step in (-1, 1):  # take in a neighbouring sentence that scores nearly as well
            j = best + step
            if (j in eligible and scores[j] >= scores[best] - NEIGHBOUR_MARGIN
                    and max(spans[hi][1], spans[j][1]) - min(spans[lo][0], spans[j][0]) <= MAX_QUOTE_CHARS):
                lo, hi = min(lo, j), max(hi, j)
        start, end = spans[lo][0], min(spans[hi][1], spans[lo][0] + MAX_QUOTE_CHARS)
        hl = (max(spans[best][0], start) - start, min(spans[best][1], end) - start)
        return Quote(doc_text[start:end], passage.doc_id, passage.title, passage.section, start, end,
                     float(scores[best]), (hl,))

    def answer(self, question: str, k: int | None = None, mode: str | None = None,
               threshold: float | None = None, history: list[str] | None = None) -> Answer:
        """Quotes from the retrieved passages, and whether they answer: the best sentence must be
        similar enough to the question (the bar is lower when question and document are in different
        languages, as cross-lingual similarities run lower), and every name the question asks about
        must occur in the documents. With `history` (earlier questions, oldest first) a follow-up is
        searched with the topic of the turn it leans on (qa/conversation.py)."""
        hits, turn = conversation.search(self.retriever, question, history, k, mode)
        threshold = self.settings.abstain_threshold if threshold is None else threshold
        language = language_of(turn.question)
        quotes = [self._quote(hits, p) for p in hits.passages]
        confidence = max((q.score for q in quotes), default=0.0)
        if quotes and language_of(quotes[0].text) != language:
            confidence += self.settings.cross_lingual_offset
        missing = unknown_names(hits.question, hits) if language == "ja" else []
        found = bool(quotes) and confidence >= threshold and not missing
        quotes = merge_quotes(quotes, hits)[: None if found else 2]
        words = LEADS[language]
        if found:
            lead = words["found"].format(n=len(quotes), s="" if len(quotes) == 1 else "s")
        else:
            lead = words["not_found"] + (words["missing"].format(names="、".join(missing)) if missing else "")
        return Answer(turn.question, language, found, lead, quotes, hits.passages, confidence, missing,
                      turn.context_from)


def unknown_names(question: str, hits: Hits) -> list[str]:
    """Names in the question that no indexed document mentions."""
    from qa.lexical import proper_nouns

    names = proper_nouns(question)
    if not names:
        return []
    return [n for n in names if not any(n in t for t in hits.store.normalized_texts)]


def merge_quotes(quotes: list[Quote], hits: Hits) -> list[Quote]:
    """Quotes of one document that overlap or touch become one (if it stays short); order is kept."""
    merged: list[Quote] = []
    for q in quotes:
        doc_text = hits.store.documents[q.doc_id].text
        for i, m in enumerate(merged):
            if m.doc_id != q.doc_id:
                continue
            gap = doc_text[min(m.end, q.end):max(m.start, q.start)]  # empty when they overlap
            start, end = min(m.start, q.start), max(m.end, q.end)
            if gap.strip() == "" and end - start <= MAX_QUOTE_CHARS:
                highlights = tuple(sorted({(a + m.start - start, b + m.start - start) for a, b in m.highlights}
                                          | {(a + q.start - start, b + q.start - start) for a, b in q.highlights}))
                merged[i] = Quote(doc_text[start:end], m.doc_id, m.title, m.section, start, end,
                                  max(m.score, q.score), _disjoint(highlights))
                break
        else:
            merged.append(q)
    return merged


def _disjoint(spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return tuple(out)


_answerers: dict[int, Answerer] = {}
_answerers_lock = threading.Lock()


def get_answerer(index_dir: str | Path | None = None, settings: Settings | None = None) -> Answerer:
    retriever = get_retriever(index_dir, settings)
    with _answerers_lock:
        return _answerers.setdefault(id(retriever), Answerer(retriever))


def answer(question: str, k: int | None = None, index_dir: str | Path | None = None, mode: str | None = None,
           threshold: float | None = None, settings: Settings | None = None,
           history: list[str] | None = None) -> Answer:
    """Quotes that answer `question` (or `found=False`), with the same index defaults as `retrieve()`;
    `history` holds the conversation's earlier questions, oldest first, for follow-ups."""
    return get_answerer(index_dir, settings).answer(question, k=k, mode=mode, threshold=threshold, history=history)

"""Finding the passages that answer a question.

`Retriever` holds the model and the loaded index for repeated calls (the model loads once per
process); `retrieve()` is the one-line convenience over a shared `Retriever` per index folder.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np

from qa.chunking import Chunk, sentence_spans
from qa.crosslingual import coverage, question_terms, reading
from qa.definitions import asked_term, definition_preference, may_define
from qa.embeddings import Embedder, get_embedder
from qa.indexing import build_index, model_mismatch
from qa.inputs import check_k, check_mode, check_question
from qa.language import language_of
from qa.scope import DocumentNames
from qa.settings import Settings
from qa.stores import Engine, IndexUnavailable, Store, open_engine

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


@dataclass(frozen=True)
class Passage:
    text: str
    score: float
    doc_id: str
    title: str
    section: str
    start: int
    end: int
    rank: int = 0
    row: int = -1  # the chunk's position in the index, for stages that read what is stored with it
    page: int | None = None

    @property
    def citation(self) -> str:
        where = f"{self.title} › {self.section}" if self.section else self.title
        page = f", p. {self.page}" if self.page else ""
        return f"{where}{page} [{self.start}:{self.end}]"


def other_script(index: Store, dense_rows: np.ndarray, text: str) -> bool:
    """Whether the question is in another script than the document of the passage dense search found
    closest (English against Japanese, say): it then shares no words with the documents, and BM25
    would only add noise (an English question matched a Japanese guide's code blocks)."""
    if not len(dense_rows):
        return False
    return language_of(text) != index.documents[index.chunk_rows(dense_rows[:1])[0].doc_id].language


def minmax(x: np.ndarray) -> np.ndarray:
    """`x` scaled to 0–1 over its range (all 0 when its values are equal)."""
    span = float(x.max() - x.min()) if len(x) else 0.0
    return (x - x.min()) / span if span > 0 else np.zeros_like(x)


def fuse(index: Store, query_vector: np.ndarray, dense_rows: np.ndarray, text: str, k: int,
         settings: Settings) -> tuple[np.ndarray, np.ndarray]:
    """Hybrid ranking from the dense top candidates (`dense_rows`, best first) and BM25's.

    "rrf" adds 1 / (rrf_k + rank) from each list; "score" min-max normalises both scores over the
    candidate union (dense scores are exact for BM25's candidates too, and vice versa) and mixes them
    with `fusion_weight` on the dense side.
    """
    bm25_rows = index.lexical_search(text, max(settings.candidates, k))[1]
    if settings.fusion == "rrf":
        rows, scores = _reciprocal_ranks((dense_rows, bm25_rows), settings.rrf_k)
    else:
        rows = np.unique(np.concatenate([dense_rows, bm25_rows])).astype(np.int64)
        scores = mixed_scores(index, query_vector, rows, text, settings)
    order = np.lexsort((rows, -scores))[:k]
    return scores[order], rows[order]


def _reciprocal_ranks(rankings: tuple[np.ndarray, ...], rrf_k: int) -> tuple[np.ndarray, np.ndarray]:
    fused: dict[int, float] = {}
    for rows in rankings:
        for rank, row in enumerate(rows.tolist(), start=1):
            fused[row] = fused.get(row, 0.0) + 1.0 / (rrf_k + rank)
    return np.array(list(fused), dtype=np.int64), np.array(list(fused.values()), dtype=np.float32)


def mixed_scores(index: Store, query_vector: np.ndarray, rows: np.ndarray, text: str,
                 settings: Settings) -> np.ndarray:
    """Dense and BM25 scores of `rows`, each min-max scaled over them, mixed with `fusion_weight` on
    the dense side."""
    return _mixed(index.vectors_at(rows) @ query_vector, index.lexical_scores(text, rows), settings.fusion_weight)


def _mixed(dense: np.ndarray, lexical: np.ndarray, w: float) -> np.ndarray:
    return (w * minmax(dense) + (1 - w) * minmax(lexical)).astype(np.float32)


def ranked_within(index: Store, query_vector: np.ndarray, rows: np.ndarray, text: str,
                  settings: Settings) -> tuple[np.ndarray, np.ndarray]:
    """Hybrid (scores, rows) of the given rows alone, best first, fused as `fuse` fuses."""
    dense = index.vectors_at(rows) @ query_vector
    lexical = index.lexical_scores(text, rows)
    if settings.fusion == "rrf":
        by_dense, by_lexical = np.lexsort((rows, -dense)), np.lexsort((rows, -lexical))
        sharing = by_lexical[lexical[by_lexical] > 0]  # as BM25's list holds only rows sharing a term
        rows, scores = _reciprocal_ranks((rows[by_dense], rows[sharing]), settings.rrf_k)
    else:
        scores = _mixed(dense, lexical, settings.fusion_weight)
    order = np.lexsort((rows, -scores))
    return scores[order], rows[order]


@dataclass
class Hits:
    question: str
    passages: list[Passage]
    store: Store
    embed: Callable[[], np.ndarray] = field(repr=False)
    # More query vectors from the same model: the answer stage also asks for the question less the
    # words of its passages' titles (qa/selection.py).
    embed_queries: Callable[[list[str]], np.ndarray] = field(repr=False)

    @cached_property
    def query_vector(self) -> np.ndarray:
        """Embedded on first use: BM25 ranks without it; the answer stage needs it for its sentences."""
        return self.embed()


class Retriever:
    def __init__(self, settings: Settings | None = None, embedder: Embedder | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.embedder = embedder or get_embedder(self.settings)
        self.engine: Engine = open_engine(self.settings)
        self._store: Store | None = None
        self._lock = threading.Lock()
        self._names: tuple[Store, DocumentNames] | None = None

    @property
    def index_dir(self) -> Path:
        return Path(self.settings.index_dir)

    @property
    def store(self) -> Store:
        """The loaded index, reloaded when a build (here or in another process) has replaced it;
        built from the shipped seeds on first use of the default location."""
        with self._lock:
            live = self.engine.generation()
            if self._store is None or live != self._store.generation:
                default = Settings()
                if live is None and (self.index_dir, self.settings.index_name) == (
                        default.index_dir, default.index_name) and SEEDS_DIR.is_dir():
                    build_index([SEEDS_DIR], self.index_dir, self.settings, embedder=self.embedder)
                loaded = self.engine.load()
                problem = model_mismatch(loaded.manifest, self.embedder)
                if problem:
                    raise IndexUnavailable(
                        f"the index in {self.engine.describe()} cannot be searched with this model: {problem}; "
                        + self.engine.rebuild_hint + f" --model {self.embedder.name}")
                self._store = loaded
            return self._store

    def retrieve(self, question: str, k: int | None = None, mode: str | None = None) -> list[Passage]:
        return self.search(question, k, mode).passages

    def search(self, question: str, k: int | None = None, mode: str | None = None) -> Hits:
        """Passages plus what later stages reuse: the query vector (embedded only if a stage needs it)
        and the index they came from."""
        k = check_k(k, self.settings.max_k, default=self.settings.k)
        mode = check_mode(mode, default=self.settings.mode)
        text = check_question(question, self.settings.max_question_chars)
        index = self.store
        hits = Hits(text, [], index, lambda: self.embedder.embed_queries([text])[0], self.embedder.embed_queries)
        cross_lingual = False
        if mode == "bm25":
            scores, rows = index.lexical_search(text, k)
        else:
            n = k if mode == "dense" else max(self.settings.candidates, k)
            scores, rows = (a[0] for a in index.search(hits.query_vector[None, :], n))
            scores, rows = scores[rows >= 0], rows[rows >= 0]
            cross_lingual = mode == "hybrid" and other_script(index, rows, text)
            if cross_lingual:
                mode = "dense"
            if mode == "dense":
                depth = max(self.settings.cross_lingual_depth, k) if cross_lingual else k
                scores, rows = scores[:depth], rows[:depth]
            else:
                scores, rows = fuse(index, hits.query_vector, rows, text, k, self.settings)
        for rank, (score, row, c) in enumerate(zip(scores, rows, index.chunk_rows(rows), strict=True), start=1):
            hits.passages.append(_passage(index, int(row), c, float(score), rank))
        wanted = {"always": True, "dense": mode == "dense", "off": False}[self.settings.precision_pass]
        if wanted and cross_lingual:
            hits.passages = self._precision_pass(hits, len(hits.passages), self.settings.cross_lingual_weight)
        elif wanted and len(hits.passages) > 1:
            hits.passages = self._precision_pass(hits, self.settings.precision_depth)
        hits.passages = hits.passages[:k]
        if mode == "hybrid" and not cross_lingual:
            hits.passages = self._within_named(hits, k)
        if not cross_lingual:
            hits.passages = self._with_definition(hits, k)
        return hits

    def _document_names(self, store: Store) -> DocumentNames:
        """The names of the loaded index's documents, read once per loaded index."""
        with self._lock:
            if self._names is None or self._names[0] is not store:
                documents = list(store.documents.values())
                names = DocumentNames(store.normalized_texts, [d.names for d in documents],
                                      [d.title for d in documents], self.settings.scope_chars)
                self._names = (store, names)
            return self._names[1]

    def _within_named(self, hits: Hits, k: int) -> list[Passage]:
        """A question naming one of the documents (qa/scope.py) gets that document's passages first,
        ranked for the question without the names (「の掃除機、フル充電までどのくらい？」), searched the
        same hybrid way; the other documents' passages follow in their own order. With the names, the
        document's cover and contact block, which hold little else, came first."""
        store = hits.store
        scope = self._document_names(store).named(hits.question) if self.settings.scope_chars else None
        if scope is None:
            return hits.passages
        doc_id = list(store.documents)[scope.document]
        own = np.array(store.rows_of(doc_id), dtype=np.int64)
        if not len(own):
            return hits.passages
        vector = hits.query_vector if scope.whole else self.embedder.embed_queries([scope.rest])[0]
        # Scored among the best of the whole index as well, so scores scale as an unscoped search's do;
        # every row of the document is among them, however far down the index would rank it.
        n = self.settings.candidates
        dense = store.search(vector[None, :], n)[1][0]
        pool = np.unique(np.concatenate([dense[dense >= 0], store.lexical_search(scope.rest, n)[1], own]))
        scores, rows = ranked_within(store, vector, pool.astype(np.int64), scope.rest, self.settings)
        mine = np.isin(rows, own)
        scores, rows = scores[mine][:k], rows[mine][:k]
        inside = [_passage(store, int(row), c, float(score), 0)
                  for score, row, c in zip(scores, rows, store.chunk_rows(rows), strict=True)]
        others = [p for p in hits.passages if p.doc_id != doc_id]
        return [dataclasses.replace(p, rank=r) for r, p in enumerate([*inside, *others][:k], start=1)]

    def _with_definition(self, hits: Hits, k: int) -> list[Passage]:
        """For a question asking what a term is, the passage holding the sentence that defines it best
        (qa/definitions.py) goes first, looked for among the passages found and BM25's top
        `definition_depth` for the term alone: every passage about a topic names it, and an article's
        lead, the one that says what it is, is often not among the first five. Passages keep their
        first-stage score, as in the precision pass; one brought in from BM25's list has none and
        takes the first passage's. The last passage makes room for it."""
        asked = asked_term(hits.question)
        depth = self.settings.definition_depth
        if asked is None or not depth:
            return hits.passages
        store = hits.store
        found = [p.row for p in hits.passages]
        rows = list(dict.fromkeys(found + store.lexical_search(asked.term, depth)[1].tolist()))
        best: tuple | None = None
        for order, chunk in enumerate(store.chunk_rows(rows)):
            if not may_define(chunk.text, asked):  # most of BM25's list: no document fetched for them
                continue
            doc = store.documents[chunk.doc_id]
            for a, b in sentence_spans(chunk.text, chunk.start):
                definition = definition_preference(asked, doc, a, b)
                if definition is not None and (best is None or (*definition, -order, -a) > best[0]):
                    best = ((*definition, -order, -a), order, chunk)
        if best is None or best[1] == 0:
            return hits.passages
        _, order, chunk = best
        if order < len(found):
            first, rest = hits.passages[order], hits.passages[:order] + hits.passages[order + 1:]
        else:
            score = hits.passages[0].score if hits.passages else 0.0
            first, rest = _passage(store, rows[order], chunk, score, 1), hits.passages[:k - 1]
        return [dataclasses.replace(p, rank=r) for r, p in enumerate([first, *rest], start=1)]

    def _precision_pass(self, hits: Hits, depth: int, words_weight: float = 0.0) -> list[Passage]:
        """Re-rank the top `depth` passages by passage score and best-sentence similarity together (the
        sentence vectors stored at index time): a passage whose single sentence matches the question
        closely beats one that matches only as a whole. For a question in another script,
        `words_weight` × the share of its words each passage holds joins the mix: the embedding alone
        often ranks a passage on the topic above the one that says what was asked, and the words tell
        them apart (qa/crosslingual.py). Passages keep their first-stage score; their rank is the new
        order."""
        depth = min(depth, len(hits.passages))
        top, rest = hits.passages[:depth], hits.passages[depth:]
        query = hits.query_vector.astype(np.float32)
        sentence = np.array([float((vectors @ query).max()) if len(vectors) else 0.0
                             for _, vectors in hits.store.sentences_of([p.row for p in top])])
        w = self.settings.precision_weight
        combined = (1 - w) * minmax(np.array([p.score for p in top])) + w * minmax(sentence)
        if words_weight:
            combined += words_weight * coverage(question_terms(hits.question), [reading(p.text) for p in top])
        order = np.lexsort((np.arange(depth), -combined))
        reranked = [dataclasses.replace(top[i], rank=r) for r, i in enumerate(order, start=1)]
        return reranked + [dataclasses.replace(p, rank=depth + i) for i, p in enumerate(rest, start=1)]


def _passage(store: Store, row: int, c: Chunk, score: float, rank: int) -> Passage:
    return Passage(c.text, score, c.doc_id, c.title, c.section, c.start, c.end, rank, row,
                   store.documents[c.doc_id].page_at(c.start))


_shared: dict[Settings, Retriever] = {}
_shared_lock = threading.Lock()


def get_retriever(index_dir: str | Path | None = None, settings: Settings | None = None) -> Retriever:
    """One `Retriever` per settings (index folder included) in this process."""
    settings = (settings or Settings.from_env()).replace(index_dir=Path(index_dir) if index_dir else None)
    with _shared_lock:
        if settings not in _shared:
            _shared[settings] = Retriever(settings)
        return _shared[settings]


def retrieve(
    question: str, k: int = 5, index_dir: str | Path | None = None, mode: str | None = None,
    settings: Settings | None = None,
) -> list[Passage]:
    """The `k` passages that best answer `question`, best first."""
    return get_retriever(index_dir, settings).retrieve(question, k=k, mode=mode)

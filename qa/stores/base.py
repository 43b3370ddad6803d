"""What every index engine offers the code above it: one readable index, and a place that holds one.

`Store` is one loaded generation of an index. Its methods are the only questions retrieval, answering
and the UI ask of it, phrased so that an engine can answer them without holding the whole index in
this process: chunks and vectors are fetched by row, and BM25 is asked for its top rows or for the
scores of given rows, never for a score per chunk. Rows are numbered 0..len(chunks)-1 in every engine.

`Engine` is where an index lives (a folder, a Milvus database): whether one exists, which generation
is live, loading it, and writing a new generation that readers switch to in one step.

Per-chunk data for the answer stage (each chunk's sentences: document offsets and vectors) is part of
`IndexData` and fetched by chunk row with `sentences_of`; each engine keeps it beside its chunks (files
per generation, a collection per generation).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from qa.chunking import Chunk
from qa.documents import Document
from qa.lexical import LexicalIndex
from qa.sentences import SentenceTable


class IndexUnavailable(RuntimeError):
    """An index that cannot be used as it is; the message names the fix."""


@dataclass
class IndexData:
    """Everything a build hands to `Engine.save`: rows of `chunks`, `vectors` and `lexical` line up."""

    manifest: dict
    documents: dict[str, Document]
    chunks: list[Chunk]
    vectors: np.ndarray
    lexical: LexicalIndex
    sentences: SentenceTable


class Store(Protocol):
    manifest: dict
    generation: str

    @property
    def documents(self) -> Mapping[str, Document]: ...

    @property
    def chunks(self) -> Sequence[Chunk]:
        """All chunks in row order; for building and evaluation, not for answering one question."""

    @property
    def normalized_texts(self) -> list[str]:
        """Every document's text in NFKC, made once per loaded index for substring checks."""

    @property
    def normalized_headings(self) -> list[str]:
        """Every document's title and section headings in NFKC, in the order of `normalized_texts`."""

    def chunk_rows(self, rows: Sequence[int]) -> list[Chunk]:
        """The chunks at these rows, in the order given."""

    def vectors_at(self, rows: Sequence[int]) -> np.ndarray:
        """Dense vectors of these rows, float32, one per row given."""

    def rows_of(self, doc_id: str) -> list[int]:
        """The rows of one document's chunks, in order (a question naming it is searched among them)."""

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Inner-product scores and rows, best first; rows are -1 where fewer than k exist."""

    def lexical_search(self, text: str, k: int) -> tuple[np.ndarray, np.ndarray]:
        """BM25 (scores, rows) of the chunks sharing a term with `text`, best first, ties by row, at most k."""

    def lexical_scores(self, text: str, rows: Sequence[int]) -> np.ndarray:
        """BM25 scores of the given rows for `text` (0 where no term is shared)."""

    def sentences_of(self, rows: Sequence[int]) -> list[tuple[np.ndarray, np.ndarray]]:
        """For each chunk row given: its sentences' document offsets, (n, 2) int64, and their unit
        vectors, (n, dim) float32 — what the answer stage scores."""

    def term_idf(self, terms: Sequence[str]) -> np.ndarray:
        """BM25's idf of each term over the indexed chunks (the highest for a term no chunk has)."""


class Engine(Protocol):
    name: str

    def describe(self) -> str:
        """Where the index lives, for people (never a secret)."""

    @property
    def rebuild_hint(self) -> str:
        """The command that builds an index here, for error messages."""

    def exists(self) -> bool: ...

    def generation(self) -> str | None:
        """Name of the live generation, or None; cheap enough to ask before every query."""

    def load(self) -> Store:
        """The live generation; damage or absence is an `IndexUnavailable` naming the fix."""

    def write_lock(self) -> AbstractContextManager[None]:
        """Held while a build writes; a second writer fails at once with `IndexUnavailable`."""

    def save(self, data: IndexData) -> str:
        """Write `data` as a new generation and switch readers to it in one step; returns its name."""

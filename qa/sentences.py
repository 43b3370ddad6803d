"""Every indexed chunk's sentences, with their vectors, computed once at index time.

The answer stage scores each sentence of the top passages against the question; embedding those
sentences at question time cost 0.8–2 s per answer. Here they are embedded when their chunk is, kept
beside the chunk vectors, and reused for unchanged documents like the chunks themselves.

Layout: `spans` holds document offsets (start, end) of every sentence, chunk by chunk, in chunk
order; the sentences of chunk `i` are rows `ptr[i]:ptr[i + 1]`; `vectors` are their unit vectors in
float16 (cosines move by less than 1e-3, half the bytes of float32).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa.chunking import Chunk, sentence_spans

FILES = ("spans.npy", "ptr.npy", "vectors.npy")


@dataclass
class SentenceTable:
    spans: np.ndarray  # (n, 2) int64: document offsets
    ptr: np.ndarray  # (chunks + 1,) int64
    vectors: np.ndarray  # (n, dim) float16

    def __len__(self) -> int:
        return len(self.spans)

    @property
    def chunks(self) -> int:
        return len(self.ptr) - 1

    def rows_of(self, chunk_row: int) -> range:
        return range(int(self.ptr[chunk_row]), int(self.ptr[chunk_row + 1]))

    def of_chunks(self, chunk_rows) -> list[tuple[np.ndarray, np.ndarray]]:
        """For each chunk row: its sentences' document offsets (n, 2) and their vectors (n, dim) float32."""
        return [(self.spans[r.start:r.stop], self.vectors[r.start:r.stop].astype(np.float32))
                for r in (self.rows_of(int(i)) for i in chunk_rows)]

    @classmethod
    def assemble(cls, chunks: Sequence[Chunk], kept: dict[int, tuple[np.ndarray, np.ndarray]],
                 embed: Callable[[list[str]], np.ndarray], dim: int) -> SentenceTable:
        """The table for `chunks`: chunk `i` in `kept` keeps the (spans, vectors) it had; every other
        chunk is split into sentences and embedded now (one batch)."""
        spans: list[np.ndarray] = []
        sources: list[tuple[int, int] | np.ndarray] = []  # kept vectors, or (first fresh row, count)
        fresh_texts: list[str] = []
        for i, chunk in enumerate(chunks):
            if i in kept:
                spans.append(kept[i][0])
                sources.append(kept[i][1])
            else:
                own = sentence_spans(chunk.text, chunk.start)
                spans.append(np.array(own, dtype=np.int64).reshape(-1, 2))
                sources.append((len(fresh_texts), len(own)))
                fresh_texts += [chunk.text[a - chunk.start:b - chunk.start] for a, b in own]
        fresh = embed(fresh_texts) if fresh_texts else np.zeros((0, dim), np.float32)
        vectors = [s if isinstance(s, np.ndarray) else fresh[s[0]:s[0] + s[1]] for s in sources]
        counts = [len(s) for s in spans]
        return cls(np.concatenate(spans) if spans else np.zeros((0, 2), np.int64),
                   np.concatenate([[0], np.cumsum(counts)]).astype(np.int64),
                   np.concatenate(vectors).astype(np.float16) if vectors else np.zeros((0, dim), np.float16))

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for name, array in zip(FILES, (self.spans, self.ptr, self.vectors), strict=True):
            np.save(folder / name, array, allow_pickle=False)

    @classmethod
    def load(cls, folder: Path, chunks: Sequence[Chunk], dim: int) -> SentenceTable:
        """Load and check that the parts fit the chunks they belong to; ValueError names what does not."""
        spans, ptr, vectors = (np.load(folder / name, allow_pickle=False) for name in FILES)
        table = cls(spans, ptr, vectors)
        problem = table.inconsistency(chunks, dim)
        if problem:
            raise ValueError(f"sentence table in {folder}: {problem}")
        return table

    def inconsistency(self, chunks: Sequence[Chunk], dim: int) -> str:
        """What does not fit, or "" (shapes, types, every sentence inside its chunk)."""
        spans, ptr, vectors = self.spans, self.ptr, self.vectors
        if spans.ndim != 2 or spans.shape[1] != 2 or not np.issubdtype(spans.dtype, np.integer):
            return "spans are not (n, 2) integers"
        if ptr.ndim != 1 or len(ptr) != len(chunks) + 1 or not np.issubdtype(ptr.dtype, np.integer):
            return f"pointer array does not have {len(chunks) + 1} entries"
        if ptr[0] != 0 or ptr[-1] != len(spans) or np.any(np.diff(ptr) < 0):
            return "pointer array is out of order"
        if vectors.shape != (len(spans), dim) or not np.issubdtype(vectors.dtype, np.floating):
            return f"vectors are not ({len(spans)}, {dim}) floats"
        owner = np.repeat(np.arange(len(chunks)), np.diff(ptr))
        starts = np.array([c.start for c in chunks], dtype=np.int64)
        ends = np.array([c.end for c in chunks], dtype=np.int64)
        if len(spans) and (np.any(spans[:, 0] < starts[owner]) or np.any(spans[:, 1] > ends[owner])
                           or np.any(spans[:, 0] >= spans[:, 1])):
            return "a sentence lies outside its chunk"
        return ""

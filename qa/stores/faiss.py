"""The on-disk index: vectors in FAISS, everything else in plain JSON, swapped in atomically.

Layout of an index folder:

    CURRENT              name of the live generation (replaced with one atomic rename)
    .lock                held while a build writes
    g-<id>/manifest.json model, fingerprint, dimension, chunker settings, documents and their hashes
    g-<id>/documents.jsonl, chunks.jsonl, vectors.npy, index.faiss
    g-<id>/lexical/      BM25 (qa/lexical.py)
    g-<id>/sentences/    every chunk's sentences and their vectors (qa/sentences.py)

A build writes a whole new generation beside the live one and only then points CURRENT at it, so
a crash at any moment leaves the previous index loadable, and a reader never sees half an index.
Nothing is ever unpickled: JSON, `.npy` with `allow_pickle=False`, and FAISS's own format.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import time
import unicodedata
import uuid
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np

from qa.chunking import Chunk
from qa.documents import Document, Section
from qa.lexical import LexicalIndex
from qa.sentences import SentenceTable
from qa.stores.base import IndexData, IndexUnavailable

FORMAT_VERSION = 3
REBUILD_HINT = "rebuild it with: qa index PATH ... --index-dir {dir}"
HNSW_FROM = 100_000  # flat search costs ~13 ms per query at 100k (bench/results/perf.md)


@dataclass
class Store:
    manifest: dict
    documents: dict[str, Document]
    chunks: list[Chunk]
    vectors: np.ndarray
    faiss_index: object = field(repr=False, default=None)
    lexical: LexicalIndex | None = field(repr=False, default=None)
    generation: str = ""
    sentences: SentenceTable | None = field(repr=False, default=None)

    @property
    def dim(self) -> int:
        return int(self.manifest["dim"])

    @cached_property
    def normalized_texts(self) -> list[str]:
        """Every document's text in NFKC, made once per loaded index for substring checks."""
        return [unicodedata.normalize("NFKC", d.text) for d in self.documents.values()]

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Scores and chunk positions, best first; positions are -1 where fewer than k exist."""
        if not self.chunks:
            return np.zeros((len(queries), 0), np.float32), np.zeros((len(queries), 0), np.int64)
        return self.faiss_index.search(np.ascontiguousarray(queries, dtype=np.float32), min(k, len(self.chunks)))

    def chunk_rows(self, rows) -> list[Chunk]:
        return [self.chunks[int(i)] for i in rows]

    def vectors_at(self, rows) -> np.ndarray:
        return self.vectors[np.asarray(rows, dtype=np.int64)]

    def lexical_search(self, text: str, k: int) -> tuple[np.ndarray, np.ndarray]:
        return self.lexical.search(text, k)

    def lexical_scores(self, text: str, rows) -> np.ndarray:
        return self.lexical.scores(text)[np.asarray(rows, dtype=np.int64)]

    def sentences_of(self, rows) -> list[tuple[np.ndarray, np.ndarray]]:
        return self.sentences.of_chunks(rows)

    def term_idf(self, terms) -> np.ndarray:
        return self.lexical.idf(list(terms))


def make_faiss_index(vectors: np.ndarray, index_type: str):
    """Exact inner product for ordinary corpora; HNSW once exact search would be slow."""
    import faiss

    dim = vectors.shape[1]
    if index_type == "auto":
        index_type = "hnsw" if len(vectors) >= HNSW_FROM else "flat"
    if index_type == "flat":
        index = faiss.IndexFlatIP(dim)
    elif index_type == "hnsw":
        index = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
        index.hnsw.efSearch = 128
    else:
        raise ValueError(f"unsupported index type {index_type!r}")
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def _write_json(path: Path, obj) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1), encoding="utf-8")


def _write_jsonl(path: Path, rows) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def save(store: Store, index_dir: Path) -> Path:
    """Write `store` as a new generation and make it live; returns the generation folder."""
    import faiss

    index_dir.mkdir(parents=True, exist_ok=True)
    gen = index_dir / f"g-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:8]}"
    staging = index_dir / f".staging-{gen.name}"
    staging.mkdir()
    try:
        _write_jsonl(staging / "documents.jsonl", (
            {"doc_id": d.doc_id, "title": d.title, "encoding": d.encoding, "path": d.path, "text": d.text,
             "sections": [asdict(s) for s in d.sections]}
            for d in store.documents.values()))
        _write_jsonl(staging / "chunks.jsonl", (asdict(c) for c in store.chunks))
        np.save(staging / "vectors.npy", store.vectors.astype(np.float32), allow_pickle=False)
        faiss.write_index(store.faiss_index, str(staging / "index.faiss"))
        store.lexical.save(staging / "lexical")
        store.sentences.save(staging / "sentences")
        _write_json(staging / "manifest.json", store.manifest)
        for f in staging.rglob("*"):
            if f.is_file():
                with f.open("rb") as fh:
                    os.fsync(fh.fileno())
        os.rename(staging, gen)
        pointer = index_dir / f".CURRENT-{uuid.uuid4().hex[:8]}"
        pointer.write_text(gen.name + "\n")
        os.replace(pointer, index_dir / "CURRENT")
        _fsync_dir(index_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for old in index_dir.iterdir():
        if old.is_dir() and old.name.startswith(("g-", ".staging-")) and old.name != gen.name:
            shutil.rmtree(old, ignore_errors=True)
    return gen


def exists(index_dir: Path) -> bool:
    return (index_dir / "CURRENT").is_file()


def generation(index_dir: Path) -> str | None:
    """Name of the live generation, or None; cheap enough to check before every query."""
    try:
        return (index_dir / "CURRENT").read_text().strip()
    except FileNotFoundError:
        return None


def load(index_dir: Path) -> Store:
    """Load the live generation; any damage is an `IndexUnavailable` that names the rebuild command."""
    hint = REBUILD_HINT.format(dir=index_dir)
    for attempt in range(3):
        try:
            gen = index_dir / (index_dir / "CURRENT").read_text().strip()
            return _load_generation(gen, hint)
        except FileNotFoundError as exc:
            if not exists(index_dir):
                raise IndexUnavailable(f"no index in {index_dir}; {hint}") from exc
            if attempt == 2:  # a concurrent build swapped generations under us three times
                raise IndexUnavailable(f"index in {index_dir} is missing {exc.filename}; {hint}") from exc
    raise AssertionError("unreachable")


def _load_generation(gen: Path, hint: str) -> Store:
    import faiss

    try:
        manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
        if manifest.get("format_version") != FORMAT_VERSION:
            raise IndexUnavailable(f"index format {manifest.get('format_version')} is not {FORMAT_VERSION}; {hint}")
        documents = {}
        for row in _read_jsonl(gen / "documents.jsonl"):
            sections = [Section(**s) for s in row.pop("sections")]
            documents[row["doc_id"]] = Document(sections=sections, **row)
        chunks = [Chunk(**row) for row in _read_jsonl(gen / "chunks.jsonl")]
        vectors = np.load(gen / "vectors.npy", allow_pickle=False)
        index = faiss.read_index(str(gen / "index.faiss"))
        lexical = LexicalIndex.load(gen / "lexical")
        sentences = SentenceTable.load(gen / "sentences", chunks, int(manifest["dim"]))
    except FileNotFoundError:
        raise
    except (OSError, ValueError, TypeError, KeyError, RuntimeError) as exc:
        if isinstance(exc, IndexUnavailable):
            raise
        raise IndexUnavailable(f"index in {gen.parent} is damaged ({type(exc).__name__}: {exc}); {hint}") from exc
    if not (len(chunks) == len(vectors) == index.ntotal == len(lexical)) or (
            len(vectors) and vectors.shape[1] != manifest["dim"]):
        raise IndexUnavailable(
            f"index in {gen.parent} is inconsistent ({len(chunks)} chunks, {len(vectors)} vectors, "
            f"{index.ntotal} in FAISS, {len(lexical)} in BM25); {hint}")
    return Store(manifest, documents, chunks, vectors, index, lexical, gen.name, sentences)


@contextmanager
def write_lock(index_dir: Path, wait: bool = False):
    """One writer per index folder; a second one fails at once with a clear message (or waits)."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                raise
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise IndexUnavailable(f"{index_dir} is being indexed by {holder}; try again when it finishes") from exc
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}")
        fh.flush()
        try:
            yield
        finally:
            fh.seek(0)
            fh.truncate()
            fcntl.flock(fh, fcntl.LOCK_UN)


class FaissEngine:
    """The index as a folder on this machine: the default engine (see the module docstring)."""

    name = "faiss"

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = Path(index_dir)

    def describe(self) -> str:
        return f"FAISS + JSON in {self.index_dir}"

    @property
    def rebuild_hint(self) -> str:
        return REBUILD_HINT.format(dir=self.index_dir)

    def exists(self) -> bool:
        return exists(self.index_dir)

    def generation(self) -> str | None:
        return generation(self.index_dir)

    def load(self) -> Store:
        return load(self.index_dir)

    def write_lock(self):
        return write_lock(self.index_dir)

    def save(self, data: IndexData) -> str:
        manifest = {"format_version": FORMAT_VERSION, **data.manifest}
        store = Store(manifest, data.documents, data.chunks, data.vectors,
                      make_faiss_index(data.vectors, manifest["index_type"]), data.lexical, sentences=data.sentences)
        return save(store, self.index_dir).name

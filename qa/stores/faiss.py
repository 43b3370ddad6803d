"""The on-disk index: vectors in FAISS, everything else in plain JSON, swapped in atomically and
checked on every load.

Layout of an index folder:

    CURRENT              name of the live generation (replaced with one atomic rename)
    PREVIOUS             name of the generation that was live before it (kept for `qa index --rollback`)
    .lock                held while a build writes
    g-<id>/manifest.json model, fingerprint, dimension, chunker settings, documents and their hashes,
                         every other file's size and sha256, and a sha256 of the manifest itself
    g-<id>/documents.jsonl, chunks.jsonl, vectors.npy, index.faiss
    g-<id>/lexical/      BM25 (qa/lexical.py)
    g-<id>/sentences/    every chunk's sentences and their vectors (qa/sentences.py)

A build writes a whole new generation beside the live one and only then points CURRENT at it, so
a crash at any moment leaves the previous index loadable, and a reader never sees half an index.
Nothing is ever unpickled: JSON, `.npy` with `allow_pickle=False`, and FAISS's own format.

Loading trusts nothing it reads: sizes, shapes, types and ids are checked every time (every chunk
points into a document and quotes it exactly), checksums whenever they are cheap, and always for
`index.faiss`, whose reader assumes well-formed input. Any damage is one `IndexUnavailable` naming
the file and the way out, never a Python error from deep inside a parser, never a quietly wrong answer.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import re
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
from qa.lexical import ARRAY_READ_ERRORS, LexicalIndex
from qa.sentences import FILES as SENTENCE_FILES
from qa.sentences import SentenceTable
from qa.stores.base import IndexData, IndexUnavailable

FORMAT_VERSION = 4
REBUILD_HINT = "rebuild it with: qa index PATH ... --index-dir {dir}"
ROLLBACK_HINT = "or go back to the previous build with: qa index --rollback --index-dir {dir}"
HNSW_FROM = 100_000  # flat search costs ~13 ms per query at 100k (bench/results/perf.md)
# sha256 runs at ~1.7 GB/s on the 2-core benchmark machine: a generation up to 128 MB (about 80,000
# chunks) is fully checksummed in under 80 ms on every load, against a 3.1 s cold start; larger ones
# get sizes, shapes and ids checked on load, and every checksum on `qa info --check`.
CHECKSUM_MAX_BYTES = 128 * 1024 * 1024
ALWAYS_CHECKSUMMED = ("index.faiss",)
REQUIRED_FILES = ("documents.jsonl", "chunks.jsonl", "vectors.npy", "index.faiss", "lexical/lexical.json",
                  *(f"sentences/{name}" for name in SENTENCE_FILES))
_GENERATION = re.compile(r"g-\d{14}-[0-9a-f]{8}")
_MANIFEST_FIELDS = {"format_version": int, "model": str, "fingerprint": list, "dim": int, "chunker": dict,
                    "index_type": str, "lexical": dict, "documents": list, "chunks": int, "files": dict,
                    "sha256": str}


class Damage(Exception):
    """One file of a generation is not what the manifest promised (internal to loading)."""

    def __init__(self, file: str, problem: str) -> None:
        super().__init__(f"{file} {problem}")
        self.file = file


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

    @cached_property
    def normalized_headings(self) -> list[str]:
        """Every document's title and section headings in NFKC, made once per loaded index."""
        return [d.headings_text for d in self.documents.values()]

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Scores and chunk positions, best first; positions are -1 where fewer than k exist."""
        if not self.chunks:
            return np.zeros((len(queries), 0), np.float32), np.zeros((len(queries), 0), np.int64)
        return self.faiss_index.search(np.ascontiguousarray(queries, dtype=np.float32), min(k, len(self.chunks)))

    def chunk_rows(self, rows) -> list[Chunk]:
        return [self.chunks[int(i)] for i in rows]

    @cached_property
    def _rows_by_document(self) -> dict[str, list[int]]:
        rows: dict[str, list[int]] = {}
        for row, chunk in enumerate(self.chunks):
            rows.setdefault(chunk.doc_id, []).append(row)
        return rows

    def rows_of(self, doc_id: str) -> list[int]:
        return self._rows_by_document.get(doc_id, [])

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


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def manifest_checksum(manifest: dict) -> str:
    """The manifest's own checksum: sha256 of its canonical JSON without the `sha256` field."""
    body = {k: v for k, v in manifest.items() if k != "sha256"}
    return hashlib.sha256(json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def _replace_pointer(index_dir: Path, name: str, target: str) -> None:
    pointer = index_dir / f".{name}-{uuid.uuid4().hex[:8]}"
    pointer.write_text(target + "\n")
    os.replace(pointer, index_dir / name)


def save(store: Store, index_dir: Path) -> Path:
    """Write `store` as a new generation and make it live, keeping the one it replaces for
    `rollback` if that one is good (otherwise the earlier good one stays); returns the new folder."""
    import faiss

    index_dir.mkdir(parents=True, exist_ok=True)
    gen = index_dir / f"g-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:8]}"
    staging = index_dir / f".staging-{gen.name}"
    staging.mkdir()
    try:
        _write_jsonl(staging / "documents.jsonl", (
            {"doc_id": d.doc_id, "title": d.title, "encoding": d.encoding, "path": d.path, "text": d.text,
             "sections": [asdict(s) for s in d.sections], "pages": d.pages, "metadata": d.metadata}
            for d in store.documents.values()))
        _write_jsonl(staging / "chunks.jsonl", (asdict(c) for c in store.chunks))
        np.save(staging / "vectors.npy", store.vectors.astype(np.float32), allow_pickle=False)
        faiss.write_index(store.faiss_index, str(staging / "index.faiss"))
        store.lexical.save(staging / "lexical")
        store.sentences.save(staging / "sentences")
        files = sorted(f for f in staging.rglob("*") if f.is_file())
        for f in files:
            with f.open("rb") as fh:
                os.fsync(fh.fileno())
        manifest = {**store.manifest, "files": {
            f.relative_to(staging).as_posix(): {"bytes": f.stat().st_size, "sha256": _sha256(f)} for f in files}}
        manifest["sha256"] = manifest_checksum(manifest)
        _write_json(staging / "manifest.json", manifest)
        with (staging / "manifest.json").open("rb") as fh:
            os.fsync(fh.fileno())
        store.manifest = manifest
        os.rename(staging, gen)
        replaced, earlier = generation(index_dir), previous(index_dir)
        if replaced and _is_good(index_dir, replaced, checksums=None):
            _replace_pointer(index_dir, "PREVIOUS", replaced)
            earlier = replaced
        keep = {gen.name, earlier}
        _replace_pointer(index_dir, "CURRENT", gen.name)
        _fsync_dir(index_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for old in index_dir.iterdir():
        if old.is_dir() and old.name.startswith(("g-", ".staging-")) and old.name not in keep:
            shutil.rmtree(old, ignore_errors=True)
    return gen


def exists(index_dir: Path) -> bool:
    return (index_dir / "CURRENT").is_file()


def _pointer(index_dir: Path, name: str) -> str | None:
    try:
        with (index_dir / name).open("rb") as fh:
            return fh.read(200).decode("utf-8", errors="replace").strip()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None


def generation(index_dir: Path) -> str | None:
    """Name of the live generation, or None; cheap enough to check before every query."""
    return _pointer(index_dir, "CURRENT")


def previous(index_dir: Path) -> str | None:
    """Name of the generation that was live before the current one, if it is still there."""
    name = _pointer(index_dir, "PREVIOUS")
    return name if name and _GENERATION.fullmatch(name) and (index_dir / name).is_dir() else None


def load(index_dir: Path, checksums: bool | None = None) -> Store:
    """Load the live generation, checked (`checksums`: None = when cheap, True = always); any damage
    is an `IndexUnavailable` naming the file and the fix."""
    for attempt in range(3):
        name = generation(index_dir)
        if name is None:
            raise IndexUnavailable(f"no index in {index_dir}; {REBUILD_HINT.format(dir=index_dir)}")
        try:
            return load_generation(index_dir, name, checksums)
        except Damage as damage:
            if generation(index_dir) != name and attempt < 2:  # a build swapped generations under us
                continue
            raise IndexUnavailable(damage_message(index_dir, damage)) from None
    raise AssertionError("unreachable")


def damage_message(index_dir: Path, damage: Damage) -> str:
    fix = REBUILD_HINT.format(dir=index_dir)
    earlier = previous(index_dir)
    if earlier and earlier != generation(index_dir) and _is_good(index_dir, earlier):
        fix += ", " + ROLLBACK_HINT.format(dir=index_dir)
    return f"the index in {index_dir} is damaged: {damage}; {fix}"


def _is_good(index_dir: Path, name: str, checksums: bool | None = True) -> bool:
    try:
        load_generation(index_dir, name, checksums)
    except Damage:
        return False
    return True


def rollback(index_dir: Path) -> str:
    """Make the previous generation live again (checked in full first); the one it replaces becomes
    the previous one, so a second rollback undoes the first. Returns the generation now live."""
    with write_lock(index_dir):
        earlier, current = previous(index_dir), generation(index_dir)
        if not earlier or earlier == current:
            raise IndexUnavailable(f"no earlier build is kept in {index_dir}; {REBUILD_HINT.format(dir=index_dir)}")
        try:
            load_generation(index_dir, earlier, checksums=True)
        except Damage as damage:
            raise IndexUnavailable(f"the earlier build in {index_dir} is damaged too: {damage}; "
                                   + REBUILD_HINT.format(dir=index_dir)) from None
        if current and _GENERATION.fullmatch(current) and (index_dir / current).is_dir():
            _replace_pointer(index_dir, "PREVIOUS", current)
        _replace_pointer(index_dir, "CURRENT", earlier)
        _fsync_dir(index_dir)
    return earlier


def load_generation(index_dir: Path, name: str, checksums: bool | None = None) -> Store:
    """One generation, checked; raises `Damage` naming the first file that is not as written."""
    gen = index_dir / name
    if not _GENERATION.fullmatch(name) or not gen.is_dir():
        raise Damage("CURRENT", f"names no generation ({name[:40]!r})")
    manifest = _read_manifest(gen)
    files = manifest["files"]
    total = 0
    for rel, meta in files.items():
        size = (gen / rel).stat().st_size if (gen / rel).is_file() else None
        if size is None:
            raise Damage(rel, "is missing")
        if size != meta["bytes"]:
            raise Damage(rel, f"is {size:,} bytes, {meta['bytes']:,} when written (truncated or replaced)")
        total += size
    full = total <= CHECKSUM_MAX_BYTES if checksums is None else checksums
    for rel, meta in files.items():
        if (full or rel in ALWAYS_CHECKSUMMED) and _sha256(gen / rel) != meta["sha256"]:
            raise Damage(rel, "has changed since it was written (checksum mismatch)")
    documents = _read_documents(gen / "documents.jsonl", manifest)
    chunks = _read_chunks(gen / "chunks.jsonl", documents, manifest)
    vectors = _read_vectors(gen / "vectors.npy", len(chunks), manifest["dim"])
    index = _read_faiss(gen / "index.faiss", len(chunks), manifest["dim"])
    try:
        lexical = LexicalIndex.load(gen / "lexical")
    except ValueError as exc:
        raise Damage("lexical/", f"cannot be read ({_short(exc)})") from None
    if len(lexical) != len(chunks) or lexical.tokenizer != manifest["lexical"].get("tokenizer"):
        raise Damage("lexical/", f"holds {len(lexical)} passages tokenised with {lexical.tokenizer!r}, "
                                 f"not {len(chunks)} with {manifest['lexical'].get('tokenizer')!r}")
    try:
        sentences = SentenceTable.load(gen / "sentences", chunks, manifest["dim"])
    except ARRAY_READ_ERRORS as exc:
        raise Damage("sentences/", f"cannot be read ({_short(exc)})") from None
    return Store(manifest, documents, chunks, vectors, index, lexical, name, sentences)


def _short(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {str(exc)[:120]}"


def _read_manifest(gen: Path) -> dict:
    try:
        manifest = json.loads((gen / "manifest.json").read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise Damage("manifest.json", "is missing") from None
    except (OSError, ValueError, RecursionError) as exc:
        raise Damage("manifest.json", f"is not readable JSON ({_short(exc)})") from None
    if not isinstance(manifest, dict):
        raise Damage("manifest.json", f"is a JSON {type(manifest).__name__}, not an object")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise Damage("manifest.json", f"is format {str(manifest.get('format_version'))[:20]}, not {FORMAT_VERSION}")
    if manifest.get("sha256") != manifest_checksum(manifest):
        raise Damage("manifest.json", "has been edited or damaged (its checksum does not match)")
    for key, kind in _MANIFEST_FIELDS.items():
        if type(manifest.get(key)) is not kind:
            raise Damage("manifest.json", f"has no valid {key!r}")
    dim = manifest["dim"]
    if dim < 1 or len(manifest["fingerprint"]) != dim or manifest["chunks"] < 0:
        raise Damage("manifest.json", "has an impossible dimension, fingerprint or chunk count")
    for rel, meta in manifest["files"].items():
        if (".." in rel.split("/") or rel.startswith("/") or "\x00" in rel or not isinstance(meta, dict)
                or type(meta.get("bytes")) is not int or type(meta.get("sha256")) is not str):
            raise Damage("manifest.json", f"lists {rel[:60]!r} wrongly")
    missing = [f for f in REQUIRED_FILES if f not in manifest["files"]]
    if missing:
        raise Damage("manifest.json", f"does not list {missing[0]}")
    return manifest


def _read_jsonl(path: Path, rel: str) -> list[dict]:
    rows = []
    try:
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                row = json.loads(line)
                if not isinstance(row, dict):
                    raise Damage(rel, f"line {n} is a JSON {type(row).__name__}, not an object")
                rows.append(row)
    except (OSError, ValueError, RecursionError) as exc:
        raise Damage(rel, f"is not readable JSON lines ({_short(exc)})") from None
    return rows


def _typed(row: dict, fields: dict[str, type], rel: str, n: int) -> None:
    for key, kind in fields.items():
        if type(row.get(key)) is not kind:
            raise Damage(rel, f"row {n} has no valid {key!r}")


def _read_documents(path: Path, manifest: dict) -> dict[str, Document]:
    documents: dict[str, Document] = {}
    for n, row in enumerate(_read_jsonl(path, "documents.jsonl"), start=1):
        _typed(row, {"doc_id": str, "title": str, "encoding": str, "path": str, "text": str, "sections": list},
               "documents.jsonl", n)
        text = row["text"]
        sections = []
        for s in row["sections"]:
            if (not isinstance(s, dict) or set(s) != {"start", "name"} or type(s["start"]) is not int
                    or not 0 <= s["start"] <= len(text) or type(s["name"]) is not str):
                raise Damage("documents.jsonl", f"row {n} has a bad section")
            sections.append(Section(**s))
        if row["doc_id"] in documents:
            raise Damage("documents.jsonl", f"holds {row['doc_id'][:60]!r} twice")
        try:
            documents[row["doc_id"]] = Document(**{**row, "sections": sections})
        except TypeError as exc:
            raise Damage("documents.jsonl", f"row {n} does not fit a document ({_short(exc)})") from None
    listed = manifest["documents"]
    if len(listed) != len(documents) or any(
            not isinstance(d, dict) or d.get("doc_id") not in documents
            or d.get("title") != documents[d["doc_id"]].title for d in listed):
        raise Damage("documents.jsonl", "does not hold the documents the manifest lists")
    return documents


def _read_chunks(path: Path, documents: dict[str, Document], manifest: dict) -> list[Chunk]:
    chunks = []
    fields = {"doc_id": str, "title": str, "section": str, "start": int, "end": int, "text": str}
    for n, row in enumerate(_read_jsonl(path, "chunks.jsonl"), start=1):
        _typed(row, fields, "chunks.jsonl", n)
        if set(row) != set(fields):
            raise Damage("chunks.jsonl", f"row {n} has unexpected fields")
        doc = documents.get(row["doc_id"])
        if doc is None:
            raise Damage("chunks.jsonl", f"row {n} names a document that is not indexed ({row['doc_id'][:60]!r})")
        start, end = row["start"], row["end"]
        if not (0 <= start < end <= len(doc.text)) or doc.text[start:end] != row["text"]:
            raise Damage("chunks.jsonl", f"row {n} does not quote {row['doc_id'][:60]!r} at {start}:{end} "
                                         "(the document text or the passage changed)")
        chunks.append(Chunk(**row))
    if len(chunks) != manifest["chunks"]:
        raise Damage("chunks.jsonl", f"holds {len(chunks)} passages, the manifest {manifest['chunks']}")
    counts: dict[str, int] = {}
    for c in chunks:
        counts[c.doc_id] = counts.get(c.doc_id, 0) + 1
    if any(counts.get(d["doc_id"], 0) != d.get("chunks") for d in manifest["documents"]):
        raise Damage("chunks.jsonl", "does not hold the passages the manifest counts per document")
    return chunks


def _read_vectors(path: Path, rows: int, dim: int) -> np.ndarray:
    try:
        vectors = np.load(path, mmap_mode="r", allow_pickle=False)
    except ARRAY_READ_ERRORS as exc:
        raise Damage("vectors.npy", f"is not a readable array ({_short(exc)})") from None
    if vectors.dtype != np.float32 or vectors.shape != (rows, dim):
        raise Damage("vectors.npy", f"holds {vectors.dtype} {vectors.shape}, not float32 ({rows}, {dim})")
    vectors = np.array(vectors)
    if not np.isfinite(vectors).all():
        raise Damage("vectors.npy", "holds values that are not finite numbers")
    return vectors


def _read_faiss(path: Path, rows: int, dim: int):
    import faiss

    try:
        index = faiss.read_index(str(path))
    except (RuntimeError, OSError, ValueError, MemoryError) as exc:
        raise Damage("index.faiss", f"is not a readable FAISS index ({_short(exc)})") from None
    if index.ntotal != rows or index.d != dim or index.metric_type != faiss.METRIC_INNER_PRODUCT:
        raise Damage("index.faiss", f"holds {index.ntotal} vectors of {index.d} dimensions, not {rows} of {dim}")
    return index


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

    def load(self, checksums: bool | None = None) -> Store:
        return load(self.index_dir, checksums)

    def rollback(self) -> str:
        return rollback(self.index_dir)

    def write_lock(self):
        return write_lock(self.index_dir)

    def save(self, data: IndexData) -> str:
        manifest = {"format_version": FORMAT_VERSION, **data.manifest}
        store = Store(manifest, data.documents, data.chunks, data.vectors,
                      make_faiss_index(data.vectors, manifest["index_type"]), data.lexical, sentences=data.sentences)
        return save(store, self.index_dir).name

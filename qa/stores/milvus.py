"""The index in Milvus, so that any number of processes on any machines answer from one copy.

One pymilvus `MilvusClient` talks to Milvus Lite (a `.db` data folder, one process at a time), a
standalone server or a cluster: only the URI differs. Each generation of an index named N is five
collections, and the alias N points at the live generation's manifest:

    N_<gen>_chunks     row id, dense vector (HNSW, inner product), BM25 sparse vector, text, doc_id,
                       title, section, start, end
    N_<gen>_documents  document text in parts of at most 16,000 characters, with the document's
                       manifest entry and its sections
    N_<gen>_sentences  one row per sentence of every chunk (the answer stage's `SentenceTable`):
                       sentence row id, chunk_row (inverted index), start, end, unit vector (FLAT)
    N_<gen>_terms      one row per BM25 term: a 63-bit hash of the term and how many chunks hold it,
                       for `term_idf` (a vocabulary that grows with the corpus, so not in the manifest)
    N_<gen>_manifest   one row: model, fingerprint, dimension, chunker and lexical settings, counts
    N_writer           exists only while a build writes (the writer lock)

A build writes a whole new generation, flushes and loads it, then moves the alias in one call:
readers see the old generation or the new one, never half of one. The previous generation is kept
(a reader that has not yet noticed the switch still answers from it); older ones are dropped.

The lexical side: Milvus's analyzers do not split Japanese the way kotae does, so BM25 is computed in
the app by `qa.lexical` over kotae's own tokens and stored as one sparse vector per chunk (term ->
BM25 weight, terms hashed to 32 bits). A question's sparse vector has weight 1 on each of its
distinct terms, so the inner product is exactly kotae's BM25 score: never negative, computed over the
whole corpus rather than per segment (the two traps of Milvus's own BM25 function).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import os
import socket
import time
import uuid
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from functools import cached_property
from pathlib import Path

import numpy as np

from qa.chunking import Chunk
from qa.documents import Document, Section
from qa.lexical import bm25_idf, query_terms
from qa.settings import Settings
from qa.stores.base import IndexData, IndexUnavailable

FORMAT_VERSION = 2  # 2: sentences and terms collections
PART_CHARS = 16_000  # a VARCHAR holds 65,535 bytes; UTF-8 needs at most 4 a character
MAX_VARCHAR = 65_535
PART_BITS = 20  # document part ids: ordinal << PART_BITS | part
BATCH = 1_000  # rows per insert or fetch call
MAX_LIMIT = 16_384  # Milvus's largest top-k
SENTENCE_CHUNKS = 64  # chunk rows per sentence query: ~10 sentences each, ~1.6 KB a sentence
DOCUMENT_CACHE = 256
# What answering reads of a document's metadata (its tables and code blocks), kept beside its details; the rest (ruby
# readings, credits) is the reader's record and stays in the FAISS store's JSON only.
LAYOUT_METADATA = ("tables", "table_headers", "code")
KINDS = ("chunks", "documents", "sentences", "terms", "manifest")
COUNTED = ("chunks", "sentences", "terms")  # row counts the manifest records and loading checks
CHUNK_FIELDS = ["id", "doc_id", "title", "section", "start", "end", "text"]


def term_id(term: str) -> int:
    """A term's dimension in the sparse vectors: stable across processes and machines, no vocabulary
    to store; at 10^6 distinct terms about one pair in 10^4 collides, which merges their weights."""
    return int.from_bytes(hashlib.blake2b(term.encode("utf-8"), digest_size=4).digest(), "little") % (2**32 - 1)


def term_key(term: str) -> int:
    """A term's row in the terms collection: 63 bits, so that even 10^8 distinct terms collide with
    odds of about 1 in 2,000 (a collision adds the two terms' document frequencies)."""
    return int.from_bytes(hashlib.blake2b(term.encode("utf-8"), digest_size=8).digest(), "little") >> 1


def sparse_vector(weights: Mapping[str, float]) -> dict[int, float]:
    vector: dict[int, float] = {}
    for term, weight in weights.items():
        dim = term_id(term)
        vector[dim] = vector.get(dim, 0.0) + weight
    return vector


def _batches(items: Iterable, size: int = BATCH) -> Iterator[list]:
    """Lists of at most `size` items, taken lazily: a build's rows are never all in memory as dicts."""
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


class _Documents(Mapping[str, Document]):
    """The index's documents, fetched from Milvus when asked for and a few hundred kept."""

    def __init__(self, store: MilvusStore, ordinals: dict[str, int]) -> None:
        self._store, self._ordinals = store, ordinals
        self._cache: OrderedDict[str, Document] = OrderedDict()

    def __len__(self) -> int:
        return len(self._ordinals)

    def __iter__(self) -> Iterator[str]:
        return iter(self._ordinals)

    def __getitem__(self, doc_id: str) -> Document:
        if doc_id in self._cache:
            self._cache.move_to_end(doc_id)
            return self._cache[doc_id]
        if doc_id not in self._ordinals:
            raise KeyError(doc_id)
        first = self._ordinals[doc_id] << PART_BITS
        rows = self._store.query("documents", f"id >= {first} and id < {first + (1 << PART_BITS)}",
                                 ["id", "text", "info"])
        rows.sort(key=lambda r: r["id"])
        info = rows[0]["info"]
        sections = [Section(start, name) for r in rows for start, name in r["info"].get("sections", [])]
        document = Document(doc_id, "".join(r["text"] for r in rows), info["title"], sections, info["encoding"],
                            info["path"], pages=info.get("pages", []), metadata=info.get("layout", {}))
        self._cache[doc_id] = document
        while len(self._cache) > DOCUMENT_CACHE:
            self._cache.popitem(last=False)
        return document


class MilvusStore:
    """One generation of an index in Milvus; every question is answered by Milvus, row by row."""

    def __init__(self, engine: MilvusEngine, generation: str, manifest: dict, ordinals: dict[str, int]) -> None:
        self._engine = engine
        self.generation = generation
        self.manifest = manifest
        self.documents = _Documents(self, ordinals)

    def collection(self, kind: str) -> str:
        return self._engine.collection(self.generation, kind)

    def query(self, kind: str, expr: str, fields: list[str]) -> list[dict]:
        return self._engine.call(lambda c: c.query(self.collection(kind), filter=expr, output_fields=fields))

    def _fetch(self, kind: str, ids: Iterable[int], fields: list[str]) -> dict[int, dict]:
        """Rows of a collection by id; absent ids are simply absent."""
        found: dict[int, dict] = {}
        for batch in _batches(ids):
            for r in self._engine.call(lambda c, b=batch: c.get(self.collection(kind), ids=b, output_fields=fields)):
                found[int(r["id"])] = r
        return found

    def _get(self, rows: Sequence[int], fields: list[str]) -> list[dict]:
        """Chunk rows by id, in the order asked (Milvus returns them in its own order)."""
        rows = [int(r) for r in rows]
        found = self._fetch("chunks", rows, fields)
        missing = [r for r in rows if r not in found]
        if missing:
            raise IndexUnavailable(f"index {self._engine.describe()} is damaged (chunk rows {missing[:5]} are "
                                   f"missing); {self._engine.rebuild_hint}")
        return [found[r] for r in rows]

    @cached_property
    def chunks(self) -> list[Chunk]:
        return self.chunk_rows(range(int(self.manifest["chunks"])))

    @cached_property
    def normalized_texts(self) -> list[str]:
        import unicodedata

        return [unicodedata.normalize("NFKC", d.text) for d in self.documents.values()]

    @cached_property
    def normalized_headings(self) -> list[str]:
        return [d.headings_text for d in self.documents.values()]

    def chunk_rows(self, rows: Sequence[int]) -> list[Chunk]:
        return [Chunk(r["doc_id"], r["title"], r["section"], int(r["start"]), int(r["end"]), r["text"])
                for r in self._get(rows, CHUNK_FIELDS)]

    def rows_of(self, doc_id: str) -> list[int]:
        return sorted(int(r["id"]) for r in self.query("chunks", f"doc_id == {json.dumps(doc_id)}", ["id"]))

    def vectors_at(self, rows: Sequence[int]) -> np.ndarray:
        dim = int(self.manifest["dim"])
        fetched = self._get(rows, ["vector"])
        return np.array([r["vector"] for r in fetched], dtype=np.float32).reshape(len(fetched), dim)

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        n = len(queries)
        k = min(k, int(self.manifest["chunks"]), MAX_LIMIT)
        scores, rows = np.zeros((n, k), np.float32), np.full((n, k), -1, np.int64)
        if k == 0:
            return scores, rows
        ef = max(self._engine.settings.milvus_hnsw_ef, k)
        results = self._engine.call(lambda c: c.search(
            self.collection("chunks"), data=np.asarray(queries, dtype=np.float32).tolist(), anns_field="vector",
            limit=k, search_params={"metric_type": "IP", "params": {"ef": ef}}, output_fields=[]))
        for i, hits in enumerate(results):
            for j, hit in enumerate(hits):
                scores[i, j], rows[i, j] = hit["distance"], hit["id"]
        return scores, rows

    def _query_vector(self, text: str) -> dict[int, float]:
        return sparse_vector(dict.fromkeys(query_terms(text, self.manifest["lexical"]["tokenizer"]), 1.0))

    def lexical_search(self, text: str, k: int) -> tuple[np.ndarray, np.ndarray]:
        query = self._query_vector(text)
        if not query or k <= 0 or not self.manifest["chunks"]:
            return np.zeros(0, np.float32), np.zeros(0, np.int64)
        # A few more than asked, so that ties at the cut are broken by row, as in kotae's own BM25.
        limit = min(k + 16, MAX_LIMIT)
        hits = self._engine.call(lambda c: c.search(
            self.collection("chunks"), data=[query], anns_field="sparse", limit=limit,
            search_params={"metric_type": "IP", "params": {"drop_ratio_search": 0.0}}, output_fields=[]))[0]
        ranked = sorted(((float(h["distance"]), int(h["id"])) for h in hits if h["distance"] > 0),
                        key=lambda sr: (-sr[0], sr[1]))[:k]
        return (np.array([s for s, _ in ranked], np.float32), np.array([r for _, r in ranked], np.int64))

    def lexical_scores(self, text: str, rows: Sequence[int]) -> np.ndarray:
        query = self._query_vector(text)
        if not query or not len(rows):
            return np.zeros(len(rows), np.float32)
        return np.array([sum(w for dim, w in r["sparse"].items() if int(dim) in query)
                         for r in self._get(rows, ["sparse"])], dtype=np.float32)

    def sentences_of(self, rows: Sequence[int]) -> list[tuple[np.ndarray, np.ndarray]]:
        """One filtered query per SENTENCE_CHUNKS chunks (on the indexed chunk_row), in sentence order."""
        rows = [int(r) for r in rows]
        dim = int(self.manifest["dim"])
        found: dict[int, list[dict]] = {r: [] for r in rows}
        for batch in _batches(sorted(found), SENTENCE_CHUNKS):
            for r in self.query("sentences", f"chunk_row in {batch}", ["id", "chunk_row", "start", "end", "vector"]):
                found[int(r["chunk_row"])].append(r)
        out = []
        for row in rows:
            own = sorted(found[row], key=lambda r: r["id"])
            out.append((np.array([[r["start"], r["end"]] for r in own], dtype=np.int64).reshape(len(own), 2),
                        np.array([r["vector"] for r in own], dtype=np.float32).reshape(len(own), dim)))
        return out

    def term_idf(self, terms: Sequence[str]) -> np.ndarray:
        keys = [term_key(t) for t in terms]
        df = {k: int(r["df"]) for k, r in self._fetch("terms", dict.fromkeys(keys), ["df"]).items()}
        return bm25_idf(np.array([df.get(k, 0) for k in keys], dtype=np.float64), int(self.manifest["chunks"]))


class MilvusEngine:
    """An index in Milvus, reached by URI; see the module docstring for what lives where."""

    name = "milvus"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.uri = settings.milvus_uri
        self.index_name = settings.index_name
        self.lite = self.uri.endswith(".db")
        self._client = None

    def describe(self) -> str:
        return f"Milvus {'Lite ' if self.lite else ''}{self.uri}, index {self.index_name}"

    @property
    def rebuild_hint(self) -> str:
        return f"rebuild it with: qa index PATH ... --milvus-uri {self.uri} --index-name {self.index_name}"

    @property
    def client(self):
        if self._client is None:
            from pymilvus import MilvusClient
            from pymilvus.exceptions import MilvusException

            # pymilvus (configured on import) and Milvus Lite log every failed call with a traceback;
            # here each failure becomes one `IndexUnavailable` line instead.
            for name in ("pymilvus", "milvus_lite"):
                logging.getLogger(name).setLevel(logging.CRITICAL)
            if self.lite:
                Path(self.uri).parent.mkdir(parents=True, exist_ok=True)
            # Milvus Lite's in-process gRPC server allows one ping per 5 minutes on an idle connection;
            # pymilvus pings every 10 s, so after a pause the server sends GOAWAY and the shared
            # connection's recovery can fail. Lite gets its own connection pinging within the policy.
            lite = {"dedicated": True, "grpc_options": {"grpc.keepalive_time_ms": 300_000,
                                                        "grpc.keepalive_permit_without_calls": False}}
            try:
                self._client = MilvusClient(uri=self.uri, token=self.settings.milvus_token, timeout=30,
                                            **(lite if self.lite else {}))
            except MilvusException as exc:
                if self.lite:
                    raise IndexUnavailable(
                        f"cannot open Milvus Lite data {self.uri} ({exc.message}); Milvus Lite serves one process "
                        f"per data folder: stop the other one, or share it through a server (milvus-lite server "
                        f"--data-dir {self.uri} --port 19530, then --milvus-uri http://127.0.0.1:19530)") from exc
                raise IndexUnavailable(f"cannot reach Milvus at {self.uri}: {exc.message}") from exc
        return self._client

    def call(self, fn):
        """One Milvus call; its failure is one line naming the index and the fix."""
        from pymilvus.exceptions import MilvusException

        try:
            return fn(self.client)
        except MilvusException as exc:
            raise IndexUnavailable(f"Milvus call failed for index {self.describe()} ({exc.message}); "
                                   f"if it persists, {self.rebuild_hint}") from exc

    def collection(self, generation: str, kind: str) -> str:
        return f"{self.index_name}_{generation}_{kind}"

    def generation(self) -> str | None:
        from pymilvus.exceptions import MilvusException

        try:
            target = self.client.describe_alias(self.index_name)["collection_name"]
        except MilvusException as exc:
            if "not" in exc.message.lower() and ("exist" in exc.message.lower() or "found" in exc.message.lower()):
                return None
            raise IndexUnavailable(f"cannot read index {self.describe()}: {exc.message}") from exc
        return target[len(self.index_name) + 1:-len("_manifest")]

    def exists(self) -> bool:
        return self.generation() is not None

    def _generations(self) -> list[str]:
        suffix, prefix = "_manifest", f"{self.index_name}_g"
        return sorted(c[len(self.index_name) + 1:-len(suffix)] for c in self.call(lambda c: c.list_collections())
                      if c.startswith(prefix) and c.endswith(suffix))

    def load(self) -> MilvusStore:
        for attempt in range(3):
            generation = self.generation()
            if generation is None:
                raise IndexUnavailable(f"no index {self.index_name} in Milvus at {self.uri}; {self.rebuild_hint}")
            try:
                return self._load(generation)
            except IndexUnavailable:
                if attempt == 2 or self.generation() == generation:
                    raise  # not a build switching generations under us: real damage
        raise AssertionError("unreachable")

    def _load(self, generation: str) -> MilvusStore:
        damaged = f"index {self.describe()} is damaged"
        names = {kind: self.collection(generation, kind) for kind in KINDS}
        present = set(self.call(lambda c: c.list_collections()))
        missing = [n for n in names.values() if n not in present]
        if missing:
            raise IndexUnavailable(f"{damaged} (collection {missing[0]} is missing); {self.rebuild_hint}")
        for name in names.values():  # a no-op when loaded; needed again after a Milvus Lite restart
            self.call(lambda c, n=name: c.load_collection(n))
        rows = self.call(lambda c: c.query(names["manifest"], filter="id >= 0", output_fields=["manifest"]))
        if len(rows) != 1 or not isinstance(rows[0].get("manifest"), dict):
            raise IndexUnavailable(f"{damaged} (no manifest row); {self.rebuild_hint}")
        manifest = rows[0]["manifest"]
        if manifest.get("format_version") != FORMAT_VERSION:
            raise IndexUnavailable(f"index format {manifest.get('format_version')} is not {FORMAT_VERSION}; "
                                   f"{self.rebuild_hint}")
        stored = {kind: self.call(lambda c, k=kind: c.query(names[k], filter="", output_fields=["count(*)"]))[0][
            "count(*)"] for kind in COUNTED}
        heads = self._document_heads(names["documents"], int(manifest.get("n_documents", 0)))
        stored["documents"], expected = len(heads), {**manifest, "documents": manifest.get("n_documents")}
        wrong = [f"{n} {kind} stored, the manifest says {expected.get(kind)}" for kind, n in stored.items()
                 if n != expected.get(kind)]
        if wrong:
            raise IndexUnavailable(f"{damaged} ({'; '.join(wrong)}); {self.rebuild_hint}")
        manifest["documents"] = [r["info"]["manifest"] for r in heads]
        return MilvusStore(self, generation, manifest, {r["doc_id"]: r["id"] >> PART_BITS for r in heads})

    def _document_heads(self, collection: str, n_documents: int) -> list[dict]:
        """The first part of every document, in order, a window of ordinals at a time (one query
        returns at most 16,384 rows, and Milvus Lite has no query iterator)."""
        heads: list[dict] = []
        for first in range(0, n_documents, BATCH):
            expr = f"part == 0 and id >= {first << PART_BITS} and id < {(first + BATCH) << PART_BITS}"
            rows = self.call(lambda c, e=expr: c.query(collection, filter=e, output_fields=["id", "doc_id", "info"]))
            heads += sorted(rows, key=lambda r: r["id"])
        return heads

    @contextmanager
    def write_lock(self):
        """One writer per index: a lock collection whose one row names the writer, there only while a build
        writes. Milvus has no compare-and-set, so a writer inserts its row and reads back; two racing
        writers both see two rows and both give up. A build killed mid-way leaves the lock, and the
        message says how to clear it."""
        lock = f"{self.index_name}_writer"
        me = f"pid {os.getpid()} on {socket.gethostname()} since {time.strftime('%Y-%m-%d %H:%M:%S')}"
        token = uuid.uuid4().int >> 65

        def holders() -> list[dict]:
            return self.call(lambda c: c.query(lock, filter="id >= 0", output_fields=["id", "holder"]))

        if not self.call(lambda c: c.has_collection(lock)):
            self._create(lock, {"holder": ("VARCHAR", {"max_length": 1000})}, [])
            self.call(lambda c: c.load_collection(lock))
            self.call(lambda c: c.insert(lock, [{"id": token, "holder": me, "placeholder": [0.0, 0.0]}]))
        rows = holders()
        if [r["id"] for r in rows] != [token]:
            holder = next((r["holder"] for r in rows if r["id"] != token), "another process")
            raise IndexUnavailable(
                f"index {self.describe()} is being indexed by {holder}; try again when it finishes "
                f"(if that build died, drop the collection {lock})")
        try:
            yield
        finally:
            self.call(lambda c: c.drop_collection(lock))

    def _schema(self, fields: dict):
        """A schema from name -> (DataType name, params); every collection gets a vector field, which
        Milvus requires (a 2-dimensional placeholder where the rows have none)."""
        from pymilvus import DataType, MilvusClient

        schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("id", DataType.INT64, is_primary=True)
        for name, (kind, params) in fields.items():
            schema.add_field(name, getattr(DataType, kind), **params)
        if not any(kind in ("FLOAT_VECTOR", "SPARSE_FLOAT_VECTOR") for kind, _ in fields.values()):
            schema.add_field("placeholder", DataType.FLOAT_VECTOR, dim=2)
        return schema

    def _create(self, name: str, fields: dict, indexes: list[tuple[str, str, str, dict]]) -> None:
        from pymilvus import MilvusClient

        schema = self._schema(fields)
        params = MilvusClient.prepare_index_params()
        for field, index_type, metric, extra in indexes or [("placeholder", "FLAT", "L2", {})]:
            params.add_index(field, index_type=index_type, params=extra, **({"metric_type": metric} if metric else {}))
        self.call(lambda c: c.create_collection(name, schema=schema, index_params=params))

    def _insert(self, name: str, rows: Iterable[dict]) -> None:
        for batch in _batches(rows):
            self.call(lambda c, b=batch: c.insert(name, list(b)))

    def save(self, data: IndexData) -> str:
        generation = f"g{time.strftime('%Y%m%d%H%M%S')}_{uuid.uuid4().hex[:8]}"
        names = {kind: self.collection(generation, kind) for kind in KINDS}
        text, integer = ("VARCHAR", {"max_length": MAX_VARCHAR}), ("INT64", {})
        dim, s = int(data.manifest["dim"]), self.settings
        try:
            self._create(names["chunks"], {
                "vector": ("FLOAT_VECTOR", {"dim": dim}), "sparse": ("SPARSE_FLOAT_VECTOR", {}),
                "doc_id": text, "title": text, "section": text, "start": integer, "end": integer, "text": text,
            }, [("vector", "HNSW", "IP", {"M": s.milvus_hnsw_m, "efConstruction": s.milvus_hnsw_ef_construction}),
                ("sparse", "SPARSE_INVERTED_INDEX", "IP", {})])
            weights = data.lexical.row_weights()
            self._insert(names["chunks"], (
                {"id": i, "vector": data.vectors[i].astype(np.float32).tolist(), "sparse": sparse_vector(weights[i]),
                 "doc_id": c.doc_id, "title": c.title, "section": c.section, "start": c.start, "end": c.end,
                 "text": c.text}
                for i, c in enumerate(data.chunks)))
            self._create(names["documents"], {"doc_id": text, "part": ("INT64", {}), "text": text,
                                              "info": ("JSON", {})}, [])
            entries = {d["doc_id"]: d for d in data.manifest["documents"]}
            self._insert(names["documents"], (
                row for ordinal, d in enumerate(data.documents.values()) for row in self._parts(ordinal, d, entries)))
            self._create(names["sentences"], {"chunk_row": integer, "start": integer, "end": integer,
                                              "vector": ("FLOAT_VECTOR", {"dim": dim})},
                         [("vector", "FLAT", "IP", {}), ("chunk_row", "INVERTED", "", {})])
            table = data.sentences
            owners = np.repeat(np.arange(table.chunks), np.diff(table.ptr)).tolist()
            self._insert(names["sentences"], (
                {"id": i, "chunk_row": owner, "start": start, "end": end, "vector": table.vectors[i].astype(np.float32)}
                for i, (owner, (start, end)) in enumerate(zip(owners, table.spans.tolist(), strict=True))))
            self._create(names["terms"], {"df": integer}, [])
            df: dict[int, int] = {}
            for term, count in data.lexical.document_frequencies().items():
                df[term_key(term)] = df.get(term_key(term), 0) + count
            self._insert(names["terms"], ({"id": k, "df": n, "placeholder": [0.0, 0.0]} for k, n in df.items()))
            self._create(names["manifest"], {"manifest": ("JSON", {})}, [])
            manifest = {k: v for k, v in data.manifest.items() if k != "documents"}
            manifest |= {"format_version": FORMAT_VERSION, "n_documents": len(data.documents), "generation": generation,
                         "chunks": len(data.chunks), "sentences": len(table), "terms": len(df)}
            self._insert(names["manifest"], [{"id": 0, "manifest": manifest, "placeholder": [0.0, 0.0]}])
            for name in names.values():  # Milvus Lite serves HNSW only from flushed segments
                self.call(lambda c, n=name: c.flush(n))
                self.call(lambda c, n=name: c.load_collection(n))
            if self.generation() is None:
                self.call(lambda c: c.create_alias(names["manifest"], self.index_name))
            else:
                self.call(lambda c: c.alter_alias(names["manifest"], self.index_name))
        except BaseException:
            for name in names.values():
                with suppress(IndexUnavailable):
                    self.call(lambda c, n=name: c.drop_collection(n))
            raise
        for old in self._generations()[:-2]:  # keep the live and the previous generation
            for name in [self.collection(old, kind) for kind in KINDS]:
                self.call(lambda c, n=name: c.drop_collection(n))
        return generation

    @staticmethod
    def _parts(ordinal: int, document: Document, entries: dict[str, dict]) -> Iterator[dict]:
        """A document as rows of at most PART_CHARS characters; each part carries the sections that
        start in it, and the first the document's details."""
        starts = range(0, max(len(document.text), 1), PART_CHARS)
        for part, start in enumerate(starts):
            info = {"sections": [[s.start, s.name] for s in document.sections if start <= s.start < start + PART_CHARS]}
            if part == 0:
                info |= {"title": document.title, "encoding": document.encoding, "path": document.path,
                         "pages": document.pages, "manifest": entries[document.doc_id],
                         "layout": {k: document.metadata[k] for k in LAYOUT_METADATA if k in document.metadata}}
            yield {"id": (ordinal << PART_BITS) | part, "doc_id": document.doc_id, "part": part,
                   "text": document.text[start:start + PART_CHARS], "info": info, "placeholder": [0.0, 0.0]}

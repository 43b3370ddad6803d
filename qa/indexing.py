"""Bringing an index up to date with a set of files: documents → chunks → vectors → index.

Unchanged documents (same content hash, same model, same chunker settings) keep their chunks and
vectors; only new or changed ones are embedded, which is what makes re-indexing a folder cheap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from qa.chunking import Chunk, chunk_document
from qa.documents import Document, Skipped
from qa.embeddings import Embedder, get_embedder
from qa.lexical import LexicalIndex, tokenize
from qa.readers import load_documents
from qa.sentences import SentenceTable
from qa.settings import Settings
from qa.stores import Engine, IndexData, IndexUnavailable, Store, open_engine

FINGERPRINT_MIN_COSINE = 0.999


@dataclass
class BuildReport:
    location: str  # where the index was written, as the engine describes it
    documents: int = 0
    chunks: int = 0
    embedded_documents: list[str] = field(default_factory=list)
    reused_documents: list[str] = field(default_factory=list)
    removed_documents: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    kept_documents: list[str] = field(default_factory=list)  # unreadable now; their last good version stays


class NothingToIndex(ValueError):
    """No file could be read: the build stops before touching the index, saying why for each file."""

    def __init__(self, paths: list, skipped: list[Skipped], location: str) -> None:
        if skipped:
            reasons = "; ".join(f"{Path(s.path).name}: {s.reason}" for s in skipped[:5])
            more = f"; and {len(skipped) - 5} more" if len(skipped) > 5 else ""
            why = f"no file could be read ({reasons}{more})"
        else:
            why = "no file of a supported type in " + ", ".join(str(p) for p in paths[:5])
        super().__init__(f"nothing to index: {why}; the index ({location}) is unchanged")


def chunker_settings(settings: Settings) -> dict:
    return {"chunk_size": settings.chunk_size, "chunk_overlap": settings.chunk_overlap, "splitter": "ja-v3",
            "context_headers": settings.context_headers}


def indexed_text(chunk: Chunk, with_header: bool) -> str:
    """What gets embedded or BM25-indexed for a chunk: its text, with title › section in front when
    asked (leaving out the section when it is already the chunk's first line)."""
    if not with_header:
        return chunk.text
    header = chunk.title if not chunk.section or chunk.text.startswith(chunk.section) else (
        f"{chunk.title} › {chunk.section}")
    return f"{header}\n{chunk.text}" if header and not chunk.text.startswith(header) else chunk.text


def build_lexical(chunks: list[Chunk], tokenizer: str, context_headers: str = "none") -> LexicalIndex:
    """BM25 over all chunks. Tokenising costs ~0.1 s per 1,000 passages (1/500 of embedding them),
    so every build re-tokenises rather than storing token lists; IDF changes with the corpus anyway."""
    texts = [indexed_text(c, context_headers != "none") for c in chunks]
    return LexicalIndex.build(tokenize(texts, tokenizer), tokenizer)


def model_mismatch(manifest: dict, embedder: Embedder) -> str | None:
    """Why vectors in `manifest` cannot be compared with `embedder`'s, or None if they can."""
    if manifest.get("model") != embedder.name:
        return f"it was built with model {manifest.get('model')!r}, not {embedder.name!r}"
    if manifest.get("dim") != embedder.dim:
        return f"its vectors have {manifest.get('dim')} dimensions, the model makes {embedder.dim}"
    stored = manifest.get("fingerprint") or [0.0] * embedder.dim
    cosine = float(np.dot(stored, embedder.fingerprint))
    if cosine < FINGERPRINT_MIN_COSINE:
        return f"model {embedder.name!r} has changed since the index was built (fingerprint cosine {cosine:.4f})"
    return None


def _previous_index(engine: Engine, adding: bool) -> Store | None:
    """The index being updated. A damaged one is started afresh by a full build (the files are the
    truth), but refused when adding to it: its documents would silently drop out of the new one."""
    if not engine.exists():
        return None
    try:
        return engine.load()
    except IndexUnavailable as exc:
        if adding:
            raise IndexUnavailable(f"cannot add to it: {exc}") from None
        return None


def build_index(
    paths: list[str | Path | Document],
    index_dir: str | Path | None = None,
    settings: Settings | None = None,
    *,
    prune: bool = True,
    embedder: Embedder | None = None,
    progress: bool = False,
) -> BuildReport:
    """Index `paths` (files or folders, or ready-made `Document`s) into `index_dir`, or into Milvus when
    the settings name a Milvus URI.

    With `prune` (the default) the index afterwards holds exactly these documents; without it the
    documents are added to (or replace their namesakes in) what is already indexed. A file that is
    there but cannot be read now keeps its indexed version (`kept_documents`); when no file can be
    read at all, `NothingToIndex` is raised and the index is left exactly as it was.
    """
    settings = (settings or Settings.from_env()).replace(index_dir=Path(index_dir) if index_dir else None)
    if not paths:
        raise ValueError("give at least one file or folder to index")
    documents, skipped = load_documents(list(paths))
    engine = open_engine(settings)
    if not documents:
        raise NothingToIndex(list(paths), skipped, engine.describe())
    embedder = embedder or get_embedder(settings)
    report = BuildReport(engine.describe(), skipped=skipped)

    with engine.write_lock():
        old = _previous_index(engine, adding=not prune)
        old_docs = old.documents if old else {}
        # Old vectors are reused only from an index made the same way; otherwise its documents are
        # re-chunked and re-embedded from their stored text.
        compatible = old is not None and not model_mismatch(old.manifest, embedder) and (
            old.manifest.get("chunker") == chunker_settings(settings))
        by_doc: dict[str, list[int]] = {}
        for i, chunk in enumerate(old.chunks if compatible else []):
            by_doc.setdefault(chunk.doc_id, []).append(i)

        wanted: dict[str, Document] = {} if prune else dict(old_docs)
        wanted.update({d.doc_id: d for d in documents})
        unreadable = {str(Path(s.path).resolve()) for s in skipped}
        for doc_id, doc in old_docs.items():  # a reader failing is no reason to forget a document
            if doc_id not in wanted and doc.path and doc.path in unreadable:
                wanted[doc_id] = doc
                report.kept_documents.append(doc_id)
        chunks, reused_rows, fresh_rows = [], [], []
        for doc_id, doc in wanted.items():
            previous = old_docs.get(doc_id)
            # The same text read the same way: a reader that now titles or sections it otherwise
            # re-chunks it, since every chunk carries its title and section.
            if compatible and previous is not None and previous.content_hash == doc.content_hash and (
                    previous.title, previous.sections) == (doc.title, doc.sections):
                for i in by_doc.get(doc_id, []):
                    reused_rows.append((len(chunks), i))
                    chunks.append(old.chunks[i])
                report.reused_documents.append(doc_id)
            else:
                for chunk in chunk_document(doc, settings.chunk_size, settings.chunk_overlap):
                    fresh_rows.append(len(chunks))
                    chunks.append(chunk)
                report.embedded_documents.append(doc_id)
        report.removed_documents = sorted(set(old_docs) - set(wanted))

        matrix = np.zeros((len(chunks), embedder.dim), dtype=np.float32)
        if reused_rows:
            new_pos, old_pos = map(list, zip(*reused_rows, strict=True))
            matrix[new_pos] = old.vectors_at(old_pos)
        if fresh_rows:
            matrix[fresh_rows] = embedder.embed_corpus(
                [indexed_text(chunks[i], settings.context_headers == "all") for i in fresh_rows], progress=progress)

        manifest = {
            "model": embedder.name,
            "fingerprint": embedder.fingerprint,
            "dim": embedder.dim,
            "chunker": chunker_settings(settings),
            "index_type": settings.index_type,
            "lexical": {"tokenizer": settings.tokenizer},
            "documents": [{"doc_id": d.doc_id, "sha256": d.content_hash, "title": d.title,
                           "encoding": d.encoding, "chunks": sum(c.doc_id == d.doc_id for c in chunks)}
                          for d in wanted.values()],
            "chunks": len(chunks),
        }
        kept = old.sentences_of([o for _, o in reused_rows]) if reused_rows else []
        sentences = SentenceTable.assemble(
            chunks, dict(zip((new for new, _ in reused_rows), kept, strict=True)),
            lambda texts: embedder.embed_corpus(texts, progress=progress), embedder.dim)
        manifest["sentences"] = len(sentences)
        engine.save(IndexData(manifest, wanted, chunks, matrix,
                              build_lexical(chunks, settings.tokenizer, settings.context_headers), sentences))
    report.documents, report.chunks = len(wanted), len(chunks)
    return report

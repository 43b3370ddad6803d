"""Re-indexing embeds only what changed and drops what was removed."""

from __future__ import annotations

import numpy as np
import pytest

from qa.indexing import build_index
from qa.stores import faiss as store


class CountingEmbedder:
    """The real embedder, counting the passages it is asked to embed."""

    def __init__(self, embedder):
        self.inner = embedder
        self.embedded: list[str] = []

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def embed_corpus(self, texts, progress=False):
        self.embedded.extend(texts)
        return self.inner.embed_corpus(texts, progress)


def test_only_new_or_changed_documents_are_embedded(seed_copy, tmp_path, settings, embedder):
    index_dir = tmp_path / "idx"
    counting = CountingEmbedder(embedder)
    first = build_index([seed_copy], index_dir, settings, embedder=counting)
    first_index = store.load(index_dir)
    first_vectors = first_index.vectors.copy()
    # Every chunk and every sentence of it, once each.
    assert first.embedded_documents == ["ukraine-peace-talks-witkoff.txt"]
    assert len(counting.embedded) == first.chunks + len(first_index.sentences)

    (seed_copy / "new.md").write_text("# 新しい文書\n\n大阪で会議が開かれた。\n", encoding="utf-8")
    counting.embedded.clear()
    second = build_index([seed_copy], index_dir, settings, embedder=counting)
    assert second.embedded_documents == ["new.md"] and second.reused_documents == ["ukraine-peace-talks-witkoff.txt"]
    assert len(counting.embedded) == 1 + 2  # the new chunk, then its heading line and its sentence

    # Reused vectors are the same vectors, for chunks and for their sentences.
    loaded = store.load(index_dir)
    rows = [i for i, c in enumerate(loaded.chunks) if c.doc_id == "ukraine-peace-talks-witkoff.txt"]
    assert np.array_equal(loaded.vectors[rows], first_vectors)
    reused = np.concatenate([vectors for _, vectors in loaded.sentences_of(rows)])
    assert np.array_equal(reused, first_index.sentences.vectors.astype(np.float32))

    (seed_copy / "new.md").unlink()
    counting.embedded.clear()
    third = build_index([seed_copy], index_dir, settings, embedder=counting)
    assert third.removed_documents == ["new.md"] and counting.embedded == []
    assert {c.doc_id for c in store.load(index_dir).chunks} == {"ukraine-peace-talks-witkoff.txt"}


def test_add_keeps_what_was_indexed(seed_copy, tmp_path, settings, embedder):
    index_dir = tmp_path / "idx"
    build_index([seed_copy], index_dir, settings, embedder=embedder)
    extra = tmp_path / "extra.txt"
    extra.write_text("別の記事\n札幌で雪まつりが開催された。\n", encoding="utf-8")
    report = build_index([extra], index_dir, settings, embedder=embedder, prune=False)
    assert report.documents == 2 and report.removed_documents == []


def test_changing_chunk_settings_rebuilds_everything(seed_copy, tmp_path, settings, embedder):
    index_dir = tmp_path / "idx"
    build_index([seed_copy], index_dir, settings, embedder=embedder)
    report = build_index([seed_copy], index_dir, settings.replace(chunk_size=120), embedder=embedder)
    assert report.embedded_documents == ["ukraine-peace-talks-witkoff.txt"]
    assert store.load(index_dir).manifest["chunker"]["chunk_size"] == 120


@pytest.mark.parametrize("folder", ["empty", "pdf-only", "unreadable"])
def test_a_build_that_reads_nothing_says_why_and_changes_nothing(tmp_path, seed_copy, settings, embedder, folder,
                                                                 capsys):
    from qa.cli import main
    from qa.indexing import NothingToIndex

    index_dir = tmp_path / "idx"
    build_index([seed_copy], index_dir, settings, embedder=embedder)
    before = store.generation(index_dir)
    docs = tmp_path / folder
    docs.mkdir()
    if folder == "pdf-only":
        (docs / "paper.pdf").write_bytes(b"%PDF-1.4\n")
    if folder == "unreadable":
        (docs / "bin.txt").write_bytes(b"\x00\x01\x02")
        (docs / "empty.md").write_text("  \n", encoding="utf-8")
    with pytest.raises(NothingToIndex, match="nothing to index: .* is unchanged") as info:
        build_index([docs], index_dir, settings, embedder=embedder)
    if folder == "unreadable":
        assert "bin.txt: binary file" in str(info.value) and "empty.md: empty file" in str(info.value)
    assert store.generation(index_dir) == before and len(store.load(index_dir).documents) == 1

    assert main(["index", str(docs), "--index-dir", str(index_dir)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nothing to index" in err
    assert store.generation(index_dir) == before


def test_a_file_that_fails_to_read_keeps_its_indexed_version_and_only_gone_files_are_pruned(
        tmp_path, seed_copy, settings, embedder):
    index_dir = tmp_path / "idx"
    (seed_copy / "sapporo.txt").write_text("札幌の話\n札幌で雪まつりが開かれた。\n", encoding="utf-8")
    (seed_copy / "osaka.txt").write_text("大阪の話\n大阪で会議が開かれた。\n", encoding="utf-8")
    build_index([seed_copy], index_dir, settings, embedder=embedder)

    (seed_copy / "sapporo.txt").write_bytes(b"\x00 the disk returned garbage")  # there, but unreadable now
    (seed_copy / "osaka.txt").unlink()  # gone
    report = build_index([seed_copy], index_dir, settings, embedder=embedder)
    assert report.kept_documents == ["sapporo.txt"] and report.removed_documents == ["osaka.txt"]
    assert [s.reason for s in report.skipped] == ["binary file (contains NUL bytes)"]
    loaded = store.load(index_dir)
    assert "雪まつり" in loaded.documents["sapporo.txt"].text and "osaka.txt" not in loaded.documents


def test_adding_to_a_damaged_index_is_refused_and_adding_with_new_settings_keeps_every_document(
        tmp_path, seed_copy, settings, embedder):
    index_dir = tmp_path / "idx"
    build_index([seed_copy], index_dir, settings, embedder=embedder)
    extra = tmp_path / "extra.txt"
    extra.write_text("札幌の話\n札幌で雪まつりが開かれた。\n", encoding="utf-8")

    report = build_index([extra], index_dir, settings.replace(chunk_size=120), embedder=embedder, prune=False)
    assert sorted(report.embedded_documents) == ["extra.txt", "ukraine-peace-talks-witkoff.txt"]
    assert len(store.load(index_dir).documents) == 2

    gen = index_dir / store.generation(index_dir)
    (gen / "chunks.jsonl").write_bytes(b"")
    with pytest.raises(store.IndexUnavailable, match="cannot add to it: .* damaged: chunks.jsonl"):
        build_index([extra], index_dir, settings, embedder=embedder, prune=False)
    assert store.generation(index_dir) == gen.name


def test_a_document_read_with_another_title_is_chunked_again(tmp_path, settings, embedder):
    # The same text, titled otherwise (a reader that now titles a note by its file name): every
    # chunk carries the title, so none of the old ones is reused.
    from qa.documents import Document

    text = "定例会議は本社で開かれる。\n議事録は翌日に共有する。\n"
    index_dir = tmp_path / "idx"
    build_index([Document("memo.txt", text, "定例会議は本社で開かれる。")], index_dir, settings, embedder=embedder)
    again = build_index([Document("memo.txt", text, "memo.txt")], index_dir, settings, embedder=embedder)
    assert again.embedded_documents == ["memo.txt"] and again.reused_documents == []
    assert {c.title for c in store.load(index_dir).chunks} == {"memo.txt"}

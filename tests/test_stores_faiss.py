"""The index on disk: atomic swaps, damage detected and named, one writer at a time."""

from __future__ import annotations

import json

import numpy as np
import pytest

from qa.indexing import build_index
from qa.retrieve import Retriever
from qa.stores import faiss as store


def test_roundtrip_keeps_chunks_vectors_and_manifest(seed_index):
    loaded = store.load(seed_index)
    assert loaded.manifest["model"] == "multilingual-e5-small" and loaded.dim == 384
    assert loaded.manifest["format_version"] == store.FORMAT_VERSION
    assert len(loaded.chunks) == len(loaded.vectors) == loaded.faiss_index.ntotal > 5
    assert np.allclose(np.linalg.norm(loaded.vectors, axis=1), 1, atol=1e-4)
    doc = loaded.documents[loaded.chunks[3].doc_id]
    assert all(doc.text[c.start:c.end] == c.text for c in loaded.chunks)


def test_a_failed_build_leaves_the_previous_index_loadable(seed_copy, tmp_path, settings, embedder, monkeypatch):
    index_dir = tmp_path / "idx"
    build_index([seed_copy], index_dir, settings, embedder=embedder)
    before = store.load(index_dir)

    (seed_copy / "more.txt").write_text("追加\n新しい文書です。\n", encoding="utf-8")

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("faiss.write_index", crash)
    with pytest.raises(OSError, match="disk full"):
        build_index([seed_copy], index_dir, settings, embedder=embedder)
    monkeypatch.undo()
    after = store.load(index_dir)
    assert after.generation == before.generation and len(after.chunks) == len(before.chunks)
    assert not any(p.name.startswith(".staging") for p in index_dir.iterdir())


@pytest.mark.parametrize("victim", ["index.faiss", "vectors.npy", "chunks.jsonl", "manifest.json"])
def test_damaged_files_are_a_clear_error_naming_the_fix(seed_index, tmp_path, victim):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(seed_index, copy)
    gen = copy / (copy / "CURRENT").read_text().strip()
    data = (gen / victim).read_bytes()
    (gen / victim).write_bytes(data[: len(data) // 2])
    with pytest.raises(store.IndexUnavailable, match="qa index"):
        store.load(copy)


def test_an_index_from_another_model_is_refused(seed_index, tmp_path, settings, embedder):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(seed_index, copy)
    manifest_path = copy / (copy / "CURRENT").read_text().strip() / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["fingerprint"] = list(-np.array(manifest["fingerprint"]))
    manifest["sha256"] = store.manifest_checksum(manifest)  # consistent: another model, not damage
    manifest_path.write_text(json.dumps(manifest))
    retriever = Retriever(settings.replace(index_dir=copy), embedder=embedder)
    with pytest.raises(store.IndexUnavailable, match=r"has changed.*qa index .* --model multilingual-e5-small"):
        retriever.retrieve("ウィトコフ氏は誰と会談した？")

    manifest["model"] = "intfloat/multilingual-e5-large"
    manifest["sha256"] = store.manifest_checksum(manifest)
    manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(store.IndexUnavailable, match="built with model 'intfloat/multilingual-e5-large'"):
        Retriever(settings.replace(index_dir=copy), embedder=embedder).retrieve("質問")


def test_a_second_writer_fails_with_a_clear_message(tmp_path):
    with (
        store.write_lock(tmp_path),
        pytest.raises(store.IndexUnavailable, match="is being indexed by pid"),
        store.write_lock(tmp_path),
    ):
        pass
    with store.write_lock(tmp_path):  # released again
        pass


def test_no_index_is_a_clear_error(tmp_path):
    with pytest.raises(store.IndexUnavailable, match="no index in .*qa index"):
        store.load(tmp_path)


def test_loading_never_unpickles(seed_index, monkeypatch):
    import pickle

    def refuse(*args, **kwargs):
        raise AssertionError("an index must never be unpickled")

    monkeypatch.setattr(pickle, "load", refuse)
    monkeypatch.setattr(pickle, "loads", refuse)
    monkeypatch.setattr(pickle, "Unpickler", refuse)
    loaded = store.load(seed_index)
    assert len(loaded.chunks) > 0 and len(loaded.lexical) == len(loaded.chunks)


def test_auto_index_type_switches_to_hnsw_for_large_corpora(monkeypatch):
    import faiss

    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(300, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    assert isinstance(store.make_faiss_index(vectors, "auto"), faiss.IndexFlatIP)
    monkeypatch.setattr(store, "HNSW_FROM", 100)
    hnsw = store.make_faiss_index(vectors, "auto")
    assert isinstance(hnsw, faiss.IndexHNSWFlat)
    _, rows = hnsw.search(vectors[:10], 1)
    assert rows[:, 0].tolist() == list(range(10))  # each vector finds itself

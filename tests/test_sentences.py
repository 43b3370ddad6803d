"""Sentences of every chunk, embedded at index time and reused like the chunks."""

from __future__ import annotations

import numpy as np
import pytest

from qa.chunking import Chunk
from qa.sentences import SentenceTable

TEXT = "東京で会議が開かれた。参加者は十人だった。\n次の日は雨だった。"


def chunks() -> list[Chunk]:
    return [Chunk("d", "t", "", 0, 21, TEXT[0:21]), Chunk("d", "t", "", 22, 31, TEXT[22:31])]


def fake_embed(texts: list[str]) -> np.ndarray:
    return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)


def test_each_chunk_knows_its_sentences_by_document_offsets():
    table = SentenceTable.assemble(chunks(), {}, fake_embed, 2)
    sentences = [TEXT[a:b] for a, b in table.spans]
    assert sentences == ["東京で会議が開かれた。", "参加者は十人だった。", "次の日は雨だった。"]
    assert list(table.rows_of(0)) == [0, 1] and list(table.rows_of(1)) == [2]
    assert table.vectors.dtype == np.float16 and table.vectors[:, 0].tolist() == [11, 10, 9]
    assert table.inconsistency(chunks(), 2) == ""


def test_reused_chunks_keep_their_sentence_vectors_and_only_new_ones_are_embedded():
    old = SentenceTable.assemble(chunks(), {}, fake_embed, 2)
    old.vectors[:] = 7  # anything recognisable
    asked: list[str] = []

    def embed(texts):
        asked.extend(texts)
        return fake_embed(texts)

    new_chunk = Chunk("e", "t", "", 0, 5, "新しい文。")
    table = SentenceTable.assemble([chunks()[1], new_chunk], {0: old.of_chunks([1])[0]}, embed, 2)
    assert asked == ["新しい文。"]
    assert table.vectors[0].tolist() == [7, 7] and table.vectors[1].tolist() == [5, 1]


def test_saved_tables_load_and_damage_is_named(tmp_path):
    table = SentenceTable.assemble(chunks(), {}, fake_embed, 2)
    table.save(tmp_path / "s")
    loaded = SentenceTable.load(tmp_path / "s", chunks(), 2)
    assert np.array_equal(loaded.spans, table.spans)
    np.save(tmp_path / "s" / "spans.npy", np.array([[0, 40], [0, 1], [22, 31]]), allow_pickle=False)
    with pytest.raises(ValueError, match="outside its chunk"):
        SentenceTable.load(tmp_path / "s", chunks(), 2)
    np.save(tmp_path / "s" / "ptr.npy", np.array([0, 3]), allow_pickle=False)
    with pytest.raises(ValueError, match="pointer array"):
        SentenceTable.load(tmp_path / "s", chunks(), 2)

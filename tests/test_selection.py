"""Choosing the answering sentence: candidates, their features, and the learned model's contract."""

from __future__ import annotations

import numpy as np
import pytest

from qa.retrieve import Retriever
from qa.selection import (
    FEATURES,
    LearnedModel,
    asks_for_heading,
    candidates,
    features,
    question_type,
)


@pytest.fixture(scope="module")
def retriever(seed_index, settings, embedder):
    return Retriever(settings.replace(index_dir=seed_index), embedder=embedder)


@pytest.mark.parametrize(("question", "kind"), [
    ("ウィトコフ氏は誰と会談した？", "who"), ("新たな動きが報道されたのはいつ？", "when"),
    ("何年に始まった？", "when"), ("参加者は何人でしたか？", "how_many"), ("会議はどこで開かれた？", "where"),
    ("なぜ反対したのか？", "why"), ("どのように進めた？", "how"), ("ロシアは何を求めている？", "what"),
    ("Who did Witkoff meet?", "who"), ("How many rounds were held?", "how_many"), ("Tell me more.", "other"),
])
def test_question_types(question, kind):
    assert question_type(question.lower()) == kind


def test_questions_about_titles_and_headings_are_recognised():
    assert asks_for_heading("この記事の表題は？") == "title"
    assert asks_for_heading("今後の日程を扱った節のタイトルは？") == "heading"
    assert asks_for_heading("Which section heading introduces the list?") == "heading"
    assert asks_for_heading("ロシアは何を求めている？") == ""


def test_candidates_are_the_body_sentences_of_the_top_passages(retriever):
    hits = retriever.search("ロシアは何を求めている？", k=5)
    cands = candidates(hits, 3)
    docs = retriever.store.documents
    headings = {(d.doc_id, s.start) for d in docs.values() for s in d.sections} | {(d, 0) for d in docs}
    assert len(cands) == len(cands.vectors) == len(cands.before) == len(cands.after) > 3
    for c in cands.items:
        passage = hits.passages[c.passage]
        assert c.passage < 3 and passage.start <= c.start < c.end <= passage.end
        assert (c.doc_id, c.start) not in headings  # a heading is never a candidate of its own
        assert c.before is None or c.before[1] <= c.start
    assert len({(c.doc_id, c.start) for c in cands.items}) == len(cands)
    assert np.allclose(np.linalg.norm(cands.vectors, axis=1), 1, atol=1e-2)


def test_features_see_which_sentence_shares_the_question_s_words(retriever):
    hits = retriever.search("欧米による経済制裁解除のタイミングと条件とは？", k=5)
    cands = candidates(hits, 5)
    x = features(hits, cands)
    assert x.shape == (len(cands), len(FEATURES)) and np.isfinite(x).all()
    best = int(np.argmax(x[:, FEATURES.index("cov_bigram")]))
    assert "経済制裁解除のタイミング" in hits.store.documents[cands.items[best].doc_id].text[
        cands.items[best].start:cands.items[best].end]
    assert x[best, FEATURES.index("cov_bigram_order")] == 0 and x[best, FEATURES.index("cov_bigram_gap")] == 0


def test_a_model_trained_on_other_features_is_refused_with_the_fix(tmp_path):
    from qa.settings import ANSWER_MODEL

    (tmp_path / "m.txt").write_bytes(ANSWER_MODEL.read_bytes())
    (tmp_path / "m.json").write_text('{"features": ["something", "else"]}', encoding="utf-8")
    with pytest.raises(RuntimeError, match="other features; rebuild it with: make train"):
        LearnedModel(tmp_path / "m.txt", FEATURES)
    (tmp_path / "m.txt").write_text("not a model", encoding="utf-8")
    with pytest.raises(RuntimeError, match="cannot be read"):
        LearnedModel(tmp_path / "m.txt", FEATURES)

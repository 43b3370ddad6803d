"""`make train` on a tiny slice: the pipeline runs end to end, the models load, and a second run
writes the same bytes (the full run is `make train`, not part of the tests)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from qa import short_answers
from qa.selection import CROSS_FEATURES, FEATURES, LearnedModel
from qa.training import train, train_cross, train_short, training_data


@pytest.fixture
def own_cache(tmp_path, settings):
    """Settings whose cache (the training index) is this test's own, while the converted model, about
    1 GB, is the session's: a fresh conversion per test filled a CI machine's disk."""
    models = settings.cache_dir / "models"
    models.mkdir(parents=True, exist_ok=True)
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "models").symlink_to(models, target_is_directory=True)
    return settings.replace(cache_dir=tmp_path / "cache")


@pytest.mark.slow
def test_answer_selection_trains_on_a_slice_and_rebuilds_bit_for_bit(tmp_path, own_cache):
    first = train(tmp_path / "a" / "m.txt", paragraphs=6, rounds=30, settings=own_cache)
    second = train(tmp_path / "b" / "m.txt", paragraphs=6, rounds=30, settings=own_cache)
    assert (tmp_path / "a" / "m.txt").read_bytes() == (tmp_path / "b" / "m.txt").read_bytes()
    assert first["positives"] > 0 and first["candidates"] > first["positives"]
    assert first["questions"] == second["questions"] >= 10
    record = json.loads((tmp_path / "a" / "m.json").read_text(encoding="utf-8"))
    assert record["features"] == list(FEATURES) and "JaQuAD" in record["data"] and "CC BY-SA 3.0" in record["data"]
    model = LearnedModel(tmp_path / "a" / "m.txt", FEATURES)
    p = model.probabilities(np.zeros((3, len(FEATURES)), np.float32))
    assert p.shape == (3,) and ((p >= 0) & (p <= 1)).all()


def test_short_answers_train_on_a_slice_and_rebuild_bit_for_bit(tmp_path):
    train_short(tmp_path / "a.txt", questions=150, rounds=20)
    train_short(tmp_path / "b.txt", questions=150, rounds=20)
    assert (tmp_path / "a.txt").read_bytes() == (tmp_path / "b.txt").read_bytes()
    assert LearnedModel(tmp_path / "a.txt", short_answers.SPAN_FEATURES).info["positives"] > 50


@pytest.mark.slow
def test_the_cross_lingual_model_trains_on_translated_questions_bit_for_bit(tmp_path, own_cache):
    _, questions = training_data(6, 0)
    translations = tmp_path / "en.jsonl"
    translations.write_text("".join(json.dumps({"id": q.id, "ja": q.question, "en": f"What is said of Tokyo in {i}?"})
                                    + "\n" for i, q in enumerate(questions)), encoding="utf-8")
    first = train_cross(tmp_path / "a" / "m.txt", translations, paragraphs=6, rounds=30, settings=own_cache)
    train_cross(tmp_path / "b" / "m.txt", translations, paragraphs=6, rounds=30, settings=own_cache)
    assert (tmp_path / "a" / "m.txt").read_bytes() == (tmp_path / "b" / "m.txt").read_bytes()
    assert first["questions"] == len(questions) and first["positives"] > 0
    record = json.loads((tmp_path / "a" / "m.json").read_text(encoding="utf-8"))
    assert record["features"] == list(CROSS_FEATURES) and record["translations"] == "en.jsonl"
    assert LearnedModel(tmp_path / "a" / "m.txt", CROSS_FEATURES).probabilities(
        np.zeros((2, len(CROSS_FEATURES)), np.float32)).shape == (2,)

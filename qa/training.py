"""Training the answer-selection model on JaQuAD: `make train` (= `qa train`) rebuilds
qa/models/answer-selector.txt bit for bit.

Examples are made the way answers are: a sample of JaQuAD train paragraphs is indexed with kotae's
own pipeline, every question is searched, and every sentence of the passages it gets back is a
candidate, labelled 1 when it overlaps the answer span in the question's own paragraph. So the model
learns on the passages retrieval really returns, wrong ones included. A share of questions is also
asked with their own article's passages removed from the results — the documents then do not answer,
every candidate is 0 — so the probability it learns is also the one that decides "not found".

Determinism: a fixed sample (seeded), corpus vectors in float32 (bfloat16 depends on the CPU), and
LightGBM single-threaded with `deterministic`; the JSON beside the model records data, seed and counts.
"""

from __future__ import annotations

import dataclasses
import json
import random
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa import evaluation, short_answers
from qa.evaluation import article_of, without_answer, without_article
from qa.retrieve import Retriever
from qa.selection import CATEGORICAL, CROSS_FEATURES, FEATURES, candidates, cross_lingual_features, features
from qa.settings import (
    ANSWER_MODEL,
    CROSS_ANSWER_MODEL,
    JAQUAD_TRAIN,
    JAQUAD_TRAIN_ENGLISH,
    SHORT_ANSWER_MODEL,
    TRAINING_PARAGRAPHS,
    Settings,
)

PARAMS = {
    "objective": "binary",
    "learning_rate": 0.05,
    "num_leaves": 31,
    "min_data_in_leaf": 40,
    "lambda_l2": 1.0,
    "feature_fraction": 1.0,
    "bagging_fraction": 1.0,
    "num_threads": 1,
    "deterministic": True,
    "force_row_wise": True,
    "seed": 0,
    "verbosity": -1,
}
ROUNDS = 400
# 1,200 questions: smaller trees than the 2,834-question model's. With 15 leaves a retrain after a
# small change to the glossary moved JSQuAD-in-English by 2 points; 4 leaves × 400 rounds does as well
# or better on the translated validation questions and moves less (BENCHMARKS.md, session 9).
CROSS_ROUNDS = 400
CROSS_LEAVES = 4


@dataclass
class Examples:
    x: np.ndarray
    y: np.ndarray
    groups: list[int]  # candidates per question, in order


def labels(question: evaluation.Question, cands) -> np.ndarray:
    return np.array([float(c.doc_id == question.doc_id and any(c.start < b and a < c.end for a, b in question.spans))
                     for c in cands.items], dtype=np.float32)


def make_examples(questions: list[evaluation.Question], retriever: Retriever, depth: int,
                  unanswerable_every: int, progress: bool = False, featurize=features) -> Examples:
    from tqdm import tqdm

    xs, ys, groups = [], [], []
    for i, q in enumerate(tqdm(questions, desc="features", disable=not progress, leave=False)):
        hits = retriever.search(q.question, k=depth * 4)
        variants = [dataclasses.replace(hits, passages=hits.passages[:depth])]
        if i % unanswerable_every == 0:
            variants.append(without_article(hits, article_of(q.doc_id), depth))
        elif i % unanswerable_every == 1:
            variants.append(without_answer(hits, q, depth))
        for variant in variants:
            cands = candidates(variant, depth)
            if cands:
                xs.append(featurize(variant, cands))
                ys.append(labels(q, cands))
                groups.append(len(cands))
    return Examples(np.concatenate(xs), np.concatenate(ys), groups)


def training_data(paragraphs: int, seed: int) -> tuple[list, list[evaluation.Question]]:
    """A seeded sample of JaQuAD train paragraphs, whole articles at a time, and their questions."""
    documents, questions = evaluation.jaquad(JAQUAD_TRAIN)
    articles = sorted({article_of(d.doc_id) for d in documents})
    random.Random(seed).shuffle(articles)
    chosen: set[str] = set()
    count = 0
    for article in articles:
        if count >= paragraphs:
            break
        chosen.add(article)
        count += sum(article_of(d.doc_id) == article for d in documents)
    return ([d for d in documents if article_of(d.doc_id) in chosen],
            [q for q in questions if article_of(q.doc_id) in chosen])


def _training_retriever(documents: list, paragraphs: int, seed: int, settings: Settings | None,
                        progress: bool) -> Retriever:
    """The sample indexed with kotae's own pipeline. The index is kept in the cache: a second run
    (another seed of LightGBM, new features, the other model) re-embeds nothing, and the vectors are
    the same ones."""
    from qa.indexing import build_index

    settings = (settings or Settings.from_env()).replace(index_precision="float32")
    index_dir = Path(settings.cache_dir) / f"training-index-{paragraphs}-{seed}"
    retriever = Retriever(settings.replace(index_dir=index_dir))
    build_index(documents, index_dir, retriever.settings, embedder=retriever.embedder, progress=progress)
    return retriever


def train(out: Path = ANSWER_MODEL, paragraphs: int = TRAINING_PARAGRAPHS, seed: int = 0, depth: int = 5,
          unanswerable_every: int = 3, rounds: int = ROUNDS, settings: Settings | None = None,
          progress: bool = False) -> dict:
    """Index the sample, make examples, fit, and write the model with its record. Returns the record."""
    started = time.perf_counter()
    documents, questions = training_data(paragraphs, seed)
    retriever = _training_retriever(documents, paragraphs, seed, settings, progress)
    examples = make_examples(questions, retriever, depth, unanswerable_every, progress)
    booster = _fit(examples, FEATURES, CATEGORICAL, rounds)
    return _save(booster, out, FEATURES, examples, started, {
        "seed": seed, "paragraphs": len(documents), "questions": len(questions), "depth": depth,
        "unanswerable_every": unanswerable_every, "groups": len(examples.groups)})


def translated_sample(paragraphs: int, seed: int, translations: Path = JAQUAD_TRAIN_ENGLISH) -> tuple[list, list]:
    """The training sample's documents and those of its questions `translations` puts into English."""
    documents, questions = training_data(paragraphs, seed)
    english = evaluation.in_english(questions, translations, strict=False)
    if not english:
        raise ValueError(f"{translations.name} translates none of this sample's questions (it covers "
                         "questions of the seed-0 sample's first 1,011 paragraphs: --seed 0, --paragraphs 1000 "
                         "or more)")
    return documents, english


def train_cross(out: Path = CROSS_ANSWER_MODEL, translations: Path = JAQUAD_TRAIN_ENGLISH,
                paragraphs: int = TRAINING_PARAGRAPHS, seed: int = 0, depth: int = 5, unanswerable_every: int = 3,
                rounds: int = CROSS_ROUNDS, settings: Settings | None = None, progress: bool = False) -> dict:
    """The model for questions in another script: the sample's questions that `translations` puts into
    English (1,200 questions of its first 1,011 paragraphs), asked over the same index, with
    `CROSS_FEATURES`."""
    started = time.perf_counter()
    documents, english = translated_sample(paragraphs, seed, translations)
    retriever = _training_retriever(documents, paragraphs, seed, settings, progress)
    examples = make_examples(english, retriever, depth, unanswerable_every, progress, cross_lingual_features)
    booster = _fit(examples, CROSS_FEATURES, CATEGORICAL, rounds, PARAMS | {"num_leaves": CROSS_LEAVES})
    return _save(booster, out, CROSS_FEATURES, examples, started, {
        "seed": seed, "paragraphs": len(documents), "questions": len(english), "translations": translations.name,
        "depth": depth, "unanswerable_every": unanswerable_every, "groups": len(examples.groups)})


def short_answer_examples(questions: list[evaluation.Question], documents: dict, progress: bool = False) -> Examples:
    """Every noun phrase of the sentence holding each answer; 1 for the phrase that is the answer."""
    from tqdm import tqdm

    from qa.chunking import sentence_spans

    xs, ys, groups = [], [], []
    for q in tqdm(questions, desc="short answers", disable=not progress, leave=False):
        text = documents[q.doc_id].text
        a, b = q.spans[0]
        sentence = next(((s, e) for s, e in sentence_spans(text) if s <= a and b <= e), None)
        if sentence is None:
            continue
        cands = short_answers.spans(text[sentence[0]:sentence[1]])
        if cands:
            xs.append(short_answers.span_features(q.question, text[sentence[0]:sentence[1]], cands))
            ys.append(np.array([float((c.start + sentence[0], c.end + sentence[0]) == (a, b)) for c in cands],
                               dtype=np.float32))
            groups.append(len(cands))
    return Examples(np.concatenate(xs), np.concatenate(ys), groups)


def train_short(out: Path = SHORT_ANSWER_MODEL, questions: int = 12000, seed: int = 0, rounds: int = ROUNDS,
                progress: bool = False) -> dict:
    """Fit the short-answer model on a seeded sample of JaQuAD train questions (no retrieval needed:
    the sentence that holds each answer is known)."""
    started = time.perf_counter()
    documents, sample = evaluation.jaquad(JAQUAD_TRAIN, limit=questions, seed=seed)
    examples = short_answer_examples(sample, {d.doc_id: d for d in documents}, progress)
    booster = _fit(examples, short_answers.SPAN_FEATURES, short_answers.CATEGORICAL, rounds)
    return _save(booster, out, short_answers.SPAN_FEATURES, examples, started, {
        "seed": seed, "questions": len(sample), "sentences": len(examples.groups)})


def _fit(examples: Examples, feature_names: tuple[str, ...], categorical: tuple[str, ...], rounds: int,
         params: dict = PARAMS):
    """A LightGBM booster on `examples` (single-threaded and deterministic: `PARAMS`)."""
    import lightgbm

    data = lightgbm.Dataset(examples.x, examples.y, feature_name=list(feature_names),
                            categorical_feature=list(categorical), free_raw_data=False)
    return lightgbm.train(params, data, num_boost_round=rounds)


def _save(booster, out: Path, feature_names: tuple[str, ...], examples: Examples, started: float,
          extra: dict) -> dict:
    """The model in LightGBM's text format and its record (data, credit, parameters, importances)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    booster.save_model(str(out))
    gain = booster.feature_importance(importance_type="gain")
    record = {
        "features": list(feature_names),
        "data": evaluation.JAQUAD_CREDIT,
        "source": "eval/data/jaquad/jaquad-train.json.gz",
        **extra,
        "candidates": int(len(examples.y)), "positives": int(examples.y.sum()),
        "params": {k: v for k, v in booster.params.items() if k != "num_iterations"},
        "rounds": booster.current_iteration(),
        "importance_gain": {name: round(float(g), 1) for name, g in
                            sorted(zip(feature_names, gain, strict=True), key=lambda t: -t[1])},
    }
    out.with_suffix(".json").write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return record | {"seconds": round(time.perf_counter() - started, 1)}

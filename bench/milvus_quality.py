"""Same answers from Milvus: JSQuAD validation and the seed set, FAISS store vs Milvus Lite store, one run.

Method: JSQuAD's paragraphs are indexed once into the FAISS store with `build_index` (the embedding is
the slow part, so it is done once); the very same index data (documents, chunks, vectors, BM25,
sentence table) is then written into a Milvus Lite data folder through the Milvus engine, and every
question is asked of both through `Retriever` in the default mode (hybrid), then in dense and BM25
mode. The seed set is indexed into both engines with `build_index` and scored the same way (`qa
eval`'s numbers). Whole answers (`Answerer.answer`: quotes, scores, found) are then compared question
by question on the seed set and on the first `--answers` JSQuAD questions, with the time per answer
and of the two store calls the answer stage adds (`sentences_of` its passages, `term_idf` its terms).

    python -m bench.milvus_quality [--limit N] [--answers N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np

from bench._perf import percentiles, write_result
from qa import evaluation
from qa.answer import Answer, Answerer
from qa.indexing import build_index
from qa.lexical import tokenize
from qa.retrieve import Retriever
from qa.settings import MODES, Settings
from qa.stores import IndexData, open_engine

ROOT = Path(__file__).resolve().parent.parent


def copy_into(retriever: Retriever, settings: Settings) -> Retriever:
    """A retriever on Milvus holding exactly `retriever`'s index."""
    store = retriever.store
    engine = open_engine(settings)
    with engine.write_lock():
        engine.save(IndexData({k: v for k, v in store.manifest.items() if k != "format_version"},
                              store.documents, store.chunks, store.vectors, store.lexical, store.sentences))
    return Retriever(settings, embedder=retriever.embedder)


def same(a: Answer, b: Answer) -> bool:
    return a.found == b.found and [(q.doc_id, q.start, q.end) for q in a.quotes] == [
        (q.doc_id, q.start, q.end) for q in b.quotes] and np.allclose(
        [q.score for q in a.quotes], [q.score for q in b.quotes], atol=1e-4)


def reuse_read(faiss: Retriever, milvus: Retriever) -> dict:
    """What a re-index of unchanged files reads back: every chunk's vector and sentences, in seconds."""
    rows = list(range(int(faiss.store.manifest["chunks"])))
    out = {}
    for name, retriever in (("faiss", faiss), ("milvus", milvus)):
        started = time.perf_counter()
        retriever.store.vectors_at(rows)
        retriever.store.sentences_of(rows)
        out[name] = time.perf_counter() - started
    print(f"reading back {len(rows)} chunks' vectors and sentences: FAISS {out['faiss']:.2f} s, "
          f"Milvus {out['milvus']:.2f} s", flush=True)
    return out


def compare_answers(questions: list[evaluation.Question], faiss: Retriever, milvus: Retriever) -> dict:
    """Each question answered over both stores, one after the other: identical answers and time per answer.
    The question is asked once untimed first, so that both stores find its vector in the embedder's cache
    and the times are the stores' and the answer stage's, not the model's."""
    answerers = {"faiss": Answerer(faiss), "milvus": Answerer(milvus)}
    times: dict[str, list[float]] = {name: [] for name in answerers}
    sentence_times: dict[str, list[float]] = {name: [] for name in answerers}
    idf_times: dict[str, list[float]] = {name: [] for name in answerers}
    found = dict.fromkeys(answerers, 0)
    identical = 0
    for q in questions:
        answerers["faiss"].answer(q.question)
        answers = {}
        for name, answerer in answerers.items():
            started = time.perf_counter()
            answers[name] = answerer.answer(q.question)
            times[name].append(time.perf_counter() - started)
            found[name] += answers[name].found
        identical += same(answers["faiss"], answers["milvus"])
        rows, terms = [p.row for p in answers["faiss"].passages], sorted(set(tokenize([q.question], "char1-2")[0]))
        for name, answerer in answerers.items():
            store = answerer.retriever.store
            started = time.perf_counter()
            store.sentences_of(rows)
            sentence_times[name].append(time.perf_counter() - started)
            started = time.perf_counter()
            store.term_idf(terms)
            idf_times[name].append(time.perf_counter() - started)
    out = {"questions": len(questions), "identical": identical, "found": found,
           "ms_per_answer": {name: percentiles(t) for name, t in times.items()},
           "ms_sentences_of": {name: percentiles(t) for name, t in sentence_times.items()},
           "ms_term_idf": {name: percentiles(t) for name, t in idf_times.items()}}
    print(f"answers: {identical}/{len(questions)} identical; found {found}; p50 ms per answer, sentences_of of its "
          f"passages, term_idf of its terms: " + "; ".join(
              f"{name} {out['ms_per_answer'][name]['p50']}, {out['ms_sentences_of'][name]['p50']}, "
              f"{out['ms_term_idf'][name]['p50']}" for name in answerers), flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, help="a sample of this many JSQuAD questions")
    parser.add_argument("--answers", type=int, default=500, help="JSQuAD questions answered whole on both stores")
    args = parser.parse_args()
    settings = Settings.from_env({})
    out: dict = {"jsquad": {}, "seed": {}}
    with tempfile.TemporaryDirectory(prefix="kotae-milvus-quality-") as tmp:
        documents, questions = evaluation.jsquad(ROOT / "eval/data/jsquad/valid-v1.3.json", args.limit)
        faiss = Retriever(settings.replace(index_dir=Path(tmp) / "faiss"))
        build_index(documents, settings=faiss.settings, embedder=faiss.embedder, progress=True)
        milvus = copy_into(faiss, settings.replace(milvus_uri=str(Path(tmp) / "jsquad.db"), index_name="jsquad"))
        out["jsquad"]["reuse_read_s"] = reuse_read(faiss, milvus)
        for name, retriever in (("faiss", faiss), ("milvus", milvus)):
            results = evaluation.evaluate_modes(questions, retriever, list(MODES), k=10, progress=True, check=False)
            out["jsquad"][name] = evaluation.to_json(results)
            print(f"## JSQuAD, {name}\n\n" + evaluation.metrics_table(results, ["Hit@1", "Hit@5", "MRR@10"], "R"))
        out["jsquad"]["answers"] = compare_answers(questions[:args.answers], faiss, milvus)

        seed = evaluation.load_question_set(ROOT / "eval/seed-questions.jsonl")
        retrievers = {}
        for name, s in (("faiss", settings.replace(index_dir=Path(tmp) / "seed")),
                        ("milvus", settings.replace(milvus_uri=str(Path(tmp) / "seed.db")))):
            retriever = retrievers[name] = Retriever(s, embedder=faiss.embedder)
            build_index([ROOT / "seeds"], settings=s, embedder=faiss.embedder)
            results = evaluation.evaluate_modes(seed, retriever, list(MODES), k=10)
            out["seed"][name] = evaluation.to_json(results)
            print(f"## seed set, {name}\n\n" + evaluation.metrics_table(results))
        out["seed"]["answers"] = compare_answers(seed, retrievers["faiss"], retrievers["milvus"])
    write_result("milvus_quality", __doc__, out, data="JSQuAD v1.3 validation; eval/seed-questions.jsonl",
                 quick=args.limit is not None)


if __name__ == "__main__":
    main()

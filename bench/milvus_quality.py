"""Same answers from Milvus: JSQuAD validation and the seed set, FAISS store vs Milvus Lite store, one run.

Method: JSQuAD's paragraphs are indexed once into the FAISS store with `build_index` (the embedding is
the slow part, so it is done once); the very same index data (documents, chunks, vectors, BM25) is then
written into a Milvus Lite data folder through the Milvus engine, and every question is asked of both
through `Retriever` in the default mode (hybrid), then in dense and BM25 mode. The seed set is
indexed into both engines with `build_index` and scored the same way (`qa eval`'s numbers).

    python -m bench.milvus_quality [--limit N]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench._perf import write_result
from qa import evaluation
from qa.indexing import build_index
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
                              store.documents, store.chunks, store.vectors, store.lexical))
    return Retriever(settings, embedder=retriever.embedder)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, help="a sample of this many JSQuAD questions")
    args = parser.parse_args()
    settings = Settings.from_env({})
    out: dict = {"jsquad": {}, "seed": {}}
    with tempfile.TemporaryDirectory(prefix="kotae-milvus-quality-") as tmp:
        documents, questions = evaluation.jsquad(ROOT / "eval/data/jsquad/valid-v1.3.json", args.limit)
        faiss = Retriever(settings.replace(index_dir=Path(tmp) / "faiss"))
        build_index(documents, settings=faiss.settings, embedder=faiss.embedder, progress=True)
        milvus = copy_into(faiss, settings.replace(milvus_uri=str(Path(tmp) / "jsquad.db"), index_name="jsquad"))
        for name, retriever in (("faiss", faiss), ("milvus", milvus)):
            results = evaluation.evaluate_modes(questions, retriever, list(MODES), k=10, progress=True, check=False)
            out["jsquad"][name] = evaluation.to_json(results)
            print(f"## JSQuAD, {name}\n\n" + evaluation.metrics_table(results, ["Hit@1", "Hit@5", "MRR@10"], "R"))

        seed = evaluation.load_question_set(ROOT / "eval/seed-questions.jsonl")
        for name, s in (("faiss", settings.replace(index_dir=Path(tmp) / "seed")),
                        ("milvus", settings.replace(milvus_uri=str(Path(tmp) / "seed.db")))):
            retriever = Retriever(s, embedder=faiss.embedder)
            build_index([ROOT / "seeds"], settings=s, embedder=faiss.embedder)
            results = evaluation.evaluate_modes(seed, retriever, list(MODES), k=10)
            out["seed"][name] = evaluation.to_json(results)
            print(f"## seed set, {name}\n\n" + evaluation.metrics_table(results))
    write_result("milvus_quality", __doc__, out, data="JSQuAD v1.3 validation; eval/seed-questions.jsonl",
                 quick=args.limit is not None)


if __name__ == "__main__":
    main()

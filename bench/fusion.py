"""Retrieval variants side by side: BM25 tokenisers, fusion methods and weights, the precision pass.

One index per data set (default chunking), built through `build_index`; query vectors are computed
once and reused, so each variant's latency is its retrieval cost on top of one query embedding
(reported separately). JSQuAD: JSQuAD v1.3 validation split from JGLUE (Kurihara et al., LREC 2022),
CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/.

    python bench/fusion.py --out bench/results/fusion.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np

from qa import evaluation
from qa.indexing import build_index, build_lexical
from qa.retrieve import Retriever
from qa.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
# (label, mode, tokenizer, setting changes)
VARIANTS = [
    ("dense", "dense", "char1-2", {}),
    ("bm25 char1-2", "bm25", "char1-2", {}),
    ("bm25 char2", "bm25", "char2", {}),
    ("bm25 sudachi-c", "bm25", "sudachi-c", {}),
    ("bm25 sudachi-a", "bm25", "sudachi-a", {}),
    ("bm25 fugashi", "bm25", "fugashi", {}),
    ("hybrid rrf k=60 char1-2", "hybrid", "char1-2", {"fusion": "rrf", "rrf_k": 60}),
    ("hybrid rrf k=20 char1-2", "hybrid", "char1-2", {"fusion": "rrf", "rrf_k": 20}),
    ("hybrid rrf k=60 sudachi-c", "hybrid", "sudachi-c", {"fusion": "rrf", "rrf_k": 60}),
    *[(f"hybrid score w={w} char1-2", "hybrid", "char1-2", {"fusion": "score", "fusion_weight": w})
      for w in (0.3, 0.4, 0.5, 0.6, 0.7)],
    ("hybrid score w=0.5 sudachi-c", "hybrid", "sudachi-c", {"fusion": "score", "fusion_weight": 0.5}),
    *[(f"hybrid score w=0.4 + precision d={d} w={pw}", "hybrid", "char1-2",
       {"fusion": "score", "fusion_weight": 0.4, "precision_pass": True, "precision_depth": d,
        "precision_weight": pw}) for d, pw in ((5, 0.3), (5, 0.5), (10, 0.5))],
    ("dense + precision d=5 w=0.5", "dense", "char1-2",
     {"precision_pass": True, "precision_depth": 5, "precision_weight": 0.5}),
]


def run(retriever: Retriever, questions: list[evaluation.Question], variants, base: Settings) -> list[dict]:
    rows, lexicals = [], {}
    chunks = retriever.store.chunks
    started = time.perf_counter()
    retriever.embedder.embed_queries([q.question for q in questions])  # warm the query cache
    embed_ms = (time.perf_counter() - started) * 1000 / len(questions)
    for label, mode, tokenizer, changes in variants:
        if tokenizer not in lexicals:
            lexicals[tokenizer] = build_lexical(chunks, tokenizer, base.context_headers)
        retriever.store.lexical = lexicals[tokenizer]
        retriever.settings = base.replace(index_dir=retriever.settings.index_dir, tokenizer=tokenizer, **changes)
        result = evaluation.evaluate_modes(questions, retriever, [mode], check=False)[0]
        result.mode = label
        rows.append({"variant": label, "metrics": result.metrics, "retrieval_ms": result.latency_ms,
                     "embed_query_ms_mean": embed_ms})
        m = result.metrics["all"]
        print(f"{label:32s} Hit@1 {m['Hit@1']:.3f} Hit@5 {m['Hit@5']:.3f} MRR {m['MRR@10']:.3f} "
              + " ".join(f"{g} Hit@1 {result.metrics[g]['Hit@1']:.3f}" for g in ("ja", "en") if g in result.metrics)
              + f"  p50 {result.latency_ms['p50']:.1f} ms", flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jsquad", default=str(ROOT.parent / "shared/bench/jsquad/valid-v1.3.json"))
    parser.add_argument("--out", default=str(ROOT / "bench/results/fusion.json"))
    parser.add_argument("--only", nargs="*", help="labels of the variants to run")
    args = parser.parse_args()
    variants = [v for v in VARIANTS if not args.only or v[0] in args.only]
    base = Settings.from_env()
    out = {"date": time.strftime("%Y-%m-%d"), "machine": platform.platform(), "cpus": os.cpu_count(),
           "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                    cwd=ROOT).stdout.strip(),
           "settings": {"chunk_size": base.chunk_size, "chunk_overlap": base.chunk_overlap,
                        "context_headers": base.context_headers, "candidates": base.candidates}}
    with tempfile.TemporaryDirectory() as tmp:
        retriever = Retriever(base.replace(index_dir=Path(tmp) / "seed"))
        build_index([ROOT / "seeds"], retriever.settings.index_dir, retriever.settings, embedder=retriever.embedder)
        print("## seed set")
        out["seed"] = run(retriever, evaluation.load_question_set(ROOT / "eval/seed-questions.jsonl"), variants, base)

        documents, questions = evaluation.jsquad(args.jsquad)
        retriever = Retriever(base.replace(index_dir=Path(tmp) / "jsquad"), embedder=retriever.embedder)
        build_index(documents, retriever.settings.index_dir, retriever.settings, embedder=retriever.embedder)
        print("## JSQuAD")
        out["jsquad"] = run(retriever, questions, variants, base)
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False, indent=1, default=float))


if __name__ == "__main__":
    np.set_printoptions(precision=3)
    main()

"""Chunk size and overlap sweep on the seed question set and on JSQuAD.

Each setting indexes the seed article and the JSQuAD validation paragraphs through `build_index`
(as users do) and asks every question. JSQuAD: JSQuAD v1.3 validation split from JGLUE
(Kurihara et al., LREC 2022), CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/.

    python bench/sweep_chunking.py --modes dense --out bench/results/chunking.json
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import tempfile
import time
from pathlib import Path

from qa import evaluation
from qa.indexing import build_index
from qa.retrieve import Retriever
from qa.settings import JSQUAD_VALIDATION, Settings

ROOT = Path(__file__).resolve().parent.parent
GRID = [(100, 0), (150, 0), (200, 0), (300, 0), (200, 40), (300, 60)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jsquad", default=str(JSQUAD_VALIDATION))
    parser.add_argument("--modes", nargs="+", default=["dense"])
    parser.add_argument("--grid", nargs="+", help="size:overlap pairs, e.g. 200:0 300:60")
    parser.add_argument("--out", default=str(ROOT / "bench/results/chunking.json"))
    args = parser.parse_args()
    grid = [tuple(map(int, g.split(":"))) for g in args.grid] if args.grid else GRID
    questions = evaluation.load_question_set(ROOT / "eval/seed-questions.jsonl")
    base = Settings.from_env()
    rows, table = [], []
    for size, overlap in grid:
        settings = base.replace(chunk_size=size, chunk_overlap=overlap)
        with tempfile.TemporaryDirectory() as tmp:
            retriever = Retriever(settings.replace(index_dir=Path(tmp)))
            build_index([ROOT / "seeds"], tmp, retriever.settings, embedder=retriever.embedder)
            seed = evaluation.evaluate_modes(questions, retriever, args.modes)
        js = evaluation.run_jsquad(args.jsquad, lambda d, s=settings: Retriever(s.replace(index_dir=d)), args.modes)
        for s_res, j_res in zip(seed, js.modes, strict=True):
            row = {"chunk_size": size, "chunk_overlap": overlap, "mode": s_res.mode,
                   "seed": s_res.metrics, "jsquad": j_res.metrics, "jsquad_passages": js.passages,
                   "jsquad_index_seconds": js.index_seconds}
            rows.append(row)
            sm, jm = s_res.metrics, j_res.metrics
            table.append([size, overlap, s_res.mode, sm["ja"]["Hit@1"], sm["en"]["Hit@1"], sm["all"]["Hit@5"],
                          sm["all"]["MRR@10"], jm["all"]["Hit@1"], jm["all"]["Hit@5"], jm["all"]["MRR@10"],
                          js.passages])
            print(evaluation.markdown_table(
                ["size", "overlap", "mode", "seed ja Hit@1", "seed en Hit@1", "seed Hit@5", "seed MRR@10",
                 "JSQuAD R@1", "JSQuAD R@5", "JSQuAD MRR@10", "passages"], table[-1:]), flush=True)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout
    Path(args.out).write_text(json.dumps({
        "date": time.strftime("%Y-%m-%d"), "commit": commit.strip(), "machine": platform.platform(),
        "cpus": __import__("os").cpu_count(), "rows": rows}, ensure_ascii=False, indent=1))
    print(evaluation.markdown_table(
        ["size", "overlap", "mode", "seed ja Hit@1", "seed en Hit@1", "seed Hit@5", "seed MRR@10",
         "JSQuAD R@1", "JSQuAD R@5", "JSQuAD MRR@10", "passages"], table))


if __name__ == "__main__":
    main()

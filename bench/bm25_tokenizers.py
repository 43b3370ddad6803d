"""Which tokeniser should BM25 use for Japanese? Passage retrieval on JSQuAD, one row per tokeniser.

Data: JSQuAD v1.3 validation split, part of JGLUE (Kurihara, Kawahara and Shibata, "JGLUE: Japanese
General Language Understanding Evaluation", LREC 2022; https://github.com/yahoojapan/JGLUE), licensed
CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). The data is read from disk, not shipped.

Protocol: the corpus is the 1,145 validation paragraphs with their "<title> [SEP] " prefix removed; all
4,442 questions are asked. A question is answered at rank r when the paragraph at rank r is the
question's own paragraph and contains one of its answer texts. Reported: R@1, R@5, R@10, MRR@10,
the time to tokenise the corpus (analysers warmed up first) and the mean latency of one query
(tokenise + score + rank). Every tokeniser runs with kotae's BM25 defaults (qa.lexical.K1, B); the best two
then get a small k1/b grid.

    .venv/bin/python bench/bm25_tokenizers.py [--jsquad PATH] [--out bench/results/bm25_tokenizers.json]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import bm25s

from qa.lexical import K1, METHOD, TOKENIZERS, B, LexicalIndex, tokenize
from qa.settings import JSQUAD_VALIDATION

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_JSQUAD = JSQUAD_VALIDATION
DEFAULT_OUT = ROOT / "bench" / "results" / "bm25_tokenizers.json"
DEPTH = 10
GRID = [(k1, b) for k1 in (0.6, 0.9, 1.2, 1.5) for b in (0.5, 0.75)]


@dataclass
class Question:
    text: str
    paragraph: int
    answers: list[str]


@dataclass
class Row:
    tokenizer: str
    k1: float
    b: float
    r1: float
    r5: float
    r10: float
    mrr10: float
    corpus_tokenize_s: float
    tokenize_per_1k_passages_s: float
    query_ms: float


def load_jsquad(path: Path) -> tuple[list[str], list[Question]]:
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    corpus: list[str] = []
    questions: list[Question] = []
    for article in data:
        for paragraph in article["paragraphs"]:
            context = paragraph["context"]
            prefix = f"{article['title']} [SEP] "
            corpus.append(context[len(prefix):] if context.startswith(prefix) else context.split(" [SEP] ", 1)[-1])
            for qa in paragraph["qas"]:
                answers = [a["text"] for a in qa["answers"]]
                questions.append(Question(qa["question"], len(corpus) - 1, answers))
    return corpus, questions


def evaluate(tokenizer: str, corpus_tokens: list[list[str]], corpus: list[str], questions: list[Question],
             k1: float, b: float, corpus_seconds: float) -> Row:
    index = LexicalIndex.build(corpus_tokens, tokenizer, k1=k1, b=b)
    ranks: list[int | None] = []
    start = time.perf_counter()
    for q in questions:
        _, rows = index.search(q.text, DEPTH)
        hits = [r for r, row in enumerate(rows.tolist(), 1)
                if row == q.paragraph and any(a in corpus[row] for a in q.answers)]
        ranks.append(hits[0] if hits else None)
    query_ms = 1000 * (time.perf_counter() - start) / len(questions)

    def recall(depth: int) -> float:
        return sum(r is not None and r <= depth for r in ranks) / len(ranks)

    mrr = sum(1 / r for r in ranks if r is not None) / len(ranks)
    per_1k = corpus_seconds * 1000 / len(corpus)
    return Row(tokenizer, k1, b, recall(1), recall(5), recall(10), mrr, corpus_seconds, per_1k, query_ms)


def markdown(rows: list[Row]) -> str:
    lines = [
        "| tokenizer | k1 | b | R@1 | R@5 | R@10 | MRR@10 | corpus tokenise (s) | per 1k passages (s) | query (ms) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.tokenizer} | {r.k1} | {r.b} | {r.r1:.4f} | {r.r5:.4f} | {r.r10:.4f} | {r.mrr10:.4f} "
            f"| {r.corpus_tokenize_s:.2f} | {r.tokenize_per_1k_passages_s:.2f} | {r.query_ms:.2f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jsquad", type=Path, default=DEFAULT_JSQUAD, help="JSQuAD valid-v1.3.json")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the JSON results")
    args = parser.parse_args(argv)

    corpus, questions = load_jsquad(args.jsquad)
    print(f"{len(corpus)} paragraphs, {len(questions)} questions", file=sys.stderr)

    rows: list[Row] = []
    corpus_tokens: dict[str, tuple[list[list[str]], float]] = {}
    for name in TOKENIZERS:
        tokenize(["ウォームアップ"], name)  # dictionary loading is a one-off per process, not tokenisation speed
        start = time.perf_counter()
        tokens = tokenize(corpus, name)
        corpus_tokens[name] = (tokens, time.perf_counter() - start)
        rows.append(evaluate(name, tokens, corpus, questions, K1, B, corpus_tokens[name][1]))
        print(markdown(rows[-1:]).splitlines()[-1], file=sys.stderr)

    ranked = sorted(rows, key=lambda r: (r.r1, r.r5), reverse=True)
    winner = ranked[0].tokenizer
    grid_rows = []
    for best in ranked[:2]:
        tokens, seconds = corpus_tokens[best.tokenizer]
        grid_rows += [evaluate(best.tokenizer, tokens, corpus, questions, k1, b, seconds)
                      for k1, b in GRID if (k1, b) != (K1, B)]
    table = markdown(rows + grid_rows)
    print(table)

    result = {
        "benchmark": "BM25 passage retrieval on JSQuAD v1.3 validation, by tokenizer",
        "dataset": {
            "name": "JSQuAD v1.3 (validation), from JGLUE",
            "citation": "Kurihara, Kawahara, Shibata. JGLUE: Japanese General Language Understanding Evaluation. "
                        "LREC 2022.",
            "url": "https://github.com/yahoojapan/JGLUE",
            "licence": "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)",
            "paragraphs": len(corpus),
            "questions": len(questions),
        },
        "protocol": "corpus = paragraphs without the '<title> [SEP] ' prefix; hit at rank r = the paragraph at r is "
                    "the question's own and contains one of its answer texts",
        "bm25": {"library": "bm25s", "version": bm25s.__version__, "method": METHOD, "default_k1": K1, "default_b": B},
        "machine": {
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
            "cpu_count": os.cpu_count(),
            "python": platform.python_version(),
        },
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "winner_by_r1_then_r5": winner,
        "rows": [asdict(r) for r in rows + grid_rows],
        "table_markdown": table,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\nwinner by R@1 (then R@5): {winner}; wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Retrieval variants side by side: BM25 tokenisers, fusion methods and weights, the precision pass.

One index per data set (default chunking), built through `build_index`; query vectors are computed
once and reused, so each variant's latency is its retrieval cost on top of one query embedding
(reported separately). JSQuAD: JSQuAD v1.3 validation split from JGLUE (Kurihara et al., LREC 2022),
CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/.

    python bench/fusion.py --out bench/results/fusion.json
    python bench/fusion.py --set defaults      # the current defaults' neighbours -> fusion-defaults.json

Every variant sets the precision pass on or off explicitly. Latency is measured with warm caches (query
vectors and every passage's sentence vectors computed beforehand), so it is the retrieval cost alone.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np

from qa import evaluation, lexical
from qa.indexing import build_index, indexed_text
from qa.retrieve import Hits, Passage, Retriever
from qa.settings import JSQUAD_VALIDATION, Settings

ROOT = Path(__file__).resolve().parent.parent
# (label, mode, tokenizer, setting changes). Every variant says when the precision pass runs ("off",
# "dense": only on rankings from dense search alone, "always"): a variant that left it out would silently
# get the Settings default. Besides Settings fields, changes may hold "bm25_k1" / "bm25_b", for which the
# bench builds its own BM25 index.
OFF = {"precision_pass": "off"}
VARIANTS = [
    ("dense", "dense", "char1-2", OFF),
    ("bm25 char1-2", "bm25", "char1-2", OFF),
    ("bm25 char2", "bm25", "char2", OFF),
    ("bm25 sudachi-c", "bm25", "sudachi-c", OFF),
    ("bm25 sudachi-a", "bm25", "sudachi-a", OFF),
    ("bm25 fugashi", "bm25", "fugashi", OFF),
    ("hybrid rrf k=60 char1-2", "hybrid", "char1-2", {"fusion": "rrf", "rrf_k": 60, **OFF}),
    ("hybrid rrf k=20 char1-2", "hybrid", "char1-2", {"fusion": "rrf", "rrf_k": 20, **OFF}),
    ("hybrid rrf k=60 sudachi-c", "hybrid", "sudachi-c", {"fusion": "rrf", "rrf_k": 60, **OFF}),
    *[(f"hybrid score w={w} char1-2", "hybrid", "char1-2", {"fusion": "score", "fusion_weight": w, **OFF})
      for w in (0.3, 0.4, 0.5, 0.6, 0.7)],
    ("hybrid score w=0.5 sudachi-c", "hybrid", "sudachi-c", {"fusion": "score", "fusion_weight": 0.5, **OFF}),
    *[(f"hybrid score w=0.4 + precision d={d} w={pw}", "hybrid", "char1-2",
       {"fusion": "score", "fusion_weight": 0.4, "precision_pass": "always", "precision_depth": d,
        "precision_weight": pw}) for d, pw in ((5, 0.3), (5, 0.5), (10, 0.5))],
    ("dense + precision d=5 w=0.5", "dense", "char1-2",
     {"precision_pass": "always", "precision_depth": 5, "precision_weight": 0.5}),
]


def _variant(mode: str, fusion_weight: float = 0.4, precision: tuple[int, float] | None = (5, 0.3),
             candidates: int = 50, bm25: tuple[float, float] | None = None,
             when: str = "always") -> tuple[str, str, str, dict]:
    """One variant of the `defaults` set, every retrieval knob spelled out (char1-2 tokens, score fusion).
    `precision`: (depth, weight) of the precision pass, None for none; `when`: "always" or "dense"."""
    changes: dict = {"fusion": "score", "fusion_weight": fusion_weight, "candidates": candidates,
                     "precision_pass": "off" if precision is None else when}
    label = mode + (f" w={fusion_weight}" if mode == "hybrid" else "")
    if precision is None:
        label += " pp off"
    else:
        changes.update(precision_depth=precision[0], precision_weight=precision[1])
        label += f" pp{' dense-only' if when == 'dense' else ''} d={precision[0]} w={precision[1]}"
    if candidates != 50:
        label += f" cand={candidates}"
    if bm25 is not None:
        changes.update(bm25_k1=bm25[0], bm25_b=bm25[1])
        label += f" k1={bm25[0]} b={bm25[1]}"
    return label, mode, "char1-2", changes


# The current defaults (hybrid, score fusion 0.4, 50 candidates, precision pass d=5 w=0.3) and their
# neighbours, for issue "hybrid retrieval".
PRECISIONS = (None, (5, 0.3), (5, 0.2), (10, 0.3), (3, 0.3))
DEFAULTS_VARIANTS = [
    _variant("dense", precision=None), _variant("bm25", precision=None),
    _variant("dense"), _variant("bm25"),
    *[_variant("hybrid", w, precision) for w in (0.3, 0.4, 0.5) for precision in PRECISIONS],
    _variant("hybrid", candidates=100),
    _variant("hybrid", bm25=(0.6, 0.75)),
    # the two small gains above, on top of the best weight (fusion-defaults-combined.json)
    _variant("hybrid", 0.3, candidates=100),
    _variant("hybrid", 0.3, bm25=(0.6, 0.75)),
    _variant("hybrid", 0.3, candidates=100, bm25=(0.6, 0.75)),
    # precision_pass "dense" (the default since commit 80dedc8): only cross-script questions re-ranked
    # (fusion-defaults-dense-policy.json)
    _variant("hybrid", 0.4, when="dense"),
    _variant("hybrid", 0.3, when="dense"),
    _variant("hybrid", 0.3, bm25=(0.6, 0.75), when="dense"),
]
SETS = {"fusion": VARIANTS, "defaults": DEFAULTS_VARIANTS}


def warm_sentences(retriever: Retriever) -> float:
    """Embed the sentences of every passage once, so no precision-pass variant pays for embedding
    sentences an earlier one already did: every variant's latency is then measured with warm caches."""
    index = retriever.store
    hits = Hits("", [], index, lambda: np.zeros(retriever.embedder.dim, np.float32), retriever.embedder.embed_queries)
    started = time.perf_counter()
    for c in index.chunks:
        retriever.sentence_scores(hits, Passage(c.text, 0.0, c.doc_id, c.title, c.section, c.start, c.end))
    return time.perf_counter() - started


def run(retriever: Retriever, questions: list[evaluation.Question], variants, base: Settings) -> list[dict]:
    rows, tokens, lexicals = [], {}, {}
    chunks = retriever.store.chunks
    started = time.perf_counter()
    retriever.embedder.embed_queries([q.question for q in questions])  # warm the query cache
    embed_ms = (time.perf_counter() - started) * 1000 / len(questions)
    warm_s = warm_sentences(retriever) if any(v[3]["precision_pass"] != "off" for v in variants) else 0.0
    for label, mode, tokenizer, changes in variants:
        if "precision_pass" not in changes:
            raise ValueError(f"variant {label!r} does not say whether the precision pass runs")
        changes = dict(changes)
        k1, b = changes.pop("bm25_k1", lexical.K1), changes.pop("bm25_b", lexical.B)
        if tokenizer not in tokens:
            texts = [indexed_text(c, base.context_headers != "none") for c in chunks]
            tokens[tokenizer] = lexical.tokenize(texts, tokenizer)
        if (tokenizer, k1, b) not in lexicals:  # the same as build_lexical, with k1 and b as given
            lexicals[tokenizer, k1, b] = lexical.LexicalIndex.build(tokens[tokenizer], tokenizer, k1=k1, b=b)
        retriever.store.lexical = lexicals[tokenizer, k1, b]
        retriever.settings = base.replace(index_dir=retriever.settings.index_dir, tokenizer=tokenizer, **changes)
        result = evaluation.evaluate_modes(questions, retriever, [mode], check=False)[0]
        result.mode = label
        s = retriever.settings
        ranks = {r.question.id: r.first_hit for r in result.results if not r.question.unanswerable}
        row = {"variant": label, "mode": mode, "tokenizer": tokenizer, "bm25_k1": k1, "bm25_b": b,
               "settings": {f: getattr(s, f) for f in ("fusion", "fusion_weight", "rrf_k", "candidates",
                                                       "precision_pass", "precision_depth", "precision_weight")},
               "metrics": result.metrics,
               "retrieval_ms": result.latency_ms, "embed_query_ms_mean": embed_ms, "warm_sentences_s": warm_s,
               "first_hit": ranks}
        m = result.metrics
        line = f"{label:40s} Hit@1 {m['all']['Hit@1']:.3f} Hit@5 {m['all']['Hit@5']:.3f}" + "".join(
            f" | {g}({m[g]['n']}) Hit@1 {m[g]['Hit@1']:.3f} Hit@5 {m[g]['Hit@5']:.3f}"
            for g in ("ja", "en", "in text") if g in m and m[g]["n"] != m["all"]["n"])
        rows.append(row)
        print(line + f"  p50 {result.latency_ms['p50']:.2f} ms", flush=True)
    return rows


def en_ranks_table(rows: list[dict]) -> str:
    ids = sorted(qid for qid in rows[0]["first_hit"] if qid.startswith("en-"))
    return evaluation.markdown_table(
        ["variant", *ids], [[r["variant"], *(r["first_hit"][q] or "–" for q in ids)] for r in rows])


def summary_table(out: dict) -> str:
    jsquad = {r["variant"]: r for r in out.get("jsquad", [])}
    n = out.get("jsquad_questions", {})
    every, in_text = f"{n.get('all', 0):,}", f"{n.get('in_text', 0):,}"
    header = ["variant", "seed ja Hit@1", "seed en Hit@1", "seed Hit@1", f"JSQuAD R@1 ({every})", f"R@5 ({every})",
              f"R@1 ({in_text})", f"R@5 ({in_text})", f"MRR@10 ({in_text})", "p50 ms seed", "p50 ms JSQuAD"]
    rows = []
    for r in out["seed"]:
        j = jsquad.get(r["variant"])
        m = r["metrics"]
        rows.append([r["variant"], m["ja"]["Hit@1"], m["en"]["Hit@1"], m["all"]["Hit@1"],
                     *((j["metrics"]["all"]["Hit@1"], j["metrics"]["all"]["Hit@5"], j["metrics"]["in text"]["Hit@1"],
                        j["metrics"]["in text"]["Hit@5"], j["metrics"]["in text"]["MRR@10"]) if j else ("—",) * 5),
                     f"{r['retrieval_ms']['p50']:.2f}", f"{j['retrieval_ms']['p50']:.2f}" if j else "—"])
    return evaluation.markdown_table(header, rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=list(SETS), default="fusion",
                        help="which variant list: the original comparison, or the current defaults' neighbours")
    parser.add_argument("--jsquad", default=str(JSQUAD_VALIDATION))
    parser.add_argument("--limit", type=int, help="sample this many JSQuAD questions (for a quick check)")
    parser.add_argument("--out", help="JSON file (default bench/results/fusion.json or fusion-<set>.json); "
                                      "a markdown summary is written next to it")
    parser.add_argument("--only", nargs="*", help="labels of the variants to run")
    args = parser.parse_args()
    variants = [v for v in SETS[args.set] if not args.only or v[0] in args.only]
    out_path = Path(args.out or ROOT / "bench/results" / ("fusion.json" if args.set == "fusion"
                                                          else f"fusion-{args.set}.json"))
    base = Settings.from_env()
    out = {"date": time.strftime("%Y-%m-%d %H:%M"), "machine": platform.platform(), "cpus": os.cpu_count(),
           "loadavg_at_start": os.getloadavg(), "set": args.set,
           "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                    cwd=ROOT).stdout.strip(),
           "settings": {f.name: str(v) if isinstance(v := getattr(base, f.name), Path) else v
                        for f in dataclasses.fields(base)},
           "latency_note": "retrieval only, warm caches: query vectors are computed once beforehand and the "
                           "sentence vectors of every passage too (precision pass), so p50 is FAISS + BM25 + "
                           "fusion + re-ranking, without embedding; the machine was shared"}
    with tempfile.TemporaryDirectory() as tmp:
        retriever = Retriever(base.replace(index_dir=Path(tmp) / "seed"))
        build_index([ROOT / "seeds"], retriever.settings.index_dir, retriever.settings, embedder=retriever.embedder)
        print("## seed set")
        out["seed"] = run(retriever, evaluation.load_question_set(ROOT / "eval/seed-questions.jsonl"), variants, base)
        print("\n## seed set: rank of the first relevant passage, English questions (– = not in the top 10)")
        print(en_ranks_table(out["seed"]), flush=True)

        documents, questions = evaluation.jsquad(args.jsquad, args.limit)
        retriever = Retriever(base.replace(index_dir=Path(tmp) / "jsquad"), embedder=retriever.embedder)
        started = time.perf_counter()
        build_index(documents, retriever.settings.index_dir, retriever.settings, embedder=retriever.embedder)
        out["jsquad_index_s"] = time.perf_counter() - started
        out["jsquad_passages"] = len(retriever.store.chunks)
        print(f"\n## JSQuAD ({len(questions)} questions; {out['jsquad_passages']} passages indexed in "
              f"{out['jsquad_index_s']:.0f} s)")
        out["jsquad"] = run(retriever, questions, variants, base)
        groups = out["jsquad"][0]["metrics"]
        out["jsquad_questions"] = {"all": groups["all"]["n"], "in_text": groups["in text"]["n"]}
    out["loadavg_at_end"] = os.getloadavg()
    out_path.write_text(json.dumps(out, ensure_ascii=False, indent=1, default=float))
    summary = summary_table(out)
    out_path.with_suffix(".md").write_text(
        f"# bench/fusion.py --set {args.set}\n\n{out['date']}, commit {out['commit']}, {out['cpus']} CPUs, "
        f"load average {out['loadavg_at_start'][0]:.2f} at start, {out['loadavg_at_end'][0]:.2f} at end. "
        f"{out['latency_note']}.\n\n{summary}\n\nRank of the first relevant passage for the English seed "
        f"questions (– = not in the top 10):\n\n{en_ranks_table(out['seed'])}\n", encoding="utf-8")
    print("\n" + summary)
    print(f"wrote {out_path} and {out_path.with_suffix('.md')}")


if __name__ == "__main__":
    np.set_printoptions(precision=3)
    main()

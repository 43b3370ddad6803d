"""Render the retrieval tables of BENCHMARKS.md from the JSON files in bench/results/.

    python bench/report.py > /tmp/tables.md
"""

from __future__ import annotations

import json
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def _f(x: float) -> str:
    return f"{x:.3f}"


def chunking() -> str:
    d = json.loads((RESULTS / "chunking.json").read_text())
    lines = [f"Run {d['date']}, commit {d['commit']}, {d['machine']}, {d['cpus']} CPUs. Hybrid here is RRF (k=60).",
             "", "| size | overlap | mode | seed ja Hit@1 | seed en Hit@1 | seed Hit@5 | seed MRR@10 | JSQuAD R@1 "
             "| JSQuAD R@5 | JSQuAD MRR@10 | JSQuAD passages |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in d["rows"]:
        s, j = r["seed"], r["jsquad"]["all"]
        lines.append(f"| {r['chunk_size']} | {r['chunk_overlap']} | {r['mode']} | {_f(s['ja']['Hit@1'])} | "
                     f"{_f(s['en']['Hit@1'])} | {_f(s['all']['Hit@5'])} | {_f(s['all']['MRR@10'])} | "
                     f"{_f(j['Hit@1'])} | {_f(j['Hit@5'])} | {_f(j['MRR@10'])} | {r['jsquad_passages']} |")
    return "\n".join(lines)


def fusion(name: str) -> str:
    d = json.loads((RESULTS / name).read_text())
    s = d["settings"]
    headers = {True: "all", False: "none"}.get(s.get("context_headers"), s.get("context_headers"))  # old runs: bool
    lines = [f"`{name}`: chunk size {s['chunk_size']}, context headers {headers}, "
             f"{s['candidates']} candidates per side; run {d['date']}, commit {d['commit']}, {d['cpus']} CPUs. "
             f"Query embedding (not included in the retrieval ms): mean "
             f"{d['jsquad'][0]['embed_query_ms_mean']:.0f} ms on JSQuAD.", "",
             "| variant | seed ja Hit@1 | seed en Hit@1 | seed Hit@5 | seed MRR@10 | JSQuAD R@1 | JSQuAD R@5 "
             "| JSQuAD R@10 | JSQuAD MRR@10 | retrieval p50 ms |", "|---|---|---|---|---|---|---|---|---|---|"]
    jsquad = {r["variant"]: r for r in d["jsquad"]}
    for r in d["seed"]:
        m, j = r["metrics"], jsquad[r["variant"]]["metrics"]["all"]
        lines.append(f"| {r['variant']} | {_f(m['ja']['Hit@1'])} | {_f(m['en']['Hit@1'])} | {_f(m['all']['Hit@5'])} "
                     f"| {_f(m['all']['MRR@10'])} | {_f(j['Hit@1'])} | {_f(j['Hit@5'])} | {_f(j['Hit@10'])} "
                     f"| {_f(j['MRR@10'])} | {jsquad[r['variant']]['retrieval_ms']['p50']:.1f} |")
    return "\n".join(lines)


def main() -> None:
    print("### Chunk size and overlap\n\n" + chunking() + "\n")
    print("### BM25 tokenisers (JSQuAD)\n\n" + json.loads((RESULTS / "bm25_tokenizers.json").read_text())[
        "table_markdown"] + "\n")
    for name in sorted(p.name for p in RESULTS.glob("fusion*.json")):
        print("### Fusion and precision variants\n\n" + fusion(name) + "\n")


if __name__ == "__main__":
    main()

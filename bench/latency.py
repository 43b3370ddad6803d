"""Query latency: `Retriever.retrieve` per mode on the seed article and on JSQuAD, plus `/ask` through the server.

Machine: the project's 2-core / 24 GiB CPU box (details in the JSON), shared with other jobs.
Data: the seed article (seeds/) with eval/seed-questions.jsonl, and the 1,145 paragraphs and questions of the
JSQuAD v1.3 validation split from JGLUE (Kurihara et al., LREC 2022), CC BY-SA 4.0,
https://creativecommons.org/licenses/by-sa/4.0/. The seed index has too few questions of its own, so its
question lists are the seed questions topped up with JSQuAD questions (off-topic there, same code path).
Method: indexes built with `build_index` into temp dirs, one `Retriever` each, model loaded and 10 warm-up
questions per mode first. The embedder caches query vectors, so every timed call uses a question never asked
before in the process (distinct lists per mode and per index); modes are interleaved question by question
(dense, bm25, hybrid, then rotated) so background load hits all three. k=5. A separate pass times the parts
(query embedding, FAISS search, BM25, fusion) on more unseen questions, query embedding on ONNX Runtime
(kotae's engine) vs PyTorch fp32 alternated, cache hits, and then, with the query vector cached, retrieve
with the precision pass (sentence re-rank, embeds the top passages' sentences unless cached) off vs on,
alternated. End to end: `qa serve` in a
subprocess per index, `gradio_client.Client.predict(question, api_name="/ask")` called sequentially with distinct
questions (3 warm-up calls first); /ask is retrieve + answer (sentence quotes, whose sentence vectors it caches).

    python -m bench.latency [--quick] [--n 200] [--ask 50]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from bench._perf import JSQUAD, JSQUAD_CREDIT, ROOT, percentiles, qa_server, settings_dict, table, write_result
from qa.embeddings import Embedder, get_embedder
from qa.evaluation import jsquad, load_question_set
from qa.indexing import build_index
from qa.retrieve import Retriever, fuse
from qa.settings import MODES, Settings

WARMUP = 10


def timed(fn, *args, **kwargs) -> float:
    started = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - started


def search_and_fuse(index, vector, question: str, settings: Settings):
    """Hybrid retrieval's first stage as `Retriever.search` runs it: dense candidates, then fusion."""
    return fuse(index, vector[0], index.search(vector, settings.candidates)[1][0], question, 5, settings)


def modes_latency(retriever: Retriever, questions: list[str], n: int) -> dict:
    """n distinct questions per mode (3n in all), interleaved; returns percentiles per mode."""
    for i, mode in enumerate(MODES):  # warm-up, each with its own questions
        for q in questions[i * WARMUP:(i + 1) * WARMUP]:
            retriever.retrieve(q, k=5, mode=mode)
    questions = questions[len(MODES) * WARMUP:]
    times: dict[str, list[float]] = {m: [] for m in MODES}
    for i in range(n):
        order = MODES[i % 3:] + MODES[:i % 3]
        for mode in order:
            times[mode].append(timed(retriever.retrieve, questions[i * 3 + MODES.index(mode)], k=5, mode=mode))
    return {m: percentiles(t) for m, t in times.items()}


def parts_latency(retriever: Retriever, questions: list[str]) -> dict:
    """Where a retrieve's time goes, on unseen questions: embed, FAISS, BM25, fusion; threads 1 vs 2."""
    index = retriever.store
    embedder = retriever.embedder
    engines = {"embed query (ONNX Runtime, kotae)": embedder,
               "embed query (PyTorch fp32)": Embedder(embedder.settings.replace(backend="torch"))}
    parts: dict[str, list[float]] = {**{name: [] for name in engines}, "embed query (cache hit)": [],
                                     "FAISS search": [], "BM25 search": [], "hybrid fuse (FAISS 50 + BM25 all)": []}
    for i, q in enumerate(questions):
        for name, engine in (engines.items() if i % 2 else list(engines.items())[::-1]):
            parts[name].append(timed(engine.embed_queries, [q]))
        vector = embedder.embed_queries([q])
        parts["embed query (cache hit)"].append(timed(embedder.embed_queries, [q]))
        parts["FAISS search"].append(timed(index.search, vector, 5))
        parts["BM25 search"].append(timed(index.lexical_search, q, 5))
        parts["hybrid fuse (FAISS 50 + BM25 all)"].append(timed(search_and_fuse, index, vector, q, retriever.settings))
    # Query vectors are all cached by now, so what follows is retrieval without the query embedding.
    # Precision pass (sentence re-rank of the top passages) off vs on, alternated, each in a fresh Retriever
    # whose sentence-vector cache starts empty.
    pair = {flag: Retriever(retriever.settings.replace(precision_pass="always" if flag else "off"), embedder=embedder)
            for flag in (False, True)}
    for r in pair.values():
        r.retrieve(questions[0], k=5, mode="dense")
    precision: dict[bool, list[float]] = {False: [], True: []}
    for i, q in enumerate(questions):
        for flag in ((False, True) if i % 2 else (True, False)):
            precision[flag].append(timed(pair[flag].retrieve, q, k=5, mode="dense"))
    out = {name: percentiles(t) for name, t in parts.items()}
    out["retrieve dense, cached question, precision pass off"] = percentiles(precision[False])
    out["retrieve dense, cached question, precision pass on"] = percentiles(precision[True])
    return out


def ask_latency(index_dir: Path, questions: list[str]) -> dict:
    with qa_server(index_dir) as (client, _, ready_s):
        for q in questions[:3]:
            client.predict(q, api_name="/ask")
        times = [timed(client.predict, q, api_name="/ask") for q in questions[3:]]
    return {"server_ready_s": round(ready_s, 1), "ask": percentiles(times)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 JSQuAD paragraphs, 20 questions per mode")
    parser.add_argument("--n", type=int, default=200, help="timed questions per mode and index")
    parser.add_argument("--parts", type=int, default=60, help="questions for the per-part timings")
    parser.add_argument("--ask", type=int, default=50, help="timed /ask calls per server")
    args = parser.parse_args()
    n, n_parts, n_ask = (20, 10, 10) if args.quick else (args.n, args.parts, args.ask)

    settings = Settings.from_env()
    documents, jsquad_questions = jsquad(JSQUAD)
    if args.quick:
        documents = documents[:200]
    pool = list(dict.fromkeys(q.question for q in jsquad_questions))
    random.Random(0).shuffle(pool)
    seed_questions = [q.question for q in load_question_set(ROOT / "eval" / "seed-questions.jsonl")]
    if len(MODES) * (2 * (WARMUP + n)) + 2 * n_parts > len(pool):
        raise SystemExit(f"not enough distinct JSQuAD questions ({len(pool)})")
    fresh = iter(pool)

    def take(count: int, first: list[str] = ()) -> list[str]:
        return [*first[:count], *(next(fresh) for _ in range(count - len(first[:count])))]

    # Layout per index: warm-up (WARMUP per mode), timed (question i*3+m goes to mode m), parts.
    # On the seed index the timed questions start with the seed set, so it is spread over the modes.
    seed_set = [q for q in seed_questions if q not in pool]
    lists = {"seed": take(len(MODES) * WARMUP) + take(len(MODES) * n, seed_set) + take(n_parts)}
    lists["jsquad"] = take(len(MODES) * (WARMUP + n) + n_parts)

    embedder = get_embedder(settings)
    _ = embedder.fingerprint  # model loaded before any timing
    results: dict = {"settings": settings_dict(settings), "k": 5, "questions_per_mode": n,
                     "query_engine": "ONNX Runtime" if embedder.onnx else "PyTorch", "indexes": {}}
    with tempfile.TemporaryDirectory(prefix="perf-latency-") as tmp:
        for name, source in (("seed", [ROOT / "seeds"]), ("jsquad", documents)):
            index_dir = Path(tmp) / name
            started = time.perf_counter()
            report = build_index(source, index_dir, settings, embedder=embedder)
            print(f"{name}: {report.chunks} chunks indexed in {time.perf_counter() - started:.1f} s", flush=True)
            retriever = Retriever(settings.replace(index_dir=index_dir), embedder=embedder)
            qs = lists[name]
            entry = {"chunks": report.chunks, "documents": report.documents,
                     "retrieve_ms": modes_latency(retriever, qs, n),
                     "parts_ms": parts_latency(retriever, qs[len(MODES) * (WARMUP + n):])}
            print(name, entry["retrieve_ms"], flush=True)
            entry["ask_ms"] = ask_latency(index_dir, (seed_questions if name == "seed" else qs)[:n_ask + 3])
            print(name, "ask", entry["ask_ms"], flush=True)
            results["indexes"][name] = entry
    results["seed_questions_in_timed_seed_runs"] = sum(q in seed_set for q in lists["seed"])
    write_result("latency", __doc__, results, JSQUAD_CREDIT + "; seed article in seeds/", args.quick)


def markdown(result: dict) -> str:
    r = result["results"]
    targets = {"seed": 20, "jsquad": 30}
    rows, parts, ask = [], [], []
    for name, e in r["indexes"].items():
        for mode, p in e["retrieve_ms"].items():
            rows.append([name, e["chunks"], mode, p["n"], p["p50"], p["p90"], p["p99"],
                         f"{'yes' if p['p50'] <= targets[name] else 'no'} (≤ {targets[name]})"])
        for part, p in e["parts_ms"].items():
            parts.append([name, part, p["n"], p["p50"], p["p99"]])
        a = e["ask_ms"]
        ask.append([name, a["ask"]["n"], a["ask"]["p50"], a["ask"]["p90"], a["ask"]["p99"], a["server_ready_s"]])
    return "\n".join([
        f"`retrieve(q, k=5)`, model loaded, every question unseen (distinct per mode), "
        f"query engine {r.get('query_engine', 'PyTorch')}; settings: chunk_size {r['settings']['chunk_size']}, "
        f"precision_pass {r['settings'].get('precision_pass')}, "
        f"context_headers {r['settings'].get('context_headers')}, default mode {r['settings']['mode']}:\n",
        table(["index", "chunks", "mode", "n", "p50 ms", "p90 ms", "p99 ms", "p50 target met"], rows),
        "\nParts of a retrieve (unseen questions; the two query engines alternated per question):\n",
        table(["index", "part", "n", "p50 ms", "p99 ms"], parts),
        "\nEnd to end `/ask` through `qa serve` (gradio_client, sequential, distinct questions):\n",
        table(["index", "n", "p50 ms", "p90 ms", "p99 ms", "server ready s"], ask)])


if __name__ == "__main__":
    main()

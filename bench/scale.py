"""Scale: FAISS exact vs approximate search on synthetic e5-sized vectors, at 100k and 1M (10M on paper).

Machine: the project's 2-core / 24 GiB CPU box (details in the JSON), shared with other jobs.
Data: synthetic 384-d L2-normalised float32 vectors from a Gaussian mixture. One random rotation and a variance
spectrum decaying as 1/i (participation ratio ~26 dimensions: a low intrinsic dimension, as text embeddings
have, instead of the isotropic worst case) shape both the 1,000 unit centres (so clusters neighbour and overlap:
mean cosine of a centre to its nearest other centre ~0.45) and each point's noise: point = centre + 1.0 x noise,
normalised. Queries come from the same mixture but are not base vectors.
Method: per size, ground truth = exact top-10 (IndexFlatIP). Indexes: IndexFlatIP; IndexHNSWFlat (M=32,
efConstruction=80, efSearch 64/128/256); IndexIVFPQ (nlist=4*sqrt(N), m=48, 8 bits, nprobe 8..128), alone
and wrapped in IndexRefineFlat (k_factor 4/16, exact re-rank). Builds use 1 OpenMP thread (an A/B/A/B of
1 vs 2 threads building HNSW and IVFPQ on 30k vectors is recorded). Reported: build seconds (train + add),
index bytes (len(faiss.serialize_index)), single-query p50/p99 with faiss.omp_set_num_threads(1) and (2)
(queries one at a time, alternating 1/2/1/2 threads, as kotae's retrieve searches), recall@10 against exact.
10M is extrapolated from the 100k -> 1M growth.

    python -m bench.scale [--quick] [--sizes 100000 1000000]
"""

from __future__ import annotations

import argparse
import math
import time

import faiss
import numpy as np

from bench._perf import percentiles, table, write_result

DIM, CENTRES, SPREAD, K = 384, 1000, 1.0, 10
HNSW_EF = (64, 128, 256)
NPROBES = (8, 16, 32, 64, 128)
PQ_M, REFINES = 48, (4, 16)
BUILD_THREADS = 1  # 2 OpenMP threads built 1-4x slower here while another job held a core (see results)


class Mixture:
    def __init__(self, seed: int = 0) -> None:
        rng = np.random.default_rng(seed)
        scales = 1.0 / np.sqrt(np.arange(1, DIM + 1, dtype=np.float32))
        self.scales = (scales / np.sqrt((scales**2).sum())).astype(np.float32)  # E|noise|^2 = 1
        self.rotation = np.linalg.qr(rng.standard_normal((DIM, DIM)))[0].astype(np.float32)
        c = (rng.standard_normal((CENTRES, DIM), dtype=np.float32) * self.scales) @ self.rotation
        self.centres = c / np.linalg.norm(c, axis=1, keepdims=True)

    def sample(self, n: int, seed: int, block: int = 100_000) -> np.ndarray:
        rng = np.random.default_rng(seed)
        out = np.empty((n, DIM), dtype=np.float32)
        for a in range(0, n, block):
            b = min(n, a + block)
            noise = (rng.standard_normal((b - a, DIM), dtype=np.float32) * self.scales) @ self.rotation
            x = self.centres[rng.integers(0, CENTRES, b - a)] + SPREAD * noise
            out[a:b] = x / np.linalg.norm(x, axis=1, keepdims=True)
        return out


def single_query_latency(index, queries: np.ndarray, threads: int) -> dict:
    faiss.omp_set_num_threads(threads)
    times = []
    for q in queries:
        started = time.perf_counter()
        index.search(q[None, :], K)
        times.append(time.perf_counter() - started)
    return percentiles(times)


def measure(name: str, index, params: dict, build_s: float, queries, lat_queries, truth, set_param) -> list[dict]:
    nbytes = len(faiss.serialize_index(index))
    rows = []
    for label, value in params.items():
        set_param(value)
        faiss.omp_set_num_threads(2)
        _, found = index.search(queries, K)
        recall = float(np.mean([len(set(f) & set(t)) / K for f, t in zip(found, truth, strict=True)]))
        # A/B alternation: 1 thread, 2 threads, 1 thread, 2 threads on halves of the latency queries.
        half = len(lat_queries) // 2
        t1 = single_query_latency(index, lat_queries[:half], 1)
        t2 = single_query_latency(index, lat_queries[:half], 2)
        t1b = single_query_latency(index, lat_queries[half:], 1)
        t2b = single_query_latency(index, lat_queries[half:], 2)
        row = {"index": name, "params": label, "build_s": round(build_s, 2), "bytes": nbytes,
               "recall@10": round(recall, 4),
               "p50_ms_1t": round(float(np.median([t1["p50"], t1b["p50"]])), 3),
               "p99_ms_1t": round(max(t1["p99"], t1b["p99"]), 3),
               "p50_ms_2t": round(float(np.median([t2["p50"], t2b["p50"]])), 3),
               "p99_ms_2t": round(max(t2["p99"], t2b["p99"]), 3)}
        print(row, flush=True)
        rows.append(row)
    return rows


def run_size(n: int, mix: Mixture, n_queries: int, n_latency: int) -> dict:
    faiss.omp_set_num_threads(BUILD_THREADS)
    started = time.perf_counter()
    base = mix.sample(n, seed=1)
    queries = mix.sample(n_queries, seed=2)
    gen_s = time.perf_counter() - started
    rows = []

    started = time.perf_counter()
    flat = faiss.IndexFlatIP(DIM)
    flat.add(base)
    build = time.perf_counter() - started
    _, truth = flat.search(queries, K)
    near = flat.search(queries[:200], K)[0]
    flat_lat = queries[: min(n_latency, max(40, n_latency * 100_000 // n))]  # exact search is slow at 1M
    rows += measure("Flat", flat, {"exact": None}, build, queries, flat_lat, truth, lambda v: None)
    flat = None

    started = time.perf_counter()
    faiss.omp_set_num_threads(BUILD_THREADS)
    hnsw = faiss.IndexHNSWFlat(DIM, 32, faiss.METRIC_INNER_PRODUCT)
    hnsw.hnsw.efConstruction = 80
    hnsw.add(base)
    build = time.perf_counter() - started
    print(f"HNSW build {n}: {build:.1f} s", flush=True)
    rows += measure("HNSW M=32", hnsw, {f"efSearch={ef}": ef for ef in HNSW_EF}, build, queries,
                    queries[:n_latency], truth, lambda v: setattr(hnsw.hnsw, "efSearch", v))
    hnsw = None  # free it before the next build

    nlist = int(round(4 * math.sqrt(n)))
    started = time.perf_counter()
    faiss.omp_set_num_threads(BUILD_THREADS)
    quantizer = faiss.IndexFlatIP(DIM)
    ivf = faiss.IndexIVFPQ(quantizer, DIM, nlist, PQ_M, 8, faiss.METRIC_INNER_PRODUCT)
    train = base[np.random.default_rng(3).choice(n, min(n, 40 * nlist), replace=False)]
    ivf.train(train)
    ivf.add(base)
    build = time.perf_counter() - started
    print(f"IVFPQ build {n}: {build:.1f} s", flush=True)
    name = f"IVF{nlist},PQ{PQ_M}"
    rows += measure(name, ivf, {f"nprobe={p}": p for p in NPROBES}, build, queries, queries[:n_latency], truth,
                    lambda v: setattr(ivf, "nprobe", v))
    started = time.perf_counter()
    refine = faiss.IndexRefineFlat(ivf, faiss.swig_ptr(base))  # keeps the raw vectors for exact re-ranking
    refine_build = build + time.perf_counter() - started

    def set_refine(value: tuple[int, int]) -> None:
        ivf.nprobe, refine.k_factor = value

    grid = {f"nprobe={p}, k_factor={f}": (p, f) for f in REFINES for p in NPROBES}
    rows += measure(f"{name} + RefineFlat", refine, grid, refine_build, queries, queries[:n_latency], truth,
                    set_refine)
    return {"n": n, "nlist": nlist, "generate_s": round(gen_s, 1), "mean_cos_top1": round(float(near[:, 0].mean()), 4),
            "mean_cos_top10": round(float(near[:, -1].mean()), 4), "rows": rows}


def thread_ab(mix: Mixture, n: int = 30_000) -> list[dict]:
    """Build seconds with 1 vs 2 OpenMP threads, alternated 1/2/1/2."""
    x = mix.sample(n, seed=4)
    nlist = int(round(4 * math.sqrt(n)))
    out = []
    for threads in (1, 2, 1, 2):
        faiss.omp_set_num_threads(threads)
        started = time.perf_counter()
        hnsw = faiss.IndexHNSWFlat(DIM, 32, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = 80
        hnsw.add(x)
        middle = time.perf_counter()
        ivf = faiss.IndexIVFPQ(faiss.IndexFlatIP(DIM), DIM, nlist, PQ_M, 8, faiss.METRIC_INNER_PRODUCT)
        ivf.train(x)
        ivf.add(x)
        out.append({"threads": threads, "hnsw_build_s": round(middle - started, 2),
                    "ivfpq_build_s": round(time.perf_counter() - middle, 2)})
        print(out[-1], flush=True)
    return out


def extrapolate(sizes: list[dict], target: int = 10_000_000) -> list[dict]:
    """Bytes grow linearly; build time and latency with the exponent seen from the smallest to the largest N."""
    if len(sizes) < 2:
        return []
    small, large = sizes[0], sizes[-1]
    growth = math.log(target / large["n"]) / math.log(large["n"] / small["n"])
    out = []
    for a, b in zip(small["rows"], large["rows"], strict=True):
        def grow(x, y):
            return round(y * (y / x) ** growth, 2) if x > 0 else None

        out.append({"index": b["index"].replace(f"IVF{large['nlist']}", f"IVF{int(4 * math.sqrt(target))}"),
                    "params": b["params"], "build_s": grow(a["build_s"], b["build_s"]),
                    "bytes": int(b["bytes"] * target / large["n"]), "p50_ms_1t": grow(a["p50_ms_1t"], b["p50_ms_1t"])})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k and 50k vectors, fewer queries")
    parser.add_argument("--sizes", type=int, nargs="*")
    args = parser.parse_args()
    sizes = args.sizes or ([10_000, 50_000] if args.quick else [100_000, 1_000_000])
    n_queries, n_latency = (200, 40) if args.quick else (1000, 200)
    mix = Mixture()
    results = {"sizes": [], "faiss": faiss.__version__, "queries": n_queries, "latency_queries": n_latency}
    started = time.perf_counter()
    results["build_threads_ab"] = thread_ab(mix, 10_000 if args.quick else 30_000)
    for n in sizes:
        results["sizes"].append(run_size(n, mix, n_queries, n_latency))
    results["extrapolated_10M"] = extrapolate(results["sizes"])
    results["total_s"] = round(time.perf_counter() - started, 1)
    write_result("scale", __doc__, results, "synthetic (see method)", args.quick)


def markdown(result: dict) -> str:
    r = result["results"]
    header = ["N", "index", "params", "build s", "MiB", "recall@10", "p50 ms 1t", "p99 ms 1t", "p50 ms 2t",
              "p99 ms 2t"]
    rows = [[s["n"], x["index"], x["params"], x["build_s"], round(x["bytes"] / 2**20, 1), x["recall@10"],
             x["p50_ms_1t"], x["p99_ms_1t"], x["p50_ms_2t"], x["p99_ms_2t"]] for s in r["sizes"] for x in s["rows"]]
    out = [table(header, rows)]
    if r.get("build_threads_ab"):
        ab = r["build_threads_ab"]
        out.append("\nBuild seconds by OpenMP threads (alternated 1/2/1/2, "
                   f"{'10k' if result['quick'] else '30k'} vectors):\n")
        out.append(table(["threads", "HNSW build s", "IVFPQ train+add s"],
                         [[x["threads"], x["hnsw_build_s"], x["ivfpq_build_s"]] for x in ab]))
    if r.get("extrapolated_10M"):
        out.append("\nOn paper, 10M vectors (bytes linear; build and latency grown with the 100k→1M exponent):\n")
        out.append(table(["index", "params", "build s (est.)", "GiB (est.)", "p50 ms 1t (est.)"],
                         [[x["index"], x["params"], x["build_s"], round(x["bytes"] / 2**30, 2), x["p50_ms_1t"]]
                          for x in r["extrapolated_10M"]]))
    return "\n".join(out)


if __name__ == "__main__":
    main()

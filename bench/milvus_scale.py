"""Scale: Milvus Lite HNSW beside FAISS HNSW on the same synthetic e5-sized vectors, in one run.

Machine: the project's 2-core / 24 GiB CPU box (details in the JSON), shared with other jobs.
Data: N synthetic 384-d normalised vectors from bench/scale.py's Gaussian mixture (queries from the same
mixture, not base vectors). Method: ground truth = exact top-10 (IndexFlatIP). Both engines build HNSW
(inner product) with the same M and efConstruction (default kotae's FAISS HNSW: M 32, efConstruction 80),
on 1 OpenMP thread (OMP_NUM_THREADS=1 unless set: Milvus Lite runs in this process, on its own threads,
and uses the same faiss library).
FAISS: IndexHNSWFlat over all N vectors. Milvus Lite: a data folder through pymilvus `MilvusClient` (the
path kotae's Milvus engine takes), one collection with an INT64 id and the vector. Lite keeps segments
of at most 100,000 rows, each with its own HNSW graph; a query searches every segment and merges.
Rows are inserted in batches of 5,000 into the released collection, then flushed and loaded.

Waiting for Lite's indexes: Lite 3.2 builds segment indexes in a background thread after each flush
while the collection is loaded, and returns from `flush`/`load` (and reports every row indexed) before
that is done; until then a query searches the segment brute force. So the collection is released while
rows go in (no background builds then), and after the final flush the bench drains Lite's single
background worker (pending compaction) and calls `load`, which builds every segment's index
synchronously. Before any query is timed it checks, in Lite's own state, that every segment has its HNSW
index attached (what Lite's search uses; else brute force) and that no rows are left unflushed.
This is read from the server object in this process, not inferred from latency settling, which cannot
tell a finished build from a paused one.

Reported: insert rows/s (insert calls alone), seconds to flush, and seconds to build the indexes (load);
FAISS build seconds; per ef 64/128/256, FAISS and Milvus alternating: recall@10 over all queries
(Milvus: one batched search call) and single-query p50/p99 (one query at a time, as `retrieve` asks) on
the first --latency-queries queries. Also timed: the same queries through Lite's segment HNSW indexes
alone (in process, no gRPC and none of Lite's per-row checks), to show where Lite's time goes.
Progress and every figure are logged as they come (stdout and bench/results/milvus_scale-N.log), so a
stopped run still leaves its figures.

    python -m bench.milvus_scale [--size 1000000] [--queries 200] [--latency-queries 100] [--m 32]
        [--ef-construction 80]
"""

from __future__ import annotations

import os

# Before faiss loads: omp_set_num_threads only binds the calling thread, and Lite builds its indexes on its
# gRPC and background threads, which would otherwise start with one OpenMP thread per core.
os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse  # noqa: E402
import logging  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import faiss  # noqa: E402
import numpy as np  # noqa: E402

from bench._perf import RESULTS, percentiles, table, write_result  # noqa: E402
from bench.scale import DIM, K, Mixture  # noqa: E402
from qa.settings import Settings  # noqa: E402
from qa.stores.milvus import MilvusEngine  # noqa: E402

EFS = (64, 128, 256)
BATCH = 5_000
STARTED = time.perf_counter()
logger = logging.getLogger("bench.milvus_scale")


def log(message) -> None:
    logger.info("[%7.0f s] %s", time.perf_counter() - STARTED, message)


def recall(found, truth: np.ndarray) -> float:
    return float(np.mean([len(set(f) & set(t)) / K for f, t in zip(found, truth, strict=True)]))


def lite_collection(db_path: Path, name: str):
    """The Milvus Lite `Collection` behind a .db URI: its server runs in this process (milvus_lite.server_manager)."""
    from milvus_lite.server_manager import server_manager_instance

    db = server_manager_instance._servers[str(db_path.resolve())][1]
    return db.get_collection(name)


def wait_for_indexes(col, field: str) -> dict:
    """Drain Lite's background worker, then check that every segment serves `field` from its own index."""
    col._wait_for_bg()
    segments = col._segments_snapshot()
    missing = [s for s in segments if s.num_rows and field not in s.indexes]
    if missing or col._memtable.size():
        raise RuntimeError(f"Milvus Lite not ready: {len(missing)} of {len(segments)} segments without an index, "
                           f"{col._memtable.size()} rows unflushed")
    rows = [s.num_rows for s in segments if s.num_rows]
    return {"segments": len(rows), "segment_rows_min": min(rows), "segment_rows_max": max(rows),
            "index_types": sorted({type(s.indexes[field]).__name__ for s in segments if s.num_rows})}


def report_indexing(col, field: str, done: threading.Event, every: float = 60.0) -> None:
    """Log how many segments have their index while `load` builds them (a long call at 1M rows). Reads the
    segment cache without Lite's maintenance lock, which `load` holds throughout; nothing else changes it then."""
    while not done.wait(every):
        segments = [s for s in list(col._segment_cache.values()) if s.num_rows]
        log(f"Milvus Lite indexed {sum(field in s.indexes for s in segments)} of {len(segments)} segments")


def segment_search(col, field: str, q: np.ndarray, ef: int) -> list[int]:
    """Top-k through Lite's per-segment indexes alone, merged by distance (Lite's own merge, minus its row checks)."""
    candidates = []
    for seg in col._segments_snapshot():
        ids, dists = seg.indexes[field].search(q[None, :], K, params={"ef": ef})
        candidates += [(d, seg, i) for d, i in zip(dists[0], ids[0], strict=True) if i >= 0]
    candidates.sort(key=lambda c: c[0])
    return [int(seg.pks[i]) for _, seg, i in candidates[:K]]


def timed(fn, queries: np.ndarray, timed_first: int | None = None) -> tuple[list, dict]:
    """Answers to every query, one at a time, and percentiles over the first `timed_first` of them."""
    found, times = [], []
    for q in queries:
        t = time.perf_counter()
        found.append(fn(q))
        times.append(time.perf_counter() - t)
    return found, percentiles(times[:timed_first])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200, help="queries for recall")
    parser.add_argument("--latency-queries", type=int, default=100, help="first queries timed one at a time")
    parser.add_argument("--m", type=int, default=32)
    parser.add_argument("--ef-construction", type=int, default=80)
    args = parser.parse_args()
    from pymilvus import DataType, MilvusClient

    n, m, efc = args.size, args.m, args.ef_construction
    RESULTS.mkdir(parents=True, exist_ok=True)
    logger.setLevel(logging.INFO)
    for handler in (logging.StreamHandler(sys.stdout), logging.FileHandler(RESULTS / f"milvus_scale-{n}.log", "w")):
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        logger.addHandler(handler)
    result = {"size": n, "queries": args.queries, "latency_queries": args.latency_queries, "M": m,
              "efConstruction": efc, "faiss": faiss.__version__,
              "omp_threads": int(os.environ["OMP_NUM_THREADS"])}
    mix = Mixture()
    base, queries = mix.sample(n, seed=1), mix.sample(args.queries, seed=2)
    lat_queries = queries[: args.latency_queries]
    flat = faiss.IndexFlatIP(DIM)
    flat.add(base)
    truth = flat.search(queries, K)[1]
    flat = None
    log(f"{n:,} vectors and exact top-{K} of {args.queries} queries ready")

    with tempfile.TemporaryDirectory(prefix="kotae-milvus-scale-") as tmp:
        import milvus_lite

        result["milvus_lite"] = milvus_lite.__version__
        db_path = Path(tmp) / "scale.db"
        client = MilvusEngine(Settings(milvus_uri=str(db_path))).client  # kotae's connection to Lite
        schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("id", DataType.INT64, is_primary=True)
        schema.add_field("vector", DataType.FLOAT_VECTOR, dim=DIM)
        params = MilvusClient.prepare_index_params()
        params.add_index("vector", index_type="HNSW", metric_type="IP", params={"M": m, "efConstruction": efc})
        client.create_collection("scale", schema=schema, index_params=params)
        client.release_collection("scale")  # no background index builds while rows go in
        col = lite_collection(db_path, "scale")
        started = time.perf_counter()
        for a in range(0, n, BATCH):
            client.insert("scale", [{"id": i, "vector": base[i].tolist()} for i in range(a, min(a + BATCH, n))])
            if (a // BATCH) % 20 == 19:
                log(f"Milvus Lite inserted {a + BATCH:,} rows, {(a + BATCH) / (time.perf_counter() - started):,.0f}/s")
        result["milvus_insert_s"] = time.perf_counter() - started
        result["milvus_insert_rows_per_s"] = n / result["milvus_insert_s"]
        log(f"Milvus Lite insert {result['milvus_insert_s']:.1f} s ({result['milvus_insert_rows_per_s']:,.0f} rows/s)")
        started = time.perf_counter()
        client.flush("scale")
        col._wait_for_bg()  # compaction the flushes queued, so that load indexes the final segments
        result["milvus_flush_s"] = time.perf_counter() - started
        started = time.perf_counter()
        done = threading.Event()
        threading.Thread(target=report_indexing, args=(col, "vector", done), daemon=True).start()
        client.load_collection("scale")
        done.set()
        result["milvus_index_build_s"] = time.perf_counter() - started
        result["milvus_segments"] = wait_for_indexes(col, "vector")
        result["milvus_rows"] = client.get_collection_stats("scale")["row_count"]
        log(f"Milvus Lite flush {result['milvus_flush_s']:.1f} s, index build (load) "
            f"{result['milvus_index_build_s']:.1f} s; {result['milvus_segments']}, {result['milvus_rows']:,} rows")

        started = time.perf_counter()
        hnsw = faiss.IndexHNSWFlat(DIM, m, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = efc
        hnsw.add(base)
        result["faiss_build_s"] = time.perf_counter() - started
        log(f"FAISS HNSW build {result['faiss_build_s']:.1f} s")

        def milvus(q: np.ndarray, ef: int) -> list[int]:
            hits = client.search("scale", data=[q.tolist()], anns_field="vector", limit=K,
                                 search_params={"metric_type": "IP", "params": {"ef": ef}})[0]
            return [h["id"] for h in hits]

        rows = []
        for ef in EFS:
            hnsw.hnsw.efSearch = ef
            found = hnsw.search(queries, K)[1]
            _, lat = timed(lambda q: hnsw.search(q[None, :], K)[1][0], lat_queries)
            rows.append({"engine": "FAISS HNSW", "ef": ef, "recall@10": recall(found, truth), **lat})
            log(rows[-1])
            hits = client.search("scale", data=queries.tolist(), anns_field="vector", limit=K,
                                 search_params={"metric_type": "IP", "params": {"ef": ef}})
            batch_found = [[h["id"] for h in q] for q in hits]
            found, lat = timed(lambda q, ef=ef: milvus(q, ef), lat_queries)
            rows.append({"engine": "Milvus Lite HNSW", "ef": ef, "recall@10": recall(batch_found, truth),
                         "single_equals_batched": found == batch_found[: len(found)], **lat})
            log(rows[-1])
            found, lat = timed(lambda q, ef=ef: segment_search(col, "vector", q, ef), queries,
                               len(lat_queries))
            rows.append({"engine": "Lite segment indexes alone", "ef": ef, "recall@10": recall(found, truth),
                         "equals_milvus": found == batch_found, **lat})
            log(rows[-1])
        client.close()
    result["search"] = rows
    result["total_s"] = time.perf_counter() - STARTED
    log(f"{n:,} vectors, M {m}, efConstruction {efc}: FAISS HNSW build {result['faiss_build_s']:.1f} s; "
          f"Milvus Lite insert {result['milvus_insert_s']:.1f} s ({result['milvus_insert_rows_per_s']:,.0f} rows/s), "
          f"flush {result['milvus_flush_s']:.1f} s, index build {result['milvus_index_build_s']:.1f} s")
    log("\n" + table(["engine", "ef", "recall@10", "p50 ms", "p99 ms"],
                     [[r["engine"], r["ef"], r["recall@10"], r["p50"], r["p99"]] for r in rows]))
    write_result("milvus_scale", __doc__, result, data=f"{n} synthetic 384-d vectors (bench/scale.py mixture)")


if __name__ == "__main__":
    main()

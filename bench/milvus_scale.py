"""Scale: Milvus Lite HNSW beside FAISS HNSW on the same synthetic e5-sized vectors, in one run.

Machine: the project's 2-core / 24 GiB CPU box (details in the JSON), shared with other jobs.
Data: N synthetic 384-d normalised vectors from bench/scale.py's Gaussian mixture (queries from the same
mixture, not base vectors). Method: ground truth = exact top-10 (IndexFlatIP). FAISS: IndexHNSWFlat with
kotae's Milvus HNSW settings (M, efConstruction from `Settings`), inner product. Milvus Lite: a data
folder through pymilvus `MilvusClient` (the path kotae's Milvus engine takes), one collection with an
INT64 id and the vector, HNSW inner product with the same M and efConstruction; rows inserted in batches
of 5,000, then flushed and loaded (Milvus Lite builds the index at flush). Reported: insert rows/s (insert
calls alone) and seconds to flush + load; single-query p50/p99 (one query at a time, as `retrieve` asks)
and recall@10 at ef 64/128/256, FAISS and Milvus alternating per ef.

    python -m bench.milvus_scale [--size 100000] [--queries 200]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import faiss
import numpy as np

from bench._perf import percentiles, table, write_result
from bench.scale import DIM, K, Mixture
from qa.settings import Settings

EFS = (64, 128, 256)
BATCH = 5_000


def recall(found: np.ndarray, truth: np.ndarray) -> float:
    return float(np.mean([len(set(f) & set(t)) / K for f, t in zip(found, truth, strict=True)]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    from pymilvus import DataType, MilvusClient

    s = Settings()
    mix = Mixture()
    base, queries = mix.sample(args.size, seed=1), mix.sample(args.queries, seed=2)
    flat = faiss.IndexFlatIP(DIM)
    flat.add(base)
    truth = flat.search(queries, K)[1]
    faiss.omp_set_num_threads(1)

    started = time.perf_counter()
    hnsw = faiss.IndexHNSWFlat(DIM, s.milvus_hnsw_m, faiss.METRIC_INNER_PRODUCT)
    hnsw.hnsw.efConstruction = s.milvus_hnsw_ef_construction
    hnsw.add(base)
    faiss_build = time.perf_counter() - started
    print(f"FAISS HNSW build {faiss_build:.1f} s", flush=True)

    with tempfile.TemporaryDirectory(prefix="kotae-milvus-scale-") as tmp:
        client = MilvusClient(str(Path(tmp) / "scale.db"))
        schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("id", DataType.INT64, is_primary=True)
        schema.add_field("vector", DataType.FLOAT_VECTOR, dim=DIM)
        params = MilvusClient.prepare_index_params()
        params.add_index("vector", index_type="HNSW", metric_type="IP",
                         params={"M": s.milvus_hnsw_m, "efConstruction": s.milvus_hnsw_ef_construction})
        client.create_collection("scale", schema=schema, index_params=params)
        started = time.perf_counter()
        for a in range(0, args.size, BATCH):
            client.insert("scale", [{"id": i, "vector": base[i].tolist()} for i in range(a, min(a + BATCH, args.size))])
        insert_s = time.perf_counter() - started
        print(f"Milvus Lite insert {insert_s:.1f} s ({args.size / insert_s:,.0f} rows/s)", flush=True)
        started = time.perf_counter()
        client.flush("scale")
        client.load_collection("scale")
        flush_load_s = time.perf_counter() - started
        print(f"Milvus Lite flush + index + load {flush_load_s:.1f} s", flush=True)

        rows = []
        for ef in EFS:
            hnsw.hnsw.efSearch = ef
            times, found = [], []
            for q in queries:
                t = time.perf_counter()
                found.append(hnsw.search(q[None, :], K)[1][0])
                times.append(time.perf_counter() - t)
            rows.append({"engine": "FAISS HNSW", "ef": ef, "recall@10": recall(np.array(found), truth),
                         **percentiles(times)})
            times, found = [], []
            for q in queries:
                t = time.perf_counter()
                hits = client.search("scale", data=[q.tolist()], anns_field="vector", limit=K,
                                     search_params={"metric_type": "IP", "params": {"ef": ef}})[0]
                times.append(time.perf_counter() - t)
                found.append([h["id"] for h in hits])
            rows.append({"engine": "Milvus Lite HNSW", "ef": ef, "recall@10": recall(np.array(found), truth),
                         **percentiles(times)})
            print(rows[-2], rows[-1], sep="\n", flush=True)
        client.close()
    result = {"size": args.size, "queries": args.queries, "M": s.milvus_hnsw_m,
              "efConstruction": s.milvus_hnsw_ef_construction, "faiss_build_s": faiss_build,
              "milvus_insert_s": insert_s, "milvus_insert_rows_per_s": args.size / insert_s,
              "milvus_flush_load_s": flush_load_s, "search": rows}
    print(f"{args.size:,} vectors: FAISS HNSW build {faiss_build:.1f} s; Milvus Lite insert {insert_s:.1f} s "
          f"({args.size / insert_s:,.0f} rows/s), flush + index + load {flush_load_s:.1f} s")
    print(table(["engine", "ef", "recall@10", "p50 ms", "p99 ms"],
                [[r["engine"], r["ef"], r["recall@10"], r["p50"], r["p99"]] for r in rows]))
    write_result("milvus_scale", __doc__, result, data=f"{args.size} synthetic 384-d vectors (bench/scale.py mixture)")


if __name__ == "__main__":
    main()

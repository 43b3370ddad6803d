"""Shared fixtures: one embedding model per test session, and small document folders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qa.embeddings import get_embedder
from qa.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings.from_env({})


@pytest.fixture(scope="session")
def embedder(settings):
    return get_embedder(settings)


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory, settings, embedder) -> Path:
    """An index over the shipped seed article, built once for the session."""
    from qa.indexing import build_index

    index_dir = tmp_path_factory.mktemp("seed-index")
    build_index([SEEDS], index_dir, settings, embedder=embedder)
    return index_dir


@pytest.fixture(scope="session")
def blind4_index(tmp_path_factory, settings, embedder) -> Path:
    """An index over eval/blind-4's files (meeting minutes, a clinic guide, a recipe page, a README, a
    school letter), built once for the session."""
    from bench.real_documents import NOT_DATA
    from qa.indexing import build_index

    index_dir = tmp_path_factory.mktemp("blind4-index")
    folder = ROOT / "eval" / "blind-4"
    build_index(sorted(p for p in folder.iterdir() if p.name not in NOT_DATA), index_dir,
                settings.replace(index_dir=index_dir), embedder=embedder)
    return index_dir


@pytest.fixture
def seed_copy(tmp_path) -> Path:
    folder = tmp_path / "docs"
    shutil.copytree(SEEDS, folder)
    return folder

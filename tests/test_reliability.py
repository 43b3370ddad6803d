"""What must never happen: a lost index, a half-read index, an exception other than ValueError
for a bad question."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa.answer import Answerer
from qa.inputs import InvalidInput
from qa.retrieve import Retriever
from qa.settings import Settings
from qa.stores import faiss as store
from tests.conftest import ROOT, SEEDS
from ui.render import answer_html

ODD_QUESTIONS = ["", " ", "\x00\x1b[31m", "。。。！？", "😀🎉🚀", "あ" * 100_000, "ﾃｽﾄ ＴＥＳＴ test テスト",
                 "<script>alert(1)</script>", "Россия и Украина", "\u202e\u200b", "?" * 500]


@pytest.fixture(scope="module")
def answerer(seed_index, embedder):
    return Answerer(Retriever(Settings.from_env({}).replace(index_dir=seed_index), embedder=embedder))


@pytest.mark.parametrize("question", ODD_QUESTIONS)
@pytest.mark.parametrize("mode", ["dense", "bm25", "hybrid"])
def test_odd_questions_answer_or_raise_value_error(answerer, question, mode):
    try:
        a = answerer.answer(question, mode=mode)
    except InvalidInput as exc:
        assert exc.field == "question" and ("is empty" in str(exc) or "has 100,000 characters" in str(exc))
        return
    assert isinstance(a.found, bool) and isinstance(answer_html(a), str)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=st.text(max_size=300), mode=st.sampled_from(["dense", "bm25", "hybrid"]))
def test_any_string_gives_a_result_or_a_value_error(answerer, question, mode):
    try:
        passages = answerer.retriever.retrieve(question, k=3, mode=mode)
        a = answerer.answer(question, k=3, mode=mode)
    except ValueError:
        return
    assert len(passages) <= 3 and all(q.text for q in a.quotes)


def _big_folder(path, n=150):
    path.mkdir()
    text = (SEEDS / "ukraine-peace-talks-witkoff.txt").read_text(encoding="utf-8")
    for i in range(n):
        (path / f"copy-{i:03d}.txt").write_text(f"写し{i}\n{text}", encoding="utf-8")
    return path


def _qa(*args, env=None, **kwargs):
    return subprocess.Popen([sys.executable, "-m", "qa.cli", *args], cwd=ROOT, env=env or os.environ.copy(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


@pytest.mark.slow
def test_sigkill_mid_build_keeps_the_previous_index_and_the_next_run_finishes(tmp_path, seed_index):
    import shutil

    index_dir = tmp_path / "idx"
    shutil.copytree(seed_index, index_dir)
    before = store.load(index_dir)
    docs = _big_folder(tmp_path / "docs")
    proc = _qa("index", str(docs), "--index-dir", str(index_dir))
    time.sleep(12)  # model loaded, embedding under way
    assert proc.poll() is None, proc.communicate()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    after = store.load(index_dir)  # the previous generation, intact
    assert after.generation == before.generation and len(after.chunks) == len(before.chunks)
    r = Retriever(Settings.from_env({}).replace(index_dir=index_dir))
    assert r.retrieve("ウィトコフ氏は誰と会談した？", k=1)

    finish = _qa("index", str(docs), "--index-dir", str(index_dir))
    out, err = finish.communicate(timeout=1800)
    assert finish.returncode == 0, err
    assert "indexed 150 document(s)" in out
    assert not any(p.name.startswith(".staging") for p in index_dir.iterdir())


@pytest.mark.slow
def test_a_second_indexer_fails_clearly_while_readers_keep_reading(tmp_path, seed_index):
    import shutil

    index_dir = tmp_path / "idx"
    shutil.copytree(seed_index, index_dir)
    docs = _big_folder(tmp_path / "docs", n=60)
    first = _qa("index", str(docs), "--index-dir", str(index_dir))
    deadline = time.time() + 60
    while not (index_dir / ".lock").read_text().startswith("pid") and time.time() < deadline:
        time.sleep(0.2)
    second = _qa("index", str(SEEDS), "--index-dir", str(index_dir))
    _, err = second.communicate(timeout=120)
    assert second.returncode == 2 and "is being indexed by pid" in err and err.count("\n") == 1
    # A reader during the build sees the old index, whole.
    assert len(store.load(index_dir).chunks) > 0
    _, err = first.communicate(timeout=600)
    assert first.returncode == 0, err
    assert len(store.load(index_dir).documents) == 60

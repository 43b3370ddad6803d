"""The Milvus engine on real Milvus Lite data folders: the same answers as FAISS, updates, atomic
switches, damage and unreachable servers named in one line, and two `qa serve` processes sharing one
Milvus server."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import numpy as np
import pytest

from qa.answer import Answerer
from qa.cli import main
from qa.indexing import build_index
from qa.readers import load_documents, load_file
from qa.retrieve import Retriever
from qa.stores import IndexUnavailable, open_engine
from qa.stores.faiss import load as load_faiss
from qa.stores.milvus import PART_CHARS, MilvusEngine
from tests.conftest import ROOT, SEEDS
from tests.test_app import free_port

QUESTIONS = ["ウィトコフ氏は誰と会談した？", "ロシアは何を求めている？", "What does Russia want?", "経済制裁",
             "ウィトコフ氏とは？"]  # the last looks for a definition in BM25's list for the term
# Seed questions for whole answers: found and abstained, Japanese and English, a heading question.
ANSWER_QUESTIONS = [
    *QUESTIONS,
    "この記事の表題は、ウクライナの和平をめぐる話し合いについて何と何を取り上げていると示していますか？",
    "ウクライナをめぐる新たな動きが報じられたのはいつですか？",
    "Who did Witkoff meet?",
    "火星の首都はどこですか？",
]


@pytest.fixture(scope="module")
def milvus_settings(tmp_path_factory, settings):
    return settings.replace(milvus_uri=str(tmp_path_factory.mktemp("milvus") / "seed.db"))


@pytest.fixture(scope="module")
def milvus_seed(milvus_settings, embedder):
    build_index([SEEDS], settings=milvus_settings, embedder=embedder)
    return milvus_settings


def test_the_uri_chooses_the_engine(settings, tmp_path):
    assert open_engine(settings).name == "faiss"
    assert open_engine(settings.replace(milvus_uri=str(tmp_path / "x.db"))).name == "milvus"
    assert open_engine(settings.replace(milvus_uri="http://milvus.example:19530")).name == "milvus"
    with pytest.raises(ValueError, match="milvus_uri must be"):
        settings.replace(milvus_uri="index.sqlite")
    with pytest.raises(ValueError, match="index_name"):
        settings.replace(index_name="my-index")


def test_milvus_answers_exactly_as_faiss(milvus_seed, seed_index, settings, embedder):
    faiss_retriever = Retriever(settings.replace(index_dir=seed_index), embedder=embedder)
    milvus_retriever = Retriever(milvus_seed, embedder=embedder)
    for question in QUESTIONS:
        for mode in ("dense", "bm25", "hybrid"):
            expected = faiss_retriever.retrieve(question, k=5, mode=mode)
            got = milvus_retriever.retrieve(question, k=5, mode=mode)
            assert [(p.doc_id, p.start, p.end, p.text) for p in got] == [
                (p.doc_id, p.start, p.end, p.text) for p in expected], (question, mode)
            assert np.allclose([p.score for p in got], [p.score for p in expected], atol=1e-4)
    found = []
    for question in ANSWER_QUESTIONS:
        expected = Answerer(faiss_retriever).answer(question)
        got = Answerer(milvus_retriever).answer(question)
        assert got.found == expected.found and got.short == expected.short, question
        assert [(q.doc_id, q.start, q.end, q.text, q.highlights) for q in got.quotes] == [
            (q.doc_id, q.start, q.end, q.text, q.highlights) for q in expected.quotes], question
        assert np.allclose([q.score for q in got.quotes], [q.score for q in expected.quotes], atol=1e-4), question
        found.append(expected.found)
    assert any(found) and not all(found)  # both kinds of answer were compared


def test_everything_a_question_needs_is_in_milvus(milvus_seed, seed_index):
    faiss_store, milvus_store = load_faiss(seed_index), open_engine(milvus_seed).load()
    assert milvus_store.manifest["model"] == faiss_store.manifest["model"]
    assert milvus_store.manifest["fingerprint"] == faiss_store.manifest["fingerprint"]
    assert milvus_store.manifest["documents"] == faiss_store.manifest["documents"]
    assert milvus_store.chunks == faiss_store.chunks
    assert dict(milvus_store.documents) == faiss_store.documents
    rows = list(range(len(faiss_store.chunks)))
    assert np.allclose(milvus_store.vectors_at(rows), faiss_store.vectors, atol=1e-6)
    for question in QUESTIONS:
        assert np.allclose(milvus_store.lexical_scores(question, rows), faiss_store.lexical.scores(question),
                           atol=1e-4)
    # the answer stage's data: every chunk's sentences (asked out of order), and BM25 idf of known and unknown terms
    asked = rows[::-1]
    for (m_spans, m_vectors), (f_spans, f_vectors) in zip(milvus_store.sentences_of(asked),
                                                          faiss_store.sentences_of(asked), strict=True):
        assert m_spans.dtype == np.int64 and m_vectors.dtype == np.float32 and len(m_spans) > 0
        assert np.array_equal(m_spans, f_spans) and np.array_equal(m_vectors, f_vectors)
    for doc_id in faiss_store.documents:
        assert milvus_store.rows_of(doc_id) == faiss_store.rows_of(doc_id) != []
    assert milvus_store.rows_of('no "such" document') == faiss_store.rows_of('no "such" document') == []
    terms = ["ロシ", "ア", "和平", "。", "zz"]
    idf = milvus_store.term_idf(terms)
    assert np.allclose(idf, faiss_store.term_idf(terms), atol=1e-9)
    assert idf[3] == idf[4] == idf.max() > idf[0] > idf[1]  # absent terms weigh most, common ones least


def test_a_question_naming_one_of_two_documents_is_searched_inside_it_alike(tmp_path, settings, embedder):
    from tests.test_retrieve import CLEANER, COFFEE

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "cleaner.md").write_text(CLEANER, encoding="utf-8")
    (tmp_path / "docs" / "coffee.md").write_text(COFFEE, encoding="utf-8")
    on_faiss = settings.replace(index_dir=tmp_path / "index")
    on_milvus = settings.replace(milvus_uri=str(tmp_path / "two.db"))
    for s in (on_faiss, on_milvus):
        build_index([tmp_path / "docs"], settings=s, embedder=embedder)
    question = "ヒバリ電器のスティック掃除機、フル充電までどのくらい時間かかる？"
    ranked = [[(p.doc_id, p.start, round(p.score, 4)) for p in Retriever(s, embedder=embedder).retrieve(question, k=3)]
              for s in (on_faiss, on_milvus)]
    assert ranked[0] == ranked[1] and {doc for doc, *_ in ranked[0]} == {"cleaner.md"}


def test_a_second_client_with_only_the_uri_answers_the_same(milvus_seed, embedder):
    first = Retriever(milvus_seed, embedder=embedder).retrieve(QUESTIONS[0])
    fresh = MilvusEngine(milvus_seed)  # a new client and a fresh load, as another process would make
    store = fresh.load()
    assert store.chunk_rows([0])[0].doc_id == first[0].doc_id
    assert fresh.generation() == open_engine(milvus_seed).generation()


def test_updates_embed_only_changed_files_and_switch_generations(tmp_path, settings, embedder, seed_copy, seed_index):
    s = settings.replace(milvus_uri=str(tmp_path / "up.db"))
    engine = open_engine(s)
    first = build_index([seed_copy], settings=s, embedder=embedder)
    gen1 = engine.generation()
    (seed_copy / "extra.txt").write_text("追加の文書\n東京の天気は晴れです。\n", encoding="utf-8")
    report = build_index([seed_copy], settings=s, embedder=embedder)
    assert report.embedded_documents == ["extra.txt"] and report.reused_documents == [first.embedded_documents[0]]
    gen2 = engine.generation()
    store = open_engine(s).load()
    assert gen2 != gen1 and "extra.txt" in {c.doc_id for c in store.chunks}
    # the reused chunks' sentences were read back from the first generation, not embedded again
    rows = [i for i, c in enumerate(store.chunks) if c.doc_id != "extra.txt"]
    assert len(rows) == first.chunks
    for (spans, vectors), (f_spans, f_vectors) in zip(store.sentences_of(rows),
                                                      load_faiss(seed_index).sentences_of(range(len(rows))),
                                                      strict=True):
        assert np.array_equal(spans, f_spans) and np.array_equal(vectors, f_vectors)
    assert store.term_idf(["晴れ"])[0] < store.term_idf(["zz"])[0]

    (seed_copy / "extra.txt").unlink()
    report = build_index([seed_copy], settings=s, embedder=embedder)
    assert report.removed_documents == ["extra.txt"] and not report.embedded_documents
    store = engine.load()
    assert "extra.txt" not in store.documents and store.term_idf(["晴れ"])[0] == store.term_idf(["zz"])[0]
    assert {c.doc_id for c in store.chunks} == {"ukraine-peace-talks-witkoff.txt"}
    # the live and the previous generation are kept, older ones dropped
    collections = engine.client.list_collections()
    assert not any(gen1 in c for c in collections) and any(gen2 in c for c in collections)


def test_a_failed_build_leaves_the_previous_index_answering(tmp_path, settings, embedder, seed_copy, monkeypatch):
    s = settings.replace(milvus_uri=str(tmp_path / "fail.db"))
    build_index([seed_copy], settings=s, embedder=embedder)
    engine = open_engine(s)
    before, collections = engine.generation(), set(engine.client.list_collections())
    (seed_copy / "more.txt").write_text("追加\n新しい文書です。\n", encoding="utf-8")

    def crash(self, name, rows):
        raise OSError("disk full")

    monkeypatch.setattr(MilvusEngine, "_insert", crash)
    with pytest.raises(OSError, match="disk full"):
        build_index([seed_copy], settings=s, embedder=embedder)
    monkeypatch.undo()
    assert engine.generation() == before and set(engine.client.list_collections()) == collections
    assert Retriever(s, embedder=embedder).retrieve(QUESTIONS[0])[0].doc_id == "ukraine-peace-talks-witkoff.txt"


def test_long_documents_are_stored_in_parts(tmp_path, settings, embedder):
    s = settings.replace(milvus_uri=str(tmp_path / "long.db"))
    text = "長い文書\n" + "".join(f"第{i}節\n" + "これは長い文書の一文です。" * 30 + "\n" for i in range(120))
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    build_index([tmp_path / "long.txt"], settings=s, embedder=embedder)
    document = open_engine(s).load().documents["long.txt"]
    assert document == load_documents([tmp_path / "long.txt"])[0][0]
    assert len(document.text) > 2 * PART_CHARS and len(document.sections) > 100


def test_an_index_from_another_model_is_refused(tmp_path, settings, embedder, seed_copy):
    s = settings.replace(milvus_uri=str(tmp_path / "model.db"))
    build_index([seed_copy], settings=s, embedder=embedder)
    engine = open_engine(s)
    name = engine.collection(engine.generation(), "manifest")
    row = engine.client.query(name, filter="id >= 0", output_fields=["manifest"])[0]
    row["manifest"]["fingerprint"] = list(-np.array(row["manifest"]["fingerprint"]))
    engine.client.upsert(name, [{"id": 0, "manifest": row["manifest"], "placeholder": [0.0, 0.0]}])
    engine.client.flush(name)
    with pytest.raises(IndexUnavailable, match=r"has changed.*qa index .*--milvus-uri .* --model multilingual-e5"):
        Retriever(s, embedder=embedder).retrieve(QUESTIONS[0])


def test_a_damaged_index_is_a_clear_error_naming_the_fix(tmp_path, settings, embedder, seed_copy):
    s = settings.replace(milvus_uri=str(tmp_path / "damaged.db"))
    build_index([seed_copy], settings=s, embedder=embedder)
    engine = open_engine(s)
    chunks = engine.collection(engine.generation(), "chunks")
    engine.client.delete(chunks, ids=[0, 1])
    engine.client.flush(chunks)
    with pytest.raises(IndexUnavailable, match=r"damaged \(\d+ chunks .* the manifest says .*qa index"):
        engine.load()
    engine.client.drop_collection(chunks)
    with pytest.raises(IndexUnavailable, match=r"collection .*_chunks is missing.*qa index"):
        MilvusEngine(s).load()

    build_index([seed_copy], settings=s, embedder=embedder)
    sentences = engine.collection(engine.generation(), "sentences")
    engine.client.delete(sentences, ids=[0])
    engine.client.flush(sentences)
    with pytest.raises(IndexUnavailable, match=r"damaged \(\d+ sentences stored, the manifest says \d+\).*qa index"):
        engine.load()


def test_one_writer_at_a_time(tmp_path, settings):
    engine = open_engine(settings.replace(milvus_uri=str(tmp_path / "lock.db")))
    with engine.write_lock(), pytest.raises(IndexUnavailable, match="is being indexed by pid"), engine.write_lock():
        pass
    with engine.write_lock():  # released
        pass


def test_errors_are_one_line_and_info_names_the_store_not_the_token(milvus_seed, capsys, monkeypatch):
    monkeypatch.setenv("KOTAE_MILVUS_TOKEN", "root:s3cret-token")
    assert main(["info", "--milvus-uri", milvus_seed.milvus_uri]) == 0
    out = capsys.readouterr().out
    assert f"store:     milvus, Milvus Lite {milvus_seed.milvus_uri}, index kotae" in out and "s3cret" not in out
    assert "ukraine-peace-talks-witkoff.txt" in out

    port = free_port()  # nothing listens there
    assert main(["info", "--milvus-uri", f"http://127.0.0.1:{port}"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"cannot reach Milvus at http://127.0.0.1:{port}" in err

    assert main(["info", "--milvus-uri", milvus_seed.milvus_uri, "--index-name", "other"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no index other in Milvus" in err and "qa index" in err


def test_a_milvus_lite_folder_open_in_another_process_is_a_clear_error(tmp_path, capsys):
    uri = str(tmp_path / "busy.db")
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from pymilvus import MilvusClient; "
                               f"MilvusClient({uri!r}); print('open', flush=True); sys.stdin.read()"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        assert main(["info", "--milvus-uri", uri]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "one process per data folder" in err and "milvus-lite server" in err
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def _wait_for_port(port: int, proc: subprocess.Popen, log, seconds: float = 180) -> None:
    import socket

    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(0.5)
    raise RuntimeError(f"process on port {port} did not start: {log.read_text()}")


@pytest.mark.slow
def test_two_servers_share_one_milvus_and_answer_the_same(tmp_path):
    """The shape of a real deployment: one Milvus server, an index built by `qa index`, and two
    `qa serve` processes that know only its URI."""
    from gradio_client import Client

    milvus_port = free_port()
    milvus_log = tmp_path / "milvus.log"
    procs = []
    try:
        with open(milvus_log, "w") as out:
            procs.append(subprocess.Popen(
                [os.path.join(os.path.dirname(sys.executable), "milvus-lite"), "server", "--data-dir",
                 str(tmp_path / "milvus-data"), "--host", "127.0.0.1", "--port", str(milvus_port)],
                stdout=out, stderr=subprocess.STDOUT))
        _wait_for_port(milvus_port, procs[0], milvus_log)
        env = {**os.environ, "KOTAE_MILVUS_URI": f"http://127.0.0.1:{milvus_port}", "KOTAE_INDEX_NAME": "shared",
               "KOTAE_INDEX_DIR": str(tmp_path / "no-local-index")}
        subprocess.run([sys.executable, "-m", "qa.cli", "index", str(SEEDS)], env=env, check=True, cwd=ROOT,
                       capture_output=True)
        urls = []
        for i in range(2):
            port, log = free_port(), tmp_path / f"serve-{i}.log"
            with open(log, "w") as out:
                procs.append(subprocess.Popen([sys.executable, "-m", "qa.cli", "serve", "--port", str(port)], env=env,
                                              cwd=ROOT, stdout=out, stderr=subprocess.STDOUT))
            _wait_for_port(port, procs[-1], log)
            urls.append(f"http://127.0.0.1:{port}/")
        answers = [Client(url, verbose=False).predict(QUESTIONS[0], api_name="/ask") for url in urls]
        # whether it counts as found is the answer model's call; both servers must make the same one
        assert answers[0]["quotes"] and answers[0]["found"] == answers[1]["found"]
        assert answers[0]["quotes"] == answers[1]["quotes"]
        assert answers[0]["quotes"][0]["doc_id"] == "ukraine-peace-talks-witkoff.txt"
        assert not (tmp_path / "no-local-index").exists()  # nothing was kept on this machine
    finally:
        for proc in reversed(procs):
            proc.terminate()
            proc.wait(timeout=30)


def test_documents_round_trip_byte_for_byte(tmp_path, settings, embedder):
    folder = tmp_path / "docs"
    shutil.copytree(SEEDS, folder)
    table = "| 表示 | 内容 |\n|---|---|\n| E3 | 温度異常 |\n"
    (folder / "quotes.md").write_text('# 見出し "引用" と \\ 記号\n\n本文です。\n\n' + table, encoding="utf-8")
    s = settings.replace(milvus_uri=str(tmp_path / "rt.db"))
    build_index([folder], settings=s, embedder=embedder)
    stored = open_engine(s).load().documents["quotes.md"]
    assert stored.title == '見出し "引用" と \\ 記号' and "本文です。" in stored.text
    assert stored.tables == load_file(folder / "quotes.md").tables and stored.tables.headers  # where the table is

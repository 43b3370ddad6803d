"""The chat app, started as users start it (`qa serve`) and called through gradio_client."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS
from ui.render import markdown_text

DATA = ROOT / "tests" / "data"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(index_dir, port: int, docs: Path | None = None, build: bool = True, **env_extra) -> subprocess.Popen:
    """`qa index seeds` (unless `build` is False) then `qa serve` (or `qa serve --docs DOCS`), as a user
    would; returns once the port answers."""
    env = {**os.environ, "KOTAE_INDEX_DIR": str(index_dir), **env_extra}
    serve = [sys.executable, "-m", "qa.cli", "serve", "--port", str(port)]
    if docs is None:
        if build:
            subprocess.run([sys.executable, "-m", "qa.cli", "index", str(SEEDS)], env=env, check=True, cwd=ROOT,
                           capture_output=True)
    else:
        serve += ["--docs", str(docs)]
    log = index_dir / "server.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(serve, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError("server did not start: " + log.read_text())


@contextlib.contextmanager
def serving(index_dir, **kwargs) -> Iterator[str]:
    """`start_server` on a free port for the length of a `with`: its URL, and the server stopped after."""
    port = free_port()
    proc = start_server(index_dir, port, **kwargs)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serving(tmp_path_factory.mktemp("app-index")) as url:
        yield url


@pytest.mark.slow
def test_ask_endpoint_returns_the_answer_as_json(server):
    from gradio_client import Client

    client = Client(server, verbose=False)
    result = client.predict("ウィトコフ氏は誰と会談した？", api_name="/ask")
    assert result["found"] is True and result["lead"].startswith("文書の該当箇所です")
    first = result["quotes"][0]
    assert first["doc_id"] == "ukraine-peace-talks-witkoff.txt" and first["text"]
    assert set(first) >= {"title", "section", "start", "end", "score", "highlights"}

    unrelated = client.predict("What is the capital of France?", api_name="/ask")
    assert unrelated["found"] is False

    earlier = "ウクライナ国民は何を期待している？"
    follow_up = client.predict("彼らは何に不信感を持っている？", history=[earlier], api_name="/ask")
    assert follow_up["context_from"] == earlier and "不信感" in follow_up["quotes"][0]["text"]
    with pytest.raises(Exception, match="at most 20"):
        client.predict("それは？", history=[earlier] * 21, api_name="/ask")


@pytest.mark.slow
def test_bad_questions_are_clear_errors(server):
    from gradio_client import Client

    client = Client(server, verbose=False)
    with pytest.raises(Exception, match="question is empty"):
        client.predict("   ", api_name="/ask")


@pytest.mark.slow
def test_binds_loopback_only(server):
    assert server.startswith("http://127.0.0.1:")
    host = socket.gethostbyname(socket.gethostname())
    if host.startswith("127."):
        return  # no other address on this machine to try
    port = int(server.rsplit(":", 1)[1].strip("/"))
    with pytest.raises(OSError):
        socket.create_connection((host, port), timeout=2).close()

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def open_page(p):
    """Debian's Chromium, headless, and a desktop-sized page in it."""
    browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
    return browser, browser.new_page(viewport={"width": 1280, "height": 900})


def ask_in_chat(page, question: str) -> None:
    """Type a question, send it, and wait for its answer to be rendered."""
    before = page.locator("#chat .kotae-answer").count()
    page.locator("#question textarea").fill(question)
    page.locator("#send").click()
    page.wait_for_function("n => document.querySelectorAll('#chat .kotae-answer').length > n", arg=before,
                           timeout=60_000)


@pytest.mark.slow
@pytest.mark.browser
def test_a_follow_up_is_answered_in_the_chat(server, tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser, page = open_page(p)
        page.goto(server)
        ask_in_chat(page, "ウクライナ国民は何を期待している？")
        ask_in_chat(page, "彼らは何に不信感を持っている？")
        answers = page.locator("#chat .kotae-answer")
        follow_up = answers.nth(1)
        assert "不信感" in follow_up.locator("blockquote").first.inner_text()
        assert "ウクライナ国民は何を期待している？" in follow_up.locator(".note").inner_text()
        assert follow_up.locator("mark").count() >= 1 and "**" not in page.locator("#chat").inner_text()
        page.wait_for_selector("#sources mark", timeout=10_000)
        assert page.locator("#examples").inner_text().count("ウィトコフ") >= 1  # the seed article's own examples
        page.screenshot(path=str(tmp_path / "chat.png"), full_page=False)
        browser.close()
    shot = ROOT / "docs" / "screenshot.png"
    shot.parent.mkdir(exist_ok=True)
    shutil.copy(tmp_path / "chat.png", shot)
    assert shot.stat().st_size > 10_000


NOTES = ("社内メモ\n合言葉\n担当者は「It's a \"green\" light & go」と言った。これが合言葉である。\n"
         "予定\n会議は金曜日の午後三時から始まる。場所は第二会議室。\n")


@pytest.fixture(scope="module")
def notes_server(tmp_path_factory):
    """`qa serve --docs FOLDER` over a document that is not the seed article."""
    docs = tmp_path_factory.mktemp("notes")
    (docs / "notes.txt").write_text(NOTES, encoding="utf-8")
    with serving(tmp_path_factory.mktemp("notes-index"), docs=docs) as url:
        yield url


@pytest.mark.slow
@pytest.mark.browser
def test_rendered_answers_show_text_not_markup(notes_server, tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser, page = open_page(p)
        page.goto(notes_server)
        page.wait_for_selector("#question textarea")
        assert page.locator("#examples").count() == 0  # nothing in this index to make examples from
        assert "ウィトコフ" not in page.locator("body").inner_text()
        ask_in_chat(page, "担当者は何と言った？")
        answer = page.locator("#chat .kotae-answer").last
        shown = answer.inner_text()
        assert "「It's a \"green\" light & go」" in shown
        for literal in ("**", "&#x27;", "&quot;", "&amp;", "&lt;", "<mark>"):
            assert literal not in shown, literal
        assert answer.locator("mark").count() >= 1
        assert answer.locator(".doc-title").count() == 1  # the title once, however many quotes
        sources = page.locator("#sources").inner_text()
        assert "&#x27;" not in sources and "&amp;" not in sources and page.locator("#sources mark").count() >= 1
        browser.close()


@pytest.mark.slow
@pytest.mark.browser
def test_an_upload_named_like_an_indexed_document_keeps_both(notes_server, tmp_path):
    from playwright.sync_api import sync_playwright

    upload = tmp_path / "notes.txt"
    upload.write_text("別のメモ\n来週の出張先は札幌である。\n", encoding="utf-8")
    with sync_playwright() as p:
        browser, page = open_page(p)
        page.goto(notes_server)
        page.locator("#documents").get_by_text("Documents / 文書").click()
        page.locator("#documents input[type=file][multiple]").set_input_files(str(upload))
        page.wait_for_function("() => document.querySelector('#upload-status')?.innerText.includes('Kept both')",
                               timeout=120_000)
        table = page.locator("#doc-table").inner_text()
        assert "notes.txt" in table and "notes-2.txt" in table
        ask_in_chat(page, "来週の出張先はどこ？")
        assert "札幌" in page.locator("#chat .kotae-answer").last.inner_text()
        ask_in_chat(page, "担当者は何と言った？")
        assert "green" in page.locator("#chat .kotae-answer").last.inner_text()
        browser.close()


def test_uploads_are_limited_and_reported_on_the_server(tmp_path, settings, embedder):
    import gradio as gr

    from qa.answer import Answerer
    from qa.indexing import build_index
    from qa.retrieve import Retriever
    from ui.app import MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES, ingest_uploads

    index_dir = tmp_path / "idx"
    s = settings.replace(index_dir=index_dir)
    build_index([SEEDS], index_dir, s, embedder=embedder)
    answerer = Answerer(Retriever(s, embedder=embedder))
    files = tmp_path / "up"
    files.mkdir()
    (files / "good.txt").write_text("札幌のニュース\n札幌で雪まつりが開かれた。\n", encoding="utf-8")
    (files / "sjis.txt").write_bytes("大阪のニュース\n大阪で会議が開かれました。議題は経済です。\n".encode("cp932"))
    (files / "big.txt").write_bytes(b"a" * (MAX_UPLOAD_BYTES + 1))
    (files / "page.html").write_text("<title>神戸</title><p>神戸で港まつりが開かれた。</p>", encoding="utf-8")
    shutil.copy(DATA / "sample.pdf", files / "sample.pdf")
    shutil.copy(DATA / "sample.docx", files / "sample.docx")
    (files / "bin.md").write_bytes(b"\x00\x01")
    (files / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    message = ingest_uploads(sorted(files.iterdir()), s, answerer)
    assert "Indexed 5 file(s)" in message
    assert all(markdown_text(n) in message for n in ("good.txt", "sjis.txt", "page.html", "sample.pdf", "sample.docx"))
    assert all("Skipped " + markdown_text(n) in message for n in ("big.txt", "photo.png", "bin.md"))
    assert str(files) not in message  # server paths are not shown
    assert "札幌" in answerer.answer("札幌で何が開かれた？").quotes[0].text

    namesake = files / "ukraine-peace-talks-witkoff.txt"
    namesake.write_text("同名の別文書\n名古屋で花火大会が開かれた。\n", encoding="utf-8")
    message = ingest_uploads([namesake], s, answerer)
    assert markdown_text("Kept both: ukraine-peace-talks-witkoff.txt → ukraine-peace-talks-witkoff-2.txt") in message
    documents = answerer.retriever.store.documents
    assert "ウィトコフ" in documents["ukraine-peace-talks-witkoff.txt"].text
    assert "名古屋" in documents["ukraine-peace-talks-witkoff-2.txt"].text
    assert "Already indexed: " + markdown_text("good.txt") in ingest_uploads([files / "good.txt"], s, answerer)

    with pytest.raises(gr.Error, match=f"at most {MAX_UPLOAD_FILES} files"):
        ingest_uploads([files / "good.txt"] * (MAX_UPLOAD_FILES + 1), s, answerer)


def test_binding_beyond_loopback_warns():
    from ui.app import bind_warning

    assert bind_warning("127.0.0.1", None) is None
    assert "consider --auth" in bind_warning("0.0.0.0", None)
    assert "consider --auth" not in bind_warning("0.0.0.0", "u:p")


@pytest.mark.slow
def test_auth_is_required_when_set(tmp_path):
    from gradio_client import Client

    (tmp_path / "idx").mkdir()
    with serving(tmp_path / "idx", KOTAE_AUTH="alice:s3cret") as url:
        with pytest.raises(Exception):  # noqa: B017 (the client raises various types for 401)
            Client(url, verbose=False).predict("ウィトコフ氏は誰と会談した？", api_name="/ask")
        result = Client(url, auth=("alice", "s3cret"), verbose=False).predict("ウィトコフ氏は誰と会談した？",
                                                                             api_name="/ask")
        assert result["found"] is True


@pytest.mark.slow
def test_sixteen_concurrent_clients_for_a_minute_get_no_errors(server):
    sys.path.insert(0, str(ROOT / "bench"))
    from load import run_load

    result = run_load(server, clients=16, seconds=60, max_requests=3000)
    assert result["errors"] == 0, result["error_samples"]
    assert result["requests"] >= 16


def test_a_document_can_be_removed_but_not_the_last_one(tmp_path, settings, embedder):
    import gradio as gr

    from qa.answer import Answerer
    from qa.indexing import build_index
    from qa.retrieve import Retriever
    from ui.app import remove_document

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("文書A\n京都で会議が開かれた。\n", encoding="utf-8")
    (docs / "b.txt").write_text("文書B\n大阪で祭りが開かれた。\n", encoding="utf-8")
    s = settings.replace(index_dir=tmp_path / "idx")
    build_index([docs], s.index_dir, s, embedder=embedder)
    answerer = Answerer(Retriever(s, embedder=embedder))
    assert remove_document("a.txt", s, answerer) == "Removed " + markdown_text("a.txt")
    assert list(answerer.retriever.store.documents) == ["b.txt"]
    with pytest.raises(gr.Error, match="only this document"):
        remove_document("b.txt", s, answerer)
    with pytest.raises(gr.Error, match="choose an indexed document"):
        remove_document("nope.txt", s, answerer)
    assert list(answerer.retriever.store.documents) == ["b.txt"]

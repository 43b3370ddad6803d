"""The chat app, started as users start it (`qa serve`) and called through gradio_client."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

DATA = ROOT / "tests" / "data"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(index_dir, port: int, **env_extra) -> subprocess.Popen:
    """`qa index seeds` then `qa serve`, as a user would; returns once the port answers."""
    env = {**os.environ, "KOTAE_INDEX_DIR": str(index_dir), **env_extra}
    subprocess.run([sys.executable, "-m", "qa.cli", "index", str(SEEDS)], env=env, check=True, cwd=ROOT,
                   capture_output=True)
    log = index_dir / "server.log"
    with open(log, "w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "qa.cli", "serve", "--port", str(port)], env=env, cwd=ROOT,
                                stdout=out, stderr=subprocess.STDOUT)
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


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    proc = start_server(tmp_path_factory.mktemp("app-index"), port)
    yield f"http://127.0.0.1:{port}/"
    proc.terminate()
    proc.wait(timeout=20)


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


@pytest.mark.slow
def test_bad_questions_are_clear_errors(server):
    from gradio_client import Client

    client = Client(server, verbose=False)
    with pytest.raises(Exception, match="the question is empty"):
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


@pytest.mark.slow
@pytest.mark.browser
def test_question_in_the_browser_shows_the_quote(server, tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(server)
        page.locator("#question textarea").fill("ウィトコフ氏は誰と会談した？")
        page.locator("#send").click()
        page.wait_for_selector("#chat strong", timeout=60_000)
        chat = page.locator("#chat").inner_text()
        assert "文書の該当箇所です" in chat and "ウィトコフ" in chat
        assert "<mark>" not in chat  # highlight markup is rendered, not shown
        page.wait_for_selector("#sources mark", timeout=10_000)
        shot = ROOT / "docs" / "screenshot.png"
        shot.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(tmp_path / "chat.png"), full_page=False)
        shutil.copy(tmp_path / "chat.png", shot)
        assert Path(shot).stat().st_size > 10_000
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
    assert all(n in message for n in ("good.txt", "sjis.txt", "page.html", "sample.pdf", "sample.docx"))
    assert "Skipped big.txt" in message and "Skipped photo.png" in message and "Skipped bin.md" in message
    assert str(files) not in message  # server paths are not shown
    assert "札幌" in answerer.answer("札幌で何が開かれた？").quotes[0].text

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

    port = free_port()
    (tmp_path / "idx").mkdir()
    proc = start_server(tmp_path / "idx", port, KOTAE_AUTH="alice:s3cret")
    try:
        url = f"http://127.0.0.1:{port}/"
        with pytest.raises(Exception):  # noqa: B017 (the client raises various types for 401)
            Client(url, verbose=False).predict("ウィトコフ氏は誰と会談した？", api_name="/ask")
        result = Client(url, auth=("alice", "s3cret"), verbose=False).predict("ウィトコフ氏は誰と会談した？",
                                                                             api_name="/ask")
        assert result["found"] is True
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.mark.slow
def test_sixteen_concurrent_clients_for_a_minute_get_no_errors(server):
    sys.path.insert(0, str(ROOT / "bench"))
    from load import run_load

    result = run_load(server, clients=16, seconds=60, max_requests=3000)
    assert result["errors"] == 0, result["error_samples"]
    assert result["requests"] >= 16

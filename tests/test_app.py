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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    index_dir = tmp_path_factory.mktemp("app-index")
    port = free_port()
    env = {**os.environ, "KOTAE_INDEX_DIR": str(index_dir)}
    subprocess.run([sys.executable, "-m", "qa.cli", "index", str(SEEDS)], env=env, check=True, cwd=ROOT,
                   capture_output=True)
    log = open(index_dir / "server.log", "w")  # noqa: SIM115 (closed below)
    proc = subprocess.Popen([sys.executable, "-m", "qa.cli", "serve", "--port", str(port)], env=env, cwd=ROOT,
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError((index_dir / "server.log").read_text()) from None
            time.sleep(0.5)
    else:
        proc.kill()
        raise RuntimeError("server did not start: " + (index_dir / "server.log").read_text())
    yield url
    proc.terminate()
    proc.wait(timeout=20)
    log.close()


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

"""The chat app under misuse: bad API input, a damaged index, markup in file names, password guessing."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import httpx
import pytest

from tests.conftest import ROOT, SEEDS
from tests.test_app import free_port, open_page, serving, start_server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serving(tmp_path_factory.mktemp("app-safety")) as url:
        yield url


BAD_ASK = [  # (raw JSON of the /ask arguments that differ from a good call, what the error must say)
    ({"k": "null"}, "k is missing: it must be a whole number from 1 to 50"),
    ({"k": "1e400"}, "k is inf (not a finite number): it must be a whole number from 1 to 50"),
    ({"k": "1000000000"}, "k is 1,000,000,000: it must be a whole number from 1 to 50"),
    ({"k": "9" * 40}, "k is a number too large to use"),
    ({"k": "9" * 5000}, "There was an error parsing the body"),  # over Python's 4,300-digit limit: HTTP 400
    ({"k": "true"}, "k is true (a boolean)"),
    ({"k": '"5"'}, "k is '5': it must be a whole number from 1 to 50"),
    ({"threshold": '"abc"'}, "threshold is 'abc': it must be a number from 0 to 1"),
    ({"threshold": "5"}, "threshold is 5: it must be a number from 0 to 1"),
    ({"threshold": "-5"}, "threshold is -5: it must be a number from 0 to 1"),
    ({"threshold": "NaN"}, "threshold is nan (not a finite number)"),
    ({"mode": '"magic"'}, "mode is 'magic': it must be one of dense, bm25, hybrid"),
    ({"mode": "[]"}, "mode is a list: it must be one of dense, bm25, hybrid"),
    ({"question": json.dumps("x" * 2001)}, "question has 2,001 characters"),
    ({"question": "null"}, "question is missing"),
    ({"question": '"   "'}, "question is empty"),
    ({"history": '"その理由は？"'}, "history is 'その理由は？': it must be a list of at most 20 strings"),
    ({"history": '["a", 3]'}, "history[1] is 3: it must be a string"),
    ({"history": json.dumps(["q"] * 21)}, "history has 21 entries: it must be a list of at most 20 strings"),
    ({"threshold": '"<img src=x onerror=alert(1)>"'}, "threshold is '&lt;img src=x onerror=alert(1)&gt;'"),
]
GOOD_ASK = {"question": json.dumps("ウィトコフ氏は誰と会談した？"), "k": "5", "mode": '"hybrid"', "threshold": "0.83",
            "history": "null"}


def raw_ask(url: str, arguments: dict[str, str]) -> tuple[str, str]:
    """/ask over plain HTTP with the JSON written by hand (so 1e400 and NaN reach the server as sent):
    the event that ends the stream and its data."""
    body = '{"data": [' + ", ".join(arguments[f] for f in ("question", "k", "mode", "threshold", "history")) + "]}"
    with httpx.Client(base_url=url, timeout=60) as http:
        started = http.post("gradio_api/call/ask", content=body, headers={"Content-Type": "application/json"})
        if started.status_code != 200:
            return "error", started.text
        event, data = "", ""
        with http.stream("GET", f"gradio_api/call/ask/{started.json()['event_id']}") as stream:
            for line in stream.iter_lines():
                if line.startswith("event:"):
                    event = line.split(":", 1)[1].strip()
                elif line.startswith("data:"):
                    data = line.split(":", 1)[1].strip()
                    if event in ("complete", "error"):
                        return event, data
    return event, data


@pytest.mark.slow
def test_every_bad_api_input_is_one_clear_message(server):
    for change, message in BAD_ASK:
        event, data = raw_ask(server, {**GOOD_ASK, **change})
        shown = json.loads(data) if data.startswith("{") else {}
        text = shown.get("error") or shown.get("detail") or data
        assert event == "error" and message in text, (change, event, data[:300])
        assert "Traceback" not in data and "Error:" not in data
    event, data = raw_ask(server, {**GOOD_ASK, "k": "3", "mode": '"bm25"', "threshold": "0.5"})
    assert event == "complete" and isinstance(json.loads(data)[0]["found"], bool)


@pytest.mark.slow
def test_a_damaged_index_still_serves_the_page_with_the_message_and_ask_answers_it(tmp_path):
    from gradio_client import Client

    index_dir = tmp_path / "idx"
    subprocess.run([sys.executable, "-m", "qa.cli", "index", str(SEEDS)], check=True, cwd=ROOT,
                   env={**os.environ, "KOTAE_INDEX_DIR": str(index_dir)}, capture_output=True)
    gen = index_dir / (index_dir / "CURRENT").read_text().strip()
    (gen / "vectors.npy").write_bytes(b"")
    port = free_port()
    proc = start_server(index_dir, port, build=False)
    try:
        url = f"http://127.0.0.1:{port}/"
        assert httpx.get(url, timeout=30).status_code == 200
        with pytest.raises(Exception) as info:  # noqa: PT011
            Client(url, verbose=False).predict("ロシアは何を求めている？", api_name="/ask")
        assert "is damaged: vectors.npy is 0 bytes" in str(info.value) and "qa index" in str(info.value)
        assert proc.poll() is None  # still serving; the banner's text is checked in the next test
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_the_banner_names_the_damage_escaped(tmp_path, seed_index, settings, embedder):
    import shutil

    from qa.answer import Answerer
    from qa.retrieve import Retriever
    from ui.app import documents_rows, index_banner

    index_dir = tmp_path / "<b>idx"
    shutil.copytree(seed_index, index_dir)
    answerer = Answerer(Retriever(settings.replace(index_dir=index_dir), embedder=embedder))
    assert index_banner(answerer) == "" and documents_rows(answerer)
    (index_dir / (index_dir / "CURRENT").read_text().strip() / "chunks.jsonl").write_bytes(b"{}")
    answerer = Answerer(Retriever(settings.replace(index_dir=index_dir), embedder=embedder))  # as after a restart
    banner = index_banner(answerer)
    assert "damaged: chunks\\.jsonl" in banner and "&lt;b&gt;idx" in banner and "<b>" not in banner
    assert documents_rows(answerer) == []


@pytest.mark.slow
def test_sign_in_is_rate_limited_per_address_without_saying_which_names_exist(tmp_path):
    (tmp_path / "idx").mkdir()
    with serving(tmp_path / "idx", KOTAE_AUTH="alice:s3cret", KOTAE_LOGIN_RATE="5/minute") as url:
        login = f"{url}login"
        assert "limited per address" in httpx.get(f"{url}config", timeout=30).text
        assert httpx.post(login, data={"username": "alice", "password": "s3cret"}, timeout=30).status_code == 200
        for user in ("alice", "bob", "alice", "mallory"):
            assert httpx.post(login, data={"username": user, "password": "guess"}, timeout=30).status_code == 400
        answers = [httpx.post(login, data={"username": user, "password": password}, timeout=30)
                   for user, password in (("alice", "guess"), ("nobody", "guess"), ("alice", "s3cret"))]
        assert [a.status_code for a in answers] == [429, 429, 429]  # even the right password, while locked
        details = {json.loads(a.text)["detail"] for a in answers}
        assert len({d.split(" in ")[0] for d in details}) == 1  # one message, whoever the user
        assert next(iter(details)).startswith("Too many sign-in attempts from this address; try again in")
        assert 0 < int(answers[0].headers["Retry-After"]) <= 60


MARKUP_NAMES = ["[x](javascript:alert(1)).txt", "<img src=x onerror=alert(1)>.txt"]


@pytest.mark.slow
@pytest.mark.browser
def test_uploaded_file_names_and_titles_with_markup_show_as_text(server, tmp_path):
    from gradio_client.utils import strip_invalid_filename_characters
    from playwright.sync_api import sync_playwright

    files = []
    for i, name in enumerate(MARKUP_NAMES):
        path = tmp_path / name
        path.write_text(f"<script>alert({i})</script>[t](javascript:alert(2))\n札幌で雪まつりが開かれた{i}。\n",
                        encoding="utf-8")
        files.append(str(path))
    dialogs = []
    with sync_playwright() as p:
        browser, page = open_page(p)
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(server)
        page.get_by_text("Documents / 文書").click()
        page.locator("input[type=file][accept*='.txt']").set_input_files(files)
        page.wait_for_function("document.body.innerText.includes('Indexed 2 file(s)')", timeout=120_000)
        text = page.locator("body").inner_text()
        for name in MARKUP_NAMES:  # Gradio drops some characters from upload names; the rest shows as text
            assert strip_invalid_filename_characters(name) in text
        assert "<script>alert(0)</script>[t](javascript:alert(2))" in text  # a title, in the documents table
        assert page.locator("a[href^='javascript']").count() == 0
        assert page.locator("img[src='x']").count() == 0
        assert page.evaluate("[...document.scripts].filter(s => s.textContent.includes('alert(')).length") == 0
        assert page.locator("#component-0 a, .prose a").evaluate_all(
            "els => els.filter(e => (e.getAttribute('href') || '').includes('alert')).length") == 0
        assert dialogs == []
        browser.close()


@pytest.mark.slow
def test_askers_an_upload_and_raw_calls_together_lose_nothing(server):
    """A bounded run of bench/load.py --mixed (the full one: 16 askers, 5 MB, 2,500 calls; BENCHMARKS.md)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from load import run_mixed

    result = run_mixed(server, clients=4, raw_total=200, upload_mb=0.2)
    assert result["upload"]["completed"] and result["upload"]["success"], result["upload"]
    status = result["upload"]["status"]
    assert status.startswith("Indexed 1 file(s)") and status.endswith("large\\-upload\\.txt"), status
    assert result["raw_calls"] == 200 and result["raw_errors"] == 0, result["raw_error_samples"]
    assert result["errors"] == 0 and result["requests"] >= 4, result["error_samples"]

"""The load bench's askers (`bench/load.py`): a question asked right after the last one's result is answered,
even when the client's reader of its shared event stream is slow to see the stream close."""

from __future__ import annotations

import concurrent.futures
import time

import gradio as gr
import httpx
import pytest

from bench.load import run_load
from tests.test_app import free_port

HOLD = 1.0  # seconds the client's stream reader waits before it reads `close_stream`


@pytest.fixture
def url():
    """A small Gradio app on loopback whose `/ask` answers at once, as the chat's does (a dict with "found")."""

    def ask(question: str) -> dict:
        return {"found": True, "question": question}

    with gr.Blocks() as app:
        gr.api(ask, api_name="ask")
    app.queue(default_concurrency_limit=4)
    port = free_port()
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, ssr_mode=False)
    yield f"http://127.0.0.1:{port}/"
    app.close(verbose=False)


@pytest.fixture
def slow_stream_reader(monkeypatch):
    """gradio_client's event stream reader held `HOLD` seconds before it reads the server's `close_stream`, as
    a thread descheduled on a loaded machine is (the mixed load run hit it twice in 17,550 questions)."""
    read = httpx.Response.iter_bytes

    def iter_bytes(self, *args, **kwargs):
        if not self.request.url.path.endswith("/queue/data"):
            yield from read(self, *args, **kwargs)
            return
        for chunk in read(self, *args, **kwargs):
            for message in chunk.split(b"\n\n"):
                if b'"close_stream"' in message:
                    time.sleep(HOLD)
                if message:
                    yield message + b"\n\n"

    monkeypatch.setattr(httpx.Response, "iter_bytes", iter_bytes)


def test_askers_get_every_answer_while_their_streams_close_slowly(url, slow_stream_reader):
    result = run_load(url, clients=2, seconds=60, max_requests=8)
    assert result["errors"] == 0, result["error_samples"]
    assert result["requests"] >= 8


def test_gradio_clients_own_predict_in_a_row_cancels_a_question(url, slow_stream_reader):
    """Why `bench.load.ask` waits for the stream to end: `predict` right after `predict` sends the second
    question on the stream the server has just closed, and gradio_client cancels it. If this starts failing,
    gradio_client has fixed it and the wait can go."""
    from gradio_client import Client

    client = Client(url, verbose=False, analytics_enabled=False)
    outcomes = []
    for n in range(4):
        try:
            outcomes.append(client.predict(f"q{n}", api_name="/ask")["question"])
        except concurrent.futures.CancelledError:
            outcomes.append("cancelled")
    client.close()
    assert "cancelled" in outcomes and "q0" in outcomes

"""The queue's session cache: questions and a long job that wait while thousands of newer sessions come
and go (every raw API call is one) still get their results, and the queue keeps running."""

from __future__ import annotations

import threading

import gradio as gr
import httpx
import pytest
from gradio.utils import LRUCache

from tests.test_app import free_port
from ui.queue_sessions import SessionMessages, keep_waiting_sessions

MAX_SESSIONS = 10  # stands for Gradio's 2,000: the same eviction, reached with fewer calls


@pytest.fixture
def app_with_a_held_job():
    """A small Gradio app on loopback: `hold` runs one at a time until released, `echo` answers at once."""
    release = threading.Event()

    def hold(x: str) -> str:
        release.wait(60)
        return f"held {x}"

    def echo(x: str) -> str:
        return x

    with gr.Blocks() as app:
        gr.api(hold, api_name="hold", concurrency_limit=1)
        gr.api(echo, api_name="echo")
    app.queue(default_concurrency_limit=4)
    port = free_port()
    yield app, f"http://127.0.0.1:{port}/", release, port
    release.set()
    app.close(verbose=False)


def launch(app: gr.Blocks, port: int) -> None:
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, ssr_mode=False)


def start(http: httpx.Client, api: str, x: str) -> str:
    return http.post(f"gradio_api/call/{api}", json={"data": [x]}).raise_for_status().json()["event_id"]


def result(http: httpx.Client, api: str, event_id: str) -> str:
    """The stream's text: it ends with `event: complete` and the data, or with `event: error`; "dropped"
    when the server cut it off."""
    try:
        return http.get(f"gradio_api/call/{api}/{event_id}").text
    except httpx.RemoteProtocolError:
        return "dropped"


def crowd_out(http: httpx.Client, calls: int) -> list[str]:
    """`calls` raw echo calls, each a new session; the texts of their streams."""
    return [result(http, "echo", start(http, "echo", str(i))) for i in range(calls)]


def test_a_running_job_and_queued_ones_keep_their_sessions(app_with_a_held_job):
    app, url, release, port = app_with_a_held_job
    keep_waiting_sessions(app, max_size=MAX_SESSIONS)
    launch(app, port)
    with httpx.Client(base_url=url, timeout=60) as http:
        held = [start(http, "hold", name) for name in ("running", "queued", "queued-too")]
        echoes = crowd_out(http, 3 * MAX_SESSIONS)
        release.set()
        results = [result(http, "hold", event_id) for event_id in held]
        after = crowd_out(http, 1)
    assert all("event: complete" in e for e in echoes)
    assert [r.split("data: ")[-1].strip() for r in results] == ['["held running"]', '["held queued"]',
                                                                 '["held queued-too"]']
    assert "event: complete" in after[0]
    assert not app._queue.stopped
    sessions = app._queue.pending_messages_per_session
    assert isinstance(sessions, SessionMessages) and len(sessions) <= MAX_SESSIONS


def test_gradios_own_cache_drops_them_and_stops_the_queue(app_with_a_held_job):
    """Why `SessionMessages` exists: with Gradio's cache the same calls lose the held jobs' results and
    stop the queue for everyone. If this starts failing, Gradio has fixed it and the module can go."""
    app, url, release, port = app_with_a_held_job
    app._queue.pending_messages_per_session = LRUCache(MAX_SESSIONS)
    launch(app, port)
    with httpx.Client(base_url=url, timeout=60) as http:
        held = [start(http, "hold", name) for name in ("running", "queued", "queued-too")]
        crowd_out(http, 3 * MAX_SESSIONS)
        release.set()
        results = [result(http, "hold", event_id) for event_id in held]
        refused = http.post("gradio_api/call/echo", json={"data": ["x"]})
    assert not any("held" in r for r in results)
    assert app._queue.stopped
    assert refused.status_code == 503 and "Queue is stopped" in refused.text


def test_the_oldest_delivered_session_goes_first():
    class Queue:  # the two Gradio fields the cache reads
        event_ids_to_events: dict = {}
        pending_event_ids_session: dict = {}

    queue = Queue()
    sessions = SessionMessages(queue, max_size=3)
    for name in ("running", "undelivered", "delivered"):
        sessions[name] = object()
    queue.event_ids_to_events = {"e1": type("Event", (), {"session_hash": "running"})()}
    queue.pending_event_ids_session = {"running": {"e1"}, "undelivered": {"e2"}, "delivered": set()}
    sessions["new"] = object()
    assert list(sessions) == ["running", "undelivered", "new"]
    queue.pending_event_ids_session["new"] = {"e3"}
    sessions["newer"] = object()  # nothing delivered is left: the oldest finished, unread result goes
    assert list(sessions) == ["running", "new", "newer"] and "undelivered" not in queue.pending_event_ids_session
    queue.event_ids_to_events |= {e: type("Event", (), {"session_hash": s})() for e, s in
                                  (("e3", "new"), ("e4", "newer"))}
    sessions["newest"] = object()  # every session waits for an event: none is dropped
    assert list(sessions) == ["running", "new", "newer", "newest"]

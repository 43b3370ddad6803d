"""Load test of the chat server's `/ask` API: N concurrent clients for a fixed time, loopback only.

Every client asks a mix of Japanese, English, unanswerable and odd questions in turn; requests are
bounded in count and time and go only to 127.0.0.1. Reports requests, errors and p50/p99 latency.
`--mixed` adds what issue 15 broke the server with: one browser-protocol upload of a large file and
raw HTTP calls to /ask (POST, then the result stream) alongside the askers; every upload stream must
end with its result and every call with an answer. The server's own output goes to OUT with the suffix
`.server.log`; the report counts the tracebacks in it.

    python bench/load.py --clients 16 --seconds 60 --out bench/results/load.json
    python bench/load.py --mixed --clients 16 --raw-calls 2500 --upload-mb 5 --out bench/results/load-mixed.json
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import json
import os
import platform
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "ウィトコフ氏は誰と会談した？", "和平を阻んでいる障害は何ですか？", "ロシアは何を求めている？",
    "What does Russia want from a peace deal?", "Who did Witkoff meet with?", "トルコの役割は？",
    "What is the capital of France?", "NATO", "😀", "<script>alert(1)</script>は？",
]
STREAM_END_SECONDS = 60.0  # the server closes a session's stream right after its last result


def ask(client, question: str, **kwargs) -> dict:
    """`client.predict(question, api_name="/ask")`, returning only once the client's event stream has ended.

    gradio_client (2.7.2) reads every question's messages from one event stream per Client, and only
    its reader thread learns that the server ended it: the server sends `close_stream` as soon as the
    session has nothing pending (gradio/routes.py:1878-1894) and the reader marks the stream closed
    when it reads that (gradio_client/client.py:349-352). A question sent in between is tagged to the
    closing stream (client.py:410-418); the stream's end wakes it with None (client.py:436-450), which
    raises an empty `CancelledError` (gradio_client/utils.py:539-540) while the server answers it to
    nobody. Waiting here for the stream to end, as the browser's client in effect does (it reads
    `close_stream` before any later reply), makes the next question open a stream of its own."""
    try:
        return client.predict(question, api_name="/ask", **kwargs)
    finally:
        stream = client.streaming_future
        if stream is not None and concurrent.futures.wait([stream], timeout=STREAM_END_SECONDS).not_done:
            raise TimeoutError(f"the event stream was still open {STREAM_END_SECONDS:.0f} s after the result")


def run_load(url: str, clients: int = 16, seconds: float = 60.0, max_requests: int = 5000,
             until: Callable[[], bool] | None = None) -> dict:
    """`clients` threads asking in turn for `seconds` (or, with `until`, while it returns True)."""
    from gradio_client import Client

    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def worker(n: int) -> None:
        client = Client(url, verbose=False)
        i = n
        while time.monotonic() < stop_at and (until is None or until()):
            with lock:
                if len(latencies) + len(errors) >= max_requests:
                    return
            started = time.perf_counter()
            try:
                result = ask(client, QUESTIONS[i % len(QUESTIONS)])
                if not isinstance(result, dict) or "found" not in result:
                    raise ValueError(f"unexpected response {result!r:.80}")
                with lock:
                    latencies.append(time.perf_counter() - started)
            except Exception as exc:  # every failure counts, whatever its type
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}"[:200])
            i += 1

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 120)
    wall = time.perf_counter() - began
    ms = np.array(latencies) * 1000
    return {"clients": clients, "seconds": seconds, "wall_seconds": round(wall, 1), "requests": len(latencies),
            "errors": len(errors), "error_samples": errors[:5], "throughput_rps": round(len(latencies) / wall, 2),
            "p50_ms": round(float(np.percentile(ms, 50)), 1) if len(ms) else None,
            "p99_ms": round(float(np.percentile(ms, 99)), 1) if len(ms) else None}


def upload_through_the_queue(url: str, path: Path) -> dict:
    """Upload `path` as the browser does (POST /upload, join the queue, read the event stream) and
    report whether the stream ended with the result; a stream that just stops is a dropped stream."""
    import httpx

    started = time.perf_counter()
    with httpx.Client(base_url=url, timeout=httpx.Timeout(60, read=900)) as http:
        config = http.get("config").json()
        fn_index = next(d["id"] for d in config["dependencies"] if any(t[1] == "upload" for t in d["targets"]))
        with path.open("rb") as fh:
            uploaded = http.post("gradio_api/upload", files={"files": (path.name, fh, "text/plain")})
        uploaded.raise_for_status()
        session = os.urandom(6).hex()
        file_data = {"path": uploaded.json()[0], "orig_name": path.name, "meta": {"_type": "gradio.FileData"}}
        http.post("gradio_api/queue/join", json={"data": [[file_data]], "fn_index": fn_index, "session_hash": session,
                                                 "event_data": None, "trigger_id": None}).raise_for_status()
        with http.stream("GET", "gradio_api/queue/data", params={"session_hash": session}) as stream:
            for line in stream.iter_lines():
                if not line.startswith("data:"):
                    continue
                message = json.loads(line[5:])
                if message.get("msg") == "process_completed":
                    output = message.get("output") or {}
                    status = (output.get("data") or [""])[-1] if message.get("success") else output  # status comes last
                    return {"completed": True, "success": bool(message.get("success")), "status": str(status)[:200],
                            "seconds": round(time.perf_counter() - started, 1)}
    return {"completed": False, "success": False, "status": "stream ended without a result",
            "seconds": round(time.perf_counter() - started, 1)}


def raw_calls(url: str, total: int, threads: int = 8) -> dict:
    """`total` /ask calls over plain HTTP (POST, then read the result stream), `threads` at a time."""
    import httpx

    done: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    counter = iter(range(total))

    def worker() -> None:
        with httpx.Client(base_url=url, timeout=120) as http:
            for i in counter:
                started = time.perf_counter()
                try:
                    body = {"data": [QUESTIONS[i % len(QUESTIONS)], 3, "hybrid", 0.5, []]}  # k, mode, bar, history
                    event_id = http.post("gradio_api/call/ask", json=body).raise_for_status().json()["event_id"]
                    text = http.get(f"gradio_api/call/ask/{event_id}").raise_for_status().text
                    if "event: complete" not in text:
                        raise ValueError(text[:120])
                    with lock:
                        done.append(time.perf_counter() - started)
                except Exception as exc:  # every failure counts, whatever its type
                    with lock:
                        errors.append(f"{type(exc).__name__}: {exc}"[:200])

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    ms = np.array(done) * 1000
    return {"raw_calls": len(done), "raw_errors": len(errors), "raw_error_samples": errors[:5],
            "raw_p50_ms": round(float(np.percentile(ms, 50)), 1) if len(ms) else None,
            "raw_p99_ms": round(float(np.percentile(ms, 99)), 1) if len(ms) else None}


def big_text_file(folder: Path, megabytes: float) -> Path:
    """A Japanese text file of about `megabytes` (every paragraph numbered, so every passage is new)."""
    seed = (ROOT / "seeds" / "ukraine-peace-talks-witkoff.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in seed.split("\n") if p.strip()]
    path, size, i = folder / "large-upload.txt", 0, 0
    with path.open("w", encoding="utf-8") as fh:
        fh.write("大きな文書\n")
        while size < megabytes * 1_000_000:
            line = f"第{i}段落。{paragraphs[i % len(paragraphs)]}\n"
            fh.write(line)
            size += len(line.encode("utf-8"))
            i += 1
    return path


def run_mixed(url: str, clients: int, raw_total: int, upload_mb: float, max_seconds: float = 1800) -> dict:
    """Askers for as long as the upload and the raw calls run, all at once."""
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = big_text_file(Path(tmp), upload_mb)
        uploader = threading.Thread(target=lambda: results.update(upload=upload_through_the_queue(url, path)))
        raw = threading.Thread(target=lambda: results.update(raw_calls(url, raw_total)))
        began = time.perf_counter()
        uploader.start()
        raw.start()
        askers = threading.Thread(target=lambda: results.update(run_load(url, clients, max_seconds, 10**6,
                                                                         until=lambda: uploader.is_alive()
                                                                         or raw.is_alive())))
        askers.start()
        for t in (uploader, raw, askers):
            t.join()
        results |= {"upload_bytes": path.stat().st_size, "mixed_wall_seconds": round(time.perf_counter() - began, 1)}
    return results


@contextlib.contextmanager
def load_average_sampled(every: float = 5.0) -> Iterator[list[float]]:
    """The machine's 1-minute load average, sampled every `every` seconds while the block runs (the
    machine is shared: the figures mean little without it)."""
    loads: list[float] = [round(os.getloadavg()[0], 1)]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(every):
            loads.append(round(os.getloadavg()[0], 1))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield loads
    finally:
        done.set()
        sampler.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--out", default=str(ROOT / "bench/results/load.json"))
    parser.add_argument("--mixed", action="store_true", help="askers + one large upload + raw /ask calls")
    parser.add_argument("--raw-calls", type=int, default=2500)
    parser.add_argument("--upload-mb", type=float, default=5.0)
    args = parser.parse_args()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "KOTAE_INDEX_DIR": tmp}
        subprocess.run([sys.executable, "-m", "qa.cli", "index", str(ROOT / "seeds")], env=env, check=True,
                       capture_output=True)
        log = Path(args.out).with_suffix(".server.log")
        with log.open("w") as out:
            server = subprocess.Popen([sys.executable, "-m", "qa.cli", "serve", "--port", str(port)], env=env,
                                      stdout=out, stderr=subprocess.STDOUT)
        try:
            for _ in range(360):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.5)
            url = f"http://127.0.0.1:{port}/"
            with load_average_sampled() as loads:
                result = (run_mixed(url, args.clients, args.raw_calls, args.upload_mb) if args.mixed
                          else run_load(url, args.clients, args.seconds))
        finally:
            server.terminate()
            server.wait(timeout=30)
    result |= {"server_log": log.name, "server_tracebacks": log.read_text(errors="replace").count("Traceback"),
               "load_average_1min": {"min": min(loads), "median": float(np.median(loads)), "max": max(loads)},
               "date": time.strftime("%Y-%m-%d"), "machine": platform.platform(), "cpus": os.cpu_count(),
               "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                        cwd=ROOT).stdout.strip()}
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1))
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()

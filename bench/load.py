"""Load test of the chat server's `/ask` API: N concurrent clients for a fixed time, loopback only.

Every client asks a mix of Japanese, English, unanswerable and odd questions in turn; requests are
bounded in count and time and go only to 127.0.0.1. Reports requests, errors and p50/p99 latency.

    python bench/load.py --clients 16 --seconds 60 --out bench/results/load.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "ウィトコフ氏は誰と会談した？", "和平を阻んでいる障害は何ですか？", "ロシアは何を求めている？",
    "What does Russia want from a peace deal?", "Who did Witkoff meet with?", "トルコの役割は？",
    "What is the capital of France?", "NATO", "😀", "<script>alert(1)</script>は？",
]


def run_load(url: str, clients: int = 16, seconds: float = 60.0, max_requests: int = 5000) -> dict:
    from gradio_client import Client

    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def worker(n: int) -> None:
        client = Client(url, verbose=False)
        i = n
        while time.monotonic() < stop_at:
            with lock:
                if len(latencies) + len(errors) >= max_requests:
                    return
            started = time.perf_counter()
            try:
                result = client.predict(QUESTIONS[i % len(QUESTIONS)], api_name="/ask")
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--out", default=str(ROOT / "bench/results/load.json"))
    args = parser.parse_args()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "KOTAE_INDEX_DIR": tmp}
        subprocess.run([sys.executable, "-m", "qa.cli", "index", str(ROOT / "seeds")], env=env, check=True,
                       capture_output=True)
        server = subprocess.Popen([sys.executable, "-m", "qa.cli", "serve", "--port", str(port)], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(360):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.5)
            result = run_load(f"http://127.0.0.1:{port}/", args.clients, args.seconds)
        finally:
            server.terminate()
            server.wait(timeout=30)
    result |= {"date": time.strftime("%Y-%m-%d"), "machine": platform.platform(), "cpus": os.cpu_count(),
               "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                        cwd=ROOT).stdout.strip()}
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1))
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()

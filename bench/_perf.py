"""Shared helpers for the performance benchmarks (bench/{indexing,latency,startup,memory,scale}.py).

Machine facts, the git commit, percentiles, and writing `bench/results/perf-<name>.json`. No timing
logic lives here beyond `percentiles`; each benchmark's docstring states its own machine/data/method.
"""

from __future__ import annotations

import json
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from qa.settings import JSQUAD_VALIDATION as JSQUAD  # noqa: F401 (the benchmarks read it from here)

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
BIN = Path(sys.executable).parent
JSQUAD_CREDIT = ("JSQuAD v1.3 validation split from JGLUE (Kurihara et al., LREC 2022), "
                 "CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/")
NOISE_NOTE = ("Shared 2-core machine: other CPU-heavy jobs may run at the same time, so absolute times are noisy; "
              "compare ratios and medians measured side by side in one run.")


def machine() -> dict:
    mem = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = int(line.split()[1]) * 1024
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {"platform": platform.platform(), "python": platform.python_version(), "cpus": os.cpu_count(),
            "ram_gib": round(mem / 2**30, 1), "processor": platform.processor() or platform.machine(),
            "loadavg_at_start": [round(x, 2) for x in load] if load else None}


def commit() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT)
    dirty = subprocess.run(["git", "status", "--porcelain", "qa", "ui"], capture_output=True, text=True, cwd=ROOT)
    return out.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")


def percentiles(seconds: list[float]) -> dict:
    """p50/p90/p99/mean in milliseconds (numpy's linear interpolation)."""
    ms = np.asarray(seconds, dtype=float) * 1000
    if not len(ms):
        return {}
    return {"n": int(len(ms)), "p50": round(float(np.percentile(ms, 50)), 2),
            "p90": round(float(np.percentile(ms, 90)), 2), "p99": round(float(np.percentile(ms, 99)), 2),
            "mean": round(float(ms.mean()), 2)}


def write_result(name: str, method: str, results: dict, data: str = "", quick: bool = False) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"perf-{name}{'-quick' if quick else ''}.json"
    out = {"name": name, "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "commit": commit(), "machine": machine(),
           "quick": quick, "method": method, "data": data, "noise": NOISE_NOTE, "results": results}
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}", flush=True)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def table(header: list[str], rows: list[list]) -> str:
    def cell(v) -> str:
        if not isinstance(v, float):
            return str(v)
        return f"{v:.1f}" if abs(v) >= 100 else f"{v:.2f}" if abs(v) >= 1 else f"{v:.3g}"

    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return "\n".join(lines + ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows])


@contextmanager
def qa_server(index_dir: Path, timeout: float = 300.0):
    """`qa serve` on a free loopback port in a subprocess; yields (gradio Client, Popen, seconds to ready)."""
    from gradio_client import Client

    port = free_port()
    env = dict(os.environ, GRADIO_ANALYTICS_ENABLED="False", TOKENIZERS_PARALLELISM="false")
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        proc = subprocess.Popen([str(BIN / "qa"), "serve", "--port", str(port), "--index-dir", str(index_dir)],
                                stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
        try:
            client = None
            while client is None:
                if proc.poll() is not None:
                    log.seek(0)
                    raise RuntimeError(f"qa serve exited with {proc.returncode}: {log.read().decode()[-2000:]}")
                if time.perf_counter() - started > timeout:
                    raise RuntimeError("qa serve did not come up in time")
                try:
                    client = Client(f"http://127.0.0.1:{port}/", verbose=False, analytics_enabled=False)
                except Exception:  # not listening yet
                    time.sleep(0.5)
            yield client, proc, time.perf_counter() - started
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def rss_kib(pid: int) -> dict:
    """Current (VmRSS) and peak (VmHWM) resident set size of a live process, in KiB."""
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0])
    return out


def settings_dict(settings) -> dict:
    """The kotae settings a result was measured with (paths left out)."""
    import dataclasses

    return {k: v for k, v in dataclasses.asdict(settings).items() if not isinstance(v, Path)}

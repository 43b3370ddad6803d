"""Peak memory: `qa index` on the JSQuAD corpus and `qa serve` after answering questions.

Machine: the project's 2-core / 24 GiB CPU box (details in the JSON), shared with other jobs (memory, unlike
time, does not depend on their load).
Data: the 1,145 paragraphs of the JSQuAD v1.3 validation split from JGLUE (Kurihara et al., LREC 2022),
CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/, written one .txt file per paragraph to a temp
folder; and the seed article (seeds/).
Method: peak resident set size (max RSS) of whole processes: `/usr/bin/time -v` around `qa index` (fresh index
folder) and around `python -c` reference points (bare `import qa`, model loaded); for `qa serve` (a gradio
server in a subprocess) VmRSS and VmHWM from /proc/<pid>/status once it answers, and again after N `/ask`
calls with distinct questions. Also the index folder's size on disk, file by file.

    python -m bench.memory [--quick]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import tempfile
from pathlib import Path

from bench._perf import BIN, JSQUAD, JSQUAD_CREDIT, ROOT, qa_server, rss_kib, table, write_result
from qa.evaluation import jsquad

TIME = shutil.which("time", path="/usr/bin:/bin")


def peak_rss(cmd: list[str]) -> dict:
    """Max RSS in KiB and wall seconds of `cmd`, by /usr/bin/time -v (or getrusage if it is missing)."""
    env = dict(os.environ, TOKENIZERS_PARALLELISM="false")
    if TIME:
        out = subprocess.run([TIME, "-v", *cmd], capture_output=True, text=True, cwd=ROOT, env=env)
        if out.returncode:
            raise RuntimeError(f"{cmd} failed: {out.stderr[-2000:]}")
        rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr).group(1))
        wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", out.stderr).groups()
        seconds = int(wall[0] or 0) * 3600 + int(wall[1]) * 60 + float(wall[2])
        return {"max_rss_mib": round(rss / 1024, 1), "seconds": round(seconds, 1), "tool": "/usr/bin/time -v"}
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT, env=env)
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest child so far: run small ones first
    return {"max_rss_mib": round(rss / 1024, 1), "seconds": None, "tool": "getrusage(RUSAGE_CHILDREN)"}


def folder_sizes(index_dir: Path) -> dict:
    gen = index_dir / (index_dir / "CURRENT").read_text().strip()
    sizes = {p.relative_to(gen).as_posix(): p.stat().st_size for p in sorted(gen.rglob("*")) if p.is_file()}
    return {"total_mib": round(sum(sizes.values()) / 2**20, 2),
            "files_kib": {k: round(v / 1024, 1) for k, v in sizes.items()}}


def serve_memory(index_dir: Path, questions: list[str]) -> dict:
    with qa_server(index_dir) as (client, proc, _):
        ready = rss_kib(proc.pid)
        for q in questions:
            client.predict(q, api_name="/ask")
        after = rss_kib(proc.pid)
    return {"ready_rss_mib": round(ready["VmRSS"] / 1024, 1), "ready_peak_mib": round(ready["VmHWM"] / 1024, 1),
            "after_rss_mib": round(after["VmRSS"] / 1024, 1), "after_peak_mib": round(after["VmHWM"] / 1024, 1),
            "questions": len(questions)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="150 paragraphs, 5 questions")
    args = parser.parse_args()
    documents, questions = jsquad(JSQUAD)
    documents = documents[:150] if args.quick else documents
    asked = list(dict.fromkeys(q.question for q in questions))[: 5 if args.quick else 30]
    py, qa = str(BIN / "python"), str(BIN / "qa")
    results: dict = {"paragraphs": len(documents), "processes": {}}
    with tempfile.TemporaryDirectory(prefix="perf-memory-") as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        for d in documents:
            (docs / (d.doc_id.replace("/", "-") + ".txt")).write_text(d.text + "\n", encoding="utf-8")
        load_model = ("from qa.embeddings import get_embedder; from qa.settings import Settings; "
                      "get_embedder(Settings.from_env()).fingerprint")
        steps = {
            "python -c 'import qa'": [py, "-c", "import qa"],
            "python: import qa + load the query engine": [py, "-c", load_model],
            "qa index seeds": [qa, "index", "seeds", "--index-dir", f"{tmp}/seed-index"],
            f"qa index <{len(documents)} JSQuAD .txt files>": [qa, "index", str(docs), "--index-dir", f"{tmp}/index"],
        }
        for name, cmd in steps.items():
            results["processes"][name] = peak_rss(cmd)
            print(name, results["processes"][name], flush=True)
        results["index_on_disk"] = folder_sizes(Path(tmp) / "index")
        results["serve"] = {
            "seed": serve_memory(Path(tmp) / "seed-index", asked),
            "jsquad": serve_memory(Path(tmp) / "index", asked),
        }
        print(results["serve"], flush=True)
    write_result("memory", __doc__, results, JSQUAD_CREDIT + "; seed article in seeds/", args.quick)


def markdown(result: dict) -> str:
    r = result["results"]
    rows = [[name, p["max_rss_mib"], p["seconds"] if p["seconds"] is not None else "-"]
            for name, p in r["processes"].items()]
    serve = [[f"qa serve ({name} index)", s["ready_rss_mib"], s["ready_peak_mib"], s["questions"], s["after_rss_mib"],
              s["after_peak_mib"]] for name, s in r["serve"].items()]
    disk = r["index_on_disk"]
    return "\n".join([
        table(["process", "peak RSS MiB", "wall s"], rows),
        "",
        table(["server", "RSS when ready MiB", "peak when ready MiB", "/ask calls", "RSS after MiB", "peak after MiB"],
              serve),
        f"\nJSQuAD index on disk: {disk['total_mib']} MiB ("
        + ", ".join(f"{k} {v} KiB" for k, v in disk["files_kib"].items()) + ")"])


if __name__ == "__main__":
    main()

"""Cold start: process start to first answer (`qa ask`), and what the time goes to.

Machine: the project's 2-core / 24 GiB CPU box (details in the JSON), shared with other jobs.
Data: the seed article (seeds/), indexed once beforehand with `qa index seeds --index-dir <temp>`; the
converted model is already in kotae's cache, so nothing is built or converted while timing.
Method: wall-clock of subprocesses, alternated so background load hits each the same: `python -c "import
qa"`, `python -c "import torch"`, `python -c "import sentence_transformers"`, `qa ask QUESTION --index-dir
DIR`, and `qa ask` with OMP_NUM_THREADS=1; medians of 5 each (--quick: 2). Then one instrumented child
process splits a cold `ask` into import / model load / index load / first answer, and `python -X importtime
-c "import qa"` lists the heaviest imports. The OS page cache is warm (files were read before), as it is for
a user who asks twice; a truly cold disk would add to the model and index loads.

    python -m bench.startup [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time

from bench._perf import BIN, ROOT, table, write_result

QUESTION = "ウィトコフ氏は誰と会談した？"
PY = str(BIN / "python")
STEPS = f"""
import json, sys, time
t0 = time.perf_counter()
from qa.answer import Answerer
from qa.retrieve import Retriever
from qa.settings import Settings
t1 = time.perf_counter()
r = Retriever(Settings.from_env().replace(index_dir=sys.argv[1]))
r.embedder.fingerprint  # loads the engine that answers questions
t2 = time.perf_counter()
r.store
t3 = time.perf_counter()
Answerer(r).answer({QUESTION!r})
t4 = time.perf_counter()
Answerer(r).answer("2つ目の質問はこれです。会談の場所はどこ？")
t5 = time.perf_counter()
print(json.dumps({{"import": t1 - t0, "model load": t2 - t1, "index load": t3 - t2, "first answer": t4 - t3,
                  "second answer (warm)": t5 - t4}}))
"""


def run(cmd: list[str], env: dict | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT, env=env)
    return time.perf_counter() - started


def heaviest_imports(count: int = 12) -> list[dict]:
    out = subprocess.run([PY, "-X", "importtime", "-c", "import qa"], capture_output=True, text=True, cwd=ROOT)
    rows = []
    for line in out.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append({"module": parts[2].rstrip(), "cumulative_ms": round(int(parts[1]) / 1000, 1)})
    return sorted(rows, key=lambda r: -r["cumulative_ms"])[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 repetitions instead of 5")
    args = parser.parse_args()
    reps = 2 if args.quick else 5
    env = dict(os.environ, TOKENIZERS_PARALLELISM="false")
    with tempfile.TemporaryDirectory(prefix="perf-startup-") as tmp:
        subprocess.run([str(BIN / "qa"), "index", "seeds", "--index-dir", tmp], check=True, capture_output=True,
                       cwd=ROOT, env=env)
        commands = {
            "python -c 'import qa'": ([PY, "-c", "import qa"], env),
            "python -c 'import torch'": ([PY, "-c", "import torch"], env),
            "python -c 'import sentence_transformers'": ([PY, "-c", "import sentence_transformers"], env),
            "qa ask (cold process, to first answer)": ([str(BIN / "qa"), "ask", QUESTION, "--index-dir", tmp], env),
            "qa ask with OMP_NUM_THREADS=1": ([str(BIN / "qa"), "ask", QUESTION, "--index-dir", tmp],
                                             dict(env, OMP_NUM_THREADS="1")),
        }
        run(commands["qa ask (cold process, to first answer)"][0], env)  # warm the page cache
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(reps):
            for name, (cmd, cmd_env) in commands.items():
                times[name].append(run(cmd, cmd_env))
                print(f"{name}: {times[name][-1]:.2f} s", flush=True)
        steps = []
        for _ in range(2 if args.quick else 3):
            out = subprocess.run([PY, "-c", STEPS, tmp], check=True, capture_output=True, text=True, cwd=ROOT,
                                 env=env)
            steps.append(json.loads(out.stdout.strip().splitlines()[-1]))
    results = {
        "question": QUESTION, "repetitions": reps,
        "commands": {name: {"seconds": [round(t, 2) for t in ts], "median_s": round(statistics.median(ts), 2)}
                     for name, ts in times.items()},
        "steps_median_s": {k: round(statistics.median(s[k] for s in steps), 3) for k in steps[0]},
        "heaviest_imports": heaviest_imports(),
        "target_s": 5.0,
    }
    print(json.dumps(results, ensure_ascii=False, indent=1))
    write_result("startup", __doc__, results, "seed article (seeds/)", args.quick)


def markdown(result: dict) -> str:
    r = result["results"]
    cold = r["commands"]["qa ask (cold process, to first answer)"]["median_s"]
    return "\n".join([
        f"Medians of {r['repetitions']} alternated runs; index built and model converted beforehand.\n",
        table(["command", "runs s", "median s"],
              [[name, ", ".join(map(str, c["seconds"])), c["median_s"]] for name, c in r["commands"].items()]),
        f"\n**Cold start to first answer: {cold:.2f} s** (target ≤ {r['target_s']:.0f} s: "
        f"{'met' if cold <= r['target_s'] else 'missed'})\n",
        "Inside one cold `ask` (medians of instrumented runs):\n",
        table(["step", "s"], [[k, v] for k, v in r["steps_median_s"].items()]),
        "\nHeaviest imports under `import qa` (`python -X importtime`, cumulative):\n",
        table(["module", "cumulative ms"], [[x["module"].strip(), x["cumulative_ms"]] for x in r["heaviest_imports"]])])


if __name__ == "__main__":
    main()

"""The answer stage: which sentence is quoted first (three scorers on the same candidates), and its speed.

Machine: the project's 2-core / 24 GiB CPU box (details in the JSON), shared with other jobs while this ran.
Data: JSQuAD v1.3 validation (JGLUE, Kurihara et al., LREC 2022; CC BY-SA 4.0) and JaQuAD validation (So et
al., 2022; CC BY-SA 3.0), each indexed whole as one corpus with kotae's defaults (hybrid retrieval, k=5).
Neither was trained on: the model learns on a sample of JaQuAD *train* (qa/training.py).
Method, accuracy: every question is searched once; the candidates (every body sentence of the 5 passages)
and their features are computed once; three scorers pick the first quote from the same candidates:
  - "old stage": the e5-small cosine of question and sentence alone (what kotae did before);
  - "hand-set overlap": idf-weighted character-bigram coverage of the question by the sentence together
    with the sentence before it, plus 0.5 x the passage's dense cosine (the floor issue #12 describes);
  - "learned": the LightGBM model in qa/models/ (the default); as in `answer()`, a neighbouring sentence
    with at least `quote_join_ratio` of the best probability joins the quote.
A question counts when a gold answer lies inside the quote the answer stage would show for that sentence.
Method, speed: on the JSQuAD corpus, model loaded, 10 warm-up calls each; `retrieve()` and `answer()` are
timed on distinct unseen questions (each embeds its question), alternated question by question; the
answer stage alone (`Answerer.from_hits` on a finished search) is timed too. Means and medians, in ms.

    python -m bench.answer_stage [--limit 600] [--timed 200]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from bench._perf import settings_dict, table, write_result
from qa import evaluation
from qa.answer import Answerer, joined_neighbours, sentence_quote
from qa.indexing import build_index
from qa.retrieve import Retriever
from qa.selection import FEATURES, candidates, features, get_model
from qa.settings import Settings

CREDIT = f"{evaluation.JSQUAD_CREDIT}; {evaluation.JAQUAD_CREDIT}"


LEARNED = "learned (LightGBM, qa/models), neighbours joined"


def scorers(x: np.ndarray, model) -> dict[str, np.ndarray]:
    col = {n: i for i, n in enumerate(FEATURES)}
    return {
        "old stage (e5 cosine per sentence)": x[:, col["cos_sentence"]],
        "hand-set overlap + passage score": x[:, col["cov_bigram_window"]] + 0.5 * x[:, col["cos_passage"]],
        LEARNED: model.probabilities(x),
    }


def accuracy(questions, retriever: Retriever, settings: Settings) -> dict:
    model = get_model(settings.answer_model)
    hits_total: dict[str, int] = {}
    lengths: dict[str, list[int]] = {}
    for q in questions:
        hits = retriever.search(q.question, k=settings.k)
        cands = candidates(hits, len(hits.passages))
        if not len(cands):
            continue
        for name, score in scorers(features(hits, cands), model).items():
            best = int(np.argmax(score))
            c = cands.items[best]
            doc = hits.store.documents[c.doc_id]
            # Only the learned scorer's probabilities say how likely a neighbour is, so only its
            # quotes join nearly-as-likely neighbours (as `answer()` does).
            joined = joined_neighbours(cands.items, score, best, settings.quote_join_ratio) if name == LEARNED else ()
            start, end, _ = sentence_quote(doc, c, joined)
            quote = evaluation.nfkc(doc.text[start:end])
            ok = c.doc_id == q.doc_id and any(evaluation.nfkc(a) in quote for a in q.answers)
            hits_total[name] = hits_total.get(name, 0) + ok
            lengths.setdefault(name, []).append(end - start)
    return {name: {"first_quote": hits_total[name] / len(questions), "median_chars": statistics.median(lengths[name])}
            for name in hits_total}


def speed(retriever: Retriever, pool: list[str], n: int) -> dict:
    answerer = Answerer(retriever)
    for q in pool[:10]:
        answerer.answer(q)
    for q in pool[10:20]:
        retriever.retrieve(q, k=5)
    pool = pool[20:]
    t_retrieve, t_answer, t_stage = [], [], []
    for i in range(n):
        q_r, q_a = pool[2 * i], pool[2 * i + 1]
        for kind in (("r", "a") if i % 2 else ("a", "r")):
            started = time.perf_counter()
            if kind == "r":
                retriever.retrieve(q_r, k=5)
                t_retrieve.append(time.perf_counter() - started)
            else:
                answerer.answer(q_a)
                t_answer.append(time.perf_counter() - started)
        hits = retriever.search(q_a, k=5)
        started = time.perf_counter()
        answerer.from_hits(hits)
        t_stage.append(time.perf_counter() - started)

    def ms(ts: list[float]) -> dict:
        return {"n": len(ts), "mean": round(1000 * statistics.mean(ts), 2),
                "p50": round(1000 * statistics.median(ts), 2)}

    out = {"retrieve": ms(t_retrieve), "answer": ms(t_answer), "answer stage alone": ms(t_stage)}
    out["ratio_of_means"] = round(out["answer"]["mean"] / out["retrieve"]["mean"], 2)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=600, help="questions per dataset for accuracy")
    parser.add_argument("--timed", type=int, default=200, help="timed questions for speed")
    parser.add_argument("--quick", action="store_true", help="100 questions, 30 timed")
    args = parser.parse_args()
    limit, timed = (100, 30) if args.quick else (args.limit, args.timed)
    settings = Settings.from_env()
    results: dict = {"settings": settings_dict(settings), "datasets": {}}
    with tempfile.TemporaryDirectory(prefix="bench-answer-") as tmp:
        for name, load in (("JSQuAD", evaluation.jsquad), ("JaQuAD", evaluation.jaquad)):
            documents, questions = load(limit=limit)
            retriever = Retriever(settings.replace(index_dir=Path(tmp) / name))
            build_index(documents, retriever.index_dir, retriever.settings, embedder=retriever.embedder)
            results["datasets"][name] = {"questions": len(questions),
                                         "scorers": accuracy(questions, retriever, settings)}
            print(name, results["datasets"][name], flush=True)
            if name == "JSQuAD":
                _, everything = load()
                pool = list(dict.fromkeys(q.question for q in everything))
                random.Random(1).shuffle(pool)
                results["speed_jsquad"] = speed(retriever, pool, timed)
                print(results["speed_jsquad"], flush=True)
    write_result("answer_stage", __doc__, results, CREDIT, args.quick)


def markdown(result: dict) -> str:
    r = result["results"]
    rows = [[name, d["questions"], scorer, s["first_quote"], s["median_chars"]]
            for name, d in r["datasets"].items() for scorer, s in d["scorers"].items()]
    speed_rows = [[part, v["n"], v["mean"], v["p50"]] for part, v in r["speed_jsquad"].items() if isinstance(v, dict)]
    return "\n".join([
        table(["data", "questions", "scorer", "first quote holds the answer", "median quote chars"], rows),
        f"\nSpeed on the JSQuAD corpus (ms; answer/retrieve ratio of means {r['speed_jsquad']['ratio_of_means']}):\n",
        table(["call", "n", "mean ms", "p50 ms"], speed_rows)])


if __name__ == "__main__":
    main()

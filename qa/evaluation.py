"""Scoring retrieval: hand-written question sets over the seed article, and JSQuAD.

A retrieved passage is relevant when it contains a gold answer (compared after NFKC), and — for
JSQuAD — comes from the question's own paragraph. Gold answers are strings, not chunk ids, so a
question set survives any change of chunking. Ranking metrics come from ranx, not from hand-written
formulas.
"""

from __future__ import annotations

import json
import random
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from qa.documents import Document
from qa.retrieve import Passage, Retriever

METRICS = {"Hit@1": "hit_rate@1", "Hit@3": "hit_rate@3", "Hit@5": "hit_rate@5", "Hit@10": "hit_rate@10",
           "MRR@10": "mrr@10", "nDCG@10": "ndcg@10"}
JSQUAD_CREDIT = ("JSQuAD v1.3 validation split from JGLUE (Kurihara et al., LREC 2022), "
                 "CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/")


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    answers: tuple[str, ...]
    lang: str = "ja"
    kind: str = ""
    unanswerable: bool = False
    doc_id: str | None = None  # when set, only passages of this document can be relevant

    def is_relevant(self, passage: Passage) -> bool:
        if self.doc_id is not None and passage.doc_id != self.doc_id:
            return False
        text = nfkc(passage.text)
        return any(nfkc(a) in text for a in self.answers)


def load_question_set(path: str | Path) -> list[Question]:
    questions = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            q = Question(id=row["id"], question=row["question"], answers=tuple(row.get("answers", [])),
                         lang=row.get("lang", "ja"), kind=row.get("kind", ""),
                         unanswerable=bool(row.get("unanswerable", False)))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: not a question record ({exc})") from exc
        if not q.unanswerable and not q.answers:
            raise ValueError(f"{path}:{number}: question {q.id} has no gold answer and is not marked unanswerable")
        questions.append(q)
    if len({q.id for q in questions}) != len(questions):
        raise ValueError(f"{path}: question ids are not unique")
    return questions


def check_answers(questions: Iterable[Question], texts: Iterable[str]) -> None:
    """Every gold answer must occur in the indexed text: a typo would silently count as a miss."""
    corpus = [nfkc(t) for t in texts]
    missing = [f"{q.id}: {a!r}" for q in questions for a in q.answers if not any(nfkc(a) in t for t in corpus)]
    if missing:
        raise ValueError("gold answers not found in the indexed documents:\n  " + "\n  ".join(missing))


@dataclass
class QuestionResult:
    question: Question
    first_hit: int | None  # rank of the first relevant passage, None if none in the top k
    top: Passage | None
    seconds: float


@dataclass
class ModeResult:
    mode: str
    metrics: dict[str, dict[str, float]]  # group ("all", "ja", "en") -> metric -> value
    results: list[QuestionResult] = field(default_factory=list)

    @property
    def latency_ms(self) -> dict[str, float]:
        times = np.array([r.seconds for r in self.results]) * 1000
        return {"p50": float(np.percentile(times, 50)), "p99": float(np.percentile(times, 99))} if len(times) else {}

    def misses(self) -> list[QuestionResult]:
        return [r for r in self.results if r.first_hit != 1 and not r.question.unanswerable]


def _chunk_id(p: Passage) -> str:
    return f"{p.doc_id}#{p.start}-{p.end}"


def score(questions: list[Question], runs: dict[str, list[Passage]], candidates: list[Passage],
          k: int) -> dict[str, dict[str, float]]:
    """ranx metrics per language group; a question none of whose passages could be relevant
    (JSQuAD's title-only answers, or an answer chunking cut in two) counts as a zero rather than
    being dropped. The group "in text" leaves those out, so the ceiling shows separately."""
    from ranx import Qrels, Run, evaluate

    answerable = [q for q in questions if not q.unanswerable]
    qrels = {q.id: {_chunk_id(c): 1 for c in candidates if q.is_relevant(c)} for q in answerable}
    groups: dict[str, list[Question]] = {"all": answerable}
    for q in answerable:
        groups.setdefault(q.lang, []).append(q)
    groups["in text"] = [q for q in answerable if qrels[q.id]]
    out: dict[str, dict[str, float]] = {}
    for group, qs in groups.items():
        judged = [q.id for q in qs if qrels[q.id]]
        if not judged:
            out[group] = {name: 0.0 for name in METRICS}
            continue
        run = {qid: {_chunk_id(p): 1.0 / p.rank for p in runs[qid][:k]} or {"-": 0.0} for qid in judged}
        values = evaluate(Qrels({qid: qrels[qid] for qid in judged}), Run(run), list(METRICS.values()),
                          make_comparable=True)
        out[group] = {name: float(values[m]) * len(judged) / len(qs) for name, m in METRICS.items()}
        out[group]["n"] = len(qs)
    return out


def evaluate_modes(questions: list[Question], retriever: Retriever, modes: list[str], k: int = 10,
                   progress: bool = False, check: bool = True) -> list[ModeResult]:
    """`check` validates gold answers against the indexed text (for hand-written sets)."""
    from tqdm import tqdm

    index = retriever.store
    candidates = [Passage(c.text, 0.0, c.doc_id, c.title, c.section, c.start, c.end) for c in index.chunks]
    if check:
        check_answers([q for q in questions if not q.unanswerable], (d.text for d in index.documents.values()))
    results = []
    for mode in modes:
        runs: dict[str, list[Passage]] = {}
        per_question = []
        for q in tqdm(questions, desc=f"eval {mode}", disable=not progress, leave=False):
            started = time.perf_counter()
            passages = retriever.retrieve(q.question, k=k, mode=mode)
            elapsed = time.perf_counter() - started
            runs[q.id] = passages
            first = next((p.rank for p in passages if q.is_relevant(p)), None)
            per_question.append(QuestionResult(q, first, passages[0] if passages else None, elapsed))
        results.append(ModeResult(mode, score(questions, runs, candidates, k), per_question))
    return results


@dataclass
class Abstention:
    """How often `answer()` says "found" for answerable questions and "not found" for the others."""

    confidences: list[tuple[Question, float, bool]]  # question, confidence, a name is missing
    threshold: float

    def rates(self, threshold: float | None = None) -> dict[str, float]:
        t = self.threshold if threshold is None else threshold
        found = [(q, c >= t and not missing) for q, c, missing in self.confidences]
        answerable = [f for q, f in found if not q.unanswerable]
        unanswerable = [not f for q, f in found if q.unanswerable]
        return {"threshold": t, "answered": sum(answerable) / max(len(answerable), 1),
                "abstained": sum(unanswerable) / max(len(unanswerable), 1),
                "accuracy": (sum(answerable) + sum(unanswerable)) / max(len(found), 1)}


def abstention(questions: list[Question], answerer, mode: str) -> Abstention:
    rows = []
    for q in questions:
        a = answerer.answer(q.question, mode=mode)
        rows.append((q, a.confidence, bool(a.missing_names)))
    return Abstention(rows, answerer.settings.abstain_threshold)


def abstention_table(result: Abstention, thresholds: Iterable[float]) -> str:
    rows = [[f"{r['threshold']:.3f}", r["answered"], r["abstained"], r["accuracy"]]
            for r in (result.rates(t) for t in thresholds)]
    return markdown_table(["threshold", "answerable answered", "unanswerable abstained", "accuracy"], rows)


def jsquad(path: str | Path, limit: int | None = None, seed: int = 0) -> tuple[list[Document], list[Question]]:
    """JSQuAD paragraphs as documents (title as metadata, not text) and its questions."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    documents, questions = [], []
    for a, article in enumerate(data["data"]):
        for p, paragraph in enumerate(article["paragraphs"]):
            doc_id = f"jsquad/{a:03d}/{p:03d}"
            text = paragraph["context"].split(" [SEP] ", 1)[-1]
            documents.append(Document(doc_id=doc_id, text=text, title=article["title"]))
            for qa in paragraph["qas"]:
                # All questions count, including the 125 whose only answer is the title: it is metadata,
                # not passage text, so under the protocol they cannot hit and score zero.
                answers = tuple(dict.fromkeys(x["text"] for x in qa["answers"]))
                if answers and not qa.get("is_impossible"):
                    questions.append(Question(qa["id"], qa["question"], answers, doc_id=doc_id))
    if limit is not None and limit < len(questions):
        questions = random.Random(seed).sample(questions, limit)
    return documents, questions


@dataclass
class JSQuADResult:
    modes: list[ModeResult]
    passages: int
    index_seconds: float

    @property
    def passages_per_second(self) -> float:
        return self.passages / self.index_seconds if self.index_seconds else 0.0


def run_jsquad(path: str | Path, retriever_for: Callable[[Path], Retriever], modes: list[str], k: int = 10,
               limit: int | None = None, progress: bool = False) -> JSQuADResult:
    """Index JSQuAD through `build_index` in a throwaway folder and ask its questions."""
    from qa.indexing import build_index

    documents, questions = jsquad(path, limit)
    with tempfile.TemporaryDirectory(prefix="kotae-jsquad-") as tmp:
        retriever = retriever_for(Path(tmp))
        started = time.perf_counter()
        report = build_index(documents, tmp, retriever.settings, embedder=retriever.embedder, progress=progress)
        seconds = time.perf_counter() - started
        return JSQuADResult(evaluate_modes(questions, retriever, modes, k, progress, check=False), report.chunks,
                            seconds)


def markdown_table(header: list[str], rows: list[list]) -> str:
    def cell(v) -> str:
        return f"{v:.3f}" if isinstance(v, float) else str(v)

    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def metrics_table(results: list[ModeResult], names: list[str] | None = None, label: str = "Hit") -> str:
    names = names or list(METRICS)
    metrics = results[0].metrics
    groups = ["all"] + [g for g in ("ja", "en", "in text")
                        if g in metrics and metrics[g].get("n") != metrics["all"].get("n")]
    header = ["mode", "questions"] + [n.replace("Hit", label) for n in names] + ["p50 ms"]
    rows = [[r.mode + ("" if g == "all" else f" ({g})"), int(r.metrics[g].get("n", 0))]
            + [r.metrics[g][n] for n in names] + [f"{r.latency_ms.get('p50', 0.0):.1f}"]
            for g in groups for r in results]
    return markdown_table(header, rows)


def misses_table(result: ModeResult, width: int = 40) -> str:
    def short(text: str) -> str:
        text = " ".join(text.split())
        return (text[:width] + "…") if len(text) > width else text

    rows = [[r.question.id, short(r.question.question), short(r.question.answers[0]),
             r.first_hit or "miss", short(r.top.text if r.top else "")]
            for r in result.misses()]
    return markdown_table(["id", "question", "expected", "rank", "what came first"], rows)


def plot_hit_curves(results: list[ModeResult], path: str | Path, k: int, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4))
    for r in results:
        ranks = [x.first_hit for x in r.results if not x.question.unanswerable]
        ax.plot(range(1, k + 1), [sum(1 for h in ranks if h and h <= i) / len(ranks) for i in range(1, k + 1)],
                marker="o", label=r.mode)
    ax.set(xlabel="k", ylabel="Hit@k", title=title, ylim=(0, 1.02))
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def to_json(results: list[ModeResult]) -> dict:
    return {r.mode: {"metrics": r.metrics, "latency_ms": r.latency_ms,
                     "misses": [{"id": m.question.id, "rank": m.first_hit} for m in r.misses()]} for r in results}


@dataclass(frozen=True)
class ConversationTurn:
    question: str
    answers: tuple[str, ...]
    kind: str  # "first", "followup" (leans on the turn before) or "switch" (a new topic, asked on its own)


@dataclass(frozen=True)
class Conversation:
    id: str
    turns: tuple[ConversationTurn, ...]


TURN_KINDS = ("first", "followup", "switch")


def load_conversations(path: str | Path) -> list[Conversation]:
    """Multi-turn sets: one conversation per line, `{"id", "turns": [{"question", "answers", "kind"}]}`."""
    conversations = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            turns = tuple(ConversationTurn(t["question"], tuple(t["answers"]), t["kind"]) for t in row["turns"])
            conversation = Conversation(row["id"], turns)
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: not a conversation record ({exc})") from exc
        if any(t.kind not in TURN_KINDS or not t.answers for t in turns) or turns[0].kind != "first":
            raise ValueError(f"{path}:{number}: every turn needs answers and a kind ({', '.join(TURN_KINDS)}), "
                             "and the first turn is 'first'")
        conversations.append(conversation)
    return conversations


@dataclass
class TurnResult:
    conversation: str
    turn: ConversationTurn
    hit: bool  # a gold answer is inside the first quote
    context_from: str | None
    first_quote: str


def first_quote_hits(conversations: list[Conversation], answerer, history: bool) -> list[TurnResult]:
    """Ask every turn, with the conversation's earlier questions as history or alone, and check whether
    quote 1 holds a gold answer (compared after NFKC)."""
    results = []
    for c in conversations:
        asked: list[str] = []
        for turn in c.turns:
            a = answerer.answer(turn.question, history=asked if history else None)
            first = a.quotes[0].text if a.quotes else ""
            results.append(TurnResult(c.id, turn, any(nfkc(x) in nfkc(first) for x in turn.answers),
                                      a.context_from, first))
            asked.append(turn.question)
    return results


def conversation_table(runs: dict[str, list[TurnResult]]) -> str:
    """First-quote accuracy per turn kind, one row per run (e.g. with and without history)."""
    rows = []
    for name, results in runs.items():
        row: list = [name]
        for kind in TURN_KINDS:
            hits = [r.hit for r in results if r.turn.kind == kind]
            row += [sum(hits) / max(len(hits), 1)]
        switches = [r for r in results if r.turn.kind == "switch"]
        row.append(sum(r.context_from is None for r in switches) / max(len(switches), 1))
        rows.append(row)
    counts = {kind: sum(r.turn.kind == kind for r in next(iter(runs.values()))) for kind in TURN_KINDS}
    header = ["run"] + [f"{kind} ({counts[kind]})" for kind in TURN_KINDS] + ["switches read as new topics"]
    return markdown_table(header, rows)

"""Scoring retrieval: hand-written question sets over the seed article, and JSQuAD.

A retrieved passage is relevant when it contains a gold answer (compared after NFKC), and — for
JSQuAD — comes from the question's own paragraph. Gold answers are strings, not chunk ids, so a
question set survives any change of chunking. Ranking metrics come from ranx, not from hand-written
formulas.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import random
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from qa.chunking import sentence_spans
from qa.definitions import opens_defining
from qa.documents import Document
from qa.retrieve import Hits, Passage, Retriever
from qa.settings import JAQUAD_VALIDATION, JSQUAD_VALIDATION

METRICS = {"Hit@1": "hit_rate@1", "Hit@3": "hit_rate@3", "Hit@5": "hit_rate@5", "Hit@10": "hit_rate@10",
           "MRR@10": "mrr@10", "nDCG@10": "ndcg@10"}
JAQUAD_CREDIT = ("JaQuAD (So et al., 2022, arXiv:2202.01764) by Skelter Labs, CC BY-SA 3.0, "
                 "https://creativecommons.org/licenses/by-sa/3.0/")
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
    spans: tuple[tuple[int, int], ...] = ()  # where the answers are in that document, when known

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


def _squad(data: dict, prefix: str, strip_title: bool) -> tuple[list[Document], list[Question]]:
    """SQuAD-layout articles as documents (title as metadata, not text) and their questions, with
    answer offsets into the document text."""
    documents, questions = [], []
    for a, article in enumerate(data["data"]):
        for p, paragraph in enumerate(article["paragraphs"]):
            doc_id = f"{prefix}/{a:03d}/{p:03d}"
            context = paragraph["context"]
            cut = context.index(" [SEP] ") + len(" [SEP] ") if strip_title and " [SEP] " in context else 0
            text = context[cut:]
            documents.append(Document(doc_id=doc_id, text=text, title=article["title"]))
            for qa in paragraph["qas"]:
                # All questions count, including JSQuAD's 125 whose only answer is the title: it is
                # metadata, not passage text, so under the protocol they cannot hit and score zero.
                answers = tuple(dict.fromkeys(x["text"] for x in qa["answers"]))
                spans = tuple((x["answer_start"] - cut, x["answer_start"] - cut + len(x["text"]))
                              for x in qa["answers"] if x["answer_start"] >= cut)
                if answers and not qa.get("is_impossible"):
                    questions.append(Question(qa["id"], qa["question"], answers, doc_id=doc_id, spans=spans))
    return documents, questions


def _sample(questions: list[Question], limit: int | None, seed: int) -> list[Question]:
    return random.Random(seed).sample(questions, limit) if limit is not None and limit < len(questions) else questions


def jsquad(path: str | Path = JSQUAD_VALIDATION, limit: int | None = None,
           seed: int = 0) -> tuple[list[Document], list[Question]]:
    """JSQuAD paragraphs (without their "title [SEP] " prefix) as documents, and its questions."""
    documents, questions = _squad(json.loads(Path(path).read_text(encoding="utf-8")), "jsquad", True)
    return documents, _sample(questions, limit, seed)


def jaquad(path: str | Path = JAQUAD_VALIDATION, limit: int | None = None,
           seed: int = 0) -> tuple[list[Document], list[Question]]:
    """JaQuAD paragraphs as documents and its questions (gzip-compressed SQuAD layout)."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        documents, questions = _squad(json.load(fh), "jaquad", False)
    return documents, _sample(questions, limit, seed)


# What people ask of a topic before anything else. SQuAD-style sets never ask it (their questions are
# written against one paragraph), so it is asked apart: `qa eval --jsquad --definitions`.
DEFINITION_ASKS = ("とは何ですか？", "って何？", "とは？", "とはどういうものですか？")


def definition_questions(documents: list[Document], asks: tuple[str, ...] = DEFINITION_ASKS) -> list[Question]:
    """「姫路城とは何ですか？」 for every article whose first paragraph opens by defining its title
    (「姫路城(ひめじじょう)は、…である。」, Wikipedia's lead), answered by that opening sentence, once per
    phrasing in `asks`; later paragraphs that open with the title tell other things (「…は、1871年に
    パリで生まれた。」)."""
    questions, articles = [], set()
    for doc in documents:
        article, title, text = article_of(doc.doc_id), nfkc(doc.title).strip(), nfkc(doc.text)
        if article in articles:
            continue
        articles.add(article)
        spans = sentence_spans(doc.text)
        if not title or not spans or not opens_defining(text, title):
            continue
        a, b = spans[0]
        questions += [Question(f"{doc.doc_id}/definition-{i}", title + ask, (doc.text[a:b],), doc_id=doc.doc_id,
                               spans=((a, b),)) for i, ask in enumerate(asks)]
    return questions


def in_english(questions: list[Question], path: str | Path, strict: bool = True) -> list[Question]:
    """The questions that `path` translates (JSONL: id, ja, en), asked in English, in the file's order:
    English questions about Japanese text with the original's gold answers (eval/data/english/).
    Translations of questions not in `questions` are an error, or skipped when not `strict`."""
    by_id = {q.id: q for q in questions}
    out = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            q, original, english = by_id.get(row["id"]), row["ja"], row["en"]
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: not a translation (id, ja, en): {exc}") from exc
        if q is None and not strict:
            continue
        if q is None or q.question != original:
            raise ValueError(f"{path}:{number}: {row['id']} is not a question of this data set as translated")
        out.append(dataclasses.replace(q, question=english, lang="en"))
    return out


def article_of(doc_id: str) -> str:
    """JSQuAD/JaQuAD document ids are article/paragraph: the article is what a near miss leaves out."""
    return doc_id.rsplit("/", 1)[0]


def without_article(hits: Hits, article: str, depth: int) -> Hits:
    """The same search as if the question's own article were not indexed: the documents cannot answer,
    but what remains is the nearest material there is — the hardest kind of "not found"."""
    return _keeping(hits, lambda p: article_of(p.doc_id) != article, depth)


def without_answer(hits: Hits, question: Question, depth: int) -> Hits:
    """The same search without any passage that holds a gold answer: the question's own article still
    speaks about its topic but no longer says what was asked — the near miss a reader makes most."""
    return _keeping(hits, lambda p: not any(nfkc(a) in nfkc(p.text) for a in question.answers), depth)


def _keeping(hits: Hits, keep: Callable[[Passage], bool], depth: int) -> Hits:
    """`hits` with only the passages `keep` accepts, the first `depth` of them, ranked anew."""
    kept = [p for p in hits.passages if keep(p)][:depth]
    return dataclasses.replace(hits, passages=[dataclasses.replace(p, rank=i) for i, p in enumerate(kept, 1)])


@dataclass
class AnswerResult:
    question: Question
    answerable: bool  # False for unanswerable questions and for near misses made from answerable ones
    found: bool
    first: bool  # a gold answer inside quote 1
    any: bool  # a gold answer inside any quote
    first_chars: int
    short: str | None
    confidence: float
    missing_names: bool  # "not found" whatever the threshold: the question names something absent


def _holds(q: Question, quote) -> bool:
    if q.doc_id is not None and quote.doc_id != q.doc_id:
        return False
    return any(nfkc(a) in nfkc(quote.text) for a in q.answers)


def _f1(prediction: str, gold: str) -> float:
    """Character-level F1, the usual measure for Japanese spans (no word boundaries to count)."""
    from collections import Counter

    common = sum((Counter(prediction) & Counter(gold)).values())
    if not common:
        return 0.0
    p, r = common / len(prediction), common / len(gold)
    return 2 * p * r / (p + r)


def evaluate_answers(questions: list[Question], answerer, k: int = 5, near_misses_every: int | None = None,
                     progress: bool = False) -> list[AnswerResult]:
    """Ask every question through the whole answer stage. With `near_misses_every` N, every Nth
    answerable question is also asked with its own article taken out of the results (see
    `without_article`), which should then abstain."""
    from tqdm import tqdm

    out = []
    for i, q in enumerate(tqdm(questions, desc="answers", disable=not progress, leave=False)):
        hits = answerer.retriever.search(q.question, k=k * 4 if near_misses_every else k)
        variants = [(dataclasses.replace(hits, passages=hits.passages[:k]), not q.unanswerable)]
        if near_misses_every and not q.unanswerable and i % near_misses_every == 0:
            variants.append((without_article(hits, article_of(q.doc_id or ""), k), False))
        for variant, answerable in variants:
            a = answerer.from_hits(variant)
            out.append(AnswerResult(q, answerable, a.found, bool(a.quotes) and _holds(q, a.quotes[0]),
                                    any(_holds(q, x) for x in a.quotes), len(a.quotes[0].text) if a.quotes else 0,
                                    a.short, a.confidence, bool(a.missing_names)))
    return out


def answer_metrics(results: list[AnswerResult]) -> dict[str, float]:
    """First-quote and any-quote accuracy over answerable questions, the median first quote, how well
    "not found" separates (precision and recall of abstaining), and the short answer's EM/F1 (over
    answerable questions; no short answer scores 0)."""
    answerable = [r for r in results if r.answerable]
    unanswerable = [r for r in results if not r.answerable]
    abstained = [r for r in results if not r.found]
    short = [(r.short or "", r.question.answers) for r in answerable]
    out = {
        "questions": len(answerable),
        "first_quote": sum(r.first for r in answerable) / max(len(answerable), 1),
        "any_quote": sum(r.any for r in answerable) / max(len(answerable), 1),
        "first_quote_chars": float(np.median([r.first_chars for r in answerable])) if answerable else 0.0,
        "answered": sum(r.found for r in answerable) / max(len(answerable), 1),
        "unanswerable": len(unanswerable),
        "abstain_precision": sum(not r.answerable for r in abstained) / max(len(abstained), 1),
        "abstain_recall": sum(not r.found for r in unanswerable) / max(len(unanswerable), 1),
        "short_given": sum(bool(s) for s, _ in short) / max(len(short), 1),
        "short_em": sum(any(nfkc(s) == nfkc(g) for g in golds) for s, golds in short if s) / max(len(short), 1),
        "short_f1": sum(max(_f1(nfkc(s), nfkc(g)) for g in golds) for s, golds in short if s) / max(len(short), 1),
    }
    for lang in sorted({r.question.lang for r in answerable}):
        group = [r for r in answerable if r.question.lang == lang]
        out[f"first_quote_{lang}"] = sum(r.first for r in group) / len(group)
    return out


ANSWER_COLUMNS = {"questions": "questions", "first_quote": "first quote", "any_quote": "any quote",
                  "first_quote_chars": "median chars", "answered": "answered", "unanswerable": "unanswerable",
                  "abstain_precision": "abstain P", "abstain_recall": "abstain R", "short_em": "short EM",
                  "short_f1": "short F1"}


def abstention_table(results: list[AnswerResult], thresholds: Iterable[float]) -> str:
    """What another threshold would do: answerable questions answered, unanswerable ones abstained."""
    rows = []
    for t in thresholds:
        answered = [r.confidence >= t and not r.missing_names for r in results if r.answerable]
        abstained = [r.confidence < t or r.missing_names for r in results if not r.answerable]
        rows.append([f"{t:.2f}", sum(answered) / max(len(answered), 1), sum(abstained) / max(len(abstained), 1)])
    return markdown_table(["threshold", "answerable answered", "unanswerable abstained"], rows)


def answer_table(rows: list[tuple[str, dict[str, float]]]) -> str:
    return markdown_table(["set", *ANSWER_COLUMNS.values()],
                          [[name, *(int(m[c]) if c in ("questions", "unanswerable") else m[c] for c in ANSWER_COLUMNS)]
                           for name, m in rows])


@dataclass
class DatasetResult:
    modes: list[ModeResult]
    passages: int
    index_seconds: float
    answers: list[AnswerResult] = field(default_factory=list)
    embedded: int = 0  # documents embedded by this run's build (0 when a kept index had them all)

    @property
    def passages_per_second(self) -> float:
        return self.passages / self.index_seconds if self.index_seconds else 0.0


def run_dataset(documents: list[Document], questions: list[Question], retriever_for: Callable[[Path], Retriever],
                modes: list[str], k: int = 10, answers: bool = False, progress: bool = False,
                index_dir: Path | None = None) -> DatasetResult:
    """Index a SQuAD-style corpus through `build_index`, score retrieval in each mode and, with
    `answers`, the answer stage (every third question also as a near miss). The index goes to a
    throwaway folder, or to `index_dir`, where it is kept: a build there embeds only what changed,
    so asking again (another --limit, --english after the Japanese questions) takes seconds, not the
    minutes of embedding the corpus."""
    from qa.answer import Answerer
    from qa.indexing import build_index

    with tempfile.TemporaryDirectory(prefix="kotae-dataset-") as tmp:
        folder = Path(index_dir) if index_dir is not None else Path(tmp)
        retriever = retriever_for(folder)
        started = time.perf_counter()
        report = build_index(documents, folder, retriever.settings, embedder=retriever.embedder, progress=progress)
        seconds = time.perf_counter() - started
        result = DatasetResult(evaluate_modes(questions, retriever, modes, k, progress, check=False), report.chunks,
                               seconds, embedded=len(report.embedded_documents))
        if answers:
            result.answers = evaluate_answers(questions, Answerer(retriever), retriever.settings.k, 3, progress)
        return result


def run_jsquad(path: str | Path, retriever_for: Callable[[Path], Retriever], modes: list[str], k: int = 10,
               limit: int | None = None, progress: bool = False, answers: bool = False) -> DatasetResult:
    documents, questions = jsquad(path, limit)
    return run_dataset(documents, questions, retriever_for, modes, k, answers, progress)


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

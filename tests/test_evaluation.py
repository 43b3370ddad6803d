"""The eval harness, and the regression gates CI holds retrieval to.

The floors are today's measurements minus a small margin (see BENCHMARKS.md): a change that makes
retrieval worse fails `make test`, whatever its unit tests say.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa import evaluation
from qa.answer import Answerer
from qa.cli import main
from qa.retrieve import Retriever
from qa.settings import JSQUAD_ENGLISH, JSQUAD_VALIDATION
from tests.conftest import ROOT

SEED_SET = ROOT / "eval" / "seed-questions.jsonl"

SEED_JA_HIT1_FLOOR = 0.82
SEED_EN_HIT1_FLOOR = 0.73  # 17 of 23; the defaults answer 19
JSQUAD_SAMPLE_R1_FLOOR = 0.85
JSQUAD_SAMPLE_R5_FLOOR = 0.92
# The answer stage (first quote holds the answer), today's figures less a margin: seed 0.875 (63/72),
# 24 of its 30 unanswerable questions abstain; JSQuAD 0.885 on 600 questions, near misses abstain at
# 0.915 (threshold 0.10).
# English questions about Japanese text: 300 JSQuAD questions translated, over the whole corpus (Hit@1
# 0.707, first quote 0.703, near misses abstaining 0.82).
ENGLISH_JSQUAD_R1_FLOOR = 0.65
ENGLISH_JSQUAD_FIRST_QUOTE_FLOOR = 0.64
ENGLISH_JSQUAD_ABSTAIN_FLOOR = 0.72
SEED_FIRST_QUOTE_FLOOR = 0.83
SEED_ABSTAIN_FLOOR = 0.70
JSQUAD_SAMPLE_FIRST_QUOTE_FLOOR = 0.83
JSQUAD_SAMPLE_ABSTAIN_FLOOR = 0.85


def test_the_seed_set_is_well_formed():
    questions = evaluation.load_question_set(SEED_SET)
    answerable = [q for q in questions if not q.unanswerable]
    assert len(questions) >= 50 and sum(q.unanswerable for q in questions) >= 6
    assert {q.lang for q in answerable} == {"ja", "en"}
    assert {"bullet", "heading", "multi-sentence", "crosslingual"} <= {q.kind for q in answerable}
    text = (ROOT / "seeds" / "ukraine-peace-talks-witkoff.txt").read_text(encoding="utf-8")
    evaluation.check_answers(answerable, [text])


def test_a_typo_in_a_gold_answer_fails_loudly(tmp_path):
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps({"id": "x", "question": "誰？", "answers": ["ウィトコフ氏がロシヤ"]}) + "\n",
                    encoding="utf-8")
    with pytest.raises(ValueError, match="x: 'ウィトコフ氏がロシヤ'"):
        evaluation.check_answers(evaluation.load_question_set(path), ["ウィトコフ氏がロシア側の要人と"])


def test_gold_answers_match_after_nfkc():
    q = evaluation.Question("q", "?", ("NATO加盟(断念)",))
    p = evaluation.Passage("ＮＡＴＯ加盟（断念）を求める", 1.0, "d", "t", "", 0, 10, 1)
    assert q.is_relevant(p)


def test_metrics_come_out_right_on_a_hand_checked_case():
    qs = [evaluation.Question("a", "?", ("X",)), evaluation.Question("b", "?", ("Y",))]
    P = evaluation.Passage
    candidates = [P("X", 0, "d", "", "", 0, 1), P("Y", 0, "d", "", "", 2, 3), P("Z", 0, "d", "", "", 4, 5)]
    runs = {"a": [P("X", 1, "d", "", "", 0, 1, 1), P("Z", 1, "d", "", "", 4, 5, 2)],
            "b": [P("Z", 1, "d", "", "", 4, 5, 1), P("Y", 1, "d", "", "", 2, 3, 2)]}
    m = evaluation.score(qs, runs, candidates, k=10)["all"]
    assert m["Hit@1"] == pytest.approx(0.5) and m["Hit@3"] == pytest.approx(1.0)
    assert m["MRR@10"] == pytest.approx((1 + 0.5) / 2)


def test_definition_questions_ask_what_an_articles_lead_defines():
    lead = "姫路城（ひめじじょう）は、兵庫県姫路市にある日本の城である。別名を白鷺城という。"
    docs = [evaluation.Document("w/000/000", lead, title="姫路城"),
            evaluation.Document("w/000/001", "姫路城は、1346年に築かれた。", title="姫路城"),
            evaluation.Document("w/001/000", "この城は国宝である。", title="松本城")]
    questions = evaluation.definition_questions(docs, asks=("とは何ですか？", "って何？"))
    assert [q.question for q in questions] == ["姫路城とは何ですか？", "姫路城って何？"]
    first = lead.index("。") + 1
    assert {(q.doc_id, q.spans, q.answers) for q in questions} == {("w/000/000", ((0, first),), (lead[:first],))}


def test_a_question_no_passage_can_answer_scores_zero_but_is_set_apart():
    qs = [evaluation.Question("a", "?", ("X",)), evaluation.Question("t", "?", ("only in the title",))]
    P = evaluation.Passage
    candidates = [P("X", 0, "d", "", "", 0, 1), P("Z", 0, "d", "", "", 2, 3)]
    runs = {"a": [P("X", 1, "d", "", "", 0, 1, 1)], "t": [P("Z", 1, "d", "", "", 2, 3, 1)]}
    metrics = evaluation.score(qs, runs, candidates, k=10)
    assert metrics["all"]["Hit@1"] == pytest.approx(0.5) and metrics["all"]["n"] == 2
    assert metrics["in text"]["Hit@1"] == pytest.approx(1.0) and metrics["in text"]["n"] == 1


def test_seed_set_regression_gate(seed_index, settings, embedder):
    retriever = Retriever(settings.replace(index_dir=seed_index), embedder=embedder)
    questions = evaluation.load_question_set(SEED_SET)
    result = evaluation.evaluate_modes(questions, retriever, [settings.mode])[0]
    assert result.metrics["ja"]["Hit@1"] >= SEED_JA_HIT1_FLOOR, evaluation.misses_table(result)
    assert result.metrics["en"]["Hit@1"] >= SEED_EN_HIT1_FLOOR, evaluation.misses_table(result)
    answers = evaluation.answer_metrics(evaluation.evaluate_answers(questions, Answerer(retriever), settings.k))
    assert answers["first_quote"] >= SEED_FIRST_QUOTE_FLOOR, answers
    assert answers["abstain_recall"] >= SEED_ABSTAIN_FLOOR, answers


@pytest.mark.slow
def test_jsquad_sample_regression_gate(settings, embedder):
    result = evaluation.run_jsquad(JSQUAD_VALIDATION,
                                   lambda d: Retriever(settings.replace(index_dir=d), embedder=embedder),
                                   [settings.mode], limit=300, answers=True)
    metrics = result.modes[0].metrics["all"]
    assert metrics["n"] == 300 and result.passages >= 1145
    assert metrics["Hit@1"] >= JSQUAD_SAMPLE_R1_FLOOR and metrics["Hit@5"] >= JSQUAD_SAMPLE_R5_FLOOR, metrics
    answers = evaluation.answer_metrics(result.answers)
    assert answers["unanswerable"] == 100  # every third question once more without its own article
    assert answers["first_quote"] >= JSQUAD_SAMPLE_FIRST_QUOTE_FLOOR, answers
    assert answers["abstain_recall"] >= JSQUAD_SAMPLE_ABSTAIN_FLOOR, answers


@pytest.mark.slow
def test_english_jsquad_regression_gate(settings, embedder):
    """The same corpus asked in English: 300 of its questions translated (eval/data/english/)."""
    documents, questions = evaluation.jsquad(JSQUAD_VALIDATION)
    english = evaluation.in_english(questions, JSQUAD_ENGLISH)
    result = evaluation.run_dataset(documents, english, lambda d: Retriever(settings.replace(index_dir=d),
                                                                               embedder=embedder),
                                    [settings.mode], answers=True)
    metrics = result.modes[0].metrics["all"]
    assert metrics["n"] == 300 and metrics["Hit@1"] >= ENGLISH_JSQUAD_R1_FLOOR, metrics
    answers = evaluation.answer_metrics(result.answers)
    assert answers["first_quote_en"] == answers["first_quote"] >= ENGLISH_JSQUAD_FIRST_QUOTE_FLOOR, answers
    assert answers["abstain_recall"] >= ENGLISH_JSQUAD_ABSTAIN_FLOOR, answers


def test_qa_eval_writes_json_and_a_plot(tmp_path, capsys):
    out, png = tmp_path / "r.json", tmp_path / "r.png"
    assert main(["eval", str(SEED_SET), "--docs", str(ROOT / "seeds"), "--mode", "all",
                 "--json", str(out), "--plot", str(png)]) == 0
    printed = capsys.readouterr().out
    assert "| dense |" in printed and "| bm25 |" in printed and "| hybrid |" in printed
    assert "### Abstention" in printed
    report = json.loads(out.read_text())
    assert set(report["seed"]) >= {"dense", "bm25", "hybrid", "answers"}
    assert {"first_quote", "any_quote", "abstain_recall", "short_f1"} <= set(report["seed"]["answers"])
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


CONVERSATIONS = ROOT / "eval" / "conversations.jsonl"
FOLLOWUP_FLOOR = 0.89  # 36 of 39 (0.923) with history; alone: 0.795
SWITCH_FLOOR = 0.91  # 35 of 37 (0.946)
# Written in session 7 over the real files (eval/real-docs), after the set above: follow-ups 41 of 45
# (0.911) with history, 0.711 alone; switches 7 of 8.
REAL_CONVERSATIONS = ROOT / "eval" / "conversations-real-files.jsonl"
REAL_FOLLOWUP_FLOOR = 0.89
REAL_SWITCH_FLOOR = 0.85
# Written in session 15 by a helper agent that saw neither the code nor the sets above, over the seed
# article and the real files: its first run gave follow-ups 33 of 40 (0.825) with history, 0.650
# alone, switches 28 of 33 (0.848), 31 of 33 read as new topics; now 34 of 40, 28 and 33 of 33.
BLIND_CONVERSATIONS = ROOT / "eval" / "conversations-blind.jsonl"
# Written in session 16 the same way, over the 14 files of eval/blind-3, eval/blind-4 and
# eval/manual-docs (notices, a spec sheet, minutes, a recipe, a README, rules, a paper): its first run
# on session 15's code gave follow-ups 27 of 47 (0.574) with history, 22 (0.468) alone, switches 30 of
# 40 (0.750), 38 of 40 read as new topics; now 33 of 47 (0.702), 30 of 40, 39 of 40. Session 19: 31 of
# 47 (0.660), 31 of 40; session 20: 30 of 47 (0.638): with no chunk for a heading that only heads
# subsections, BM25's statistics moved and 「雨で延期になったらいつやるの？」 quotes the sentence on the
# postponed day's lunch (0.48) over the one with its date (0.39).
BLIND_CONVERSATIONS_2 = ROOT / "eval" / "conversations-blind-2.jsonl"
# Written after this session's fixes, over eval/blind-5 and the real files: its first run gave
# follow-ups 31 of 44 (0.705) with history, 25 (0.568) alone, switches 32 of 40, 37 of 40 read as new
# (session 15's code: 30 (0.682), 23, 30 of 40, 38 of 40).
BLIND_CONVERSATIONS_3 = ROOT / "eval" / "conversations-blind-3.jsonl"
# Written after every change of session 16, over eval/blind-6, eval/blind-4 and the seed article: its
# first run gave follow-ups 21 of 38 (0.553) with history, 17 (0.447) alone, switches 25 of 35
# (0.714), 34 of 35 read as new; session 15's code: 20 (0.526), 16, 26 of 35, 35 of 35. Session 17:
# 24 (0.632), 17, 26 of 35 (0.743), 34 of 35.
BLIND_CONVERSATIONS_4 = ROOT / "eval" / "conversations-blind-4.jsonl"
# Written in session 17 the same way: -5 over eval/blind-5, eval/blind-7 and the seed article, before
# any change of that session (first run: follow-ups 24 of 37 with history, switches 26 of 36; now 24
# (0.649), 17 alone, 28 of 36 (0.778), 35 of 36 read as new); -6 over eval/blind-8, eval/blind-3 and
# the seed article, after them (first run and now: 18 of 38 (0.474), 14 alone, 21 of 35 (0.600), 32
# of 35 read as new; session 16's code: the same follow-ups and switches).
BLIND_CONVERSATIONS_5 = ROOT / "eval" / "conversations-blind-5.jsonl"
BLIND_CONVERSATIONS_6 = ROOT / "eval" / "conversations-blind-6.jsonl"
# Written in session 18 the same way, over eval/blind-9, eval/blind-1, eval/blind-2 and the seed
# article, before any change of that session: first run follow-ups 17 of 37 (0.459) with history,
# switches 18 of 36 (0.500); on that session's code 17 of 37, 20 of 36 (0.556), 31 of 36 read as new.
BLIND_CONVERSATIONS_7 = ROOT / "eval" / "conversations-blind-7.jsonl"
# Written in session 19 the same way, over eval/blind-10, eval/blind-6 and the seed article, before
# any change of that session: first run follow-ups 28 of 38 (0.737) with history, switches 33 of 38
# (0.868); on that session's code the same, 16 of 38 alone, 36 of 38 switches read as new.
BLIND_CONVERSATIONS_8 = ROOT / "eval" / "conversations-blind-8.jsonl"
# Written in session 20 the same way, over eval/blind-11, eval/blind-7 and the seed article, before any
# change of that session: first run follow-ups 24 of 40 (0.600) with history, 17 alone, switches 16 of
# 30 (0.533), 26 of 30 read as new; on that session's code 26 of 40 (0.650), 17 alone, 19 of 30
# (0.633), 29 of 30 read as new (its misses were read for that session's changes).
BLIND_CONVERSATIONS_9 = ROOT / "eval" / "conversations-blind-9.jsonl"
# Written in session 21 the same way, over eval/blind-12, eval/blind-2 and the seed article, before any
# change of that session: first run follow-ups 28 of 43 (0.651) with history, 24 alone, switches 32 of
# 41 (0.780), 39 of 41 read as new; on that session's code 32 of 43 (0.744), 25 alone, the rest the same.
# One gold answer was mended before counting: 「中学生 1回300円」 spans two cells of a table row (the
# helper read the PDF's line), the answer is the cell 「1回300円」.
BLIND_CONVERSATIONS_10 = ROOT / "eval" / "conversations-blind-10.jsonl"
# Written in session 22 the same way, over eval/blind-13, eval/blind-1 and the seed article, before any
# change of that session: first run follow-ups 21 of 45 (0.467) with history, 14 alone, switches 25 of
# 41 (0.610), 29 of 41 read as new; on that session's code 23 of 45 (0.511), the rest the same.
BLIND_CONVERSATIONS_11 = ROOT / "eval" / "conversations-blind-11.jsonl"
# Written in session 23 the same way, over eval/blind-14, eval/blind-4 and the seed article (2 to 5
# turns), before any change of that session: first run follow-ups 33 of 49 (0.673) with history, 24
# alone, switches 31 of 40 (0.775), 28 of 40 read as new; on that session's code 38 of 49 (0.776),
# switches 33 of 40 (0.825), the rest the same.
BLIND_CONVERSATIONS_12 = ROOT / "eval" / "conversations-blind-12.jsonl"
# Written in session 24 the same way, over eval/blind-15, eval/blind-5 and the seed article (3 to 5
# turns), before any change of that session: first run follow-ups 35 of 47 (0.745) with history, 22
# alone, switches 33 of 40 (0.825), 27 of 40 read as new; on that session's code 40 of 47 (0.851), the
# rest the same.
BLIND_CONVERSATIONS_13 = ROOT / "eval" / "conversations-blind-13.jsonl"


def test_the_multi_turn_set_is_well_formed(tmp_path):
    conversations = evaluation.load_conversations(CONVERSATIONS)
    turns = [t for c in conversations for t in c.turns]
    assert len(conversations) >= 30 and all(2 <= len(c.turns) <= 4 for c in conversations)
    assert sum(t.kind == "switch" for t in turns) * 3 >= len(turns)
    texts = [p.read_text(encoding="utf-8") for folder in ("seeds", "eval/data/jaquad-docs")
             for p in (ROOT / folder).glob("*.txt")]
    evaluation.check_answers([evaluation.Question(t.question, t.question, t.answers) for t in turns], texts)
    for other in (REAL_CONVERSATIONS, BLIND_CONVERSATIONS, BLIND_CONVERSATIONS_2, BLIND_CONVERSATIONS_3,
                  BLIND_CONVERSATIONS_4, BLIND_CONVERSATIONS_5, BLIND_CONVERSATIONS_6, BLIND_CONVERSATIONS_7,
                  BLIND_CONVERSATIONS_8, BLIND_CONVERSATIONS_9, BLIND_CONVERSATIONS_10, BLIND_CONVERSATIONS_11,
                  BLIND_CONVERSATIONS_12, BLIND_CONVERSATIONS_13):
        loaded = evaluation.load_conversations(other)
        assert len(loaded) >= 30 and all(2 <= len(c.turns) <= 5 for c in loaded)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "turns": [{"question": "q", "answers": ["a"], "kind": "followup"}]}\n')
    with pytest.raises(ValueError, match="first turn"):
        evaluation.load_conversations(bad)


def _conversation_docs(name: str) -> list[Path]:
    from bench.real_documents import FOLDER, NOT_DATA
    from qa.cli import CONVERSATION_DOCS

    real_files = sorted(p for p in FOLDER.iterdir() if p.name not in NOT_DATA)
    if name == "real-files":
        return real_files
    if name == "blind":
        return [ROOT / "seeds", *real_files]
    if name == "blind-3":
        return sorted(p for p in (ROOT / "eval" / "blind-5").iterdir() if p.name not in NOT_DATA) + real_files
    if name == "blind-4":
        return sorted(p for folder in ("blind-6", "blind-4") for p in (ROOT / "eval" / folder).iterdir()
                      if p.name not in NOT_DATA) + [ROOT / "seeds" / "ukraine-peace-talks-witkoff.txt"]
    if name in ("blind-5", "blind-6", "blind-7", "blind-8", "blind-9", "blind-10", "blind-11", "blind-12",
                "blind-13"):
        folders = {"blind-5": ("blind-5", "blind-7"), "blind-6": ("blind-8", "blind-3"),
                   "blind-7": ("blind-9", "blind-1", "blind-2"), "blind-8": ("blind-10", "blind-6"),
                   "blind-9": ("blind-11", "blind-7"), "blind-10": ("blind-12", "blind-2"),
                   "blind-11": ("blind-13", "blind-1"), "blind-12": ("blind-14", "blind-4"),
                   "blind-13": ("blind-15", "blind-5")}[name]
        return sorted(p for folder in folders for p in (ROOT / "eval" / folder).iterdir()
                      if p.name not in NOT_DATA) + [ROOT / "seeds" / "ukraine-peace-talks-witkoff.txt"]
    if name == "blind-2":
        return sorted(p for folder in ("blind-3", "blind-4", "manual-docs") for p in (ROOT / "eval" / folder).iterdir()
                      if p.name not in NOT_DATA)
    return [ROOT / d for d in CONVERSATION_DOCS]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "conversations_file", "followup_floor", "switch_floor", "new_topic_floor"), [
    ("seed-and-jaquad", CONVERSATIONS, FOLLOWUP_FLOOR, SWITCH_FLOOR, 1.0),
    ("real-files", REAL_CONVERSATIONS, REAL_FOLLOWUP_FLOOR, REAL_SWITCH_FLOOR, 1.0),
    ("blind", BLIND_CONVERSATIONS, 0.80, 0.80, 1.0),
    ("blind-2", BLIND_CONVERSATIONS_2, 0.63, 0.70, 0.95),
    ("blind-3", BLIND_CONVERSATIONS_3, 0.65, 0.75, 0.90),
    ("blind-4", BLIND_CONVERSATIONS_4, 0.55, 0.70, 0.94),
    ("blind-5", BLIND_CONVERSATIONS_5, 0.60, 0.72, 0.94),
    ("blind-6", BLIND_CONVERSATIONS_6, 0.42, 0.55, 0.88),
    ("blind-7", BLIND_CONVERSATIONS_7, 0.40, 0.50, 0.83),
    ("blind-8", BLIND_CONVERSATIONS_8, 0.65, 0.80, 0.90),
    ("blind-9", BLIND_CONVERSATIONS_9, 0.60, 0.58, 0.93),
    ("blind-10", BLIND_CONVERSATIONS_10, 0.70, 0.74, 0.93),
    ("blind-11", BLIND_CONVERSATIONS_11, 0.48, 0.58, 0.70),
    ("blind-12", BLIND_CONVERSATIONS_12, 0.74, 0.80, 0.68),
    ("blind-13", BLIND_CONVERSATIONS_13, 0.80, 0.78, 0.65),
])
def test_multi_turn_regression_gate(tmp_path, settings, embedder, name, conversations_file, followup_floor,
                                    switch_floor, new_topic_floor):
    """History lifts follow-ups and never changes what a topic switch read as one gets."""
    from qa.answer import Answerer
    from qa.indexing import build_index

    s = settings.replace(index_dir=tmp_path / "idx")
    build_index(_conversation_docs(name), s.index_dir, s, embedder=embedder)
    answerer = Answerer(Retriever(s, embedder=embedder))
    conversations = evaluation.load_conversations(conversations_file)
    alone = evaluation.first_quote_hits(conversations, answerer, history=False)
    asked = evaluation.first_quote_hits(conversations, answerer, history=True)
    followups = [r.hit for r in asked if r.turn.kind == "followup"]
    assert sum(followups) / len(followups) >= followup_floor
    assert sum(followups) > sum(r.hit for r in alone if r.turn.kind == "followup")
    switches = [(a, b) for a, b in zip(alone, asked, strict=True) if a.turn.kind == "switch"]
    new_topics = [(a, b) for a, b in switches if b.context_from is None]
    assert len(new_topics) / len(switches) >= new_topic_floor
    assert all(a.hit == b.hit for a, b in new_topics)
    assert sum(b.hit for _, b in switches) / len(switches) >= switch_floor
    assert "| with history |" in evaluation.conversation_table({"with history": asked})


# Answers over files (bench/real_documents.py), each set's folder indexed on its own, as
# (questions, folder, documents, first-quote floor, any-of-3 floor, abstention floor):
# - the real files of every format: first quote 0.927 (38/41; 37 on session 21's machine, a near tie),
#   any of 3 1.000, 5 of 7 unanswerable
#   questions abstain. Before the untitled cosine (BENCHMARKS.md, session 11) the document's first
#   sentence took the first quote of four questions that name its topic: 0.780 (32/41);
# - manuals, a paper, company rules and a help page (session 14): 0.929 (39/42), 0.976, 5 of 6;
#   0.786 before the section rule, table header rows and line numbers kept with their line;
# - documents and questions written blind by helper agents (24 + 6 each): 0.667 / 0.750 and
#   0.833 / 0.875, 4 and 6 of 6 abstain; session 13's code: 0.500 and 0.792. Session 15's, one file
#   of each format and 30 + 6 each: 0.700 / 0.900, 4 of 6 (first run 0.700 / 0.867, 3 of 6), and
#   0.667 / 0.700, 5 of 6 (first run, session 14's code: 0.567 / 0.600, 4 of 6). Session 16's, a
#   two-column paper PDF, a rule book in Word, an FAQ page, an Aozora essay, a travel guide: first run
#   on session 15's code 0.367 / 0.567, 3 of 6; now 0.600 / 0.733, 4 of 6. Then, written after those
#   fixes (a lease, insurance terms, a review page with comments, an API guide, a town history), its
#   first run: 0.733 / 0.867, 3 of 6 (session 15's code: 0.633 / 0.833, 4 of 6); now 0.767, 4 of 6. And the
#   last, written after every change (an event flyer PDF, a training manual, a museum page, a blog
#   post, an Aozora novel excerpt), first run 0.767 / 0.833, 5 of 6 (session 15's: 0.600 / 0.667, 6).
# - session 17's, before its changes (a garbage guide PDF, travel-expense rules in Word, a support FAQ
#   page, a CLI tutorial, a news article): first run 0.567 / 0.800, 4 of 6; now 0.633 / 0.767, 4 of 6.
#   After them (a ryokan booklet PDF, bylaws in Word, a product page with Q&A, PTA minutes, a short
#   story): first run 0.500 (session 16's code: 0.467); now 0.533 / 0.633, 5 of 6.
# - session 18's, before its changes (a clinic's vaccination guide PDF, a move-in guide in Word, a
#   childcare-centre page, a CLI tool's README, a news article): first run 0.600 / 0.800, 5 of 6; the same after
#   them; 0.667 / 0.833 after session 19's (list items read with their markers, FAQ entries asking the
#   same), which also took blind-2 to 0.833, blind-5 to 0.633, blind-8 to 0.700 and blind-9 to 0.567.
# - session 19's, before its changes (a town's disaster leaflet PDF, an IT-security guideline in Word, a
#   day-spa page with an FAQ, a hiking report in Markdown, a press release): first run 0.733 / 0.767, 3 of
#   6; the same after them; 0.767 / 0.767, 3 of 6 after session 20's (questions asking which heading to
#   read; its misses were read for them), which also took blind-10 to 0.733 / 0.900.
# - session 20's, before its changes (a children's-medical-subsidy guide PDF, house rules in Word, a
#   photo app's install page with an FAQ, a syllabus in Markdown, an Aozora-style story): first run
#   0.600 / 0.767, 3 of 6; 0.700 / 0.767, 3 of 6 after them (its misses were read for them).
# - session 21's, before its changes (a stick vacuum's manual PDF, telework rules in Word, a bus
#   company's timetable-revision page with an FAQ, an on-call runbook in Markdown, an Aozora-style
#   essay): first run 0.700 / 0.733, 5 of 6; 0.733 / 0.767, 5 of 6 after them (its misses were read).
# - session 22's, before its changes (an electric kettle's manual PDF whose table wraps cells, travel-
#   expense rules in Word, a hot-spring inn's access page with an FAQ, a CLI tool's README, an
#   Aozora-style memoir): first run 0.567 / 0.633, 4 of 6; 0.667 / 0.733, 4 of 6 after them.
# - session 23's, before its changes (a dishwasher's manual PDF, remote-work rules in Word, a clinic's
#   page with an FAQ, a photo-backup tool's README, an Aozora-style essay): first run 0.667 / 0.767, 4 of
#   6; 0.767 / 0.867, 4 of 6 after them (its misses were read for them).
# - session 24's, before its changes (a conference paper's PDF with a two-column page, a web service's
#   terms of use in Word, a local news article page, an internal wiki page on lending equipment, an
#   Aozora-style story): first run 0.833 / 0.900, 2 of 6; the same after them.
FILE_SETS = {
    "real-documents": ("real-documents.jsonl", "real-docs", 7, 0.85, 0.92, 0.70),
    "manuals": ("manuals.jsonl", "manual-docs", 4, 0.85, 0.90, 0.66),
    "blind-1": ("blind-1.jsonl", "blind-1", 3, 0.60, 0.70, 0.60),
    "blind-2": ("blind-2.jsonl", "blind-2", 3, 0.75, 0.80, 0.60),
    "blind-3": ("blind-3.jsonl", "blind-3", 5, 0.65, 0.80, 0.60),
    "blind-4": ("blind-4.jsonl", "blind-4", 5, 0.55, 0.55, 0.66),
    "blind-5": ("blind-5.jsonl", "blind-5", 5, 0.50, 0.60, 0.50),
    "blind-6": ("blind-6.jsonl", "blind-6", 5, 0.70, 0.80, 0.50),
    "blind-7": ("blind-7.jsonl", "blind-7", 5, 0.70, 0.75, 0.66),
    "blind-8": ("blind-8.jsonl", "blind-8", 5, 0.60, 0.73, 0.66),
    "blind-9": ("blind-9.jsonl", "blind-9", 5, 0.50, 0.60, 0.80),
    "blind-10": ("blind-10.jsonl", "blind-10", 5, 0.60, 0.76, 0.66),
    "blind-11": ("blind-11.jsonl", "blind-11", 5, 0.65, 0.70, 0.50),
    "blind-12": ("blind-12.jsonl", "blind-12", 5, 0.65, 0.70, 0.50),
    "blind-13": ("blind-13.jsonl", "blind-13", 5, 0.66, 0.70, 0.66),
    "blind-14": ("blind-14.jsonl", "blind-14", 5, 0.60, 0.66, 0.66),
    "blind-15": ("blind-15.jsonl", "blind-15", 5, 0.73, 0.83, 0.66),
    "blind-16": ("blind-16.jsonl", "blind-16", 5, 0.80, 0.86, 0.33),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", list(FILE_SETS))
def test_answers_over_files_regression_gate(name):
    from bench.real_documents import run

    questions, folder, documents, first_floor, any3_floor, abstain_floor = FILE_SETS[name]
    result = run(ROOT / "eval" / questions, ROOT / "eval" / folder)
    every = result["groups"]["all"]
    assert result["skipped"] == [] and result["documents"] == documents
    misses = [r["id"] for r in result["questions"] if not r["unanswerable"] and not r["quote1"]]
    assert every["quote1"] >= first_floor, misses
    assert every["any3"] >= any3_floor, every
    assert every["abstained"] >= abstain_floor, every

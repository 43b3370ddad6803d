"""The answer stage on real files of every format: eval/real-documents.jsonl over eval/real-docs/.

Indexes the folder (PDF typeset and exported from Word, DOCX, HTML, Markdown, UTF-16 text, Aozora
Bunko text) with the default settings and asks every question through `qa.answer`:

- first-quote accuracy: a gold answer (NFKC) inside quote 1 — answerable questions only;
- any-of-3: a gold answer inside one of the first three quotes;
- answered: `found` for answerable questions; abstained: `not found` for unanswerable ones;
- Hit@1 / Hit@3 of the retrieved passages, for comparison with the other sets.

    python bench/real_documents.py                # bench/results/real-documents.json
    python bench/real_documents.py --questions eval/manuals.jsonl --folder eval/manual-docs  # …/manuals.json

The other sets over files work the same way: eval/manuals.jsonl (manuals, a paper, company rules,
a help page) and eval/blind-1.jsonl, eval/blind-2.jsonl (written by helper agents blind to the
code), each over the folder of the same name.
"""

from __future__ import annotations

import argparse
import json
import platform
import tempfile
from pathlib import Path

from qa import evaluation
from qa.answer import Answerer
from qa.indexing import build_index
from qa.retrieve import Retriever
from qa.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "eval" / "real-documents.jsonl"
FOLDER = ROOT / "eval" / "real-docs"
NOT_DATA = ("README.md", "build.py", "verify.py")  # credits, generator and checker: not documents


def run(questions_path: Path = QUESTIONS, folder: Path = FOLDER) -> dict:
    questions = evaluation.load_question_set(questions_path)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.from_env().replace(index_dir=Path(tmp))
        report = build_index(sorted(p for p in folder.iterdir() if p.name not in NOT_DATA), settings=settings)
        retriever = Retriever(settings)
        answerer = Answerer(retriever)
        retrieval = evaluation.evaluate_modes(questions, retriever, [settings.mode], k=10)[0]
        rows = []
        for q in questions:
            a = answerer.answer(q.question)
            texts = [evaluation.nfkc(quote.text) for quote in a.quotes]
            hit = [any(evaluation.nfkc(g) in t for g in q.answers) for t in texts]
            rows.append({"id": q.id, "lang": q.lang, "unanswerable": q.unanswerable, "found": a.found,
                         "quote1": bool(hit[:1] and hit[0]), "any3": any(hit[:3]),
                         "citation": a.quotes[0].citation if a.quotes else "",
                         "doc_id": a.quotes[0].doc_id if a.quotes else ""})
    out = {"machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}",
           "documents": report.documents, "skipped": [s.path for s in report.skipped], "groups": {}}
    for group, keep in (("all", lambda r: True), ("ja", lambda r: r["lang"] == "ja"),
                        ("en", lambda r: r["lang"] == "en")):
        answerable = [r for r in rows if keep(r) and not r["unanswerable"]]
        unanswerable = [r for r in rows if keep(r) and r["unanswerable"]]
        out["groups"][group] = {
            "answerable": len(answerable), "unanswerable": len(unanswerable),
            "quote1": sum(r["quote1"] for r in answerable) / max(len(answerable), 1),
            "any3": sum(r["any3"] for r in answerable) / max(len(answerable), 1),
            "answered": sum(r["found"] for r in answerable) / max(len(answerable), 1),
            "abstained": sum(not r["found"] for r in unanswerable) / max(len(unanswerable), 1)}
    out["retrieval"] = {g: {k: round(v, 3) for k, v in m.items()} for g, m in retrieval.metrics.items()}
    out["questions"] = rows
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=QUESTIONS, help="a question set (JSON lines)")
    parser.add_argument("--folder", type=Path, default=FOLDER, help="the documents it asks about")
    parser.add_argument("--out", type=Path, help="default: bench/results/<question set's name>.json")
    args = parser.parse_args(argv)
    result = run(args.questions, args.folder)
    out = args.out or ROOT / "bench" / "results" / f"{args.questions.stem}.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print("| questions | answerable | quote 1 | any of 3 | answered | unanswerable | abstained |")
    print("|---|---|---|---|---|---|---|")
    for group, g in result["groups"].items():
        print(f"| {group} | {g['answerable']} | {g['quote1']:.3f} | {g['any3']:.3f} | {g['answered']:.3f} "
              f"| {g['unanswerable']} | {g['abstained']:.3f} |")
    for r in result["questions"]:
        if not r["unanswerable"] and not r["quote1"]:
            print(f"quote 1 miss: {r['id']} -> {r['citation']}")


if __name__ == "__main__":
    main()

"""`qa`: the command-line shell over the library. Every command maps to one library call;
errors are one line on stderr and a non-zero exit."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from qa.settings import (
    ANSWER_MODEL,
    BACKENDS,
    CROSS_ANSWER_MODEL,
    JAQUAD_ENGLISH,
    JAQUAD_VALIDATION,
    JSQUAD_ENGLISH,
    JSQUAD_VALIDATION,
    MODES,
    SHORT_ANSWER_MODEL,
    TRAINING_PARAGRAPHS,
    Settings,
)

CONVERSATION_DOCS = ["seeds", "eval/data/jaquad-docs"]


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env().replace(
        index_dir=Path(args.index_dir) if getattr(args, "index_dir", None) else None,
        model=getattr(args, "model", None),
        backend=getattr(args, "backend", None),
        chunk_size=getattr(args, "chunk_size", None),
        chunk_overlap=getattr(args, "chunk_overlap", None),
        index_type=getattr(args, "index_type", None),
        milvus_uri=getattr(args, "milvus_uri", None),
        index_name=getattr(args, "index_name", None),
        mode=getattr(args, "mode", None) if getattr(args, "mode", None) in MODES else None,
    )


def cmd_index(args: argparse.Namespace) -> int:
    from qa.indexing import build_index

    settings = _settings(args)
    if args.rollback:
        from qa.stores import open_engine

        engine = open_engine(settings)
        if args.paths or args.add or not hasattr(engine, "rollback"):
            raise ValueError("--rollback takes no paths and no --add, and works on a FAISS index folder")
        name = engine.rollback()
        print(f"{engine.describe()} is back at generation {name} (run --rollback again to undo)")
        return 0
    report = build_index(args.paths or ["seeds"], settings=settings, prune=not args.add, progress=True)
    print(f"indexed {report.documents} document(s), {report.chunks} chunk(s) into {report.location} "
          f"(embedded {len(report.embedded_documents)}, reused {len(report.reused_documents)}, "
          f"removed {len(report.removed_documents)})")
    if report.skipped:
        print(f"skipped {len(report.skipped)} file(s):", file=sys.stderr)
    for skipped in report.skipped:
        print(f"skipped {skipped.path}: {skipped.reason}", file=sys.stderr)
    for doc_id in report.kept_documents:
        print(f"kept the indexed version of {doc_id}: its file could not be read now", file=sys.stderr)
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from qa.answer import Answerer
    from qa.retrieve import Retriever

    if args.passages:
        for p in Retriever(_settings(args)).retrieve(args.question, k=args.k):
            print(f"{p.rank}. [{p.score:.3f}] {p.citation}  ({p.doc_id})")
            print("   " + p.text.replace("\n", "\n   "))
        return 0
    a = Answerer(Retriever(_settings(args))).answer(args.question, k=args.k, threshold=args.threshold)
    print(a.lead)
    if a.short:
        print(("答え: " if a.language == "ja" else "Answer: ") + a.short)
    for i, q in enumerate(a.quotes, start=1):
        print(f"\n{i}. 「{q.text}」" if a.language == "ja" else f"\n{i}. \"{q.text}\"")
        print(f"   — {q.citation} · {q.score:.2f}  ({q.doc_id})")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from ui.app import serve

    settings = _settings(args)
    if args.docs:
        from qa.indexing import build_index

        paths = [Path(p).expanduser() for p in args.docs]
        report = build_index(paths, settings=settings, progress=True)
        print(f"indexed {report.documents} document(s), {report.chunks} chunk(s) from {', '.join(map(str, paths))} "
              f"into {report.location}")
        for skipped in report.skipped:
            print(f"skipped {skipped.path}: {skipped.reason}", file=sys.stderr)
    examples = args.examples
    if examples and len(examples) == 1 and Path(examples[0]).is_file():
        examples = Path(examples[0]).read_text(encoding="utf-8").splitlines()
    serve(settings, host=args.host, port=args.port, auth=args.auth or os.environ.get("KOTAE_AUTH"),
          share=args.share, examples=examples)
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from qa.embeddings import get_embedder
    from qa.stores import open_engine

    settings = _settings(args)
    engine = open_engine(settings)
    if args.check and engine.name != "faiss":
        raise ValueError(f"--check verifies the files of a FAISS index folder; {engine.name} keeps its own")
    index = engine.load(checksums=True) if args.check else engine.load()
    m = index.manifest
    print(f"store:     {engine.name}, {engine.describe()} (generation {index.generation})")
    if args.check:
        print(f"check:     {len(m['files'])} files match their sizes and sha256; every passage quotes its document")
    print(f"model:     {m['model']} ({m['dim']} dimensions)")
    print(f"engines:   {get_embedder(settings).describe()}")
    print(f"chunker:   {m['chunker']}")
    print(f"documents: {len(m['documents'])}, chunks: {m['chunks']}")
    for d in m["documents"]:
        print(f"  {d['doc_id']}: {d['title']} ({d['chunks']} chunks, {d['encoding']})")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    import json
    import tempfile

    from qa import evaluation
    from qa.answer import Answerer
    from qa.indexing import build_index
    from qa.retrieve import Retriever

    if args.english and not (args.jsquad or args.jaquad):
        raise ValueError("--english asks JSQuAD or JaQuAD questions in English: give --jsquad or --jaquad too")
    if args.definitions and not (args.jsquad or args.jaquad):
        raise ValueError("--definitions asks about JSQuAD or JaQuAD articles: give --jsquad or --jaquad too")
    if args.definitions and args.english:
        raise ValueError("--english and --definitions ask different questions: give one of them")
    if args.dataset_index and not (args.jsquad or args.jaquad):
        raise ValueError("--dataset-index keeps the JSQuAD/JaQuAD index: give --jsquad or --jaquad too")
    settings = _settings(args)
    modes = list(MODES) if args.mode == "all" else [args.mode or settings.mode]
    report: dict = {"settings": {"chunk_size": settings.chunk_size, "chunk_overlap": settings.chunk_overlap,
                                 "model": settings.model, "k": args.k}}
    all_results: list[tuple[str, list[evaluation.ModeResult]]] = []
    answer_rows: list[tuple[str, dict]] = []
    datasets = [("JSQuAD", args.jsquad, evaluation.jsquad, evaluation.JSQUAD_CREDIT, JSQUAD_ENGLISH),
                ("JaQuAD", args.jaquad, evaluation.jaquad, evaluation.JAQUAD_CREDIT, JAQUAD_ENGLISH)]
    for name, path, load, credit, translations in datasets:
        if not path:
            continue
        documents, questions = load(path, None if args.english or args.definitions else args.limit)
        kept = Path(args.dataset_index) / name.lower() if args.dataset_index else None
        if args.english:
            questions = evaluation.in_english(questions, translations)[:args.limit]
            name = f"{name} in English"
        elif args.definitions:
            questions = evaluation.definition_questions(documents)[:args.limit]
            name = f"{name} definitions"
        result = evaluation.run_dataset(documents, questions, lambda d: Retriever(settings.replace(index_dir=d)),
                                        modes, k=args.k, answers=True, progress=True, index_dir=kept)
        print(f"## {name} ({len(questions)} questions, {result.passages} passages; "
              f"indexed in {result.index_seconds:.1f} s = {result.passages_per_second:.1f} passages/s"
              + (f", {result.embedded} documents embedded, the index kept in {kept})" if kept else ")"))
        print(f"Data: {credit}\n")
        print(evaluation.metrics_table(result.modes, ["Hit@1", "Hit@5", "Hit@10", "MRR@10"], label="R") + "\n")
        metrics = evaluation.answer_metrics(result.answers)
        answer_rows.append((name, metrics))
        report[name.lower()] = evaluation.to_json(result.modes) | {
            "passages": result.passages, "index_seconds": result.index_seconds, "answers": metrics}
        all_results.append((name, result.modes))
    if args.conversations:
        conversations = evaluation.load_conversations(args.conversations)
        docs = args.docs or CONVERSATION_DOCS
        with tempfile.TemporaryDirectory(prefix="kotae-eval-") as tmp:
            retriever = Retriever(settings.replace(index_dir=Path(tmp)))
            build_index(docs, tmp, retriever.settings, embedder=retriever.embedder)
            answerer = Answerer(retriever)
            runs = {"without history": evaluation.first_quote_hits(conversations, answerer, history=False),
                    f"with history ({settings.followup_context})":
                        evaluation.first_quote_hits(conversations, answerer, history=True)}
        print(f"## {args.conversations} ({len(conversations)} conversations over {', '.join(map(str, docs))}): "
              "a gold answer inside quote 1\n")
        print(evaluation.conversation_table(runs) + "\n")
        report["conversations"] = {name: [{"conversation": r.conversation, "question": r.turn.question,
                                           "kind": r.turn.kind, "hit": r.hit, "context_from": r.context_from}
                                          for r in results] for name, results in runs.items()}
    sets = args.sets or ([] if args.jsquad or args.jaquad or args.conversations else ["eval/seed-questions.jsonl"])
    seed_docs = args.docs or ["seeds"]
    if sets:
        questions = [q for path in sets for q in evaluation.load_question_set(path)]
        with tempfile.TemporaryDirectory(prefix="kotae-eval-") as tmp:
            retriever = Retriever(settings.replace(index_dir=Path(tmp)))
            build_index(seed_docs, tmp, retriever.settings, embedder=retriever.embedder)
            results = evaluation.evaluate_modes(questions, retriever, modes, k=args.k, progress=True)
            answers = evaluation.evaluate_answers(questions, Answerer(retriever), settings.k)
        answerable = sum(not q.unanswerable for q in questions)
        print(f"## {', '.join(sets)} ({answerable} answerable questions over {', '.join(map(str, seed_docs))})\n")
        print(evaluation.metrics_table(results) + "\n")
        for r in results:
            if r.misses():
                print(f"### Misses at rank 1, {r.mode}\n\n{evaluation.misses_table(r)}\n")
        t = settings.abstain_threshold
        print(f"### Abstention ({sum(q.unanswerable for q in questions)} unanswerable questions)\n\n"
              f"{evaluation.abstention_table(answers, [t - 0.1, t - 0.05, t, t + 0.05, t + 0.1])}\n")
        metrics = evaluation.answer_metrics(answers)
        answer_rows.append((", ".join(Path(p).stem for p in sets), metrics))
        report["seed"] = evaluation.to_json(results) | {"answers": metrics}
        all_results.append(("seed set", results))
    if answer_rows:
        print(f"## Answers (first {settings.k} passages, threshold {settings.abstain_threshold})\n\n"
              + evaluation.answer_table(answer_rows) + "\n")
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.plot:
        name, results = all_results[-1]
        evaluation.plot_hit_curves(results, args.plot, args.k, f"Hit@k, {name}")
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    from qa.training import train, train_cross, train_short, translated_sample

    if args.model_kind in ("all", "cross"):
        translated_sample(args.paragraphs, args.seed)  # before hours of training, not after
    if args.model_kind in ("all", "answer"):
        record = train(Path(args.out), paragraphs=args.paragraphs, seed=args.seed, settings=_settings(args),
                       progress=True)
        print(f"answer selection: {record['questions']} questions ({record['paragraphs']} paragraphs, "
              f"{record['candidates']} candidate sentences) in {record['seconds']} s; wrote {args.out}")
    if args.model_kind in ("all", "cross"):
        record = train_cross(Path(args.cross_out), paragraphs=args.paragraphs, seed=args.seed,
                             settings=_settings(args), progress=True)
        print(f"answer selection for English questions: {record['questions']} translated questions "
              f"({record['candidates']} candidate sentences) in {record['seconds']} s; wrote {args.cross_out}")
    if args.model_kind in ("all", "short"):
        record = train_short(Path(args.short_out), seed=args.seed, progress=True)
        print(f"short answers: {record['questions']} questions ({record['candidates']} candidate phrases) "
              f"in {record['seconds']} s; wrote {args.short_out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qa", description="Ask questions of your documents.")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--index-dir", help="index folder (default: index, or KOTAE_INDEX_DIR)")
        p.add_argument("--milvus-uri", help="keep the index in Milvus: a .db path (Milvus Lite) or "
                       "http(s)://host:19530 "
                       "(or KOTAE_MILVUS_URI; KOTAE_MILVUS_TOKEN for auth)")
        p.add_argument("--index-name", help="Milvus collection prefix and alias (default: kotae)")
        p.add_argument("--model", help="sentence-transformers model name or folder (default: multilingual-e5-small)")
        p.add_argument("--backend", choices=BACKENDS,
                       help="auto: ONNX Runtime for questions when the model has an export; torch: always PyTorch")

    p = sub.add_parser("index", help="index files and folders of .txt/.md")
    p.add_argument("paths", nargs="*", help="files or folders (default: seeds)")
    p.add_argument("--add", action="store_true", help="add to the index instead of making it exactly these paths")
    p.add_argument("--chunk-size", type=int, help="passage size in characters")
    p.add_argument("--chunk-overlap", type=int, help="overlap between passages in characters")
    p.add_argument("--index-type", help="FAISS index: auto, flat or hnsw")
    p.add_argument("--rollback", action="store_true",
                   help="make the previous build live again (kept beside the current one)")
    common(p)
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("ask", help="print the passages that best answer a question")
    p.add_argument("question")
    p.add_argument("-k", type=int, default=5, help="number of passages (default 5)")
    p.add_argument("--mode", choices=MODES, help="retrieval mode")
    p.add_argument("--threshold", type=float, help="abstention threshold (default from settings)")
    p.add_argument("--passages", action="store_true", help="print the ranked passages instead of an answer")
    common(p)
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("serve", help="start the browser chat")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--auth", help="USER:PASS required to use the app (or KOTAE_AUTH)")
    p.add_argument("--share", action="store_true", help="ask Gradio for a public share link (off by default)")
    p.add_argument("--mode", choices=MODES, help="default retrieval mode")
    p.add_argument("--docs", nargs="+", help="index these files or folders first (the index then holds exactly "
                   "them); without it the index is served as it is (seeds/ is indexed only into an empty one)")
    p.add_argument("--examples", nargs="+", help="example questions to show (or one file of them, one a line); "
                   "default: made from the index's headings")
    common(p)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("eval", help="score retrieval on question sets and on JSQuAD")
    p.add_argument("sets", nargs="*", help="question sets, JSONL (default: eval/seed-questions.jsonl)")
    p.add_argument("--docs", nargs="+", help="documents the sets ask about (default: seeds; for --conversations: "
                   "seeds and eval/data/jaquad-docs)")
    p.add_argument("--conversations", help="multi-turn set (JSONL, e.g. eval/conversations.jsonl): first-quote "
                   "accuracy of follow-ups and topic switches, with and without history")
    p.add_argument("--mode", choices=[*MODES, "all"], help="retrieval mode, or all to compare them")
    p.add_argument("-k", type=int, default=10, help="passages retrieved per question (default 10)")
    p.add_argument("--jsquad", nargs="?", const=str(JSQUAD_VALIDATION),
                   help="JSQuAD validation (default: the copy in eval/data): index its paragraphs, ask its questions")
    p.add_argument("--jaquad", nargs="?", const=str(JAQUAD_VALIDATION),
                   help="JaQuAD validation (default: the copy in eval/data), the same way")
    p.add_argument("--limit", type=int, help="ask only a random sample of this many JSQuAD/JaQuAD questions")
    p.add_argument("--english", action="store_true", help="ask the JSQuAD/JaQuAD questions translated to English "
                   "instead (300 each, eval/data/english/)")
    p.add_argument("--definitions", action="store_true", help="ask instead what each JSQuAD/JaQuAD article's lead "
                   "defines (「姫路城とは何ですか？」, four phrasings)")
    p.add_argument("--dataset-index", help="keep the JSQuAD/JaQuAD index in this folder (one subfolder each) and "
                   "reuse it next time, embedding only what changed (default: a temporary folder)")
    p.add_argument("--json", help="write the results as JSON here")
    p.add_argument("--plot", help="draw Hit@k curves per mode to this PNG")
    p.add_argument("--chunk-size", type=int, help="passage size in characters")
    p.add_argument("--chunk-overlap", type=int, help="overlap between passages in characters")
    common(p)
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("train", help="train the answer-selection model on JaQuAD (make train)")
    p.add_argument("model_kind", nargs="?", choices=["all", "answer", "cross", "short"], default="all",
                   help="which model to train: answer selection, its English-question counterpart (from "
                   "eval/data/english/, which covers the default sample), short answers (default: all three)")
    p.add_argument("--out", default=str(ANSWER_MODEL), help="answer-selection model to write (default: qa/models/)")
    p.add_argument("--short-out", default=str(SHORT_ANSWER_MODEL), help="short-answer model to write")
    p.add_argument("--cross-out", default=str(CROSS_ANSWER_MODEL), help="English-question model to write")
    p.add_argument("--paragraphs", type=int, default=TRAINING_PARAGRAPHS,
                   help=f"JaQuAD train paragraphs to sample (default {TRAINING_PARAGRAPHS})")
    p.add_argument("--seed", type=int, default=0)
    common(p)
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("info", help="what the index holds")
    p.add_argument("--check", action="store_true", help="verify every file's checksum, however large the index")
    common(p)
    p.set_defaults(func=cmd_info)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Exit 0 on success, 2 on any error (one line on stderr, like argparse's usage errors), 130 on ^C."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (ValueError, RuntimeError, OSError) as exc:
        message = " ".join(str(exc).split()) or type(exc).__name__
        print(f"qa {args.command}: error: {message}", file=sys.stderr)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: still one line, with what is needed to report it
        print(f"qa {args.command}: internal error ({type(exc).__name__}: {' '.join(str(exc).split())[:200]}); "
              "please report it", file=sys.stderr)
    return 2


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    sys.exit(main())

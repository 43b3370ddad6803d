"""`qa`: the command-line shell over the library. Every command maps to one library call;
errors are one line on stderr and a non-zero exit."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from qa.settings import MODES, Settings


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env().replace(
        index_dir=Path(args.index_dir) if getattr(args, "index_dir", None) else None,
        model=getattr(args, "model", None),
        chunk_size=getattr(args, "chunk_size", None),
        chunk_overlap=getattr(args, "chunk_overlap", None),
        index_type=getattr(args, "index_type", None),
        mode=getattr(args, "mode", None),
    )


def cmd_index(args: argparse.Namespace) -> int:
    from qa.indexing import build_index

    settings = _settings(args)
    report = build_index(args.paths or ["seeds"], settings=settings, prune=not args.add, progress=True)
    print(f"indexed {report.documents} document(s), {report.chunks} chunk(s) into {report.index_dir} "
          f"(embedded {len(report.embedded_documents)}, reused {len(report.reused_documents)}, "
          f"removed {len(report.removed_documents)})")
    for skipped in report.skipped:
        print(f"skipped {skipped.path}: {skipped.reason}", file=sys.stderr)
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from qa.retrieve import Retriever

    passages = Retriever(_settings(args)).retrieve(args.question, k=args.k)
    for p in passages:
        print(f"{p.rank}. [{p.score:.3f}] {p.citation}  ({p.doc_id})")
        print("   " + p.text.replace("\n", "\n   "))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from qa import store

    settings = _settings(args)
    index = store.load(Path(settings.index_dir))
    m = index.manifest
    size = sum(f.stat().st_size for f in (Path(settings.index_dir) / index.generation).iterdir())
    print(f"index:     {settings.index_dir} ({size / 1024:.0f} KiB, generation {index.generation})")
    print(f"model:     {m['model']} ({m['dim']} dimensions)")
    print(f"chunker:   {m['chunker']}")
    print(f"documents: {len(m['documents'])}, chunks: {m['chunks']}")
    for d in m["documents"]:
        print(f"  {d['doc_id']}: {d['title']} ({d['chunks']} chunks, {d['encoding']})")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qa", description="Ask questions of your documents.")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--index-dir", help="index folder (default: index, or KOTAE_INDEX_DIR)")
        p.add_argument("--model", help="sentence-transformers model name or folder (default: multilingual-e5-small)")

    p = sub.add_parser("index", help="index files and folders of .txt/.md")
    p.add_argument("paths", nargs="*", help="files or folders (default: seeds)")
    p.add_argument("--add", action="store_true", help="add to the index instead of making it exactly these paths")
    p.add_argument("--chunk-size", type=int, help="passage size in characters")
    p.add_argument("--chunk-overlap", type=int, help="overlap between passages in characters")
    p.add_argument("--index-type", help="FAISS index: auto, flat or hnsw")
    common(p)
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("ask", help="print the passages that best answer a question")
    p.add_argument("question")
    p.add_argument("-k", type=int, default=5, help="number of passages (default 5)")
    p.add_argument("--mode", choices=MODES, help="retrieval mode")
    common(p)
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("info", help="what the index holds")
    common(p)
    p.set_defaults(func=cmd_info)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (ValueError, RuntimeError, OSError) as exc:
        print(f"qa {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    sys.exit(main())

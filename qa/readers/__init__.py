"""Readers: one module per file format, each turning a file's bytes into the same `Document`.

The registry picks a reader by suffix, and by the file's first bytes where the suffix says nothing
(no suffix, an unknown one) or too little (a `.txt` in Aozora Bunko notation). A folder walk
accounts for every file it meets: each one is read, or listed in `skipped` with the reason.
"""

from __future__ import annotations

from pathlib import Path

from qa.documents import Document, Skipped, UnreadableFile
from qa.readers import aozora, docx, html, markdown, pdf, text
from qa.readers.base import Reader

READERS: tuple[Reader, ...] = (pdf.READER, docx.READER, html.READER, markdown.READER, aozora.READER, text.READER)
SUFFIXES: tuple[str, ...] = tuple(s for r in READERS for s in r.suffixes)
MAX_FILE_BYTES = 50 * 1024 * 1024
SNIFF_BYTES = 64 * 1024
# Formats recognised by their bytes alone, whatever the suffix; text-like ones only without a suffix.
_SIGNATURES = (pdf.READER, docx.READER)


def reader_for(path: Path, head: bytes) -> Reader | None:
    """The reader for a file, from its suffix and first bytes; None if no reader takes it."""
    suffix = path.suffix.lower()
    by_suffix = next((r for r in READERS if suffix in r.suffixes), None)
    if by_suffix is text.READER and aozora.READER.sniff(head):
        return aozora.READER
    if by_suffix is not None:
        return by_suffix
    for reader in _SIGNATURES:
        if reader.sniff(head):
            return reader
    if suffix and suffix != ".":
        return None
    for reader in (html.READER, aozora.READER, text.READER):
        if reader.sniff(head):
            return reader
    return None


def _safe_doc_id(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.name


def load_file(path: Path, root: Path | None = None, max_bytes: int = MAX_FILE_BYTES) -> Document:
    """Read one file with the reader its suffix or content calls for; `UnreadableFile` says why not."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise UnreadableFile(f"{name}: {size:,} bytes is over the {max_bytes:,}-byte limit")
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"{name}: cannot read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise UnreadableFile(f"{name}: empty file")
    reader = reader_for(path, data[:SNIFF_BYTES])
    if reader is None:
        kinds = ", ".join(sorted({s for r in READERS for s in r.suffixes}))
        raise UnreadableFile(f"{name}: unsupported file type {path.suffix or '(none)'} (readable: {kinds})")
    doc_id = _safe_doc_id(path, root) if root else path.name
    try:
        return reader.read(data, doc_id, str(path.resolve()))
    except UnreadableFile as exc:
        raise UnreadableFile(f"{name}: {exc}") from exc
    except Exception as exc:  # a damaged file can make any parser raise anything: one line, not a traceback
        raise UnreadableFile(f"{name}: not a readable {reader.name} file ({type(exc).__name__}: {exc})") from exc


def _walk(folder: Path, skipped: list[Skipped]) -> list[Path]:
    """Every file under `folder`, sorted; hidden files are listed as skipped, a hidden folder once."""
    files = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            if path.is_dir():
                count = sum(1 for p in path.rglob("*") if p.is_file())
                skipped.append(Skipped(str(path), f"hidden folder ({count} file(s) not read)"))
            else:
                skipped.append(Skipped(str(path), "hidden file"))
        elif path.is_dir():
            files += _walk(path, skipped)
        elif path.is_file():
            files.append(path)
        else:
            skipped.append(Skipped(str(path), "not a regular file"))
    return files


def load_documents(paths: list[str | Path | Document]) -> tuple[list[Document], list[Skipped]]:
    """Files and folders (walked recursively) to documents, plus every file that was not read and why.

    `doc_id` is the path relative to the folder it was found in (or the file name for a file given
    directly), so an index stays valid when the folder moves. `Document`s pass through as they are,
    for text that does not live in files (benchmarks, uploads).
    """
    documents: dict[str, Document] = {}
    skipped: list[Skipped] = []
    for raw in paths:
        if isinstance(raw, Document):
            documents[raw.doc_id] = raw
            continue
        given = Path(raw)
        if not given.exists():
            raise ValueError(f"no such file or folder: {raw}")
        files, root = (_walk(given, skipped), given) if given.is_dir() else ([given], None)
        for path in files:
            try:
                doc = load_file(path, root)
            except UnreadableFile as exc:
                skipped.append(Skipped(str(path), str(exc).removeprefix(f"{path}: ")))
                continue
            documents[doc.doc_id] = doc
    return list(documents.values()), skipped


__all__ = ["READERS", "SUFFIXES", "Reader", "load_documents", "load_file", "reader_for"]

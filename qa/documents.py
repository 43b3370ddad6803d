"""Reading the user's files into `Document`s: text, title and section headings.

Japanese documents arrive as UTF-8 (with or without BOM), but also as Shift_JIS/CP932 or EUC-JP;
we decode with the encoding that fits and say which, and skip what is not text with a reason instead
of failing the whole folder. Offsets everywhere in kotae refer to `Document.text`, which is the
decoded file with line endings normalised to "\n".
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

SUFFIXES = (".txt", ".md")
MAX_FILE_BYTES = 20 * 1024 * 1024
HEADING_MAX_CHARS = 40
_SENTENCE_END = tuple("。．.！!？?」』）)：:、,")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


@dataclass(frozen=True)
class Section:
    start: int
    name: str


@dataclass
class Document:
    doc_id: str
    text: str
    title: str
    sections: list[Section] = field(default_factory=list)
    encoding: str = "utf-8"
    path: str = ""

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def section_at(self, offset: int) -> str:
        """The heading in force at `offset` ("" before the first heading)."""
        name = ""
        for section in self.sections:
            if section.start > offset:
                break
            name = section.name
        return name


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


class UnreadableFile(ValueError):
    """A file that cannot be indexed; the message says why."""


def decode(data: bytes, name: str = "file") -> tuple[str, str]:
    """Bytes to text and the encoding used: UTF-8 first, then the best Japanese-aware guess."""
    if b"\x00" in data[:8192]:
        raise UnreadableFile(f"{name}: binary file (contains NUL bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp932", "shift_jis", "euc_jp", "iso2022_jp", "utf_16"]).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None:
        raise UnreadableFile(f"{name}: not text in any known encoding")
    return str(best), best.encoding


def _is_heading(line: str) -> bool:
    """Plain-text headings: short lines that are not bullets and do not end like a sentence."""
    return (
        0 < len(line) <= HEADING_MAX_CHARS
        and not line.startswith(("- ", "* ", "・"))
        and not line.endswith(_SENTENCE_END)
    )


def parse(text: str, doc_id: str, encoding: str = "utf-8", path: str = "") -> Document:
    """Find the title and the section headings of a text (plain or markdown)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    markdown = doc_id.endswith(".md")
    title = ""
    sections: list[Section] = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        md = _MD_HEADING.match(stripped) if markdown else None
        if md:
            name = md.group(2)
            if not title and md.group(1) == "#":
                title = name
            else:
                sections.append(Section(offset, name))
        elif stripped and not title and not markdown:
            title = stripped
        elif not markdown and _is_heading(stripped):
            sections.append(Section(offset, stripped))
        offset += len(line) + 1
    if not title:
        title = next((ln.strip().lstrip("#").strip() for ln in text.split("\n") if ln.strip()), doc_id)
    return Document(doc_id=doc_id, text=text, title=title, sections=sections, encoding=encoding, path=path)


def _safe_doc_id(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.name


def load_file(path: Path, root: Path | None = None, max_bytes: int = MAX_FILE_BYTES) -> Document:
    name = str(path)
    if path.suffix.lower() not in SUFFIXES:
        raise UnreadableFile(f"{name}: unsupported file type {path.suffix or '(none)'}; use .txt or .md")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise UnreadableFile(f"{name}: {size:,} bytes is over the {max_bytes:,}-byte limit")
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"{name}: cannot read ({exc.strerror or exc})") from exc
    text, encoding = decode(data, name)
    if not text.strip():
        raise UnreadableFile(f"{name}: empty file")
    doc_id = _safe_doc_id(path, root) if root else path.name
    return parse(text, doc_id, encoding=encoding, path=str(path.resolve()))


def load_documents(paths: list[str | Path | Document]) -> tuple[list[Document], list[Skipped]]:
    """Files and folders (searched recursively for .txt/.md) to documents, plus what was skipped.

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
        if given.is_dir():
            files = sorted(p for p in given.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            root = given
        else:
            files, root = [given], None
        for path in files:
            try:
                doc = load_file(path, root)
            except UnreadableFile as exc:
                skipped.append(Skipped(str(path), str(exc).split(": ", 1)[-1]))
                continue
            documents[doc.doc_id] = doc
    return list(documents.values()), skipped

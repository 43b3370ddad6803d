"""Aozora Bunko text (青空文庫): the notation turned into plain reading text, as distributed
(Shift_JIS) or converted (UTF-8).

- ruby readings `《…》` and their start marks `｜` leave the text; readings are kept in
  `metadata["ruby"]` as [offset, base, reading];
- `［＃…］` notes leave the text; headings (`［＃「一」は中見出し］`, `［＃中見出し］…［＃中見出し終わり］`,
  `［＃ここから大見出し］`…) become sections (大 › 中 › 小);
- gaiji notes (`※［＃「區＋鳥」、第3水準1-94-69］`, `…、U+9DD7`) become the character when the note gives
  its JIS X 0213 plane-row-cell or code point (else the ※ stays);
- the notation legend between the dashed lines leaves the text; the trailing 底本/入力/校正 credits
  close it as a section of their own (「底本」: readers ask which edition a text was typed from and
  when it was published; the answer stage quotes it for nothing else, qa/selection.py
  `credits_unasked`) and are kept as metadata (`credits`), with the author (second line);
- the repeat marks ／＼ and ／″＼ become 〳〵 and 〴〵, and paragraph indents go.

We measured the `aozora` package (PyPI, a Rust parser) against this reader (bench/aozora_reader.py,
BENCHMARKS.md) and kept this one: see there for why.
"""

from __future__ import annotations

import re

from qa.documents import Document
from qa.readers.base import Reader, TextBuilder, decode, looks_like_text

HEADING_LEVELS = {"大": 1, "中": 2, "小": 3}
CREDITS_SECTION = "底本"
_NOTE = re.compile(r"［＃[^］]*］")
_GAIJI = re.compile(r"※［＃([^］]*)］")
_JIS = re.compile(r"(?:第[34]水準)?([12])-(\d{1,2})-(\d{1,2})")
_UNICODE = re.compile(r"U\+([0-9A-Fa-f]{4,6})")
_HEADING_AFTER = re.compile(r"［＃「([^」]+)」は(?:同行|窓)?([大中小])見出し］")
_HEADING_AROUND = re.compile(r"［＃(?:ここから)?(?:同行|窓)?([大中小])見出し］")
_RUBY = re.compile(r"《([^》]*)》")
_KANJI_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ〇\U00020000-\U0003134f]+$")
_DASHES = re.compile(r"^-{10,}\s*$")
_CREDITS = re.compile(r"^底本[：:]")
_PUBLISHER_NOTE = re.compile(r"^(青空文庫作成ファイル|このファイルは)")
_MARKERS = ("［＃", "【テキスト中に現れる記号について】", "底本：")
_RUBY_SIGN = re.compile(r"[\u4e00-\u9fff々]《[\u3041-\u30ff]+》")


def gaiji(note: str) -> str | None:
    """The character a gaiji note describes, when it gives a code point or a JIS X 0213 code."""
    code = _UNICODE.search(note)
    if code:
        return chr(int(code.group(1), 16))
    jis = _JIS.search(note)
    if jis:
        plane, row, cell = (int(g) for g in jis.groups())
        raw = bytes([0xA0 + row, 0xA0 + cell]) if plane == 1 else bytes([0x8F, 0xA0 + row, 0xA0 + cell])
        try:
            return raw.decode("euc_jis_2004")
        except UnicodeDecodeError:
            return None
    return None


def clean_line(line: str) -> tuple[str, list[tuple[int, str, str]], tuple[int, str] | None]:
    """One line of notation to reading text, its ruby (offset in the line, base, reading) and the
    heading it makes (level, name), if any."""
    heading = None
    after = _HEADING_AFTER.search(line)
    around = _HEADING_AROUND.search(line)
    line = _GAIJI.sub(lambda m: gaiji(m.group(1)) or "※", line)
    line = line.replace("／″＼", "〴〵").replace("／＼", "〳〵")
    text, ruby, mark = [], [], None
    pos = 0
    for m in re.finditer(r"｜|《[^》]*》|［＃[^］]*］", line):
        text.append(line[pos:m.start()])
        pos = m.end()
        token = m.group()
        done = "".join(text)
        if token == "｜":
            mark = len(done)
        elif token.startswith("《"):
            base_start = mark if mark is not None else len(done) - len(_KANJI_RUN.search(done).group()
                                                                         if _KANJI_RUN.search(done) else "")
            ruby.append((base_start, done[base_start:], token[1:-1]))
            mark = None
    text.append(line[pos:])
    out = "".join(text)
    stripped = out.lstrip(" \u3000")
    shift = len(out) - len(stripped)
    out = stripped.rstrip()
    ruby = [(a - shift, base, reading) for a, base, reading in ruby if base]
    if after:
        heading = (HEADING_LEVELS[after.group(2)], out)
    elif around:
        heading = (HEADING_LEVELS[around.group(1)], out)
    return out, ruby, heading


def _split(text: str) -> tuple[list[str], list[str], list[str]]:
    """Header (title, author, ...), body and credits: the legend between the first two dashed
    lines near the top and everything from the last 底本 line on leave the body."""
    lines = text.split("\n")
    dashes = [i for i, line in enumerate(lines[:60]) if _DASHES.match(line)]
    if len(dashes) >= 2:
        header, body = lines[:dashes[0]], lines[dashes[1] + 1:]
    else:
        blank = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
        header, body = lines[:blank], lines[blank:]
    credits_at = max((i for i, line in enumerate(body) if _CREDITS.match(line)), default=len(body))
    return header, body[:credits_at], body[credits_at:]


def parse(source: str, doc_id: str, encoding: str = "utf-8", path: str = "") -> Document:
    header, body, credits = _split(source)
    out = TextBuilder()
    header_lines = [clean_line(line)[0] for line in header if line.strip()]
    title = header_lines[0] if header_lines else ""
    if header_lines:
        out.heading(title, 0, in_path=False)
        for line in header_lines[1:]:
            out.block(line, "\n")
    ruby_meta: list[list] = []
    pending_blank = True
    heading_block: list[str] = []  # ［＃ここから中見出し］ … ［＃ここで中見出し終わり］ over several lines
    heading_level = 0
    for raw in body:
        if "ここから" in raw and _HEADING_AROUND.search(raw):
            heading_level = HEADING_LEVELS[_HEADING_AROUND.search(raw).group(1)]
            continue
        if heading_level and "見出し終わり" in raw and "ここで" in raw:
            out.heading("".join(heading_block), heading_level)
            heading_block, heading_level, pending_blank = [], 0, True
            continue
        text, ruby, heading = clean_line(raw)
        if heading_level:
            heading_block.append(text)
            continue
        if not text:
            pending_blank = True
            continue
        start = out.heading(text, heading[0]) if heading else out.block(text, "\n\n" if pending_blank else "\n")
        pending_blank = bool(heading)
        ruby_meta += [[start + a, base, reading] for a, base, reading in ruby]
    credit_lines = [clean_line(line)[0].strip() for line in credits if line.strip()]  # a gaiji note, a reading
    boilerplate = next((i for i, line in enumerate(credit_lines) if _PUBLISHER_NOTE.match(line)), len(credit_lines))
    credit_lines = credit_lines[:boilerplate]  # what the library says of every file it makes, not of this one
    if credit_lines:
        out.heading(CREDITS_SECTION, 1)
        out.block("\n".join(credit_lines))
    author = header_lines[1] if len(header_lines) > 1 else ""
    return out.document(doc_id, title, encoding, path, author=author,
                        credits="\n".join(line.rstrip() for line in credits).strip(), ruby=ruby_meta)


def read(data: bytes, doc_id: str, path: str) -> Document:
    text, encoding = decode(data)
    return parse(text, doc_id, encoding, path)


def sniff(head: bytes) -> bool:
    """Aozora notation in the first bytes: notes, the legend, credits or kanji with a kana reading."""
    if not looks_like_text(head):
        return False
    for encoding in ("utf-8", "cp932"):
        sample = head.decode(encoding, errors="ignore")
        if any(m in sample for m in _MARKERS) or len(_RUBY_SIGN.findall(sample)) >= 2:
            return True
    return False


READER = Reader("aozora", (), sniff, read)

"""The English → Japanese glossary that lets an English question find its words in Japanese text.

Built from JMdict (the Electronic Dictionary Research and Development Group, CC BY-SA 4.0), common
entries only: each English gloss of one or two words maps to every written form of the entries it
glosses (castle → 城, 城郭, …; meet → 会う, 出会う, …); acronyms (US, EU, GDP) are kept apart, in
capitals, from every entry that has them as a gloss. The built file ships in qa/data/ (credited
there); `make glossary` rebuilds it bit for bit from the `jamdict-data` package, which kotae itself
does not need.

Why every form and every sense: the glossary is only ever asked whether a word of the question
appears in a handful of retrieved passages, where a wrong sense rarely occurs; searching the whole
corpus with glosses instead brought in unrelated text (BENCHMARKS.md, session 5).
"""

from __future__ import annotations

import gzip
import json
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from qa.settings import GLOSSARY

_PARENTHESES = re.compile(r"\s*\(.*?\)\s*")
_KATAKANA = re.compile(r"[ァ-ヺー・]+")
_KANA = re.compile(r"[ぁ-ゖァ-ヺー]")
# A gloss that is an acronym (US, EU, GDP); qa/crosslingual.py finds them in questions as any run of
# two or more capitals, and looks them up here.
_ACRONYM_GLOSS = re.compile(r"[A-Z]{2,6}")
_USUALLY_KANA = "word usually written using kana alone"


def build(database: Path, out: Path = GLOSSARY) -> int:
    """Write the glossary from JMdict's SQLite database (as jamdict-data ships it); returns its size."""
    con = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    common = {row[0] for row in con.execute("SELECT k.idseq FROM Kanji k JOIN KJP p ON p.kid = k.ID")}
    common |= {row[0] for row in con.execute("SELECT k.idseq FROM Kana k JOIN KNP p ON p.kid = k.ID")}
    kanji: dict[int, list[str]] = defaultdict(list)
    for idseq, text in con.execute("SELECT idseq, text FROM Kanji ORDER BY ID"):
        kanji[idseq].append(text)
    kana: dict[int, list[str]] = defaultdict(list)
    for idseq, text in con.execute("SELECT idseq, text FROM Kana ORDER BY ID"):
        kana[idseq].append(text)
    usually_kana = {row[0] for row in con.execute("SELECT sid FROM misc WHERE text = ?", (_USUALLY_KANA,))}
    glossary: dict[str, set[str]] = defaultdict(set)
    rows = con.execute("SELECT g.text, s.idseq, s.ID FROM SenseGloss g JOIN Sense s ON s.ID = g.sid "
                       "WHERE g.lang = 'eng'")
    for gloss, idseq, sense in rows:
        bare = _PARENTHESES.sub(" ", gloss).strip()  # "AD (Anno Domini)" glosses the acronym AD
        acronym = bool(_ACRONYM_GLOSS.fullmatch(bare))
        if not acronym and idseq not in common:
            continue
        forms = _forms(kanji[idseq], kana[idseq], sense in usually_kana)
        if acronym:
            # Kept in capitals, from every entry (few acronyms are marked common): "US" is 米国, not
            # the pronoun's 我々; "EU" is 欧州連合. The acronym's own full-width spelling is left out.
            spelled = [f for f in forms if unicodedata.normalize("NFKC", f) != bare]
            if spelled:
                glossary[bare].update(spelled)
        words = bare.lower().removeprefix("to ").split()
        if idseq in common and 0 < len(words) <= 2 and forms:
            glossary[" ".join(words)].update(forms)
    data = json.dumps({word: sorted(forms) for word, forms in sorted(glossary.items())}, ensure_ascii=False,
                      separators=(",", ":"))
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as fh:
        fh.write(data.encode("utf-8"))
    return len(glossary)


def _forms(kanji: list[str], kana: list[str], usually_kana: bool = False) -> list[str]:
    """How an entry is written: its kanji forms and its katakana ones (フランス beside 仏蘭西, the form
    text uses), or its kana when it has no kanji; its kana too when JMdict says the sense is usually
    written in kana (まとめ beside 纏め), if three characters or more (not こと, もの, ため, which are in
    every text); never a lone kana (も, さ), which is a token of almost every sentence."""
    written = [k for k in kana if _KATAKANA.fullmatch(k) or (usually_kana and len(k) >= 3)]
    forms = kanji + written if kanji else kana
    return [f for f in forms if not (len(f) == 1 and _KANA.fullmatch(f))]


@lru_cache(maxsize=2)
def load(path: Path = GLOSSARY) -> dict[str, tuple[str, ...]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return {word: tuple(forms) for word, forms in json.load(fh).items()}


def main(argv: list[str] | None = None) -> None:
    """`make glossary`: write the glossary from jamdict-data's JMdict (to the given path, or qa/data/)."""
    import jamdict_data

    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else GLOSSARY
    size = build(Path(jamdict_data.__file__).parent / "jamdict.db", out)
    print(f"{size} English glosses written to {out}")

"""Which document a question names, when it names one.

Asked over several documents, people say which one they mean the way they would to a person:
「ヒバリ電器のスティック掃除機、フル充電までどのくらい？」, 「カモメの在宅勤務で…」, 「HB-SC70のフィルターは…」.
Those words are the document's names (its title, the company and product lines above its first
heading: `Document.names`), and in its text they sit in the few passages that are nothing but names
(the cover, the contact block), which then match the question best; another document's passage that
shares the rest of the question's words (a coffee maker's filter) can beat the right one too. A name
says which document to read, not which of its passages answers: retrieval reads the question without
it inside the document named (qa/retrieve.py), unless it is in the title, which says what every
passage is about, or nothing is asked besides it (「HB-SC70って何？」).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from qa.lexical import content_words
from qa.sections import ASKING_WORDS

_LATIN_RUN = re.compile(r"[a-z0-9][a-z0-9\-._]*[a-z0-9]|[a-z0-9]")
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−", "-"))
# A name does not end in hiragana, nor start in it unless it is longer and holds other characters
# (「みずなら館」, 「ひばりが丘小」): that is a particle or an inflection (「のため」, 「暮らしの」, 「院にかか」
# are runs of a long line of names, not names).
_KANA_EDGE = re.compile(r"[ぁ-ゖ]$|^[ぁ-ゖ]+$|^[ぁ-ゖ].{0,2}$")
_NOT_A_NAME = re.compile(r"\s|[^\w]")  # a name is one run of letters: no space, no punctuation
MAX_NAME_CHARS = 40


@dataclass(frozen=True)
class Scope:
    document: int  # the position of the document named, in the order of the texts given
    names: tuple[str, ...]  # the question's words that name it (normalized), in order
    rest: str  # the question without those not in its title: what it asks of that document
    whole: bool  # nothing was taken out


def _normalized(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_DASHES).lower()


class DocumentNames:
    """The documents' names and texts, read once per loaded index, to find the one a question names."""

    def __init__(self, texts: Sequence[str], names: Sequence[str], titles: Sequence[str], min_chars: int) -> None:
        self.texts = [t.translate(_DASHES).lower() for t in texts]  # already NFKC
        self.names = [_normalized(n) for n in names]
        self.titles = [_normalized(t) for t in titles]
        self.min_chars = min_chars
        # The documents whose names hold each run of `min_chars` characters, and each whole Latin
        # word (a product code is named whole: 「hb-sc7」 names nothing, nor does the 520 of 「ap-520」).
        self._holding: dict[str, set[int]] = {}
        self._codes: dict[str, set[int]] = {}
        for d, name in enumerate(self.names):
            for i in range(len(name) - min_chars + 1):
                self._holding.setdefault(name[i:i + min_chars], set()).add(d)
            for code in _LATIN_RUN.findall(name):
                self._codes.setdefault(code, set()).add(d)

    def _only(self, part: str, documents: set[int]) -> int | None:
        """The one document among `documents` whose names hold `part`, when no other text holds it."""
        if len(documents) != 1:
            return None
        (d,) = documents
        return None if any(part in text for i, text in enumerate(self.texts) if i != d) else d

    def _names_in(self, asked: str) -> list[tuple[int, int, int]]:
        """(start, end, document) of every name in the question: whole Latin words, and the longest
        runs of other characters that one document's names hold, left to right."""
        found = []
        latin = [m.span() for m in _LATIN_RUN.finditer(asked)]
        inside = [False] * len(asked)
        for a, b in latin:
            inside[a:b] = [True] * (b - a)
            part = asked[a:b]
            if b - a >= self.min_chars and not part.isdigit():
                d = self._only(part, self._codes.get(part, set()))
                if d is not None:
                    found.append((a, b, d))
        taken_until = 0
        for a in range(len(asked) - self.min_chars + 1):
            if a < taken_until or inside[a] or asked[a:a + self.min_chars] not in self._holding:
                continue
            end = a
            while end < len(asked) and end - a < MAX_NAME_CHARS and not inside[end]:
                end += 1
            for b in range(end, a + self.min_chars - 1, -1):
                part = asked[a:b]
                if _NOT_A_NAME.search(part) or _KANA_EDGE.search(part):
                    continue
                d = self._only(part, {d for d in self._holding[part[:self.min_chars]] if part in self.names[d]})
                if d is not None:
                    found.append((a, b, d))
                    taken_until = b
                    break
        return sorted(found)

    def named(self, question: str) -> Scope | None:
        """The document the question names, when it names exactly one. None with fewer than two
        documents, or when the question names none or several."""
        if len(self.texts) < 2 or self.min_chars <= 0:
            return None
        said = unicodedata.normalize("NFKC", question).translate(_DASHES)
        asked = said.lower()
        if len(asked) != len(said):  # a letter whose lower case is longer: spans would not line up
            said = asked
        found = self._names_in(asked)
        if len({d for *_, d in found}) != 1:
            return None
        document = found[0][2]
        # Words of the title say what the document is about, and so what its passages are about
        # (「水琴窟は別に何と呼ばれますか？」): they stay. The company, the product code go.
        dropped = [(a, b) for a, b, _ in found if asked[a:b] not in self.titles[document]]
        pieces, end = [], 0
        for a, b in dropped:
            pieces.append(said[end:a])
            end = b
        pieces.append(said[end:])
        rest = " ".join(p.strip() for p in pieces if p.strip())
        if not set(content_words(rest)) - ASKING_WORDS:  # 「HB-SC70って何？」 asks about the name itself
            rest, dropped = said.strip(), []
        return Scope(document, tuple(asked[a:b] for a, b, _ in found), rest, not dropped)

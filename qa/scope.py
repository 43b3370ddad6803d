"""Which document a question names, when it names one.

Asked over several documents, people say which one they mean the way they would to a person:
「ヒバリ電器のスティック掃除機、フル充電までどのくらい？」, 「カモメの在宅勤務で…」, 「HB-SC70のフィルターは…」.
Those words are the document's names (its title, the company and product lines above its first
heading: `Document.names`), and in its text they sit in the few passages that are nothing but names
(the cover, the contact block), which then match the question best; another document's passage that
shares the rest of the question's words (a coffee maker's filter) can beat the right one too. A name
says which document to read, not which of its passages answers: retrieval reads the question without
it inside the document named (qa/retrieve.py), unless it is in the title, which says what every
passage is about.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

_LATIN_RUN = re.compile(r"[a-z0-9][a-z0-9\-._]*[a-z0-9]|[a-z0-9]")
_WORD_CHARACTER = re.compile(r"\w")
# A name does not end in hiragana, nor start in it unless it is longer and holds other characters
# (「みずなら館」, 「ひばりが丘小」): that is a particle or an inflection (「のため」, 「暮らしの」, 「院にかか」
# are runs of a long line of names, not names).
_KANA_EDGE = re.compile(r"[ぁ-ゖ]$|^[ぁ-ゖ]+$|^[ぁ-ゖ].{0,2}$")


@dataclass(frozen=True)
class Scope:
    document: int  # the position of the document named, in the order of the texts given
    names: tuple[str, ...]  # the question's words that name it (normalized)
    rest: str  # the question without those not in its title: what it asks of that document
    whole: bool  # nothing was taken out: every name is in the title


def _normalized(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def _grams(text: str, n: int) -> set[str]:
    return {text[i:i + n] for i in range(len(text) - n + 1)}


class DocumentNames:
    """The documents' names and texts, read once per loaded index, to find the one a question names."""

    def __init__(self, texts: Sequence[str], names: Sequence[str], titles: Sequence[str], min_chars: int) -> None:
        self.texts = [t.lower() for t in texts]  # already NFKC
        self.names = [_normalized(n) for n in names]
        self.titles = [_normalized(t) for t in titles]
        self.min_chars = min_chars
        self._holding: dict[str, set[int]] = {}  # a name's first characters → the documents so named
        for d, name in enumerate(self.names):
            for gram in _grams(name, min_chars):
                self._holding.setdefault(gram, set()).add(d)

    def _spans(self, asked: str) -> list[tuple[int, int]]:
        """Where a name may lie: a whole run of Latin letters and digits (「hb-sc70」, not the 「sho」 of
        "should"), or a run of other characters at least `min_chars` long, longest first at each start."""
        latin = [m.span() for m in _LATIN_RUN.finditer(asked)]
        inside = {i for a, b in latin for i in range(a, b)}
        spans = [(a, b) for a, b in latin if b - a >= self.min_chars]
        for a in range(len(asked)):
            end = a
            while end < len(asked) and end not in inside:
                end += 1
            spans += [(a, b) for b in range(end, a + self.min_chars - 1, -1)]
        return sorted(spans, key=lambda s: (s[0], s[0] - s[1]))

    def named(self, question: str) -> Scope | None:
        """The document the question names, when it names exactly one: the question's longest runs
        that stand among one document's names and that no other document's text holds. None with
        fewer than two documents, or when the question names none or several."""
        if len(self.texts) < 2 or self.min_chars <= 0:
            return None
        said = unicodedata.normalize("NFKC", question)
        asked = said.lower()
        if len(asked) != len(said):  # a letter whose lower case is longer: spans would not line up
            said = asked
        found: dict[int, list[tuple[int, int]]] = {}
        taken: set[int] = set()
        for a, b in self._spans(asked):
            part = asked[a:b]
            if taken.intersection(range(a, b)) or part != part.strip() or not _WORD_CHARACTER.search(part) \
                    or _KANA_EDGE.search(part):
                continue
            # A code is named whole: 「hb-sc7」 is no name of 「HB-SC70」's document.
            held = (re.compile(rf"(?<![a-z0-9]){re.escape(part)}(?![a-z0-9])").search if _LATIN_RUN.fullmatch(part)
                    else None)
            named_so = [d for d in self._holding.get(part[:self.min_chars], ())
                        if (held(self.names[d]) if held else part in self.names[d])]
            if len(named_so) != 1 or any(part in text for d, text in enumerate(self.texts) if d != named_so[0]):
                continue
            found.setdefault(named_so[0], []).append((a, b))
            taken.update(range(a, b))
        if len(found) != 1:
            return None
        (document, spans), = found.items()
        # Words of the title say what the document is about, and so what its passages are about
        # (「水琴窟は別に何と呼ばれますか？」): they stay. The company, the product code go.
        rest, end = [], 0
        kept = [(a, b) for a, b in spans if asked[a:b] in self.titles[document]]
        for a, b in spans:
            if (a, b) not in kept:
                rest.append(said[end:a])
                end = b
        rest.append(said[end:])
        return Scope(document, tuple(asked[a:b] for a, b in spans), " ".join(p.strip() for p in rest if p.strip()),
                     len(kept) == len(spans))

"""The short answer inside the first quote: the phrase a who/when/where/how-many/what question asks for.

Candidates are the noun phrases of the quoted sentence (runs of nouns, prefixes and suffixes as
Sudachi cuts them, up to six morphemes, and whatever stands in 「」 or 『』); a LightGBM model
trained on JaQuAD's answer spans (qa/training.py) scores them on what a reader looks at: whether
the phrase is already in the question (then it is not the answer), how close it sits to the words
the question shares with the sentence, what kind of thing it is against what the question asks, and
which particle follows it. The best one becomes `Answer.short` when the model is sure enough.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np

from qa.selection import QUESTION_TYPES, question_type

SHORT_TYPES = ("who", "when", "where", "how_many", "what", "which")
MAX_MORPHEMES = 6
_PARTICLES = ("は", "が", "を", "に", "で", "と", "の", "へ", "や", "から", "まで", "より", "も", "、", "。",
              "」", "』", "である", "です", "だ")
_BRACKETED = re.compile(r"「([^」]+)」|『([^』]+)』")
_KINDS = {
    "digit": re.compile(r"[0-9０-９一二三四五六七八九十百千万億]"),
    "date": re.compile(r"(年|月|日|世紀|年代|時代)$"),
    "katakana": re.compile(r"^[ァ-ヺー・]+$"),
    "latin": re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]"),
    "kanji": re.compile(r"^[\u4e00-\u9fff々]+$"),
}
SPAN_FEATURES = (
    "in_question", "inside_question", "length", "morphemes", "start", "end", "distance", "distance_left",
    "distance_right", "question_type", "person", "place", "organization", "proper", "numeral", *_KINDS,
    "next_particle", "previous_particle", "bracketed", "candidates",
)
CATEGORICAL = ("question_type", "next_particle", "previous_particle")


@dataclass(frozen=True)
class Span:
    start: int  # offsets in the sentence
    end: int
    morphemes: int
    pos: tuple[str, ...]  # Sudachi part of speech of the span's last morpheme
    next_word: str
    previous_word: str
    bracketed: bool


def _tokenizer():
    from qa.lexical import _get_shared, _sudachi_tokenizer

    return _get_shared("sudachi-C", lambda: _sudachi_tokenizer("C"))


def spans(sentence: str) -> list[Span]:
    """Noun phrases of the sentence (every sub-run of a noun run) and bracketed text, each once."""
    tokenizer, lock = _tokenizer()
    with lock:
        words = [(m.begin(), m.end(), m.surface(), tuple(m.part_of_speech())) for m in tokenizer.tokenize(sentence)]
    runs, current = [], None
    for i, (_, _, _, pos) in enumerate(words):
        if pos[0] in ("名詞", "接頭辞", "接尾辞"):
            current = [i, i] if current is None else [current[0], i]
        elif current is not None:
            runs.append(current)
            current = None
    if current is not None:
        runs.append(current)
    out: dict[tuple[int, int], Span] = {}
    for first, last in runs:
        for a in range(first, last + 1):
            for b in range(a, min(last, a + MAX_MORPHEMES - 1) + 1):
                key = (words[a][0], words[b][1])
                out[key] = Span(key[0], key[1], b - a + 1, words[b][3], words[b + 1][2] if b + 1 < len(words) else "",
                                words[a - 1][2] if a > 0 else "", False)
    for m in _BRACKETED.finditer(sentence):
        key = (m.start() + 1, m.end() - 1)
        out[key] = Span(key[0], key[1], 1, ("名詞",), sentence[m.end():m.end() + 1], sentence[m.start()], True)
    return [out[k] for k in sorted(out)]


def _particle(word: str) -> int:
    return _PARTICLES.index(word) if word in _PARTICLES else len(_PARTICLES)


def span_features(question: str, sentence: str, cands: list[Span]) -> np.ndarray:
    q = unicodedata.normalize("NFKC", question)
    q_chars = set(q)
    q_bigrams = {q[i:i + 2] for i in range(len(q) - 1)}
    normalized = unicodedata.normalize("NFKC", sentence)
    s = normalized if len(normalized) == len(sentence) else sentence  # offsets must stay the sentence's
    matches = [i for i in range(len(s) - 1) if s[i:i + 2] in q_bigrams]
    qtype = QUESTION_TYPES.index(question_type(question))
    rows = []
    for c in cands:
        text = sentence[c.start:c.end]
        norm = unicodedata.normalize("NFKC", text)
        left = [c.start - i for i in matches if i + 2 <= c.start]
        right = [i - c.end for i in matches if i >= c.end]
        rows.append([
            len(set(norm) & q_chars) / max(len(set(norm)), 1),
            float(norm in q),
            len(text), c.morphemes, c.start / max(len(sentence), 1), c.end / max(len(sentence), 1),
            min(left + right, default=len(sentence)) / max(len(sentence), 1),
            min(left, default=len(sentence)) / max(len(sentence), 1),
            min(right, default=len(sentence)) / max(len(sentence), 1),
            qtype,
            float("人名" in c.pos), float("地名" in c.pos), float("組織名" in c.pos), float("固有名詞" in c.pos),
            float("数詞" in c.pos),
            *(float(bool(pattern.search(norm))) for pattern in _KINDS.values()),
            _particle(c.next_word), _particle(c.previous_word), float(c.bracketed), len(cands),
        ])
    return np.array(rows, dtype=np.float32).reshape(len(cands), len(SPAN_FEATURES))


def short_answer(question: str, sentence: str, model_file, threshold: float) -> tuple[int, int, float] | None:
    """(start, end, probability) of the phrase answering `question` inside `sentence`, or None when the
    question does not ask for a phrase or no candidate reaches `threshold`."""
    from qa.selection import get_model

    if question_type(question) not in SHORT_TYPES:
        return None
    cands = spans(sentence)
    if not cands:
        return None
    probabilities = get_model(model_file, SPAN_FEATURES).probabilities(span_features(question, sentence, cands))
    best = int(np.argmax(probabilities))
    if probabilities[best] < threshold:
        return None
    return cands[best].start, cands[best].end, float(probabilities[best])

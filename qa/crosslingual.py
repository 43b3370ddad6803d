"""Which words of an English question a Japanese text holds.

An English question shares no characters with Japanese text, so BM25 and the answer model's
overlap features see nothing, and the multilingual embedding alone ranks passages and sentences
(Hit@1 0.61 against 0.90 for the same JSQuAD questions in Japanese, BENCHMARKS.md). Yet most of its
content words can be found in the text, four ways:

- a glossary word (castle → 城, 城郭; France → フランス; US → 米国): qa/glossary.py, JMdict's common
  entries and its acronyms;
- a Japanese name as English writes it (Oda Nobunaga → 織田信長, Himeji → 姫路): the text's Sudachi
  readings romanised, long vowels folded (Tōkyō, Tokyo and toukyou all read "tokyo");
- a foreign name the glossary lacks by its consonants in katakana (Witkoff → ウィトコフ);
- a word written in Latin letters or digits in the text itself (GPS, EU, 1949).

`coverage` weighs each matched word by how few of the compared texts hold it, like the answer
model's focus features: the topic word every passage shares says little, the word only one holds
says which passage answers.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from qa import glossary
from qa.lexical import readings

# Words that say what kind of question it is rather than what it is about.
STOP_WORDS = frozenset({
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
    "at", "be", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
    "does", "doing", "down", "during", "each", "either", "else", "ever", "few", "for", "from", "further", "had",
    "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however",
    "i", "if", "in", "into", "is", "it", "its", "itself", "just", "least", "less", "many", "may", "me", "might",
    "more", "most", "much", "must", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off", "often",
    "on", "once", "only", "or", "other", "others", "our", "ours", "ourselves", "out", "over", "own", "per",
    "please", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
    "themselves", "then", "there", "these", "they", "this", "those", "though", "through", "thus", "to", "too",
    "under", "until", "up", "upon", "us", "very", "was", "we", "were", "what", "whatever", "when", "where",
    "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would",
    "yet", "you", "your", "yours", "yourself", "yourselves", "called", "known", "named", "name", "kind", "type",
    "sort", "one", "s"
})
# A word, or a name joined by underscores (keep_days, max_retry): documents write settings and
# commands as they are, in any language, and their parts (keep, days) mean something else.
_WORD = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)*")
_ROMAJI = re.compile(r"[a-z]+")
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
_NAME = re.compile(r"\b[A-Z][A-Za-z]+\b")
_DEMONYM_ENDINGS = ("ian", "an", "n", "ese", "ish")  # Ukrainian, Russian, Japanese, British: the place's name
# English and Hepburn spellings of one sound, and the sounds katakana has no way to tell apart.
_SOUNDS = (("tch", "t"), ("ch", "t"), ("sh", "s"), ("th", "s"), ("ph", "f"), ("ck", "k"), ("ce", "se"),
           ("ci", "si"), ("cy", "sy"), ("c", "k"),
           ("q", "k"), ("x", "ks"), ("l", "r"), ("v", "b"), ("j", "z"), ("ts", "t"), ("dz", "z"))
_KATAKANA = re.compile(r"[ァ-ヺー]+")
_LONG_VOWELS = (("ou", "o"), ("oo", "o"), ("uu", "u"), ("aa", "a"), ("ii", "i"), ("ee", "e"))


@dataclass(frozen=True)
class Term:
    """A content word of the question and the Japanese forms the glossary gives it."""

    word: str
    forms: frozenset[str]
    acronym: bool = False  # written in capitals (EU, US): matched as written even when short or a stop word


@dataclass(frozen=True)
class Reading:
    """What a Japanese text offers to match: its text (NFKC, lowercase), its words and their
    dictionary forms, and its words romanised (runs of one to three words)."""

    text: str
    words: frozenset[str]
    romaji: frozenset[str]
    sounds: frozenset[str]  # skeletons of its katakana words (names and loanwords), two consonants or more


def skeleton(word: str) -> str:
    """The consonants of a word, spelled alike in English and in romanised katakana: Ukraine and
    ウクライナ (ukuraina) are both "krn", Kremlin and クレムリン "krmrn", Witkoff and ウィトコフ "tkf"."""
    word = word.lower()
    for spelling, sound in _SOUNDS:
        word = word.replace(spelling, sound)
    word = re.sub(r"n(?=[bmp])", "m", re.sub(r"[^a-z]|[aeiouyhw]", "", word))
    return re.sub(r"(.)\1+", r"\1", word)


def _plain(text: str) -> str:
    """NFKC, and Latin letters without their accents (Tōkyō → Tokyo, café → cafe)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFKC", "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn"))


def fold_romaji(text: str) -> str:
    """One spelling for the romanisations of a reading: long vowels single, ん before b/m/p as m."""
    text = text.lower().replace("-", "")
    for long, short in _LONG_VOWELS:
        text = text.replace(long, short)
    return re.sub(r"n(?=[bmp])", "m", text)


@lru_cache(maxsize=4096)
def question_terms(question: str) -> tuple[Term, ...]:
    """The question's content words (and two-word glossary entries such as "red blood"), each with its
    glossary forms, looked up as written and as its lemma (born → bear, countries → country)."""
    import simplemma

    table = glossary.load()
    question = _plain(question)
    acronyms = {word.lower() for word in _ACRONYM.findall(question)} if not question.isupper() else set()
    words = _WORD.findall(question.lower())
    terms = {}
    for word in words:
        content = word not in STOP_WORDS and (len(word) > 1 or word.isdigit())
        if (content or word in acronyms) and word not in terms:
            if word in acronyms and word.upper() in table:  # US is 米国, not us
                forms = frozenset(table[word.upper()])
            else:
                lemma = simplemma.lemmatize(word, lang="en")
                forms = frozenset(table.get(word, ())) | frozenset(table.get(lemma, ()))
            terms[word] = Term(word, forms, word in acronyms)
    for first, second in zip(words, words[1:], strict=False):
        pair = f"{first} {second}"
        if pair in table and pair not in terms:
            terms[pair] = Term(pair, frozenset(table[pair]))
    return tuple(terms.values())


@lru_cache(maxsize=4096)
def reading(text: str) -> Reading:
    import jaconv

    morphemes = readings(text)
    text = unicodedata.normalize("NFKC", text)
    romaji = [fold_romaji(jaconv.kana2alphabet(jaconv.kata2hira(r))) for _, _, r in morphemes]
    romaji = [r if _ROMAJI.fullmatch(r) else "" for r in romaji]  # punctuation, Latin and digits read as is
    runs = {"".join(run) for n in (1, 2, 3) for i in range(len(romaji) - n + 1)
            if all(run := romaji[i:i + n])}
    katakana = {jaconv.kana2alphabet(jaconv.kata2hira(word)) for word in _KATAKANA.findall(text)}
    return Reading(text.lower(), frozenset(w for s, d, _ in morphemes for w in (s, d)),
                   frozenset(r for r in runs if len(r) >= 3),
                   frozenset(sound for word in katakana if len(sound := skeleton(word)) >= 2))


def holds(term: Term, text: Reading) -> bool:
    word = term.word
    if (word.isdigit() or len(word) >= 3 or term.acronym) and re.search(
            rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", text.text):
        return True
    if not word.isdigit() and len(word) >= 3 and fold_romaji(word) in text.romaji:
        return True
    # By its consonants only a word the glossary does not know (a name): common words collide with
    # katakana loanwords (want / ネット).
    if not term.forms and word.isalpha() and len(word) >= 4 and skeleton(word) in text.sounds:
        return True
    return any(form in text.words or (len(form) >= 2 and form in text.text) for form in term.forms)


def held(terms: tuple[Term, ...], texts: list[Reading]) -> np.ndarray:
    """Which text holds which term: a bool matrix, a row per text."""
    return np.array([[holds(term, text) for term in terms] for text in texts], dtype=bool).reshape(len(texts),
                                                                                                  len(terms))


def rarity(matrix: np.ndarray) -> np.ndarray:
    """Each term's weight among the texts of `matrix` (`held`): log((n + 1) / (holders + 0.5))."""
    return np.log((len(matrix) + 1) / (matrix.sum(axis=0) + 0.5))


def share(matrix: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """For each row of `matrix`, the weighted share of the terms it holds (0 when there are none)."""
    total = float(weights.sum())
    return (matrix @ weights / total).astype(np.float32) if total > 0 else np.zeros(len(matrix), np.float32)


def coverage(terms: tuple[Term, ...], texts: list[Reading]) -> np.ndarray:
    """For each text, the share of the question's terms it holds, each term weighed by how few of
    `texts` hold it; 0 for every text when no term is held."""
    matrix = held(terms, texts)
    return share(matrix, rarity(matrix))


def unheld_names(question: str, texts: list[Reading]) -> list[str]:
    """The names an English question asks about (capitalised words after its first, acronyms) when
    none of them occurs in `texts`: the counterpart of the check for a Japanese question naming
    something the documents never mention. One name found is enough to keep the question, since a
    translated or paraphrased name (the Jewel Voice Broadcast for 玉音放送) often cannot be matched."""
    words = _NAME.findall(_plain(question))
    names = [w for i, w in enumerate(words) if w.lower() not in STOP_WORDS and not (i == 0 and question.lstrip()
                                                                                     .startswith(w))]
    if not names:
        return []
    table = glossary.load()
    for name in names:
        lower = name.lower()
        stems = {lower, *(lower.removesuffix(end) for end in _DEMONYM_ENDINGS if lower.endswith(end))}
        terms = [Term(stem, frozenset(table.get(stem, ()))) for stem in stems if len(stem) >= 2]
        if any(holds(term, text) for term in terms for text in texts):
            return []
    return list(dict.fromkeys(names))

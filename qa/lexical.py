"""BM25 over Japanese text: the lexical half of retrieval.

Dense embeddings miss exact names, numbers and rare terms; BM25 catches them. Japanese has no spaces,
so what BM25 counts depends entirely on the tokeniser: morphological analysers (Sudachi, MeCab via
fugashi) or plain character n-grams. All of them are offered by name because the best one is an
empirical question; `DEFAULT_TOKENIZER` is the winner on JSQuAD (see bench/bm25_tokenizers.py and
bench/results/bm25_tokenizers.json).

Documents are tokenised once at index time and the caller keeps the token lists, so re-indexing
never re-runs the analyser. On disk an index is bm25s's own layout (`.npy` arrays saved and loaded
with pickling disabled, vocabulary and parameters as JSON) plus our `lexical.json`; loading checks the
arrays fit together, so a damaged index fails at load with ValueError instead of mid-query.
"""

from __future__ import annotations

import json
import re
import threading
import tokenize as _tokenize
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import bm25s
import numpy as np

from qa.settings import Settings

META_FILE = "lexical.json"
FORMAT_VERSION = 1
# k1 0.9 instead of the textbook 1.2-1.5: on JSQuAD (paragraphs of ~170 characters, like our 200-character
# chunks) R@1 rises with every step down (1.5: 0.866, 0.9: 0.876, 0.6: 0.881 for char1-2), i.e. matching
# more distinct query terms beats repeating one. 0.9 takes most of that gain while staying near settings
# tuned on other passage collections (Anserini's MS MARCO passage run: k1 0.82, b 0.68); going lower would
# fit JSQuAD's questions, which were written while reading the paragraph. b 0.75: 0.5 was no better.
K1 = 0.9
B = 0.75
# Lucene's idf is positive for every term, so a positive score means "shares a term with the query".
METHOD = "lucene"
_UNKNOWN_NAME = re.compile(r"^[ァ-ヺー・]{3,}$")

# Sudachi refuses inputs over 49,149 UTF-8 bytes; at most 4 bytes a character keeps every piece under it.
SUDACHI_MAX_CHARS = 12_000

# name -> (analyser, Sudachi split mode or "", use the normalised/dictionary form)
_MORPHOLOGICAL: dict[str, tuple[str, str, bool]] = {
    "sudachi-a": ("sudachi", "A", True),
    "sudachi-b": ("sudachi", "B", True),
    "sudachi-c": ("sudachi", "C", True),
    "sudachi-a-surface": ("sudachi", "A", False),
    "sudachi-b-surface": ("sudachi", "B", False),
    "sudachi-c-surface": ("sudachi", "C", False),
    "fugashi": ("fugashi", "", True),
    "fugashi-surface": ("fugashi", "", False),
}
# name -> n-gram sizes, smallest first
_NGRAMS: dict[str, tuple[int, ...]] = {
    "char1": (1,),
    "char2": (2,),
    "char3": (3,),
    "char1-2": (1, 2),
    "char2-3": (2, 3),
}
TOKENIZERS: tuple[str, ...] = (*_MORPHOLOGICAL, *_NGRAMS)
# Character 1+2-grams won on JSQuAD (R@1, then R@5), ahead of Sudachi mode C, and tokenise ~3x faster.
DEFAULT_TOKENIZER = Settings().tokenizer

# Analysers are expensive to create (dictionary loading) and Sudachi's refuse concurrent use, so each
# is created once per process under `_create_lock` and then used under its own lock.
_create_lock = threading.RLock()
_shared: dict[str, tuple[Any, threading.Lock]] = {}


def _get_shared(key: str, create: Callable[[], Any]) -> tuple[Any, threading.Lock]:
    entry = _shared.get(key)
    if entry is None:
        with _create_lock:
            entry = _shared.get(key)
            if entry is None:
                entry = _shared[key] = (create(), threading.Lock())
    return entry


def _sudachi_tokenizer(mode: str) -> Any:
    from sudachipy import Dictionary

    dictionary, _ = _get_shared("sudachi-dictionary", Dictionary)
    return dictionary.tokenizer(mode=mode)


def _fugashi_tagger() -> Any:
    import fugashi

    return fugashi.Tagger()


def _is_content_char(ch: str) -> bool:
    """Punctuation, separators and control characters carry nothing to match on."""
    return unicodedata.category(ch)[0] not in "PZC"


def _normalize(text: str) -> str:
    """NFKC + lowercase, so ＡＢＣ, abc and ABC match; control, format, private-use and lone
    surrogate characters become spaces, because MeCab stops at NUL and Sudachi cannot encode surrogates."""
    text = unicodedata.normalize("NFKC", text)
    if not text.isprintable():
        text = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    return text.lower()


def _pieces(text: str, max_chars: int = SUDACHI_MAX_CHARS) -> list[str]:
    """Cut long text into pieces an analyser accepts, preferably after a sentence end or a space."""
    pieces = []
    while len(text) > max_chars:
        window = text[:max_chars]
        cut = max(window.rfind("。"), window.rfind(" "), window.rfind("!"), window.rfind("?")) + 1
        if cut < max_chars // 2:
            cut = max_chars
        pieces.append(text[:cut])
        text = text[cut:]
    pieces.append(text)
    return pieces


def _morphemes(text: str, analyser: str, mode: str, base_form: bool) -> list[str]:
    if analyser == "sudachi":
        tokenizer, lock = _get_shared(f"sudachi-{mode}", lambda: _sudachi_tokenizer(mode))
        with lock:
            return [
                m.normalized_form() if base_form else m.surface()
                for piece in _pieces(text)
                for m in tokenizer.tokenize(piece)
            ]
    tagger, lock = _get_shared("fugashi", _fugashi_tagger)
    words: list[str] = []
    with lock:
        for piece in _pieces(text):
            for word in tagger(piece):
                # UniDic lemmas of loanwords carry an English gloss ("コンピューター-computer"); unknown
                # words have no lemma at all.
                lemma = word.feature.lemma if base_form else None
                if lemma and lemma != "*":
                    lemma = lemma.split("-", 1)[0]
                words.append(lemma or word.surface)
    return words


def proper_nouns(text: str) -> list[str]:
    """Names in `text` (Sudachi's 固有名詞: people, places, organisations, and katakana words of three
    or more characters its dictionary does not know — foreign names it cannot tag, such as
    ゼレンスキー before 大統領), NFKC-normalised, in order.

    Used to notice a question about a name the documents never mention — a plain sign that they
    cannot answer it, which embedding similarity alone does not show."""
    tokenizer, lock = _get_shared("sudachi-C", lambda: _sudachi_tokenizer("C"))
    text = unicodedata.normalize("NFKC", text)
    if not text.isprintable():
        text = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    with lock:
        names = [m.surface() for piece in _pieces(text) for m in tokenizer.tokenize(piece)
                 if m.part_of_speech()[1] == "固有名詞" or (m.is_oov() and _UNKNOWN_NAME.match(m.surface()))]
    return list(dict.fromkeys(names))


def tagged_words(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Sudachi's long units (mode C) with their part of speech, NFKC-normalised: what a reader of the
    question needs to tell a pronoun, a name or a predicate apart (qa/conversation.py)."""
    tokenizer, lock = _get_shared("sudachi-C", lambda: _sudachi_tokenizer("C"))
    text = unicodedata.normalize("NFKC", text)
    if not text.isprintable():
        text = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    with lock:
        return [(m.surface(), tuple(m.part_of_speech()[:3])) for piece in _pieces(text)
                for m in tokenizer.tokenize(piece)]


_CONTENT_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞", "接頭辞", "接尾辞"})
_FUNCTION_POS = frozenset({"数詞", "非自立可能"})


def _short_units(text: str) -> list[tuple[str, str, str, tuple[str, str]]]:
    """Sudachi's short units (mode A) of `text`, NFKC-normalised, as (surface, dictionary form,
    reading in katakana, part of speech and its subclass)."""
    tokenizer, lock = _get_shared("sudachi-A", lambda: _sudachi_tokenizer("A"))
    text = unicodedata.normalize("NFKC", text)
    if not text.isprintable():
        text = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    with lock:
        return [(m.surface(), m.dictionary_form(), m.reading_form(), tuple(m.part_of_speech()[:2]))
                for piece in _pieces(text) if piece.strip() for m in tokenizer.tokenize(piece)]


def content_words(text: str) -> list[str]:
    """The dictionary forms of Sudachi's short units that carry content: nouns, verbs, adjectives and
    affixes, less numerals, pronouns (何, どこ) and auxiliaries such as する or なる. Short units so
    that a compound heading (実験方法) and a question that splits it (実験の方法) agree."""
    return [form.lower() for _, form, _, (pos, sub) in _short_units(text)
            if pos in _CONTENT_POS and sub not in _FUNCTION_POS]


def readings(text: str) -> list[tuple[str, str, str]]:
    """Sudachi's short units as (surface, dictionary form, reading in katakana): how an English
    question's words are found in Japanese text (qa/crosslingual.py)."""
    return [(surface, form, kana) for surface, form, kana, _ in _short_units(text)]


def _char_ngrams(text: str, sizes: tuple[int, ...]) -> list[str]:
    grams: list[str] = []
    for run in "".join(ch if _is_content_char(ch) else " " for ch in text).split():
        if len(run) < sizes[0]:
            grams.append(run)  # a lone character between punctuation still counts
            continue
        for n in sizes:
            grams.extend(run[i : i + n] for i in range(len(run) - n + 1))
    return grams


# How a question asks, which says nothing of what it asks about: 「…にはどうすればいい？」, 「教えてください」.
# An FAQ's questions are worded the same way (「事故にあったときはどうすればいいですか？」), so in BM25 these
# rare words drew every such question to whichever FAQ entry shares them.
_ASKING_FRAME = re.compile(r"(どう|どのように|どうやって)(すれば|したら|やれば|やったら)(いい|よい|良い)"
                           r"|教えて(ください|下さい)?|知りたい")


def query_terms(query: str, tokenizer: str) -> list[str]:
    """The distinct terms of a query, less its asking frame: repeating a word in a question is not
    emphasis, and 「どうすればいい」 is no term of it."""
    return list(dict.fromkeys(tokenize([_ASKING_FRAME.sub(" ", query)], tokenizer)[0]))


def bm25_idf(df: np.ndarray, n: int) -> np.ndarray:
    """Lucene's idf (bm25s's "lucene" method) of terms found in `df` of `n` passages: positive for
    every term, the highest for a term no passage has."""
    return np.log1p((n - df + 0.5) / (df + 0.5))


def _check_tokenizer(tokenizer: str) -> None:
    if tokenizer not in TOKENIZERS:
        raise ValueError(f"unknown tokenizer {tokenizer!r}; choose one of: {', '.join(TOKENIZERS)}")


def tokenize(texts: list[str], tokenizer: str = DEFAULT_TOKENIZER) -> list[list[str]]:
    """Tokens of each text, the same way for documents and queries (they must match to score)."""
    _check_tokenizer(tokenizer)
    if tokenizer in _NGRAMS:
        return [_char_ngrams(_normalize(text), _NGRAMS[tokenizer]) for text in texts]
    analyser, mode, base_form = _MORPHOLOGICAL[tokenizer]
    # Sudachi's normalised form restores case ("abc" -> "ABC"), hence lowercasing again.
    return [
        [token.lower() for token in _morphemes(_normalize(text), analyser, mode, base_form)
         if any(_is_content_char(ch) for ch in token)]
        for text in texts
    ]


# What NumPy raises on a damaged .npy file: besides OSError/ValueError/EOFError, its header is
# parsed with ast and, when that fails, re-read with tokenize, which raise their own errors.
ARRAY_READ_ERRORS = (OSError, ValueError, EOFError, SyntaxError, _tokenize.TokenError)


class LexicalIndex:
    """BM25 over pre-tokenised passages; rows are positions in the token lists given to `build`."""

    def __init__(self, tokenizer: str, n_docs: int, bm25: bm25s.BM25 | None) -> None:
        _check_tokenizer(tokenizer)
        self.tokenizer = tokenizer
        self._n_docs = n_docs
        self._bm25 = bm25  # None when the corpus has no tokens at all: bm25s cannot index that

    def __len__(self) -> int:
        return self._n_docs

    @classmethod
    def build(cls, token_lists: list[list[str]], tokenizer: str, *, k1: float = K1, b: float = B) -> LexicalIndex:
        """Precompute every (term, passage) score with bm25s. The vocabulary is numbered in order of
        first appearance (bm25s's own numbering follows set order, which changes between runs)."""
        vocab: dict[str, int] = {}
        ids = [[vocab.setdefault(token, len(vocab)) for token in tokens] for tokens in token_lists]
        if not vocab:
            return cls(tokenizer, len(token_lists), None)
        bm25 = bm25s.BM25(k1=k1, b=b, method=METHOD)
        bm25.index((ids, vocab), create_empty_token=False, show_progress=False)
        return cls(tokenizer, len(token_lists), bm25)

    def scores(self, query: str) -> np.ndarray:
        """The BM25 score of every passage for `query` (zeros where it shares no term)."""
        if self._bm25 is None:
            return np.zeros(len(self), np.float32)
        term_ids = self._bm25.get_tokens_ids(query_terms(query, self.tokenizer))
        if not term_ids:
            return np.zeros(len(self), np.float32)
        return np.asarray(self._bm25.get_scores_from_ids(term_ids), dtype=np.float32)

    def idf(self, terms: list[str]) -> np.ndarray:
        """BM25's idf of each term over the indexed passages (a term no passage has gets the highest),
        read off the score matrix: a term's column holds one entry per passage containing it."""
        if self._bm25 is None:
            df = np.zeros(len(terms))
        else:
            vocab, indptr = self._bm25.vocab_dict, self._bm25.scores["indptr"]
            ids = [vocab.get(t) for t in terms]
            df = np.array([0 if i is None else indptr[i + 1] - indptr[i] for i in ids], dtype=np.float64)
        return bm25_idf(df, len(self))

    def document_frequencies(self) -> dict[str, int]:
        """How many passages contain each term (the column lengths of the score matrix): what an
        engine that cannot hold this index stores to answer `idf`."""
        if self._bm25 is None:
            return {}
        lengths = np.diff(self._bm25.scores["indptr"]).tolist()
        return {term: lengths[i] for term, i in self._bm25.vocab_dict.items()}

    def row_weights(self) -> list[dict[str, float]]:
        """Each row's BM25 weight per term, i.e. its score for a one-term query: the whole index as
        sparse vectors, so that any engine scoring an inner product with `query_terms` (weight 1 each)
        gives exactly `scores`."""
        rows: list[dict[str, float]] = [{} for _ in range(self._n_docs)]
        if self._bm25 is None:
            return rows
        terms = sorted(self._bm25.vocab_dict, key=self._bm25.vocab_dict.__getitem__)
        data, indices, indptr = (self._bm25.scores[name] for name in ("data", "indices", "indptr"))
        for term_id, term in enumerate(terms):
            for row, weight in zip(indices[indptr[term_id]:indptr[term_id + 1]].tolist(),
                                   data[indptr[term_id]:indptr[term_id + 1]].tolist(), strict=True):
                rows[row][term] = weight
        return rows

    def search(self, query: str, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, rows) of the passages sharing at least one term with `query`, best first, at most k;
        equal scores come in row order so results are reproducible."""
        no_hits = np.zeros(0, np.float32), np.zeros(0, np.int64)
        if self._bm25 is None or k <= 0:
            return no_hits
        scores = self.scores(query)
        rows = np.flatnonzero(scores > 0)
        if len(rows) > k:
            kth = np.partition(scores[rows], len(rows) - k)[len(rows) - k]
            rows = rows[scores[rows] >= kth]  # keeps every tie at the cut, for the stable order below
        rows = rows[np.lexsort((rows, -scores[rows]))][:k]
        return scores[rows].astype(np.float32), rows.astype(np.int64)

    def save(self, folder: Path) -> None:
        """bm25s's files first, `lexical.json` last: a folder without it never passes for an index."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        if self._bm25 is not None:
            self._bm25.save(folder, allow_pickle=False, show_progress=False)
        meta = {"format": FORMAT_VERSION, "tokenizer": self.tokenizer, "n_docs": self._n_docs,
                "has_terms": self._bm25 is not None}
        (folder / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        folder = Path(folder)
        try:
            meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
            tokenizer, n_docs, has_terms = meta["tokenizer"], meta["n_docs"], meta["has_terms"]
            fmt = meta["format"]
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise ValueError(f"no readable lexical index in {folder} ({META_FILE}: {exc}); rebuild the index") from exc
        if fmt != FORMAT_VERSION:
            raise ValueError(f"lexical index in {folder} has format {fmt!r}, expected {FORMAT_VERSION}; rebuild it")
        if tokenizer not in TOKENIZERS or type(n_docs) is not int or n_docs < 0 or type(has_terms) is not bool:
            raise ValueError(f"damaged lexical index in {folder}: bad {META_FILE}; rebuild the index")
        if not has_terms:
            return cls(tokenizer, n_docs, None)
        try:
            bm25 = bm25s.BM25.load(folder, allow_pickle=False, mmap=False, load_corpus=False, show_progress=False)
        except (*ARRAY_READ_ERRORS, TypeError, KeyError) as exc:
            raise ValueError(f"damaged lexical index in {folder}: {exc}; rebuild the index") from exc
        problem = _inconsistency(bm25, n_docs)
        if problem:
            raise ValueError(f"damaged lexical index in {folder}: {problem}; rebuild the index")
        return cls(tokenizer, n_docs, bm25)


def _inconsistency(bm25: bm25s.BM25, n_docs: int) -> str:
    """What is wrong with a loaded bm25s index, or "" if its parts fit together (CSC: one column per term)."""
    vocab = bm25.vocab_dict
    data, indices, indptr = (bm25.scores[name] for name in ("data", "indices", "indptr"))
    if bm25.method != METHOD or bm25.scores["num_docs"] != n_docs:
        return "parameters do not match lexical.json"
    if not isinstance(vocab, dict) or any(type(v) is not int for v in vocab.values()):
        return "vocabulary is not a term -> id mapping"
    if sorted(vocab.values()) != list(range(len(vocab))):
        return "vocabulary ids are not 0..n-1"
    if any(a.ndim != 1 for a in (data, indices, indptr)) or not np.issubdtype(data.dtype, np.floating):
        return "score arrays have the wrong shape or type"
    if not (np.issubdtype(indices.dtype, np.integer) and np.issubdtype(indptr.dtype, np.integer)):
        return "index arrays are not integers"
    if len(indptr) != len(vocab) + 1 or len(data) != len(indices):
        return "score arrays do not match the vocabulary"
    if indptr[0] != 0 or indptr[-1] != len(indices) or np.any(np.diff(indptr) < 0):
        return "column pointers are out of order"
    if len(indices) and (indices.min() < 0 or indices.max() >= n_docs):
        return "row numbers are out of range"
    if not np.all(np.isfinite(data)):
        return "scores are not finite"
    return ""

"""What a text is, as far as retrieval cares: Japanese or not, and whether it asks anything at all."""

from __future__ import annotations

import re
import unicodedata

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def language_of(text: str) -> str:
    """"ja" when the text has any kana or kanji, else "en" (standing for every other language)."""
    return "ja" if _JAPANESE.search(text) else "en"


def written_in(text: str) -> str:
    """The language a whole text is written in: "ja" when kana and kanji make up at least a fifth of
    its letters (a Latin word spends five letters where Japanese spends two characters). A Japanese
    API guide with code blocks is Japanese (two thirds of its letters); an English guide naming Tokyo
    (東京) is not."""
    japanese = len(_JAPANESE.findall(text))
    latin = sum(len(w) for w in _LATIN_WORD.findall(text))
    return "ja" if japanese and japanese * 5 >= japanese + latin else "en"


def _mashed(word: str) -> bool:
    """A Latin "word" no one would type to ask something: no vowel, a run along one keyboard row, or
    two or three letters over and over."""
    if not re.search(r"[aeiouy]", word):
        return True
    if len(word) >= 3 and any(word in row or word in row[::-1] for row in _KEYBOARD_ROWS):
        return True
    return len(word) >= 4 and len(set(word)) <= (2 if len(word) < 6 else 3)


def has_content(question: str) -> bool:
    """Whether a question has anything to search for. Punctuation and symbols only, one character
    repeated, digits only, or Latin keyboard mash ask nothing: searching would still return the
    nearest passages, and quoting them would pretend they answer."""
    text = unicodedata.normalize("NFKC", question).lower()
    content = [ch for ch in text if unicodedata.category(ch)[0] not in "PSZC"]
    if not content or len(set(content)) == 1 or all(unicodedata.category(ch) == "Nd" for ch in content):
        return False
    if _JAPANESE.search(text):
        return True
    words = _LATIN_WORD.findall(unicodedata.normalize("NFKC", question))
    # An upper-case word is an acronym (GDP, NATO), whatever its letters.
    return bool(words) and not all(_mashed(w.lower()) and not (len(w) > 1 and w.isupper()) for w in words)

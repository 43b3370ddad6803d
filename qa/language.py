"""Which script a text is written in, as far as retrieval cares: Japanese or not."""

from __future__ import annotations

import re

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")


def language_of(text: str) -> str:
    """"ja" when the text has any kana or kanji, else "en" (standing for every other language)."""
    return "ja" if _JAPANESE.search(text) else "en"

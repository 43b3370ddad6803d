"""One schema for everything a caller hands kotae: the `/ask` API, the chat, and the `qa.answer` /
`qa.retrieve` / `Retriever` / `Answerer` arguments all pass through these checks, so a rule is written
once and a violation reads the same everywhere.

A violation is an `InvalidInput` (a `ValueError`) whose message names the field, what it got (shown
briefly: a 100 KB string or a 10,000-digit number is described, not printed) and what is allowed;
never Python's own exception text. `None` means "the default" where a default exists (the Python
API's `k=None`); the `/ask` API passes `default=None` and so treats null as missing.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

from qa.settings import MODES, Settings


class InvalidInput(ValueError):
    """A caller's value outside its field's rule; `field` names it."""

    def __init__(self, field: str, problem: str, rule: str) -> None:
        super().__init__(f"{field} {problem}: it must be {rule}")
        self.field = field


def describe(value: object) -> str:
    """A short, safe rendering of any value for an error message."""
    if value is None:
        return "missing"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, int):
        return f"{value:,}" if abs(value) < 10**15 else "a number too large to use"
    if isinstance(value, float):
        return f"{value:g}" if math.isfinite(value) else f"{value} (not a finite number)"
    if isinstance(value, str):
        return repr(value) if len(value) <= 30 else f"text of {len(value):,} characters"
    return f"a {type(value).__name__}"


def _problem(value: object) -> str:
    return "is missing" if value is None else f"is {describe(value)}"


def check_question(value: object, max_chars: int) -> str:
    """The question with control characters blanked and runs of space collapsed; 1 to `max_chars`
    characters after that."""
    rule = f"text of 1 to {max_chars:,} characters (after trimming spaces)"
    if not isinstance(value, str):
        raise InvalidInput("question", _problem(value), rule)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" or ch in "\n\t" else " " for ch in value)
    text = " ".join(text.split())
    if not text:
        raise InvalidInput("question", "is empty", rule)
    if len(text) > max_chars:
        raise InvalidInput("question", f"has {len(text):,} characters", rule)
    return text


def check_k(value: object, max_k: int, default: int | None = None) -> int:
    """A whole number of passages from 1 to `max_k` (an integral float such as 5.0 counts)."""
    rule = f"a whole number from 1 to {max_k}"
    if value is None and default is not None:
        value = default
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= max_k:
        raise InvalidInput("k", _problem(value), rule)
    return value


def check_threshold(value: object, default: float | None = None) -> float:
    """The abstention threshold: a number from 0 to 1."""
    if value is None and default is not None:
        value = default
    if (isinstance(value, bool) or not isinstance(value, int | float)
            or (isinstance(value, float) and not math.isfinite(value)) or not 0 <= value <= 1):
        raise InvalidInput("threshold", _problem(value), "a number from 0 to 1")
    return float(value)


def check_mode(value: object, default: str | None = None) -> str:
    """One of the retrieval modes."""
    if value is None and default is not None:
        value = default
    if not isinstance(value, str) or value not in MODES:
        raise InvalidInput("mode", _problem(value), "one of " + ", ".join(MODES))
    return value


def check_history(value: object, max_turns: int) -> list[str]:
    """Earlier turns of a conversation: a list of at most `max_turns` strings (None: no history)."""
    rule = f"a list of at most {max_turns} strings"
    if value is None:
        return []
    if not isinstance(value, list | tuple):
        raise InvalidInput("history", _problem(value), rule)
    if len(value) > max_turns:
        raise InvalidInput("history", f"has {len(value):,} entries", rule)
    for i, turn in enumerate(value):
        if not isinstance(turn, str):
            raise InvalidInput(f"history[{i}]", _problem(turn), "a string")
    return list(value)


@dataclass(frozen=True)
class AskInput:
    question: str
    k: int
    mode: str
    threshold: float
    history: tuple[str, ...] = ()


def check_ask(question: object, k: object, mode: object, threshold: object, settings: Settings,
              history: object = None, *, defaults: bool = True) -> AskInput:
    """Every field of a question at once (for APIs); with `defaults=False` a null is missing, not
    "use the default"."""
    return AskInput(
        check_question(question, settings.max_question_chars),
        check_k(k, settings.max_k, settings.k if defaults else None),
        check_mode(mode, settings.mode if defaults else None),
        check_threshold(threshold, settings.abstain_threshold if defaults else None),
        tuple(check_history(history, settings.max_history)),
    )

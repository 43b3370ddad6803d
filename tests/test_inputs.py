"""One schema for every input: each field's rule, and a violation that names the field and what is
allowed, whatever type arrives (None, booleans, 1e400, NaN, huge integers, strings, containers)."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa.answer import Answerer
from qa.inputs import InvalidInput, check_ask, check_history, check_k, check_mode, check_question, check_threshold
from qa.retrieve import Retriever
from qa.settings import Settings

ANYTHING = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=10**20, max_value=10**5000),
    st.floats(), st.sampled_from([1e400, -1e400, float("nan"), 5.0, 0.5, 2**53 + 0.0]),
    st.text(max_size=50), st.sampled_from(["5", "abc", "0.5", "hybrid", "", " " * 3000, "あ" * 2001]),
    st.lists(st.integers(), max_size=3), st.lists(st.text(max_size=5), max_size=25),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2), st.binary(max_size=5),
)
S = Settings.from_env({})


def _accepts_only_the_rule(check, value, field: str, allowed: str, valid) -> None:
    try:
        result = check(value)
    except InvalidInput as exc:
        message = str(exc)
        assert exc.field.startswith(field) and message.startswith(field) and allowed in message
        assert "Traceback" not in message and "object" not in message and len(message) < 200
        return
    assert valid(result), (value, result)


@settings(max_examples=300, deadline=None)
@given(value=ANYTHING)
def test_k_is_a_whole_number_from_1_to_50(value):
    _accepts_only_the_rule(lambda v: check_k(v, 50), value, "k", "a whole number from 1 to 50",
                           lambda r: type(r) is int and 1 <= r <= 50 and r == value)


@settings(max_examples=300, deadline=None)
@given(value=ANYTHING)
def test_threshold_is_a_number_from_0_to_1(value):
    _accepts_only_the_rule(check_threshold, value, "threshold", "a number from 0 to 1",
                           lambda r: type(r) is float and 0 <= r <= 1 and not isinstance(value, bool | str))


@settings(max_examples=200, deadline=None)
@given(value=ANYTHING)
def test_mode_is_one_of_the_modes(value):
    _accepts_only_the_rule(check_mode, value, "mode", "one of dense, bm25, hybrid",
                           lambda r: r in ("dense", "bm25", "hybrid"))


@settings(max_examples=300, deadline=None)
@given(value=ANYTHING | st.text(max_size=3000))
def test_question_is_1_to_2000_characters_after_trimming(value):
    _accepts_only_the_rule(lambda v: check_question(v, 2000), value, "question",
                           "text of 1 to 2,000 characters (after trimming spaces)",
                           lambda r: isinstance(r, str) and 1 <= len(r) <= 2000 and r == r.strip())


@settings(max_examples=200, deadline=None)
@given(value=ANYTHING | st.lists(st.text(max_size=5), min_size=19, max_size=22))
def test_history_is_a_list_of_at_most_20_strings(value):
    _accepts_only_the_rule(lambda v: check_history(v, 20), value, "history", "at most 20 strings" if isinstance(
        value, list | tuple) and len(value) > 20 else "", lambda r: len(r) <= 20 and all(isinstance(t, str) for t in r))


@pytest.mark.parametrize(("field", "value", "message"), [
    ("k", None, "k is missing: it must be a whole number from 1 to 50"),
    ("k", 1e400, "k is inf (not a finite number): it must be a whole number from 1 to 50"),
    ("k", 10**9, "k is 1,000,000,000: it must be a whole number from 1 to 50"),
    ("k", 10**5000, "k is a number too large to use: it must be"),
    ("k", True, "k is true (a boolean): it must be"),
    ("k", "5", "k is '5': it must be"),
    ("threshold", "abc", "threshold is 'abc': it must be a number from 0 to 1"),
    ("threshold", 5, "threshold is 5: it must be a number from 0 to 1"),
    ("threshold", -5, "threshold is -5: it must be"),
    ("threshold", float("nan"), "threshold is nan (not a finite number)"),
    ("mode", "magic", "mode is 'magic': it must be one of dense, bm25, hybrid"),
    ("question", "x" * 2001, "question has 2,001 characters: it must be text of 1 to 2,000 characters"),
    ("question", " \n ", "question is empty: it must be"),
    ("question", ["a"], "question is a list: it must be"),
    ("history", ["a"] * 21, "history has 21 entries: it must be a list of at most 20 strings"),
    ("history", ["a", 3], "history[1] is 3: it must be a string"),
], ids=lambda v: None if isinstance(v, str) and len(v) < 40 else type(v).__name__)
def test_violations_name_the_field_the_value_and_the_rule(field, value, message):
    fields = {"question": "質問", "k": 5, "mode": "hybrid", "threshold": 0.8, "history": None, field: value}
    with pytest.raises(InvalidInput) as info:
        check_ask(**fields, settings=S, defaults=False)
    assert str(info.value).startswith(message)


def test_none_means_the_default_in_the_python_api_and_missing_in_the_http_api():
    assert check_ask("質問", None, None, None, S) == check_ask("質問", S.k, S.mode, S.abstain_threshold, S)
    with pytest.raises(InvalidInput, match="threshold is missing"):
        check_ask("質問", 5, "hybrid", None, S, defaults=False)
    assert check_k(5.0, 50) == 5 and math.isclose(check_threshold(1), 1.0)


@pytest.fixture(scope="module")
def answerer(seed_index, embedder):
    return Answerer(Retriever(S.replace(index_dir=seed_index), embedder=embedder))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(k=ANYTHING, mode=ANYTHING, threshold=ANYTHING)
def test_answer_and_retrieve_apply_the_schema(answerer, k, mode, threshold):
    """Whatever the arguments, `answer` and `retrieve` answer or raise `InvalidInput`, nothing else."""
    for call in (lambda: answerer.answer("ロシアは何を求めている？", k=k, mode=mode, threshold=threshold),
                 lambda: answerer.retriever.retrieve("ロシアは何を求めている？", k=k, mode=mode)):
        try:
            result = call()
        except InvalidInput as exc:
            assert exc.field in ("k", "mode", "threshold")
            continue
        assert result is not None

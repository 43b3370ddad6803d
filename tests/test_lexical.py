"""BM25 lexical index: tokenisers, search, and the on-disk format."""

from __future__ import annotations

import json
import threading

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.lexical import DEFAULT_TOKENIZER, META_FILE, TOKENIZERS, LexicalIndex, tokenize

# Japanese, full-width, emoji with joiners, NUL and other control characters, a lone surrogate.
SAMPLE_CHARS = list("東京都に行きました。、「」ＡＢＣａｂｃ１２３ｱｲｳ々ー〜😀👨\u200d\u3000 \n\x00\x1b\ufeff\ud800")

CORPUS = [
    "富士山は静岡県と山梨県にまたがる活火山で、標高は3776メートルある。",
    "東京都庁は新宿区にあり、都庁の展望室は無料で公開されている。",
    "琵琶湖は滋賀県にある日本最大の湖である。",
    "梅雨は北海道と小笠原諸島を除く日本で、5月から7月にかけて雨が多い時期のこと。",
    "将棋は二人で行うボードゲームで、取った駒を自分の駒として使える。",
]
QUESTIONS = [
    ("富士山の標高は何メートルか", 0),
    ("都庁はどの区にありますか", 1),
    ("日本で一番大きい湖は何県にある？", 2),
    ("梅雨がないのは北海道とどこか", 3),
    ("取った駒を使えるゲームは？", 4),
]


def test_tokenizer_names_include_the_default():
    assert DEFAULT_TOKENIZER in TOKENIZERS
    assert {"sudachi-a", "sudachi-b", "sudachi-c", "fugashi", "char2", "char1-2"} <= set(TOKENIZERS)


@pytest.mark.parametrize("name", ["sudachi-b", "sudachi-c", "sudachi-c-surface"])
def test_sudachi_keeps_tokyo_to_as_one_word(name):
    tokens = tokenize(["東京都に行きました。"], name)[0]
    assert tokens[0] == "東京都"
    assert "。" not in tokens


def test_sudachi_mode_a_splits_into_short_units():
    assert tokenize(["東京都に行きました。"], "sudachi-a")[0][:2] == ["東京", "都"]


@pytest.mark.parametrize("name", ["sudachi-c", "fugashi"])
def test_base_forms_match_across_inflections(name):
    # 行きました and 行く must share a token for a question in plain form to find a polite sentence.
    assert set(tokenize(["行きました"], name)[0]) & set(tokenize(["行く"], name)[0])


def test_surface_forms_keep_the_text_as_written():
    assert tokenize(["東京都に行きました。"], "fugashi-surface")[0] == ["東京", "都", "に", "行き", "まし", "た"]


def test_character_ngrams():
    assert tokenize(["東京都、京都"], "char2")[0] == ["東京", "京都", "京都"]
    assert tokenize(["東京。都"], "char1-2")[0] == ["東", "京", "東京", "都"]
    assert tokenize(["雨。"], "char2")[0] == ["雨"]  # too short for a bigram, still a token


@pytest.mark.parametrize("name", TOKENIZERS)
def test_full_width_and_case_do_not_matter(name):
    forms = tokenize(["ＡＢＣ　１２３", "abc 123", "ABC 123"], name)
    assert forms[0] == forms[1] == forms[2]
    assert forms[0]


@pytest.mark.parametrize("name", TOKENIZERS)
def test_punctuation_and_space_only_text_has_no_tokens(name):
    assert tokenize(["、。！？「」 \n\t　・…", ""], name) == [[], []]


def test_unknown_tokenizer_is_a_value_error_naming_the_choices():
    with pytest.raises(ValueError, match="sudachi-c"):
        tokenize(["東京"], "mecab")
    with pytest.raises(ValueError, match="unknown tokenizer"):
        LexicalIndex.build([["東京"]], "nope")


@pytest.mark.parametrize("name", ["sudachi-a", "fugashi"])
def test_long_input_beyond_sudachi_limit(name):
    # Sudachi refuses more than 49,149 bytes at once: 100 KB of text without any break must still work.
    text = "あ" * 40_000
    assert tokenize([text], name)[0]
    words = tokenize(["東京都に行きました。" * 3_000], name)[0]
    assert words.count("都" if name == "sudachi-a" else "行く") == 3_000


def test_control_characters_do_not_cut_text_short():
    # MeCab reads C strings: a NUL would silently drop everything after it.
    assert "東京" in tokenize(["a\x00東京"], "fugashi-surface")[0]


def test_concurrent_tokenisation():
    errors: list[BaseException] = []

    def work():
        try:
            for _ in range(20):
                assert tokenize(["東京都に行きました。" * 20], "sudachi-c")[0][0] == "東京都"
        except Exception as exc:  # a thread's failure would otherwise only be printed
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(categories=None, exclude_categories=()), st.sampled_from(SAMPLE_CHARS)),
               max_size=300),
       st.sampled_from(TOKENIZERS))
def test_tokenize_never_raises(text, name):
    tokens = tokenize([text], name)[0]
    assert all(isinstance(t, str) and t.strip() for t in tokens)


@pytest.mark.parametrize("name", ["char1-2", "char2", "sudachi-c", "fugashi"])
def test_questions_find_their_passage(name):
    index = LexicalIndex.build(tokenize(CORPUS, name), name)
    for question, expected in QUESTIONS:
        scores, rows = index.search(question, 3)
        assert rows[0] == expected, question
        assert np.all(np.diff(scores) <= 0)


def test_search_shapes_and_limits():
    index = LexicalIndex.build(tokenize(CORPUS), DEFAULT_TOKENIZER)
    scores, rows = index.search("県", 100)
    assert set(rows.tolist()) == {0, 2}  # only passages sharing a term; k larger than the corpus is fine
    assert rows.dtype == np.int64 and scores.dtype == np.float32
    assert len(index.search("県", 1)[1]) == 1
    assert len(index.search("県", 0)[1]) == 0
    for query in ["", "。、", "xyzzy", "🍣"]:
        scores, rows = index.search(query, 5)
        assert scores.shape == rows.shape == (0,)


def test_empty_corpora(tmp_path):
    for token_lists in ([], [[], []]):
        index = LexicalIndex.build(token_lists, "sudachi-c")
        assert len(index) == len(token_lists)
        assert [a.size for a in index.search("東京", 5)] == [0, 0]
        index.save(tmp_path / str(len(token_lists)))
        loaded = LexicalIndex.load(tmp_path / str(len(token_lists)))
        assert len(loaded) == len(token_lists) and loaded.tokenizer == "sudachi-c"
        assert [a.size for a in loaded.search("東京", 5)] == [0, 0]


def test_save_load_round_trip(tmp_path):
    index = LexicalIndex.build(tokenize(CORPUS, "sudachi-c"), "sudachi-c", k1=1.2, b=0.5)
    index.save(tmp_path)
    assert not list(tmp_path.glob("*.pkl"))
    loaded = LexicalIndex.load(tmp_path)
    assert loaded.tokenizer == "sudachi-c" and len(loaded) == len(CORPUS)
    for question, _ in [*QUESTIONS, ("県", 0), ("日本", 0)]:
        for got, want in zip(loaded.search(question, 5), index.search(question, 5), strict=True):
            np.testing.assert_array_equal(got, want)


@pytest.fixture
def saved(tmp_path):
    LexicalIndex.build(tokenize(CORPUS), DEFAULT_TOKENIZER).save(tmp_path)
    return tmp_path


def _arrays(folder):
    return sorted(folder.glob("*.npy"))


def test_missing_folder_or_file_is_a_value_error(tmp_path, saved):
    with pytest.raises(ValueError, match="no readable lexical index"):
        LexicalIndex.load(tmp_path / "nowhere")
    _arrays(saved)[0].unlink()
    with pytest.raises(ValueError, match="damaged lexical index"):
        LexicalIndex.load(saved)


@pytest.mark.parametrize("damage", ["truncate", "garbage", "pickle", "wrong-length", "bad-rows"])
def test_damaged_arrays_are_a_value_error(saved, damage):
    target = next(p for p in _arrays(saved) if p.name.startswith("indices"))
    if damage == "truncate":
        target.write_bytes(target.read_bytes()[:40])
    elif damage == "garbage":
        target.write_bytes(b"\x00" * 64)
    elif damage == "pickle":
        np.save(target, np.array([{"a": 1}], dtype=object), allow_pickle=True)
    elif damage == "wrong-length":
        np.save(target, np.load(target)[:-1])
    else:
        indices = np.load(target)
        indices[0] = 10_000
        np.save(target, indices)
    with pytest.raises(ValueError, match="damaged lexical index"):
        LexicalIndex.load(saved)


@pytest.mark.parametrize("damage", ["not-json", "unknown-tokenizer", "future-format"])
def test_damaged_metadata_is_a_value_error(saved, damage):
    meta_path = saved / META_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if damage == "not-json":
        meta_path.write_text("{", encoding="utf-8")
    else:
        meta.update({"tokenizer": "nope"} if damage == "unknown-tokenizer" else {"format": 99})
        meta_path.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ValueError, match="lexical index"):
        LexicalIndex.load(saved)


def test_damaged_vocabulary_is_a_value_error(saved):
    vocab = next(saved.glob("vocab*.json"))
    vocab.write_text('{"a": 0', encoding="utf-8")
    with pytest.raises(ValueError, match="damaged lexical index"):
        LexicalIndex.load(saved)
    vocab.write_text('{"a": 0}', encoding="utf-8")
    with pytest.raises(ValueError, match="damaged lexical index"):
        LexicalIndex.load(saved)


def test_how_a_question_asks_is_no_term_of_it():
    from qa.lexical import query_terms

    terms = query_terms("東京から電車で行くにはどうすればいい？", "char1-2")
    assert "東京" in terms and "電車" in terms
    assert not {"すれ", "れば", "いい"} & set(terms)

"""Which script a question is in, and whether it asks anything at all."""

from __future__ import annotations

import pytest

from qa.language import has_content, language_of


def test_language_is_japanese_when_any_kana_or_kanji_appears():
    assert language_of("ロシアは何を求めている？") == "ja" and language_of("What about NATO?") == "en"


@pytest.mark.parametrize("question", ["。。。。", "？？？！！！", "aaaaaaaaaa", "1234567890", "asdfghjkl", "qwerty",
                                      "sdfsdfsdf", "jkjkjk", "ああああああ", "----", "１２３"])
def test_content_free_questions(question):
    assert not has_content(question)


@pytest.mark.parametrize("question", ["ロシアは何を求めている？", "What does Russia want?", "Who?", "GDP", "2025年は？",
                                      "ＮＡＴＯとは", "Why"])
def test_real_questions_have_content(question):
    assert has_content(question)


def test_a_whole_text_is_written_in_the_language_most_of_its_letters_are():
    from qa.language import written_in

    guide = "貸出中の本を予約するには、次のAPIを呼びます。結果はJSONで返ります。\ncurl https://example.jp/v2/books"
    assert written_in(guide) == "ja"  # its code block is Latin letters; the document is Japanese
    assert written_in("An English guide to the city. Visit Tokyo (東京) in spring and see the castle.") == "en"
    assert written_in("") == "en"

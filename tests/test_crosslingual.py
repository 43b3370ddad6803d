"""Finding an English question's words in Japanese text: glossary, romanised names, katakana sounds."""

from __future__ import annotations

import numpy as np
import pytest

from qa.crosslingual import coverage, fold_romaji, holds, question_terms, reading, skeleton


def terms(question: str) -> dict:
    return {t.word: t for t in question_terms(question)}


def test_question_words_are_the_content_words_with_their_glossary_forms():
    found = terms("Who was the father of Oda Nobunaga?")
    assert list(found) == ["father", "oda", "nobunaga"]
    assert {"父", "父親"} <= found["father"].forms
    assert found["oda"].forms == frozenset()  # a name: matched by its reading, not the glossary


def test_a_word_is_looked_up_as_its_lemma_too():
    assert "国" in terms("Which countries signed it?")["countries"].forms


def test_a_setting_named_with_underscores_is_one_term_found_as_written():
    (term,) = [t for t in question_terms("What does keep_days control?") if "keep" in t.word]
    assert term.word == "keep_days" and holds(term, reading("keep_days | 30 | 消したファイルを残す日数"))
    assert not holds(term, reading("ファイルを30日間保つ"))  # not its parts' meanings


def test_two_word_glossary_entries_join_the_terms():
    assert "born in" in terms("Where was he born in 1534?")


@pytest.mark.parametrize(("word", "text"), [
    ("father", "信長の父は織田信秀である。"),        # glossary form inside the text
    ("meet", "ウィトコフ氏は高官と会った。"),          # glossary dictionary form of a conjugated verb
    ("Nobunaga", "織田信長は尾張国に生まれた。"),      # a Japanese name by its reading
    ("Tokyo", "東京に移った。"),                        # long vowels folded: toukyou
    ("Ukraine", "ウクライナの中立化"),                  # a katakana name by its consonants
    ("Kremlin", "クレムリンの高官"),
    ("GPS", "GPS衛星の信号"),                          # Latin letters in the text
    ("1949", "1949年に設立された。"),
])
def test_a_word_is_held_by_text_that_says_it_in_japanese(word, text):
    (term,) = [t for t in question_terms(word) if t.word == word.lower()]
    assert holds(term, reading(text))


@pytest.mark.parametrize(("word", "text"), [
    ("father", "母は土田御前である。"),
    ("Nobunaga", "豊臣秀吉は尾張国に生まれた。"),
    ("Ukraine", "ロシアの安全保障"),
    ("1949", "1950年に設立された。"),
])
def test_a_word_is_not_held_by_text_that_does_not_say_it(word, text):
    (term,) = [t for t in question_terms(word) if t.word == word.lower()]
    assert not holds(term, reading(text))


def test_spellings_of_one_sound_fold_alike():
    assert fold_romaji("toukyou") == fold_romaji("Tokyo") == "tokyo"
    assert fold_romaji("shinbun") == "shimbun"
    assert skeleton("Witkoff") == skeleton("uitokofu")
    assert skeleton("Trump") == skeleton("toranpu")
    assert skeleton("Smith") == skeleton("sumisu")


def test_coverage_weighs_the_rare_word_over_the_shared_topic():
    texts = [reading(t) for t in ("織田信長は尾張国の大名である。", "織田信長の父は織田信秀である。",
                                  "織田信長は桶狭間で今川義元を破った。")]
    held = coverage(question_terms("Who was the father of Oda Nobunaga?"), texts)
    assert held.argmax() == 1 and held[1] == pytest.approx(1.0)
    assert held[0] == held[2] > 0  # the name alone, held by every text, counts for little


def test_no_terms_or_no_texts_hold_nothing():
    assert coverage(question_terms("What is it?"), [reading("東京")]).tolist() == [0.0]
    assert coverage(question_terms("Tokyo"), []).shape == (0,)
    assert np.all(coverage((), [reading("東京"), reading("大阪")]) == 0)


def test_an_acronym_is_matched_as_written_even_when_short_or_a_stop_word():
    found = terms("What do the EU and the US want?")
    assert found["eu"].acronym and found["us"].acronym and "want" in found
    assert "us" not in terms("Tell us what they want")  # the pronoun stays a stop word
    assert holds(found["eu"], reading("EU・日本など支援国"))
    assert not holds(found["eu"], reading("europeの記事"))  # a whole word, not part of one


def test_an_acronym_takes_the_glossary_forms_of_the_acronym_not_of_the_word():
    found = terms("What does the current US administration put first?")
    assert "米国" in found["us"].forms and "我々" not in found["us"].forms
    assert holds(terms("What do the EU and Japan aim for?")["eu"], reading("欧州連合の加盟国"))

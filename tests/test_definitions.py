"""「姫路城って何？」: recognising a question that asks what a term is, and the sentence that says it."""

from __future__ import annotations

import pytest

from qa.definitions import asked_term, definition_preference, may_define, opens_defining
from qa.documents import Document, Section


@pytest.mark.parametrize(("question", "term"), [
    ("姫路城とは何ですか？", "姫路城"), ("姫路城って何？", "姫路城"), ("姫路城とは？", "姫路城"),
    ("水琴窟とはどういうものですか？", "水琴窟"), ("織田信長は誰？", "織田信長"), ("じゃあ、芥川賞って？", "芥川賞"),
    ("「吾輩は猫である」とは?", "吾輩は猫である"), ("ＮＡＳＡって何？", "NASA"),
    ("それって何？", None),  # a pointer to an earlier turn, not a term
    ("じゃあ日本は？", None),  # asks for the earlier question's predicate about 日本
    ("芥川賞の選考委員は何名？", None), ("姫路城は何という種類の城？", None), ("姫路城はいつ建てられた？", None),
    ("初夏に入った5月ごろ、北上する気流は何か？", None),  # a question written against a paragraph
])
def test_a_question_that_asks_what_a_term_is_names_the_term(question, term):
    assert asked_term(question) == term


@pytest.mark.parametrize(("sentence", "defines"), [
    ("姫路城(ひめじじょう)は、兵庫県姫路市にある日本の城である。", True),
    ("姫路城（ひめじじょう）は、兵庫県姫路市にある日本の城である。", True),  # full-width brackets
    ("『姫路城』は、兵庫県姫路市にある日本の城である。", True),
    ("姫路城とは、兵庫県姫路市にある日本の城をいう。", True),
    ("姫路城の天守は江戸時代初期に建てられた。", False),  # another subject
    ("江戸時代初期に建てられた姫路城は国宝である。", False),  # the term, but not opening the sentence
])
def test_a_defining_sentence_opens_with_the_term_and_wa(sentence, defines):
    assert bool(opens_defining(sentence, "姫路城")) == defines


def test_a_name_asked_without_its_family_name_is_defined_by_the_lead_that_gives_it_whole():
    assert opens_defining("織田信長(おだのぶなが、1534年-1582年)は、戦国時代の武将である。", "信長")
    assert not opens_defining("織田信長は、戦国時代の武将である。", "信長")  # no reading: not a lead
    assert not opens_defining("尾張の織田信長(おだのぶなが)は、", "信長")  # more than a family name before it


def _preference(text: str, sentence: str, term: str = "姫路城"):
    doc = Document("castle.md", text, "姫路城")
    start = text.index(sentence)
    return definition_preference(term, doc, start, start + len(sentence))


def test_the_lead_with_a_reading_and_a_copula_is_the_best_definition():
    text = ("姫路城\n姫路城は、1993年に世界遺産に登録された。姫路城は、兵庫県姫路市にある日本の城である。"
            "姫路城(ひめじじょう)は、兵庫県姫路市にある日本の城である。姫路城は、その後も修理を重ねた。")
    lead = _preference(text, "姫路城(ひめじじょう)は、兵庫県姫路市にある日本の城である。")
    plain = _preference(text, "姫路城は、兵庫県姫路市にある日本の城である。")
    first = _preference(text, "姫路城は、1993年に世界遺産に登録された。")  # the first thing it says, after its title
    assert lead > plain > first
    # Opening with the term, but telling what befell it later or what he did: no definition.
    assert _preference(text, "姫路城は、その後も修理を重ねた。") is None
    assert _preference("織田信長\n三英傑の一人。信長は家督を継いだ後、尾張を固めていった。",
                       "信長は家督を継いだ後、尾張を固めていった。", "信長") is None
    assert _preference("天守は江戸時代初期に建てられた。", "天守は江戸時代初期に建てられた。") is None


def test_a_document_leads_with_what_comes_after_its_title_and_headings():
    text = "姫路城\n\n# 概要\n\n姫路城は、兵庫県にある。\n天守は国宝である。"
    doc = Document("castle.md", text, "姫路城", sections=[Section(text.index("# 概要"), "概要")])
    assert doc.leads_at(text.index("姫路城は")) and not doc.leads_at(text.index("天守"))


def test_a_passage_is_looked_at_only_when_it_may_define_the_term():
    assert may_define("天守は国宝である。\n姫路城（ひめじじょう）は、日本の城である。", "姫路城")
    assert not may_define("姫路城の天守は国宝である。", "姫路城")

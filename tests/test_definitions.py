"""「姫路城って何？」: recognising a question that asks what a term is, and the sentence that says it."""

from __future__ import annotations

import pytest

from qa.definitions import (
    Asked,
    asked_phrase,
    asked_term,
    definition_preference,
    may_define,
    opens_defining,
    subject_named,
)
from qa.documents import Document, Section


@pytest.mark.parametrize(("question", "term"), [
    ("姫路城とは何ですか？", "姫路城"), ("姫路城って何？", "姫路城"), ("姫路城とは？", "姫路城"),
    ("水琴窟とはどういうものですか？", "水琴窟"), ("織田信長は誰？", "織田信長"), ("じゃあ、芥川賞って？", "芥川賞"),
    ("「吾輩は猫である」とは?", "吾輩は猫である"), ("ＮＡＳＡって何？", "NASA"),
    ("それって何？", None),  # a pointer to an earlier turn, not a term
    ("じゃあ日本は？", None),  # asks for the earlier question's predicate about 日本
    ("芥川賞の選考委員は何名？", None), ("姫路城は何という種類の城？", None), ("姫路城はいつ建てられた？", None),
    ("姫路城について教えてください", "姫路城"), ("水琴窟の意味は？", "水琴窟"),
    ("初夏に入った5月ごろ、北上する気流は何か？", None),  # a question written against a paragraph
    ("1910年に亡くなったのは誰？", None), ("彼が辞めたって？", None), ("参加者は何人？", None),  # clauses, a count
    ("すしって何？", "すし"),  # a term in kana, not a pointer
])
def test_a_question_that_asks_what_a_term_is_names_the_term(question, term):
    asked = asked_term(question)
    assert (asked.term if asked else None) == term


def test_a_question_asking_who_may_name_a_person_without_the_family_name():
    assert asked_term("信長って誰？") == Asked("信長", True)
    assert asked_term("銀行って何？") == Asked("銀行", False)


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
    lead = "織田信長(おだ のぶなが、天文3年5月12日(1534年6月23日) - 天正10年)は、戦国時代の武将である。"
    assert opens_defining(lead, "信長", person=True) and opens_defining(lead, "織田信長")
    assert opens_defining("織田 信長(おだ のぶなが)は、戦国時代の武将である。", "信長", person=True)
    assert not opens_defining(lead, "信長")  # only when the question asks who
    assert not opens_defining("日本銀行(にっぽんぎんこう)は、日本の中央銀行である。", "銀行")  # 「銀行って何？」
    assert not opens_defining("織田信長は、戦国時代の武将である。", "信長", person=True)  # no reading: not a lead
    assert not opens_defining("尾張の織田信長(おだのぶなが)は、", "信長", person=True)  # more than a family name


def test_only_a_plain_definition_answers_below_the_bar():
    text = "参加者\n参加者は5名が辞退した。\n会議\n会議は、毎月の定例の集まりである。"
    assert not _preference(text, "参加者は5名が辞退した。", "参加者").plain  # it only leads its document
    assert _preference(text, "会議は、毎月の定例の集まりである。", "会議").plain
    lead = "織田信長(おだのぶなが)は、戦国時代の武将である。"
    assert _preference("織田信長\n" + lead, lead, Asked("信長", True)).plain  # a person, named whole in a lead


def _preference(text: str, sentence: str, term: str | Asked = "姫路城"):
    doc = Document("castle.md", text, text.split("\n")[0])
    start = text.index(sentence)
    asked = term if isinstance(term, Asked) else Asked(term, False)
    return definition_preference(asked, doc, start, start + len(sentence))


def test_the_lead_with_a_reading_and_a_copula_is_the_best_definition():
    text = ("姫路城\n姫路城は、1993年に世界遺産に登録された。姫路城は、兵庫県姫路市にある日本の城である。"
            "姫路城(ひめじじょう)は、兵庫県姫路市にある日本の城である。姫路城は、その後も修理を重ねた。")
    lead = _preference(text, "姫路城(ひめじじょう)は、兵庫県姫路市にある日本の城である。")
    plain = _preference(text, "姫路城は、兵庫県姫路市にある日本の城である。")
    first = _preference(text, "姫路城は、1993年に世界遺産に登録された。")  # the first thing it says, after its title
    assert lead > plain > first
    # Opening with the term, but telling what befell it later or what he did: no definition.
    assert _preference(text, "姫路城は、その後も修理を重ねた。") is None
    assert _preference(text + "姫路城は、火事で焼けた(1950年)。", "姫路城は、火事で焼けた(1950年)。") is None
    assert _preference("織田信長\n三英傑の一人。信長は家督を継いだ後、尾張を固めていった。",
                       "信長は家督を継いだ後、尾張を固めていった。", "信長") is None
    assert _preference("天守は江戸時代初期に建てられた。", "天守は江戸時代初期に建てられた。") is None


def test_a_document_leads_with_what_comes_after_its_title_and_headings():
    text = "姫路城\n\n# 概要\n\n姫路城は、兵庫県にある。\n天守は国宝である。"
    doc = Document("castle.md", text, "姫路城", sections=[Section(text.index("# 概要"), "概要")])
    assert doc.leads_at(text.index("姫路城は")) and not doc.leads_at(text.index("天守"))


def test_a_passage_is_looked_at_only_when_it_may_define_the_term():
    castle = Asked("姫路城", False)
    assert may_define("天守は国宝である。\n姫路城（ひめじじょう）は、日本の城である。", castle)
    assert not may_define("姫路城の天守は国宝である。", castle)


@pytest.mark.parametrize(("question", "phrase"), [
    ("What is Himeji Castle?", "Himeji Castle"), ("Who was Oda Nobunaga?", "Oda Nobunaga"),
    ("what is a suikinkutsu", "suikinkutsu"), ("Tell me about the Apollo program.", "Apollo program"),
    ("What does Akutagawa Prize mean?", "Akutagawa Prize"),
    ("What did Witkoff discuss with the Kremlin official?", None), ("Where is Himeji Castle?", None),
])
def test_an_english_question_that_asks_what_something_is_names_it(question, phrase):
    assert asked_phrase(question) == phrase


def test_an_english_name_is_found_in_the_subject_a_japanese_sentence_opens_with():
    lead = "姫路城(ひめじじょう)は、兵庫県姫路市にある日本の城である。"
    assert subject_named(lead, "Himeji Castle") == "姫路城"
    assert subject_named("織田信長(おだのぶなが)は、戦国時代の武将である。", "Oda Nobunaga") == "織田信長"
    assert subject_named(lead, "Osaka Castle") is None  # a castle, but not that one
    assert subject_named("天守は江戸時代初期に建てられた。", "Himeji Castle") is None

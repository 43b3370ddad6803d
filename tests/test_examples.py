"""Example questions fit the index being served, or there are none."""

from __future__ import annotations

from qa.readers import markdown, text
from tests.conftest import SEEDS
from ui.examples import SEED_DOC_ID, SEED_EXAMPLES, examples_for


def test_the_seed_article_gets_its_own_examples():
    seed = text.parse((SEEDS / SEED_DOC_ID).read_text(encoding="utf-8"), SEED_DOC_ID)
    assert examples_for({SEED_DOC_ID: seed}, seed_hash=seed.content_hash) == list(SEED_EXAMPLES)


def test_another_index_gets_questions_from_its_headings_never_the_seed_ones():
    doc = markdown.parse("# 社内規程\n\n## はじめに\n本文。\n\n## 出張旅費の精算方法\n領収書を添える。\n\n"
                "## 在宅勤務の申請\n上長に申請する。\n", "rules.md")
    examples = examples_for({"rules.md": doc})
    assert examples == ["出張旅費の精算方法について教えて", "在宅勤務の申請について教えて"]
    assert not set(examples) & set(SEED_EXAMPLES)


def test_a_changed_file_under_the_seed_name_is_not_the_seed_article():
    doc = text.parse("別の文書\n見出しなし。\n", SEED_DOC_ID)
    assert examples_for({SEED_DOC_ID: doc}, seed_hash="0" * 64) == []


def test_nothing_fits_means_no_examples_and_given_ones_win():
    doc = text.parse("メモ\n本文だけ。\n", "memo.txt")
    assert examples_for({"memo.txt": doc}) == []
    assert examples_for({"memo.txt": doc}, given=["本文は？", " "]) == ["本文は？"]


def test_a_document_that_opens_by_defining_its_topic_is_asked_what_it_is_first():
    garden = markdown.parse("# 水琴窟\n\n水琴窟（すいきんくつ）は、日本庭園の装飾の一つである。\n\n"
                            "## 音が響くしくみ\n水滴が空洞に落ちて響く。\n", "suikinkutsu.md")
    rules = markdown.parse("# 社内規程\n\n本規程は全社員に適用する。\n\n## 出張旅費の精算方法\n領収書を添える。\n",
                           "rules.md")
    examples = examples_for({"suikinkutsu.md": garden, "rules.md": rules})
    # 本規程 opens the rules, but it is not what the title names: no "what is" question for it.
    assert examples == ["水琴窟とは？", "音が響くしくみについて教えて", "出張旅費の精算方法について教えて"]


def test_a_heading_is_asked_by_its_own_words_and_an_faq_heading_is_the_question():
    doc = markdown.parse("# 取扱説明書\n\n## 困ったときは\n\n### 初期化の方法\n\nRESETを押す。\n\n"
                         "## 3. 保証と修理\n\n1年間です。\n\n## よくある質問\n\n### 紅茶もいれられますか？\n\n"
                         "いいえ。\n", "manual.md")
    # 「困ったときは」 and 「よくある質問」 say where one is, not what about; 「3.」 is the heading's number.
    assert examples_for({"manual.md": doc}) == [
        "紅茶もいれられますか？", "初期化の方法について教えて", "保証と修理について教えて"]


def test_a_numbered_step_of_a_plain_text_is_no_heading():
    doc = text.parse("入社ガイド\n\n1. 初日の流れ\n1) 仮パスワードでログインする\n13:00〜17:30  面談\n", "guide.txt")
    assert [s.name for s in doc.sections] == ["1. 初日の流れ"]

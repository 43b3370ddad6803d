"""Which document a question names (qa/scope.py)."""

from __future__ import annotations

import unicodedata

from qa.scope import DocumentNames

TEXTS = {
    "cleaner": ("コードレススティッククリーナー 取扱説明書\n形名 HB-SC70「エアスリム」\n株式会社ヒバリ電器\n"
                "充電時間は約3.5時間です。在宅勤務の日にも使えます。お問い合わせ：株式会社ヒバリ電器 お客様相談室"),
    "rules": "在宅勤務規程\n株式会社カモメ測量設計 総務部\n在宅勤務ができるのは、1週間に3日までです。",
    "survey": "リモートワーク調査報告書\n在宅勤務の利用率は開発部門が最も高かった。",
}
NAMES = {
    "cleaner": "コードレススティッククリーナー 取扱説明書\n形名 HB-SC70「エアスリム」\n株式会社ヒバリ電器",
    "rules": "在宅勤務規程\n株式会社カモメ測量設計 総務部",
    "survey": "リモートワーク調査報告書",
}


def names(keys=tuple(TEXTS), min_chars: int = 3) -> DocumentNames:
    return DocumentNames([unicodedata.normalize("NFKC", TEXTS[k]) for k in keys], [NAMES[k] for k in keys],
                         [NAMES[k].split("\n")[0] for k in keys], min_chars)


def test_a_company_named_in_one_documents_names_scopes_the_question_to_it():
    scope = names().named("ヒバリ電器のスティック掃除機、フル充電までどのくらい時間かかる？")
    assert scope is not None and scope.document == 0
    assert scope.names == ("ヒバリ電器", "スティック")
    # The company goes; スティック, a word of the title, says what the passages are about and stays.
    assert scope.rest == "のスティック掃除機、フル充電までどのくらい時間かかる?"


def test_a_short_form_of_a_name_names_it_too():
    scope = names().named("カモメの在宅勤務で、自分のノートPCを使ってもいい？")
    assert scope is not None and scope.document == 1
    # 在宅勤務 is in its title, but the other documents say it too: it is what is asked about.
    assert scope.names == ("カモメ",) and "在宅勤務" in scope.rest and "PC" in scope.rest


def test_a_product_code_names_its_document_as_a_whole_word_only():
    assert names().named("HB-SC70のフィルターはどう洗う？").document == 0
    assert names().named("HB-SC7のフィルターはどう洗う？") is None  # part of a code is no code


def test_words_several_documents_say_name_none_and_two_documents_named_name_neither():
    assert names().named("在宅勤務って週に何日まで？") is None
    assert names().named("ヒバリ電器とカモメ測量設計の違いは？") is None


def test_one_document_or_no_length_is_no_scope():
    assert names(("cleaner",)).named("ヒバリ電器の掃除機の充電時間は？") is None
    assert names(min_chars=0).named("ヒバリ電器の掃除機の充電時間は？") is None


def test_a_name_in_the_title_scopes_the_question_but_stays_in_what_it_asks():
    scope = names().named("リモートワーク調査で一番多かった要望は？")
    assert scope is not None and scope.document == 2 and scope.whole
    assert scope.rest == "リモートワーク調査で一番多かった要望は?"


def test_a_name_may_start_in_hiragana_but_a_particle_run_is_no_name():
    inn, library = "湯宿みずなら館 ご案内", "図書館の案内"
    texts = [f"{inn}\n安全のための注意\n朝食は7時からです。", f"{library}\n開館は9時からです。"]
    named = DocumentNames(texts, [f"{inn}\n安全のための注意", library], [inn, library], 3)
    assert named.named("みずなら館の朝ごはんは何時から？").names == ("みずなら館",)
    assert named.named("片栗粉をまぶすのは何のため？") is None  # 「のため」 is in the inn's names only


def test_a_question_asking_about_the_name_itself_keeps_it():
    scope = names().named("HB-SC70って何？")
    assert scope.document == 0 and scope.whole and scope.rest == "HB-SC70って何?"


def test_a_number_or_part_of_a_code_names_nothing():
    assert names().named("定員70人の部屋は？") is None
    assert names().named("SC70の重さは？") is None
    assert names().named("HB‐SC70の重さは？").names == ("hb-sc70",)  # a typographic hyphen is a hyphen

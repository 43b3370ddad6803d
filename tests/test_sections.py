"""`qa.sections`: a question that names a section and asks nothing else, and the sentence opening it."""

from __future__ import annotations

import pytest

from qa.readers.markdown import parse
from qa.sections import (
    asks_within,
    faq_entry,
    heading_over,
    names_section,
    opening_section,
    reply_start,
    section_named,
    shared_words,
)

TITLE = "Wi-Fiルーター AX3000 取扱説明書"
MANUAL = f"""# {TITLE}

## 困ったときは

### 通信が遅い

ルーターを床から1〜2mの高さに置いてください。電子レンジから離してください。

### 初期化の方法

本体背面のRESETボタンを約10秒間押し続けてください。初期化すると、パスワードも元に戻ります。
"""


@pytest.mark.parametrize(("question", "path"), [
    ("初期化の方法は？", "困ったときは › 初期化の方法"),
    ("初期化の手順を教えて", "困ったときは › 初期化の方法"),  # 方法 and 手順 only say how it asks
    ("ルーターを初期化するには？", "困ったときは › 初期化の方法"),  # ルーター is the title's
    ("通信が遅いときはどうすればいい？", "困ったときは › 通信が遅い"),
    ("この論文の結果は？", "3. 結果"),  # 論文 is the document itself
    ("保証について教えて", "保証について"),
])
def test_a_question_that_asks_for_nothing_but_the_section_names_it(question, path):
    assert names_section(question, path, TITLE) is not None


@pytest.mark.parametrize(("question", "path"), [
    ("初期化するとパスワードはどうなる？", "困ったときは › 初期化の方法"),  # asks more than the heading says
    ("初期化の方法は？", "困ったときは › 通信が遅い"),
    ("芥川賞の選考委員は何名？", "選考"),
    ("ルーターの説明は？", "Wi-Fiルーター"),  # a heading of the title's words alone names nothing
])
def test_a_question_that_asks_more_or_other_than_the_section_does_not(question, path):
    assert names_section(question, path, TITLE) is None


def test_only_the_first_sentence_under_a_heading_opens_its_section():
    doc = parse(MANUAL, "router.md")
    first = doc.text.index("本体背面")
    second = doc.text.index("初期化すると")
    assert opening_section(doc, first) == "困ったときは › 初期化の方法"
    assert opening_section(doc, second) is None
    candidates = [("router.md", second), ("router.md", doc.text.index("電子レンジ")), ("router.md", first)]
    assert section_named("ルーターを初期化するには？", candidates, {"router.md": doc}) == 2
    assert section_named("初期化するとパスワードはどうなる？", candidates, {"router.md": doc}) is None


HELP = """# メモリ ヘルプ

## バックアップ

メモは毎日午前3時にバックアップされます。

## よくある質問

### 解約するとメモはどうなりますか？

プロプランを解約すると無料プランに戻ります。メモは削除されません。

### オフラインでも使えますか？

はい。次に接続したときに同期されます。
"""


def test_an_faq_entry_is_a_section_headed_by_a_question_and_its_reply_follows_the_heading():
    doc = parse(HELP, "help.md")
    second = doc.text.index("メモは削除")
    entry = faq_entry(doc, second)
    assert entry is not None and entry.question == "解約するとメモはどうなりますか？"
    assert doc.text[entry.reply:].startswith("プロプランを解約すると")
    assert reply_start(doc, second) == entry.reply
    assert faq_entry(doc, doc.text.index("メモは毎日")) is None  # 「バックアップ」 asks nothing


def test_questions_share_words_beyond_the_title():
    shared = shared_words("解約したらメモは消える？", "解約するとメモはどうなりますか？", "メモリ ヘルプ")
    assert shared == {"解約", "メモ"}
    assert shared_words("このコーヒーメーカーの保証について教えて", "保温中のコーヒーはどのくらいおいしく飲めますか？",
                        "コーヒーメーカー 取扱説明書") == frozenset()


@pytest.mark.parametrize(("heading", "replies"), [
    ("本体をリセットしたい", True), ("電源が入らない", True), ("初期化の方法", True), ("停電したときは？", True),
    ("バックアップ", False), ("生涯の始まり", False),
])
def test_a_heading_that_asks_or_sets_a_task_is_replied_to_from_its_first_words(heading, replies):
    doc = parse(f"# 手引き\n\n## {heading}\n\n最初の文です。次の文です。\n", "a.md")
    second = doc.text.index("次の文")
    assert (reply_start(doc, second) == doc.text.index("最初の文")) is replies


@pytest.mark.parametrize(("question", "path", "within"), [
    ("朝市って毎日やってるの？", "主な見どころ › 汐見朝市", True),  # 汐見 is the guide's title's
    ("モデルコースだと、最初はどこで何をするの？", "半日モデルコース", True),
    ("東京から電車で行くには？", "アクセス", False),
    ("料金はいくら？", "料金・お支払いについて", False),  # 支払い is not asked about
    ("汐見はどこ？", "汐見について", False),  # nothing beyond the title
])
def test_a_question_names_the_section_it_asks_within(question, path, within):
    assert asks_within(question, path, "港町・汐見 半日さんぽガイド") is within


RULES = parse("# 旅費規程\n\n## 第2章 国内出張\n\n### 第5条（出張の定義）\n\n出張とは、片道50km以上の移動をいう。\n\n"
              "### 第6条（日当）\n\n日当は2,000円とする。\n\n## 附則\n\nこの規程は2024年4月1日から施行する。\n",
              "rules.md")


@pytest.mark.parametrize(("sentence", "unit", "heading"), [
    ("日当は2,000円", "章", "第2章 国内出張"), ("日当は2,000円", "条", "第6条（日当）"),
    ("片道50km", "", "第5条（出張の定義）"),  # any heading: the nearest
    ("この規程は", "条", "附則"), ("この規程は", "章", "附則"),  # no article nor chapter: the heading there is
])
def test_the_heading_asked_for_is_the_chapter_or_the_article_over_the_sentence(sentence, unit, heading):
    start = heading_over(RULES, RULES.text.index(sentence), unit)
    assert RULES.text[start:].startswith(heading)


def test_no_heading_is_over_the_text_before_the_first_one():
    doc = parse("前書きの文です。\n\n## 本文\n\n本文の文です。\n", "notes.md")
    assert heading_over(doc, 0, "章") is None

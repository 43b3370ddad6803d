"""`Document`: where an offset is (section, page), and pages surviving a save and load of the index."""

from __future__ import annotations

import pytest

from qa.documents import Document, Section, announced_items, announces_list, asks_back, item_marker


def test_section_and_page_at_an_offset():
    doc = Document("d.pdf", "一頁目の本文。二頁目の本文。", "題", [Section(7, "第2章")], pages=[0, 7])
    assert doc.section_at(3) == "" and doc.section_at(7) == "第2章"
    assert doc.page_at(0) == 1 and doc.page_at(6) == 1 and doc.page_at(7) == 2 and doc.page_at(99) == 2


def test_documents_without_pages_have_no_page():
    assert Document("a.txt", "本文。", "題").page_at(0) is None


def test_the_first_line_is_a_heading_unless_it_reads_as_a_sentence():
    # Readers put the title on the first line; a note or a page may open with its first sentence
    # instead, and that sentence must stay quotable.
    assert Document("a.md", "表題\n\n本文。\n節\n本文。", "表題", [Section(7, "節")]).heading_starts == {0, 7}
    assert Document("b.html", "\n赤血球\n\n本文。", "赤血球 - からだの百科").heading_starts == {1}
    assert Document("faq.txt", "なぜ必要か？\n理由です。", "なぜ必要か？").heading_starts == {0}
    assert Document("memo.txt", "会議は本社で開く。\n議事録は翌日。", "memo.txt").heading_starts == set()
    assert Document("said.txt", "「はい」と答えた。」", "said.txt").heading_starts == set()
    assert Document("en.txt", "Meetings are held on Tuesdays.\n", "en.txt").heading_starts == set()


def test_a_subtitle_in_wave_dashes_is_a_heading_line_and_no_sentence_of_the_text():
    text = "医療費助成のご案内\n〜 お子さまの医療費を市が助成します 〜\n2026年7月1日発行\n受付は10時〜17時です。\n"
    doc = Document("leaflet.pdf", text, "医療費助成のご案内")
    assert doc.heading_starts == {0, text.index("〜 お子さま")}  # 「10時〜17時」 inside a line is no subtitle
    body = "夏まつりのお知らせ\n\n今年も開きます。\n\n～参加費無料・申込不要～\n"  # in the body, it says something
    assert Document("natsu.md", body, "夏まつりのお知らせ").heading_starts == {0}
    spaced = "医療費助成のご案内\n\n〜 市が助成します 〜\n\n本文です。"  # a blank line between
    assert Document("l.pdf", spaced, "医療費助成のご案内").heading_starts == {0, spaced.index("〜")}


@pytest.mark.parametrize(("sentence", "announces"), [
    ("電池は、次の手順で交換します。", True), ("入居当日は、次の順番で手続きをしてください。", True),
    ("以下の点にご注意ください。", True), ("持ち物は下記のとおり:", True), ("次に掲げる書類を出すこと。", True),
    ("See the following steps.", True), ("次の品川駅で降ります。", False), ("電池は手順どおりに交換します。", False),
])
def test_a_sentence_announces_the_list_below_it(sentence, announces):
    assert announces_list(sentence) is announces


def test_the_items_announced_are_the_list_lines_below_across_one_blank_line_as_many_as_fit():
    text = "次の手順で交換します。\n\n1. ふたを開ける\n2. 電池を入れる\n\n交換後は動作を確かめます。"
    line_end = text.index("\n")
    assert text[:announced_items(text, 0, line_end)].endswith("2. 電池を入れる")
    assert announced_items(text, 0, line_end, across_blank=False) == line_end  # the blank line ends it
    assert text[:announced_items(text, 0, line_end, limit=25)].endswith("1. ふたを開ける")  # the room left
    assert announced_items(text, 0, line_end, kind=1) == line_end  # the next sibling, not a sub-item


def test_a_japanese_bullet_opens_an_item_without_a_space_after_it():
    text = ("当日は、次のものを持ってきてください。\n  ・印鑑（シャチハタ不可）\n  ・給与振込先の口座がわかるもの\n\n"
            "2. 社内システム")
    assert item_marker("  ・印鑑（シャチハタ不可）") == item_marker("- 印鑑") is not None
    assert text[:announced_items(text, 0, text.index("\n"))].endswith("口座がわかるもの")
    assert item_marker("-1℃まで冷えます") is None and item_marker("・・・返事はできなかった。") is None


def test_a_first_line_that_is_the_title_is_one_however_it_ends():
    assert Document("y.html", "Yahoo!\n\n本文。", "Yahoo!").title_start == 0
    assert Document("s.md", "はじめよう！\n本文。", "はじめよう！ - 入門").heading_starts == {0}
    assert Document("memo.txt", "\n会議は本社で開く。", "memo.txt").title_start is None
    assert Document("blank.txt", "  \n", "blank.txt").heading_starts == set()


def test_a_document_s_names_are_its_title_the_front_matter_and_the_name_it_declares():
    front = "就業規則（抜粋）\n株式会社みなと精機\n制定　2015年4月1日\nこの冊子は条文の抜粋です。\n"
    rules = Document("r.docx", front + "第1条（目的）\n会社の規則である。\n名称：みなと精機本社\n", "就業規則（抜粋）",
                     [Section(len(front), "第1条（目的）")])
    assert rules.names.split("\n") == ["就業規則（抜粋）", "みなと精機本社", "株式会社みなと精機", "制定　2015年4月1日"]
    # A table's column named 名称 declares nothing; an FAQ's question line is text, not front matter.
    rows = "施設一覧\n名称 | 所在地 | 電話\n中央図書館 | 本町1-1 | 000-1\n"
    assert Document("t.md", rows, "施設一覧", metadata={"tables": [(5, len(rows))]}).names == "施設一覧"
    faq = Document("f.md", "よくある質問\nQ. 送料はいくらですか？\nA. 500円です。\n", "f.md")
    assert faq.names == "f.md\nよくある質問"
    # A paragraph whose first line breaks early (after 「、」 or a bracket) has no front matter: it is text.
    wiki = Document("p.txt", "地表付近において、質量が m の物体が\nある。その位置エネルギーは", "位置エネルギー")
    assert wiki.names == "位置エネルギー"
    assert Document("m.txt", "会議は本社で開く。\n株式会社A\n", "m.txt").names == "m.txt"  # below the first sentence


@pytest.mark.parametrize(("sentence", "asks"), [
    ("替え芯はどこで買えますか？", True),
    ("電子書籍リーダーとしても使えるのか気になります。", True),  # a blog asking its reader's question
    ("替え芯はどこで買えますか。", True),
    ("なぜ必要なのでしょうか。」", True),
    # Without a question word a sentence ending in か。 suggests, asserts or asks a favour.
    ("週末は温泉に行ってみてはいかがでしょうか。", False),
    ("渋滞の原因は信号ではないでしょうか。", False),
    ("お問い合わせいただけますか。", False),
    # An indefinite is no question word: 何卒, 誰でも, いつも, どうぞ.
    ("何卒ご了承いただけますでしょうか。", False),
    ("誰でも参加できるのではないでしょうか。", False),
    ("いつも利用できますか。", False),
    ("どなたが来ますか。", True),
    ("彼が来るかどうかはわかりません。", False),
    ("雨が降ります。", False),
])
def test_a_sentence_asks_with_a_question_mark_or_in_words(sentence, asks):
    assert asks_back(sentence, sentence) is asks

"""HTML: the main content of tests/data/page.html, without navigation, footer, script or style."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.readers import load_file
from qa.readers.html import parse

HTML = Path(__file__).resolve().parent / "data" / "page.html"


def test_main_content_only_entities_decoded_pre_kept_tables_as_rows():
    doc = load_file(HTML)
    assert doc.text == (
        "防災の手引き & 備え\n\n地震に備えて、水と食料を三日分用意しましょう。<重要>です。\n\n"
        "持ち出し袋\n\n- 懐中電灯\n- 携帯ラジオ\n\n"
        'curl -s http://example.com/ | grep "避難"\n\n'
        "品目 | 量\n水 | 一人一日3リットル\n\n"
        "連絡先\n\n家族の集合場所を決めておきます。\n電話がつながらないこともあります。")
    assert doc.title == "防災の手引き & 備え"
    assert [s.name for s in doc.sections] == ["持ち出し袋", "持ち出し袋 › 連絡先"]
    start, end = doc.metadata["code"][0]
    assert doc.text[start:end] == 'curl -s http://example.com/ | grep "避難"'
    assert [doc.text[s:doc.text.index("\n", s)] for s in doc.tables.headers] == ["品目 | 量"]


def test_list_items_open_with_their_marker_as_markdown_writes_them():
    doc = parse("<main><p>次のものを片付けてください。</p><ul><li>靴下</li><li>・充電ケーブル</li></ul>"
                '<ol start="3"><li><p>押します。</p><p>待ちます。</p></li><li>離します。<ul><li>子</li></ul></li></ol>'
                "</main>", "a.html")
    # A bullet typed in the item gives way to the list's marker; a numbered list counts from its start;
    # an item's second paragraph and a nested list stay lines of the list.
    assert doc.text == ("次のものを片付けてください。\n\n- 靴下\n- 充電ケーブル\n\n"
                        "3. 押します。\n待ちます。\n4. 離します。\n- 子")
    numbered = parse("<main><ol><li>（1）申込書</li><li>（2）写真</li></ol></main>", "b.html")
    assert numbered.text == "（1）申込書\n（2）写真"
    legend = parse("<main><ul><li>●は満席です</li><li>◆：定休日</li></ul></main>", "c.html")
    assert legend.text == "- ●は満席です\n- ◆：定休日"  # a symbol the item speaks of is no bullet


def test_a_table_whose_first_row_holds_data_has_no_header_row():
    doc = parse("<main><table><tr><td>水</td><td>3リットル</td></tr><tr><td>米</td><td>2合</td></tr></table></main>",
                "a.html")
    assert doc.text == "水 | 3リットル\n米 | 2合" and doc.tables.headers == frozenset()


def test_a_page_without_title_or_main_takes_its_first_heading():
    doc = parse("<body><nav>メニュー</nav><h1>お知らせ</h1><p>休館日は月曜です。</p><footer>©</footer></body>",
                "a.html")
    assert doc.title == "お知らせ" and doc.text == "お知らせ\n\n休館日は月曜です。" and doc.sections == []


def test_a_breadcrumb_and_share_buttons_inside_the_article_are_not_its_text():
    doc = parse('<main><div class="breadcrumb"><a href="/">ホーム</a> &gt; 地域</div><article><h1>バス実証運行</h1>'
                "<p>市は実証運行を始める。</p><div class=\"share\">この記事をシェア：<a>X</a> <a>LINE</a></div>"
                '<p class="shared-note">運賃は無料。</p></article></main>', "a.html")
    assert doc.text == "バス実証運行\n\n市は実証運行を始める。\n\n運賃は無料。"


@pytest.mark.parametrize("page", [
    '<html class="share-enabled"><body><main><p>本文です。</p></main></body></html>',
    '<body class="page has-share-buttons"><main class="l-main social-links-on"><p>本文です。</p></main></body>',
    '<main><section class="social-security"><p>本文です。</p></section><div class="market-share"></div></main>',
])
def test_a_page_whose_containers_carry_share_in_their_class_keeps_its_text(page):
    assert parse(page, "a.html").text == "本文です。"


def test_declared_legacy_charset_is_honoured(tmp_path):
    path = tmp_path / "sjis.html"
    path.write_bytes('<html><head><meta charset="Shift_JIS"><title>題</title></head><body><p>本文です。</p>'
                     "</body></html>".encode("shift_jis"))
    doc = load_file(path)
    assert doc.text == "本文です。" and doc.encoding == "shift_jis"


def test_a_definition_list_of_short_terms_reads_as_labelled_lines():
    page = """<html><head><title>館内</title></head><body><main><h1>館内</h1><p>ご案内です。</p>
    <dl><dt>泉質</dt><dd>塩化物泉</dd>
    <dt>駐車場</dt><dd>普通車120台（無料）</dd><dd>大型バス5台</dd>
    <div><dt>Wi-Fi</dt><dd>free</dd></div>
    <dt>営業時間：</dt><dd>平日 9:00〜17:00<br>土日 10:00〜16:00</dd>
    <dt>お風呂をゆっくり楽しむために、ぜひ知っておいていただきたいこと</dt><dd>長湯は控えましょう。</dd>
    <dt>売店</dt><dd><p>野菜を販売。</p><p>入浴剤も。</p></dd></dl>
    <ul><li>客室<dl><dt>定員</dt><dd>2名</dd></dl></li><li>食事</li></ul></main></body></html>"""
    assert parse(page, "spa.html").text == (
        "館内\n\nご案内です。\n\n泉質：塩化物泉\n駐車場：普通車120台（無料）\n駐車場：大型バス5台\nWi-Fi: free\n"
        # a label's own colon is not doubled; a line break in a value stays one
        "営業時間：平日 9:00〜17:00\n土日 10:00〜16:00\n"
        # a term too long to be a label, and one whose value is paragraphs, are lines of their own
        "お風呂をゆっくり楽しむために、ぜひ知っておいていただきたいこと\n長湯は控えましょう。\n"
        "売店\n野菜を販売。\n入浴剤も。\n\n"
        "- 客室\n定員：2名\n- 食事")  # inside a list item, the item and its list go on
    # A list mostly of FAQ questions stays blocks, its one short term too; a term without a value stands alone.
    faq = """<html><head><title>Q</title></head><body><main><h1>Q</h1><dl><dt>Q. 予約は必要ですか？</dt>
    <dd>A. 不要です。</dd><dt>Q. 駐車場は？</dt><dd>A. あります。</dd><dt>その他</dt><dd>お気軽に。</dd></dl>
    <dl><dt>駐車場</dt><dd> </dd><dt>泉質</dt><dd>塩化物泉</dd></dl></main></body></html>"""
    assert parse(faq, "faq.html").text == ("Q\n\nQ. 予約は必要ですか？\n\nA. 不要です。\n\nQ. 駐車場は？\n\n"
                                          "A. あります。\n\nその他\n\nお気軽に。\n\n駐車場\n泉質：塩化物泉")


def test_an_faq_question_in_summary_or_dt_is_a_section_over_its_reply():
    page = """<html><head><title>FAQ</title></head><body><main><h1>よくある質問</h1><h2>料金</h2>
    <details><summary>Q. 料金はいくらですか？</summary><p>1回165円です。</p></details>
    <details><summary>詳しい説明を表示</summary><p>畳まれた説明です。</p></details>
    <details><summary>アプリとつながらない</summary><p>2.4GHz帯に接続してください。</p></details>
    <dl><dt>支払い方法は？</dt><dd>クレジットカードが使えます。</dd><dt>用語</dt><dd>説明。</dd></dl>
    </main></body></html>"""
    doc = parse(page, "faq.html")
    assert [s.name for s in doc.sections] == ["よくある質問", "よくある質問 › 料金",
                                             "よくある質問 › 料金 › Q. 料金はいくらですか？",
                                             "よくある質問 › 料金 › アプリとつながらない",
                                             "よくある質問 › 料金 › 支払い方法は？"]
    assert doc.section_at(doc.text.index("1回165円")).endswith("Q. 料金はいくらですか？")
    assert doc.section_at(doc.text.index("クレジット")).endswith("支払い方法は？")
    assert "詳しい説明を表示" in doc.text  # a summary that is only the control stays text
    assert doc.section_at(doc.text.index("2.4GHz")).endswith("アプリとつながらない")  # one naming a subject heads

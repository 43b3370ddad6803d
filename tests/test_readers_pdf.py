"""PDF: the reportlab fixture (tests/data/make_fixtures.py) read back as clean text with its pages."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from qa.readers import load_file
from qa.readers.base import normalize_lookalikes
from qa.readers.pdf import Line, Page, fallback_title, layout

PDF = Path(__file__).resolve().parent / "data" / "sample.pdf"
ROOT = Path(__file__).resolve().parent.parent
HIMEJI = ROOT / "eval" / "real-docs" / "himeji.pdf"
EXPECTED = (
    "第1章\u3000読み取りの方針\n\n"
    "この文書は、PDFから本文を正しく読み取れるかを確かめるための見本です。行の途中で折り返された文は、"
    "空白を入れずに一つの文に戻さなければなりません。\n\n"
    "The reader must also rejoin English sentences that were hyphenated at the end of a line, "
    "and keep a space between other words that a line break separated.\n\n"
    "第2章\u3000ページをまたぐ文\n\n"
    "ページの終わりで切れた文も、次のページの最初の行と一つにつながり、引用するときにはその文が始まったページが示されます。\n\n"
    "見出しとページ番号と柱は本文に入りません。"
)


def test_text_is_joined_across_lines_and_pages_without_headers_footers_or_page_numbers():
    doc = load_file(PDF)
    assert doc.text == EXPECTED
    assert doc.title == "読み取り試験の見本"  # from the PDF's metadata
    assert doc.encoding == "pdf"


def test_headings_are_sections_and_every_offset_knows_its_page():
    doc = load_file(PDF)
    assert [(doc.text[s.start:s.start + 5], s.name) for s in doc.sections] == [
        ("第1章\u3000読", "第1章\u3000読み取りの方針"), ("第2章\u3000ペ", "第2章\u3000ページをまたぐ文")]
    assert doc.pages == [0, doc.text.index("するときには")]
    assert doc.page_at(doc.text.index("引用")) == 1
    assert doc.page_at(doc.text.index("するときには")) == 2
    assert doc.page_at(len(doc.text) - 1) == 2


def test_lookalike_code_points_become_ordinary_characters():
    # Kangxi radicals and compatibility ideographs, as some PDF fonts map 日, 本 and 神.
    assert normalize_lookalikes("\u2f47\u2f4a\ufa19\ufb01le") == "日木神file"


def test_without_a_title_in_its_metadata_a_pdf_is_titled_by_its_first_line_unless_it_is_a_sentence():
    lines = [Line("社内規程集", 72, 700, 300, 711, 11), Line("本文。", 72, 600, 300, 611, 11)]
    titled = layout([Page(600, 800, lines)])
    note = layout([Page(600, 800, [Line("会議は本社で開く。", 72, 700, 300, 711, 11)])])
    assert fallback_title(titled) == "社内規程集" and fallback_title(note) == ""


def test_a_page_number_alone_on_a_one_page_document_is_dropped():
    page = Page(600, 800, [Line("本文の一行目です。", 72, 700, 300, 711, 11), Line("3", 300, 30, 306, 41, 11)])
    assert layout([page]).text == "本文の一行目です。"


def test_wrapped_lines_join_by_their_pitch_even_when_their_boxes_have_no_height():
    # CID fonts without glyph metrics: PDFium gives every character a box of no height.
    lines = [Line("姫路城は、兵庫県姫路市にある", 30, 335.5, 260, 335.5, 10),
             Line("日本の城である。別名を白鷺", 30, 319.5, 260, 319.5, 10),
             Line("城という。", 30, 303.5, 90, 303.5, 10)]
    assert layout([Page(300, 420, lines)]).text == "姫路城は、兵庫県姫路市にある日本の城である。別名を白鷺城という。"
    lines[2] = Line("城という。", 30, 279.5, 90, 279.5, 10)  # after a blank line: another paragraph
    assert layout([Page(300, 420, lines)]).text.endswith("別名を白鷺\n\n城という。")


def test_a_typeset_pdf_keeps_its_sentences_whole():
    text = load_file(HIMEJI).text
    assert "別名を白鷺城(はくろじょう・しらさぎじょう。詳細は名称の由来と別名を参照)という。" in text
    assert "姫路城は播磨国飾磨郡のち飾東郡姫路、現在の姫路市街の北側にある" in text


def test_a_table_set_without_rules_is_read_as_rows_of_cells(tmp_path):
    # Columns as wide as a page's tables usually are; cells packed closer than 3 font sizes stay text.
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    body = getSampleStyleSheet()["BodyText"].clone("ja", fontName="HeiseiMin-W3")
    rows = [["品目", "手数料（1点あたり）"], ["布団・毛布", "200円"], ["食器棚・本棚", "1,000円"]]
    path = tmp_path / "fees.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, title="手数料").build([
        Paragraph("主な品目の手数料は次のとおりです。", body),
        Table(rows, colWidths=[200, 200], style=[("FONT", (0, 0), (-1, -1), "HeiseiMin-W3")]),
        Paragraph("表にない品目はお問い合わせください。", body)])
    doc = load_file(path)
    table = "品目 | 手数料（1点あたり）\n布団・毛布 | 200円\n食器棚・本棚 | 1,000円"
    assert table in doc.text, doc.text  # the cells were glued: 「布団・毛布200円」
    start = doc.text.index(table)
    assert doc.tables.holds(start) and doc.tables.holds(start + len(table) - 1)
    assert not doc.tables.holds(doc.text.index("表にない"))


KETTLE_ROWS = [["症状", "考えられる原因", "対処のしかた"],
               ["スイッチを押してもランプがつかない", "電源プラグが抜けている", "プラグを根元まで差し込む"],
               ["スイッチを押してもすぐに切れる", "空だき防止装置が働いた直後である", "本体が冷えるまで10分ほど待つ"],
               ["沸騰してもスイッチが切れない", "ふたがきちんと閉まっていない", "「カチッ」と音がするまで閉める"],
               ["お湯がプラスチックくさい", "使い始めで部品のにおいが残っている", "水を沸かして捨てるのを3回くり返す"]]


def kettle_pdf(path: Path, padding: int | None = None, caption: str = "") -> Path:
    """A troubleshooting table whose cells wrap, as a manual sets it (reportlab, CJK wrapping)."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    body = ParagraphStyle("body", fontName="HeiseiMin-W3", fontSize=9.5, leading=14, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName="HeiseiMin-W3", fontSize=8.5, leading=11, wordWrap="CJK")
    centred = ParagraphStyle("caption", parent=cell, alignment=TA_CENTER)
    style = [] if padding is None else [("TOPPADDING", (0, 0), (-1, -1), padding),
                                        ("BOTTOMPADDING", (0, 0), (-1, -1), padding)]
    SimpleDocTemplate(str(path), pagesize=A4, title="電気ケトル").build([
        Paragraph("修理を依頼される前に、次の表で症状と対処のしかたを確かめてください。", body),
        Table([[Paragraph(text, cell) for text in row] for row in KETTLE_ROWS], colWidths=[147, 148, 165],
              style=style),
        *([Paragraph(caption, centred)] if caption else []),
        Paragraph("表にない症状のときは、お客様相談室にご相談ください。", body)])
    return path


def test_a_table_whose_cells_wrap_is_read_as_whole_rows(tmp_path):
    # PDFium gives a wrapped first cell's two lines before the row's other cells, runs a cell filled to
    # its edge into the next with no gap, and leaves a cell's last word alone under it.
    doc = load_file(kettle_pdf(tmp_path / "kettle.pdf"))
    table = "\n".join(" | ".join(row) for row in KETTLE_ROWS)
    assert table in doc.text, doc.text
    start = doc.text.index(table)
    assert doc.tables.holds(start) and doc.tables.holds(start + len(table) - 1)
    assert "表にない症状のときは、お客様相談室にご相談ください。" in doc.text


def test_a_caption_under_a_wrapped_table_stays_its_own_line(tmp_path):
    doc = load_file(kettle_pdf(tmp_path / "kettle.pdf", caption="表1　故障かなと思ったら"))
    assert "\n".join(" | ".join(row) for row in KETTLE_ROWS) in doc.text, doc.text
    assert "表1 故障かなと思ったら" in doc.text and not doc.tables.holds(doc.text.index("表1")), doc.text


def test_rows_set_with_no_padding_are_never_run_together(tmp_path):
    # Rows then lie as close as a cell's own lines: the table is left as PDFium gave it, not merged.
    doc = load_file(kettle_pdf(tmp_path / "kettle.pdf", padding=0))
    for first, second in zip(KETTLE_ROWS, KETTLE_ROWS[1:], strict=False):
        assert first[0] + second[0] not in doc.text.replace(" | ", "").replace("\n", ""), doc.text


def test_a_single_line_with_a_wide_gap_is_text_not_a_table():
    line = Line("報告書 | 2025年4月1日", 72, 700, 500, 711, 11, ("報告書", "2025年4月1日"))
    out = layout([Page(600, 800, [line])])
    assert out.text == "報告書 2025年4月1日" and out.tables == []


def test_a_body_set_in_two_columns_joins_the_left_columns_wrapped_lines():
    # A paper: the left column's lines end at its inner edge (about 280 of a 595-point page), far short
    # of the right margin the right column's lines reach; each was read as a paragraph of its own.
    left = [Line(f"左の段の{i}行目は文の途中で折り返され", 51, 700 - 15 * i, 280 - i % 3, 709 - 15 * i, 9.5)
            for i in range(9)] + [Line("て終わる。", 51, 565, 120, 574, 9.5)]
    right = [Line(f"右の段の{i}行目も文の途中で折り返され", 308, 700 - 15 * i, 542 - i % 3, 709 - 15 * i, 9.5)
             for i in range(9)] + [Line("て終わる。", 308, 565, 360, 574, 9.5)]
    text = layout([Page(595, 842, left + right)]).text
    assert text.split("\n\n") == ["".join(line.text for line in left), "".join(line.text for line in right)]


def test_in_a_single_column_a_short_line_still_ends_its_paragraph():
    lines = [Line("一行目は右の余白まで届いて次の行へ", 72, 700, 520, 711, 11),
             Line("続く。", 72, 684, 110, 695, 11),
             Line("次の段落は新しい行から始まり右の余白まで届いて", 72, 668, 521, 679, 11),
             Line("終わる。", 72, 652, 120, 663, 11)]
    assert layout([Page(595, 842, lines)]).text == ("一行目は右の余白まで届いて次の行へ続く。\n\n"
                                                    "次の段落は新しい行から始まり右の余白まで届いて終わる。")


def test_an_aligned_block_on_a_one_column_page_is_no_column():
    # Nine lines ending in one place short of the margin, and nothing set to the right of them.
    block = [Line(f"項目{i}　内容はここまで", 72, 700 - 16 * i, 300, 711 - 16 * i, 11) for i in range(9)]
    wrapped = "本文は右の余白まで届いて次の行へ続き、ここで終わらずに折り返され"
    prose = [Line(wrapped, 72, 540 - 16 * i, 523, 551 - 16 * i, 11) for i in range(3)]
    prose.append(Line("て終わる。", 72, 492, 130, 503, 11))
    text = layout([Page(595, 842, block + prose)]).text
    assert text.split("\n\n")[:9] == [line.text for line in block]


def test_a_line_in_a_heavier_font_at_the_body_size_is_a_heading_and_larger_body_font_lines_are_not():
    mincho, gothic = ("HeiseiMin-W3", 345), ("HeiseiKakuGo-W5", 570)
    lines = [Line("論文の題目", 95, 760, 499, 775, 15, (), *gothic),
             Line("山科 透 三好 彩花", 211, 722, 385, 733, 11, (), *mincho),  # the authors: larger, body font
             Line("1. はじめに", 51, 690, 105, 700, 9.5, (), *gothic),
             Line("本文は明朝体で組まれ、見出しはゴシック体で組まれる。", 51, 670, 540, 679, 9.5, (), *mincho),
             Line("2. 手法", 51, 640, 90, 650, 9.5, (), *gothic),
             Line("手法の説明が続く。", 51, 620, 200, 629, 9.5, (), *mincho)]
    out = layout([Page(595, 842, lines)], title="論文の題目")
    assert [s.name for s in out.sections] == ["1. はじめに", "2. 手法"]
    # Bold over a Gothic body, the weights not told apart (400 both), is heavier too.
    gothic = [replace(line, font="YuGothic-Bold" if line.font.startswith("HeiseiKakuGo") else "YuGothic-Regular",
                      weight=400) for line in lines]
    assert [s.name for s in layout([Page(595, 842, gothic)], title="論文の題目").sections] == ["1. はじめに", "2. 手法"]


def test_a_paper_in_two_columns_reads_as_whole_sentences_under_its_numbered_headings():
    doc = load_file(ROOT / "eval" / "blind-5" / "research-paper.pdf")
    assert "電池は、1回の交換で約5か月動作した。" in doc.text
    assert doc.section_at(doc.text.index("電池は、1回")) == "3. 手法 › 3.1 センサの構成"

"""Word: the python-docx fixture (tests/data/make_fixtures.py): heading styles, lists and a table."""

from __future__ import annotations

from pathlib import Path

from qa.readers import load_file

DOCX = Path(__file__).resolve().parent / "data" / "sample.docx"


def test_paragraphs_lists_and_tables_in_document_order():
    doc = load_file(DOCX)
    assert doc.text == (
        "社内手続きの手引き\n\nこの手引きは、出張と経費精算の手続きをまとめたものです。\n\n"
        "出張の申請\n\n出張の五日前までに、上長の承認を得てください。\n\n"
        "1. 行き先と日程を書く\n2. 見積もりを添える\n3. 上長に送る\n\n"
        "宿泊費の上限\n\n地域 | 上限\n東京 | 一泊1万2千円\nその他 | 一泊9千円\n\n"
        "経費精算\n\n領収書は帰着後一週間以内に提出します。\n\n- 交通費\n- 宿泊費")


def test_heading_styles_are_sections_and_the_title_is_not_one():
    doc = load_file(DOCX)
    assert doc.title == "社内手続きの手引き"
    assert [s.name for s in doc.sections] == ["出張の申請", "出張の申請 › 宿泊費の上限", "経費精算"]
    assert doc.tables.headers == frozenset()  # a first row Word is not told to repeat names nothing
    assert doc.section_at(doc.text.index("東京")) == "出張の申請 › 宿泊費の上限"
    assert doc.pages == [] and doc.page_at(10) is None


def test_a_first_row_repeated_on_every_page_is_the_tables_header(tmp_path):
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [["プラン", "料金", "容量"], ["個人", "月額500円", "100GB"],
                                      ["チーム", "月額900円", "1TB"]], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # "Repeat as header row"
    document.save(tmp_path / "plans.docx")
    doc = load_file(tmp_path / "plans.docx")
    assert doc.text == "プラン | 料金 | 容量\n個人 | 月額500円 | 100GB\nチーム | 月額900円 | 1TB"
    assert doc.tables.headers == frozenset({0})


def test_a_first_row_alone_in_bold_is_the_tables_header_but_an_all_bold_table_has_none(tmp_path):
    import docx

    def table_doc(rows: list[list[str]], bold_rows: set[int]) -> Path:
        document = docx.Document()
        table = document.add_table(rows=len(rows), cols=2)
        for i, (row, cells) in enumerate(zip(table.rows, rows, strict=True)):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.paragraphs[0].add_run(text).bold = i in bold_rows
        path = tmp_path / f"t{len(bold_rows)}.docx"
        document.save(path)
        return path

    rows = [["期間", "場所"], ["4月1日", "本社"], ["4月2日", "倉庫"]]
    assert load_file(table_doc(rows, {0})).tables.headers == frozenset({0})
    assert load_file(table_doc(rows, {0, 1, 2})).tables.headers == frozenset()
    assert load_file(table_doc(rows, set())).tables.headers == frozenset()


def test_a_short_line_set_in_bold_is_a_heading_under_the_heading_before_it(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("就業規則", 0)
    document.add_heading("第1章　総則", 1)
    document.add_paragraph().add_run("第1条（目的）").bold = True
    document.add_paragraph("この規則は、従業員の労働条件を定める。")
    document.add_paragraph().add_run("太字の文も、句点で終わる文なら見出しではない。").bold = True
    mixed = document.add_paragraph()
    mixed.add_run("一部だけ").bold = True
    mixed.add_run("太字の行")
    document.save(tmp_path / "rules.docx")
    doc = load_file(tmp_path / "rules.docx")
    assert [s.name for s in doc.sections] == ["第1章　総則", "第1章　総則 › 第1条（目的）"]
    assert doc.section_at(doc.text.index("この規則")) == "第1章　総則 › 第1条（目的）"


def test_clauses_and_items_typed_with_their_markers_are_lines_of_one_block(tmp_path):
    import docx

    document = docx.Document()
    for text in ["第12条（副業）", "（1）副業は届け出る。", "（2）次のいずれかに該当する場合、禁止できる。",
                 "ア　労務提供上の支障がある場合", "イ　企業秘密が漏洩する場合", "アメリカ支社も同じ扱いとする。"]:
        document.add_paragraph(text)
    document.save(tmp_path / "rules.docx")
    assert load_file(tmp_path / "rules.docx").text == (
        "第12条（副業）\n\n（1）副業は届け出る。\n（2）次のいずれかに該当する場合、禁止できる。\n"
        "ア　労務提供上の支障がある場合\nイ　企業秘密が漏洩する場合\n\nアメリカ支社も同じ扱いとする。")

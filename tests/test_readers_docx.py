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
    assert doc.tables.headers == frozenset()  # Word does not say which row names the columns
    assert doc.section_at(doc.text.index("東京")) == "出張の申請 › 宿泊費の上限"
    assert doc.pages == [] and doc.page_at(10) is None

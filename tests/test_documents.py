"""`Document`: where an offset is (section, page), and pages surviving a save and load of the index."""

from __future__ import annotations

from qa.documents import Document, Section


def test_section_and_page_at_an_offset():
    doc = Document("d.pdf", "一頁目の本文。二頁目の本文。", "題", [Section(7, "第2章")], pages=[0, 7])
    assert doc.section_at(3) == "" and doc.section_at(7) == "第2章"
    assert doc.page_at(0) == 1 and doc.page_at(6) == 1 and doc.page_at(7) == 2 and doc.page_at(99) == 2


def test_documents_without_pages_have_no_page():
    assert Document("a.txt", "本文。", "題").page_at(0) is None

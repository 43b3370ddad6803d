"""Rebuild the generated fixtures in this folder: sample.pdf (reportlab, built-in Japanese CID
fonts, no font file needed) and sample.docx (python-docx).

    python tests/data/make_fixtures.py

The PDF is drawn line by line so the test knows exactly where lines and pages break: a Japanese
sentence wraps across lines and across the page break, an English sentence wraps at a hyphen, and
every page has a running header, a footer and a page number. Lines are justified to the column
(as a word processor sets them) except the last line of a paragraph.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

PDF_PAGES = [
    [("heading", "第1章　読み取りの方針"),
     ("body", "この文書は、PDFから本文を正しく読み取れるかを確かめるための見本で"),
     ("body", "す。行の途中で折り返された文は、空白を入れずに一つの文に戻さなければ"),
     ("last", "なりません。"),
     ("gap", ""),
     ("body", "The reader must also rejoin English sentences that were hyphen-"),
     ("body", "ated at the end of a line, and keep a space between other words"),
     ("last", "that a line break separated."),
     ("gap", ""),
     ("heading", "第2章　ページをまたぐ文"),
     ("body", "ページの終わりで切れた文も、次のページの最初の行と一つにつながり、引用"),
     ],
    [("last", "するときにはその文が始まったページが示されます。"),
     ("gap", ""),
     ("last", "見出しとページ番号と柱は本文に入りません。"),
     ],
]
PDF_HEADER = "kotae 読み取り試験"
PDF_FOOTER = "社外秘"
COLUMN = 400  # points


def make_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    for font in ("HeiseiMin-W3", "HeiseiKakuGo-W5"):
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("読み取り試験の見本")
    width, height = A4
    for number, lines in enumerate(PDF_PAGES, start=1):
        c.setFont("HeiseiKakuGo-W5", 9)
        c.drawString(72, height - 40, PDF_HEADER)
        c.drawCentredString(width / 2, 30, f"- {number} -")
        c.drawRightString(width - 72, 30, PDF_FOOTER)
        y = height - 90
        for kind, text in lines:
            if kind == "heading":
                c.setFont("HeiseiKakuGo-W5", 16)
                c.drawString(72, y, text)
                y -= 30
            elif kind == "gap":
                y -= 12
            else:
                c.setFont("HeiseiMin-W3", 11)
                spare = COLUMN - pdfmetrics.stringWidth(text, "HeiseiMin-W3", 11)
                c.drawString(72, y, text, charSpace=spare / (len(text) - 1) if kind == "body" else 0)
                y -= 18
        c.showPage()
    c.save()


def make_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "社内手続きの手引き"
    document.add_heading("社内手続きの手引き", level=0)
    document.add_paragraph("この手引きは、出張と経費精算の手続きをまとめたものです。")
    document.add_heading("出張の申請", level=1)
    document.add_paragraph("出張の五日前までに、上長の承認を得てください。")
    for item in ("行き先と日程を書く", "見積もりを添える", "上長に送る"):
        document.add_paragraph(item, style="List Number")
    document.add_heading("宿泊費の上限", level=2)
    table = document.add_table(rows=3, cols=2)
    for row, cells in zip(table.rows, [("地域", "上限"), ("東京", "一泊1万2千円"), ("その他", "一泊9千円")],
                          strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    document.add_heading("経費精算", level=1)
    document.add_paragraph("領収書は帰着後一週間以内に提出します。")
    for item in ("交通費", "宿泊費"):
        document.add_paragraph(item, style="List Bullet")
    document.save(str(path))


if __name__ == "__main__":
    make_pdf(HERE / "sample.pdf")
    make_docx(HERE / "sample.docx")
    print(f"wrote {HERE / 'sample.pdf'} and {HERE / 'sample.docx'}")

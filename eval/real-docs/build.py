"""Rebuild the files of eval/real-docs/ from their sources (run from the repository root):

    python eval/real-docs/build.py

Texts: paragraphs of Japanese Wikipedia articles from the JaQuAD *validation* split
(eval/data/jaquad/, CC BY-SA 3.0) laid out as the kinds of files people keep, and an Aozora Bunko
excerpt (tests/data/wagahai.txt, public domain). The headings are ours, added to give the files the
structure real ones have. `apollo-word-export.pdf` is a Word file exported to PDF by LibreOffice
(`soffice --convert-to pdf`); without LibreOffice that one file is left as it is.
"""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
JAQUAD = ROOT / "eval" / "data" / "jaquad" / "jaquad-validation.json.gz"


def paragraphs(title: str, count: int) -> list[str]:
    """The first `count` paragraphs of a JaQuAD validation article, each split at its blank lines."""
    data = json.loads(gzip.decompress(JAQUAD.read_bytes()))["data"]
    article = next(a for a in data if a["title"] == title)
    out = []
    for p in article["paragraphs"][:count]:
        out += [part.replace("\n", "") for part in p["context"].split("\n\n") if part.strip()]
    return out


def himeji_pdf(path: Path) -> None:
    """A typeset report (reportlab, Mincho body, Gothic headings, justified, running header and
    page numbers), as a LaTeX or InDesign PDF is."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A6
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    for font in ("HeiseiMin-W3", "HeiseiKakuGo-W5"):
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    body = ParagraphStyle("body", fontName="HeiseiMin-W3", fontSize=10, leading=16, wordWrap="CJK",
                          alignment=TA_JUSTIFY, spaceAfter=8)
    heading = ParagraphStyle("heading", fontName="HeiseiKakuGo-W5", fontSize=14, leading=20, spaceAfter=8)
    parts = paragraphs("姫路城", 3)

    def page_furniture(canvas, doc):
        canvas.setFont("HeiseiKakuGo-W5", 8)
        canvas.drawString(24, A6[1] - 22, "日本の城 調査報告")
        canvas.drawCentredString(A6[0] / 2, 16, str(doc.page))

    story = [Paragraph("姫路城の概要", heading)] + [Paragraph(t, body) for t in parts[:1]]
    story += [Paragraph("城郭と文化財", heading)] + [Paragraph(t, body) for t in parts[1:]]
    doc = SimpleDocTemplate(str(path), pagesize=A6, title="姫路城", leftMargin=24, rightMargin=24,
                            topMargin=40, bottomMargin=34, invariant=1)
    doc.build(story, onFirstPage=page_furniture, onLaterPages=page_furniture)


def docx_file(path: Path, title: str, sections: list[tuple[str, list[str]]]) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.add_heading(title, level=0)
    for heading, texts in sections:
        document.add_heading(heading, level=1)
        for text in texts:
            document.add_paragraph(text)
    document.save(str(path))


def apollo_pdf(path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        print(f"LibreOffice not found: {path.name} left as it is")
        return
    parts = paragraphs("アポロ計画", 3)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{path.stem}.docx"
        docx_file(source, "アポロ計画", [("概要", parts[:2]), ("成果と事故", parts[2:5]), ("計画の始まり", parts[5:])])
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(source)], check=True,
                       capture_output=True, timeout=300)
        shutil.copy(Path(tmp) / f"{path.stem}.pdf", path)


def nobunaga_docx(path: Path) -> None:
    parts = paragraphs("織田信長", 2)
    docx_file(path, "織田信長", [("生涯の始まり", parts[:1]), ("上洛と天下布武", parts[1:])])


def red_blood_cell_html(path: Path) -> None:
    from html import escape

    parts = paragraphs("赤血球", 2)
    body = "\n".join(f"<p>{escape(t)}</p>" for t in parts[:1])
    more = "\n".join(f"<p>{escape(t)}</p>" for t in parts[1:])
    path.write_text(f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>赤血球 - からだの百科</title>
<style>nav a {{ margin-right: 1em; }}</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head><body>
<header><a href="/">からだの百科</a><nav><a href="/blood">血液</a><a href="/heart">心臓</a></nav></header>
<main><article>
<h1>赤血球</h1>
<h2>はたらきと大きさ</h2>
{body}
<h2>構造とエネルギー</h2>
{more}
</article></main>
<aside><h3>関連項目</h3><ul><li><a href="/wbc">白血球</a></li></ul></aside>
<footer>本文は Wikipedia「赤血球」(CC BY-SA 3.0) より &copy; Wikipedia contributors</footer>
</body></html>
""", encoding="utf-8")


def akutagawa_md(path: Path) -> None:
    parts = paragraphs("芥川龍之介賞", 2)
    path.write_text(f"""---
title: 芥川龍之介賞
source: Wikipedia (CC BY-SA 3.0)
---

## 目次

- [概要](#overview)
- [創設の経緯](#history)

## 概要 {{#overview}}

<!-- JaQuAD validation より -->
{parts[0]}

::: note
{parts[1]}
:::

## 創設の経緯 {{#history}}

{chr(10).join(p + chr(10) for p in parts[2:])}
""", encoding="utf-8")


def suikinkutsu_txt(path: Path) -> None:
    """Plain text in UTF-16 with a BOM, as some Windows editors save it."""
    parts = paragraphs("水琴窟", 2)
    text = "水琴窟\n\n" + "\n".join(parts[:1]) + "\n\n歴史\n" + "\n".join(parts[1:]) + "\n"
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-16"))


if __name__ == "__main__":
    himeji_pdf(HERE / "himeji.pdf")
    apollo_pdf(HERE / "apollo-word-export.pdf")
    nobunaga_docx(HERE / "nobunaga.docx")
    red_blood_cell_html(HERE / "red-blood-cell.html")
    akutagawa_md(HERE / "akutagawa-prize.md")
    suikinkutsu_txt(HERE / "suikinkutsu.txt")
    shutil.copy(ROOT / "tests" / "data" / "wagahai.txt", HERE / "wagahai.txt")
    print("rebuilt", ", ".join(sorted(p.name for p in HERE.iterdir() if p.suffix != ".py" and p.name != "README.md")))

"""Reading speed of every reader, pypdfium2 against pdfminer.six on Japanese PDFs, and our Aozora
Bunko reader against the `aozora` package (PyPI).

Data: the 101 articles of JaQuAD's validation split (Japanese Wikipedia, CC BY-SA 3.0, in
eval/data/jaquad/) laid out as each format: plain text, Markdown, HTML, DOCX (python-docx), Aozora
notation in Shift_JIS, a typeset PDF (reportlab, built-in CID fonts, justified, running header and
page numbers) and the same DOCX exported to PDF by LibreOffice (a "Word export"), plus the PDFs of
eval/real-docs/ and tests/data/.

PDF comparison: both libraries' characters go through the same layout (qa.readers.pdf.layout:
running lines out, lines joined), so the difference is the library's text layer. Quality is the
share of source paragraphs found verbatim (whitespace ignored) in the result, and the count of
garbled characters (U+FFFD, private use, CJK compatibility/radical code points before normalising).

    python bench/readers.py [--articles 101] [--out bench/results/readers.json]

pdfminer.six and aozora are only needed here: pip install pdfminer.six==20260107 aozora==0.5.0
"""

from __future__ import annotations

import argparse
import gzip
import html
import io
import json
import platform
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from qa.readers import aozora as aozora_reader
from qa.readers import docx, markdown, pdf, text
from qa.readers import html as html_reader

ROOT = Path(__file__).resolve().parent.parent
JAQUAD = ROOT / "eval" / "data" / "jaquad" / "jaquad-validation.json.gz"
GARBLED = re.compile("[\ufffd\ue000-\uf8ff\u2e80-\u2fdf\uf900-\ufaff]")


def articles(limit: int) -> list[tuple[str, list[str]]]:
    data = json.loads(gzip.decompress(JAQUAD.read_bytes()))["data"][:limit]
    return [(a["title"], [part.replace("\n", "") for p in a["paragraphs"] for part in p["context"].split("\n\n")
                          if part.strip()]) for a in data]


def timed(fn, repeat: int = 3) -> tuple[float, object]:
    """Median wall time of `repeat` calls, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def make_inputs(docs: list[tuple[str, list[str]]], folder: Path) -> dict[str, bytes]:
    import docx as python_docx

    plain = "\n\n".join(f"{t}\n\n" + "\n".join(ps) for t, ps in docs) + "\n"
    md = "\n\n".join(f"## {t}\n\n" + "\n\n".join(ps) for t, ps in docs) + "\n"
    page = "<html><head><title>JaQuAD</title></head><body><nav>menu</nav><main>" + "".join(
        f"<h2>{html.escape(t)}</h2>" + "".join(f"<p>{html.escape(p)}</p>" for p in ps) for t, ps in docs
    ) + "</main><footer>CC BY-SA 3.0</footer></body></html>"
    notation = "JaQuAD\n作者不詳\n\n" + "\n".join(
        f"［＃５字下げ］{t}［＃「{t}」は中見出し］\n" + "\n".join("　" + p.replace("。", "。", 1) for p in ps)
        for t, ps in docs) + "\n\n底本：JaQuAD validation\n"
    document = python_docx.Document()
    for t, ps in docs:
        document.add_heading(t, level=1)
        for p in ps:
            document.add_paragraph(p)
    buffer = io.BytesIO()
    document.save(buffer)
    inputs = {"txt": plain.encode(), "md": md.encode(), "html": page.encode(), "docx": buffer.getvalue(),
              "aozora": notation.encode("cp932", errors="replace")}
    (folder / "corpus.docx").write_bytes(inputs["docx"])
    return inputs


def typeset_pdf(docs: list[tuple[str, list[str]]], path: Path) -> None:
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    for font in ("HeiseiMin-W3", "HeiseiKakuGo-W5"):
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    body = ParagraphStyle("b", fontName="HeiseiMin-W3", fontSize=10, leading=16, wordWrap="CJK",
                          alignment=TA_JUSTIFY, spaceAfter=8)
    heading = ParagraphStyle("h", fontName="HeiseiKakuGo-W5", fontSize=14, leading=20, spaceAfter=8)
    story = []
    for t, ps in docs:
        story += [Paragraph(html.escape(t), heading)] + [Paragraph(html.escape(p), body) for p in ps]

    def furniture(canvas, doc):
        canvas.setFont("HeiseiKakuGo-W5", 8)
        canvas.drawString(56, A4[1] - 36, "JaQuAD validation")
        canvas.drawCentredString(A4[0] / 2, 24, f"- {doc.page} -")

    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story, onFirstPage=furniture, onLaterPages=furniture)


def pdfminer_pages(data: bytes) -> list[pdf.Page]:
    """pdfminer.six's text lines in the same shape as PDFium's, for the same layout stage."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTTextContainer, LTTextLine

    pages = []
    for layout_page in extract_pages(io.BytesIO(data), laparams=LAParams()):
        page = pdf.Page(layout_page.width, layout_page.height)
        for box in layout_page:
            if not isinstance(box, LTTextContainer):
                continue
            for line in box:
                if isinstance(line, LTTextLine) and line.get_text().strip():
                    sizes = [c.size for c in line if isinstance(c, LTChar)] or [0.0]
                    page.lines.append(pdf.Line(line.get_text().strip(), line.x0, line.y0, line.x1, line.y1,
                                               statistics.median(sizes)))
        pages.append(page)
    return pages


def recovered(paragraphs: list[str], text: str) -> float:
    flat = re.sub(r"\s+", "", text)
    return sum(re.sub(r"\s+", "", p) in flat for p in paragraphs) / max(len(paragraphs), 1)


def compare_pdfs(files: dict[str, tuple[bytes, list[str]]]) -> list[dict]:
    rows = []
    for name, (data, paragraphs) in files.items():
        n_pages = len(pdf.extract_pages(data)[0])
        for library, extract in (("pypdfium2", lambda d: pdf.extract_pages(d)[0]), ("pdfminer.six", pdfminer_pages)):
            seconds, pages = timed(lambda d=data, e=extract: e(d))
            raw = "\n".join(line.text for page in pages for line in page.lines)
            out = pdf.layout(pages).text
            rows.append({"file": name, "library": library, "pages": n_pages, "seconds": seconds,
                         "pages_per_s": n_pages / seconds, "paragraphs": len(paragraphs),
                         "recovered": recovered(paragraphs, out) if paragraphs else None,
                         "garbled": len(GARBLED.findall(raw)), "chars": len(out)})
    return rows


def compare_aozora(notation: bytes) -> list[dict]:
    import aozora
    from selectolax.lexbor import LexborHTMLParser

    def package(data: bytes) -> str:
        tree = LexborHTMLParser(aozora.Document.from_bytes(data).to_html())
        for node in tree.css("rt, rp, [hidden]"):
            node.decompose()
        return tree.body.text(separator="")

    rows = []
    sample = (ROOT / "tests" / "data" / "wagahai.txt").read_bytes()
    for label, data in (("wagahai.txt (test fixture)", sample), ("JaQuAD in notation", notation)):
        for name, fn in (("qa.readers.aozora", lambda d: aozora_reader.read(d, "a.txt", "").text),
                         ("aozora 0.5.0 (HTML to text)", package)):
            seconds, out = timed(lambda d=data, f=fn: f(d))
            rows.append({"input": label, "reader": name, "mb_per_s": len(data) / seconds / 1e6,
                         "notation_left": len(re.findall(r"[《》｜]|［＃", out)),
                         "legend_left": "テキスト中に現れる記号" in out, "credits_left": "底本" in out,
                         "gaiji_resolved": "鷗外" in out if data is sample else None})
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=101)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "readers.json")
    args = parser.parse_args(argv)
    docs = articles(args.articles)
    all_paragraphs = [p for _, ps in docs for p in ps]
    result: dict = {"machine": f"{platform.machine()}, Python {platform.python_version()}",
                    "data": f"{len(docs)} JaQuAD validation articles, {len(all_paragraphs)} paragraphs"}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        inputs = make_inputs(docs, folder)
        speed = []
        for fmt, reader in (("txt", text.read), ("md", markdown.read), ("html", html_reader.read),
                            ("docx", docx.read), ("aozora", aozora_reader.read)):
            seconds, doc = timed(lambda r=reader, d=inputs[fmt], name=f"corpus.{fmt}": r(d, name, ""))
            speed.append({"format": fmt, "mb": len(inputs[fmt]) / 1e6, "seconds": seconds,
                          "mb_per_s": len(inputs[fmt]) / 1e6 / seconds,
                          "recovered": recovered(all_paragraphs, doc.text)})
        result["text_formats"] = speed
        typeset_pdf(docs, folder / "typeset.pdf")
        pdfs = {"typeset (reportlab)": ((folder / "typeset.pdf").read_bytes(), all_paragraphs)}
        soffice = shutil.which("soffice")
        if soffice:
            subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(folder / "corpus.docx")],
                           check=True, capture_output=True, timeout=900)
            pdfs["Word export (LibreOffice)"] = ((folder / "corpus.pdf").read_bytes(), all_paragraphs)
        for path in (ROOT / "eval" / "real-docs").glob("*.pdf"):
            pdfs[f"eval/real-docs/{path.name}"] = (path.read_bytes(), [])
        from tests.test_readers_pdf import EXPECTED  # the fixture's exact text, paragraph by paragraph

        pdfs["tests/data/sample.pdf"] = ((ROOT / "tests" / "data" / "sample.pdf").read_bytes(), EXPECTED.split("\n\n"))
        result["pdf"] = compare_pdfs(pdfs)
        result["aozora"] = compare_aozora(inputs["aozora"])
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Check the blind-14 documents and question set against the set's rules.

Run with an interpreter that has pypdfium2, python-docx and beautifulsoup4
(plus reportlab for the rebuild check), e.g.
    /work/main/.venv/bin/python /work/blind14/verify.py [--no-rebuild]

Extraction per format:
  PDF   pypdfium2, one text page per PDF page, split into lines
  DOCX  python-docx paragraphs, then every table cell
  HTML  BeautifulSoup text nodes outside <head>/<script>/<style>
  MD    raw lines of the file
  TXT   raw lines of the file
Exit status 0 only if every check passes.
"""
import sys
sys.dont_write_bytecode = True
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
try:
    import bs4  # noqa: F401
except ImportError:
    sys.exit("verify.py needs beautifulsoup4: pip install beautifulsoup4")
from bs4 import BeautifulSoup, Comment, Doctype  # noqa: E402
import docx  # noqa: E402
import pypdfium2  # noqa: E402

import build  # noqa: E402  (document names + PDF source blocks)

DOCS = {
    1: build.PDF_NAME,
    2: build.DOCX_NAME,
    3: build.HTML_NAME,
    4: build.MD_NAME,
    5: build.TXT_NAME,
}
KINDS = ["fact", "paraphrase", "why", "howto", "section", "table", "list"]
JP_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
# Keywords (regexes) whose absence from every document backs up each near miss.
NEAR_MISS_ABSENT = {
    "b14-031": ["保証"],
    "b14-032": ["海外", "外国"],
    "b14-033": ["ペット", "犬", "動物"],
    "b14-034": ["アンインストール", "(?i)uninstall", "削除", "消去"],
    "b14-035": ["修業", "修行", "弟子", "奉公"],
    "b14-036": ["(?<!ブ)ランチ", "昼食", "お食事のみ", "食事だけ"],
}
NEAR_MISS_TOPIC = {"b14-031": 1, "b14-032": 2, "b14-033": 3, "b14-034": 4, "b14-035": 5, "b14-036": 3}

results = []


def check(ok, label, detail=""):
    results.append((bool(ok), label, detail))
    return ok


# ---------------------------------------------------------------------------
# extraction: each document -> (units, full_text)
#   units: the smallest pieces an answer must lie inside (no crossing)
# ---------------------------------------------------------------------------
def extract_pdf(path):
    pdf = pypdfium2.PdfDocument(path)
    pages = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        pages.append(tp.get_text_range().replace("\r\n", "\n").replace("\r", "\n"))
        tp.close()
    n = len(pdf)
    pdf.close()
    lines = [ln for p in pages for ln in p.split("\n")]
    return lines, "\n".join(pages), n, pages


def pdf_source_units():
    """Paragraph / list item / note / heading / table cell strings from build.py."""
    units = []
    for kind, payload in build.PDF_BLOCKS:
        if kind == "table":
            units += [c for row in payload["rows"] for c in row]
        elif kind != "break":
            units.append(payload)
    return units


def extract_docx(path):
    d = docx.Document(path)
    units = [p.text for p in d.paragraphs]
    styles = [p.style.name for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                units.append(cell.text)
    return units, "\n".join(units), d, styles


def extract_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    tags = {t.name for t in soup.find_all(True)}
    for t in soup(["head", "script", "style"]):
        t.decompose()
    nodes = [str(s) for s in soup.find_all(string=True)
             if not isinstance(s, (Comment, Doctype)) and str(s).strip()]
    return nodes, "\n".join(nodes), tags


MD_SPLIT = re.compile(r"`[^`]*`|\*\*|__|!?\[|\]\([^)]*\)|\]|\||^\s*#{1,6}\s|^\s*[-*+]\s|^\s*\d+\.\s|^\s*>\s?")


def extract_md(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    segs, in_fm, in_code = [], False, False
    for i, ln in enumerate(lines):
        if i == 0 and ln == "---":
            in_fm = True
            continue
        if in_fm:
            if ln == "---":
                in_fm = False
            continue
        if ln.startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            continue
        segs += [s for s in MD_SPLIT.split(ln) if s.strip()]
    return segs, raw, lines


AOZORA_SPLIT = re.compile(r"《[^》]*》|［＃[^］]*］|｜")


def extract_txt(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    segs = [s for ln in lines for s in AOZORA_SPLIT.split(ln) if s.strip()]
    return segs, raw, lines


def main():
    do_rebuild = "--no-rebuild" not in sys.argv

    # ---------------- documents ----------------
    for n, name in DOCS.items():
        check(os.path.exists(os.path.join(HERE, name)), f"doc{n} exists: {name}")

    pdf_lines, pdf_text, pdf_pages, pdf_page_texts = extract_pdf(os.path.join(HERE, DOCS[1]))
    pdf_units_src = pdf_source_units()
    docx_units, docx_text, docx_doc, docx_styles = extract_docx(os.path.join(HERE, DOCS[2]))
    html_nodes, html_text, html_tags = extract_html(os.path.join(HERE, DOCS[3]))
    md_segs, md_text, md_lines = extract_md(os.path.join(HERE, DOCS[4]))
    txt_segs, txt_text, txt_lines = extract_txt(os.path.join(HERE, DOCS[5]))
    texts = {1: pdf_text, 2: docx_text, 3: html_text, 4: md_text, 5: txt_text}

    # ---------------- structure checks ----------------
    check(pdf_pages == 2, "PDF has 2 pages", f"pages={pdf_pages}")
    for i, pt in enumerate(pdf_page_texts, 1):
        check(f"— {i} / 2 —" in pt, f"PDF page {i} footer with page number")
    check(any(ln.startswith("・") for ln in pdf_lines), "PDF has a ・ list")
    check(any(ln.startswith("※") for ln in pdf_lines), "PDF has a ※ note")
    check(sum(1 for k, _ in build.PDF_BLOCKS if k == "table") >= 1, "PDF has a table")
    with open(os.path.join(HERE, DOCS[1]), "rb") as f:
        pdfbytes = f.read()
    check(b"HeiseiMin-W3" in pdfbytes and b"HeiseiKakuGo-W5" in pdfbytes, "PDF uses HeiseiMin-W3 and HeiseiKakuGo-W5")

    for st in ("Title", "Heading 1", "Heading 2", "List Bullet", "List Number"):
        check(st in docx_styles, f"DOCX has a '{st}' paragraph")
    check(len(docx_doc.tables) >= 1 and docx_doc.tables[0].style.name == "Table Grid", "DOCX table uses 'Table Grid'")
    hdr_runs = [r for c in docx_doc.tables[0].rows[0].cells for p in c.paragraphs for r in p.runs if r.text]
    hdr_bold = bool(hdr_runs) and all(r.bold for r in hdr_runs)
    check(hdr_bold, "DOCX table header row is bold")
    cp = docx_doc.core_properties
    check(cp.created is not None and cp.created.year == 2024 and cp.modified == cp.created, "DOCX core dates fixed")

    for tag in ("header", "nav", "footer", "h1", "h2", "h3", "ul", "ol", "table", "thead", "details", "strong", "a"):
        check(tag in html_tags, f"HTML has <{tag}>")

    check(md_lines[0] == "---" and "---" in md_lines[1:10], "MD has YAML front matter")
    for pat, lab in ((r"^# ", "# heading"), (r"^## ", "## heading"), (r"^### ", "### heading"),
                     (r"^- ", "- list"), (r"^1\. ", "1. list"), (r"^\| ", "table"), (r"^```", "fenced code"),
                     (r"`[^`]+`", "inline code"), (r"\]\(", "link"), (r"\*\*", "bold")):
        check(any(re.search(pat, ln) for ln in md_lines), f"MD has {lab}")

    check("【テキスト中に現れる記号について】" in "\n".join(txt_lines[:8]), "TXT has the 記号 block at the top")
    check(any(re.fullmatch(r"［＃３字下げ］[一二三四五六七八九十]+［＃「[一二三四五六七八九十]+」は中見出し］", ln) for ln in txt_lines),
          "TXT has 中見出し chapter headings")
    check(re.search(r"[^｜\n]《[^》]+》", txt_text) and "｜" in txt_text.split("-------------------------------------------------------")[2],
          "TXT body uses 《》 ruby and ｜")
    check(any(ln.startswith("「") for ln in txt_lines), "TXT has dialogue lines starting with 「")
    check(any(ln.startswith("底本：") for ln in txt_lines[-8:]), "TXT ends with a 底本 footer")

    jp_counts = {}
    for n, t in texts.items():
        c = len(JP_RE.findall(t))
        jp_counts[n] = c
        check(1400 <= c <= 1800, f"doc{n} Japanese character count in 1400–1800", f"{c}")

    # ---------------- questions ----------------
    with open(os.environ.get("JSONL", os.path.join(HERE, "..", "blind-14.jsonl")), encoding="utf-8") as f:
        raw_lines = [ln for ln in f.read().split("\n") if ln.strip()]
    qs = [json.loads(ln) for ln in raw_lines]
    check(len(qs) == 36, "36 questions", f"{len(qs)}")
    check([q["id"] for q in qs] == ["b14-%03d" % i for i in range(1, 37)], "ids b14-001..036 in order")
    keys = {"id", "question", "lang", "kind", "answers", "unanswerable"}
    check(all(set(q) == keys for q in qs), "every record has exactly the schema keys")

    answerable = [q for q in qs if not q["unanswerable"]]
    near = [q for q in qs if q["unanswerable"]]
    check([q["id"] for q in near] == ["b14-%03d" % i for i in range(31, 37)], "b14-031..036 are the unanswerable ones")
    check(all(q["answers"] == [] for q in near), "unanswerable questions have answers []")
    check(sum(q["lang"] == "en" for q in answerable) == 5, "5 English answerable questions",
          str(sum(q["lang"] == "en" for q in answerable)))
    check(all(q["lang"] in ("ja", "en") for q in qs), "lang is ja or en")

    kind_counts = {k: sum(q["kind"] == k for q in answerable) for k in KINDS}
    check(all(q["kind"] in KINDS for q in answerable), "answerable kinds are from the 7 kinds")
    for k, c in kind_counts.items():
        check(4 <= c <= 6, f"kind '{k}' count in 4–6", str(c))

    all_answers = [a for q in answerable for a in q["answers"]]
    check(len(all_answers) == len(set(all_answers)), "no two questions share an answer string")

    units = {1: pdf_lines, 2: docx_units, 3: html_nodes, 4: md_segs, 5: txt_segs}
    unit_names = {1: "PDF line", 2: "DOCX paragraph/cell", 3: "HTML text node",
                  4: "Markdown markup-free segment", 5: "Aozora markup-free segment"}
    for q in answerable:
        num = int(q["id"][4:])
        doc = (num - 1) // 6 + 1
        ans = q["answers"]
        check(1 <= len(ans) <= 3, f"{q['id']} has 1–3 answers")
        for a in ans:
            tag = f"{q['id']} «{a}»"
            check(5 <= len(a) <= 25, f"{tag} length 5–25", str(len(a)))
            check("\n" not in a and "。" not in a, f"{tag} within one line / one sentence")
            own = texts[doc]
            check(own.count(a) == 1 and own.replace("\n", "").count(a) == 1,
                  f"{tag} occurs exactly once in doc{doc}", f"{own.count(a)}")
            others = [n for n in texts if n != doc and a in texts[n].replace("\n", "")]
            check(not others, f"{tag} absent from other documents", str(others))
            hits = [u for u in units[doc] if a in u]
            check(len(hits) == 1, f"{tag} inside one {unit_names[doc]}", f"{len(hits)}")
            if doc == 1:
                check(sum(a in u for u in pdf_units_src) == 1, f"{tag} inside one PDF source block/cell")
            check(a not in q["question"], f"{tag} not copied into the question")

    # near misses: backing keywords absent everywhere
    alltext = "\n".join(texts.values())
    for qid, words in NEAR_MISS_ABSENT.items():
        present = [w for w in words if re.search(w, alltext)]
        check(not present, f"{qid} near miss: topic keywords absent from all docs", str(present))

    # ---------------- determinism ----------------
    if do_rebuild:
        with tempfile.TemporaryDirectory() as td:
            for run in (1, 2):
                out = os.path.join(td, f"run{run}")
                subprocess.run([sys.executable, os.path.join(HERE, "build.py"), out],
                               check=True, stdout=subprocess.DEVNULL)
            for n, name in DOCS.items():
                h0 = hashlib.sha256(open(os.path.join(HERE, name), "rb").read()).hexdigest()
                h1 = hashlib.sha256(open(os.path.join(td, "run1", name), "rb").read()).hexdigest()
                h2 = hashlib.sha256(open(os.path.join(td, "run2", name), "rb").read()).hexdigest()
                check(h0 == h1 == h2, f"doc{n} rebuild is byte-identical", h0[:16])

    # ---------------- report ----------------
    failed = [r for r in results if not r[0]]
    for ok, label, detail in results:
        if not ok:
            print(f"FAIL  {label}  [{detail}]")
    print()
    print("Japanese characters per document:")
    for n, name in DOCS.items():
        print(f"  doc{n} {name:32s} {jp_counts[n]}")
    print("Kinds (answerable):", ", ".join(f"{k}={v}" for k, v in kind_counts.items()),
          f"| unanswerable={len(near)}")
    print(f"Checks: {len(results) - len(failed)} passed, {len(failed)} failed")
    print("RESULT:", "PASS" if not failed else "FAIL")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())

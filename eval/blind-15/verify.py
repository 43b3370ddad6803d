#!/usr/bin/env python
"""Verify the blind-15 evaluation set.

usage: python verify.py            (builds the documents into temp dirs itself)

Checks: question-set shape, answer lengths, that each answer occurs inside one
extraction unit of its own document (and does not cross markup / cell / line
boundaries), uniqueness of answers across all documents, Japanese character
counts per document, and byte-for-byte determinism of build.py.
"""
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

# question id -> document key (kept here, not in the jsonl)
DOC_OF = {
    "b15-001": "pdf", "b15-002": "docx", "b15-003": "html", "b15-004": "md",
    "b15-005": "txt", "b15-006": "pdf", "b15-007": "docx", "b15-008": "html",
    "b15-009": "md", "b15-010": "txt", "b15-011": "pdf", "b15-012": "docx",
    "b15-013": "html", "b15-014": "md", "b15-015": "txt", "b15-016": "pdf",
    "b15-017": "pdf", "b15-018": "docx", "b15-019": "html", "b15-020": "md",
    "b15-021": "txt", "b15-022": "docx", "b15-023": "pdf", "b15-024": "docx",
    "b15-025": "html", "b15-026": "md", "b15-027": "txt", "b15-028": "html",
    "b15-029": "pdf", "b15-030": "docx", "b15-031": "html", "b15-032": "md",
    "b15-033": "pdf", "b15-034": "docx", "b15-035": "md", "b15-036": "txt",
}

KINDS = {"fact", "table", "list", "howto", "why", "section", "paraphrase",
         "unanswerable"}
JA_CHAR = re.compile(r"[\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                     r"\uf900-\ufaff\uff66-\uff9f々〆ー]")

results = []


def check(name, ok, detail=""):
    results.append(ok)
    print("%s  %s%s" % ("PASS" if ok else "FAIL", name,
                        ("  -- " + detail) if detail and not ok else
                        ("  (" + detail + ")" if detail else "")))


# ------------------------------------------------------------ extraction
def units_pdf(path):
    """Lines of pypdfium2 get_text_range, page by page."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    units = []
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        text = tp.get_text_range()
        units += [ln.strip() for ln in re.split(r"\r\n|\r|\n", text)]
        tp.close()
        page.close()
    pdf.close()
    return [u for u in units if u]


def pdf_source_pieces():
    """Source strings that were laid out as one paragraph / one table cell."""
    pieces = [build.PDF_TITLE]
    for kind, val in build.PDF_BLOCKS:
        if kind == "table":
            pieces += [c for row in val for c in row]
        else:
            pieces.append(val)
    return pieces


def units_docx(path):
    import docx
    d = docx.Document(path)
    units = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                units.append(c.text)
    return [u for u in units if u.strip()]


class _TextNodes(html.parser.HTMLParser):
    SKIP = {"head", "script", "style", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.nodes = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth and data.strip():
            self.nodes.append(data.strip())


def units_html(path):
    p = _TextNodes()
    p.feed(open(path, encoding="utf-8").read())
    return p.nodes


def md_lines(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    out, i = [], 0
    if lines and lines[0] == "---":
        i = lines.index("---", 1) + 1
    fence = False
    for ln in lines[i:]:
        if ln.startswith("```"):
            fence = not fence
            continue
        if not fence and ln.strip():
            out.append(ln)
    return out


MD_MARKUP = re.compile(r"\*\*|`|\||\]\([^)]*\)|\[|\]|^\s*(?:[-*+]|\d+\.|#+|>)\s+")


def units_md(path):
    units = []
    for ln in md_lines(path):
        units += [s for s in MD_MARKUP.split(ln) if s and s.strip()]
    return units


TXT_MARKUP = re.compile(r"《[^》]*》|｜|［＃[^］]*］")


def units_txt(path):
    units = []
    for ln in open(path, encoding="utf-8").read().split("\n"):
        units += [s for s in TXT_MARKUP.split(ln) if s.strip()]
    return units


UNITS = {"pdf": units_pdf, "docx": units_docx, "html": units_html,
         "md": units_md, "txt": units_txt}


def plain_text(key, path):
    """Whole extracted text (used for char counts and uniqueness)."""
    if key == "md":
        return "\n".join(md_lines(path))
    if key == "txt":
        return open(path, encoding="utf-8").read()
    return "\n".join(UNITS[key](path))


# ------------------------------------------------------------ main
def sha_dir(d):
    return {f: hashlib.sha256(open(os.path.join(d, f), "rb").read()).hexdigest()
            for f in sorted(os.listdir(d))}


def main():
    tmp1 = tempfile.mkdtemp(prefix="b15a_")
    tmp2 = tempfile.mkdtemp(prefix="b15b_")
    for t in (tmp1, tmp2):
        subprocess.run([sys.executable, os.path.join(HERE, "build.py"), t],
                       check=True, stdout=subprocess.DEVNULL)
    h1, h2 = sha_dir(tmp1), sha_dir(tmp2)
    check("build deterministic (2 builds, sha256 equal)",
          h1 == h2 and len(h1) == 5,
          "; ".join("%s %s" % (f, h1[f][:12]) for f in h1))
    check("the files here match a fresh build", {f: hashlib.sha256(open(os.path.join(HERE, f), "rb").read()).hexdigest() for f in h1} == h1)

    paths = {k: os.path.join(tmp1, v) for k, v in build.FILES.items()}
    units = {k: UNITS[k](p) for k, p in paths.items()}
    texts = {k: plain_text(k, p) for k, p in paths.items()}

    counts = {k: len(JA_CHAR.findall(texts[k])) for k in paths}
    check("Japanese characters per document in 1400-1900",
          all(1400 <= c <= 1900 for c in counts.values()),
          ", ".join("%s=%d" % kv for kv in counts.items()))

    qs = [json.loads(l) for l in open(os.environ.get("JSONL", os.path.join(HERE, "..", "blind-15.jsonl")),
                                      encoding="utf-8") if l.strip()]
    ids = [q["id"] for q in qs]
    check("36 questions", len(qs) == 36, str(len(qs)))
    check("ids unique", len(set(ids)) == len(ids))
    check("every id mapped to a document", set(ids) == set(DOC_OF))
    ans = [q for q in qs if not q["unanswerable"]]
    una = [q for q in qs if q["unanswerable"]]
    check("30 answerable / 6 unanswerable", (len(ans), len(una)) == (30, 6),
          "%d/%d" % (len(ans), len(una)))
    ja = sum(q["lang"] == "ja" for q in ans)
    en = sum(q["lang"] == "en" for q in ans)
    check("answerable: 25 ja / 5 en", (ja, en) == (25, 5), "%d/%d" % (ja, en))
    check("unanswerable questions: kind, empty answers",
          all(q["kind"] == "unanswerable" and q["answers"] == [] for q in una))
    check("schema keys and kinds valid",
          all(set(q) == {"id", "question", "lang", "kind", "answers",
                         "unanswerable"} and q["kind"] in KINDS
              and q["lang"] in ("ja", "en") for q in qs))
    kc = {}
    for q in ans:
        kc[q["kind"]] = kc.get(q["kind"], 0) + 1
    check("answerable kinds each 3-6 (7 kinds)",
          len(kc) == 7 and all(3 <= v <= 6 for v in kc.values()),
          ", ".join("%s=%d" % kv for kv in sorted(kc.items())))
    per_doc = {}
    for q in ans:
        per_doc[DOC_OF[q["id"]]] = per_doc.get(DOC_OF[q["id"]], 0) + 1
    check("answerable per document 5-7",
          len(per_doc) == 5 and all(5 <= v <= 7 for v in per_doc.values()),
          ", ".join("%s=%d" % kv for kv in sorted(per_doc.items())))
    una_docs = {DOC_OF[q["id"]] for q in una}
    check("unanswerable questions tied to >=4 documents", len(una_docs) >= 4,
          ",".join(sorted(una_docs)))

    bad_len, bad_unit, bad_uniq = [], [], []
    pdf_pieces = pdf_source_pieces()
    for q in ans:
        if not 1 <= len(q["answers"]) <= 2:
            bad_len.append(q["id"] + ":count")
        doc = DOC_OF[q["id"]]
        for a in q["answers"]:
            if not 4 <= len(a) <= 25:
                bad_len.append("%s:%s(%d)" % (q["id"], a, len(a)))
            if not any(a in u for u in units[doc]):
                bad_unit.append("%s:%s" % (q["id"], a))
            elif doc == "pdf" and not any(a in p for p in pdf_pieces):
                bad_unit.append("%s:%s (crosses PDF cell/block)" % (q["id"], a))
            n = sum(t.count(a) for t in texts.values())
            if n != 1:
                bad_uniq.append("%s:%s x%d" % (q["id"], a, n))
    check("answer count 1-2 and length 4-25", not bad_len, ", ".join(bad_len))
    check("every answer inside one extraction unit of its document",
          not bad_unit, ", ".join(bad_unit))
    check("every answer occurs exactly once across all documents",
          not bad_uniq, ", ".join(bad_uniq))

    # unanswerable near misses: list the key term that must NOT appear
    absent = {"ミズハの本体カラー": ["カラー", "本体色", "ホワイト", "ブラック"],
              "電気代": ["電気代", "円"],
              "残業": ["残業", "時間外"],
              "オンライン診療": ["オンライン"],
              "Googleフォト": ["Google", "クラウド"],
              "港町って何ていう名前": ["港町は", "という港町"]}
    bad = []
    for q in una:
        doc = DOC_OF[q["id"]]
        for key, terms in absent.items():
            if key in q["question"]:
                bad += ["%s:%s" % (q["id"], t) for t in terms if t in texts[doc]]
    check("unanswerable: telltale terms absent from their document", not bad,
          ", ".join(bad))

    print()
    print("ALL PASS" if all(results) else "SOME CHECKS FAILED")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())

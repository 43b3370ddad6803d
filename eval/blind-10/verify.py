#!/usr/bin/env python3
"""Check blind set 10 (documents + blind-10.jsonl) against the set's rules.

Exit status 0 when every check passes. `-v` prints the unit (extracted line,
paragraph, cell or text node) in which each answer was found.

Environment variables (same as build.py):
  DOCS   folder with the five documents (default: this file's folder)
  JSONL  path of the question file (default: <this file's folder>/../blind-10.jsonl)
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.environ.get("DOCS") or HERE
JSONL = os.environ.get("JSONL") or os.path.join(HERE, "..", "blind-10.jsonl")
VERBOSE = "-v" in sys.argv[1:]

DOC_FILES = [
    "vaccination-guide.pdf",
    "move-in-guide.docx",
    "kosodate-center.html",
    "shiwake-readme.md",
    "news-outdoor-cinema.txt",
]

# ids b10-001..030: six per document, in DOC_FILES order
def doc_of(num):
    return DOC_FILES[(num - 1) // 6]

NEAR_MISS_DOC = {
    "b10-031": "vaccination-guide.pdf",
    "b10-032": "move-in-guide.docx",
    "b10-033": "move-in-guide.docx",
    "b10-034": "kosodate-center.html",
    "b10-035": "shiwake-readme.md",
    "b10-036": "news-outdoor-cinema.txt",
}

# words that would answer (or nearly answer) a near miss; they must not occur
# in the matching document (extracted text and raw source)
NEAR_MISS_WORDS = {
    "b10-031": ["キャンセル", "取り消", "取消", "変更", "日時の変"],
    "b10-032": ["駐車", "車庫", "ガレージ", "カーポート"],
    "b10-033": ["家賃", "賃料", "引き落とし", "引落", "口座", "振込", "振り込"],
    "b10-034": ["レンジ", "温め", "あたため", "ミルク", "調乳", "お湯"],
    "b10-035": ["アンインストール", "uninstall", "削除", "消去"],
    "b10-036": ["入場料", "無料", "有料", "チケット", "料金", "入場券", "参加費"],
}

KINDS = {"fact", "paraphrase", "why", "howto", "section", "table", "list",
         "unanswerable"}
KIND_COUNTS = {"fact": 6, "paraphrase": 5, "why": 5, "howto": 4, "section": 4,
               "table": 4, "list": 2, "unanswerable": 6}
KEYS = ["id", "question", "lang", "kind", "answers", "unanswerable"]

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- extraction

def extract_pdf(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    pages = len(pdf)
    units = []
    for i in range(pages):
        tp = pdf[i].get_textpage()
        text = tp.get_text_range()
        for line in re.split(r"\r\n|\r|\n", text):
            units.append(line)
        tp.close()
        pdf[i].close()
    pdf.close()
    return units, {"pages": pages}


def extract_docx(path):
    import docx
    d = docx.Document(path)
    units = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                units.extend(p.text for p in c.paragraphs)
    return units, {}


class TextNodes(HTMLParser):
    SKIP = {"script", "style", "title", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.nodes = []

    def handle_starttag(self, tag, attrs):
        if tag not in ("meta", "link", "br", "img", "hr", "input"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        if any(t in self.SKIP for t in self.stack):
            return
        for line in data.split("\n"):
            if line.strip():
                self.nodes.append(line.strip())


def extract_html(path):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    p = TextNodes()
    p.feed(text)
    p.close()
    return p.nodes, {"raw": text, "bytes": raw}


MD_SPAN = re.compile(r"!?\[[^\]]*\]\([^)]*\)|\*\*[^*]+\*\*|`[^`]+`")


def extract_md(path):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    units = []      # (unit text, list of forbidden spans inside it)
    for line in text.split("\n"):
        s = line.strip()
        if s.startswith("|") and s.endswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
        else:
            cells = [line]
        for c in cells:
            spans = [m.span() for m in MD_SPAN.finditer(c)]
            units.append((c, spans))
    return units, {"raw": text, "bytes": raw}


def extract_txt(path):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    return text.split("\n"), {"raw": text, "bytes": raw}


def load_docs():
    docs = {}
    for name in DOC_FILES:
        path = os.path.join(DOCS, name)
        ext = name.rsplit(".", 1)[1]
        if ext == "pdf":
            units, info = extract_pdf(path)
            units = [(u, []) for u in units]
        elif ext == "docx":
            units, info = extract_docx(path)
            units = [(u, []) for u in units]
        elif ext == "html":
            units, info = extract_html(path)
            units = [(u, []) for u in units]
        elif ext == "md":
            units, info = extract_md(path)
        else:
            units, info = extract_txt(path)
            units = [(u, []) for u in units]
        full = "\n".join(u for u, _ in units)
        docs[name] = {"units": units, "full": full, "info": info}
    return docs


def cjk_count(text):
    n = 0
    for ch in text:
        o = ord(ch)
        if (0x3000 <= o <= 0x303F or 0x3040 <= o <= 0x30FF or
                0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or
                0xFF00 <= o <= 0xFFEF):
            n += 1
    return n


# -------------------------------------------------------------------- checks

def check_formats(docs):
    pdf = docs["vaccination-guide.pdf"]
    if pdf["info"]["pages"] != 2:
        err("PDF has %d pages, expected 2" % pdf["info"]["pages"])
    for name in ("kosodate-center.html", "shiwake-readme.md",
                 "news-outdoor-cinema.txt"):
        raw = docs[name]["info"]["bytes"]
        if raw.startswith(b"\xef\xbb\xbf"):
            err("%s starts with a BOM" % name)
        if b"\r" in raw:
            err("%s contains CR" % name)
        if not raw.endswith(b"\n"):
            err("%s does not end with LF" % name)
    md = docs["shiwake-readme.md"]["info"]["raw"]
    if not md.startswith("---\n"):
        err("Markdown has no front matter")
    with open(JSONL, "rb") as f:
        raw = f.read()
    if b"\r" in raw or raw.startswith(b"\xef\xbb\xbf"):
        err("jsonl is not plain UTF-8 + LF")


def check_counts(docs):
    for name in DOC_FILES:
        n = cjk_count(docs[name]["full"])
        if VERBOSE:
            print("%-26s %5d Japanese characters" % (name, n))
        if not 1500 <= n <= 1800:
            err("%s has %d Japanese characters (want 1,500-1,800)" % (name, n))


def find_in_units(units, ans):
    hits = []
    for text, spans in units:
        start = text.find(ans)
        while start != -1:
            end = start + len(ans)
            if not any(s < end and start < e for s, e in spans):
                hits.append(text)
            start = text.find(ans, start + 1)
    return hits


def check_questions(docs):
    with open(JSONL, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    if len(rows) != 36:
        err("expected 36 questions, found %d" % len(rows))
    kinds = {}
    langs = {}
    seen_answers = {}
    for i, q in enumerate(rows, 1):
        qid = "b10-%03d" % i
        if list(q.keys()) != KEYS:
            err("%s: keys %s" % (qid, list(q.keys())))
        if q.get("id") != qid:
            err("id %s at position %d" % (q.get("id"), i))
        if q["kind"] not in KINDS:
            err("%s: unknown kind %s" % (qid, q["kind"]))
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
        if q["lang"] not in ("ja", "en"):
            err("%s: lang %s" % (qid, q["lang"]))
        if i <= 30:
            doc = doc_of(i)
            if q["lang"] == "en":
                langs[doc] = langs.get(doc, 0) + 1
            if q["unanswerable"] or not 1 <= len(q["answers"]) <= 3:
                err("%s: answerable question needs 1-3 answers" % qid)
            if q["kind"] == "unanswerable":
                err("%s: answerable question with kind unanswerable" % qid)
            for ans in q["answers"]:
                if not 5 <= len(ans) <= 25:
                    err("%s: answer %r has length %d" % (qid, ans, len(ans)))
                if "\n" in ans or any(c in ans for c in ("*", "`", "](", "<", ">")):
                    err("%s: answer %r contains a line break or markup" % (qid, ans))
                if ans in seen_answers:
                    err("%s: answer %r repeats %s" % (qid, ans, seen_answers[ans]))
                seen_answers[ans] = qid
                hits = find_in_units(docs[doc]["units"], ans)
                if docs[doc]["full"].count(ans) > 1:
                    err("%s: %r occurs more than once in %s" % (qid, ans, doc))
                if not hits:
                    err("%s: %r not found inside one unit of %s" % (qid, ans, doc))
                elif VERBOSE:
                    print("%s %s\n    %r\n    in: %s" % (qid, doc, ans, hits[0]))
                for other in DOC_FILES:
                    if other == doc:
                        continue
                    o = docs[other]
                    flat = o["full"].replace("\n", "")
                    raw = o["info"].get("raw", "")
                    if ans in o["full"] or ans in flat or ans in raw:
                        err("%s: %r also occurs in %s" % (qid, ans, other))
        else:
            if q["kind"] != "unanswerable" or not q["unanswerable"] or q["answers"]:
                err("%s: near miss must be unanswerable with no answers" % qid)
            doc = NEAR_MISS_DOC[qid]
            d = docs[doc]
            hay = d["full"] + "\n" + d["info"].get("raw", "")
            for w in NEAR_MISS_WORDS[qid]:
                if w.lower() in hay.lower():
                    err("%s: near-miss word %r occurs in %s" % (qid, w, doc))
            if q["lang"] != "ja":
                err("%s: near misses are in Japanese" % qid)
    for k, n in KIND_COUNTS.items():
        if kinds.get(k, 0) != n:
            err("kind %s: %d questions, expected %d" % (k, kinds.get(k, 0), n))
    for doc in DOC_FILES:
        if langs.get(doc, 0) != 1:
            err("%s: %d English questions, expected 1" % (doc, langs.get(doc, 0)))


def main():
    docs = load_docs()
    check_formats(docs)
    check_counts(docs)
    check_questions(docs)
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        return 1
    print("OK: 36 questions, 5 documents, all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

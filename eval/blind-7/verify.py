#!/usr/bin/env python3
"""Check blind-7.jsonl against the extracted text of the five documents.

Exit 0 when every check passes.  -v prints the unit each answer was found in.
"""
import collections
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = HERE
VERBOSE = "-v" in sys.argv[1:]

DOC_FILES = ["event-flyer.pdf", "training-manual.docx", "museum-page.html",
             "cooking-class-blog.md", "novel-excerpt.txt"]
# near misses 031-036 -> document and words that must not occur in it
NEAR_MISS = {
    31: ("event-flyer.pdf", ["キャッシュレス", "電子マネー", "決済", "カード"]),
    32: ("training-manual.docx", ["在宅", "リモート", "テレワーク"]),
    33: ("museum-page.html", ["音声ガイド", "オーディオ", "ガイド"]),
    34: ("museum-page.html", ["駐車", "パーキング"]),
    35: ("cooking-class-blog.md", ["キャンセル", "返金", "欠席"]),
    36: ("novel-excerpt.txt", ["歳", "才", "年齢"]),
}
KINDS = {"fact", "why", "howto", "table", "paraphrase", "section", "list", "unanswerable"}
KEYS = ["id", "question", "lang", "kind", "answers", "unanswerable"]

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- extraction

def units_pdf(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    units, pages = [], len(pdf)
    for i in range(pages):
        page = pdf[i]
        tp = page.get_textpage()
        text = tp.get_text_range()
        for line in re.split(r"\r\n|\r|\n", text):
            if line.strip():
                units.append(("p%d" % (i + 1), line))
        tp.close()
        page.close()
    pdf.close()
    return units, {"pages": pages}


def units_docx(path):
    import docx
    d = docx.Document(path)
    units = [("para", p.text) for p in d.paragraphs if p.text.strip()]
    styles = collections.Counter(p.style.name for p in d.paragraphs)
    for ti, t in enumerate(d.tables):
        for ri, row in enumerate(t.rows):
            for ci, cell in enumerate(row.cells):
                for p in cell.paragraphs:
                    if p.text.strip():
                        units.append(("table%d r%d c%d" % (ti, ri, ci), p.text))
    bold = sum(1 for p in d.paragraphs for r in p.runs if r.bold)
    return units, {"tables": len(d.tables), "bold_runs": bold,
                   "List Number": styles["List Number"], "List Bullet": styles["List Bullet"],
                   "Heading 1": styles["Heading 1"], "Heading 2": styles["Heading 2"]}


class TextNodes(html.parser.HTMLParser):
    SKIP = {"script", "style", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.nodes = []
        self.tags = collections.Counter()

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
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
                self.nodes.append(("<%s>" % (self.stack[-1] if self.stack else ""), line.strip()))


def units_html(path):
    with open(path, encoding="utf-8") as f:
        src = f.read()
    p = TextNodes()
    p.feed(src)
    return p.nodes, {k: p.tags[k] for k in ("header", "nav", "footer", "aside", "h1", "h2",
                                             "table", "dl", "ul")}


MD_SPANS = re.compile(r"!?\[[^\]]*\]\([^)]*\)|\*\*[^*]+\*\*|`[^`]+`")


def units_md(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    units = []
    for line in lines:
        if not line.strip():
            continue
        s = line.strip()
        if s.startswith("|") and s.endswith("|"):
            for c in s.strip("|").split("|"):
                if c.strip():
                    units.append(("cell", c.strip()))
        else:
            units.append(("line", line))
    return units, {}


def md_ok(unit, ans):
    """The occurrence of ans in unit must not overlap a link, image, bold or code span."""
    spans = [m.span() for m in MD_SPANS.finditer(unit)]
    start = unit.find(ans)
    while start != -1:
        end = start + len(ans)
        if not any(a < end and start < b for a, b in spans):
            return True
        start = unit.find(ans, start + 1)
    return False


def units_txt(path):
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        err("novel: has a UTF-8 BOM")
    try:
        data.decode("utf-8")
        err("novel: decodes as UTF-8, expected Shift_JIS")
    except UnicodeDecodeError:
        pass
    text = data.decode("shift_jis")
    if data.decode("cp932") != text:
        err("novel: shift_jis and cp932 decodings differ")
    if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
        err("novel: line endings are not all CRLF")
    if not text.endswith("\r\n"):
        err("novel: no final CRLF")
    lines = text.split("\r\n")
    units = [("line", l) for l in lines if l.strip()]
    return units, {"ruby": text.count("《"), "annotations": text.count("［＃")}


EXTRACT = {".pdf": units_pdf, ".docx": units_docx, ".html": units_html,
           ".md": units_md, ".txt": units_txt}


def jchars(text):
    n = 0
    for ch in text:
        o = ord(ch)
        if (0x3000 <= o <= 0x30FF or 0x4E00 <= o <= 0x9FFF or 0xFF00 <= o <= 0xFFEF
                or 0x3400 <= o <= 0x4DBF):
            n += 1
    return n


# ---------------------------------------------------------------- checks

def main():
    docs = {}
    for name in DOC_FILES:
        path = os.path.join(DOCS, name)
        units, info = EXTRACT[os.path.splitext(name)[1]](path)
        docs[name] = units
        n = jchars("\n".join(u for _, u in units))
        print("%-24s units=%-4d jchars=%-5d %s" % (name, len(units), n, info))
        if not 1500 <= n <= 2500:
            err("%s: %d Japanese characters, expected 1500-2500" % (name, n))
        if name.endswith(".pdf") and not 1 <= info["pages"] <= 2:
            err("flyer: %d pages" % info["pages"])

    with open(os.path.join(HERE, "..", "blind-7.jsonl"), "rb") as f:
        raw = f.read()
    if b"\r" in raw:
        err("jsonl: contains CR")
    rows = [json.loads(l) for l in raw.decode("utf-8").split("\n") if l.strip()]
    if len(rows) != 36:
        err("jsonl: %d rows, expected 36" % len(rows))

    kinds = collections.Counter()
    langs = collections.Counter()
    en_per_doc = collections.Counter()
    n_answers = 0
    for i, q in enumerate(rows, 1):
        qid = "b7-%03d" % i
        if list(q.keys()) != KEYS:
            err("%s: keys %s" % (qid, list(q.keys())))
        if q.get("id") != qid:
            err("%s: id is %s" % (qid, q.get("id")))
        kind, lang, answers = q["kind"], q["lang"], q["answers"]
        kinds[kind] += 1
        langs[lang] += 1
        if kind not in KINDS:
            err("%s: bad kind %s" % (qid, kind))
        if lang not in ("ja", "en"):
            err("%s: bad lang %s" % (qid, lang))
        if lang == "en" and not all(ord(c) < 128 for c in q["question"]):
            err("%s: English question has non-ASCII characters" % qid)
        if lang == "ja" and jchars(q["question"]) < 5:
            err("%s: Japanese question has few Japanese characters" % qid)
        if i <= 30:
            doc = DOC_FILES[(i - 1) // 6]
            if q["unanswerable"] or kind == "unanswerable":
                err("%s: should be answerable" % qid)
            if not 1 <= len(answers) <= 3:
                err("%s: %d answers" % (qid, len(answers)))
            if lang == "en":
                en_per_doc[doc] += 1
            for a in answers:
                n_answers += 1
                if not 5 <= len(a) <= 25:
                    err("%s: answer %r has length %d" % (qid, a, len(a)))
                for bad in ("*", "`", "](", "<", ">", "《", "》", "｜", "［＃", "\n", "\r"):
                    if bad in a:
                        err("%s: answer %r contains %r" % (qid, a, bad))
                if a != a.strip():
                    err("%s: answer %r has outer whitespace" % (qid, a))
                hits = [(where, u) for where, u in docs[doc] if a in u]
                if doc.endswith(".md"):
                    hits = [(w, u) for w, u in hits if md_ok(u, a)]
                if not hits:
                    err("%s: answer %r not inside one unit of %s" % (qid, a, doc))
                elif VERBOSE:
                    print("  %s %-22r [%s] %s" % (qid, a, hits[0][0], hits[0][1][:70]))
                for other in DOC_FILES:
                    if other != doc and any(a in u for _, u in docs[other]):
                        err("%s: answer %r also occurs in %s" % (qid, a, other))
        else:
            if not (q["unanswerable"] is True and kind == "unanswerable" and answers == []):
                err("%s: near miss must have unanswerable=true, kind unanswerable, answers []" % qid)
            doc, words = NEAR_MISS[i]
            text = "\n".join(u for _, u in docs[doc])
            for w in words:
                if w in text:
                    err("%s: near-miss word %r occurs in %s" % (qid, w, doc))

    for doc in DOC_FILES:
        if en_per_doc[doc] != 1:
            err("%s: %d English questions, expected 1" % (doc, en_per_doc[doc]))

    print("questions: %d (answerable %d, near misses %d), answer strings: %d"
          % (len(rows), sum(1 for q in rows if not q["unanswerable"]),
             sum(1 for q in rows if q["unanswerable"]), n_answers))
    print("kinds:", dict(sorted(kinds.items())))
    print("langs:", dict(sorted(langs.items())))
    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

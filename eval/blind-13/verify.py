#!/usr/bin/env python3
"""Check blind set 13 (the five documents and blind-13.jsonl).

Exit 0 when every check passes. -v prints the character counts and the unit
in which each answer was found.

Environment (same as build.py):
  DOCS   folder of the documents (default: this file's folder)
  JSONL  path of the question file (default: <DOCS>/../blind-13.jsonl)
"""
import html.parser
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.environ.get("DOCS") or HERE
JSONL = os.environ.get("JSONL") or os.path.join(DOCS, "..", "blind-13.jsonl")
VERBOSE = "-v" in sys.argv[1:]

PREFIX = "b13"
FILES = [
    ("pdf", "hibari-stick-cleaner.pdf"),
    ("docx", "kamome-telework-kitei.docx"),
    ("html", "shionagi-bus-kaisei.html"),
    ("md", "oncall-runbook.md"),
    ("txt", "veranda-no-hatake.txt"),
]
PDF_PAGES = 2

# near-miss id -> (document index, words that must not occur in that document;
# ASCII words are compared case-insensitively)
NEAR_MISSES = {
    "b13-031": (0, ["保証", "保障", "無償", "有償", "年間"]),
    "b13-032": (1, ["通勤", "定期券", "定期代", "交通費", "通勤費"]),
    "b13-033": (2, ["敬老", "高齢", "シルバー", "お年寄り", "歳", "障害", "割引", "福祉"]),
    "b13-034": (3, ["手当", "報酬", "代休", "給与", "給料", "振替", "賃金", "円"]),
    "b13-035": (4, ["階", "フロア", "高層", "最上", "地上"]),
    "b13-036": (4, ["肥料", "堆肥", "液肥", "追肥", "元肥", "化成", "油かす", "油粕",
                    "腐葉土", "鶏ふん", "鶏糞", "有機"]),
}

KINDS = {"fact": 6, "paraphrase": 5, "why": 5, "howto": 4, "section": 4,
         "table": 4, "list": 2, "unanswerable": 6}
KEYS = ["id", "question", "lang", "kind", "answers", "unanswerable"]
CHAR_RANGE = (1500, 1800)
BAD_IN_ANSWER = ["\n", "\r", "*", "`", "](", "<", ">", "|", "《", "》", "［＃", "｜"]

errors = []


def err(msg):
    errors.append(msg)


def log(msg):
    if VERBOSE:
        print(msg)


def read_utf8(path):
    with open(path, "rb") as f:
        return f.read().decode("utf-8", errors="strict")


# ---------------------------------------------------------------------------
# extraction: each function returns a list of units (strings)
# ---------------------------------------------------------------------------

def units_pdf(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    n = len(pdf)
    if n != PDF_PAGES:
        err("PDF has %d pages, expected %d" % (n, PDF_PAGES))
    units = []
    for i in range(n):
        text = pdf[i].get_textpage().get_text_range()
        for line in text.splitlines():
            if line.strip():
                units.append(line)
    pdf.close()
    return units


def units_docx(path):
    import docx
    d = docx.Document(path)
    units = [p.text for p in d.paragraphs if p.text.strip()]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                for p in c.paragraphs:
                    if p.text.strip():
                        units.append(p.text)
    return units


class TextNodes(html.parser.HTMLParser):
    SKIP = {"head", "title", "script", "style"}
    VOID = {"meta", "link", "br", "img", "hr", "input", "source", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.nodes = []
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag in self.VOID:
            return
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack:
                if self.stack.pop() == tag:
                    break

    def handle_data(self, data):
        if any(t in self.SKIP for t in self.stack):
            return
        for line in data.split("\n"):
            if line.strip():
                self.nodes.append(line.strip())


def units_html(path):
    p = TextNodes()
    p.feed(read_utf8(path))
    p.close()
    units_html.tags = p.tags
    return p.nodes


MD_SPAN_RES = [
    re.compile(r"!?\[[^\]]*\]\([^)]*\)"),   # link / image
    re.compile(r"\*\*[^*]+\*\*"),           # bold
    re.compile(r"`[^`]+`"),                 # inline code
]


def md_spans(s):
    spans = []
    for rx in MD_SPAN_RES:
        spans += [(m.start(), m.end()) for m in rx.finditer(s)]
    return spans


def units_md(path):
    units = []
    for line in read_utf8(path).split("\n"):
        if not line.strip():
            continue
        if line.lstrip().startswith("|"):
            for c in line.strip().strip("|").split("|"):
                if c.strip():
                    units.append(c.strip())
        else:
            units.append(line)
    return units


def units_txt(path):
    return [l for l in read_utf8(path).split("\n") if l.strip()]


EXTRACT = {"pdf": units_pdf, "docx": units_docx, "html": units_html,
           "md": units_md, "txt": units_txt}


def jp_chars(text):
    n = 0
    for ch in text:
        o = ord(ch)
        if (0x3000 <= o <= 0x303F or 0x3040 <= o <= 0x30FF or
                0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or
                0xFF00 <= o <= 0xFFEF):
            n += 1
    return n


def check_text_file(path, label):
    with open(path, "rb") as f:
        b = f.read()
    if b.startswith(b"\xef\xbb\xbf"):
        err("%s: has a BOM" % label)
    if b"\r" in b:
        err("%s: contains CR" % label)
    if not b.endswith(b"\n"):
        err("%s: no final LF" % label)
    if b.endswith(b"\n\n"):
        err("%s: blank line at end" % label)
    try:
        b.decode("utf-8", errors="strict")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (label, e))


# ---------------------------------------------------------------------------
# structure checks per format
# ---------------------------------------------------------------------------

def check_docx_structure(path):
    import docx
    d = docx.Document(path)
    styles = [p.style.name for p in d.paragraphs]
    for s in ("Title", "Subtitle", "Heading 1", "List Bullet", "List Number"):
        if s not in styles:
            err("docx: no paragraph with style %s" % s)
    if len(d.tables) != 1:
        err("docx: %d tables, expected 1" % len(d.tables))
    cp = d.core_properties
    if cp.created is None or cp.modified is None or cp.created != cp.modified:
        err("docx: created/modified not fixed")


def check_html_structure(tags):
    for t in ("header", "nav", "main", "article", "h1", "h2", "table", "thead",
              "ol", "ul", "details", "summary", "aside", "footer", "style"):
        if t not in tags:
            err("HTML: no <%s>" % t)


def check_md_structure(raw):
    m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    if not m:
        err("Markdown: no YAML front matter")
    else:
        keys = [l.split(":", 1)[0] for l in m.group(1).split("\n") if ":" in l]
        for k in ("title", "date", "author", "tags", "lang"):
            if k not in keys:
                err("Markdown front matter lacks %s" % k)
    checks = [
        (r"(?m)^# ", "an H1"), (r"(?m)^## ", "an H2"), (r"(?m)^\|---", "a table"),
        (r"(?m)^- ", "a - list"), (r"(?m)^1\. ", "a numbered list"),
        (r"\]\(https?://", "a link"), (r"\*\*[^*]+\*\*", "bold text"),
        (r"`[^`]+`", "inline code"),
    ]
    for rx, what in checks:
        if not re.search(rx, raw):
            err("Markdown: no %s" % what)


def check_txt_structure(raw):
    if not re.search(r"[一-鿿]+《[ぁ-ゖァ-ヺー]+》", raw):
        err("text: no ruby 漢字《かな》")
    if "｜" not in raw:
        err("text: no ｜ ruby start marker")
    if not re.search(r"［＃[^］]+］", raw):
        err("text: no ［＃…］ note")
    if "底本：" not in raw:
        err("text: no 底本 line")


# ---------------------------------------------------------------------------

def main():
    docs = []
    for kind, name in FILES:
        path = os.path.join(DOCS, name)
        if not os.path.exists(path):
            err("missing document %s" % path)
            docs.append(None)
            continue
        units = EXTRACT[kind](path)
        raw = ""
        if kind in ("html", "md", "txt"):
            check_text_file(path, name)
            raw = read_utf8(path)
        elif kind == "docx":
            with zipfile.ZipFile(path) as z:
                raw = z.read("word/document.xml").decode("utf-8")
            check_docx_structure(path)
        if kind == "html":
            check_html_structure(units_html.tags)
        elif kind == "md":
            check_md_structure(raw)
        elif kind == "txt":
            check_txt_structure(raw)
        docs.append({"kind": kind, "name": name, "units": units, "raw": raw,
                     "joined_nl": "\n".join(units), "joined": "".join(units)})

    if any(d is None for d in docs):
        report()
        return

    # character counts
    for d in docs:
        text = d["joined_nl"] if d["kind"] != "md" else d["raw"]
        n = jp_chars(text)
        d["chars"] = n
        log("%-28s %5d Japanese characters, %d units" % (d["name"], n, len(d["units"])))
        if not CHAR_RANGE[0] <= n <= CHAR_RANGE[1]:
            err("%s: %d Japanese characters, outside %d-%d" % ((d["name"], n) + CHAR_RANGE))

    # jsonl
    check_text_file(JSONL, "jsonl")
    qs = []
    with open(JSONL, "rb") as f:
        for i, line in enumerate(f.read().decode("utf-8").split("\n")[:-1], 1):
            try:
                pairs = json.loads(line, object_pairs_hook=lambda p: p)
            except ValueError as e:
                err("jsonl line %d: %s" % (i, e))
                continue
            if [k for k, _ in pairs] != KEYS:
                err("jsonl line %d: keys %s" % (i, [k for k, _ in pairs]))
                continue
            qs.append(dict(pairs))
    if len(qs) != 36:
        err("expected 36 questions, got %d" % len(qs))
    ids = ["%s-%03d" % (PREFIX, i) for i in range(1, 37)]
    if [q.get("id") for q in qs] != ids:
        err("ids are not %s-001..%s-036 in order" % (PREFIX, PREFIX))

    kinds = {}
    seen_answers = {}
    en_per_doc = [0] * 5
    for n, q in enumerate(qs, 1):
        qid = q.get("id")
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
        if q["lang"] not in ("ja", "en"):
            err("%s: lang %r" % (qid, q["lang"]))
        if not isinstance(q["question"], str) or not q["question"].strip():
            err("%s: empty question" % qid)
        if q["lang"] == "en" and not q["question"].isascii():
            err("%s: English question has non-ASCII characters" % qid)
        if q["lang"] == "ja" and jp_chars(q["question"]) == 0:
            err("%s: Japanese question without Japanese characters" % qid)
        if not isinstance(q["answers"], list):
            err("%s: answers is not a list" % qid)
            continue
        if n <= 30:
            di = (n - 1) // 6
            if q["unanswerable"] is not False or q["kind"] == "unanswerable":
                err("%s: should be answerable" % qid)
            if not 1 <= len(q["answers"]) <= 3:
                err("%s: %d answers" % (qid, len(q["answers"])))
            if q["lang"] == "en":
                en_per_doc[di] += 1
            check_answers(q, docs, di, seen_answers)
        else:
            if q["answers"] != [] or q["unanswerable"] is not True or q["kind"] != "unanswerable":
                err("%s: near miss must have answers [] and unanswerable true" % qid)
            if q["lang"] != "ja":
                err("%s: near misses are Japanese in this set" % qid)
            if qid not in NEAR_MISSES:
                err("%s: no near-miss words defined" % qid)
                continue
            di, words = NEAR_MISSES[qid]
            d = docs[di]
            for w in words:
                for where, text in (("extracted", d["joined_nl"]), ("extracted", d["joined"]),
                                    ("source", d["raw"])):
                    hay = text.lower() if w.isascii() else text
                    if w in hay:
                        err("%s: near-miss word %r occurs in %s (%s)" % (qid, w, d["name"], where))
                        break
            log("%s: near miss for %s, absent: %s" % (qid, d["name"], "／".join(words)))

    if kinds != KINDS:
        err("kind counts %s, expected %s" % (kinds, KINDS))
    if en_per_doc != [1] * 5:
        err("English questions per document: %s" % en_per_doc)
    if VERBOSE:
        print("kinds:", ", ".join("%s %d" % (k, kinds.get(k, 0)) for k in KINDS))
    report()


def check_answers(q, docs, di, seen_answers):
    qid = q["id"]
    d = docs[di]
    for a in q["answers"]:
        if not isinstance(a, str):
            err("%s: answer is not a string" % qid)
            continue
        if not 5 <= len(a) <= 25:
            err("%s: answer %r has %d characters" % (qid, a, len(a)))
        for b in BAD_IN_ANSWER:
            if b in a:
                err("%s: answer %r contains %r" % (qid, a, b))
        if a != a.strip():
            err("%s: answer %r has surrounding spaces" % (qid, a))
        if a in seen_answers:
            err("%s: answer %r already used by %s" % (qid, a, seen_answers[a]))
        seen_answers[a] = qid
        # inside one unit, and outside Markdown markup
        hits = []
        for u in d["units"]:
            start = u.find(a)
            while start >= 0:
                ok = True
                if d["kind"] == "md":
                    for s, e in md_spans(u):
                        if start < e and s < start + len(a):
                            ok = False
                if ok:
                    hits.append(u)
                else:
                    err("%s: answer %r overlaps Markdown markup in %r" % (qid, a, u))
                start = u.find(a, start + 1)
        if len(hits) != 1:
            err("%s: answer %r found in %d units of %s" % (qid, a, len(hits), d["name"]))
        else:
            log("%s %-4s %-10s %r\n        in %r" % (qid, q["lang"], q["kind"], a, hits[0]))
        # exactly once in the whole document (joined either way) and raw source
        for label, text in (("joined with LF", d["joined_nl"]), ("joined", d["joined"])):
            c = text.count(a)
            if c != 1:
                err("%s: answer %r occurs %d times in %s (%s)" % (qid, a, c, d["name"], label))
        if d["kind"] in ("html", "md", "txt") and d["raw"].count(a) != 1:
            err("%s: answer %r occurs %d times in the source of %s" % (qid, a, d["raw"].count(a), d["name"]))
        if d["kind"] == "docx" and d["raw"].count(a) != 1:
            err("%s: answer %r occurs %d times in word/document.xml" % (qid, a, d["raw"].count(a)))
        # absent from every other document
        for j, o in enumerate(docs):
            if j == di:
                continue
            for text in (o["joined_nl"], o["joined"], o["raw"]):
                if a in text:
                    err("%s: answer %r also occurs in %s" % (qid, a, o["name"]))
                    break


def report():
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: all checks passed")
    sys.exit(0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Check blind set 9: extract each document's text and check every answer.

Exit status 0 only when every check passes.  -v prints the unit (line,
paragraph, cell or text node) that each answer was found in.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = HERE
JSONL = os.path.join(HERE, "..", "blind-9.jsonl")
VERBOSE = "-v" in sys.argv[1:]

DOC_FILES = ["hotel-info.pdf", "club-bylaws.docx", "product-page.html",
             "meeting-notes.md", "short-story.txt"]

# ids -> document index (0..4)
DOC_OF = {}
for n in range(1, 31):
    DOC_OF["b9-%03d" % n] = (n - 1) // 6
DOC_OF.update({"b9-031": 0, "b9-032": 1, "b9-033": 2, "b9-034": 3,
               "b9-035": 4, "b9-036": 0})

# words that must not occur in the document a near miss is about
NEAR_MISS_WORDS = {
    "b9-031": ["送迎", "バス", "シャトル"],
    "b9-032": ["月割", "日割", "途中", "年度内", "中途"],
    "b9-033": ["保証", "修理", "故障"],
    "b9-034": ["売上", "売り上げ", "収益", "利益", "収入"],
    "b9-035": ["仕事", "職業", "勤め", "会社", "職人", "働"],
    "b9-036": ["Wi-Fi", "WiFi", "wifi", "無線", "インターネット", "ネット", "LAN", "パスワード"],
}

KINDS = {"fact": 6, "paraphrase": 5, "why": 5, "howto": 4, "section": 4,
         "table": 4, "list": 2, "unanswerable": 6}
KEYS = ["id", "question", "lang", "kind", "answers", "unanswerable"]
FORBIDDEN_IN_ANSWER = ["*", "`", "](", "<", ">", "|", "#", "\n", "\r", "。"]

errors = []


def fail(msg):
    errors.append(msg)


def jp_count(text):
    n = 0
    for ch in text:
        o = ord(ch)
        if (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF
                or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF):
            n += 1
    return n


# --------------------------------------------------------------------------
# extraction: each returns (units, full_text); a unit is a string an answer
# must lie inside.
# --------------------------------------------------------------------------

def extract_pdf(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    units, pages = [], []
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        text = tp.get_text_range()
        pages.append(text)
        units += [u for u in re.split(r"\r\n|\r|\n", text) if u.strip()]
        tp.close()
        page.close()
    n = len(pdf)
    pdf.close()
    if n != 2:
        fail("hotel-info.pdf has %d pages, expected 2" % n)
    return units, "\n".join(pages)


def extract_docx(path):
    import docx
    d = docx.Document(path)
    units = [p.text for p in d.paragraphs if p.text.strip()]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                units += [p.text for p in c.paragraphs if p.text.strip()]
    return units, "\n".join(units)


class _TextNodes(HTMLParser):
    SKIP = {"head", "style", "script", "title"}

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
        if not self.depth:
            for part in data.split("\n"):
                if part.strip():
                    self.nodes.append(part.strip())


def extract_html(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    p = _TextNodes()
    p.feed(raw)
    p.close()
    return p.nodes, "\n".join(p.nodes)


MD_MARKUP = [re.compile(r"!?\[[^\]]*\]\([^)]*\)"), re.compile(r"\*\*[^*]+\*\*"),
             re.compile(r"`[^`]+`")]


def extract_md(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    units, in_fence, i = [], False, 0
    if lines and lines[0] == "---":          # front matter
        i = lines.index("---", 1) + 1
    for line in lines[i:]:
        if line.startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence or not line.strip():
            continue
        if line.startswith("|"):
            if re.fullmatch(r"\|[-|: ]+\|", line):
                continue
            units += [c.strip() for c in line.strip("|").split("|")]
        else:
            units.append(line)
    return units, "\n".join(units)


def md_ok(unit, ans):
    """The occurrence of ans in a Markdown unit must not overlap markup."""
    spans = [m.span() for rx in MD_MARKUP for m in rx.finditer(unit)]
    start = unit.find(ans)
    while start != -1:
        end = start + len(ans)
        if not any(s < end and start < e for s, e in spans):
            return True
        start = unit.find(ans, start + 1)
    return False


def extract_txt(path):
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail("short-story.txt has a BOM")
    if b"\r" in raw:
        fail("short-story.txt contains CR")
    text = raw.decode("utf-8")
    units = [u for u in text.split("\n") if u.strip()]
    return units, text


EXTRACT = [extract_pdf, extract_docx, extract_html, extract_md, extract_txt]


def check_text_files():
    for name in ["product-page.html", "meeting-notes.md", "short-story.txt"]:
        with open(os.path.join(DOCS, name), "rb") as f:
            raw = f.read()
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            fail(name + " is not UTF-8")
        if b"\r" in raw:
            fail(name + " has CR line endings")
        if not raw.endswith(b"\n"):
            fail(name + " does not end with LF")
    with open(JSONL, "rb") as f:
        raw = f.read()
    if b"\r" in raw or not raw.endswith(b"\n"):
        fail("blind-9.jsonl must use LF line endings")


def raw_text(i):
    """Whole source text for text formats (used for the near-miss check)."""
    name = DOC_FILES[i]
    if name.endswith((".html", ".md", ".txt")):
        with open(os.path.join(DOCS, name), encoding="utf-8") as f:
            return f.read()
    return ""


def main():
    extracted = [EXTRACT[i](os.path.join(DOCS, n)) for i, n in enumerate(DOC_FILES)]
    check_text_files()

    for i, n in enumerate(DOC_FILES):
        c = jp_count(extracted[i][1])
        print("%-20s %5d Japanese characters, %4d units" % (n, c, len(extracted[i][0])))
        if c < 1400:
            fail("%s has only %d Japanese characters (need >= 1400)" % (n, c))

    with open(JSONL, encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    if len(rows) != 36:
        fail("expected 36 questions, got %d" % len(rows))

    kinds, en_per_doc, ans_per_doc = {}, [0] * 5, [0] * 5
    for k, q in enumerate(rows):
        qid = q.get("id")
        if list(q.keys()) != KEYS:
            fail("%s: keys %r" % (qid, list(q.keys())))
            continue
        if qid != "b9-%03d" % (k + 1):
            fail("id %r out of sequence at line %d" % (qid, k + 1))
            continue
        kind, answers, unans = q["kind"], q["answers"], q["unanswerable"]
        kinds[kind] = kinds.get(kind, 0) + 1
        if kind not in KINDS:
            fail("%s: unknown kind %r" % (qid, kind))
        if q["lang"] not in ("ja", "en"):
            fail("%s: lang %r" % (qid, q["lang"]))
        d = DOC_OF[qid]
        if kind == "unanswerable":
            if answers != [] or unans is not True:
                fail("%s: near miss must have answers [] and unanswerable true" % qid)
            if k + 1 <= 30:
                fail("%s: near misses must be 031-036" % qid)
            doc_text = extracted[d][1] + "\n" + raw_text(d)
            for w in NEAR_MISS_WORDS[qid]:
                if w.lower() in doc_text.lower():
                    fail("%s: near-miss word %r occurs in %s" % (qid, w, DOC_FILES[d]))
            if q["lang"] != "ja":
                fail("%s: near misses are Japanese" % qid)
            continue
        if unans is not False:
            fail("%s: answerable question must have unanswerable false" % qid)
        if k + 1 > 30:
            fail("%s: 031-036 must be near misses" % qid)
        ans_per_doc[d] += 1
        if q["lang"] == "en":
            en_per_doc[d] += 1
        if not 1 <= len(answers) <= 3:
            fail("%s: %d answers" % (qid, len(answers)))
        if len(set(answers)) != len(answers):
            fail("%s: duplicate answers" % qid)
        units = extracted[d][0]
        for a in answers:
            if not 5 <= len(a) <= 25:
                fail("%s: answer %r has length %d" % (qid, a, len(a)))
            for bad in FORBIDDEN_IN_ANSWER:
                if bad in a:
                    fail("%s: answer %r contains %r" % (qid, a, bad))
            if a != a.strip() or " " in a:
                fail("%s: answer %r contains ASCII space or edge whitespace" % (qid, a))
            if a in q["question"]:
                fail("%s: answer %r appears in the question" % (qid, a))
            if DOC_FILES[d].endswith(".md"):
                hits = [u for u in units if a in u and md_ok(u, a)]
            else:
                hits = [u for u in units if a in u]
            if not hits:
                fail("%s: answer %r not found inside one unit of %s" % (qid, a, DOC_FILES[d]))
            elif VERBOSE:
                print("%s %r\n    in: %s" % (qid, a, hits[0]))
            for j in range(5):
                if j == d:
                    continue
                if a in extracted[j][1] or (raw_text(j) and a in raw_text(j)):
                    fail("%s: answer %r also occurs in %s" % (qid, a, DOC_FILES[j]))

    for kind, n in KINDS.items():
        if kinds.get(kind, 0) != n:
            fail("kind %s: %d questions, expected %d" % (kind, kinds.get(kind, 0), n))
    for i in range(5):
        if ans_per_doc[i] != 6:
            fail("%s: %d answerable questions, expected 6" % (DOC_FILES[i], ans_per_doc[i]))
        if en_per_doc[i] != 1:
            fail("%s: %d English questions, expected 1" % (DOC_FILES[i], en_per_doc[i]))

    print("kinds:", ", ".join("%s %d" % (k, kinds.get(k, 0)) for k in KINDS))
    if errors:
        print("\nFAILED (%d):" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

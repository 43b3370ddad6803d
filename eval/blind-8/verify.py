#!/usr/bin/env python
"""Check blind set 8: documents, blind-8.jsonl and every answer string.

    python verify.py        # exit 0 when every check passes
    python verify.py -v     # also print the unit each answer was found in
"""
import json
import os
import re
import sys
import zipfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = HERE
VERBOSE = "-v" in sys.argv[1:]

DOC_FILES = ["garbage-guide.pdf", "expense-rules.docx", "support-faq.html", "tutorial.md", "news-article.txt"]
KINDS = {"fact": 6, "paraphrase": 5, "why": 5, "howto": 4, "section": 4, "table": 4, "list": 2, "unanswerable": 6}
KEYS = ["id", "question", "lang", "kind", "answers", "unanswerable"]
ENGLISH = {"b8-002", "b8-008", "b8-015", "b8-020", "b8-026"}
PDF_PAGES = 2
CHAR_MIN, CHAR_MAX = 1400, 2600

# near miss id -> (document index, words that must not occur in that document)
NEAR_MISS = {
    "b8-031": (0, ["補助", "助成", "処理機", "コンポスト"]),
    "b8-032": (1, ["海外", "外国", "外貨", "為替"]),
    "b8-033": (1, ["マイル", "ポイント", "特典", "還元"]),
    "b8-034": (2, ["保証", "保障"]),
    "b8-035": (3, ["プロキシ", "proxy"]),
    "b8-036": (4, ["円", "費用", "予算", "事業費", "工費"]),
}

# characters an answer may never contain (markup, sentence end, line breaks)
FORBIDDEN = ["\n", "\r", "。", "*", "`", "](", "<", ">", "|", "#", "《", "》", "｜", "［＃"]

errors = []


def fail(msg):
    errors.append(msg)


# ---------------------------------------------------------------- extraction
# Each extractor returns (units, full_text). A unit is (label, text, mask) where
# mask is None or a set of character positions that are markup.

def extract_pdf(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    if len(pdf) != PDF_PAGES:
        fail("%s: %d pages, expected %d" % (os.path.basename(path), len(pdf), PDF_PAGES))
    units, pages = [], []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        text = tp.get_text_range()
        tp.close()
        pages.append(text)
        for j, line in enumerate(re.split(r"\r\n|\n|\r", text)):
            if line.strip():
                units.append(("p%d l%d" % (i + 1, j + 1), line, None))
    pdf.close()
    return units, "\n".join(pages)


def extract_docx(path):
    import docx
    d = docx.Document(path)
    units = []
    for i, p in enumerate(d.paragraphs):
        if p.text.strip():
            units.append(("para %d [%s]" % (i + 1, p.style.name), p.text, None))
    for ti, t in enumerate(d.tables):
        for ri, row in enumerate(t.rows):
            for ci, c in enumerate(row.cells):
                for p in c.paragraphs:
                    if p.text.strip():
                        units.append(("table %d r%d c%d" % (ti + 1, ri + 1, ci + 1), p.text, None))
    # sanity: the zip must carry the fixed timestamp
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            if info.date_time != (2026, 3, 15, 9, 0, 0):
                fail("docx entry %s has timestamp %s" % (info.filename, info.date_time))
    return units, "\n".join(u[1] for u in units)


class _TextNodes(HTMLParser):
    SKIP = {"head", "style", "script", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.nodes = []

    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "link", "br", "img", "hr", "input"):
            return
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        if any(t in self.SKIP for t in self.stack):
            return
        self.nodes.append((self.getpos()[0], "/".join(self.stack[-2:]), data))


def check_text_file(path, raw):
    name = os.path.basename(path)
    if raw.startswith(b"\xef\xbb\xbf"):
        fail("%s has a BOM" % name)
    if b"\r" in raw:
        fail("%s contains CR" % name)
    if not raw.endswith(b"\n"):
        fail("%s does not end with LF" % name)
    return raw.decode("utf-8")


def extract_html(path):
    raw = open(path, "rb").read()
    text = check_text_file(path, raw)
    p = _TextNodes()
    p.feed(text)
    p.close()
    units = []
    for line, where, data in p.nodes:
        for k, piece in enumerate(data.split("\n")):
            piece = piece.strip()
            if piece:
                units.append(("line %d <%s>" % (line + k, where), piece, None))
    return units, "\n".join(u[1] for u in units), text


def _md_mask(s):
    """Positions in a Markdown line that belong to markup or to code/links."""
    mask = set()
    for m in re.finditer(r"`[^`]*`", s):                      # inline code, content included
        mask.update(range(m.start(), m.end()))
    for m in re.finditer(r"\*\*", s):                          # bold markers
        mask.update(range(m.start(), m.end()))
    for m in re.finditer(r"!?\[([^\]]*)\]\(([^)]*)\)", s):     # links and images
        mask.update(range(m.start(), m.start(1)))
        mask.update(range(m.end(1), m.end()))
    m = re.match(r"^\s*(#+\s|[-*+]\s|\d+\.\s|>\s?)", s)        # block prefix
    if m:
        mask.update(range(0, m.end()))
    return mask


def extract_md(path):
    raw = open(path, "rb").read()
    text = check_text_file(path, raw)
    lines = text.split("\n")
    units = []
    in_fence = False
    start = 0
    if lines and lines[0] == "---":                  # YAML front matter
        end = lines.index("---", 1)
        start = end + 1
    for i in range(start, len(lines)):
        line = lines[i]
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence or not line.strip():
            continue
        if line.lstrip().startswith("|"):
            cells = line.strip().strip("|").split("|")
            if all(re.fullmatch(r"\s*:?-+:?\s*", c) for c in cells):
                continue
            for j, c in enumerate(cells):
                c = c.strip()
                units.append(("line %d cell %d" % (i + 1, j + 1), c, _md_mask(c)))
        else:
            units.append(("line %d" % (i + 1), line, _md_mask(line)))
    if in_fence:
        fail("tutorial.md: unclosed code fence")
    return units, "\n".join(lines), text


def extract_txt(path):
    raw = open(path, "rb").read()
    text = check_text_file(path, raw)
    units = [("line %d" % (i + 1), l, None) for i, l in enumerate(text.split("\n")) if l.strip()]
    return units, text, text


def load_docs():
    docs = []
    for name in DOC_FILES:
        path = os.path.join(DOCS, name)
        if name.endswith(".pdf"):
            units, full = extract_pdf(path)
            raw = full
        elif name.endswith(".docx"):
            units, full = extract_docx(path)
            raw = full
        elif name.endswith(".html"):
            units, full, raw = extract_html(path)
        elif name.endswith(".md"):
            units, full, raw = extract_md(path)
        else:
            units, full, raw = extract_txt(path)
        docs.append({"name": name, "units": units, "full": full, "raw": raw})
    return docs


JA_CHAR = re.compile(r"[\u3000-\u303f\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


# ---------------------------------------------------------------- checks

def find_in_units(ans, units):
    hits = []
    for label, text, mask in units:
        start = text.find(ans)
        while start != -1:
            span = set(range(start, start + len(ans)))
            if not mask or not (span & mask):
                hits.append((label, text))
                break
            start = text.find(ans, start + 1)
    return hits


def main():
    docs = load_docs()

    for d in docs:
        n = len(JA_CHAR.findall("\n".join(u[1] for u in d["units"])))
        d["chars"] = n
        if not CHAR_MIN <= n <= CHAR_MAX:
            fail("%s: %d Japanese characters, expected %d-%d" % (d["name"], n, CHAR_MIN, CHAR_MAX))

    raw = open(os.path.join(HERE, "..", "blind-8.jsonl"), "rb").read()
    if b"\r" in raw or raw.startswith(b"\xef\xbb\xbf") or not raw.endswith(b"\n"):
        fail("blind-8.jsonl must be UTF-8 without BOM, LF only, LF-terminated")
    items = [json.loads(l) for l in raw.decode("utf-8").split("\n") if l.strip()]
    if len(items) != 36:
        fail("expected 36 questions, found %d" % len(items))

    kinds = {}
    per_doc = [0] * 5
    en_per_doc = [0] * 5
    for n, it in enumerate(items, 1):
        qid = "b8-%03d" % n
        if list(it.keys()) != KEYS:
            fail("%s: keys %s" % (qid, list(it.keys())))
        if it.get("id") != qid:
            fail("%s: id is %s" % (qid, it.get("id")))
        kind = it["kind"]
        kinds[kind] = kinds.get(kind, 0) + 1
        if kind not in KINDS:
            fail("%s: unknown kind %s" % (qid, kind))
        lang = it["lang"]
        if lang not in ("ja", "en"):
            fail("%s: lang %s" % (qid, lang))
        if (lang == "en") != (qid in ENGLISH):
            fail("%s: lang %s does not match the English list" % (qid, lang))
        q = it["question"]
        if lang == "ja" and not JA_CHAR.search(q):
            fail("%s: Japanese question without Japanese characters" % qid)
        if lang == "en" and re.search(r"[\u3040-\u30ff]", q):
            fail("%s: English question contains kana" % qid)
        unans = it["unanswerable"]
        if unans != (kind == "unanswerable"):
            fail("%s: unanswerable flag does not match kind" % qid)

        if unans:
            if it["answers"] != []:
                fail("%s: near miss with answers" % qid)
            if qid not in NEAR_MISS:
                fail("%s: near miss without keyword list" % qid)
                continue
            di, words = NEAR_MISS[qid]
            d = docs[di]
            for w in words:
                for where in (d["full"], d["raw"]):
                    if w.lower() in where.lower():
                        fail("%s: near-miss word %r occurs in %s" % (qid, w, d["name"]))
                        break
            if VERBOSE:
                print("%s near miss (%s) ok: none of %s" % (qid, d["name"], "／".join(words)))
            continue

        di = (n - 1) // 6
        if di > 4:
            fail("%s: answerable question outside the document blocks" % qid)
            continue
        per_doc[di] += 1
        if lang == "en":
            en_per_doc[di] += 1
        answers = it["answers"]
        if not 1 <= len(answers) <= 3:
            fail("%s: %d answers" % (qid, len(answers)))
        if len(set(answers)) != len(answers):
            fail("%s: duplicate answers" % qid)
        d = docs[di]
        for ans in answers:
            if not 5 <= len(ans) <= 25:
                fail("%s: answer %r has length %d" % (qid, ans, len(ans)))
            if ans != ans.strip():
                fail("%s: answer %r has surrounding whitespace" % (qid, ans))
            for bad in FORBIDDEN:
                if bad in ans:
                    fail("%s: answer %r contains %r" % (qid, ans, bad))
            if d["name"].endswith(".pdf") and " " in ans:
                fail("%s: PDF answer %r contains a space (PDF table cells are space-separated)" % (qid, ans))
            if ans in q:
                fail("%s: the question contains its answer %r" % (qid, ans))
            hits = find_in_units(ans, d["units"])
            if not hits:
                fail("%s: answer %r not found inside one unit of %s" % (qid, ans, d["name"]))
            elif VERBOSE:
                print("%s %r -> %s [%s] %s" % (qid, ans, d["name"], hits[0][0], hits[0][1][:70]))
            for oj, other in enumerate(docs):
                if oj == di:
                    continue
                flat = "".join(u[1] for u in other["units"])
                for where in (other["full"], other["raw"], flat):
                    if ans in where:
                        fail("%s: answer %r also occurs in %s" % (qid, ans, other["name"]))
                        break

    for k, want in KINDS.items():
        if kinds.get(k, 0) != want:
            fail("kind %s: %d questions, expected %d" % (k, kinds.get(k, 0), want))
    for i, c in enumerate(per_doc):
        if c != 6:
            fail("%s: %d answerable questions, expected 6" % (DOC_FILES[i], c))
        if en_per_doc[i] != 1:
            fail("%s: %d English questions, expected 1" % (DOC_FILES[i], en_per_doc[i]))

    print("Japanese characters: " + ", ".join("%s %d" % (d["name"], d["chars"]) for d in docs))
    print("kinds: " + ", ".join("%s %d" % (k, kinds.get(k, 0)) for k in KINDS))
    if errors:
        for e in errors:
            print("FAIL", e)
        print("%d problem(s)" % len(errors))
        return 1
    print("all checks passed (%d questions)" % len(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())

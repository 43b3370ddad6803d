#!/usr/bin/env python3
"""Check blind-16.jsonl against the built documents.

usage: python verify.py [docsdir]   (default: docs/)
Extraction units:
  PDF  : pypdfium2 get_text_range() per page, split into lines
  DOCX : python-docx body paragraphs + table cell texts
  HTML : text nodes via html.parser (script/style contents skipped), stripped
  MD   : raw lines
  TXT  : raw lines
"""
import collections
import json
import os
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = sys.argv[1] if len(sys.argv) > 1 else HERE

FILES = {
    "pdf": "kaigo-yokoku.pdf",
    "docx": "memoria-kiyaku.docx",
    "html": "saginuma-bus.html",
    "md": "kizai-kashidashi.md",
    "txt": "toudaimori-no-musume.txt",
}

DOC_OF = {}
for _i, _d in enumerate(["pdf"] * 7 + ["docx"] * 7 + ["html"] * 8 + ["md"] * 7 + ["txt"] * 7, 1):
    DOC_OF["b16-%03d" % _i] = _d

KINDS = {"fact", "number", "table", "list", "section", "howto", "why", "who", "when", "english"}
# characters that must not appear in an answer (would cross markup)
FORBID = {"md": set("*`[]()|#>"), "txt": set("《》｜［］＃"), "html": set("<>&")}


def units_pdf(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    out = []
    for page in pdf:
        text = page.get_textpage().get_text_range()
        out += [ln for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return out


def units_docx(path):
    import docx
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                out.append(cell.text)
    return out


class _P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.out.append(data.strip())


def units_html(path):
    p = _P()
    p.feed(open(path, encoding="utf-8").read())
    return p.out


def units_raw(path):
    return open(path, encoding="utf-8").read().split("\n")


EXTRACT = {"pdf": units_pdf, "docx": units_docx, "html": units_html, "md": units_raw, "txt": units_raw}


def main():
    units = {k: EXTRACT[k](os.path.join(DOCS, f)) for k, f in FILES.items()}
    raw = {k: open(os.path.join(DOCS, f), "rb").read() for k, f in FILES.items()}
    qs = [json.loads(l) for l in open(os.path.join(HERE, "..", "blind-16.jsonl"), encoding="utf-8")]
    errors = []
    by_kind, by_lang, by_doc = collections.Counter(), collections.Counter(), collections.Counter()
    n_ans = n_un = 0
    for q in qs:
        qid = q["id"]
        doc = DOC_OF.get(qid)
        if doc is None:
            errors.append("%s: no DOC_OF entry" % qid)
            continue
        by_doc[doc] += 1
        by_lang[q["lang"]] += 1
        by_kind[q["kind"]] += 1
        line = json.dumps(q, ensure_ascii=False)
        for f in FILES.values():
            if f in line or os.path.splitext(f)[0] in line:
                errors.append("%s: names the document file" % qid)
        if q["unanswerable"]:
            n_un += 1
            if q["answers"]:
                errors.append("%s: unanswerable but has answers" % qid)
            continue
        n_ans += 1
        if q["kind"] not in KINDS:
            errors.append("%s: bad kind %s" % (qid, q["kind"]))
        if (q["kind"] == "english") != (q["lang"] == "en"):
            errors.append("%s: english kind/lang mismatch" % qid)
        if not 1 <= len(q["answers"]) <= 2:
            errors.append("%s: needs 1-2 answers" % qid)
        full = "\n".join(units[doc])
        for a in q["answers"]:
            if not 4 <= len(a) <= 25:
                errors.append("%s: length %d: %s" % (qid, len(a), a))
            if set(a) & FORBID.get(doc, set()):
                errors.append("%s: answer contains markup char: %s" % (qid, a))
            total = full.count(a)
            in_units = [u for u in units[doc] if a in u]
            if total != 1:
                errors.append("%s: '%s' occurs %d times in extracted text" % (qid, a, total))
            elif len(in_units) != 1 or in_units[0].count(a) != 1:
                errors.append("%s: '%s' not inside exactly one unit" % (qid, a))
            if doc in ("html", "md", "txt"):
                rc = raw[doc].decode("utf-8").count(a)
                if rc != 1:
                    errors.append("%s: '%s' occurs %d times in raw file" % (qid, a, rc))
        # other docs must not contain the answer either (cross-document uniqueness)
        for other in FILES:
            if other != doc:
                for a in q["answers"]:
                    if a in "\n".join(units[other]):
                        errors.append("%s: '%s' also occurs in %s" % (qid, a, other))
    for e in errors:
        print("ERROR", e)
    print("by doc :", dict(sorted(by_doc.items())))
    print("by lang:", dict(sorted(by_lang.items())))
    print("by kind:", dict(sorted(by_kind.items())))
    for k in FILES:
        print("chars  : %-4s %5d" % (k, len("".join(units[k]))))
    print("SUMMARY: %d questions (%d answerable, %d unanswerable), %d errors -> %s"
          % (len(qs), n_ans, n_un, len(errors), "OK" if not errors else "FAIL"))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()

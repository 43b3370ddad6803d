#!/usr/bin/env python
"""Check blind-6.jsonl against the five documents in docs/.

Every answer string must lie inside one extraction unit of its document:
  PDF   pypdfium2 text, page by page, line by line
  DOCX  python-docx body paragraphs plus table-cell paragraphs
  HTML  text nodes (script, style and title skipped)
  MD    lines; table rows also split into cells
  TXT   lines (file must be UTF-8 without BOM, LF only)
Exit status 0 when every check passes.
"""
import html.parser
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = HERE
ORDER = ["insurance-terms.pdf", "apartment-contract.docx",
         "product-review.html", "api-guide.md", "town-history.txt"]
NEAR_MISS_DOC = {31: 0, 32: 0, 33: 1, 34: 2, 35: 3, 36: 4}
# Words whose presence would make a near miss answerable.
NEAR_MISS_ABSENT = {
    31: ["保険料は年額", "保険料は月額", "円の保険料"],
    32: ["盗難", "盗まれ"],
    33: ["駐車場", "駐車"],
    34: ["防水", "防滴", "水に"],
    35: ["料金", "無料", "有料", "円"],
    36: ["人口", "人が暮らし", "世帯"],
}
KINDS = {"fact", "why", "howto", "table", "paraphrase", "section", "list",
         "unanswerable"}
JA = re.compile(r"[\u3000-\u303f\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf"
                r"\u4e00-\u9fff\uff00-\uffef]")


def units_pdf(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    out = []
    for page in pdf:
        text = page.get_textpage().get_text_range()
        out.extend(l for l in re.split(r"\r\n|\r|\n", text) if l.strip())
    return out


def units_docx(path):
    import docx
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                out.extend(p.text for p in c.paragraphs)
    return [u for u in out if u.strip()]


class _Text(html.parser.HTMLParser):
    SKIP = {"script", "style", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.stack = [], []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data):
        if not self.stack and data.strip():
            self.out.append(data.strip())


def units_html(path):
    p = _Text()
    p.feed(open(path, encoding="utf-8").read())
    return p.out


def units_md(path):
    out = []
    for line in open(path, encoding="utf-8").read().split("\n"):
        if not line.strip():
            continue
        if line.lstrip().startswith("|"):
            out.extend(c.strip() for c in line.strip().strip("|").split("|"))
        else:
            out.append(line)
    return out


def units_txt(path):
    raw = open(path, "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), "BOM in txt"
    assert b"\r" not in raw, "CR in txt"
    return [l for l in raw.decode("utf-8").split("\n") if l.strip()]


EXTRACT = [units_pdf, units_docx, units_html, units_md, units_txt]


def main():
    verbose = "-v" in sys.argv
    errors = []
    units = [f(os.path.join(DOCS, name)) for f, name in zip(EXTRACT, ORDER)]
    for name, us in zip(ORDER, units):
        n = sum(len(JA.findall(u)) for u in us)
        print("%-26s %4d units  %5d Japanese chars" % (name, len(us), n))
        if not 1500 <= n <= 2500:
            errors.append("%s: %d Japanese chars" % (name, n))

    rows = [json.loads(l) for l in
            open(os.path.join(HERE, "..", "blind-6.jsonl"), encoding="utf-8")]
    if len(rows) != 36:
        errors.append("expected 36 questions, got %d" % len(rows))
    found = 0
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if set(r) != {"id", "question", "lang", "kind", "answers",
                      "unanswerable"}:
            errors.append("%s: keys %s" % (rid, sorted(r)))
        if rid != "b6-%03d" % i:
            errors.append("id %s at line %d" % (rid, i))
        if r["kind"] not in KINDS or r["lang"] not in ("ja", "en"):
            errors.append("%s: kind/lang" % rid)
        if i <= 30:
            doc = (i - 1) // 6
            if r["unanswerable"] or r["kind"] == "unanswerable":
                errors.append("%s: should be answerable" % rid)
            if not 1 <= len(r["answers"]) <= 3:
                errors.append("%s: %d answers" % (rid, len(r["answers"])))
            for a in r["answers"]:
                if not 5 <= len(a) <= 25:
                    errors.append("%s: length %d %r" % (rid, len(a), a))
                if re.search(r"[*`]|\]\(|\n|<|>", a):
                    errors.append("%s: markup in %r" % (rid, a))
                hits = [u for u in units[doc] if a in u]
                if hits:
                    found += 1
                    if verbose:
                        print("  %s %r <- %r" % (rid, a, hits[0]))
                else:
                    errors.append("%s: %r not in one unit of %s"
                                  % (rid, a, ORDER[doc]))
        else:
            doc = NEAR_MISS_DOC[i]
            if not r["unanswerable"] or r["answers"] or \
                    r["kind"] != "unanswerable":
                errors.append("%s: should be a near miss" % rid)
            full = "\n".join(units[doc])
            for w in NEAR_MISS_ABSENT[i]:
                if w in full:
                    errors.append("%s: %r occurs in %s" % (rid, w, ORDER[doc]))

    en = [r for r in rows[:30] if r["lang"] == "en"]
    if len(en) != 5 or sorted((int(r["id"][3:]) - 1) // 6 for r in en) \
            != [0, 1, 2, 3, 4]:
        errors.append("need one English answerable question per document")
    kinds = Counter(r["kind"] for r in rows)
    langs = Counter(r["lang"] for r in rows)
    n_ans = sum(len(r["answers"]) for r in rows)
    print("questions %d (answerable %d, near misses %d); answer strings "
          "%d, found %d" % (len(rows), sum(not r["unanswerable"] for r in rows),
                            sum(r["unanswerable"] for r in rows), n_ans, found))
    print("kinds:", ", ".join("%s %d" % kv for kv in sorted(kinds.items())))
    print("langs:", ", ".join("%s %d" % kv for kv in sorted(langs.items())))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "FAILED (%d errors)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Check eval/blind-5.jsonl against the documents in this folder.

Run from the repository root:  python eval/blind-5/verify.py

For each document the text is extracted the way a reader would see it and cut
into units (a PDF line, a Word paragraph or table cell, an HTML text node, a
plain-text line, a Markdown line).  Every answer string must lie inside one
unit of the document its question is about: so it crosses no PDF line wrap,
no table-cell boundary and no markup.  Ruby and annotation markup in the
Aozora text and inline Markdown markup are checked separately.
Exit status 0 when everything passes.
"""
import collections
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = HERE

# which document each question is about; ids b5-001..030 run six per document,
# b5-031..036 are the near misses
DOC_ORDER = ["research-paper.pdf", "employee-handbook.docx", "faq.html", "essay.txt",
             "travel-guide.md"]
NEAR_MISS_DOCS = ["research-paper.pdf", "research-paper.pdf", "employee-handbook.docx",
                  "faq.html", "essay.txt", "travel-guide.md"]
KINDS = {"fact", "why", "howto", "table", "paraphrase", "section", "list", "unanswerable"}


def doc_for(n):
    return DOC_ORDER[(n - 1) // 6] if n <= 30 else NEAR_MISS_DOCS[n - 31]


def pdf_units(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    pages = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        pages.append(tp.get_text_range())
        tp.close()
    pdf.close()
    units = [ln for text in pages for ln in text.splitlines()]
    joined = "".join("".join(t.splitlines()) for t in pages)
    return units, joined, "\n".join(pages), len(pages)


def docx_units(path):
    import docx
    d = docx.Document(path)
    units = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                units.extend(p.text for p in cell.paragraphs)
    return units, "".join(units), "\n".join(units)


class TextNodes(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            s = re.sub(r"\s+", " ", data).strip()
            if s:
                self.nodes.append(s)


def html_units(path):
    p = TextNodes()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return p.nodes, "".join(p.nodes), "\n".join(p.nodes)


RUBY_MARKS = "｜《》［＃］"


def strip_aozora(line):
    line = re.sub(r"［＃[^］]*］", "", line)
    line = re.sub(r"《[^》]*》", "", line)
    return line.replace("｜", "")


def essay_units(path):
    raw = open(path, "rb").read()
    problems = []
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append("essay.txt: a line end is not CRLF")
    text = raw.decode("shift_jis")
    lines = text.split("\r\n")
    return lines, [strip_aozora(ln) for ln in lines], text, problems


MD_MARKS = set("*_`[]|#>!")


def strip_md(line):
    line = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", line)
    line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
    return line.replace("**", "")


def count(text):
    jp = len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff\u3000-\u303f\uff00-\uffef]", text))
    return len(re.sub(r"\s", "", text)), jp


def main():
    failures = []
    units, plain = {}, {}
    u, joined, text, npages = pdf_units(os.path.join(DOCS, "research-paper.pdf"))
    units["research-paper.pdf"], plain["research-paper.pdf"] = u, text
    pdf_joined = joined
    u, _, text = docx_units(os.path.join(DOCS, "employee-handbook.docx"))
    units["employee-handbook.docx"], plain["employee-handbook.docx"] = u, text
    u, _, text = html_units(os.path.join(DOCS, "faq.html"))
    units["faq.html"], plain["faq.html"] = u, text
    raw_lines, stripped_lines, text, probs = essay_units(os.path.join(DOCS, "essay.txt"))
    failures += probs
    units["essay.txt"], plain["essay.txt"] = raw_lines, "\n".join(stripped_lines)
    md_lines = open(os.path.join(DOCS, "travel-guide.md"), encoding="utf-8").read().split("\n")
    units["travel-guide.md"] = md_lines
    plain["travel-guide.md"] = "\n".join(strip_md(ln) for ln in md_lines)

    print("document                 chars(no space)  japanese chars")
    for name in DOC_ORDER:
        total, jp = count(plain[name])
        extra = " (%d pages)" % npages if name.endswith(".pdf") else ""
        print("%-24s %8d %14d%s" % (name, total, jp, extra))
        if not 1500 <= jp <= 2600:
            failures.append("%s: %d Japanese characters, outside about 1,500-2,500" % (name, jp))
    if not 2 <= npages <= 3:
        failures.append("research-paper.pdf: %d pages" % npages)

    qs = [json.loads(ln) for ln in open(os.path.join(HERE, "..", "blind-5.jsonl"), encoding="utf-8")]
    if len(qs) != 36:
        failures.append("%d questions, expected 36" % len(qs))
    per_doc = collections.Counter()
    for n, q in enumerate(qs, 1):
        qid = q["id"]
        if qid != "b5-%03d" % n:
            failures.append("%s: id out of order" % qid)
        if set(q) != {"id", "question", "lang", "kind", "answers", "unanswerable"}:
            failures.append("%s: keys %s" % (qid, sorted(q)))
        if q["kind"] not in KINDS or q["lang"] not in ("ja", "en"):
            failures.append("%s: kind or lang" % qid)
        doc = doc_for(n)
        if q["unanswerable"]:
            if q["answers"] or q["kind"] != "unanswerable":
                failures.append("%s: unanswerable with answers or wrong kind" % qid)
            continue
        per_doc[doc] += 1
        if not 1 <= len(q["answers"]) <= 3:
            failures.append("%s: %d answers" % (qid, len(q["answers"])))
        for a in q["answers"]:
            where = "%s %s %r" % (qid, doc, a)
            if not 5 <= len(a) <= 25:
                failures.append("%s: length %d" % (where, len(a)))
            if "\n" in a or "\r" in a:
                failures.append("%s: contains a line break" % where)
            if not any(a in unit for unit in units[doc]):
                if doc.endswith(".pdf") and a in pdf_joined:
                    failures.append("%s: wrapped across PDF lines" % where)
                else:
                    failures.append("%s: not inside one unit of the document" % where)
            if doc == "essay.txt":
                if any(c in a for c in RUBY_MARKS):
                    failures.append("%s: contains ruby/annotation markup" % where)
                if not any(a in ln for ln in stripped_lines):
                    failures.append("%s: not in the ruby-stripped text" % where)
            if doc == "travel-guide.md":
                if any(c in a for c in MD_MARKS):
                    failures.append("%s: contains Markdown markup" % where)
                if not any(a in strip_md(ln) for ln in md_lines):
                    failures.append("%s: not in the markup-stripped text" % where)
    for name in DOC_ORDER:
        if per_doc[name] != 6:
            failures.append("%s: %d answerable questions" % (name, per_doc[name]))

    kinds = collections.Counter(q["kind"] for q in qs)
    langs = collections.Counter(q["lang"] for q in qs)
    en_answerable = sum(1 for q in qs if q["lang"] == "en" and not q["unanswerable"])
    print("questions: %d (%d answerable, %d unanswerable)"
          % (len(qs), sum(1 for q in qs if not q["unanswerable"]),
             sum(1 for q in qs if q["unanswerable"])))
    print("kinds: " + ", ".join("%s %d" % kv for kv in sorted(kinds.items())))
    print("languages: " + ", ".join("%s %d" % kv for kv in sorted(langs.items())))
    if en_answerable != 5:
        failures.append("%d answerable English questions, expected 5" % en_answerable)

    if failures:
        print("\nFAILED:")
        for f in failures:
            print("  " + f)
        sys.exit(1)
    print("all answer strings found; OK")


if __name__ == "__main__":
    main()

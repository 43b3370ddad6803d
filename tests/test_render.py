"""An answer as HTML: escaped text, real highlight elements, one title per document, a "more" fold."""

from __future__ import annotations

from qa.answer import Answer, Answerer, Quote
from qa.indexing import build_index
from qa.readers.text import parse
from qa.retrieve import Retriever
from ui.render import answer_html, question_html, sources_html

TEXT = "社内メモ\n担当者は「It's a \"green\" light & <b>go</b>」と言った。**これ**が合言葉である。\n"


def quote(start: int, end: int, doc_id: str = "notes.txt", title: str = "社内メモ", hl=None) -> Quote:
    return Quote(TEXT[start:end], doc_id, title, "", start, end, 0.9, hl or ((0, end - start),))


def test_highlights_are_mark_elements_inside_escaped_text():
    start = TEXT.index("担当者")
    q = quote(start, TEXT.index("。", start) + 1, hl=((5, 20),))
    out = answer_html(Answer("q", "ja", True, "文書の該当箇所です（1件）。", [q]))
    assert "<mark>" in out and "</mark>" in out
    assert "&lt;b&gt;go&lt;/b&gt;" in out and "<b>" not in out  # document markup is text, not markup
    assert "&#x27;" in out and "&quot;" in out and "&amp;" in out  # escaped once, decoded by the browser
    assert "&amp;#x27;" not in out and "&amp;quot;" not in out  # never twice
    assert "\n" not in out  # one HTML block: no Markdown is parsed inside it


def test_document_asterisks_are_shown_as_written_not_as_emphasis():
    start = TEXT.index("**")
    out = answer_html(Answer("q", "ja", True, "lead", [quote(start, len(TEXT) - 1)]))
    assert "**これ**" in out and "<strong>" not in out and "<em>" not in out


def test_the_title_appears_once_per_document_and_extra_quotes_fold():
    a_start = TEXT.index("担当者")
    quotes = [quote(a_start, a_start + 5), quote(0, 4, "other.txt", "別の文書"), quote(a_start + 6, a_start + 10),
              quote(4, 8, "other.txt", "別の文書"), quote(a_start + 12, a_start + 14)]
    out = answer_html(Answer("q", "ja", True, "lead", quotes))
    assert out.count("社内メモ</div>") == 1 and out.count("別の文書</div>") == 1
    visible, folded = out.split("<details", 1)
    assert visible.count('class="quote"') == 3 and folded.count('class="quote"') == 2
    assert "ほかの2件" in folded


def test_a_follow_up_says_which_question_it_took_context_from():
    a = Answer("いつ？", "ja", True, "lead", [quote(0, 4)], context_from="<script>前の質問</script>")
    out = answer_html(a)
    assert "&lt;script&gt;前の質問" in out and "<script>" not in out


def test_the_question_is_escaped():
    assert question_html("**a** <i>b</i> & c") == '<div class="kotae-question">**a** &lt;i&gt;b&lt;/i&gt; &amp; c</div>'


def test_sources_mark_the_quote_inside_its_passage():
    doc = parse(TEXT, "notes.txt")
    start = TEXT.index("担当者")
    out = sources_html(Answer("q", "ja", True, "lead", [quote(start, start + 5)]), {"notes.txt": doc})
    assert out.count("<mark>") == 1 and "社内メモ <small>(notes.txt)</small>" in out


def test_an_answer_from_a_hostile_document_shows_its_markup_as_text(tmp_path, settings, embedder):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "evil.md").write_text(
        "# 危険な文書\n\n会議は<script>alert(1)</script>東京で開かれ、"
        "写真<img src=x onerror=alert(2)>と[詳細](javascript:alert(3))も公開された。\n",
        encoding="utf-8")
    build_index([docs], tmp_path / "idx", settings, embedder=embedder)
    a = Answerer(Retriever(settings.replace(index_dir=tmp_path / "idx"), embedder=embedder))
    out = answer_html(a.answer("会議はどこで開かれた？", threshold=0.0))
    assert "<script" not in out and "<img" not in out and "<a " not in out
    assert "&lt;script&gt;" in out and "onerror" in out  # shown as text, not run


def test_closest_passages_are_labelled_as_such():
    out = answer_html(Answer("q", "en", False, "The documents do not seem to answer this question.", [quote(0, 4)]))
    assert "may not answer" in out

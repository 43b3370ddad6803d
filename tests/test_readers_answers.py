"""Real files of every format, indexed and asked: quotes carry no notation or markup, and cite
their section and (for PDF) page."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from qa.answer import Answerer
from qa.indexing import build_index
from qa.retrieve import Retriever
from qa.stores import faiss

DATA = Path(__file__).resolve().parent / "data"
FILES = ("sample.pdf", "sample.docx", "page.html", "guide.md", "wagahai.txt")
QUESTIONS = [
    "吾輩の名前は？", "書生はどんな種族？", "絵端書には何が描いてあった？", "猫は誰から絵葉書をもらった？",
    "kotae のインストール方法は？", "Python のバージョンは何が必要？", "qa ask は何をするコマンド？",
    "回答には何が付く？", "地震に備えて何日分の水を用意する？", "持ち出し袋に入れるものは？",
    "水は一人一日何リットル？", "出張の申請はいつまでに？", "東京の宿泊費の上限は？", "領収書はいつまでに提出する？",
    "ページをまたいだ文はどう引用される？", "見出しとページ番号は本文に入る？", "How are hyphenated words handled?",
    "What must the reader rejoin?", "How do I install kotae?", "What is the hotel limit in Tokyo?",
]
FORBIDDEN = re.compile(r"[《》｜]|［＃|\]\(|\{#|```")


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, settings, embedder) -> Answerer:
    folder = tmp_path_factory.mktemp("real-docs")
    for name in FILES:
        shutil.copy(DATA / name, folder / name)
    index_dir = tmp_path_factory.mktemp("real-index")
    report = build_index([folder], index_dir, settings, embedder=embedder)
    assert report.skipped == [] and report.documents == len(FILES)
    return Answerer(Retriever(settings.replace(index_dir=index_dir), embedder))


@pytest.mark.slow
def test_no_quote_carries_notation_or_markup(answerer):
    for question in QUESTIONS:
        for quote in answerer.answer(question, k=5).quotes:
            assert not FORBIDDEN.search(quote.text), (question, quote.text)


@pytest.mark.slow
def test_quotes_and_passages_cite_section_and_page(answerer):
    documents = answerer.retriever.store.documents
    seen_pdf = False
    for question in QUESTIONS:
        for q in answerer.answer(question, k=5).quotes:
            doc = documents[q.doc_id]
            where = f"{q.title} › {q.section}" if q.section else q.title
            assert q.section == doc.section_at(q.start) and q.page == doc.page_at(q.start)
            if q.doc_id.endswith(".pdf"):
                seen_pdf = True
                assert q.citation == f"{where}, p. {q.page}, {q.start}–{q.end}"
            else:
                assert q.page is None and q.citation == f"{where}, {q.start}–{q.end}"
    assert seen_pdf
    # A passage is cited by the page it starts on: this section starts at the foot of page 1.
    passage = answerer.retriever.retrieve("見出しとページ番号と柱は本文に入りますか？", k=1)[0]
    assert passage.doc_id == "sample.pdf" and passage.page == 1 and passage.text.startswith("第2章")
    assert passage.citation.startswith("読み取り試験の見本 › 第2章\u3000ページをまたぐ文, p. 1 [")
    passage = answerer.retriever.retrieve("行の途中で折り返された文", k=1)[0]
    assert passage.doc_id == "sample.pdf" and passage.page == 1
    assert passage.citation.startswith("読み取り試験の見本 › 第1章\u3000読み取りの方針, p. 1 [")


@pytest.mark.slow
def test_pages_and_metadata_survive_saving_the_index(answerer):
    loaded = faiss.load(answerer.retriever.index_dir)
    assert loaded.documents["sample.pdf"].pages == [0, loaded.documents["sample.pdf"].text.index("するときには")]
    assert loaded.documents["wagahai.txt"].metadata["author"] == "夏目漱石"

"""Markdown: tests/data/guide.md has front matter, a table of contents, `{#anchors}`, an HTML
comment, a container fence, a table, inline code and a fenced code block."""

from __future__ import annotations

from pathlib import Path

from qa.readers import load_file
from qa.readers.markdown import parse

GUIDE = Path(__file__).resolve().parent / "data" / "guide.md"


def test_markup_leaves_only_the_reading_text():
    doc = load_file(GUIDE)
    assert doc.text == (
        "kotae 利用ガイド\n\n"
        "kotae は手元の文書に日本語で質問し、答えになる文をそのまま引用して返すツールです。"
        "詳しくは 公式サイト と構成図 を見てください。\n\n"
        "インストール\n\nPython 3.11 以上が必要です。\n\n"
        "pip install kotae を実行すると、qa コマンドが使えるようになります。\n\n"
        "pip install kotae\nqa index docs/\n\n"
        "使い方\n\nコマンド | 役割\nqa index | 文書を索引に登録する\nqa ask | 質問に答える\n\n"
        "質問する\n\n1. 文書のフォルダーを索引に登録します。\n2. qa ask に質問を渡します。\n\n"
        "回答には、引用元の文書名と見出しが付きます。")


def test_the_title_is_the_first_real_heading_not_the_table_of_contents():
    doc = load_file(GUIDE)
    assert doc.title == "kotae 利用ガイド"
    assert [s.name for s in doc.sections] == ["インストール", "使い方", "使い方 › 質問する"]
    start, end = doc.metadata["code"][0]
    assert doc.text[start:end] == "pip install kotae\nqa index docs/"
    assert [doc.text[s:doc.text.index("\n", s)] for s in doc.tables.headers] == ["コマンド | 役割"]


def test_front_matter_title_wins():
    doc = parse("---\ntitle: \"手引き\"\n---\n\n## 概要\n\n本文です。\n", "a.md")
    assert doc.title == "手引き" and doc.text == "概要\n\n本文です。" and [s.name for s in doc.sections] == ["概要"]


def test_a_first_heading_that_repeats_the_front_matter_title_is_not_a_section():
    doc = parse("---\ntitle: メモリ ヘルプ\n---\n\n# メモリ ヘルプ\n\n## 同期\n\n設定を開きます。\n", "a.md")
    assert doc.title == "メモリ ヘルプ" and [s.name for s in doc.sections] == ["同期"]


def test_an_empty_row_is_dropped_and_a_table_without_its_header_row_records_none():
    doc = parse("| | |\n|---|---|\n| 東京 | 晴れ |\n| | |\n", "a.md")
    assert doc.text == "東京 | 晴れ" and doc.tables.headers == frozenset()

"""Aozora Bunko: tests/data/wagahai.txt, in Shift_JIS with CRLF as distributed, with ruby, notes,
headings, gaiji notes, the notation legend and the credits."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.readers import load_file
from qa.readers.aozora import clean_line, gaiji, parse

WAGAHAI = Path(__file__).resolve().parent / "data" / "wagahai.txt"


def test_notation_leaves_the_text_and_headings_become_sections():
    doc = load_file(WAGAHAI)
    assert doc.encoding == "cp932" and doc.title == "吾輩は猫である"
    assert doc.text.startswith("吾輩は猫である\n夏目漱石\n\n一\n\n"
                               "吾輩は猫である。名前はまだ無い。\nどこで生れたかとんと見当がつかぬ。")
    assert "人間中で一番獰悪な種族であったそうだ。この書生というのは時々我々を捕えて煮て食う" in doc.text
    assert "その後猫にもだいぶ逢ったがこんな片輪には一度も出会わした事がない。\n" in doc.text
    assert "鷗外の名を借りれば" in doc.text and "呭と鳴いてみたが" in doc.text
    body, credits = doc.text.split("\n\n底本\n\n")
    assert body.endswith("その真中に一の動物が蹲踞っているところをパステルで書いてある。")
    for mark in ("《", "》", "｜", "［＃", "※", "底本", "テキスト中に現れる記号", "-----", "\u3000"):
        assert mark not in body
    assert [s.name for s in doc.sections] == ["一", "二", "底本"]
    assert doc.section_at(doc.text.index("鷗外")) == "一"
    assert doc.section_at(doc.text.index("元朝")) == "二"


def test_readings_author_and_credits_are_kept_as_metadata():
    doc = load_file(WAGAHAI)
    assert doc.metadata["author"] == "夏目漱石"
    assert doc.metadata["credits"].startswith("底本：「夏目漱石全集1」ちくま文庫、筑摩書房")
    assert "入力：柴田卓治" in doc.metadata["credits"]
    # and close the text as a section of their own, one line each: readers ask which edition it was typed from
    assert doc.section_at(doc.text.index("入力：柴田卓治")) == "底本"
    assert "\n底本：「夏目漱石全集1」ちくま文庫、筑摩書房\n" in doc.text
    assert doc.text.endswith("1999年9月17日公開")  # not the library's note on every file it makes
    ruby = {base: (offset, reading) for offset, base, reading in doc.metadata["ruby"]}
    assert ruby["獰悪"][1] == "どうあく" and ruby["後"][1] == "ご"  # ｜ mark, and a kanji run after kana
    offset = ruby["見当"][0]
    assert doc.text[offset:offset + 2] == "見当"


@pytest.mark.parametrize(("note", "char"), [
    ("「區＋鳥」、第3水準1-94-69", "鷗"), ("「口＋世」、U+546D", "呭"), ("「戀－心＋女」、第4水準2-5-86", "孌"),
    ("「てへん＋劣」", None),
])
def test_gaiji_notes_give_the_character_when_they_give_its_code(note, char):
    assert gaiji(note) == char


def test_heading_notes_around_the_text_and_repeat_marks():
    assert clean_line("［＃大見出し］第一部［＃大見出し終わり］")[::2] == ("第一部", (1, "第一部"))
    assert clean_line("　いよいよ／＼面白い")[0] == "いよいよ〳〵面白い"


def test_credits_are_read_like_the_body_and_the_library_note_leaves():
    doc = parse("坂の上\n架空太郎\n\n　本文です。\n\n底本：「坂の上の店」※［＃「區＋鳥」、第3水準1-94-69］浦書房\n"
                "入力：某《なにがし》\n青空文庫作成ファイル：\nこのファイルは、インターネットの図書館で作られました。\n",
                "saka.txt")
    credits = doc.text.split("\n\n底本\n\n")[1]
    assert credits == "底本：「坂の上の店」鷗浦書房\n入力：某"
    assert doc.metadata["credits"].startswith("底本：") and "このファイルは" in doc.metadata["credits"]

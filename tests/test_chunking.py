"""Chunks are exact slices of their document, cut where Japanese sentences end."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from qa.chunking import chunk_document, sentence_spans
from qa.readers import load_file
from qa.readers.text import parse

JAPANESE = st.text(
    alphabet=st.sampled_from(list("あいうえおかきくけこ漢字日本語。、！？「」『』（）\n ABCabc123-・")), max_size=1500
)


@settings(max_examples=150, deadline=None)
@given(text=JAPANESE, size=st.integers(20, 300), overlap_ratio=st.floats(0, 0.5))
def test_offsets_reproduce_the_text_and_no_chunk_is_empty(text, size, overlap_ratio):
    doc = parse(text, "doc.txt")
    chunks = chunk_document(doc, size, int(size * overlap_ratio))
    for c in chunks:
        assert doc.text[c.start:c.end] == c.text
        assert c.text.strip() == c.text and c.text
        # a heading (≤ 40 characters and its newline) may ride along with the first passage
        assert len(c.text) <= size + 41
    assert [c.start for c in chunks] == sorted(c.start for c in chunks)


def test_every_non_blank_character_is_covered(seed_copy):
    doc = load_file(seed_copy / "ukraine-peace-talks-witkoff.txt")
    chunks = chunk_document(doc, 200, 0)
    covered = set()
    for c in chunks:
        covered.update(range(c.start, c.end))
    assert all(i in covered for i, ch in enumerate(doc.text) if not ch.isspace())


def test_sentences_end_at_their_punctuation_and_closing_brackets_stay():
    sentences = ["彼は「それは重要だ」と述べた。", "「会談は成功した！」", "本当に合意できるのか？"]
    text = "題名\n" + "".join(sentences) * 8
    chunks = chunk_document(parse(text, "d.txt"), 40, 0)
    body = [c for c in chunks if c.start > 2]
    assert len(body) > 1
    for c in body:
        assert c.text.endswith(("述べた。", "成功した！」", "できるのか？")), c.text
        assert not c.text.startswith(("」", "。"))


def test_the_number_opening_a_line_stays_with_it():
    text = "2. 実験方法\nデータを集めた。\n1. 付属のケーブルをつなぎます。\n3.1. 詳細\nVer. 2 is out. It works."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "2. 実験方法", "データを集めた。", "1. 付属のケーブルをつなぎます。", "3.1. 詳細", "Ver.", "2 is out.",
        "It works."]


def test_a_sentence_that_fits_is_never_cut():
    sentences = ["東京で首脳会談が開かれた。", "両国は経済協力で合意した。", "次回は大阪で開催される予定だ。"] * 5
    chunks = chunk_document(parse("題名\n" + "".join(sentences), "d.txt"), 50, 0)
    for c in chunks[1:]:
        assert any(c.text.startswith(s) for s in sentences)


def test_chunks_know_their_section_and_never_straddle_two(seed_copy):
    doc = load_file(seed_copy / "ukraine-peace-talks-witkoff.txt")
    chunks = chunk_document(doc, 200, 30)
    starts = {s.start: s.name for s in doc.sections}
    for c in chunks:
        assert c.section == doc.section_at(c.start)
        assert not any(c.start < s < c.end for s in starts)
    witkoff = next(c for c in chunks if "公開された議事録によると" in c.text)
    assert witkoff.section == "ウィトコフ氏とクレムリン高官の会談内容"
    assert witkoff.text.startswith("ウィトコフ氏とクレムリン高官の会談内容\n")


def test_a_heading_with_nothing_under_it_but_subsections_is_no_chunk():
    from qa.documents import Document, Section

    text = "よくある質問\n\nQ. 予約は必要ですか？\n\nA. 不要です。\n\nアクセス\n\n駅から徒歩5分です。"
    sections = [Section(0, "よくある質問"), Section(8, "よくある質問 › Q. 予約は必要ですか？"),
                Section(text.index("アクセス"), "アクセス")]
    chunks = chunk_document(Document("faq.html", text, "案内", sections), 300, 0)
    assert [c.text for c in chunks] == ["Q. 予約は必要ですか？\n\nA. 不要です。", "アクセス\n\n駅から徒歩5分です。"]
    assert chunks[0].section == "よくある質問 › Q. 予約は必要ですか？"  # the heading's name still leads the path
    # Headings one after another at one level say something themselves (a rule book written as headings).
    rules = "会員規約\n\n第1条 会費は月額500円とする\n\n第2条 退会は前月末までに届け出る"
    articles = [Section(rules.index(n), rules[rules.index(n):].split("\n")[0]) for n in ("第1条", "第2条")]
    assert [c.text for c in chunk_document(Document("r.md", rules, "会員規約", articles), 300, 0)][1:] == [
        "第1条 会費は月額500円とする", "第2条 退会は前月末までに届け出る"]


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_a_full_stop_inside_brackets_does_not_end_the_sentence():
    assert _sentences("姫路城は城である。別名を白鷺城(はくろじょう・しらさぎじょう。詳細は後述)という。次の文。") == [
        "姫路城は城である。", "別名を白鷺城(はくろじょう・しらさぎじょう。詳細は後述)という。", "次の文。"]
    assert _sentences("彼は「行く。明日だ。」と言った。次。") == ["彼は「行く。明日だ。」と言った。", "次。"]
    assert _sentences("「会談は成功した！」本当に？") == ["「会談は成功した！」", "本当に？"]


def test_an_unclosed_or_overlong_bracket_falls_back_to_full_stops():
    assert _sentences("括弧（閉じない。次の文。\n次行。") == ["括弧（閉じない。", "次の文。", "次行。"]
    assert _sentences("行末（改行\n内。）ここ。") == ["行末（改行", "内。）", "ここ。"]
    assert _sentences("前文。彼は「行く。明日だ。") == ["前文。", "彼は「行く。", "明日だ。"]
    assert _sentences("前文。彼は「行く。明日だ」") == ["前文。", "彼は「行く。明日だ」"]
    long_quote = "「" + "あいうえお。" * 40 + "」と言った。"
    pieces = _sentences(long_quote)
    assert len(pieces) == 40 and pieces[-1] == "あいうえお。」と言った。"

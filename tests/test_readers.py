"""The reader registry: which reader a file gets, plain-text decoding, and a folder walk that
accounts for every file (read, or skipped with its reason)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.documents import UnreadableFile
from qa.readers import load_documents, load_file, reader_for
from qa.readers.text import parse

DATA = Path(__file__).resolve().parent / "data"


def test_seed_article_title_and_sections(seed_copy):
    docs, skipped = load_documents([seed_copy])
    assert skipped == [] and len(docs) == 1
    doc = docs[0]
    assert doc.doc_id == "ukraine-peace-talks-witkoff.txt"
    assert doc.title.startswith("ウクライナ和平交渉を巡る進展と障壁")
    names = [s.name for s in doc.sections]
    assert names[:3] == ["はじめに", "主なニュースの要点", "アメリカ政府の主張と現場の温度差"]
    assert names[-1] == "まとめ"
    # Bullets and sentences are never headings.
    assert not any(n.startswith("- ") or n.endswith("。") for n in names)
    assert doc.section_at(doc.text.index("2025年11月25日")) == "はじめに"


def test_bom_and_crlf_are_normalised(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeff題名\r\n見出し\r\n本文です。\r\n".encode())
    doc = load_file(path)
    assert doc.text == "題名\n見出し\n本文です。\n" and doc.title == "題名"
    assert [s.name for s in doc.sections] == ["見出し"] and doc.encoding == "utf-8-sig"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_a_bom_are_text_not_binary(tmp_path, encoding):
    text = "題名\n見出し\n本文です。\n"
    path = tmp_path / "wide.txt"
    path.write_bytes(text.encode(encoding))  # Python writes the BOM for these
    doc = load_file(path)
    assert doc.text == text and doc.encoding.startswith(encoding)


def test_plain_text_title_and_headings():
    doc = parse("表題\n\n本文です。\n第一節\n内容です。\n", "notes.txt")
    assert doc.title == "表題"
    assert [s.name for s in doc.sections] == ["第一節"]
    assert doc.section_at(doc.text.index("内容")) == "第一節"


LETTER = """令和7年5月9日
保護者各位
　　　　　　　　　　　　　　　　　さくら台市立ひばりが丘小学校
　　　　　　　　　　　　　　　　　校長　森本　和彦

　　　　　　　　第3学年　春の遠足のお知らせ

　新緑の候、保護者の皆様にはますますご健勝のこととお喜び申し上げます。
　さて、第3学年では、下記のとおり春の遠足を実施いたします。今回の遠足は、理科で
学習している「身近な生き物」の観察と、班で協力して行動することをねらいとしていま
す。お子さまと一緒に持ち物の準備をしていただきますよう、よろしくお願いいたします。

記

1. 日時　　令和7年5月30日（金）
　　　　　午前8時20分　学校集合
　　　　　午前8時40分　学校出発

7. 雨天の場合
　当日の朝6時30分までに判断し、学校のメール配信でお知らせします。
"""


def test_a_letter_wrapped_at_a_fixed_width_reads_as_its_sentences():
    doc = parse(LETTER, "letter.txt")
    assert "今回の遠足は、理科で学習している「身近な生き物」の観察と、班で協力して行動することをねらいとしてい" \
           "ます。" in doc.text
    assert "　さて、第3学年では" in doc.text and "\n1. 日時" in doc.text  # paragraphs and items stay apart
    # The title stands under the date, the addressee and the sender, and is a heading, not a quote.
    assert doc.title == "第3学年　春の遠足のお知らせ"
    assert doc.title_start == doc.text.index("第3学年　春の")
    # A timetable's rows and the sender's name hang under the line before them: not headings.
    assert [s.name for s in doc.sections] == ["記", "7. 雨天の場合"]


def test_a_schedule_of_dated_lines_is_not_joined_and_a_name_ending_in_sama_is_no_addressee():
    text = "行事予定\n\n" + "\n".join(f"2024年5月{d}日 遠足があり、全校生徒が参加します" for d in range(10, 20)) + "\n"
    assert parse(text, "s.txt").text == text
    assert parse("製品仕様\n\n本製品は軽い。\n", "f.txt").title == "製品仕様"
    assert parse("令和7年5月9日\n会員の皆様\n\nお知らせ\n\n本文です。\n", "f.txt").title == "お知らせ"


def test_lines_that_end_their_sentences_are_not_joined():
    text = ("猫の一日\n\n吾輩は猫である。名前はまだ無い。\nどこで生れたかとんと見当がつかぬ。\n"
            "何でも薄暗いじめじめした所で泣いていた。\n")
    assert parse(text, "cat.txt").text == text


def test_a_plain_text_that_opens_with_a_sentence_is_titled_by_its_file_name():
    doc = parse("定例会議は毎月第二火曜日に本社で開く。\n議事録は翌日に共有する。\n", "memo.txt")
    assert doc.title == "memo.txt" and doc.sections == [] and doc.heading_starts == set()


@pytest.mark.parametrize("encoding", ["shift_jis", "cp932", "euc_jp", "iso2022_jp"])
def test_japanese_legacy_encodings_are_detected(tmp_path, encoding):
    text = "日本語の文書です。\n会談は東京で行われました。外務大臣が出席し、合意文書に署名しました。\n" * 3
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    doc = load_file(path)
    assert doc.text == text
    assert doc.encoding.replace("-", "_") in {"shift_jis", "cp932", "euc_jp", "iso2022_jp"}


@pytest.mark.parametrize(("name", "reader"), [
    ("sample.pdf", "pdf"), ("sample.docx", "docx"), ("page.html", "html"), ("guide.md", "markdown"),
    ("wagahai.txt", "aozora"),
])
def test_readers_are_chosen_by_suffix_and_by_content(tmp_path, name, reader):
    data = (DATA / name).read_bytes()
    assert reader_for(DATA / name, data).name == reader
    if reader != "markdown":  # Markdown has no signature; without its suffix it is plain text
        assert reader_for(tmp_path / "no-suffix", data).name == reader


def test_an_unknown_suffix_is_not_guessed_at(tmp_path):
    assert reader_for(tmp_path / "notes.csv", b"a,b\n1,2\n") is None
    assert reader_for(tmp_path / "report.bin", (DATA / "sample.pdf").read_bytes()).name == "pdf"


def test_every_file_of_a_folder_is_read_or_skipped_with_its_reason(tmp_path):
    for name in ("sample.pdf", "sample.docx", "page.html", "guide.md", "wagahai.txt"):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    (tmp_path / "good.txt").write_text("題名\n本文です。\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    docs, skipped = load_documents([tmp_path])
    assert sorted(d.doc_id for d in docs) == ["good.txt", "guide.md", "page.html", "sample.docx", "sample.pdf",
                                              "wagahai.txt"]
    reasons = {Path(s.path).name: s.reason for s in skipped}
    assert reasons.pop("photo.png").startswith("unsupported file type .png (readable: ")
    assert reasons.pop("broken.pdf").startswith("not a readable PDF")
    assert reasons.pop("broken.docx") == "not a Word .docx file (File is not a zip file)"
    assert reasons == {"binary.txt": "binary file (contains NUL bytes)", "empty.txt": "empty file",
                       ".DS_Store": "hidden file", ".git": "hidden folder (1 file(s) not read)"}


def test_a_pdf_without_text_layer_is_reported_as_such(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(100, 100, 200, 300, fill=1)  # an image-only page: no text at all
    c.showPage()
    c.save()
    with pytest.raises(UnreadableFile, match=r"scan.pdf: no text layer \(scanned\?\) in 1 page\(s\)"):
        load_file(path)


def test_missing_path_is_a_value_error(tmp_path):
    with pytest.raises(ValueError, match="no such file or folder"):
        load_documents([tmp_path / "nope"])


def test_doc_ids_are_relative_to_the_indexed_folder(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.md").write_text("# X\n本文。\n", encoding="utf-8")
    docs, _ = load_documents([tmp_path])
    assert [d.doc_id for d in docs] == ["sub/x.md"]


def test_dotdot_paths_and_directories_named_like_files(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b.txt").write_text("題名\n本文です。\n", encoding="utf-8")
    docs, _ = load_documents([tmp_path / "a" / ".." / "b.txt"])
    assert [d.doc_id for d in docs] == ["b.txt"]
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(UnreadableFile, match="cannot read"):
        load_file(tmp_path / "folder.txt")


def test_oversized_files_are_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2000)
    with pytest.raises(UnreadableFile, match="over the 1,000-byte limit"):
        load_file(path, max_bytes=1000)

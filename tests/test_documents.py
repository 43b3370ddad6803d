"""Reading files: encodings, titles, headings, and what gets skipped (with a reason)."""

from __future__ import annotations

import pytest

from qa.documents import UnreadableFile, load_documents, load_file, parse


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


def test_markdown_title_and_headings():
    doc = parse("# 表題\n\n本文。\n\n## 第一節\n内容です。\n", "notes.md")
    assert doc.title == "表題"
    assert [s.name for s in doc.sections] == ["第一節"]
    assert doc.section_at(doc.text.index("内容")) == "第一節"


@pytest.mark.parametrize("encoding", ["shift_jis", "cp932", "euc_jp"])
def test_japanese_legacy_encodings_are_detected(tmp_path, encoding):
    text = "日本語の文書です。\n会談は東京で行われました。外務大臣が出席し、合意文書に署名しました。\n" * 3
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    doc = load_file(path)
    assert doc.text == text
    assert doc.encoding.replace("-", "_") in {"shift_jis", "cp932", "euc_jp"}


def test_unreadable_files_are_skipped_with_reasons(tmp_path):
    (tmp_path / "good.txt").write_text("題名\n本文です。\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    docs, skipped = load_documents([tmp_path])
    assert [d.doc_id for d in docs] == ["good.txt"]
    reasons = {s.path.split("/")[-1]: s.reason for s in skipped}
    assert reasons == {"binary.txt": "binary file (contains NUL bytes)", "empty.txt": "empty file"}


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

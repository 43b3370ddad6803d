"""The `qa` command: the same library calls, printed; errors are one line and a non-zero exit."""

from __future__ import annotations

import json

import pytest

from qa.cli import main


def test_index_ask_info(tmp_path, seed_copy, capsys):
    idx = str(tmp_path / "idx")
    assert main(["index", str(seed_copy), "--index-dir", idx]) == 0
    assert "indexed 1 document(s)" in capsys.readouterr().out

    assert main(["ask", "ウィトコフ氏は誰と会談した？", "-k", "2", "--index-dir", idx]) == 0
    out = capsys.readouterr().out
    assert out.startswith("文書の該当箇所です") and "\n1. 「" in out and " › " in out

    assert main(["ask", "ウィトコフ氏は誰と会談した？", "-k", "2", "--passages", "--index-dir", idx]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. [") and "\n2. [" in out and " › " in out

    assert main(["info", "--index-dir", idx]) == 0
    out = capsys.readouterr().out
    assert "multilingual-e5-small (384 dimensions)" in out and "ukraine-peace-talks-witkoff.txt" in out
    assert "questions on ONNX Runtime" in out

    assert main(["info", "--index-dir", idx, "--backend", "torch"]) == 0
    assert "questions on PyTorch" in capsys.readouterr().out


def test_errors_are_one_line_on_stderr(tmp_path, capsys):
    assert main(["ask", "  ", "--index-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "question is empty" in err

    assert main(["info", "--index-dir", str(tmp_path / "none")]) == 2
    assert "no index in" in capsys.readouterr().err

    assert main(["index", str(tmp_path / "missing"), "--index-dir", str(tmp_path / "i")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_skipped_files_are_reported(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ok.txt").write_text("題名\n本文です。\n", encoding="utf-8")
    (docs / "bin.txt").write_bytes(b"\x00\x00")
    assert main(["index", str(docs), "--index-dir", str(tmp_path / "i")]) == 0
    captured = capsys.readouterr()
    assert "indexed 1 document(s)" in captured.out and "bin.txt: binary file" in captured.err


def test_english_questions_need_a_data_set_to_translate(capsys):
    assert main(["eval", "--english"]) == 2
    assert "give --jsquad or --jaquad too" in capsys.readouterr().err


def test_definition_questions_need_a_data_set_to_ask_about(capsys):
    assert main(["eval", "--definitions"]) == 2
    assert "--definitions asks about JSQuAD or JaQuAD articles" in capsys.readouterr().err
    assert main(["eval", "--jsquad", "--definitions", "--english"]) == 2
    assert "give one of them" in capsys.readouterr().err


@pytest.mark.slow
def test_a_kept_dataset_index_is_reused_by_the_next_evaluation(tmp_path, capsys):
    """`--dataset-index` keeps the JSQuAD index: asking again embeds nothing."""
    question = {"id": "q1", "question": "水琴窟は何の装飾？", "answers": [{"text": "日本庭園", "answer_start": 11}]}
    squad = {"data": [{"title": "水琴窟", "paragraphs": [
        {"context": "水琴窟 [SEP] 水琴窟は日本庭園の装飾の一つである。", "qas": [question]}]}]}
    data = tmp_path / "tiny.json"
    data.write_text(json.dumps(squad, ensure_ascii=False), encoding="utf-8")
    kept = tmp_path / "kept"
    for embedded in (1, 0):
        assert main(["eval", "--jsquad", str(data), "--dataset-index", str(kept)]) == 0
        assert f"{embedded} documents embedded, the index kept in {kept / 'jsquad'}" in capsys.readouterr().out
    assert main(["eval", "--dataset-index", str(kept)]) == 2
    assert "give --jsquad or --jaquad too" in capsys.readouterr().err


def test_the_english_model_refuses_a_sample_its_translations_do_not_cover(capsys):
    assert main(["train", "cross", "--paragraphs", "5", "--seed", "7"]) == 2
    err = capsys.readouterr().err
    assert "translates none of this sample's questions" in err and len(err.strip().splitlines()) == 1

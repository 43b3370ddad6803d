"""A damaged index is one message naming the file and the fix: never a traceback, never a wrong answer.

Every file of a generation is damaged every way a disk, a crash or a clumsy hand damages files
(truncated, bytes flipped, deleted, replaced by another kind of file, JSON edited), with and without
the checksums; and the checks that run without checksums are tested on damage that keeps the
manifest's sizes and checksums consistent ("resealed"), as a buggy writer would leave it.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa.cli import main
from qa.indexing import build_index
from qa.stores import faiss as store
from tests.conftest import ROOT

GENERATION_FILES = ["manifest.json", "documents.jsonl", "chunks.jsonl", "vectors.npy", "index.faiss",
                    "lexical/lexical.json", "lexical/vocab.index.json", "lexical/params.index.json",
                    "lexical/data.csc.index.npy", "lexical/indices.csc.index.npy", "lexical/indptr.csc.index.npy",
                    "sentences/spans.npy", "sentences/ptr.npy", "sentences/vectors.npy"]
PROBES = ["ウィトコフ氏は誰と会談した？", "ロシア 要求", "NATO"]


def live(index_dir: Path) -> Path:
    return index_dir / store.generation(index_dir)


def copy_index(source: Path, target: Path) -> Path:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    return live(target)


def reseal(gen: Path) -> None:
    """Make the manifest agree with the files as they now are: only the deep checks can tell."""
    manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
    for rel in manifest["files"]:
        data = (gen / rel).read_bytes()
        manifest["files"][rel] = {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    manifest["sha256"] = store.manifest_checksum(manifest)
    (gen / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def same_content(a: store.Store, b: store.Store) -> bool:
    return (a.chunks == b.chunks and a.documents == b.documents and np.array_equal(a.vectors, b.vectors)
            and all(np.array_equal(a.lexical.scores(q), b.lexical.scores(q)) for q in PROBES))


def assert_named_damage(index_dir: Path, file: str) -> str:
    with pytest.raises(store.IndexUnavailable) as info:
        store.load(index_dir)
    message = str(info.value)
    assert f"damaged: {file}" in message and f"qa index PATH ... --index-dir {index_dir}" in message
    assert "\n" not in message and "Traceback" not in message
    return message


# Damage, one way each ---------------------------------------------------------------------------------------


def _json_edit(data: bytes, jsonl: bool, path: list[int], replacement) -> bytes:
    """Replace one value somewhere in a JSON document (or in one line of a JSON-lines file)."""
    lines = data.decode("utf-8").splitlines() if jsonl else [data.decode("utf-8")]
    line = path[0] % len(lines)
    root = node = json.loads(lines[line])
    parent, key = None, None
    for step in path[1:]:
        if isinstance(node, dict) and node:
            key = sorted(node)[step % len(node)]
        elif isinstance(node, list) and node:
            key = step % len(node)
        else:
            break
        parent, node = node, node[key]
    if parent is None:
        root = replacement
    else:
        parent[key] = replacement
    lines[line] = json.dumps(root, ensure_ascii=False)
    return ("\n".join(lines) + "\n").encode("utf-8")


def _parsed(data: bytes, jsonl: bool):
    text = data.decode("utf-8")
    return [json.loads(line) for line in text.splitlines()] if jsonl else json.loads(text)


JSON_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False),
                        st.text(max_size=20), st.lists(st.integers(), max_size=3),
                        st.dictionaries(st.text(max_size=5), st.integers(), max_size=2))


@st.composite
def damages(draw):
    file = draw(st.sampled_from(GENERATION_FILES))
    kind = draw(st.sampled_from(["truncate", "flip", "delete", "swap", "directory", "edit-json"]))
    return file, kind, draw(st.integers(0, 10**9)), draw(st.integers(1, 255)), draw(
        st.lists(st.integers(0, 10**6), min_size=1, max_size=6)), draw(JSON_VALUES)


def apply_damage(gen: Path, file: str, kind: str, position: int, mask: int, path: list[int], value) -> bool:
    """Damage `file` in `gen`; False when the drawn damage would leave the file as it was."""
    target = gen / file
    data = target.read_bytes()
    if kind == "truncate":
        target.write_bytes(data[: position % len(data)])
    elif kind == "flip":
        i = position % len(data)
        target.write_bytes(data[:i] + bytes([data[i] ^ mask]) + data[i + 1:])
    elif kind == "delete":
        target.unlink()
    elif kind == "swap":  # another file of the generation in its place (a .npy for a JSON file, and so on)
        other = gen / GENERATION_FILES[(GENERATION_FILES.index(file) + 1 + position % 10) % len(GENERATION_FILES)]
        if other.read_bytes() == data:
            return False
        target.write_bytes(other.read_bytes())
    elif kind == "directory":
        target.unlink()
        target.mkdir()
    else:
        if not file.endswith((".json", ".jsonl")):
            return False
        jsonl = file.endswith(".jsonl")
        edited = _json_edit(data, jsonl, path, value)
        if _parsed(edited, jsonl) == _parsed(data, jsonl):
            return False
        target.write_bytes(edited)
    return True


@pytest.fixture(scope="module")
def original(seed_index):
    return store.load(seed_index)


def damaged_copy(seed_index, tmp_path, damage):
    """A copy of the seed index with `damage` applied, or None when the damage does not apply to it."""
    file, kind, position, mask, path, value = damage
    index_dir = tmp_path / "idx"
    return index_dir if apply_damage(copy_index(seed_index, index_dir), file, kind, position, mask, path,
                                     value) else None


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damage=damages())
def test_any_damage_to_any_file_is_one_message_naming_the_file(seed_index, original, tmp_path, damage):
    file, kind = damage[:2]
    index_dir = damaged_copy(seed_index, tmp_path, damage)
    if index_dir is None:
        return
    try:
        loaded = store.load(index_dir)
    except store.IndexUnavailable as exc:
        message = str(exc)
        folder = file.split("/")[0] + "/"
        assert f"damaged: {file}" in message or ("/" in file and f"damaged: {folder}" in message), message
        assert "qa index PATH ... --index-dir" in message and "\n" not in message
        return
    assert same_content(loaded, original), f"{kind} on {file} loaded as a different index"


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damage=damages())
def test_without_checksums_damage_is_still_a_message_or_the_same_index(seed_index, original, tmp_path, damage,
                                                                       monkeypatch):
    """Past CHECKSUM_MAX_BYTES only index.faiss is checksummed on load: what the sizes and the deep
    checks miss must at least never be a traceback (and `qa info --check` finds it)."""
    monkeypatch.setattr(store, "CHECKSUM_MAX_BYTES", 0)
    index_dir = damaged_copy(seed_index, tmp_path, damage)
    if index_dir is None:
        return
    try:
        store.load(index_dir)
    except store.IndexUnavailable as exc:
        assert "qa index PATH ... --index-dir" in str(exc)
        return
    with pytest.raises(store.IndexUnavailable, match="checksum"):
        store.load(index_dir, checksums=True)


# The damage found in issue 15, each by name -----------------------------------------------------------------


def _rewrite_json(path: Path, change) -> None:
    path.write_text(json.dumps(change(json.loads(path.read_text(encoding="utf-8"))), ensure_ascii=False),
                    encoding="utf-8")


def _rewrite_jsonl(path: Path, change) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in change(rows)), encoding="utf-8")


def _shorten_text(rows):
    rows[0]["text"] = rows[0]["text"][: len(rows[0]["text"]) // 2]
    return rows


def _edit_text(rows):
    text = rows[0]["text"]
    rows[0]["text"] = text[:100] + ("X" if text[100] != "X" else "Y") + text[101:]
    return rows


def _unknown_doc(rows):
    rows[3]["doc_id"] = "no-such-document.txt"
    return rows


def _moved_offsets(rows):
    rows[2]["start"] += 1
    return rows


def _one_dimensional(gen: Path):
    np.save(gen / "vectors.npy", np.load(gen / "vectors.npy").ravel(), allow_pickle=False)


def _float64_vectors(gen: Path):
    np.save(gen / "vectors.npy", np.load(gen / "vectors.npy").astype(np.float64), allow_pickle=False)


def _nan_vector(gen: Path):
    vectors = np.load(gen / "vectors.npy")
    vectors[1, 7] = np.nan
    np.save(gen / "vectors.npy", vectors, allow_pickle=False)


def _garbled_header(path: Path):
    # The flip hypothesis found: NumPy's header parser then raises tokenize.TokenError, not ValueError.
    data = bytearray(path.read_bytes())
    data[50] ^= 123
    path.write_bytes(bytes(data))


DEEP_DAMAGE = {  # name: (file the message must name, damage applied and then resealed)
    "emptied documents.jsonl": ("documents.jsonl", lambda g: (g / "documents.jsonl").write_bytes(b"")),
    "emptied vectors.npy": ("vectors.npy", lambda g: (g / "vectors.npy").write_bytes(b"")),
    "emptied chunks.jsonl": ("chunks.jsonl", lambda g: (g / "chunks.jsonl").write_bytes(b"")),
    "text shortened by hand": ("documents.jsonl", lambda g: _rewrite_jsonl(g / "documents.jsonl", _shorten_text)),
    "text edited by hand": ("chunks.jsonl", lambda g: _rewrite_jsonl(g / "documents.jsonl", _edit_text)),
    "unknown doc id in chunks": ("chunks.jsonl", lambda g: _rewrite_jsonl(g / "chunks.jsonl", _unknown_doc)),
    "chunk offsets moved": ("chunks.jsonl", lambda g: _rewrite_jsonl(g / "chunks.jsonl", _moved_offsets)),
    "1-D vectors": ("vectors.npy", _one_dimensional),
    "float64 vectors": ("vectors.npy", _float64_vectors),
    "NaN in vectors": ("vectors.npy", _nan_vector),
    "truncated index.faiss": ("index.faiss", lambda g: (g / "index.faiss").write_bytes(
        (g / "index.faiss").read_bytes()[:1000])),
    "garbled header of a lexical array": ("lexical/", lambda g: _garbled_header(g / "lexical/data.csc.index.npy")),
    "garbled header of vectors.npy": ("vectors.npy", lambda g: _garbled_header(g / "vectors.npy")),
    "garbled header of sentence spans": ("sentences/", lambda g: _garbled_header(g / "sentences/spans.npy")),
    "lexical index of fewer passages": ("lexical/", lambda g: _rewrite_json(
        g / "lexical/lexical.json", lambda m: {**m, "n_docs": m["n_docs"] - 1})),
}


@pytest.mark.parametrize("name", DEEP_DAMAGE)
def test_damage_behind_a_consistent_manifest_is_found_by_the_deep_checks(seed_index, tmp_path, name):
    file, damage = DEEP_DAMAGE[name]
    index_dir = tmp_path / "idx"
    gen = copy_index(seed_index, index_dir)
    damage(gen)
    reseal(gen)
    assert_named_damage(index_dir, file)


MANIFEST_DAMAGE = {
    "manifest without dim": lambda m: {k: v for k, v in m.items() if k != "dim"},
    "manifest that is []": lambda m: [],
    "manifest without files": lambda m: {k: v for k, v in m.items() if k != "files"},
    "manifest with dim as text": lambda m: {**m, "dim": "384"},
    "manifest listing a file outside": lambda m: {**m, "files": {**m["files"], "../x": {"bytes": 1, "sha256": ""}}},
}


@pytest.mark.parametrize("name", MANIFEST_DAMAGE)
@pytest.mark.parametrize("sealed", [False, True])
def test_an_edited_manifest_is_named(seed_index, tmp_path, name, sealed):
    index_dir = tmp_path / "idx"
    gen = copy_index(seed_index, index_dir)
    change = MANIFEST_DAMAGE[name]
    _rewrite_json(gen / "manifest.json", change)
    if sealed and isinstance(change({"files": {}}), dict):
        _rewrite_json(gen / "manifest.json", lambda m: {**m, "sha256": store.manifest_checksum(m)})
    assert_named_damage(index_dir, "manifest.json")


@pytest.mark.parametrize("garbage", [b"", b"\xff\xfe\x00garbage", b"../../etc", b"g-20260101000000-deadbeef\n",
                                     b"x" * 10_000])
def test_a_garbage_current_pointer_is_named(seed_index, tmp_path, garbage):
    index_dir = tmp_path / "idx"
    copy_index(seed_index, index_dir)
    (index_dir / "CURRENT").write_bytes(garbage)
    assert_named_damage(index_dir, "CURRENT")


# The way out: rollback to the generation kept from the previous build ---------------------------------------


@pytest.fixture
def two_builds(tmp_path, seed_copy, settings, embedder):
    index_dir = tmp_path / "idx"
    build_index([seed_copy], index_dir, settings, embedder=embedder)
    first = store.generation(index_dir)
    (seed_copy / "more.txt").write_text("札幌の話\n札幌で雪まつりが開かれた。\n", encoding="utf-8")
    build_index([seed_copy], index_dir, settings, embedder=embedder)
    return index_dir, first, store.generation(index_dir)


def test_a_build_keeps_the_previous_generation_and_rollback_returns_to_it(two_builds, settings, embedder,
                                                                         seed_copy):
    index_dir, first, second = two_builds
    assert store.previous(index_dir) == first and (index_dir / first).is_dir()
    damage = live(index_dir) / "chunks.jsonl"
    damage.write_bytes(damage.read_bytes()[:-10])
    message = assert_named_damage(index_dir, "chunks.jsonl")
    assert f"qa index --rollback --index-dir {index_dir}" in message

    assert store.rollback(index_dir) == first
    assert "more.txt" not in store.load(index_dir).documents
    assert store.previous(index_dir) == second  # the damaged one is kept, not deleted: rollback is undoable

    build_index([seed_copy], index_dir, settings, embedder=embedder)  # a third build forgets the damaged one
    assert sorted(p.name for p in index_dir.iterdir() if p.name.startswith("g-")) == sorted(
        [first, store.generation(index_dir)])


def test_rollback_refuses_a_damaged_previous_generation(two_builds):
    index_dir, first, _ = two_builds
    (index_dir / first / "vectors.npy").write_bytes(b"")
    with pytest.raises(store.IndexUnavailable, match="earlier build .* is damaged too: vectors.npy"):
        store.rollback(index_dir)
    live_chunks = live(index_dir) / "chunks.jsonl"
    live_chunks.write_bytes(b"")
    assert "--rollback" not in assert_named_damage(index_dir, "chunks.jsonl")  # no way out offered that fails


def test_rollback_with_no_earlier_build_is_a_clear_error(seed_index, tmp_path):
    index_dir = tmp_path / "idx"
    copy_index(seed_index, index_dir)
    (index_dir / "PREVIOUS").unlink(missing_ok=True)
    with pytest.raises(store.IndexUnavailable, match="no earlier build is kept"):
        store.rollback(index_dir)


# The command line: exit 2 and one line, for every command that meets damage --------------------------------


def test_cli_damage_is_exit_2_with_one_line_and_rollback_repairs(two_builds, capsys):
    index_dir, first, _ = two_builds
    idx = str(index_dir)
    assert main(["info", "--check", "--index-dir", idx]) == 0
    assert "files match their sizes and sha256" in capsys.readouterr().out

    vectors = live(index_dir) / "vectors.npy"
    data = bytearray(vectors.read_bytes())
    data[-5] ^= 0x40  # same size, different number: only a checksum sees it
    vectors.write_bytes(bytes(data))
    for argv in (["info", "--check"], ["info"], ["ask", "ロシアは何を求めている？"], ["ask", "NATO", "--passages"]):
        assert main([*argv, "--index-dir", idx]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "vectors.npy has changed" in err and "qa index --rollback" in err, argv

    assert main(["index", "--rollback", "--index-dir", idx]) == 0
    assert f"back at generation {first}" in capsys.readouterr().out
    assert main(["info", "--check", "--index-dir", idx]) == 0
    assert "more.txt" not in capsys.readouterr().out


def test_a_build_over_a_damaged_index_keeps_the_last_good_one_for_rollback(two_builds, seed_copy, settings,
                                                                          embedder):
    index_dir, first, second = two_builds
    (index_dir / second / "index.faiss").write_bytes(b"garbage")
    build_index([seed_copy], index_dir, settings, embedder=embedder)  # starts afresh from the files
    assert store.previous(index_dir) == first and not (index_dir / second).exists()


def test_a_damaged_index_in_a_real_process_prints_no_traceback(seed_index, tmp_path):
    index_dir = tmp_path / "idx"
    gen = copy_index(seed_index, index_dir)
    (gen / "manifest.json").write_text("[]", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "qa.cli", "info", "--index-dir", str(index_dir)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [
        f"qa info: error: the index in {index_dir} is damaged: manifest.json is a JSON list, not an "
        f"object; rebuild it with: qa index PATH ... --index-dir {index_dir}"]

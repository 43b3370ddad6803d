"""The two engines of one model agree, and asking a question never needs PyTorch."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from qa.embeddings import Embedder
from qa.settings import Settings

TEXTS = [
    "ウィトコフ氏は誰と会談した？",
    "Who did Witkoff meet with?",
    "短い",
    "ロシアはNATO加盟断念を強く求めている。" * 40,  # longer than the model's 512 tokens: truncated alike
    "",
]


@pytest.fixture(scope="module")
def torch_embedder(settings) -> Embedder:
    return Embedder(settings.replace(backend="torch", index_precision="float32"))


def test_onnx_runtime_and_pytorch_give_the_same_vectors(embedder, torch_embedder):
    assert embedder.onnx is not None and torch_embedder.onnx is None
    for ours, theirs in ((embedder.embed_queries(TEXTS), torch_embedder.embed_queries(TEXTS)),
                         (embedder.embed_passages(TEXTS), torch_embedder.embed_passages(TEXTS))):
        assert ours.shape == theirs.shape == (len(TEXTS), 384)
        assert np.min(np.sum(ours * theirs, axis=1)) > 0.9999


def test_batching_does_not_change_a_vector(embedder):
    """Texts of different lengths are padded together in a batch; the mask must hide the padding."""
    alone = np.stack([embedder.embed_passages([t])[0] for t in TEXTS])
    together = embedder.embed_passages(TEXTS)
    assert np.allclose(alone, together, atol=1e-5)


def test_bfloat16_corpus_vectors_stay_close_to_float32(embedder, torch_embedder):
    bf16 = Embedder(embedder.settings.replace(index_precision="bfloat16"))
    cosines = np.sum(bf16.embed_corpus(TEXTS) * torch_embedder.embed_corpus(TEXTS), axis=1)
    assert np.min(cosines) > 0.999


def test_float32_corpora_are_embedded_on_onnx_runtime(embedder, torch_embedder, capsys):
    """What a CPU without native bfloat16 gets: the query engine, with a progress bar when asked."""
    fp32 = Embedder(embedder.settings.replace(index_precision="float32"))
    assert not fp32.bfloat16 and fp32.onnx is not None
    vectors = fp32.embed_corpus(TEXTS, progress=True)
    assert np.min(np.sum(vectors * torch_embedder.embed_corpus(TEXTS), axis=1)) > 0.9999
    assert "Batches" in capsys.readouterr().err


def test_query_vectors_are_remembered(embedder):
    first = embedder.embed_queries(["キャッシュの確認", "二つ目"])
    again = embedder.embed_queries(["二つ目", "キャッシュの確認"])
    assert np.array_equal(again[::-1], first)


def test_other_models_use_pytorch(tmp_path):
    embedder = Embedder(Settings(model=str(tmp_path / "no-such-model")))
    assert embedder.onnx is None
    with pytest.raises(ValueError, match="cannot load embedding model"):
        embedder.embed_queries(["質問"])


def test_asking_a_question_does_not_import_pytorch(seed_index):
    code = ("import sys; from qa.answer import answer; "
            f"a = answer('ウィトコフ氏は誰と会談した？', index_dir={str(seed_index)!r}); "
            "assert a.quotes, a; print('torch' in sys.modules, 'sentence_transformers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_both_engines_tokenize_alike(embedder, torch_embedder):
    """The ONNX path tokenizes with `tokenizers` directly, the PyTorch path through transformers: same ids
    for any text, including truncation at the model's 512 tokens."""
    import random

    rng = random.Random(1)
    texts = ["query: " + "".join(chr(rng.choice([rng.randrange(32, 0x3000), rng.randrange(0x3000, 0xA000),
                                                 rng.randrange(0x10000, 0x20000)]))
                                 for _ in range(rng.choice([1, 20, 300, 2000])))
             for _ in range(100)]
    ours = [e.ids for e in embedder.onnx.tokenizer.encode_batch(texts)]
    hf = torch_embedder.model.tokenizer(texts, truncation=True, max_length=torch_embedder.model.max_seq_length)
    for text, a, b in zip(texts, ours, hf["input_ids"], strict=True):
        assert [t for t in a if t != embedder.onnx.tokenizer.token_to_id("<pad>")] == b, text[:40]

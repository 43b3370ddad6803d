"""The one home of kotae's configuration.

Defaults live here; `KOTAE_*` environment variables override them, and CLI flags override both
(`Settings.from_env().replace(**flags)`). Modules receive a `Settings` instead of reading constants,
so a test or a benchmark can change one knob without touching the code.
"""

from __future__ import annotations

import dataclasses
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_cache_dir

DEFAULT_MODEL = "multilingual-e5-small"
MODES = ("dense", "bm25", "hybrid")
FUSIONS = ("rrf", "score")
CONTEXT_HEADERS = ("none", "lexical", "all")
INDEX_TYPES = ("auto", "flat", "hnsw")
BACKENDS = ("auto", "torch")
PRECISIONS = ("auto", "float32", "bfloat16")
PRECISION_PASSES = ("off", "dense", "always")
FOLLOWUP_CONTEXTS = ("off", "words", "passages", "both")


# The evaluation and training data shipped in the repo (eval/data/README.md credits them).
DATA_DIR = Path(__file__).resolve().parent.parent / "eval" / "data"
JSQUAD_VALIDATION = DATA_DIR / "jsquad" / "valid-v1.3.json"
JAQUAD_TRAIN = DATA_DIR / "jaquad" / "jaquad-train.json.gz"
JAQUAD_VALIDATION = DATA_DIR / "jaquad" / "jaquad-validation.json.gz"
# English translations of some of their questions (eval/data/english/README.md).
ENGLISH_DIR = DATA_DIR / "english"
JSQUAD_ENGLISH = ENGLISH_DIR / "jsquad-validation-en.jsonl"
JAQUAD_ENGLISH = ENGLISH_DIR / "jaquad-validation-en.jsonl"
JAQUAD_TRAIN_ENGLISH = ENGLISH_DIR / "jaquad-train-en.jsonl"
# The answer-selection model `make train` builds (qa/training.py), with its record beside it (.json).
ANSWER_MODEL = Path(__file__).resolve().parent / "models" / "answer-selector.txt"
SHORT_ANSWER_MODEL = Path(__file__).resolve().parent / "models" / "short-answer.txt"
# Its counterpart for questions in another script than the documents (English about Japanese text).
CROSS_ANSWER_MODEL = Path(__file__).resolve().parent / "models" / "answer-selector-cross.txt"
# JaQuAD train paragraphs the models learn from (whole articles, so 2,005). 1,000 gave JaQuAD
# validation 0.782, 2,000 gives 0.803, 3,000 the same (BENCHMARKS.md, session 10); embedding the sample
# is most of `make train`'s time, which must stay within 30 minutes on 2 cores.
TRAINING_PARAGRAPHS = 2000
# English words → Japanese forms from JMdict (`make glossary`, qa/glossary.py), credited in qa/data/.
GLOSSARY = Path(__file__).resolve().parent / "data" / "jmdict-en-ja.json.gz"


def _default_cache_dir() -> Path:
    return Path(user_cache_dir("kotae"))


@dataclass(frozen=True)
class Settings:
    # Embedding model: the bundled e5-small by default, or any sentence-transformers name or folder.
    model: str = DEFAULT_MODEL
    # Engine: "auto" answers questions on ONNX Runtime when the model has an export (the bundled one
    # does) and uses PyTorch otherwise; "torch" always uses PyTorch.
    backend: str = "auto"
    # Number format for embedding a corpus at index time: "auto" is bfloat16 where the CPU computes it
    # natively, float32 elsewhere (queries are always float32).
    index_precision: str = "auto"
    # Where built indexes live, and where converted models are cached.
    index_dir: Path = Path("index")
    cache_dir: Path = field(default_factory=_default_cache_dir)
    # Chunking, in characters (see BENCHMARKS.md for how the defaults were chosen).
    chunk_size: int = 300
    chunk_overlap: int = 0
    # Index each chunk with its document title and section in front ("contextual chunk headers"),
    # so a passage can be found by what its document is about: "none", "lexical" (BM25 only) or "all".
    context_headers: str = "lexical"
    # FAISS index type; "auto" picks exact search for small corpora and an approximate one for large.
    index_type: str = "auto"
    # Milvus instead of the index folder: a path ending in .db is Milvus Lite (a local data folder, one
    # process at a time), http(s)://host:19530 a Milvus server or cluster; empty keeps FAISS in index_dir.
    milvus_uri: str = ""
    milvus_token: str = field(default="", repr=False)  # "user:password" or an API key; never printed
    # Milvus collections are named after this (kotae_<generation>_chunks, ...); the alias `index_name`
    # points at the live generation.
    index_name: str = "kotae"
    # Milvus HNSW parameters (inner product); `milvus_hnsw_ef` is raised to the number of results asked.
    milvus_hnsw_m: int = 32
    milvus_hnsw_ef_construction: int = 200
    milvus_hnsw_ef: int = 128
    # BM25 tokeniser (see qa/lexical.py for the choices and bench/ for how the default was picked).
    tokenizer: str = "char1-2"
    # Retrieval: "dense", "bm25" or "hybrid"; hybrid fuses the two rankings ("rrf" or "score").
    mode: str = "hybrid"
    fusion: str = "score"
    fusion_weight: float = 0.4  # weight of the dense side in score fusion
    rrf_k: int = 60
    candidates: int = 50  # passages each side contributes to fusion
    # Precision pass: re-rank the top `precision_depth` passages mixing in best-sentence similarity;
    # "dense" does it only for rankings from dense search alone (dense mode, or a question in another
    # script than the documents), where it helps; on hybrid rankings it measured neutral (BENCHMARKS.md).
    precision_pass: str = "dense"
    precision_depth: int = 5
    precision_weight: float = 0.5
    # A question in another script than the documents (English about Japanese text): the top
    # `cross_lingual_depth` dense passages are re-ranked by the precision pass's mix plus this weight
    # times the share of the question's words each holds (glossary, romanised names, qa/crosslingual.py;
    # precision_pass "off" leaves them in dense order).
    # Chosen on 1,200 JaQuAD train questions translated to English: Hit@1 0.45 → 0.57 (BENCHMARKS.md).
    cross_lingual_depth: int = 20
    cross_lingual_weight: float = 1.0
    # A question asking what a term is (「姫路城って何？」, qa/definitions.py): among the passages found
    # and BM25's top `definition_depth` for the term alone, the one holding the sentence that defines
    # it best goes first (BM25 ranks a long lead low for one term: 35th-55th on JSQuAD; BENCHMARKS.md).
    definition_depth: int = 200
    # A question naming one of several documents (「ヒバリ電器の掃除機、充電時間は？」: a run of at least
    # `scope_chars` characters among that document's names that no other document's text holds, or a
    # whole product code) is searched without those words, inside that document first (qa/scope.py).
    # 0 turns it off.
    scope_chars: int = 3
    k: int = 5
    # Limits on what callers may ask (qa/inputs.py applies them to every API): question length after
    # trimming, passages per question, earlier turns of a conversation.
    max_question_chars: int = 2000
    max_k: int = 50
    max_history: int = 20
    # Sign-in attempts per client address of `qa serve --auth` (a `limits` rate, e.g. "10/minute").
    login_rate: str = "10/minute"
    # Answers: the model that picks the answering sentence, and the probability its best sentence
    # needs for "found". Balanced accuracy, (answered + abstained) / 2, with near misses (each third
    # question asked again without its own article) peaks at 0.19 on JSQuAD validation and 0.06 on
    # JaQuAD validation; averaged over both, 0.10 and 0.15 tie (0.920 / 0.919) and 0.10 answers more
    # (BENCHMARKS.md, "Answer stage").
    answer_model: Path = ANSWER_MODEL
    abstain_threshold: float = 0.10
    # A sentence next to the best one joins its quote when the model gives it at least this share of
    # the best probability: unsure between neighbours, show both (the answer is often in the sentence
    # after the one that repeats the question's words). Measured on JSQuAD / JaQuAD validation: 0.4 →
    # 0.1 took first-quote accuracy 0.860 → 0.875 / 0.687 → 0.720 for 6 / 12 more median characters.
    quote_join_ratio: float = 0.1
    # A Japanese question asking how much or how many (「いくら？」, 「何時間？」, 「重さは？」, 「何時まで？」)
    # weighs a sentence that holds no amount of money, no number (in the measure's units) or no hour by
    # this much: without one it cannot answer, and "found" then needs a sentence that has one
    # (qa/selection.py `hold_asked_amount`; BENCHMARKS.md, sessions 15 and 24).
    unfit_amount_weight: float = 0.01
    # A sentence saying what its document covers (「このページでは、…をまとめています。」) weighs this much
    # unless the question asks that (qa/selection.py `about_document`; BENCHMARKS.md, session 18).
    about_document_weight: float = 0.1
    # A line of an Aozora text's credits (its 「底本」 section) weighs this much unless the question asks
    # about the edition (qa/selection.py `credits_unasked`; BENCHMARKS.md, session 23).
    credits_weight: float = 0.1
    # Asked why, the likeliest sentence whose quote gives a reason goes first when the model finds it at
    # least this fraction as likely as the likeliest of all (qa/selection.py `reason_given_first`;
    # BENCHMARKS.md, session 23).
    why_reason_ratio: float = 0.3
    # A question naming a section to ask something in it weighs the candidates outside it by this
    # (qa/selection.py `within_named_section`; BENCHMARKS.md, session 16).
    outside_section_weight: float = 0.1
    # A sentence of the text that asks (a comment's question, an FAQ's 「Q.」 line) weighs this much of
    # its probability, which its reply takes (qa/selection.py `replies_first`; BENCHMARKS.md, session 17).
    asked_sentence_weight: float = 0.1
    # A table row whose first cell the question says whole goes first unless the model gives another
    # sentence this much (qa/selection.py `named_row_first`; BENCHMARKS.md, session 17).
    named_row_sure: float = 0.5
    # Questions in another script than the documents (English about Japanese text) are scored by their
    # own model (`make train`, trained on translated JaQuAD questions), with their own bar.
    cross_answer_model: Path = CROSS_ANSWER_MODEL
    cross_lingual_threshold: float = 0.10
    # A list label is named by a question in another script when its cosine with the question leads
    # the other labels' by this much (qa/answer.py).
    cross_lingual_label_margin: float = 0.01
    # An FAQ entry (a section headed by a question) answers when its question is the closest to the
    # user's in meaning, with at least this cosine, and leads the other entries found by the margin
    # (qa/selection.py `faq_first`; e5 gives a paraphrase 0.86-0.92, another entry of the page 0.80-0.84).
    faq_sure: float = 0.85
    faq_margin: float = 0.02
    # ... and its item goes first unless the model gives another sentence at least this probability
    # ("more likely than not").
    cross_lingual_label_sure: float = 0.5
    # The short answer (a name, date, number… inside the first quote) and the probability it needs.
    short_answer_model: Path = SHORT_ANSWER_MODEL
    short_threshold: float = 0.5
    batch_size: int = 32
    # Follow-up questions (qa/conversation.py): what a question that leans on the turn before it takes
    # from that turn — "words" (its content words join the search), "passages" (its documents rank
    # first), "both" or "off" — and how many earlier questions are read (eval/conversations.jsonl).
    followup_context: str = "words"
    followup_turns: int = 3
    followup_prior_weight: float = 0.5
    # Inside the passages a follow-up found, its answering sentence is scored against this mix of the
    # question alone and the question with the carried topic.
    followup_question_weight: float = 0.5
    # A follow-up is answered near the earlier turn's first quote (318 of the 363 follow-ups of the
    # nine conversation sets are answered within 300 characters of the earlier answer): a candidate in
    # another document, or more than `followup_near_chars` away from that quote, weighs
    # `followup_far_weight`; the sentence the user just read weighs `followup_repeat_weight`, as a
    # follow-up asks something new (it holds the answer too for 104 of the 363). BENCHMARKS.md, session 18.
    followup_near_chars: int = 300
    followup_far_weight: float = 0.3
    followup_repeat_weight: float = 0.3

    def replace(self, **changes) -> Settings:
        """A copy with the given fields changed; `None` values mean "not given" and are ignored."""
        changes = {k: v for k, v in changes.items() if v is not None}
        return dataclasses.replace(self, **changes).validated()

    def validated(self) -> Settings:
        if self.chunk_size < 20 or self.chunk_size > 480:
            raise ValueError(f"chunk_size must be between 20 and 480 characters, got {self.chunk_size}")
        if not 0 <= self.chunk_overlap < self.chunk_size:
            raise ValueError(f"chunk_overlap must be in [0, chunk_size), got {self.chunk_overlap}")
        from qa.lexical import TOKENIZERS

        for name, choices in (("mode", MODES), ("index_type", INDEX_TYPES), ("context_headers", CONTEXT_HEADERS),
                              ("fusion", FUSIONS), ("tokenizer", TOKENIZERS), ("backend", BACKENDS),
                              ("index_precision", PRECISIONS), ("precision_pass", PRECISION_PASSES),
                              ("followup_context", FOLLOWUP_CONTEXTS)):
            if getattr(self, name) not in choices:
                raise ValueError(f"{name} must be one of {', '.join(choices)}, got {getattr(self, name)!r}")
        for name in ("fusion_weight", "precision_weight", "abstain_threshold", "quote_join_ratio", "short_threshold",
                     "unfit_amount_weight", "why_reason_ratio", "about_document_weight", "credits_weight",
                     "outside_section_weight", "asked_sentence_weight", "named_row_sure", "followup_prior_weight",
                     "followup_question_weight", "followup_far_weight", "followup_repeat_weight",
                     "cross_lingual_label_margin", "cross_lingual_threshold", "cross_lingual_label_sure", "faq_sure",
                     "faq_margin"):
            if not 0 <= getattr(self, name) <= 1:
                raise ValueError(f"{name} must be between 0 and 1, got {getattr(self, name)}")
        if self.milvus_uri and not (self.milvus_uri.endswith(".db") or re.match(r"https?://", self.milvus_uri)):
            raise ValueError(f"milvus_uri must be a path ending in .db (Milvus Lite) or http(s)://host:port, "
                             f"got {self.milvus_uri!r}")
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,99}", self.index_name):
            raise ValueError(f"index_name must be letters, digits and _ (not starting with a digit), "
                             f"got {self.index_name!r}")
        from limits import parse

        try:
            parse(self.login_rate)
        except ValueError as exc:
            raise ValueError(f"login_rate must look like 10/minute, got {self.login_rate!r}") from exc
        if not 1 <= self.k <= self.max_k:
            raise ValueError(f"k must be from 1 to max_k={self.max_k}, got {self.k}")
        if not 1 <= self.cross_lingual_depth <= self.candidates:
            raise ValueError(f"cross_lingual_depth must be from 1 to candidates={self.candidates}, "
                             f"got {self.cross_lingual_depth}")
        if not (math.isfinite(self.cross_lingual_weight) and self.cross_lingual_weight >= 0):
            raise ValueError(f"cross_lingual_weight must be 0 or more, got {self.cross_lingual_weight}")
        if self.scope_chars < 0:
            raise ValueError(f"scope_chars must be 0 or more (0: off), got {self.scope_chars}")
        if self.definition_depth < 0:
            raise ValueError(f"definition_depth must be 0 or more (0: no lookup), got {self.definition_depth}")
        if self.followup_turns < 0:
            raise ValueError(f"followup_turns must be 0 or more, got {self.followup_turns}")
        if self.followup_near_chars < 0:
            raise ValueError(f"followup_near_chars must be 0 or more, got {self.followup_near_chars}")
        return self

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        """Defaults overridden by `KOTAE_<FIELD>` variables (e.g. KOTAE_MODEL, KOTAE_CHUNK_SIZE)."""
        environ = os.environ if environ is None else environ
        changes = {}
        for f in dataclasses.fields(cls):
            raw = environ.get(f"KOTAE_{f.name.upper()}")
            if raw is None or raw == "":
                continue
            kind = type(getattr(cls(), f.name))
            try:
                changes[f.name] = Path(raw) if issubclass(kind, Path) else kind(raw)
            except ValueError as exc:
                raise ValueError(f"KOTAE_{f.name.upper()}={raw!r} is not a valid {kind.__name__}") from exc
        return cls().replace(**changes)

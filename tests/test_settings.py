"""One home for configuration: defaults, KOTAE_* variables, then flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.settings import Settings


def test_environment_overrides_defaults_and_flags_override_both():
    s = Settings.from_env({"KOTAE_CHUNK_SIZE": "120", "KOTAE_MODE": "bm25", "KOTAE_INDEX_DIR": "/tmp/x",
                           "KOTAE_PRECISION_PASS": "off"})
    assert s.chunk_size == 120 and s.mode == "bm25" and s.index_dir == Path("/tmp/x") and s.precision_pass == "off"
    assert s.replace(mode="dense", chunk_size=None).mode == "dense"
    assert s.replace(mode="dense", chunk_size=None).chunk_size == 120


@pytest.mark.parametrize(("env", "message"), [
    ({"KOTAE_CHUNK_SIZE": "big"}, "KOTAE_CHUNK_SIZE='big' is not a valid int"),
    ({"KOTAE_PRECISION_PASS": "maybe"}, "precision_pass must be one of off, dense, always"),
    ({"KOTAE_K": "0"}, "k must be from 1 to max_k=50, got 0"),
    ({"KOTAE_K": "51"}, "k must be from 1 to max_k=50, got 51"),
    ({"KOTAE_MODE": "magic"}, "mode must be one of dense, bm25, hybrid"),
    ({"KOTAE_TOKENIZER": "words"}, "tokenizer must be one of"),
    ({"KOTAE_FUSION_WEIGHT": "1.5"}, "fusion_weight must be between 0 and 1"),
    ({"KOTAE_CHUNK_SIZE": "5000"}, "chunk_size must be between"),
])
def test_bad_settings_are_clear_errors(env, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        Settings.from_env(env)

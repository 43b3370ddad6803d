"""The package as pip builds it: every subpackage and the trained models inside, and no warning wall."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_wheel_holds_every_package_and_the_models_and_builds_quietly(tmp_path):
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check",
                            "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr[-2000:]
    output = built.stdout + built.stderr
    assert "Warning" not in output and "!!" not in output, output[-2000:]
    (wheel,) = tmp_path.glob("kotae-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for module in ("qa/__init__.py", "qa/readers/__init__.py", "qa/readers/pdf.py", "qa/stores/__init__.py",
                   "qa/stores/faiss.py", "ui/__init__.py", "qa/models/answer-selector.txt",
                   "qa/models/short-answer.txt", "qa/models/LICENSE.md"):
        assert module in names, module

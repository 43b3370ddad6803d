# Two commands: `make run` (set up, then start the chat on http://127.0.0.1:7860 over index/ as it is —
# seeds/ is indexed only into an empty one — or over your documents with `make run DOCS=~/my-docs`)
# and `make test` (what CI runs).
# Both create or refresh .venv idempotently: it is rebuilt only when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.kotae-installed
DOCS ?=

.PHONY: setup run test lint clean train glossary

setup: $(STAMP)

# setuptools explains editable installs of a flat layout (qa/ beside pyproject.toml, as designed) in
# boxed UserWarnings on every install; nothing to act on, so they are not shown.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check torch==2.13.0
	PYTHONWARNINGS=ignore::UserWarning $(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

run: setup
	$(BIN)/qa serve $(if $(DOCS),--docs "$(DOCS)")

test: setup
	$(BIN)/ruff check qa ui tests bench
	$(BIN)/python -m pytest

# Rebuilds qa/models/ (answer selection and short answers) from JaQuAD train, bit for bit; not part of
# `make test`. About 15 minutes on 2 cores, most of it embedding the sample (cached for the next run).
train: setup
	$(BIN)/qa train

# Rebuilds qa/data/jmdict-en-ja.json.gz (English → Japanese, qa/glossary.py) from JMdict as the
# jamdict-data package ships it (300 MB installed, so not a dependency of kotae itself); bit for bit.
glossary: setup
	$(BIN)/python -m pip install --quiet --disable-pip-version-check jamdict-data==1.5
	$(BIN)/python -c 'from qa.glossary import main; main()'

lint: setup
	$(BIN)/ruff check qa ui tests bench

clean:
	rm -rf $(VENV) index/g-* index/CURRENT index/.lock

# The LangChain pipeline that bench/indexing.py races against, and the libraries bench/readers.py
# measures our readers against. langchain-huggingface pins
# huggingface-hub<2, which sentence-transformers 6 does not accept, hence --no-deps (it needs nothing else).
$(VENV)/.kotae-bench: $(STAMP)
	$(BIN)/python -m pip install --quiet langchain-community==0.4.2
	$(BIN)/python -m pip install --quiet --no-deps langchain-huggingface==1.2.3
	$(BIN)/python -m pip install --quiet pdfminer.six==20260107 aozora==0.5.0
	touch $@

.PHONY: bench
bench: $(VENV)/.kotae-bench
	$(BIN)/python -m bench

# Two commands: `make run` (set up, build the index over seeds/, answer a sample question) and `make test`.
# Both create or refresh .venv idempotently: it is rebuilt only when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.kotae-installed
QUESTION ?= ウィトコフ氏は誰と会談した？

.PHONY: setup run test lint clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: setup
	$(BIN)/qa index seeds
	$(BIN)/qa ask "$(QUESTION)" -k 3

test: setup
	$(BIN)/ruff check qa tests
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check qa tests

clean:
	rm -rf $(VENV) index/g-* index/CURRENT index/.lock

# Two commands: `make run` opens the explorer on seeds/, `make test` passes the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-e2e lint bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/dossier index build
	$(BIN)/dossier

# The slow end-to-end tests (real terminals, ssh, killed builds) run in test-e2e; CI runs both.
test: $(STAMP) lint
	$(BIN)/pytest -q -m "not e2e"

# ruff's lint and format (config in pyproject.toml): part of make test.
lint: $(STAMP)
	$(BIN)/ruff check index tui tests bench
	$(BIN)/ruff format --check index tui tests bench

test-e2e: $(STAMP)
	$(BIN)/pytest -q -m e2e
	bash tests/e2e/ssh_e2e.sh

eval: $(STAMP)
	$(BIN)/python bench/eval_extraction.py
	$(BIN)/python bench/eval_actors.py --set dev

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache

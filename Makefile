# Two commands for a fresh machine (see README.md):
#   make run    install into .venv and run the worker and the web app on the embedded defaults
#   make test   install what the tests need (Dovecot, PostgreSQL, Chromium, Python tools) and run them

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: run test test-ocr-all lint unit integration bench system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(VENV)/.installed $@

run: $(VENV)/.installed
	$(BIN)/intake run --with-web

system-deps:
	INSTALL_BROWSER=1 bash scripts/install-system-deps.sh

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Tests run in TEST_PROCESSES processes (pytest-xdist), a module's tests together and the
# page-reading sets one after another (tests/conftest.py); TEST_PROCESSES=0 runs one process.
TEST_PROCESSES ?= 2

test: system-deps $(VENV)/.installed-test lint
	$(BIN)/pytest -n $(TEST_PROCESSES) --dist loadgroup

# `make test` reads a fixed quarter of the OCR sets' pages and half the scanned styles of
# the typed sets that hold some (tests/extractors/ocr_sample.py); this reads every page
# of every one (about 25 minutes on two cores): run it when the readers of pages change.
OCR_ALL_TESTS = tests/extractors/test_ocr_held_out.py tests/extractors/test_ocr_blind*.py \
	tests/extractors/test_unseen_styles_50.py tests/extractors/test_accuracy_styles.py \
	tests/extractors/test_attachments.py \
	$(shell grep -l "typed_and_half_the_scans(SCANNED)" tests/extractors/test_unseen_styles_*.py)

test-ocr-all: system-deps $(VENV)/.installed-test
	OCR_SETS=all $(BIN)/pytest -p no:randomly $(OCR_ALL_TESTS)

unit: $(VENV)/.installed-test
	$(BIN)/pytest -m "not integration"

bench: $(VENV)/.installed-test system-deps
	$(BIN)/python bench/bench_capture.py
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_queue.py
	$(BIN)/python bench/bench_disarm.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

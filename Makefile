# Two commands do all the set-up on a fresh clone: `make repro` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DVC_NO_ANALYTICS := 1
export PATH := $(CURDIR)/$(BIN):$(PATH)

.PHONY: setup repro test test-fast lint bench schema clean

# Every dependency, the spaCy model included, pinned with sha256 hashes.
$(STAMP): requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check \
		--require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pipeline --help > /dev/null
	touch $(STAMP)

setup: $(STAMP)

repro: setup
	$(BIN)/dvc repro

test: setup
	scripts/ensure-chromium.sh
	$(BIN)/python -m pytest -n 2 -q

test-fast: setup
	$(BIN)/python -m pytest -n 2 -q -m "not slow"

lint: setup
	$(BIN)/ruff check pipeline models tests benchmarks
	$(BIN)/ruff format --check pipeline models tests benchmarks

bench: setup
	$(BIN)/python benchmarks/throughput.py --n 2000

schema: setup
	$(BIN)/python -m pipeline schema --output schema

clean:
	rm -rf $(VENV) interim .pytest_cache

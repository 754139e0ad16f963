# Two entry points for a fresh machine: `make demo` and `make test`.
# Both create the virtual environment in .venv from the pinned constraints first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck unit services eval clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/truce demo --db demo-output/demo.db --out demo-output/report-2016-09-19.html

lint: $(STAMP)
	$(BIN)/ruff check src tests tools bench
	$(BIN)/ruff format --check src tests tools bench

typecheck: $(STAMP)
	$(BIN)/mypy

# Services the tests need, installed (Debian packages) and started by our own scripts.
# Without root they cannot be installed: those tests then skip (and fail under CI=true).
services:
	scripts/ensure-chromium || echo "make: Chromium unavailable; browser tests will skip"

unit: $(STAMP) services
	$(BIN)/pytest

test: lint typecheck unit

eval: $(STAMP)
	$(BIN)/truce eval --shared ../shared --floors eval/floors.json

clean:
	rm -rf $(VENV) demo-output .pytest_cache .mypy_cache .ruff_cache

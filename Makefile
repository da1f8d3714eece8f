# Two commands matter: `make demo` (serve the seeded demo) and `make test` (the whole suite).
# Both start from nothing but python3: they create .venv and install what they need.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PYTEST_ARGS ?= -n 2

.PHONY: demo test lint typecheck migrations-check pytest chromium install install-dev clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

demo: install
	$(BIN)/collaboratory demo

# Debian's Chromium drives the browser tests; install it when it is missing.
chromium:
	@test -x /usr/bin/chromium || { \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

lint: install-dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: install-dev
	$(BIN)/mypy

migrations-check: install-dev
	$(BIN)/collaboratory makemigrations --check --dry-run

pytest: install-dev chromium
	$(BIN)/pytest $(PYTEST_ARGS)

test: lint typecheck migrations-check pytest

bench: install-dev
	$(BIN)/python bench/demo_generator.py

clean:
	rm -rf $(VENV) var test-artifacts .mypy_cache .ruff_cache

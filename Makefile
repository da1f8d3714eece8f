# Two commands matter: `make demo` (serve the seeded demo, pages and live push on one port) and
# `make test` (the whole suite).
# Both start from nothing but python3: they create .venv and install what they need.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# worksteal: an idle worker takes tests queued on the busy one (tests/conftest.py orders the
# slow modules first). The 25 slowest are listed at the end: where the next cut starts.
PYTEST_ARGS ?= -n 2 --dist worksteal --durations=25

.PHONY: messages gettext demo test test-at test-latest lock lint typecheck migrations-check pytest chromium install install-dev clean bench

# Installs come from the committed lock (requirements/*.txt: exact versions with hashes), so a
# release of any dependency cannot change what a fresh clone runs. `make lock` refreshes it on
# purpose; `make test-latest` tries the newest allowed versions in a separate venv.
UV_VERSION := 0.13.9
LOCK_FLAGS := --python-version 3.11 --python-platform x86_64-manylinux_2_28 --generate-hashes --no-header -q
PIP_LOCKED := $(BIN)/pip install -q --require-hashes --no-deps

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml requirements/main.txt requirements/build.txt | $(BIN)/python
	$(PIP_LOCKED) -r requirements/build.txt
	$(PIP_LOCKED) -r requirements/main.txt
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
	$(BIN)/python -m collaboratory.pofile
	touch $@

$(VENV)/.installed-dev: pyproject.toml requirements/dev.txt requirements/build.txt | $(BIN)/python
	$(PIP_LOCKED) -r requirements/build.txt
	$(PIP_LOCKED) -r requirements/dev.txt
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
	$(BIN)/python -m collaboratory.pofile
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Re-resolve the lock from pyproject.toml (newest versions the ranges allow); review the diff,
# run `make test`, commit pyproject.toml and requirements/ together.
lock: | $(BIN)/python
	$(BIN)/pip install -q uv==$(UV_VERSION)
	$(BIN)/uv pip compile pyproject.toml $(LOCK_FLAGS) -o requirements/main.txt
	$(BIN)/uv pip compile pyproject.toml $(LOCK_FLAGS) --extra dev -o requirements/dev.txt
	$(BIN)/uv pip compile requirements/build.in $(LOCK_FLAGS) -o requirements/build.txt

# Upgrades as a deliberate step: the newest allowed versions in .venv-latest, then the suite.
test-latest: chromium
	rm -rf .venv-latest
	$(PYTHON) -m venv .venv-latest
	.venv-latest/bin/pip install -q --upgrade -e '.[dev]'
	@echo "Versions that differ from the lock (< lock, > newest):"
	@.venv-latest/bin/pip freeze --exclude-editable | tr A-Z_ a-z- | sort > .venv-latest/newest.txt
	@grep -o '^[a-z0-9._-]*==[^ ]*' requirements/dev.txt | sort | diff - .venv-latest/newest.txt | grep '^[<>]' || true
	.venv-latest/bin/pytest $(PYTEST_ARGS)

# The suite with the clock started at another moment (UTC), as CI may run it: a test that
# reads the day or the hour fails only in some of them. Needs Debian's faketime package;
# e.g. `make test-at AT="2026-12-07 05:10" TESTS=tests/notifications`. Tests that race
# threads or start a second server process are not reliable under it (docs/architecture.md,
# "The suite at any hour").
AT ?= 2026-12-07 05:10:00
TESTS ?= -m "not browser"
test-at: install-dev gettext
	@test -e /usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 || { echo "apt-get install faketime"; exit 1; }
	FAKETIME="@$(AT)" LD_PRELOAD=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 \
		$(BIN)/pytest $(PYTEST_ARGS) $(TESTS)

# The .mo catalogs are build output: compiled from the committed .po here (a plain-Python
# compiler, so no GNU gettext is needed) and again whenever a .po is newer.
demo: install
	$(BIN)/python -m collaboratory.pofile
	$(BIN)/collaboratory demo

# Debian's Chromium drives the browser tests; install it when it is missing.
chromium:
	@test -x /usr/bin/chromium || { \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

# GNU gettext's xgettext/msgmerge let tests/test_translations.py regenerate the catalog from the
# sources (compiling needs no gettext: collaboratory/pofile.py does that in Python).
gettext:
	@command -v msgmerge >/dev/null 2>&1 || { \
	  echo "Installing Debian's gettext for the translation check..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext; }

lint: install-dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/lint-imports --no-cache

typecheck: install-dev
	$(BIN)/mypy

migrations-check: install-dev
	$(BIN)/collaboratory makemigrations --check --dry-run

pytest: install-dev chromium gettext
	$(BIN)/python -m collaboratory.pofile
	$(BIN)/pytest $(PYTEST_ARGS)

# After adding or changing strings shown to people: update the Spanish catalog from the
# sources and list what is left to translate (tests/test_translations.py fails until none is).
messages: install-dev gettext
	$(BIN)/python scripts/untranslated.py

test: lint typecheck migrations-check pytest

bench: install-dev
	$(BIN)/python bench/demo_generator.py

clean:
	rm -rf $(VENV) .venv-latest var test-artifacts .mypy_cache .ruff_cache

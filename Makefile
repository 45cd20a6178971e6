# E-łącze: `make run` and `make test` are the two set-up commands; the rest are helpers.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed-stamp
NPM_STAMP := node_modules/.installed-stamp
LOCK := requirements.lock
# One lock for every platform and Python 3.11+ (markers inside), dev tools included.
LOCK_ARGS := --extra dev --generate-hashes --universal --python-version 3.11 --quiet
PYTEST_ARGS ?=
# One pytest worker per core (pytest-xdist); tests that share Redis or a real Celery worker
# carry @pytest.mark.xdist_group and run on one worker (--dist loadgroup).
PYTEST_PARALLEL ?= -n auto --dist loadgroup

export DJANGO_SETTINGS_MODULE ?= cms.settings.dev

.PHONY: help
help: ## Show this help
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-14s\033[0m %s\n", $$1, $$2}'

# Exact versions (with hashes) come from requirements.lock, so two installs on different days get
# the same packages; the project itself is installed editable on top, without dependencies.
$(STAMP): pyproject.toml $(LOCK)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r $(LOCK)
	$(BIN)/python .ci/check_lock.py
	$(BIN)/pip install --quiet --no-deps -e .
	@touch $(STAMP)

.PHONY: lock
lock: ## Re-pin requirements.lock after editing dependencies in pyproject.toml (other pins kept)
	@test -x $(BIN)/uv || { test -x $(BIN)/python || $(PYTHON) -m venv $(VENV); $(BIN)/pip install --quiet uv; }
	$(BIN)/uv pip compile pyproject.toml $(LOCK_ARGS) -o $(LOCK)

.PHONY: lock-upgrade
lock-upgrade: ## Move every pin in requirements.lock to the newest version pyproject.toml allows
	@test -x $(BIN)/uv || { test -x $(BIN)/python || $(PYTHON) -m venv $(VENV); $(BIN)/pip install --quiet uv; }
	$(BIN)/uv pip compile pyproject.toml $(LOCK_ARGS) --upgrade -o $(LOCK)

$(NPM_STAMP): package.json
	npm install --no-audit --no-fund --silent
	@touch $(NPM_STAMP)

.PHONY: install
install: $(STAMP) ## Install Python dependencies into .venv

.PHONY: browser
browser: $(NPM_STAMP) ## Install axe-core (npm) and Debian's chromium for the browser tests
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "Install Debian's chromium: sudo apt-get install chromium" >&2; exit 1; fi; }

.PHONY: run
run: install ## Install and run the portal with demo data on http://localhost:$(PORT)
	PORT=$(PORT) $(BIN)/python manage.py run_portal --port $(PORT)

.PHONY: test
test: install browser ## Install and run the whole test suite (in parallel)
	DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/pytest $(PYTEST_PARALLEL) $(PYTEST_ARGS)

.PHONY: test-fast
test-fast: install ## The suite without the browser and real-worker tests (in parallel)
	DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/pytest $(PYTEST_PARALLEL) \
	  -m "not browser and not worker" $(PYTEST_ARGS)

.PHONY: lint
lint: install ## ruff, the import contracts (docs/architecture.md), mypy, the lock check
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/python .ci/check_lock.py

.PHONY: format
format: install ## Apply ruff formatting and fixes
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

.PHONY: migrations-check
migrations-check: install ## Fail if models and migrations disagree
	$(BIN)/python manage.py makemigrations --check --dry-run

.PHONY: bench
bench: install ## Run the benchmarks (they print their figures)
	$(BIN)/python bench/build.py && $(BIN)/python bench/eservices.py

.PHONY: clean
clean: ## Remove the local database, media and builds (keeps .venv)
	rm -rf var/

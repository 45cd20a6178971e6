# E-łącze: `make run` and `make test` are the two set-up commands; the rest are helpers.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed-stamp
NPM_STAMP := node_modules/.installed-stamp
PYTEST_ARGS ?=
# One pytest worker per core (pytest-xdist); tests that share Redis or a real Celery worker
# carry @pytest.mark.xdist_group and run on one worker (--dist loadgroup).
PYTEST_PARALLEL ?= -n auto --dist loadgroup

export DJANGO_SETTINGS_MODULE ?= cms.settings.dev

.PHONY: help
help: ## Show this help
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-14s\033[0m %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $(STAMP)

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
lint: install ## ruff format check, lint and the import contracts (docs/architecture.md)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/lint-imports

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

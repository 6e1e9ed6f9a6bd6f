# Portail CLS — every command a developer or CI needs. `make run` then `make test` on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
# 0 skips the browser journeys in `make test` (.ci/run runs them once, on PostgreSQL).
TEST_BROWSER ?= 1
# Processes running the non-browser suite in parallel (pytest-xdist); 0 runs it in this process.
TEST_WORKERS ?= 2
# The test files or folders `make test` runs (all of tests/ by default; .ci/run narrows it for its SQLite pass).
TEST_PATHS ?= tests
MANAGE := $(BIN)/python manage.py
# Local development defaults; production sets its own environment (see README).
export DEBUG ?= 1

.PHONY: run dev install install-dev system-deps migrate referentials demo serve test test-browser bench quality lint format lock clean

run: install migrate referentials demo serve ## install, migrate, load reference and demo data, serve

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 est requis ($(PYTHON) introuvable)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements/base.txt pyproject.toml | $(BIN)/python
	@$(MAKE) --no-print-directory system-deps
	$(BIN)/pip install --quiet -r requirements/base.txt
	@touch $@

$(VENV)/.installed-dev: requirements/dev.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements/dev.txt
	@touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

system-deps: ## Pango for WeasyPrint: installed when missing (root), else asked for
	@if ! ldconfig -p 2>/dev/null | grep -q 'libpango-1.0.so.0'; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	    echo "Installation de Pango (WeasyPrint)…"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core >/dev/null; \
	  else \
	    echo "WeasyPrint a besoin de Pango : sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0"; exit 1; \
	  fi; \
	fi

migrate: install
	@mkdir -p var
	$(MANAGE) migrate --no-input -v 0

referentials: install
	$(MANAGE) load_referentials
	$(MANAGE) load_indicators

demo: install
	$(MANAGE) load_demo

# `make run` shows the product as its users see it: DEBUG off (the project's own error pages), static files through
# WhiteNoise, plain HTTP on the loopback only. `make dev` serves with DEBUG on (Django's debug pages, auto-reload).
LOCAL_PRODUCTION_ENV = DEBUG=0 SECRET_KEY="$$(cat var/secret-key)" ALLOWED_HOSTS=127.0.0.1,localhost STATIC_FILES_HASHED=0 \
	SECURE_SSL_REDIRECT=0 SESSION_COOKIE_SECURE=0 CSRF_COOKIE_SECURE=0 SECURE_HSTS_SECONDS=0

var/secret-key:
	@mkdir -p var
	@$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@

# The worker that renders documents in the background (manage.py db_worker) runs beside the server and stops with it.
WITH_WORKER = worker_pid=; trap '[ -n "$$worker_pid" ] && kill $$worker_pid 2>/dev/null; wait' EXIT INT TERM;

serve: install var/secret-key
	@echo "Portail CLS : http://127.0.0.1:$(PORT)  (comptes de démonstration : voir README)"
	@$(WITH_WORKER) \
	$(LOCAL_PRODUCTION_ENV) $(MANAGE) db_worker --no-reload --no-startup-delay -v 0 & worker_pid=$$!; \
	$(LOCAL_PRODUCTION_ENV) $(MANAGE) runserver --noreload 127.0.0.1:$(PORT)

dev: install migrate ## serve with DEBUG on: Django's debug pages and auto-reload (and the documents worker)
	@$(WITH_WORKER) \
	$(MANAGE) db_worker --no-startup-delay -v 0 & worker_pid=$$!; \
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install-dev ## the whole suite; PostgreSQL when DATABASE_URL points to it, SQLite otherwise
	$(MANAGE) makemigrations --check --dry-run -v 1
	$(BIN)/pytest -m "not browser" -n $(TEST_WORKERS) --durations=15 $(TEST_PATHS)
	@if [ "$(TEST_BROWSER)" != 0 ]; then $(MAKE) --no-print-directory test-browser; \
	else echo "Tests navigateur non lancés ici (TEST_BROWSER=0)."; fi

test-browser: install-dev ## user journeys in headless Debian Chromium (installed by .ci/run; skipped with a message if absent)
	@if command -v chromium >/dev/null; then $(BIN)/pytest -m browser -n $(TEST_WORKERS) tests/browser; \
	else echo "Chromium absent : tests navigateur non lancés (apt-get install chromium, ou .ci/run)."; fi

# The national dataset lives in a database of its own: BENCH_DATABASE_URL, by default a SQLite file in var/.
BENCH_DATABASE_URL ?= sqlite:///$(CURDIR)/var/national.sqlite3

bench: install-dev ## every main page on the national dataset (1,000 contracts): time, ratio to a bare page, queries
	@mkdir -p var
	DATABASE_URL=$(BENCH_DATABASE_URL) $(MANAGE) migrate --no-input -v 0
	DATABASE_URL=$(BENCH_DATABASE_URL) $(MANAGE) load_referentials
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/national.py --if-empty
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/pages.py

quality: install-dev ## linters, and the import contracts of docs/architecture.md
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

lock: ## re-pin requirements/*.txt from pyproject.toml ranges
	rm -rf var/lockenv && $(PYTHON) -m venv var/lockenv
	var/lockenv/bin/pip install --quiet . && var/lockenv/bin/pip freeze --exclude portail-cls > var/base.txt
	var/lockenv/bin/pip install --quiet '.[dev]' && var/lockenv/bin/pip freeze --exclude portail-cls > var/all.txt
	(echo '# Exact versions installed by `make install` (runtime). Regenerate with `make lock` after changing pyproject.toml.'; cat var/base.txt) > requirements/base.txt
	(echo '# Exact versions for tests and linting, on top of base.txt. Regenerate with `make lock`.'; echo '-r base.txt'; comm -13 <(sort var/base.txt) <(sort var/all.txt)) > requirements/dev.txt
	rm -rf var/lockenv var/base.txt var/all.txt

clean:
	rm -rf $(VENV) var/static

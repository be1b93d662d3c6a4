# The README's two commands: `make run` (the application with demo data) and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000
# Absolute links (mail, sitemap, open data) of the demo; never taken from a request's Host.
export DEV_BASE_URL ?= http://$(HOST):$(PORT)
export FLASK_APP := visitatie

# NL Design System component CSS (pinned in package.json / package-lock.json), copied into
# the static folder; reinstalled only when the lock file changes (stamp file).
UTRECHT_CSS := visitatie/static/vendor/utrecht/component-library.css
NPM_STAMP := node_modules/.visitatie-installed

.PHONY: run test translations-compile translations-update worker frontend bench

run: $(VENV)/.installed translations-compile frontend
	$(BIN)/flask db upgrade
	$(BIN)/flask seed
	$(BIN)/flask demo
	@echo
	@echo "Visitaties draait op http://$(HOST):$(PORT)  (stoppen met Ctrl+C)"
	DEMO_MODE=1 $(BIN)/flask run --host $(HOST) --port $(PORT)

test: $(VENV)/.installed-test translations-compile
	.ci/install-system-packages
	$(MAKE) --no-print-directory frontend
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# All benchmarks, written to docs/performance.md (needs wrk: apt-get install wrk).
bench: $(VENV)/.installed-test frontend
	command -v wrk >/dev/null || apt-get install -y -qq wrk
	$(BIN)/python bench/run_all.py --write docs/performance.md

worker: $(VENV)/.installed
	$(BIN)/rq worker --url "$${REDIS_URL:-redis://127.0.0.1:6379/0}" \
		--worker-class visitatie.jobs.worker.AppWorker visitatie

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip 2>&1 | grep -v "is ignored" || true
	$(BIN)/python -m pip install -q -e . 2>&1 | grep -v "is ignored" || true
	$(BIN)/python -c "import visitatie, flask, sqlalchemy"
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[test]' 2>&1 | grep -v "is ignored" || true
	$(BIN)/python -c "import pytest, playwright, axe_playwright_python, time_machine"
	touch $@

frontend: $(UTRECHT_CSS)

$(UTRECHT_CSS): $(NPM_STAMP)
	mkdir -p $(dir $@)
	cp node_modules/@utrecht/component-library-css/dist/index.css $@

$(NPM_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm ontbreekt: installeer Node.js en npm (Debian: nodejs npm)" >&2; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

translations-compile:
	$(BIN)/pybabel compile -f -d visitatie/translations 2>&1 | grep -v "^compiling" || true

translations-update:
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -o visitatie/translations/messages.pot .
	$(BIN)/pybabel update -i visitatie/translations/messages.pot -d visitatie/translations

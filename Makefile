# The README's two commands: `make run` (the application with demo data) and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000
export FLASK_APP := visitatie

.PHONY: run test translations-compile translations-update worker

run: $(VENV)/.installed translations-compile
	$(BIN)/flask db upgrade
	$(BIN)/flask seed
	$(BIN)/flask demo
	@echo
	@echo "Visitaties draait op http://$(HOST):$(PORT)  (stoppen met Ctrl+C)"
	DEMO_MODE=1 $(BIN)/flask run --host $(HOST) --port $(PORT)

test: $(VENV)/.installed-test translations-compile
	.ci/install-system-packages
	$(BIN)/python -m pytest $(PYTEST_ARGS)

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
	$(BIN)/python -c "import pytest, playwright, axe_playwright_python"
	touch $@

translations-compile:
	$(BIN)/pybabel compile -f -d visitatie/translations 2>&1 | grep -v "^compiling" || true

translations-update:
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -o visitatie/translations/messages.pot .
	$(BIN)/pybabel update -i visitatie/translations/messages.pot -d visitatie/translations

# The two commands: `make run` (demo on SQLite at http://127.0.0.1:8000) and `make test` (the whole suite).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
export PYTHAINLP_READ_ONLY := 1
export PYTHAINLP_OFFLINE := 1

.PHONY: run test test-pg install install-test messages bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	scripts/ensure-system-packages
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

messages: $(VENV)/.installed
	cd src/sujarit && ../../$(PY) -m django compilemessages --ignore=.venv -v 0

run: install messages
	mkdir -p var
	$(PY) -m sujarit migrate --no-input -v 0
	$(PY) -m sujarit collectstatic --no-input -v 0
	$(PY) -m sujarit demo_load
	$(PY) -m sujarit db_worker --interval 1 & worker=$$!; trap 'kill $$worker' EXIT INT TERM; \
	$(VENV)/bin/gunicorn sujarit.config.wsgi --bind 127.0.0.1:8000 --workers 2 --access-logfile -

test: install-test messages
	$(PY) -m pytest

test-pg: install-test messages
	DATABASE_URL=postgres://postgres@127.0.0.1:5432/sujarit $(PY) -m pytest

bench: install-test
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) var

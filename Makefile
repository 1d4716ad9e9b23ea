# The distribution's python3 (PEP 668: packages go into a virtual environment, never the system).
PYTHON ?= /usr/bin/python3
VENV := .venv

.PHONY: venv test demo lint bench

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[dev]'
	touch $@

test: venv
	$(VENV)/bin/pytest -q

demo: venv
	$(VENV)/bin/foiabot demo

lint: venv
	$(VENV)/bin/ruff check bot tests bench
	$(VENV)/bin/mypy

bench: venv
	$(VENV)/bin/python bench/accuracy.py

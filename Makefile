# mingjing — two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
EXAMPLE := examples/张三-对照检查材料.docx

.PHONY: install system-deps demo test eval bench clean

install: system-deps $(STAMP)

system-deps:
	@bash scripts/install-system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

demo: install
	$(VENV)/bin/mingjing parse $(EXAMPLE)
	$(VENV)/bin/mingjing frameworks list

test: install
	$(PY) -m pytest

eval: install
	$(PY) eval/parse_accuracy.py

bench: install
	$(PY) bench/parse_speed.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .hypothesis

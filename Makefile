# mingjing — two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
EXAMPLE := examples/张三-对照检查材料.docx
DRAFT := examples/陈立华-对照检查材料-初稿.docx

.PHONY: install system-deps tables demo lint fix test eval bench bundle lock clean

install: system-deps $(STAMP) tables

system-deps:
	@bash scripts/install-system-deps.sh

# exactly the locked files (versions and hashes, scripts/make_lock.py), then mingjing itself without
# dependencies; pip check fails when pyproject.toml asks for something the locks do not hold
$(STAMP): pyproject.toml requirements.lock requirements-dev.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --require-hashes -r requirements.lock -r requirements-dev.lock
	$(PY) -m pip install -q --disable-pip-version-check --no-deps -e .
	$(PY) -m pip check
	@touch $(STAMP)

# the review's large tables as memory-mapped files, built from their TSV sources when missing or stale
# (src/mingjing/rules/tables.py; a process also rebuilds a stale one on first use)
tables: $(STAMP)
	$(PY) -m mingjing.rules.tables

demo: install
	$(VENV)/bin/mingjing parse $(EXAMPLE)
	$(VENV)/bin/mingjing review $(EXAMPLE) $(DRAFT) --exit-zero
	$(VENV)/bin/mingjing review $(DRAFT) --format html --output out/陈立华-初稿.审阅.html --force --exit-zero
	$(VENV)/bin/mingjing review $(DRAFT) --format docx --output out/陈立华-初稿.审阅.docx --force --exit-zero
	$(VENV)/bin/mingjing draft examples/李敏-笔记.yaml --output out/李敏-对照检查材料.docx --md out/李敏-对照检查材料.md --force
	@echo "mingjing is in $(VENV)/bin: run 'source $(VENV)/bin/activate' to put it on your PATH (or call $(VENV)/bin/mingjing)"

# ruff (lint + format check) and mypy (strict on the core, docs/lint.md); run first by `make test`
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(PY) -m pytest -q -p no:cacheprovider tests/test_import_order.py

# the automatic fixes: safe lint fixes, then the formatter
fix: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: install lint
	$(PY) -m pytest

eval: install
	$(PY) eval/parse_accuracy.py
	$(PY) eval/parse_truncated.py
	$(PY) eval/parse_variants.py
	$(PY) eval/review_quality.py
	$(PY) eval/synthetic_slips.py
	$(PY) eval/word_probes.py
	$(PY) eval/similarity_quality.py
	$(PY) eval/draft_quality.py
	$(PY) eval/criticism_quality.py

bench: install
	$(PY) bench/parse_speed.py
	$(PY) bench/review_speed.py
	$(PY) bench/startup.py
	$(PY) bench/similarity_speed.py
	$(PY) bench/web_upload.py
	$(PY) bench/web_upload.py --workers 4
	$(PY) bench/ocr_speed.py
	$(PY) bench/web_round.py --units 5 --per-unit 10

# dist/mingjing-offline-<version>.tar.gz: wheels at requirements.lock's versions, the Debian packages
# with their dependency closure, install.sh and the systemd units (README 部署)
bundle: install
	PYTHON=$(PY) bash scripts/build-bundle.sh

# rewrite requirements.lock and requirements-dev.lock (versions and hashes) from pyproject.toml
lock: install
	$(PY) scripts/make_lock.py

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info .pytest_cache .hypothesis .mypy_cache .ruff_cache
	rm -f src/mingjing/rules/data/*.table

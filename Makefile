# Two commands do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
PYTEST_WORKERS ?= 2
# Debian packages that some tests and features use; without them those tests skip
# (jq: the README's jq example is run by tests/test_readme.py).
SYSTEM_PACKAGES := chromium:chromium tesseract:tesseract-ocr pdftoppm:poppler-utils jq:jq

.PHONY: install demo demo-build test lint format bench bench-extract bench-datasette bench-similar bench-accuracy train-foi-labeller system-deps browser-deps ocr-deps clean bench-parse bench-fuzz

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install  ## build the database from the offline demo web and serve it
	$(BIN)/trustdocs demo

demo-build: install  ## the same without serving
	$(BIN)/trustdocs demo --no-serve

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Chromium (browser test, never `playwright install`), Tesseract and Poppler (OCR of
# scanned PDFs). Installed with apt-get when run as root; a failure is reported and
# tolerated, and the tests that need them then skip with the reason.
system-deps:
	@missing=""; for pair in $(SYSTEM_PACKAGES); do \
	  command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair#*:}"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then \
	  echo "system-deps: cannot install$$missing here (needs root and apt-get); tests that need them will skip"; exit 0; fi; \
	echo "system-deps: installing$$missing"; \
	( apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null ) \
	  || echo "system-deps: could not install$$missing; tests that need them will skip"

browser-deps ocr-deps: system-deps

test: lint system-deps
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) -q

bench: install  ## scraper politeness: wall time against the politeness lower bound
	$(BIN)/python benchmarks/bench_scrape.py

bench-extract: install  ## PDF extraction pages/s, and the cost of the unruled-table and two-column passes
	$(BIN)/python benchmarks/bench_extract.py

bench-accuracy: install  ## FOI pairs and metadata: tuned, leave-one-trust-out, synthetic held-out styles; held-out set D at first sight and now
	$(BIN)/python benchmarks/bench_accuracy.py --per-trust

train-foi-labeller: install  ## retrain parsers/foi/labeller.crfsuite and boilerplate.json
	$(BIN)/python scripts/train_foi_labeller.py --heldout-sets ''  # the shipped model: no held-out sets (README, "How well it reads")

bench-parse: install  ## parse stage: demo documents/s through the isolated workers; a hostile batch's cost and peak memory
	$(BIN)/python benchmarks/bench_parse.py
	$(BIN)/python benchmarks/bench_parse.py --hostile --repeat 1
	$(BIN)/python benchmarks/bench_parse.py --templates

bench-fuzz: install  ## 10,000 mutated and hostile documents through the parser: crashes, hangs, memory, statuses
	$(BIN)/python benchmarks/bench_fuzz.py

bench-datasette: install  ## Datasette latency at national scale (~1M FOI items); prints p50/p95
	$(BIN)/python benchmarks/bench_datasette.py

bench-similar: install  ## `similar` top-1/top-3 hit rates on reworded real requests, before/after issue #14
	$(BIN)/python benchmarks/bench_similar.py

clean:
	rm -rf $(VENV) data .pytest_cache .ruff_cache

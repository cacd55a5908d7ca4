# Two commands do all the set-up on a fresh machine with Python 3.11 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test system-packages wheel-check bench bench-10k bench-full bench-100k clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,serve,dask]'
	touch $(STAMP)

demo: $(STAMP)
	rm -f partnergraph.db
	$(BIN)/partnergraph ingest corpus || test $$? -eq 3
	$(BIN)/partnergraph documents
	$(BIN)/partnergraph stats

test: $(STAMP)
	$(BIN)/python -m pytest

# The system tools the tests open exports with: Chromium (the HTML page), Graphviz (DOT), LibreOffice
# (the Word write-up). Installed with apt-get when run as root (CI); their tests skip, naming the package,
# without them. `make test` never installs system packages.
SYSTEM_PACKAGES := chromium chromium-driver graphviz libreoffice-writer-nogui
system-packages:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else echo "The export tests need: sudo apt-get install $$missing"; fi

# Benchmarks: 100 and 1,000 generated reports, queries on the 1,000-report database (a few minutes).
bench: $(STAMP)
	$(BIN)/python bench/run.py --sizes 100 1000 --query-size 1000

# The same with queries, re-ingest and memory on 10,000 reports (about 5 minutes on 2 cores).
bench-10k: $(STAMP)
	$(BIN)/python bench/run.py --sizes 100 1000 --query-size 10000

# Every stage on 10,000 reports as well (about 25 minutes on 2 cores); targets still on 1,000.
bench-100k: $(STAMP)  # about two hours on 2 cores; needs 20 GB of disk in bench/out
	$(BIN)/python bench/scale.py --sizes 10000 100000

bench-full: $(STAMP)
	$(BIN)/python bench/run.py --sizes 100 1000 10000 --query-size 10000

# The package as users get it: a wheel installed in a fresh venv, used from another folder.
wheel-check: $(STAMP)
	PYTHON=$(PYTHON) .ci/wheel-check

clean:
	rm -rf $(VENV) *.egg-info partnergraph.db

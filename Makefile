# The two set-up commands: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CORPUS ?= ../shared/corpus/ant-news-2018.jsonl.gz

.PHONY: run test test-postgres setup data lint format check bench browser clean serve loadtest

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

setup: $(VENV)/.installed

data: setup
	$(MANAGE) migrate --verbosity 0
	$(MANAGE) ingest fixtures/

run: data
	$(MANAGE) runserver 127.0.0.1:8000

# Debian's chromium for the browser tests; never a browser downloaded by a tool.
browser:
	@[ -x /usr/bin/chromium ] || { $(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core; }

check: setup
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run --verbosity 0
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: check browser
	$(VENV)/bin/pytest

# The whole suite with records and search on PostgreSQL (SEARCH_URL defaults to
# DATABASE_URL): on a throwaway server of Debian's (.ci/with-postgres: a temporary
# folder, a free port, stopped afterwards) unless DATABASE_URL names one, e.g.
#   make test-postgres DATABASE_URL=postgres://archive:archive@127.0.0.1:5432/archive
# whose role may CREATE DATABASE (the runner makes test_<name>).
test-postgres: setup browser
	@if [ -z "$(DATABASE_URL)" ]; then \
		$(PY) .ci/with-postgres -- $(MAKE) --no-print-directory test-postgres; \
	else \
		export DATABASE_URL='$(DATABASE_URL)' SEARCH_URL='$(or $(SEARCH_URL),$(DATABASE_URL))'; \
		$(MANAGE) check && $(VENV)/bin/pytest; \
	fi

lint: check

format: setup
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Each size gets its own archive in a temporary folder; the user's is never touched.
# Bigger runs (README, Benchmark): make bench BENCH_SIZES=10000,31523,100000
BENCH_SIZES ?= 2000
bench: setup
	$(MANAGE) bench --corpus $(CORPUS) --sizes $(BENCH_SIZES) --json var/bench.json

# The production server (README, Deploy): gunicorn (gunicorn.conf.py) on loopback
# behind a TLS proxy. It starts only on settings that pass `check --deploy`: set
# DJANGO_ALLOWED_HOSTS and DJANGO_SECRET_KEY. ARCHIVE_BIND and WEB_CONCURRENCY
# change its address and number of workers.
serve: setup
	$(MANAGE) check --deploy --fail-level WARNING
	$(MANAGE) migrate --verbosity 0
	$(VENV)/bin/gunicorn

# A bounded load on 127.0.0.1 against `make serve` (README, Load): builds an archive
# of LOAD_ARTICLES corpus articles in LOAD_DATA once (about 10 CPU-minutes for
# 10,000), then 16 clients for 60 s while an ingest runs and staff edits are saved.
LOAD_DATA ?= var/load
LOAD_ARTICLES ?= 10000
LOAD_ARGS ?=
loadtest: setup
	$(PY) -m tests.load.run --data-dir $(LOAD_DATA) --articles $(LOAD_ARTICLES) \
		--corpus $(CORPUS) $(LOAD_ARGS)

clean:
	rm -rf var/ $(VENV)

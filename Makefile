# Two commands for a fresh clone: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1

.PHONY: run test install install-dev lint migrate demo messages bench bench-import screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	@mkdir -p var
	DJANGO_SETTINGS_MODULE=portal.settings.dev $(BIN)/python manage.py migrate --noinput

demo: migrate
	DJANGO_SETTINGS_MODULE=portal.settings.dev $(BIN)/python manage.py load_demo_content
	DJANGO_SETTINGS_MODULE=portal.settings.dev $(BIN)/python manage.py rebuild_search_index --if-empty

run: demo
	DJANGO_SETTINGS_MODULE=portal.settings.dev $(BIN)/python manage.py runserver $(HOST):$(PORT)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# After changing interface strings: update both catalogues, translate, then compile.
messages: install
	$(BIN)/python manage.py makemessages -l de -l en --no-obsolete \
		--ignore .venv --ignore var --ignore tests --ignore docs --ignore bench
	$(BIN)/python manage.py compilemessages --ignore .venv

# The whole suite: SQLite by default, PostgreSQL when DATABASE_URL is set. The browser tests
# (Playwright driving Debian's /usr/bin/chromium) run in a pytest session of their own.
BROWSER_ARGS ?= --output var/browser-results --screenshot only-on-failure
test: lint
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py check_translations
	$(BIN)/pytest $(PYTEST_ARGS)
	$(BIN)/pytest tests/browser $(BROWSER_ARGS) $(PYTEST_ARGS)

# The browser tests again, keeping their screenshots as the README's current ones.
screenshots: install-dev
	BROWSER_SCREENSHOTS=docs/screenshots $(BIN)/pytest tests/browser $(BROWSER_ARGS)

# Performance figures at DESIGN section 8's scale on PostgreSQL (written to docs/benchmarks.md).
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/bqportal_bench
bench: install
	psql "$(BENCH_DATABASE_URL:/bqportal_bench=/postgres)" -tAc "SELECT 1 FROM pg_database WHERE datname='bqportal_bench'" | grep -q 1 \
		|| createdb -h 127.0.0.1 -U postgres bqportal_bench
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/search.py
	$(MAKE) bench-import

# The import alone (databases of its own, made by the script; written to the "Import" section of
# docs/benchmarks.md).
bench-import: install
	$(BIN)/python bench/importing.py

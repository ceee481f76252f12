# Two commands for a fresh clone: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1

.PHONY: run serve backup restore test install install-dev lint migrate demo messages pdf-fonts bench bench-import bench-pages bench-backup bench-load screenshots

# uv installs the pinned packages of pyproject.toml (a fresh install takes seconds, pip's half a
# minute); it is itself pinned and installed into the virtual env by pip.
UV_VERSION ?= 0.13.9
UV := VIRTUAL_ENV=$(abspath $(VENV)) $(BIN)/uv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(UV) pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(UV) pip install --quiet -e '.[dev]'
	@touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	@mkdir -p var
	DJANGO_SETTINGS_MODULE=portal.settings.dev $(BIN)/python manage.py migrate --noinput

demo: migrate
	DJANGO_SETTINGS_MODULE=portal.settings.dev $(BIN)/python manage.py load_demo_content
	DJANGO_SETTINGS_MODULE=portal.settings.dev $(BIN)/python manage.py rebuild_search_index --if-empty

# PDFs print original names in every script of the portal (docs/pdf.md): Debian's Noto fonts,
# installed where fontconfig finds none for a script. As root (CI, containers) they are installed;
# otherwise a hint says what to install and PDFs show missing letters as boxes until then.
PDF_FONTS := fonts-noto-core fonts-noto-cjk
PDF_FONT_LANGUAGES := de ru el hi ar fa zh-cn th
pdf-fonts:
	@missing=; for language in $(PDF_FONT_LANGUAGES); do \
		fc-list ":lang=$$language" family | grep -q "^Noto Sans" || missing="$$missing $$language"; \
	done; \
	if [ -z "$$missing" ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "Installing $(PDF_FONTS) (no Noto font for:$$missing)"; \
		apt-get install -y -q $(PDF_FONTS) >/dev/null \
			|| { apt-get update -q >/dev/null && apt-get install -y -q $(PDF_FONTS) >/dev/null; }; \
	else \
		echo "PDFs lack fonts for:$$missing. Install them: sudo apt-get install $(PDF_FONTS)"; \
	fi

run: pdf-fonts demo
	DJANGO_SETTINGS_MODULE=portal.settings.dev $(BIN)/python manage.py runserver $(HOST):$(PORT)

# Production on this machine (docs/operations.md#make-serve): gunicorn with WhiteNoise and a task
# worker, production settings from .env (written with a fresh SECRET_KEY when missing), on the
# embedded SQLite (var/production.sqlite3) unless DATABASE_URL names another database.
serve: install
	$(BIN)/python -m operations.serve --host $(HOST) --port $(PORT)

# Backups (docs/operations.md#backups): the database and the uploaded files in one dated archive
# with a checksum, under var/backups/ (BACKUP_DIR); `make restore ARCHIVE=var/backups/....tar`
# replaces both with an archive's (it asks first). The database of `make run` by default;
# SETTINGS=portal.settings.production with production's environment for a production one.
SETTINGS ?= portal.settings.dev
backup: install
	DJANGO_SETTINGS_MODULE=$(SETTINGS) $(BIN)/python manage.py backup

restore: install
	DJANGO_SETTINGS_MODULE=$(SETTINGS) $(BIN)/python manage.py restore $(ARCHIVE)

# ruff (lint, complexity at most 15, docstrings; format) and import-linter (the apps' layers).
lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

# After changing interface strings: update every catalogue of locale/, translate, then compile
# (a new language's first catalogue: `manage.py makemessages -l <code>`, docs/languages.md).
messages: install
	$(BIN)/python manage.py makemessages --all --no-obsolete \
		--ignore .venv --ignore var --ignore tests --ignore docs --ignore bench
	$(BIN)/python manage.py compilemessages --ignore .venv

# The whole suite: SQLite by default, PostgreSQL when DATABASE_URL is set, measured by
# coverage.py, in one pytest-xdist worker per core (each with its own test database). The
# browser tests (Playwright driving Debian's /usr/bin/chromium) run in a pytest session of their
# own.
TEST_WORKERS ?= auto
BROWSER_ARGS ?= --output var/browser-results --screenshot only-on-failure
test: lint pdf-fonts
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py check_translations
	@rm -f .coverage .coverage.*
	$(BIN)/coverage run -m pytest -n $(TEST_WORKERS) --dist loadscope $(PYTEST_ARGS)
	$(BIN)/coverage combine -q
	$(BIN)/coverage report  # fails below the floor in pyproject.toml ([tool.coverage.report])
	$(BIN)/pytest tests/browser $(BROWSER_ARGS) $(PYTEST_ARGS)

# The browser tests again, keeping their screenshots as the README's current ones.
screenshots: install-dev
	BROWSER_SCREENSHOTS=docs/screenshots $(BIN)/pytest tests/browser $(BROWSER_ARGS)

# Performance figures at DESIGN section 8's scale on PostgreSQL, written to docs/benchmarks.md and
# docs/benchmarks.json (docs/benchmarks.md "Running the benches"). SCALE=full (default): the
# generated portal of 35,000 profiles: pages, page cache, admin, memory, search, then the import;
# SCALE=small: the portal at a twentieth, pages, page cache, admin and memory only, in minutes.
# The generated portal's database is kept for the next run (FRESH=1 builds it anew).
SCALE ?= full
BENCH_SERVER ?= postgres://postgres@127.0.0.1:5432
PORTAL_BENCH_DATABASE ?= bqportal_portal_$(SCALE)
bench: install
	BENCH_SERVER=$(BENCH_SERVER) $(BIN)/python bench/dataset.py --scale $(SCALE) \
		--database $(PORTAL_BENCH_DATABASE) $(if $(FRESH),--fresh)
	DATABASE_URL=$(BENCH_SERVER)/$(PORTAL_BENCH_DATABASE) $(BIN)/python bench/portal.py --scale $(SCALE)
ifeq ($(SCALE),full)
	DATABASE_URL=$(BENCH_SERVER)/$(PORTAL_BENCH_DATABASE) $(BIN)/python bench/search.py
	$(MAKE) bench-import
endif

# Backup and restore of the generated portal of SCALE (built by `make bench`), timed; written to
# the "Backup and restore" section of docs/benchmarks.md.
bench-backup: install
	BENCH_SERVER=$(BENCH_SERVER) PORTAL_BENCH_DATABASE=$(PORTAL_BENCH_DATABASE) \
		$(BIN)/python bench/backup.py

# 50 concurrent users for 2 minutes (locust: readers, searchers, staff, editors) against
# gunicorn and PostgreSQL on a copy of the generated portal of SCALE (built by `make bench`);
# written to the "Load" section of docs/benchmarks.md; fails when any request failed.
bench-load: install-dev
	BENCH_SERVER=$(BENCH_SERVER) PORTAL_BENCH_DATABASE=$(PORTAL_BENCH_DATABASE) \
		$(BIN)/python bench/load_test.py

# Queries and CPU of uncached pages in process, with pyinstrument's top frames (the generated
# portal of `make bench SCALE=...`; AGAINST=<another checkout> compares it side by side;
# ADMIN=1: the admin bench's views as a chamber editor instead).
bench-pages: install-dev
	DATABASE_URL=$(BENCH_SERVER)/$(PORTAL_BENCH_DATABASE) $(BIN)/python bench/profile_page.py $(if $(ADMIN),--admin --renders 20,--profile) $(if $(AGAINST),--against $(AGAINST))

# The import alone, into a copy of the generated portal of SCALE (built by `make bench`), beside
# Wagtail's per-page path; written to the "Import" section of docs/benchmarks.md.
bench-import: install
	BENCH_SERVER=$(BENCH_SERVER) PORTAL_BENCH_DATABASE=$(PORTAL_BENCH_DATABASE) \
		$(BIN)/python bench/importing.py

# Service Counter — developer entry points.
#
# Why: the README's Quick start is `make run` and `make test`, and each must
# work on a fresh Debian/Ubuntu machine, so every target first calls
# scripts/bootstrap.sh (system packages, .venv, pip install, translations),
# which is idempotent and quick when nothing changed.
#
#   make run [ARGS=...]          launch the app (embedded SQLite by default)
#   make test [PYTEST_ARGS=...]  whole test suite (starts its own PostgreSQL)
#   make bundle                  PyInstaller build from build_installer.spec
#   make bundle-smoke            make bundle, then scripts/smoke_bundle.sh
#   make screenshot              scripts/screenshot.py
#   make ui                      ui/*.ui -> desktop_app/gui/forms/ui_*.py
#   make translations            refresh resources/i18n/*.ts with lupdate
#   make clean / distclean       remove build artefacts (/ and .venv)

SHELL := /bin/sh
VENV := .venv
BOOTSTRAP := sh scripts/bootstrap.sh
ARGS ?=
PYTEST_ARGS ?=
I18N_DIR := resources/i18n
TS_FILES := $(I18N_DIR)/service_counter_zh_CN.ts $(I18N_DIR)/service_counter_en.ts

.PHONY: run test bundle bundle-smoke screenshot ui translations clean distclean

run:
	@$(BOOTSTRAP) run
	$(VENV)/bin/service-counter $(ARGS)

# One worker per core (pytest-xdist), each with its own PostgreSQL server; tests sharing an
# expensive module fixture (the bundle build, the Xvfb day) stay on one worker (xdist_group).
# --max-worker-restart 0: a worker that crashes fails the run and names its test; a replaced
# worker can hang --dist loadgroup (pytest-xdist issues 1323, 1378; seen here after a segfault).
# PYTEST_ARGS="-n 0" runs in one process.
test:
	@$(BOOTSTRAP) test
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest -n auto --dist loadgroup --max-worker-restart 0 $(PYTEST_ARGS)

# The bundle includes PostgreSQL support, so psycopg[binary] ([postgres] extra) must be in the
# venv; '.[bundle]' alone does not bring it. --clean: no stale hook/analysis cache between builds.
bundle:
	@$(BOOTSTRAP) bundle
	@$(VENV)/bin/python -c 'import psycopg, psycopg_binary' 2>/dev/null || \
	    $(VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-input -e '.[postgres]'
	$(VENV)/bin/pyinstaller --noconfirm --clean build_installer.spec

# Runs the bundled executable headless: CLI sub-commands and a GUI start (scripts/smoke_bundle.sh).
bundle-smoke: bundle
	sh scripts/smoke_bundle.sh

screenshot:
	@$(BOOTSTRAP) test
	$(VENV)/bin/python scripts/screenshot.py

# ui/claim_form.ui -> desktop_app/gui/forms/ui_claim_form.py (always regenerated)
ui:
	@$(BOOTSTRAP) run
	@mkdir -p desktop_app/gui/forms
	@set -e; for src in ui/*.ui; do \
	    [ -f "$$src" ] || { echo "no ui/*.ui files"; exit 0; }; \
	    dst="desktop_app/gui/forms/ui_$$(basename "$$src" .ui).py"; \
	    echo "pyside6-uic $$src -> $$dst"; \
	    $(VENV)/bin/pyside6-uic "$$src" -o "$$dst"; \
	done

# All of desktop_app: error templates below the GUI are marked with QT_TRANSLATE_NOOP.
# The generated forms are skipped: their strings come from ui/*.ui directly.
translations:
	@$(BOOTSTRAP) run
	@mkdir -p $(I18N_DIR)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations relative \
	    $$(find desktop_app -name '*.py' -not -path 'desktop_app/gui/forms/*' | sort) \
	    $$(ls ui/*.ui 2>/dev/null) \
	    -ts $(TS_FILES)

clean:
	rm -rf build dist .pytest_cache .hypothesis *.egg-info
	rm -f $(I18N_DIR)/*.qm
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)

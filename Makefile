# Two commands set up a fresh machine: `make render` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: render test test-quick test-slow test-deps check lint format clean gallery references schema bench docs mutate

render: $(INSTALLED)
	$(BIN)/resume render

# The quick tests (about 7.5 minutes on 2 cores): every theme, our sources, the real JSON Resume
# files each in one theme (two of the long ones). A worker per core; the tests that read one
# theme's renders share a worker (tests/conftest.py), so that each theme is rendered once.
# What the tests need from the system is installed first; a test that still cannot run fails.
PYTEST := $(BIN)/pytest -n auto --dist loadgroup
test: $(INSTALLED) test-deps
	$(PYTEST) -m "not slow"

# A partial run, asked for: nothing installed beyond what rendering needs, and a test whose tool
# is missing is skipped with its reason instead of failing (RESUME_PARTIAL=1 does the same).
test-quick: $(INSTALLED)
	RESUME_PARTIAL=1 $(PYTEST) -m "not slow"

# The rest, which CI runs too: every real file in every theme, the layout-heavy hostile themes,
# the pre-commit hooks.
test-slow: $(INSTALLED) test-deps
	$(PYTEST) -m slow

# Chromium, poppler-utils, LibreOffice, Node.js, axe-core and pdf.js, each only when missing.
test-deps:
	@scripts/system-deps.sh test

# PNG previews of every built-in theme (docs/gallery/, shown in the README and the docs)
gallery: $(INSTALLED)
	$(BIN)/python scripts/gallery.py

# The documentation site, docs/ -> site/ (mkdocs.yml); --strict fails on a broken link or
# anchor (not with --quiet, which hides the warnings --strict counts). Offline. Material's notice
# of its end of life in 2027 is silenced: it is known.
docs: $(INSTALLED)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

# The reference pictures of every theme's résumé (tests/references/, compared by
# tests/outputs/test_pictures.py), made again after a change to the look made on purpose:
# commit them with the change, so that the review shows it.
references: $(INSTALLED)
	RESUME_UPDATE_REFERENCES=1 $(PYTEST) -q tests/outputs/test_pictures.py

# Everything: lint (ruff, its format check, mypy strict), then the tests.
check: lint test

lint: $(INSTALLED)
	$(BIN)/ruff check resume tests benchmarks scripts
	$(BIN)/ruff format --check resume tests benchmarks scripts
	$(BIN)/mypy

# The JSON Schema editors use; a test fails when the kept copy is stale.
schema: $(INSTALLED)
	$(BIN)/resume schema -o schema/resume.schema.json

# Speed, as medians and as ratios measured in one run (about 6 minutes on 2 cores; BENCH="--quick"
# for fewer runs and sources).
bench: $(INSTALLED)
	$(BIN)/python benchmarks/bench.py $(BENCH)

# Mutation testing of the core modules (mutmut, pyproject's [tool.mutmut]): slow, run by hand
# and before changing the tests of write, check, engine/fit, source/lenient or content/select.
# MUTATE="resume.write*" mutates one module; the surviving mutants are listed at the end
# (`.venv/bin/mutmut show NAME` shows one). Its work folder, mutants/, is removed first.
mutate: $(INSTALLED)
	rm -rf mutants
	$(BIN)/mutmut run $(MUTATE)
	$(BIN)/mutmut results

format: $(INSTALLED)
	$(BIN)/ruff format resume tests benchmarks scripts
	$(BIN)/ruff check --fix resume tests benchmarks scripts

# Pango and HarfBuzz's subsetter from the system (installed when missing and possible), then
# the package and its pinned tools in .venv.
$(INSTALLED): pyproject.toml scripts/system-deps.sh
	@scripts/system-deps.sh render
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

clean:
	rm -rf $(VENV) out site mutants .cache .pytest_cache .mypy_cache .ruff_cache

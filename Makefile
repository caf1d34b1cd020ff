# The README's two commands: `make up` and `make test`.
.PHONY: up test fast lint bench

up:
	@deploy/bootstrap.sh
	.venv/bin/jobtracker up

test:
	@deploy/bootstrap.sh
	@tests/run-all.sh

fast:
	@deploy/bootstrap.sh
	.venv/bin/pytest -m "not connected" -q

lint:
	@deploy/bootstrap.sh
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	tests/typecheck.sh

bench:
	@deploy/bootstrap.sh
	.venv/bin/python tests/bench/bench_import.py

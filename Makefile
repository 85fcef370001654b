# Convenience targets; the README's two commands do not need make.
.PHONY: run test bench bench-quick bench-server bench-server-quick soak package

run:
	bash scripts/run-app.sh

test:
	bash scripts/run-tests.sh

bench:
	bash scripts/bootstrap.sh
	PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_foundation.py
	PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_store.py
	PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_export.py
	PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_gui.py
	PYTHONPATH=. .venv/bin/python tests/bench/bench_server.py  # last: adds its section to docs/benchmarks.md

bench-server:  # the unit server vs the file store at 100k cases, then 20 sessions for 5 minutes (own PostgreSQL cluster)
	PYTHONPATH=. .venv/bin/python tests/bench/bench_server.py

bench-server-quick:  # the same at 10k cases and 60 s of load; prints, does not write docs/benchmarks.md
	PYTHONPATH=. .venv/bin/python tests/bench/bench_server.py --quick

bench-quick:
	PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_store.py --quick

# Bundle (PyInstaller, dist/medunit/) and Debian package (dist/medunit_<version>_<arch>.deb)
package:
	bash scripts/package.sh

# the crash-safety loop with 100 SIGKILLs instead of the suite's 10
soak:
	MEDUNIT_SOAK_KILLS=100 PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -p no:cacheprovider tests/security/test_reliability.py -k sigkill

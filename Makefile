# Convenience targets; the README's two commands do not need make.
.PHONY: run test bench bench-quick soak package

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

bench-quick:
	PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_store.py --quick

# Bundle (PyInstaller, dist/medunit/) and Debian package (dist/medunit_<version>_<arch>.deb)
package:
	bash scripts/package.sh

# the crash-safety loop with 100 SIGKILLs instead of the suite's 10
soak:
	MEDUNIT_SOAK_KILLS=100 PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -p no:cacheprovider tests/security/test_reliability.py -k sigkill

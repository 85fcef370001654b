"""The workstation at a unit's scale: a 100k-case demo store, timed through the real main window.

Run: PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_gui.py [--cases N]
The store is created once under /tmp/medunit-bench-<N> (seeding 100k cases takes minutes) and reused.
Figures: unlock (KDF) time; unlock → first painted case list; a filter keystroke → updated list (median,
p95; the 250 ms typing debounce excluded); RSS after opening.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    args = parser.parse_args()
    base = Path(f"/tmp/medunit-bench-{args.cases}")
    base.mkdir(exist_ok=True)
    os.environ["PYTHON_KEYRING_BACKEND"] = "tests.support.file_keyring.EncryptedFileKeyring"
    os.environ["MEDUNIT_INSECURE_TEST_KEYRING"] = "tests.support.file_keyring.EncryptedFileKeyring"
    os.environ["MEDUNIT_TEST_KEYRING"] = str(base / "kr")
    os.environ["MEDUNIT_POLICY"] = str(base / "policy.toml")
    (base / "policy.toml").write_text("")  # production KDF cost
    from medunit.config.policy import load_policy
    from medunit.services import admin, demo, stores

    policy = load_policy()
    root = base / "store"
    if not stores.store_exists(root):
        t = time.perf_counter()
        session, _ = stores.create_store(root, "beheer", "bench passphrase 1", policy, binding=False)
        admin.add_user(session, "dr.jansen", "medical-advisor", "bench passphrase 1")
        demo.seed(session, args.cases, progress=lambda d, n: print(f"\rseeding {d}/{n}", end="", flush=True))
        session.close()
        print(f"\nseeded {args.cases:,} cases in {time.perf_counter() - t:.0f} s")

    from PySide6.QtWidgets import QApplication

    from medunit.gui.main_window import MainWindow

    app = QApplication([])
    t0 = time.perf_counter()
    session = stores.unlock(root, "dr.jansen", "bench passphrase 1", policy)
    t1 = time.perf_counter()
    window = MainWindow(session)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab()  # forces a full paint of the window, the case list included
    t2 = time.perf_counter()
    assert window.case_list is not None
    rows = window.case_list.model.rowCount()
    print(f"unlock (Argon2id included): {(t1 - t0) * 1000:.0f} ms")
    print(f"unlock -> first painted case list ({rows} rows loaded): {(t2 - t1) * 1000:.0f} ms")
    samples = []
    words = [
        "J",
        "Ja",
        "Jan",
        "Jans",
        "Jansen",
        "V",
        "Vr",
        "Vri",
        "Vries",
        "SYN-2026-01",
        "SYN-2026-012",
        "B",
        "Ba",
        "Bak",
        "Bakker",
        "M",
        "Mu",
        "Mul",
        "Mulder",
        "P",
        "Pe",
        "Pet",
        "Peters",
        "S",
        "Sm",
        "Smit",
    ]
    edit = window.case_list.search_edit
    for word in words:
        edit.setText(word)
        t = time.perf_counter()
        window.case_list.apply_filters()
        app.processEvents()
        window.case_list.table.viewport().repaint()
        samples.append(time.perf_counter() - t)
    samples.sort()
    p95 = samples[max(0, int(len(samples) * 0.95) - 1)]
    print(
        f"filter keystroke -> updated list: median {statistics.median(samples) * 1000:.1f} ms, "
        f"p95 {p95 * 1000:.1f} ms (n={len(samples)}, debounce of 250 ms not included)"
    )
    print(f"RSS after opening: {rss_mib():.0f} MiB")
    window.close()


if __name__ == "__main__":
    main()

"""Export time for one signed advice (JSON + PDF, signed, written atomically) and verify time.

Run: PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_export.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.support.bench_env import use_bench_environment  # noqa: E402


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="medunit-bench-export-"))
    use_bench_environment(tmp)
    from medunit.config.policy import load_policy
    from medunit.domain.roles import Role
    from medunit.services import advice, exports
    from tests.support.unit import make_unit

    unit = make_unit(tmp / "store", load_policy())
    ma = unit[Role.MEDICAL_ADVISOR]
    advice.draft_advice(ma, "GD-2026-000001", {"decision": "accept"}, "Geen bezwaar tegen acceptatie.")
    advice.sign_advice(ma, "GD-2026-000001", "12345678901")
    for i in ["warm", *range(10)]:
        (tmp / f"out{i}").mkdir()
    exports.export_advice(ma, "GD-2026-000001", tmp / "outwarm")  # first PDF initialises Qt's fonts
    samples = []
    for i in range(10):
        t = time.perf_counter()
        result = exports.export_advice(ma, "GD-2026-000001", tmp / f"out{i}")
        samples.append(time.perf_counter() - t)
    trust = exports.public_key(ma).file_text
    data = result.pdf_path.read_bytes()
    verify = []
    for _ in range(50):
        t = time.perf_counter()
        assert exports.verify_file(data, trust).valid
        verify.append(time.perf_counter() - t)
    print(
        f"export one advice (leak check, JSON + PDF, sign, write, log): median "
        f"{statistics.median(samples) * 1000:.1f} ms, max {max(samples) * 1000:.1f} ms (n=10)"
    )
    print(f"verify the PDF export ({len(data):,} bytes): median {statistics.median(verify) * 1000:.2f} ms")
    unit.close()


if __name__ == "__main__":
    main()

"""scripts/check_promises.py: the table it reads is complete, and a patch that no longer applies is an
error (never silently skipped, never counted as caught)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_promises", ROOT / "scripts" / "check_promises.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_promises"] = module
    spec.loader.exec_module(module)
    return module


def test_every_promise_names_tests_and_mutations_that_exist() -> None:
    cp = _script()
    promises = cp.read_promises()
    assert len(promises) >= 8
    assert cp.validate(promises) == []
    for p in promises:
        for test in p.tests:
            assert (ROOT / test.split("::")[0]).is_file(), test


def test_a_patch_that_no_longer_applies_is_an_error(tmp_path: Path) -> None:
    cp = _script()
    stale = tmp_path / "stale.patch"
    stale.write_text(
        "--- a/medunit/domain/criminal.py\n+++ b/medunit/domain/criminal.py\n@@ -7,3 +7,3 @@\n"
        " \n-REPORTING_YEARS = 7\n+REPORTING_YEARS = 9\n \n"
    )
    promise = cp.read_promises()[0]
    outcome = cp.check_mutation(promise, str(stale), ["medunit/domain/criminal.py"])
    assert outcome.status == "ERROR"
    assert "no longer applies" in outcome.detail
    assert "ERROR" in cp.table([outcome])

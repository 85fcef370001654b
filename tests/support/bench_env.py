"""The environment every benchmark runs medunit's services in: the test suite's file keyring (a real
Secret Service is not started for a benchmark) and a policy file of its own, by default at the test KDF
cost so that unlocks do not dominate what is measured."""

from __future__ import annotations

import os
from pathlib import Path

#: Argon2id at the test suite's cost (tests/conftest.py): benchmarks measure the store, not the KDF.
CHEAP_KDF = "[security]\nkdf_memory_kib = 8192\nkdf_iterations = 1\n"
_KEYRING = "tests.support.file_keyring.EncryptedFileKeyring"


def use_bench_environment(folder: Path, policy: str = CHEAP_KDF) -> Path:
    """Point keyring and policy at ``folder`` (the keyring file ``kr``, the policy ``policy.toml`` holding
    ``policy``) for this process and the ones it starts; returns the policy file, which a benchmark may
    rewrite between rounds."""
    os.environ["PYTHON_KEYRING_BACKEND"] = _KEYRING
    os.environ["MEDUNIT_INSECURE_TEST_KEYRING"] = _KEYRING
    os.environ["MEDUNIT_TEST_KEYRING"] = str(folder / "kr")
    path = folder / "policy.toml"
    path.write_text(policy)
    os.environ["MEDUNIT_POLICY"] = str(path)
    return path

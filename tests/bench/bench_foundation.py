"""Foundation figures: store creation, unlock (KDF included and excluded), verify.

Run: PYTHONPATH=. .venv/bin/python tests/bench/bench_foundation.py
Uses the default (production) KDF cost and a throw-away encrypted-file keyring.
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


def _median(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.1f} ms (n={len(samples)})"


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="medunit-bench-"))
    use_bench_environment(tmp, policy="")
    from medunit.config.policy import load_policy
    from medunit.crypto.kdf import KdfParams, derive_key
    from medunit.crypto.keyslots import read_slot_file, user_slot_id
    from medunit.services import admin, stores
    from medunit.store.database import open_database

    policy = load_policy()
    create, unlock, kdf_only, verify, open_only = [], [], [], [], []
    for i in range(5):
        t = time.perf_counter()
        s, _ = stores.create_store(tmp / f"s{i}", "alice", "correct horse battery staple", policy)
        create.append(time.perf_counter() - t)
        s.close()
    root = tmp / "s0"
    slot = read_slot_file(root / "keyslots.json").slot(user_slot_id("alice"))
    assert slot is not None
    for _ in range(7):
        t = time.perf_counter()
        s = stores.unlock(root, "alice", "correct horse battery staple", policy)
        unlock.append(time.perf_counter() - t)
        key = s.vault.bag.data_key
        t = time.perf_counter()
        report = admin.verify_store(s)
        verify.append(time.perf_counter() - t)
        assert report.ok
        s.close()
        t = time.perf_counter()
        derive_key(b"correct horse battery staple", KdfParams(slot.kdf.cost, slot.kdf.salt), b"x" * 32)
        kdf_only.append(time.perf_counter() - t)
        t = time.perf_counter()
        open_database(root / "medunit.db", key).close()
        open_only.append(time.perf_counter() - t)
    cost = slot.kdf.cost
    print(f"KDF: Argon2id {cost.memory_kib // 1024} MiB, {cost.iterations} iterations, {cost.lanes} lanes")
    print(f"store creation          {_median(create)}")
    print(f"unlock (KDF included)   {_median(unlock)}")
    print(f"  of which Argon2id     {_median(kdf_only)}")
    excluded = statistics.median(unlock) - statistics.median(kdf_only)
    print(f"unlock (KDF excluded)   {excluded * 1000:.1f} ms (median difference)")
    print(f"  database open alone   {_median(open_only)}")
    print(f"verify (empty store)    {_median(verify)}")


if __name__ == "__main__":
    main()

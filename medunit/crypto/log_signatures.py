"""Checking the access log's head signatures in bulk for ``audit verify``, in parallel processes when many.

Why: ``access_log.verify_chain`` must check the Ed25519 signature of the last transaction of every run of
transactions by one key. On a log that one person at a time wrote that is a few checks per session; on the
unit server's log, where 20 people act at once and every act is its own transaction, nearly every
transaction ends a run, and its check (about 50–110 µs of CPU) is 80 % of the verify. pyca/cryptography
holds the GIL while it verifies, so threads do not help; worker processes do, one per core.

The workers receive public keys, sequence numbers, chain heads and signatures only (never an entry's
content), and answer with the position of the first signature that does not verify. Should the processes
not start or die, every check is made again here, one after the other: the answer never depends on them.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import repeat
from multiprocessing.context import BaseContext

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from medunit.crypto.personal import head_statement

# (signer's raw public key, seq of the signed head, the head's hash, the signature)
HeadCheck = tuple[bytes, int, bytes, bytes]

# Below this many checks the serial loop wins: starting a worker (a fresh interpreter importing this
# module and the program's main module) costs about as much as a few thousand checks.
PARALLEL_FROM = 10_000
MAX_WORKERS = 8
_CHUNKS_PER_WORKER = 4  # a slow worker (a busy core) holds up the end less with smaller pieces


def first_invalid(
    store_id: str,
    checks: Sequence[HeadCheck],
    *,
    workers: int | None = None,
    context: BaseContext | None = None,
) -> int | None:
    """The index in ``checks`` of the first signature that does not verify, or None when all do.

    ``workers`` defaults to the cores this process may use (at most ``MAX_WORKERS``) from ``PARALLEL_FROM``
    checks on and to this process alone below that; ``context`` is the
    multiprocessing context the workers start in (default ``spawn``: no copy of this process's threads,
    open databases or keys; a packaged program calls ``multiprocessing.freeze_support`` at its entry)."""
    if workers is None:
        workers = min(available_cores(), MAX_WORKERS) if len(checks) >= PARALLEL_FROM else 1
    if workers < 2 or len(checks) < 2:
        return _first_invalid(store_id, checks)
    size = -(-len(checks) // (workers * _CHUNKS_PER_WORKER))
    starts = range(0, len(checks), size)
    chunks = [checks[start : start + size] for start in starts]
    try:
        with ProcessPoolExecutor(workers, mp_context=context or multiprocessing.get_context("spawn")) as pool:
            for start, found in zip(starts, pool.map(_first_invalid, repeat(store_id), chunks), strict=True):
                if found is not None:
                    pool.shutdown(cancel_futures=True)
                    return start + found
    except (OSError, BrokenProcessPool):
        return _first_invalid(store_id, checks)
    return None


def available_cores() -> int:
    """Cores this process may run on (its affinity where the platform tells it)."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


def _first_invalid(store_id: str, checks: Sequence[HeadCheck]) -> int | None:
    """The serial check (also what each worker runs on its piece); each public key is loaded once."""
    loaded: dict[bytes, Ed25519PublicKey] = {}
    for index, (public, seq, digest, signature) in enumerate(checks):
        try:
            key = loaded.get(public)
            if key is None:
                key = loaded[public] = Ed25519PublicKey.from_public_bytes(public)
            key.verify(signature, head_statement(store_id, seq, digest))
        except (ValueError, InvalidSignature):
            return index
    return None


__all__ = ["MAX_WORKERS", "PARALLEL_FROM", "HeadCheck", "available_cores", "first_invalid"]

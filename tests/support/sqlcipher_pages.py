"""Decrypt every page of a SQLCipher 4 database and its WAL with the raw key, outside SQLCipher.

This sees what SQLCipher hides from SQL: free pages, deleted cells, stale WAL frames. Tests use it to
prove that purged content is gone from the files, not merely unreachable (4096-byte pages, AES-256-CBC, a
raw key is the cipher key itself; each page ends in a 16-byte IV and its MAC: 64 bytes for HMAC-SHA512,
SQLCipher 4's default and older stores', 32 for HMAC-SHA256, new stores'; the slot file beside says which).
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from medunit.crypto.page_hmac import LEGACY_PAGE_HMAC, NEW_STORE_PAGE_HMAC
from tests.support.raw_sqlcipher import page_hmac_of

PAGE = 4096
IV = 16
RESERVE = {LEGACY_PAGE_HMAC: IV + 64, NEW_STORE_PAGE_HMAC: IV + 32}  # bytes at each page's end, by page MAC
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt_page(key: bytes, page: bytes, first: bool, reserve: int) -> bytes:
    start = 16 if first else 0
    body = page[start : PAGE - reserve]
    iv = page[PAGE - reserve : PAGE - reserve + IV]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def plaintext_pages(db_path: Path, key: bytes) -> bytes:
    """All pages of the database file and of its WAL (if any), decrypted and concatenated."""
    out = bytearray()
    reserve = RESERVE[page_hmac_of(db_path)]
    data = db_path.read_bytes()
    for n in range(len(data) // PAGE):
        out += _decrypt_page(key, data[n * PAGE : (n + 1) * PAGE], first=n == 0, reserve=reserve)
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        raw = wal.read_bytes()
        pos = WAL_HEADER
        while pos + FRAME_HEADER + PAGE <= len(raw):
            page_no = int.from_bytes(raw[pos : pos + 4], "big")
            out += _decrypt_page(
                key, raw[pos + FRAME_HEADER : pos + FRAME_HEADER + PAGE], first=page_no == 1, reserve=reserve
            )
            pos += FRAME_HEADER + PAGE
    return bytes(out)

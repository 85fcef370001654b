"""Decrypt every page of a SQLCipher 4 database and its WAL with the raw key, outside SQLCipher.

This sees what SQLCipher hides from SQL: free pages, deleted cells, stale WAL frames. Tests use it to
prove that purged content is gone from the files, not merely unreachable (SQLCipher 4 defaults: 4096-byte
pages, 80 reserved bytes = 16-byte IV + 64-byte HMAC, AES-256-CBC; a raw key is the cipher key itself).
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
IV = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    start = 16 if first else 0
    body = page[start : PAGE - RESERVE]
    iv = page[PAGE - RESERVE : PAGE - RESERVE + IV]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def plaintext_pages(db_path: Path, key: bytes) -> bytes:
    """All pages of the database file and of its WAL (if any), decrypted and concatenated."""
    out = bytearray()
    data = db_path.read_bytes()
    for n in range(len(data) // PAGE):
        out += _decrypt_page(key, data[n * PAGE : (n + 1) * PAGE], first=n == 0)
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        raw = wal.read_bytes()
        pos = WAL_HEADER
        while pos + FRAME_HEADER + PAGE <= len(raw):
            page_no = int.from_bytes(raw[pos : pos + 4], "big")
            out += _decrypt_page(key, raw[pos + FRAME_HEADER : pos + FRAME_HEADER + PAGE], first=page_no == 1)
            pos += FRAME_HEADER + PAGE
    return bytes(out)

"""An encrypted-file keyring backend for unit tests.

Selected with ``PYTHON_KEYRING_BACKEND=tests.support.file_keyring.EncryptedFileKeyring``, so medunit's
production path (the ``keyring`` API) stays the one under test. Each file stands for one workstation's
keychain: point ``MEDUNIT_TEST_KEYRING`` at another file to simulate another workstation.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from keyring.backend import KeyringBackend

_KEY = bytes(range(32))  # test-only file encryption key


class EncryptedFileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def path(self) -> Path:
        return Path(os.environ["MEDUNIT_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        blob = self.path.read_bytes()
        return json.loads(AESGCM(_KEY).decrypt(blob[:12], blob[12:], b"keyring"))  # type: ignore[no-any-return]

    def _save(self, data: dict[str, str]) -> None:
        nonce = os.urandom(12)
        self.path.write_bytes(nonce + AESGCM(_KEY).encrypt(nonce, json.dumps(data).encode(), b"keyring"))

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\0{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}\0{username}", None)
        self._save(data)

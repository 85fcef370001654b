"""The names of SQLCipher's page MAC that a store's database may use (no imports: the store layer reads
them on its start-up path, and the key-slot file validates its ``page_hmac`` field against them)."""

from __future__ import annotations

#: SQLCipher's page MAC. SQLCipher 4's default, HMAC-SHA512, is what every store created before issue 15
#: uses (its slot file has no ``page_hmac``); new stores use HMAC-SHA256, still a strong page MAC (32-byte
#: tag) and about 8 % less time on a bulk write (docs/benchmarks.md, "Page size and SQLCipher's HMAC").
#: SQLCipher fixes the setting when the database is created and does not store it in the clear, so the
#: slot file records it and every opener passes it to ``store.database.open_database``: nothing is guessed.
LEGACY_PAGE_HMAC = "HMAC_SHA512"
NEW_STORE_PAGE_HMAC = "HMAC_SHA256"
PAGE_HMACS = (LEGACY_PAGE_HMAC, NEW_STORE_PAGE_HMAC)

"""The rollback anchor: what a store looked like when a workstation last had it open.

Why: everything inside a store folder can be replaced by an older copy of itself (a copied-back
``medunit.db`` erases the reads logged since; an older ``keyslots.json`` brings back a removed user's
slot). Signatures do not help against an older copy: it was genuinely signed. So each workstation keeps,
outside the store, the access-log head (seq and hash), the key-slot generation and the unit CA's
fingerprint, and refuses a store that is behind them. ``behind`` says, in words, what is behind.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from medunit.crypto import personal
from medunit.store import access_log, meta
from medunit.store.vault import DB_NAME, SLOTS_NAME, Vault

FORMAT = "medunit-rollback-anchor/1"


@dataclass(frozen=True)
class Anchor:
    store_id: str
    log_seq: int
    log_hash: str  # hex
    slot_generation: int
    ca_fingerprint: str | None

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, **asdict(self)}, sort_keys=True)

    @classmethod
    def parse(cls, text: str) -> Anchor:
        """Raises ValueError for anything that is not an anchor."""
        try:
            obj = json.loads(text)
            if not isinstance(obj, dict) or obj.pop("format", None) != FORMAT:
                raise ValueError("not a medunit rollback anchor")
            anchor = cls(**obj)
        except (TypeError, json.JSONDecodeError) as exc:
            raise ValueError("not a medunit rollback anchor") from exc
        if not isinstance(anchor.log_seq, int) or not isinstance(anchor.slot_generation, int):
            raise ValueError("not a medunit rollback anchor")
        return anchor


def current(vault: Vault) -> Anchor:
    seq, digest = access_log.head(vault.db)
    ca = meta.get(vault.db, "unit_ca_public")
    return Anchor(
        store_id=vault.store_id,
        log_seq=seq,
        log_hash=digest.hex(),
        slot_generation=vault.slots.current.number,
        ca_fingerprint=personal.fingerprint(bytes.fromhex(ca)) if ca else None,
    )


def behind(anchor: Anchor, vault: Vault) -> list[str]:
    """What in this store is older than (or differs from) ``anchor``, each in words; empty when nothing is."""
    now = current(vault)
    found = []
    if now.slot_generation < anchor.slot_generation:
        found.append(
            f"the key-slot file {SLOTS_NAME} is older than last seen (key generation {now.slot_generation}, "
            f"last seen {anchor.slot_generation})"
        )
    if now.log_seq < anchor.log_seq:
        found.append(
            f"the database {DB_NAME} is older than last seen: its access log ends at #{now.log_seq}, "
            f"last seen at #{anchor.log_seq} (copied back or truncated)"
        )
    elif anchor.log_seq:
        at = access_log.entry_hash(vault.db, anchor.log_seq)
        if at is None:
            found.append(f"the access log was truncated: entry #{anchor.log_seq}, last seen, is gone")
        elif at.hex() != anchor.log_hash:
            found.append(f"the access log was rewritten: entry #{anchor.log_seq} differs from what was last seen")
    if anchor.ca_fingerprint and now.ca_fingerprint != anchor.ca_fingerprint:
        found.append("the unit CA in the database is not the one last seen (replaced)")
    return found

"""A store folder: the SQLCipher database plus its key-slot file, opened through one slot.

This is where key slots and the database meet: creating a store, unlocking it with a passphrase or the
recovery code, adding and removing slots, and rotating the data key. Every operation that changes the
slot file writes it atomically, and the data-key rotation is staged so that whatever moment the process
dies, some slot still opens the database.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from medunit.crypto.aead import DecryptionFailed
from medunit.crypto.atomic import create_private
from medunit.crypto.kdf import KdfCost
from medunit.crypto.keyslots import (
    RECOVERY_SLOT,
    Generation,
    KeyBag,
    Slot,
    SlotFile,
    make_slot,
    read_slot_file,
    unwrap_private,
    user_slot_id,
)
from medunit.crypto.page_hmac import NEW_STORE_PAGE_HMAC
from medunit.crypto.recovery_code import new_recovery_code, normalise
from medunit.crypto.workstation import Workstation
from medunit.errors import (
    AuthenticationError,
    ConflictError,
    IntegrityError,
    ValidationError,
)
from medunit.store import content
from medunit.store.changes import ChangeFeed, LocalChangeFeed
from medunit.store.database import Database, DatabaseError, describe_unopenable, open_database
from medunit.store.layout import DB_NAME, SLOTS_NAME, Layout
from medunit.store.schema import migrate, schema_version

PREVIOUS_SUFFIX = "#previous"

_ALTERED = "The key-slot file {path} was altered (its MAC does not match)."
_WRONG = "Unlock failed: unknown user or wrong passphrase."
_OTHER_WORKSTATION = (
    "The key slot of {user} is bound to another workstation. Use the recovery code: "
    "medunit-admin recover --store DIR --user {user} --recovery-code CODE"
)


def _pepper(slot_bound: bool, workstation: Workstation | None) -> bytes | None:
    if not slot_bound:
        return None
    if workstation is None:
        raise ValidationError("This store is bound to workstations; the OS keychain is needed.")
    return workstation.secret


def open_user_slot(slots: SlotFile, user: str, passphrase: str, workstation: Workstation | None) -> tuple[Slot, bytes]:
    """``user``'s slot and its private key, opened with the passphrase (and this workstation's secret)."""
    slot = slots.slot(user_slot_id(user))
    if slot is None:
        raise AuthenticationError(_WRONG)
    if slot.bound and workstation is not None and slot.tag != workstation.slot_tag(slots.store_id):
        raise AuthenticationError(_OTHER_WORKSTATION, user=user)
    try:
        private = unwrap_private(slots.store_id, slot, passphrase.encode(), _pepper(slot.bound, workstation))
    except DecryptionFailed:
        raise AuthenticationError(_WRONG) from None
    return slot, private


def open_recovery_slot(slots: SlotFile, code: str) -> tuple[Slot, bytes]:
    canonical = normalise(code)
    slot = slots.slot(RECOVERY_SLOT)
    if canonical is None or slot is None:
        raise AuthenticationError("Unlock failed: this is not the store's recovery code.")
    try:
        private = unwrap_private(slots.store_id, slot, canonical.encode(), None)
    except DecryptionFailed:
        raise AuthenticationError("Unlock failed: this is not the store's recovery code.") from None
    return slot, private


def open_bags(slots: SlotFile, slot: Slot, private: bytes, where: object) -> list[tuple[int, KeyBag]]:
    """The key bags ``slot`` opens, one per generation, after checking the slot document is whole."""
    try:
        bags = slots.open_keybags(slot, private)
    except (DecryptionFailed, ValueError, KeyError) as exc:
        raise IntegrityError("The key-slot file {path} was altered: an envelope does not open.", path=where) from exc
    if not bags:
        raise IntegrityError("The key-slot file {path} holds no key for this slot.", path=where)
    if not any(slots.mac_valid(bag.data_key) for _, bag in bags):
        raise IntegrityError(_ALTERED, path=where)
    return bags


@dataclass(frozen=True)
class NewStore:
    """A new store's key hierarchy, the same for a folder and the unit server: the data key, the first
    user's slot and the recovery slot, and a fresh key per compartment held by the recovery slot only."""

    slotfile: SlotFile
    data_key: bytes
    code: str
    user_slot: Slot
    user_private: bytes
    compartment_keys: dict[str, bytes]

    @classmethod
    def make(
        cls,
        user: str,
        passphrase: str,
        binding: bool,
        workstation: Workstation | None,
        cost: KdfCost,
        compartments: tuple[str, ...],
    ) -> NewStore:
        store_id = uuid.uuid4().hex
        data_key = secrets.token_bytes(32)
        code = new_recovery_code()
        pepper = workstation.secret if binding and workstation else None
        tag = workstation.slot_tag(store_id) if binding and workstation else None
        user_slot, user_private = make_slot(
            store_id, user_slot_id(user), "user", user, passphrase.encode(), cost, pepper, tag
        )
        rec_slot, _ = make_slot(store_id, RECOVERY_SLOT, "recovery", None, code.encode(), cost, None, None)
        slotfile = SlotFile(store_id, binding, (user_slot, rec_slot), (), page_hmac=NEW_STORE_PAGE_HMAC)
        gen = slotfile.seal_generation(1, data_key, [user_slot.slot_id, RECOVERY_SLOT])
        slotfile = replace(slotfile, generations=(gen,))
        keys = {name: secrets.token_bytes(32) for name in compartments}
        for name, key in keys.items():
            slotfile = slotfile.with_compartment_key(name, key, RECOVERY_SLOT)
        return cls(slotfile.signed(data_key), data_key, code, user_slot, user_private, keys)

    def initialise(self, db: Database) -> None:
        """The store's first rows: its id and the content keys' public halves (store.content), inside the
        caller's transaction."""
        db.execute("INSERT INTO meta(key, value) VALUES ('store_id', ?)", (self.slotfile.store_id,))
        content.initialise(db, self.compartment_keys)


class Vault:
    """An unlocked store: the open database and the key bag of the slot that opened it."""

    def __init__(
        self,
        layout: Layout | None,
        db: Database,
        slots: SlotFile,
        bag: KeyBag,
        generation: int,
        slot_id: str,
        private: bytes,
    ) -> None:
        self._slot_private = private  # the opening slot's private key, to re-read keys sealed to it later
        self._layout = layout
        self.db = db
        self.slots = slots
        self.bag = bag
        self.generation = generation
        self.slot_id = slot_id
        db.content = content.ContentKeys(slots.store_id, slot_id, private, lambda: self.bag, self.public_key)

    @property
    def layout(self) -> Layout:
        """The store's folder (a file store's; the unit server's vault has none and says so)."""
        assert self._layout is not None, "a file store's vault has its folder"
        return self._layout

    @property
    def folder(self) -> Path | None:
        """The store's folder, or None on the unit server (which has no files beside the store)."""
        return self._layout.root if self._layout is not None else None

    @property
    def reopen_location(self) -> Path | str:
        """What unlocks this store again (the window's lock screen): its folder."""
        return self.layout.root

    @property
    def location(self) -> str:
        """Where the store is, for messages and the window title: its folder, or the server's URL."""
        return str(self.layout.root)

    def public_key(self, slot_id: str) -> bytes | None:
        slot = self.slots.slot(slot_id)
        return slot.public_key if slot else None

    # -- creating --------------------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        root: Path,
        user: str,
        passphrase: str,
        *,
        binding: bool,
        workstation: Workstation | None,
        cost: KdfCost,
        compartments: tuple[str, ...] = (),
        show_recovery_code: Callable[[str], None] | None = None,
    ) -> tuple[Vault, str]:
        """Create a store; returns the unlocked vault and the recovery code (shown once, never stored).

        Each compartment named gets a fresh key held by the recovery slot only; users receive it when
        they are granted it. ``show_recovery_code`` runs before the key-slot file is written (the file
        that makes the folder a store): if showing the code fails, no store is left behind whose recovery
        code nobody saw."""
        layout = Layout(root)
        moved = layout.moved_to()
        if moved is not None:
            raise ConflictError(
                "The store in {path} was moved to the unit server {url}; a new store here would split the unit's "
                "data, so none is made. Point this workstation at the server instead (store.location in the policy).",
                path=root,
                url=moved,
            )
        if root.exists() and any(root.iterdir()):
            raise ConflictError("The folder {path} is not empty; choose an empty or new folder.", path=root)
        if binding and workstation is None:
            raise ValidationError("Workstation binding needs the OS keychain.")
        root.mkdir(parents=True, exist_ok=True, mode=0o700)
        layout.make_private()
        create_private(layout.db)  # SQLCipher gives its -wal and -shm files the database file's mode
        new = NewStore.make(user, passphrase, binding, workstation, cost, compartments)
        slotfile, data_key, code = new.slotfile, new.data_key, new.code
        db = open_database(layout.db, data_key, create=True, page_hmac=slotfile.page_hmac)
        migrate(db)
        with db.transaction():
            new.initialise(db)
        if show_recovery_code is not None:
            try:
                show_recovery_code(code)
            except BaseException:
                db.close()
                for leftover in (layout.db, *(layout.db.with_name(DB_NAME + s) for s in ("-wal", "-shm"))):
                    leftover.unlink(missing_ok=True)
                raise
        slotfile.write(layout.slots)
        return cls(layout, db, slotfile, KeyBag(data_key), 1, new.user_slot.slot_id, new.user_private), code

    # -- unlocking -------------------------------------------------------------------------------------
    @classmethod
    def unlock(cls, root: Path, user: str, passphrase: str, workstation: Workstation | None) -> Vault:
        layout = Layout(root)
        layout.check_exists()
        slots = read_slot_file(layout.slots)
        slot, private = open_user_slot(slots, user, passphrase, workstation)
        return cls._open(layout, slots, slot, private)

    @classmethod
    def unlock_recovery(cls, root: Path, code: str) -> Vault:
        layout = Layout(root)
        layout.check_exists()
        slots = read_slot_file(layout.slots)
        slot, private = open_recovery_slot(slots, code)
        return cls._open(layout, slots, slot, private)

    def reopen_with_recovery_code(self, code: str) -> Vault:
        """A second vault on the same store opened with the recovery code (closed by the caller)."""
        return Vault.unlock_recovery(self.layout.root, code)

    @classmethod
    def _open(cls, layout: Layout, slots: SlotFile, slot: Slot, private: bytes) -> Vault:
        layout.make_private()
        bags = open_bags(slots, slot, private, layout.slots)
        for number, bag in bags:
            try:
                db = open_database(layout.db, bag.data_key, page_hmac=slots.page_hmac)
            except DatabaseError:
                continue
            if schema_version(db) == 0:  # only init creates a schema; an opened store must already hold one
                db.close()
                raise IntegrityError(
                    "The database {path} holds no medunit data (no schema). Nothing was changed. Restore the "
                    "latest backup (docs/backup.md).",
                    path=layout.db,
                )
            vault = cls(layout, db, slots, bag, number, slot.slot_id, private)
            vault._finish_interrupted_rotation()
            migrate(db)
            return vault
        raise IntegrityError(
            "The database {path} does not open with the store's key ({detail}).",
            path=layout.db,
            detail=describe_unopenable(layout.db),
        )

    def _finish_interrupted_rotation(self) -> None:
        """A pending generation means a rotation was interrupted: keep whichever key opened the DB."""
        pending = self.slots.pending
        if pending is None:
            return
        keep = pending if pending.number == self.generation else self.slots.current
        self._write_slots(replace(self.slots, generations=(keep,)))

    # -- slot file helpers -----------------------------------------------------------------------------
    def _write_slots(self, slotfile: SlotFile) -> None:
        signed = slotfile.signed(self.bag.data_key)
        self._save_slots(signed)
        self.slots = signed

    def _save_slots(self, signed: SlotFile) -> None:
        """Where the slot document lives: the key-slot file beside the database (atomically replaced)."""
        signed.write(self.layout.slots)

    def _load_slots(self) -> SlotFile:
        return read_slot_file(self.layout.slots)

    @property
    def slots_location(self) -> str:
        """Where the slot document is, for messages."""
        return str(self.layout.slots)

    @property
    def store_id(self) -> str:
        return self.slots.store_id

    # -- users -----------------------------------------------------------------------------------------
    def put_user_slot(
        self,
        user: str,
        passphrase: str,
        workstation: Workstation | None,
        cost: KdfCost,
        compartment_keys: dict[str, bytes],
        *,
        replace_existing: bool,
        personal: dict[str, bytes] | None = None,
    ) -> None:
        """Give ``user`` a (new) slot under ``passphrase``, bound to this workstation when the store
        binds, holding the data key, the given compartment keys and ``personal`` keys."""
        sid = user_slot_id(user)
        self.refresh_slots()
        if not replace_existing and self.slots.slot(sid) is not None:
            raise ConflictError("User {user} already has a key slot.", user=user)
        binding = self.slots.binding
        pepper = _pepper(binding, workstation)
        tag = workstation.slot_tag(self.store_id) if binding and workstation else None
        slot, _ = make_slot(self.store_id, sid, "user", user, passphrase.encode(), cost, pepper, tag)
        updated = self.slots.without_slot(sid).with_slot(slot)
        gen = self.slots.current
        sealed = updated.seal_generation(gen.number, self.bag.data_key, [sid])
        updated = replace(updated, generations=(Generation(gen.number, {**gen.envelopes, **sealed.envelopes}),))
        for name, key in sorted(compartment_keys.items()):
            updated = updated.with_compartment_key(name, key, sid)
        if personal:
            updated = updated.with_personal(sid, personal)
        self._write_slots(updated)
        if sid == self.slot_id and personal:
            self.bag = replace(self.bag, personal=dict(personal))

    def refresh_personal(self) -> None:
        """Re-read this slot's personal keys from the slot file: an administrator may have sealed a new one
        to it (a document-signing certificate) while this vault was open."""
        slots = self._load_slots()
        slot = slots.slot(self.slot_id)
        assert slot is not None, "this vault's slot is gone"
        _number, bag = slots.open_keybags(slot, self._slot_private)[0]
        self.bag = replace(self.bag, personal=bag.personal)

    def seal_personal(self, slot_id: str, keys: dict[str, bytes], *, keep: bool = False) -> None:
        """Seal ``keys`` as the personal keys of ``slot_id`` (replacing what it held, or adding with ``keep``)."""
        self._write_slots(self.slots.with_personal(slot_id, keys, keep=keep))
        if slot_id == self.slot_id:
            self.bag = replace(self.bag, personal={**self.bag.personal, **keys} if keep else dict(keys))

    def remove_user_slot_and_rotate(self, user: str) -> None:
        """Remove ``user``'s slot and re-key the database so that an old copy of that slot opens nothing.

        Order: (1) slot file with the slot gone and the new key staged as a pending generation;
        (2) PRAGMA rekey; (3) slot file with the new generation alone. A crash after (1) or (2) is
        repaired at the next unlock by ``_finish_interrupted_rotation``.
        """
        self.refresh_slots()
        self.rotate(self.slots.without_slot(user_slot_id(user)))

    def rotate(self, base: SlotFile | None = None) -> None:
        """Re-key the database under a fresh data key sealed to every slot of ``base``."""
        base = base or self.slots
        self.db.prepare_rekey()  # refuses while another connection is open, before anything changes
        current = base.current
        new_key = secrets.token_bytes(32)
        pending = base.seal_generation(current.number + 1, new_key, [s.slot_id for s in base.slots])
        staged = replace(base, generations=(current, pending))
        self._write_slots(staged)
        self.db.rekey(new_key)
        self.bag = replace(self.bag, data_key=new_key)
        self.generation = pending.number
        self._write_slots(replace(staged, generations=(pending,)))

    def new_recovery_code(
        self, cost: KdfCost, compartment_keys: dict[str, bytes], personal: dict[str, bytes] | None = None
    ) -> str:
        """(``personal``: the new recovery slot's personal keys, the unit CA and a fresh log key.)"""
        """Replace the recovery slot and rotate the data key, so the old code (and an old copy of the
        slot file with it) opens nothing. The new recovery slot must receive every compartment key, or
        that compartment would lose its escrow."""
        missing = set(self.slots.compartments) - set(compartment_keys)
        if missing:
            raise ValidationError(
                "A new recovery code needs the {names} compartment key; give the current recovery code.",
                names=", ".join(sorted(missing)),
            )
        code = new_recovery_code()
        slot, _ = make_slot(self.store_id, RECOVERY_SLOT, "recovery", None, code.encode(), cost, None, None)
        updated = self.slots.without_slot(RECOVERY_SLOT).with_slot(slot)
        for name, key in sorted(compartment_keys.items()):
            updated = updated.with_compartment_key(name, key, RECOVERY_SLOT)
        updated = updated.with_personal(RECOVERY_SLOT, personal or {})
        self.rotate(updated)
        return code

    # -- compartment key rotation ----------------------------------------------------------------------
    def stage_compartment_rotation(self, name: str) -> tuple[bytes, bytes]:
        """Seal a fresh key for compartment ``name`` to every current holder, keeping the old key beside it
        as ``<name>#previous`` until the rows are re-encrypted. Returns (old, new). Resumes a staged
        rotation instead of starting another, so an interruption never strands rows under a lost key."""
        previous = name + PREVIOUS_SUFFIX
        if previous in self.bag.compartments:
            return self.bag.compartments[previous], self.bag.compartments[name]
        old = self.bag.compartments[name]
        new = secrets.token_bytes(32)
        holders = sorted(self.slots.compartments.get(name, {}))
        comps = {n: dict(e) for n, e in self.slots.compartments.items()}
        comps[name], comps[previous] = {}, {}
        updated = replace(self.slots, compartments=comps)
        for sid in holders:
            updated = updated.with_compartment_key(name, new, sid).with_compartment_key(previous, old, sid)
        self._write_slots(updated)
        self.bag = replace(self.bag, compartments={**self.bag.compartments, name: new, previous: old})
        return old, new

    def finish_compartment_rotation(self, name: str) -> None:
        """Drop the previous key once no row needs it (an old slot copy then opens no fact)."""
        previous = name + PREVIOUS_SUFFIX
        comps = {n: dict(e) for n, e in self.slots.compartments.items() if n != previous}
        self._write_slots(replace(self.slots, compartments=comps))
        self.bag = replace(self.bag, compartments={n: k for n, k in self.bag.compartments.items() if n != previous})

    # -- content keys held by slots -----------------------------------------------------------------------
    def refresh_slots(self) -> None:
        """Re-read the slot file: another session (the administrator adding a user, a holder granting a key)
        may have changed it since this one opened, and writing a stale copy would drop their change."""
        fresh = self._load_slots()
        if not fresh.mac_valid(self.bag.data_key):
            raise IntegrityError(
                "The key-slot file {path} was altered (its MAC does not match).", path=self.slots_location
            )
        self.slots = fresh

    def seal_compartment(self, name: str, key: bytes, slot_ids: list[str]) -> None:
        """Seal compartment ``name``'s key to each existing slot of ``slot_ids`` (a grant, or the first
        sealing of an old store); the acting slot's bag gains it when it is among them."""
        self.refresh_slots()
        updated = self.slots
        for sid in slot_ids:
            if updated.slot(sid) is not None:
                updated = updated.with_compartment_key(name, key, sid)
        self._write_slots(updated)
        if self.slot_id in slot_ids:
            self.bag = replace(self.bag, compartments={**self.bag.compartments, name: key})

    def unseal_compartment(self, name: str, slot_id: str) -> None:
        """Take compartment ``name`` from one slot (a role that no longer holds it)."""
        self.refresh_slots()
        self._write_slots(self.slots.without_compartment_key(name, slot_id))

    def second_connection(self) -> Vault:
        """The same unlock on a new database connection, which outlives this one's ``close`` (an automatic
        backup finishing in a worker after the window locked); the caller closes it."""
        db = open_database(self.layout.db, self.bag.data_key, page_hmac=self.db.page_hmac)
        return Vault(self.layout, db, self.slots, self.bag, self.generation, self.slot_id, self._slot_private)

    def change_feed(self) -> ChangeFeed:
        """Which cases other connections change (the case list's refresh): asked on this connection, with
        ``PRAGMA data_version`` (store/changes.py). The unit server's vault listens instead."""
        return LocalChangeFeed(self.db)

    def close(self) -> None:
        self._slot_private = b""
        content.keys_of(self.db).drop()
        self.db.close()
        self.bag = KeyBag(b"\0" * 32)


__all__ = ["DB_NAME", "SLOTS_NAME", "Layout", "Vault"]

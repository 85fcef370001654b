"""The unit server's vault: the same key hierarchy as a store folder, with the slot document in a table.

The key slots are the file store's ``keyslots.json`` byte for byte (sealed to passphrases, bound to
workstations, MAC'd under the data key), kept in ``medunit.key_slots``; the database is the server,
reached as the user's own login role (password derived from the passphrase, ``store.pg.logins``). What
a folder store does with files has its server form here: a new slot also sets the user's login, a
removed user's login role is dropped, a new recovery code re-keys the recovery login, and a rotation of
the data key re-seals the slot document only (no page on the server is encrypted under it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import psycopg

from medunit.crypto.kdf import KdfCost
from medunit.crypto.keyslots import KeyBag, Slot, SlotFile
from medunit.crypto.recovery_code import normalise
from medunit.crypto.workstation import Workstation
from medunit.domain.roles import Role
from medunit.errors import AuthenticationError, ConflictError, IntegrityError, PermissionDeniedError
from medunit.store import users as users_repo
from medunit.store.changes import ChangeFeed
from medunit.store.pg import ddl
from medunit.store.pg.changes import ServerChangeFeed
from medunit.store.pg.connect import connect
from medunit.store.pg.database import PgDatabase
from medunit.store.pg.logins import login_password, login_role, scram_verifier, unit_of
from medunit.store.pg.url import ServerUrl, parse_server_url
from medunit.store.schema import LATEST
from medunit.store.vault import (
    Layout,
    NewStore,
    Vault,
    open_bags,
    open_recovery_slot,
    open_user_slot,
)

_WRONG = "Unlock failed: unknown user or wrong passphrase."
_WRONG_CODE = "Unlock failed: this is not the store's recovery code."


class ServerVault(Vault):
    """An unlocked store on the unit server: the connection as the user's login role and the key bag."""

    def __init__(
        self,
        url_text: str,
        login: tuple[str, str],
        cost: KdfCost,
        db: PgDatabase,
        slots: SlotFile,
        bag: KeyBag,
        generation: int,
        slot: Slot,
        private: bytes,
    ) -> None:
        super().__init__(None, db, slots, bag, generation, slot.slot_id, private)
        self.url = parse_server_url(url_text)
        self.url_text = url_text  # as configured (its TLS parameters), to log in again after a lock
        self.unit = unit_of(self.url)
        self._login = login  # (role, password): a second connection logs in the same way
        self._cost = cost
        self.pg = db

    # -- where the store is ------------------------------------------------------------------------------
    @property
    def layout(self) -> Layout:
        raise self.pg.not_on_server("A store folder (backups, restore, file checks)")

    @property
    def location(self) -> str:
        return self.url.shown()

    @property
    def reopen_location(self) -> Path | str:
        return self.url_text

    @property
    def slots_location(self) -> str:
        return f"{self.url.shown()} (key_slots)"

    # -- creating ----------------------------------------------------------------------------------------
    @classmethod
    def create_server(
        cls,
        url_text: str,
        user: str,
        passphrase: str,
        *,
        dba_password: str | None,
        binding: bool,
        workstation: Workstation | None,
        cost: KdfCost,
        compartments: tuple[str, ...] = (),
        show_recovery_code: Callable[[str], None] | None = None,
    ) -> tuple[ServerVault, str]:
        """Set up the unit server in the (empty) database the URL names, as the DBA: schema, roles, the
        first unit administrator's and the recovery login, and the store's key hierarchy made exactly as
        for a folder. ``show_recovery_code`` runs before the transaction commits: if it fails, the server
        is left as it was. Returns the vault opened as the new administrator, and the recovery code."""
        url = parse_server_url(url_text)
        unit = unit_of(url)
        new = NewStore.make(user, passphrase, binding, workstation, cost, compartments)
        dba = PgDatabase(connect(url, password=dba_password, autocommit=True), url.shown())
        try:
            with dba.transaction():
                if ddl.is_installed(dba.raw):
                    raise ConflictError("The database {db} already holds a medunit unit server.", db=url.dbname)
                try:
                    ddl.install(dba.raw, unit)
                except psycopg.errors.InsufficientPrivilege as exc:
                    raise PermissionDeniedError(
                        "The database user may not set up the unit server ({detail}); run this as a PostgreSQL "
                        "superuser.",
                        detail=exc.diag.message_primary or "permission denied",
                    ) from None
                dba.execute("SET LOCAL search_path = medunit")
                admin = login_password(passphrase, unit, user, cost)
                set_login(dba, user, Role.UNIT_ADMIN.value, scram_verifier(admin))
                code = new.code
                recovery = login_password(code, unit, ddl.RECOVERY_USER, cost)
                set_login(dba, ddl.RECOVERY_USER, Role.UNIT_ADMIN.value, scram_verifier(recovery))
                put_slot_document(dba, new.slotfile.to_bytes())
                new.initialise(dba)
                if show_recovery_code is not None:
                    show_recovery_code(code)
        finally:
            dba.close()
        return cls.unlock_server(url_text, user, passphrase, workstation, cost), code

    @staticmethod
    def upgrade_server(url_text: str, *, dba_password: str | None) -> int:
        """``server upgrade``: bring the unit server the URL names to this release, as the DBA, in one
        transaction (``ddl.upgrade``); returns the schema version it had. Refuses a database without a
        unit server, and leaves the server as it was on any refusal or failure."""
        url = parse_server_url(url_text)
        dba = PgDatabase(connect(url, password=dba_password, autocommit=True), url.shown())
        try:
            with dba.transaction():
                if not ddl.is_installed(dba.raw):
                    raise ConflictError(
                        "The database {db} holds no medunit unit server; set one up with 'medunit-admin server init'.",
                        db=url.dbname,
                    )
                try:
                    return ddl.upgrade(dba.raw, unit_of(url))
                except psycopg.errors.InsufficientPrivilege as exc:
                    raise PermissionDeniedError(
                        "The database user may not upgrade the unit server ({detail}); run this as a PostgreSQL "
                        "superuser.",
                        detail=exc.diag.message_primary or "permission denied",
                    ) from None
                except psycopg.errors.LockNotAvailable:
                    raise ConflictError(
                        "A workstation is using the unit server {url}; nothing was changed. Close medunit on every "
                        "workstation and run the upgrade again.",
                        url=url.shown(),
                    ) from None
        finally:
            dba.close()

    # -- unlocking ---------------------------------------------------------------------------------------
    @classmethod
    def _connect(cls, url: ServerUrl, login: str, password: str, wrong: str) -> PgDatabase:
        try:
            conn = connect(url, user=login, password=password, autocommit=True)
        except AuthenticationError:
            raise AuthenticationError(wrong) from None
        return PgDatabase(conn, url.shown())

    @classmethod
    def unlock_server(
        cls, url_text: str, user: str, passphrase: str, workstation: Workstation | None, cost: KdfCost
    ) -> ServerVault:
        url = parse_server_url(url_text)
        unit = unit_of(url)
        login = (login_role(unit, user), login_password(passphrase, unit, user, cost))
        db = cls._connect(url, *login, _WRONG)
        try:
            slots = read_slots(db)
            slot, private = open_user_slot(slots, user, passphrase, workstation)
            return cls._open_server(url_text, login, cost, db, slots, slot, private)
        except BaseException:
            db.close()
            raise

    @classmethod
    def unlock_server_recovery(cls, url_text: str, code: str, cost: KdfCost) -> ServerVault:
        url = parse_server_url(url_text)
        unit = unit_of(url)
        canonical = normalise(code)
        if canonical is None:
            raise AuthenticationError(_WRONG_CODE)
        login = (login_role(unit, ddl.RECOVERY_USER), login_password(canonical, unit, ddl.RECOVERY_USER, cost))
        db = cls._connect(url, *login, _WRONG_CODE)
        try:
            slots = read_slots(db)
            slot, private = open_recovery_slot(slots, code)
            return cls._open_server(url_text, login, cost, db, slots, slot, private)
        except BaseException:
            db.close()
            raise

    @classmethod
    def _open_server(
        cls,
        url_text: str,
        login: tuple[str, str],
        cost: KdfCost,
        db: PgDatabase,
        slots: SlotFile,
        slot: Slot,
        private: bytes,
    ) -> ServerVault:
        url = parse_server_url(url_text)
        bags = dict(open_bags(slots, slot, private, f"{url.shown()} (key_slots)"))
        number = slots.current.number if slots.current.number in bags else max(bags)
        version = ddl.schema_version(db.raw)
        if version != LATEST:
            raise IntegrityError(
                "The unit server {url} holds schema version {version}; this medunit needs {latest}. Ask IT to "
                "upgrade the server or this workstation (docs/unit-server.md).",
                url=url.shown(),
                version=version,
                latest=LATEST,
            )
        vault = cls(url_text, login, cost, db, slots, bags[number], number, slot, private)
        vault._finish_interrupted_rotation()
        return vault

    def reopen_with_recovery_code(self, code: str) -> Vault:
        return ServerVault.unlock_server_recovery(self.url_text, code, self._cost)

    def second_connection(self) -> Vault:
        db = self._connect(self.url, *self._login, _WRONG)
        slot = self.slots.slot(self.slot_id)
        assert slot is not None, "this vault's slot is gone"
        return ServerVault(
            self.url_text, self._login, self._cost, db, self.slots, self.bag, self.generation, slot, self._slot_private
        )

    def change_feed(self) -> ChangeFeed:
        """Which cases other workstations change: ``LISTEN`` on a connection of its own, logged in as this
        vault's login role (store/pg/changes.py); the working connection is busy with transactions."""
        role, password = self._login
        return ServerChangeFeed(lambda: connect(self.url, user=role, password=password, autocommit=True))

    # -- the slot document -------------------------------------------------------------------------------
    def _save_slots(self, signed: SlotFile) -> None:
        self.pg.execute("UPDATE key_slots SET document = ? WHERE id = 1", (signed.to_bytes(),))

    def _load_slots(self) -> SlotFile:
        return read_slots(self.pg)

    # -- logins follow the slots -------------------------------------------------------------------------
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
        """The slot, and the user's login role with the password derived from the same passphrase (a new
        user's, or their own new passphrase)."""
        row = users_repo.get_user(self.pg, user)
        role = Role(row.role) if row is not None else Role.UNIT_ADMIN
        super().put_user_slot(
            user, passphrase, workstation, cost, compartment_keys, replace_existing=replace_existing, personal=personal
        )
        set_login(self.pg, user, role.value, scram_verifier(login_password(passphrase, self.unit, user, self._cost)))

    def remove_user_slot_and_rotate(self, user: str) -> None:
        """The slot goes, the data key rotates, and the user's login role is dropped: on the server that is
        what shuts them out, whatever copy of their slot they kept."""
        super().remove_user_slot_and_rotate(user)
        self.pg.execute("SELECT drop_login(?)", (user,))

    def new_recovery_code(
        self, cost: KdfCost, compartment_keys: dict[str, bytes], personal: dict[str, bytes] | None = None
    ) -> str:
        code = super().new_recovery_code(cost, compartment_keys, personal)
        password = login_password(code, self.unit, ddl.RECOVERY_USER, self._cost)
        set_login(self.pg, ddl.RECOVERY_USER, Role.UNIT_ADMIN.value, scram_verifier(password))
        return code

    def close(self) -> None:
        self._login = ("", "")
        super().close()


def set_login(db: PgDatabase, user: str, role: str, verifier: str) -> None:
    """Create or re-key ``user``'s login role in ``role`` (a Role's value) with a SCRAM ``verifier``
    (``logins.scram_verifier``): the one way every login is set, by ``server init``, a new slot, a new
    recovery code, ``store migrate`` (a sign-in code's verifier) and a first sign-in. Taking the verifier,
    not the password, keeps the password itself off the server and out of its statement log."""
    db.execute("SELECT set_login(?, ?, ?)", (user, role, verifier))


def slot_document(db: PgDatabase) -> bytes | None:
    """The key-slot document as the server holds it (None before the unit is set up); also what
    ``store migrate`` compares with the file store's ``keyslots.json``."""
    row = db.execute("SELECT document FROM key_slots WHERE id = 1").fetchone()
    return bytes(row[0]) if row else None


def put_slot_document(db: PgDatabase, document: bytes) -> None:
    """The unit's first key-slot document (``server init``, ``store migrate``); later ones replace it."""
    db.execute("INSERT INTO key_slots(id, document) VALUES (1, ?)", (document,))


def read_slots(db: PgDatabase) -> SlotFile:
    """The unit's key-slot document, parsed (the same checks as a folder's ``keyslots.json``): what every
    unlock, and a moved user's first sign-in, opens its own slot from. Refuses a server that ``server
    init`` (or ``store migrate``) never set up, rather than treating it as a store without users."""
    document = slot_document(db)
    where = f"{db.location} (key_slots)"
    if document is None:
        raise IntegrityError("The unit server {url} holds no key slots: it was not set up by 'server init'.", url=where)
    return SlotFile.parse(document, where)

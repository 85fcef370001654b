"""Creating, unlocking and recovering stores."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from medunit.config.policy import Policy
from medunit.crypto.keyslots import read_slot_file
from medunit.crypto.workstation import Workstation, load_workstation
from medunit.domain.permissions import Action
from medunit.domain.roles import ALL_COMPARTMENTS, COMPARTMENTS_BY_ROLE, Role, check_passphrase, check_user_name
from medunit.errors import AuthenticationError, IntegrityError, KeyringUnavailableError, StorageError
from medunit.services import confidentiality, personal_keys, rollback
from medunit.services.guard import access
from medunit.services.session import Session, kdf_cost, utc_now
from medunit.services.startup import FREE_ATTEMPTS as FREE_ATTEMPTS
from medunit.services.startup import MAX_DELAY_UNITS as MAX_DELAY_UNITS
from medunit.services.startup import delay_units as delay_units
from medunit.services.startup import failed_unlocks as failed_unlocks
from medunit.services.startup import store_exists as store_exists
from medunit.services.startup import store_id_of
from medunit.store import access_log, meta, pending_log, unlock_attempts
from medunit.store import users as users_repo
from medunit.store.access_log import ensure_log_key
from medunit.store.database import (
    Database,
    require_memory_security,
    require_read_log_flush_ms,
    require_sync_every_commit,
)
from medunit.store.filesystems import network_kind
from medunit.store.pg.url import is_server_url, parse_server_url
from medunit.store.vault import Layout, Vault

#: Where a store is: a folder (local SQLCipher) or a unit server's ``postgresql://`` URL (a ``str``).
Location = Path | str


def server_url(location: Location) -> str | None:
    """The unit server's URL when ``location`` names one, else None (a folder). The one place that tells
    the two backends apart above the store."""
    return location if isinstance(location, str) and is_server_url(location) else None


def server_url_password(url: str) -> bool:
    """Whether the server URL carries a password itself (then nobody is asked for one)."""
    return parse_server_url(url).password is not None


def _folder(location: Location) -> Path:
    return Path(location)


def store_folder(location: Location, what: str) -> Path:
    """The store's folder for ``what``, an operation on store files (a backup restore); on a unit server
    it has no meaning, and the message says what to do instead."""
    url = server_url(location)
    if url is None:
        return _folder(location)
    raise StorageError(
        "{what} works on a store folder; {url} is a unit server, whose backups are made and restored by IT "
        "with PostgreSQL's tools (docs/unit-server.md).",
        what=what,
        url=parse_server_url(url).shown(),
    )


def _workstation(required: bool) -> Workstation | None:
    """The keychain secret; when the store does not bind, a missing keychain only loses the log's id."""
    try:
        return load_workstation()
    except KeyringUnavailableError:
        if required:
            raise
        return None


def refuse_network_folder(root: Path) -> None:
    """A store on a network file system is refused before it is created or opened: SQLite's locks and
    fsync do not hold there, so two workstations could corrupt it. Copies are backups; sharing is the unit
    server's job."""
    try:
        kind = network_kind(root)
    except OSError:
        return  # the folder cannot be examined: opening it names the real problem
    if kind is not None:
        raise StorageError(
            "The store folder {path} is on a network file system ({kind}). medunit keeps a store only on a local "
            "disk: over a network its locks and writes are not reliable and the store can be corrupted. Copy it "
            "to a local folder; for copies use backups (medunit-admin backup, docs/backup.md), for sharing "
            "between workstations the unit server.",
            path=root,
            kind=kind,
        )


def create_store(
    root: Location,
    user: str,
    passphrase: str,
    policy: Policy,
    *,
    binding: bool | None = None,
    demo: bool = False,
    show_recovery_code: Callable[[str], None] | None = None,
    dba_password: str | None = None,
) -> tuple[Session, str]:
    """Create a store whose first user is its unit administrator; returns the session and the
    recovery code, which is never stored and must be shown exactly once. ``show_recovery_code`` shows it
    before the store is final: if it raises, no store is created. On a unit server (``root`` a URL) this
    is ``server init``, run by IT with the database administrator's password (``dba_password``)."""
    check_user_name(user)
    check_passphrase(passphrase)
    bind = policy.get("store.workstation_binding") if binding is None else binding
    url = server_url(root)
    if url is None:
        refuse_network_folder(_folder(root))
    workstation = _workstation(required=bind)
    _apply_memory_policy(policy)
    vault: Vault
    if url is not None:
        from medunit.store.pg.vault import ServerVault  # psycopg is loaded only for a server

        vault, code = ServerVault.create_server(
            url,
            user,
            passphrase,
            dba_password=dba_password,
            binding=bind,
            workstation=workstation,
            cost=kdf_cost(policy),
            compartments=ALL_COMPARTMENTS,
            show_recovery_code=show_recovery_code,
        )
    else:
        vault, code = Vault.create(
            _folder(root),
            user,
            passphrase,
            binding=bind,
            workstation=workstation,
            cost=kdf_cost(policy),
            compartments=ALL_COMPARTMENTS,
            show_recovery_code=show_recovery_code,
        )
    with vault.db.transaction() as db:
        users_repo.insert_user(db, user, Role.UNIT_ADMIN.value, utc_now(), None)
        if demo:
            meta.put(db, "demo", "1")
        issued = personal_keys.start_signing(vault, db, user)
    session = Session(vault, user, Role.UNIT_ADMIN, policy, workstation, demo=demo)
    confidentiality.refresh(session)
    session.signer = personal_keys.load_signer(vault, user)
    with access(session, Action.USER_MANAGE, reason="store created: unit CA and personal log keys issued") as acc:
        acc.record_ids = personal_keys.registered(issued)
    rollback.record(vault, workstation, policy)
    session.anchored = True
    return session, code


class ServerUpgrade(NamedTuple):
    """What ``server upgrade`` did: the server (its URL without a password) and its schema versions."""

    server: str
    before: int
    after: int


def upgrade_server(url: str, dba_password: str | None) -> ServerUpgrade:
    """``server upgrade``, run by IT as the DBA before the workstations get a new release: the unit server
    brought to this release's schema and rules (docs/unit-server.md, Upgrades)."""
    from medunit.store.pg.vault import ServerVault  # psycopg is loaded only for a server
    from medunit.store.schema import LATEST

    before = ServerVault.upgrade_server(url, dba_password=dba_password)
    return ServerUpgrade(parse_server_url(url).shown(), before, LATEST)


INSECURE_BINDING = "workstation binding: INSECURE test keyring"


def binding_warning(session: Session) -> str | None:
    """The line init and verify print when this workstation's secret sits in a non-keychain backend that
    only a test may name (MEDUNIT_INSECURE_TEST_KEYRING): such a binding protects nothing."""
    ws = session.workstation
    return INSECURE_BINDING if ws is not None and ws.insecure else None


def _apply_memory_policy(policy: Policy) -> None:
    """Before any connection opens: SQLCipher's memory security as the policy asks (off unless IT or
    the user turns it on; once on it stays on for the process), and when commits are fsync'd."""
    require_memory_security(bool(policy.get("security.sqlcipher_memory_security")))
    require_sync_every_commit(bool(policy.get("store.sync_every_commit")))
    require_read_log_flush_ms(int(policy.get("store.read_log_flush_ms")))


def store_binds(root: Location) -> bool:
    """Whether the store's user slots are bound to workstations. A unit server's slots are read only after
    login: there the keychain is loaded when it can be, and a bound slot without it is refused then."""
    if server_url(root) is not None:
        return False
    layout = Layout(_folder(root))
    layout.check_exists()
    return read_slot_file(layout.slots).binding


def session_binds(session: Session) -> bool:
    """Whether the open store binds slots to workstations: its key-slot file as it is now, or on a unit
    server the slot document this session read."""
    folder = session.vault.folder
    return store_binds(folder) if folder is not None else session.vault.slots.binding


def _open_vault(root: Location, user: str, passphrase: str, workstation: Workstation | None, policy: Policy) -> Vault:
    url = server_url(root)
    if url is None:
        return Vault.unlock(_folder(root), user, passphrase, workstation)
    from medunit.store.pg.vault import ServerVault

    return ServerVault.unlock_server(url, user, passphrase, workstation, kdf_cost(policy))


def _open_recovery(root: Location, code: str, policy: Policy) -> Vault:
    url = server_url(root)
    if url is None:
        return Vault.unlock_recovery(_folder(root), code)
    from medunit.store.pg.vault import ServerVault

    return ServerVault.unlock_server_recovery(url, code, kdf_cost(policy))


def unlock(
    root: Location,
    user: str,
    passphrase: str,
    policy: Policy,
    *,
    record_failure: bool = True,
    check_anchor: bool = True,
) -> Session:
    """Open the store as ``user``. A failure is noted beside the store (and in this workstation's keychain)
    unless ``record_failure`` is off: a restore's staging copy, which is deleted at once, must not leave a
    trace the real store's next unlock would report as a deleted line. A store behind this workstation's
    rollback anchor is refused (exit 4); ``check_anchor=False`` is only for ``rollback.accept_restore`` (an
    administrator accepting a restore) and a restore's staging copy. On a unit server a failed login is
    in the server's own log (the server refused it), not beside a store file."""
    binds = store_binds(root)
    url = server_url(root)
    if url is None:
        refuse_network_folder(_folder(root))
    workstation = _workstation(required=binds)
    _apply_memory_policy(policy)
    try:
        vault = _open_vault(root, user, passphrase, workstation, policy)
        if check_anchor:
            try:
                rollback.check(vault, workstation, policy)
            except BaseException:
                vault.close()
                raise
        session = _session_for(vault, user, policy, workstation)
        if check_anchor and not vault.db.read_only:  # a read-only store's head cannot move: nothing to record
            rollback.record(vault, workstation, policy)
            session.anchored = True
        return session
    except AuthenticationError as exc:
        if not record_failure or url is not None:
            raise
        folder = _folder(root)
        ws = workstation.workstation_id if workstation else "unbound"
        why = "other workstation" if "another workstation" in exc.template else "wrong passphrase or unknown user"
        unlock_attempts.record(
            folder, unlock_attempts.Attempt(utc_now(), user, ws, why), workstation, store_id_of(folder)
        )
        raise


def _session_for(vault: Vault, user: str, policy: Policy, workstation: Workstation | None) -> Session:
    row = users_repo.get_user(vault.db, user)
    if row is None:
        vault.close()
        raise AuthenticationError("Unlock failed: unknown user or wrong passphrase.")
    demo = meta.get(vault.db, "demo") is not None
    role = Role(row.role)
    with vault.db.transaction() as db:
        issued = personal_keys.ensure_signing(vault, db, user, role)
    try:
        signer = personal_keys.load_signer(vault, user)
    except IntegrityError:
        vault.close()
        raise
    session = Session(vault, user, role, policy, workstation, demo=demo, signer=signer)
    confidentiality.refresh(session)
    on_unlock(session, issued)
    return session


def on_unlock(session: Session, issued: list[str] | None = None) -> None:
    """The policy's duties at every unlock: expire consents past their date, purge what is due."""
    from medunit.services import consents, records, retention, sealing

    _log_unlock(session, issued or [])
    if (
        session.vault.db.log_only or session.vault.db.read_only
    ):  # a full disk: only the log is written; the duties run at the next unlock
        return
    sealing.seal_store_if_due(session)
    sealing.rotate_content_keys_if_due(session)
    consents.record_expiries(session, automatic=True)
    retention.purge(session, automatic=True)
    records.rotate_compartment_if_due(session)


def _log_unlock(session: Session, issued: list[str]) -> None:
    """This unlock, and the failed ones recorded beside the store since the last, into the access log
    (with the log keys issued at this unlock, when it started signing an older store)."""
    root = session.vault.folder  # None on a unit server: its failed logins are in the server's log
    store_id = session.vault.store_id
    read_only = session.vault.db.read_only
    attempts = (
        []  # they stay beside the store for the next unlock on writable media
        if read_only or root is None
        else unlock_attempts.take(root, session.workstation, store_id, check_deleted=session.vault.slots.binding)
    )
    pending = (
        [] if read_only else pending_log.take(session.vault.bag.data_key, store_id, session.workstation_id, utc_now())
    )
    with access(session, Action.SESSION_UNLOCK) as acc:
        for entry in pending:  # the reads of sessions while the store was read-only, in the same transaction
            access_log.append(acc.db, entry, session.log_key, session.signer, sign=False)
        for a in attempts:
            access_log.append(
                acc.db,
                access_log.LogEntry(
                    at=a.at or utc_now(),
                    user=a.user,
                    role="-",
                    responsible=a.user,
                    action=Action.SESSION_UNLOCK.value,
                    outcome="refused",
                    workstation=a.workstation,
                    basis=f"unlock failed: {a.why}",
                ),
                session.log_key,
                session.signer,
                sign=False,
            )
        acc.reason = f"{len(attempts)} failed unlock(s) since the last" if attempts else None
        acc.record_ids = personal_keys.registered(issued)
    if not read_only:
        if root is not None:
            unlock_attempts.done(root, store_id)
        pending_log.done(store_id)


def _log_recovery(
    vault: Vault, db: Database, log_key: bytes, user: str, workstation: Workstation | None, kid: str | None
) -> None:
    """The recovery itself, signed by the recovery slot's log key (it issued the user's new one)."""
    signer = personal_keys.load_signer(vault, personal_keys.RECOVERY_ACTOR)
    access_log.append(
        db,
        access_log.LogEntry(
            at=utc_now(),
            user=personal_keys.RECOVERY_ACTOR,
            role=personal_keys.RECOVERY_ACTOR,
            responsible=user,
            action=Action.USER_MANAGE.value,
            outcome="granted",
            workstation=workstation.workstation_id if workstation else "unbound",
            record_ids=tuple(personal_keys.registered([kid] if kid else [])),
            reason=f"recovery code used: new key slot for {user}",
            basis="recovery code",
        ),
        log_key,
        signer,
    )


def recover(root: Location, user: str, code: str, new_passphrase: str, policy: Policy) -> Session:
    """Open with the recovery code and give ``user`` a new slot under ``new_passphrase``, bound to this
    workstation: how IT moves a store or rescues a forgotten passphrase."""
    check_passphrase(new_passphrase)
    binds = store_binds(root)
    if server_url(root) is None:
        refuse_network_folder(_folder(root))
    workstation = _workstation(required=binds)
    _apply_memory_policy(policy)
    vault = _open_recovery(root, code, policy)
    row = users_repo.get_user(vault.db, user)
    if row is None:
        vault.close()
        raise AuthenticationError("Unknown user {user}.", user=user)
    role = Role(row.role)
    entitled = COMPARTMENTS_BY_ROLE.get(role, frozenset())
    keys = {name: vault.bag.compartments[name] for name in entitled if name in vault.bag.compartments}
    try:
        log_key = ensure_log_key(vault.db, vault.bag.data_key)
        with vault.db.transaction() as db:
            kid, personal = personal_keys.seal_for_new_slot(vault, db, user, role)
            _log_recovery(vault, db, log_key, user, workstation, kid)
        vault.put_user_slot(
            user, new_passphrase, workstation, kdf_cost(policy), keys, replace_existing=True, personal=personal
        )
    finally:
        vault.close()
    return unlock(root, user, new_passphrase, policy)

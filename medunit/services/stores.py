"""Creating, unlocking and recovering stores."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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
from medunit.store.database import Database, require_memory_security, require_sync_every_commit
from medunit.store.filesystems import network_kind
from medunit.store.vault import Layout, Vault


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
    root: Path,
    user: str,
    passphrase: str,
    policy: Policy,
    *,
    binding: bool | None = None,
    demo: bool = False,
    show_recovery_code: Callable[[str], None] | None = None,
) -> tuple[Session, str]:
    """Create a store whose first user is its unit administrator; returns the session and the
    recovery code, which is never stored and must be shown exactly once. ``show_recovery_code`` shows it
    before the store is final: if it raises, no store is created."""
    check_user_name(user)
    check_passphrase(passphrase)
    refuse_network_folder(root)
    bind = policy.get("store.workstation_binding") if binding is None else binding
    workstation = _workstation(required=bind)
    _apply_memory_policy(policy)
    vault, code = Vault.create(
        root,
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


INSECURE_BINDING = "workstation binding: INSECURE test keyring"


def binding_warning(session: Session) -> str | None:
    """The line init and verify print when this workstation's secret sits in a non-keychain backend that
    only a test may name (MEDUNIT_INSECURE_TEST_KEYRING): such a binding protects nothing."""
    ws = session.workstation
    return INSECURE_BINDING if ws is not None and ws.insecure else None


def _apply_memory_policy(policy: Policy) -> None:
    """Before any connection opens: SQLCipher's memory security as the policy asks (off unless IT or
    the user turns it on; once on it stays on for the process), and whether every commit is fsync'd."""
    require_memory_security(bool(policy.get("security.sqlcipher_memory_security")))
    require_sync_every_commit(bool(policy.get("store.sync_every_commit")))


def store_binds(root: Path) -> bool:
    layout = Layout(root)
    layout.check_exists()
    return read_slot_file(layout.slots).binding


def unlock(
    root: Path, user: str, passphrase: str, policy: Policy, *, record_failure: bool = True, check_anchor: bool = True
) -> Session:
    """Open the store as ``user``. A failure is noted beside the store (and in this workstation's keychain)
    unless ``record_failure`` is off: a restore's staging copy, which is deleted at once, must not leave a
    trace the real store's next unlock would report as a deleted line. A store behind this workstation's
    rollback anchor is refused (exit 4); ``check_anchor=False`` is only for ``rollback.accept_restore`` (an
    administrator accepting a restore) and a restore's staging copy."""
    binds = store_binds(root)
    refuse_network_folder(root)
    workstation = _workstation(required=binds)
    _apply_memory_policy(policy)
    try:
        vault = Vault.unlock(root, user, passphrase, workstation)
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
        if not record_failure:
            raise
        ws = workstation.workstation_id if workstation else "unbound"
        why = "other workstation" if "another workstation" in exc.template else "wrong passphrase or unknown user"
        unlock_attempts.record(root, unlock_attempts.Attempt(utc_now(), user, ws, why), workstation, store_id_of(root))
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
    root = session.vault.layout.root
    store_id = session.vault.store_id
    read_only = session.vault.db.read_only
    attempts = (
        []  # they stay beside the store for the next unlock on writable media
        if read_only
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


def recover(root: Path, user: str, code: str, new_passphrase: str, policy: Policy) -> Session:
    """Open with the recovery code and give ``user`` a new slot under ``new_passphrase``, bound to this
    workstation: how IT moves a store or rescues a forgotten passphrase."""
    check_passphrase(new_passphrase)
    binds = store_binds(root)
    refuse_network_folder(root)
    workstation = _workstation(required=binds)
    _apply_memory_policy(policy)
    vault = Vault.unlock_recovery(root, code)
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

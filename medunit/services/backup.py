"""Backups: a copy as opaque as the store, verifiable without any key of the store, and a restore that
applies the retention periods before anyone can read.

A backup is a folder ``medunit-backup-<UTC time>`` holding a consistent copy of the database (same data
key, SQLite's online backup API, so taken while the store is in use), the key-slot file, and
``manifest.json``: store id, time, the access-log head, each file's size and SHA-256 and the unit CA's
certificate, signed by the unit CA (ECDSA P-256). The CA's private key is only in unit-administrator slots
and the recovery slot, so no other insider can sign a manifest for an altered copy (the store's older
Ed25519 key in ``meta`` opens with the data key every role holds: it does not sign backups).

It is written in a hidden ``.partial-…`` folder and renamed into place only when complete: a process
killed at any moment leaves the earlier backups untouched and no folder that ``verify`` accepts.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from medunit.config.policy import Policy
from medunit.crypto import personal
from medunit.domain.permissions import Action
from medunit.errors import ConflictError, IntegrityError, PermissionDeniedError, StorageError, ValidationError
from medunit.export import signing
from medunit.services import personal_keys
from medunit.services.guard import access
from medunit.services.session import Session
from medunit.services.startup import store_exists, store_id_of
from medunit.store import access_log, meta
from medunit.store.database import Database, disk_error
from medunit.store.layout import DB_NAME, SLOTS_NAME
from medunit.store.snapshot import copy_database

FORMAT = "medunit-backup/2"
OLD_FORMAT = "medunit-backup/1"  # signed by the meta key any role could read: not accepted
MANIFEST = "manifest.json"
PREFIX = "medunit-backup-"
PARTIAL = ".partial-"
_STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class BackupInfo:
    folder: Path
    created_at: str
    log_seq: int
    sizes: dict[str, int]


@dataclass
class VerifyReport:
    """What ``verify`` found: the backups that passed and one line per problem (empty: all good)."""

    checked: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    incomplete: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.checked) and not self.problems


# -- signing: the unit CA in the acting administrator's slot ---------------------------------------------


def can_sign(session: Session) -> bool:
    """Whether this session's slot holds the unit CA (a unit administrator): only such a session can sign a
    backup, so an automatic backup waits for one."""
    return personal.CA_KEY in session.vault.bag.personal


def _unit_ca(session: Session, db: Database) -> tuple[bytes, bytes]:
    """The unit CA private key from the acting user's own slot and the CA certificate (DER), after checking
    that the key is the CA this store's log keys are certified by."""
    ca = session.vault.bag.personal.get(personal.CA_KEY)
    if ca is None:
        raise PermissionDeniedError("Only a unit administrator holding the unit CA key can sign a backup.")
    stored, cert = meta.get(db, personal_keys.CA_PUBLIC), meta.get(db, personal_keys.CA_CERT)
    if stored is None or cert is None or bytes.fromhex(stored) != personal.ca_public(ca):
        raise IntegrityError("The unit CA key in your key slot is not this store's unit CA; no backup was made.")
    return ca, bytes.fromhex(cert)


def trusted_ca_public(key_text: str) -> bytes:
    """The unit CA public key (DER) from the public-key file IT keeps (``export public-key``)."""
    trust = signing.load_trust(key_text)
    if trust is None:
        raise ValidationError(
            "The public key file holds no unit CA certificate (it was written by an older medunit); write it "
            "again with: medunit-admin export public-key"
        )
    return trust.ca.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _canonical(body: dict[str, object]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


# -- create ---------------------------------------------------------------------------------------------------


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_file(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


@contextmanager
def _removed_on_failure(work: Path, named: Path) -> Iterator[None]:
    """Delete the half-written folder ``work`` when the block fails; a disk error names ``named``."""
    try:
        yield
    except OSError as exc:
        shutil.rmtree(work, ignore_errors=True)
        raise _folder_error(named, exc) from exc
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise


def remove_partials(folder: Path) -> int:
    """Delete what killed backups left (``.partial-…`` folders); returns how many."""
    count = 0
    for child in folder.glob(PARTIAL + "*"):
        if child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
            count += 1
    return count


def create_backup(session: Session, folder: Path, *, automatic: bool = False) -> BackupInfo:
    """Write a complete, signed backup into a new sub-folder of ``folder``; logged as ``backup.create``.

    ``automatic`` is the policy's backup at lock or exit: the policy's duty, so no role check (the entry's
    basis says so)."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        remove_partials(folder)
    except OSError as exc:
        raise _folder_error(folder, exc) from exc
    now = datetime.now(UTC)
    name = PREFIX + now.strftime(_STAMP)
    work = folder / f"{PARTIAL}{name}-{os.getpid()}"
    with access(session, Action.BACKUP_CREATE, reason=f"backup to {folder}", system=automatic) as acc:
        ca, ca_cert = _unit_ca(session, acc.db)
    seq, head = access_log.head(session.vault.db)
    slots_before = session.vault.layout.slots.read_bytes()
    with _removed_on_failure(work, folder):
        work.mkdir(mode=0o700)
        copy_database(session.vault.db, work / DB_NAME, session.vault.bag.data_key)
        if session.vault.layout.slots.read_bytes() != slots_before:
            raise ConflictError("The key slots changed while the backup was taken (a key rotation); try again.")
        _write_file(work / SLOTS_NAME, slots_before)
        sizes = {n: (work / n).stat().st_size for n in (DB_NAME, SLOTS_NAME)}
        files = {n: {"size": sizes[n], "sha256": _sha256(work / n)} for n in (DB_NAME, SLOTS_NAME)}
        body: dict[str, object] = {
            "format": FORMAT,
            "store_id": session.vault.store_id,
            "created_at": now.isoformat(timespec="seconds"),
            "created_by": session.user,
            "automatic": automatic,
            "log_head": {"seq": seq, "hash": head.hex()},
            "files": files,
            "ca_certificate": ca_cert.hex(),
        }
        signature = base64.b64encode(personal.ca_sign(ca, _canonical(body))).decode()
        _write_file(work / MANIFEST, (json.dumps({**body, "signature": signature}, indent=1) + "\n").encode())
        _fsync_dir(work)
        os.rename(work, folder / name)
        _fsync_dir(folder)
    return BackupInfo(folder / name, str(body["created_at"]), seq, sizes)


def _folder_error(folder: Path, exc: OSError) -> StorageError:
    return disk_error(folder / "x", f"{exc.strerror or type(exc).__name__}: {exc.filename or folder}")


# -- verify ---------------------------------------------------------------------------------------------------


def _backups_in(path: Path) -> tuple[list[Path], list[Path]]:
    """The backup folders ``path`` names (itself, its manifest's folder, or the backups inside it), and the
    incomplete ones beside them."""
    if path.is_file():
        return [path.parent], []
    if (path / MANIFEST).exists() or path.name.startswith((PREFIX, PARTIAL)):
        return [path], []
    found = sorted(p for p in path.glob(PREFIX + "*") if p.is_dir())
    partial = sorted(p for p in path.glob(PARTIAL + "*") if p.is_dir())
    return found, partial


def read_manifest(backup: Path, ca_public: bytes | None) -> tuple[dict[str, object], list[str]]:
    """The manifest's body and the problems found in the backup folder (its files against the manifest,
    and the unit CA's signature when ``ca_public``, DER, is given)."""
    try:
        doc = json.loads((backup / MANIFEST).read_bytes())
        if isinstance(doc, dict) and doc.get("format") == OLD_FORMAT:
            return {}, [
                f"{backup}: made by an earlier medunit whose manifests any user could sign; not accepted "
                "(take a new backup)"
            ]
        signature = base64.b64decode(doc.pop("signature"), validate=True)
        files = doc["files"]
        if doc.get("format") != FORMAT or not isinstance(files, dict):
            raise ValueError("format")
    except FileNotFoundError:
        return {}, [f"{backup}: no {MANIFEST} (an incomplete or foreign folder, not a backup)"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}, [f"{backup}: {MANIFEST} is damaged (not a medunit backup manifest)"]
    problems = []
    if ca_public is not None and not personal.ca_signature_valid(ca_public, _canonical(doc), signature):
        problems.append(f"{backup}: the manifest is not signed by the unit CA (altered, foreign or forged)")
    present = {p.name for p in backup.iterdir()} - {MANIFEST}
    for extra in sorted(present - set(files)):
        problems.append(f"{backup}: {extra} is not part of the backup")
    for name, want in sorted(files.items()):
        path = backup / name
        try:
            size = path.stat().st_size
        except OSError:
            problems.append(f"{backup}: {name} is missing")
            continue
        if size != want.get("size"):
            problems.append(f"{backup}: {name} has {size} bytes, the manifest says {want.get('size')}")
        elif _sha256(path) != want.get("sha256"):
            problems.append(f"{backup}: {name} was altered (its SHA-256 does not match the manifest)")
    return doc, problems


def verify_backup(path: Path, ca_public: bytes) -> VerifyReport:
    """Check one backup folder (or manifest) or every backup in a folder, with the unit CA's public key only:
    no store, no passphrase. Incomplete ``.partial-…`` folders in a folder of backups are listed, not
    accepted."""
    report = VerifyReport()
    if not path.exists():
        report.problems.append(f"{path} does not exist")
        return report
    backups, report.incomplete = _backups_in(path)
    if not backups:
        report.problems.append(f"{path} holds no backup")
    for backup in backups:
        if backup.name.startswith(PARTIAL):  # the rename into place is the commit: before it, not a backup
            report.problems.append(f"{backup}: incomplete (its creation was interrupted before it was put in place)")
            continue
        _doc, problems = read_manifest(backup, ca_public)
        report.problems.extend(problems)
        if not problems:
            report.checked.append(backup)
    return report


def verify_with_key_file(path: Path, key_text: str) -> VerifyReport:
    """``verify_backup`` with the public key file IT keeps (``export public-key``): its unit CA certificate."""
    return verify_backup(path, trusted_ca_public(key_text))


# -- restore --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    store: Path
    backup_time: str
    moved_aside: Path | None
    #: a trial restore's findings (``admin.verify_store`` of the restored copy): what passed, what failed
    checks: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def restore_backup(
    source: Path,
    target: Path,
    user: str,
    passphrase: str,
    policy: Policy,
    *,
    replace: bool = False,
    other_store: bool = False,
    trusted_ca: bytes | None = None,
    trial: bool = False,
) -> RestoreResult:
    """Restore the backup ``source`` as the store ``target``, unlocked by ``user`` (a unit administrator).

    Refused: a damaged backup; an existing target unless ``replace`` (the old store is moved aside, not
    deleted); a backup of another store than the one replaced unless ``other_store``; a manifest not signed
    by the unit CA of ``trusted_ca`` (DER, from IT's public-key file) when given, or by the CA of the
    restored store. The copy is unlocked in a staging folder first (past this workstation's rollback
    anchor: the backup is older by nature), which runs the retention purge and logs "restored from backup
    of <time>"; the anchors then move back to the restored state through ``rollback.accept_restore``, the
    one logged way. Only then is it renamed to ``target``: nobody can read anything the retention periods
    have expired, and the restored store opens afterwards without being refused as behind.

    ``trial``: the same up to the purge and the restore's log entry, then ``admin.verify_store`` of the copy,
    which is deleted; ``target`` and every rollback anchor are left alone (a test restore must not move the
    live store's anchor, which is per store, not per folder)."""
    from medunit.services import admin, rollback, stores

    backups, _ = _backups_in(source) if source.exists() else ([], [])
    if len(backups) != 1:
        raise ValidationError("{path} is not one backup folder; name the medunit-backup-… folder.", path=source)
    backup = backups[0]
    doc, problems = read_manifest(backup, trusted_ca)
    if problems:
        raise IntegrityError("The backup is damaged; nothing was restored: {problem}", problem=problems[0])
    created_at = str(doc["created_at"])
    moved_aside = None
    if not trial and target.exists() and any(target.iterdir()):
        current = store_id_of(target) if store_exists(target) else ""
        if not current:
            raise ConflictError("{path} exists and is not a medunit store; nothing was restored.", path=target)
        if not replace:
            raise ConflictError(
                "The store {path} exists; nothing was restored. Give --replace to restore over it (the current "
                "store is kept beside it).",
                path=target,
            )
        if current != doc["store_id"] and not other_store:
            raise ConflictError(
                "This is a backup of another store than {path}; nothing was restored. Give --other-store if "
                "that is what you mean.",
                path=target,
            )
    staging = target.with_name(f".{target.name}.restoring-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    with _removed_on_failure(staging, target):
        staging.mkdir(parents=True, mode=0o700)
        for name in (DB_NAME, SLOTS_NAME):
            shutil.copyfile(backup / name, staging / name)
        _check_copies(backup, staging, doc)
        session = stores.unlock(  # purges at once; the anchor check is what accept_restore settles below
            staging, user, passphrase, policy, record_failure=False, check_anchor=False
        )
        try:
            _finish_restore(session, doc, backup)
            if trial:
                report = admin.verify_store(session)
            else:
                rollback.accept_restore(session, f"restored from backup of {created_at}")
        finally:
            session.close()
        if trial:
            shutil.rmtree(staging)
            return RestoreResult(target, created_at, None, report.checks, report.problems)
        if target.exists():
            moved_aside = target.with_name(f"{target.name}.before-restore-{datetime.now(UTC).strftime(_STAMP)}")
            os.rename(target, moved_aside)
        os.rename(staging, target)
        _fsync_dir(target.parent)
    return RestoreResult(target, created_at, moved_aside)


def _check_copies(backup: Path, staging: Path, doc: dict[str, object]) -> None:
    """The copies are what the manifest says (the backup could have changed since it was checked)."""
    files = doc["files"]
    assert isinstance(files, dict)
    for name in (DB_NAME, SLOTS_NAME):
        if _sha256(staging / name) != files[name]["sha256"]:
            raise IntegrityError("The backup {path} changed while it was restored; nothing was restored.", path=backup)


def _finish_restore(session: Session, doc: dict[str, object], backup: Path) -> None:
    """As the unit administrator: check the manifest's signature against the unit CA of the restored store
    (the one in the acting slot), and log the restore in the restored store."""
    with access(session, Action.BACKUP_RESTORE, reason=f"restored from backup of {doc['created_at']}") as acc:
        stored, cert = meta.get(acc.db, personal_keys.CA_PUBLIC), meta.get(acc.db, personal_keys.CA_CERT)
        _doc, problems = read_manifest(backup, bytes.fromhex(stored)) if stored else ({}, ["no unit CA"])
        if problems or cert != doc.get("ca_certificate"):
            raise IntegrityError("The backup's manifest is not signed by this store's unit CA; nothing was restored.")
        ca = session.vault.bag.personal.get(personal.CA_KEY)
        if ca is None or personal.ca_public(ca).hex() != stored:  # what accept_restore relies on
            raise PermissionDeniedError(
                "Only a unit administrator holding this store's unit CA key can restore it; nothing was restored."
            )


# -- policy: automatic backups --------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupState:
    """The newest backup in the policy's folder, for the admin view and the automatic schedule."""

    folder: Path | None
    last: datetime | None
    last_path: Path | None
    due: bool
    overdue: bool


def _time_of(backup: Path) -> datetime | None:
    try:
        return datetime.strptime(backup.name.removeprefix(PREFIX), _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def backup_state(policy: Policy, now: datetime | None = None) -> BackupState:
    """When the last backup was taken, whether the next is due (``backup.every_hours``) and whether the
    newest is older than the policy allows (twice the interval)."""
    moment = now or datetime.now(UTC)
    raw = policy.get("backup.folder")
    if not raw:
        return BackupState(None, None, None, False, False)
    folder = Path(raw).expanduser()
    newest: tuple[datetime, Path] | None = None
    for path in folder.glob(PREFIX + "*") if folder.is_dir() else []:
        at = _time_of(path)
        if at is not None and (path / MANIFEST).exists() and (newest is None or at > newest[0]):
            newest = (at, path)
    every = timedelta(hours=policy.get("backup.every_hours"))
    if newest is None:
        return BackupState(folder, None, None, True, True)
    age = moment - newest[0]
    return BackupState(folder, newest[0], newest[1], age >= every, age > 2 * every)


def expire_backups(policy: Policy, now: datetime | None = None) -> list[Path]:
    """Delete backups older than ``backup.keep_days`` (a purged recording must not live on in a backup),
    always keeping the newest. Returns what was deleted."""
    state = backup_state(policy, now)
    if state.folder is None or state.last_path is None:
        return []
    limit = (now or datetime.now(UTC)) - timedelta(days=policy.get("backup.keep_days"))
    gone = []
    for path in sorted(state.folder.glob(PREFIX + "*")):
        at = _time_of(path)
        if at is not None and at < limit and path != state.last_path:
            shutil.rmtree(path)
            gone.append(path)
    return gone


def background_session(session: Session) -> Session:
    """A second connection under the same unlock, so the window can lock (closing ``session`` and dropping
    its keys at once) while an automatic backup finishes in a worker thread, which then closes this one."""
    return Session(
        session.vault.second_connection(),
        session.user,
        session.role,
        session.policy,
        session.workstation,
        demo=session.demo,
        signer=session.signer,
        people=dict(session.people),
        acknowledgement_due=session.acknowledgement_due,
    )


def backup_if_due(session: Session) -> BackupInfo | None:
    """The policy's automatic backup, at lock or exit: taken when ``backup.every_hours`` have passed since
    the newest, then old backups are expired. ``None`` when no backup folder is set, none is due, or the
    session cannot sign one (not a unit administrator: the next administrator's lock or exit takes it), and
    on a unit server, whose backups are PostgreSQL's (docs/unit-server.md)."""
    state = backup_state(session.policy)
    if state.folder is None or not state.due or session.vault.folder is None or not can_sign(session):
        return None
    info = create_backup(session, state.folder, automatic=True)
    expire_backups(session.policy)
    return info

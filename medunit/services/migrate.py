"""Moving a file store to the unit server (``medunit-admin store migrate --from DIR --to URL``).

Run once by IT: the file store's unit administrator (their passphrase, and the store's recovery code from
escrow) with the database administrator's password for an EMPTY database on the server. ``server init`` is
not run first: the server receives the file store's own key hierarchy (its slot document byte for byte,
so every user keeps their passphrase and every sealed value still opens), not a new one.

The order, and what a failure at each point leaves behind:

1. the file store is opened as the administrator and must pass ``verify`` (pages, schema, key slots and
   the signed access log), be sealed (no sealing migration pending) and writable; the recovery code must
   open its slot; the server database must be empty. A failure here changes nothing.
2. the file store is locked for writers (one SQLite write transaction) and its log gets "store migrated to
   <server> by <admin>", so the entry travels with the log;
3. one server transaction: schema, roles, logins, the slot document, every row of every table, then every
   row compared with the file's by its canonical hash, the server's own log entry appended and the whole
   chain and its signatures verified there; committed, then the file store's transaction is committed. A
   failure or interruption before that rolls both back (the server is left empty, the file store's entry
   is gone) and a separate entry in the file store's log says the move failed and why (a killed process
   leaves no entry); nothing else in the file store changed.
4. after the commit the administrator logs in to the server as a user would and ``verify`` runs there; if
   that fails the unit server is dropped again.
5. the file store is retired: its folder is renamed ``<name>.moved-to-server-<UTC time>`` (kept as the
   archive of the move) and a folder with only a note (MOVED-TO-SERVER.txt) takes its name, so a workstation
   still pointing at it finds no store instead of writing on, and nobody creates a new store there by
   mistake (``init`` refuses a non-empty folder).

Other users' logins: a user's server password is derived from their passphrase, which only they know; each
gets a one-time sign-in code instead (``store.pg.signin``), returned here for the administrator to hand out.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from medunit.config.policy import Policy
from medunit.crypto.recovery_code import new_recovery_code
from medunit.domain.permissions import Action
from medunit.domain.roles import Role
from medunit.errors import (
    ConflictError,
    IntegrityError,
    MedunitError,
    PermissionDeniedError,
    StorageError,
    ValidationError,
)
from medunit.services import admin, personal_keys, stores
from medunit.services.guard import access
from medunit.services.session import Session, kdf_cost, utc_now
from medunit.store import access_log, content
from medunit.store.layout import MOVED_LINE, MOVED_NOTE
from medunit.store.pg import copy, signin
from medunit.store.pg.database import PgDatabase
from medunit.store.pg.ddl import RECOVERY_USER
from medunit.store.pg.logins import login_password, scram_verifier, unit_of
from medunit.store.pg.url import ServerUrl, parse_server_url
from medunit.store.pg.vault import put_slot_document, set_login, slot_document
from medunit.store.vault import open_recovery_slot

NOTE_NAME = MOVED_NOTE
RETIRED_SUFFIX = ".moved-to-server-"
#: Days a sign-in code logs in after the move (the server refuses it afterwards).
SIGN_IN_CODE_DAYS = signin.CODE_DAYS


@dataclass
class MigrationReport:
    """What was moved and checked, for the administrator's screen."""

    server: str
    retired_folder: Path | None = None
    #: why the file store's folder could not be retired (the move itself succeeded), else None; an error
    #: kept, not raised, so the CLI shows it in the interface language like any other
    retire_problem: StorageError | None = None
    rows: dict[str, int] = field(default_factory=dict)
    log_entries: int = 0
    signatures: int = 0
    seconds: float = 0.0
    #: user → one-time sign-in code (every user but the administrator who ran the move)
    sign_in_codes: dict[str, str] = field(default_factory=dict)
    #: when the sign-in codes stop working (the server refuses them after that)
    codes_valid_until: datetime | None = None

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def _check_source(session: Session, folder: Path) -> None:
    """The file store may be moved: opened by a unit administrator, writable, sealed, verified."""
    if session.role is not Role.UNIT_ADMIN:
        raise PermissionDeniedError(
            "Only a unit administrator moves a store to the server; {user} is {role}.",
            user=session.user,
            role=session.role.value,
        )
    db = session.vault.db
    if db.read_only or db.log_only:
        raise StorageError("The file store {path} is read-only or its disk is full; nothing was moved.", path=folder)
    if not content.is_sealed(db):
        raise ConflictError(
            "The file store {path} still holds content from before sealing: its sealing migration is pending. A "
            "medical advisor opens the store once (that seals it), then move it; nothing was moved.",
            path=folder,
        )
    report = admin.verify_store(session)
    if not report.ok:
        raise IntegrityError(
            "The file store {path} fails its check, so it is not moved: {problems}. Restore the latest backup "
            "(docs/backup.md) or ask the privacy officer; nothing was moved.",
            path=folder,
            problems="; ".join(report.problems),
        )
    if not os.access(folder.parent, os.W_OK):
        raise StorageError(
            "The folder {parent} is not writable: after the move the store folder is renamed there so nobody "
            "keeps using it. Nothing was moved.",
            parent=folder.parent,
        )


def _log_file_side(session: Session, reason: str) -> None:
    """The failed move in the file store's log; a disk that refuses even that keeps the move's own error."""
    with contextlib.suppress(MedunitError, OSError), access(session, Action.BACKUP_CREATE, reason=reason):
        pass


def _entry(session: Session, reason: str) -> access_log.LogEntry:
    return access_log.LogEntry(
        at=utc_now(),
        user=session.user,
        role=session.role.value,
        responsible=session.user,
        action=Action.BACKUP_CREATE.value,
        outcome="granted",
        workstation=session.workstation_id,
        reason=reason,
        basis=f"role:{session.role.value}",
    )


def _logins(
    session: Session, url: ServerUrl, passphrase: str, code: str
) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """(user, role, SCRAM verifier) for every login, and the sign-in codes handed out."""
    unit = unit_of(url)
    cost = kdf_cost(session.policy)
    logins = [
        (session.user, Role.UNIT_ADMIN.value, scram_verifier(login_password(passphrase, unit, session.user, cost))),
        (RECOVERY_USER, Role.UNIT_ADMIN.value, scram_verifier(login_password(code, unit, RECOVERY_USER, cost))),
    ]
    codes: dict[str, str] = {}
    roles = {u.name: u.role for u in admin.list_users(session)}
    for user in session.vault.slots.user_names():
        if user == session.user:
            continue
        codes[user] = new_recovery_code()
        logins.append((user, roles[user], scram_verifier(codes[user])))
    return logins, codes


def workstation_url(url_text: str) -> str:
    """The server URL as a workstation's policy names it: the move's URL without the database
    administrator's name and password (a workstation logs in as its user's own role), with its TLS
    parameters (``sslrootcert`` and the like) kept."""
    parts = urlsplit(url_text)
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    # "//" always, an empty host too (a Unix socket in ?host=): urlunsplit would drop it for this scheme
    return f"{parts.scheme}://{netloc}{parts.path}" + (f"?{parts.query}" if parts.query else "")


def _retire(folder: Path, url: ServerUrl, url_text: str, user: str, report: MigrationReport) -> None:
    """Rename the moved store's folder and leave a note where it was (see the module's docstring)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    retired = folder.with_name(folder.name + RETIRED_SUFFIX + stamp)
    try:
        folder.rename(retired)
        folder.mkdir(mode=0o700)
        (folder / NOTE_NAME).write_text(
            f"This medunit store was moved to the unit server {url.shown()} on {stamp} by {user}.\n"
            f"Point store.location (the policy) or --store at the server; see docs/unit-server.md:\n"
            f'{MOVED_LINE}"{workstation_url(url_text)}"\n'
            f"The store as it was at the move is kept in {retired} (do not work in it).\n",
            encoding="utf-8",
        )
    except OSError as exc:
        report.retire_problem = StorageError(
            "The store was moved to {url} and verified, but its folder {path} could not be retired ({detail}). "
            "Rename or move that folder yourself so nobody keeps working in it.",
            url=url.shown(),
            path=folder,
            detail=exc.strerror or type(exc).__name__,
        )
        return
    report.retired_folder = retired


def migrate_store(
    folder: Path,
    url_text: str,
    admin_user: str,
    passphrase: str,
    recovery_code: str,
    policy: Policy,
    *,
    dba_password: str | None,
    progress: Callable[[str, int, int], None] | None = None,
) -> MigrationReport:
    """Move the file store at ``folder`` to the empty server database ``url_text`` (the module docstring
    gives the steps and what a failure leaves)."""
    if stores.server_url(url_text) is None:
        raise ValidationError("The target must be a postgresql:// URL; '{url}' is not.", url=url_text)
    url = parse_server_url(url_text)
    show = progress or (lambda _phase, _done, _total: None)
    started = time.monotonic()
    session = stores.unlock(folder, admin_user, passphrase, policy)
    report = MigrationReport(server=url.shown())
    try:
        _check_source(session, folder)
        open_recovery_slot(session.vault.slots, recovery_code)
        dba = copy.dba_database(url, dba_password)
        try:
            copy.refuse_if_not_empty(dba.raw, url)
            src = session.vault.db
            tables = copy.tables_of(src)
            logins, codes = _logins(session, url, passphrase, recovery_code)
            committed = False
            try:
                # the file store stays locked for writers from its log entry to the server's commit: the copy
                # is one consistent state, and the entry is in the file exactly when the server holds it
                with src.transaction():
                    moved = _entry(session, f"store migrated to {url.shown()} by {session.user}")
                    access_log.append(src, moved, session.log_key, session.signer)
                    _move(session, dba, url, folder, tables, logins, sorted(codes), show, report)
                    committed = True
            except BaseException as exc:
                if committed:  # the server committed but the file store's own commit failed
                    copy.drop_unit(dba, url)
                why = exc.template if isinstance(exc, MedunitError) else type(exc).__name__
                _log_file_side(session, f"store migration to {url.shown()} failed, the server was left empty: {why}")
                raise
            _check_on_server(dba, url, url_text, admin_user, passphrase, policy)
        finally:
            dba.close()
        report.sign_in_codes = codes
    finally:
        session.close()
    _retire(folder, url, url_text, admin_user, report)
    report.seconds = time.monotonic() - started
    return report


def _move(
    session: Session,
    dba: PgDatabase,
    url: ServerUrl,
    folder: Path,
    tables: list[copy.Table],
    logins: list[tuple[str, str, str]],
    code_users: list[str],
    show: Callable[[str, int, int], None],
    report: MigrationReport,
) -> None:
    """Step 3 of the module docstring: everything on the server in one transaction."""
    src = session.vault.db
    counts = copy.count_rows(src, tables)
    total = sum(counts.values())
    with copy.server_transaction(dba, url) as db:
        for user, role, verifier in logins:
            set_login(db, user, role, verifier)
        report.codes_valid_until = datetime.now(UTC).replace(microsecond=0) + timedelta(days=signin.CODE_DAYS)
        for user in code_users:
            signin.limit_code_login(db, unit_of(url), user, report.codes_valid_until)
        document = session.vault.layout.slots.read_bytes()
        put_slot_document(db, document)
        copy.copy_tables(src, db, tables, total, show)
        difference, _digests = copy.compare_tables(src, db, tables, total, show)
        if difference is not None:
            raise IntegrityError(
                "The copy on the server differs from the file store at {where}; the server was left empty.",
                where=str(difference),
            )
        if slot_document(db) != document:
            raise IntegrityError("The key slots on the server differ from the file store's; the server was left empty.")
        received = f"store migrated from {folder} by {session.user}: {total} rows copied and verified entry by entry"
        access_log.append(db, _entry(session, received), session.log_key, session.signer)
        show("verifying the access log on the server", total, total)
        chain = personal_keys.verify_log(db, session.vault.store_id, session.log_key)
        if not chain.ok:
            raise IntegrityError(
                "The access log does not verify on the server ({problem}); the server was left empty.",
                problem=chain.problem or "; ".join(chain.problems),
            )
        report.rows = counts
        report.log_entries = chain.entries
        report.signatures = chain.signatures


def _check_on_server(
    dba: PgDatabase, url: ServerUrl, url_text: str, user: str, passphrase: str, policy: Policy
) -> None:
    """Step 4: the administrator logs in to the server as a user would (their own login role: the URL's DBA
    name and password are not used for it) and ``verify`` passes there; else the unit server is dropped
    again."""
    try:
        server = stores.unlock(url_text, user, passphrase, policy)
        try:
            report = admin.verify_store(server)
        finally:
            server.close()
        if not report.ok:
            raise IntegrityError(
                "The moved store fails its check on the server ({problems}); the server was emptied again.",
                problems="; ".join(report.problems),
            )
    except BaseException:
        copy.drop_unit(dba, url)
        raise


def sign_in(url_text: str, user: str, code: str, passphrase: str, policy: Policy) -> None:
    """A moved user's first sign-in to the server with the code the administrator handed over and their own
    passphrase (``store.pg.signin``); afterwards the passphrase alone logs them in."""
    from medunit.crypto.workstation import load_workstation
    from medunit.errors import KeyringUnavailableError

    if stores.server_url(url_text) is None:
        raise ValidationError("The store must be a postgresql:// URL; '{url}' is not.", url=url_text)
    try:
        workstation = load_workstation()
    except KeyringUnavailableError:
        workstation = None  # a bound slot then says it needs the keychain
    signin.first_sign_in(url_text, user, code, passphrase, workstation, kdf_cost(policy))

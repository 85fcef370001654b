"""User and key administration on an unlocked store (unit administrator), and store verification."""

from __future__ import annotations

from medunit.crypto.keyslots import user_slot_id
from medunit.domain.advice import check_big_number
from medunit.domain.permissions import Action
from medunit.domain.roles import COMPARTMENTS_BY_ROLE, Role, check_passphrase, check_user_name, parse_role
from medunit.errors import ConflictError, ValidationError
from medunit.services import personal_keys
from medunit.services.guard import access
from medunit.services.sealing import compartment_keys, take_keys
from medunit.services.session import Session, kdf_cost, utc_now
from medunit.store import content, meta, rowlock, teams
from medunit.store import users as users_repo
from medunit.store.database import Database
from medunit.store.integrity import IntegrityReport, check_store
from medunit.store.users import UserRow


def list_users(session: Session) -> list[UserRow]:
    with access(session, Action.USER_LIST) as acc:
        return users_repo.list_users(acc.db)


def staff_teams(session: Session) -> dict[str, list[str]]:
    """Each unit-staff member's advisors (need to know under ``access.staff_scope = "team"``)."""
    with access(session, Action.USER_LIST) as acc:
        return teams.all_teams(acc.db)


def assign_team(session: Session, staff: str, advisors: list[str]) -> None:
    """Set the medical advisors a unit-staff member supports (replaces the earlier list; empty: none).
    Under the default ``access.staff_scope = "team"`` the staff member then sees and opens only the
    cases assigned to these advisors."""
    wanted = sorted({a.strip() for a in advisors if a.strip()})
    with access(session, Action.USER_MANAGE, reason=f"team of {staff}: {', '.join(wanted) or 'none'}") as acc:
        row = users_repo.get_user(acc.db, staff)
        if row is None or row.role != Role.UNIT_STAFF:
            raise ValidationError(
                "{user} is not a unit-staff user; only unit staff are assigned to advisors.", user=staff
            )
        for name in wanted:
            adv = users_repo.get_user(acc.db, name)
            if adv is None or adv.role != Role.MEDICAL_ADVISOR:
                raise ValidationError("{user} is not a medical advisor of this store.", user=name)
        teams.set_team(acc.db, staff, wanted, utc_now(), session.user)


def add_user(
    session: Session,
    name: str,
    role_text: str,
    passphrase: str,
    recovery_code: str | None = None,
    big: str | None = None,
) -> list[str]:
    """Add a user with an initial passphrase. The administrator holds no content key, so a role that
    reads content (medical advisor, unit staff, criminal-record officer) starts with a *pending* key
    grant that a holder of the key approves (``sealing.grant_keys``); with the recovery code the keys
    are sealed to the new slot at once. A medical advisor given with their BIG number also gets a
    document-signing key and certificate from the unit CA. Returns the compartments still pending."""
    with access(session, Action.USER_MANAGE, reason=f"add {name}") as acc:
        kid, pending = _add_user(session, name, role_text, passphrase, recovery_code, big)
        acc.record_ids = personal_keys.registered([kid] if kid else [])
        if pending:
            acc.reason = f"add {name}; key grant pending: {', '.join(pending)}"
        return pending


def _add_user(
    session: Session, name: str, role_text: str, passphrase: str, recovery_code: str | None, big: str | None
) -> tuple[str | None, list[str]]:
    check_user_name(name)
    role = parse_role(role_text)
    check_passphrase(passphrase)
    db = session.vault.db
    if users_repo.get_user(db, name) is not None:
        raise ConflictError("User {user} already exists.", user=name)
    entitled = set(COMPARTMENTS_BY_ROLE.get(role, frozenset()))
    keys = compartment_keys(session, entitled, recovery_code) if recovery_code else {}
    if big is not None and role is not Role.MEDICAL_ADVISOR:
        raise ValidationError("Only a medical advisor gets a BIG number and a document-signing certificate.")
    users_repo.insert_user(db, name, role.value, utc_now(), session.user)
    kid, personal = personal_keys.seal_for_new_slot(session.vault, db, name, role)
    if big is not None:
        personal.update(personal_keys.issue_document_key(session.vault, db, name, check_big_number(big)))
    session.vault.put_user_slot(
        name,
        passphrase,
        session.workstation,
        kdf_cost(session.policy),
        keys,
        replace_existing=False,
        personal=personal,
    )
    return kid, sorted(entitled - set(keys))


def certify_advisor(session: Session, name: str, big: str) -> None:
    """Give an existing medical advisor a (new) document-signing key and X.509 certificate with their BIG
    number; an earlier certificate of theirs is revoked. Needs the unit CA in the acting slot."""
    with access(session, Action.USER_MANAGE, reason=f"document-signing certificate for {name}") as acc:
        row = users_repo.get_user(acc.db, name)
        if row is None or row.role != Role.MEDICAL_ADVISOR:
            raise ValidationError("{user} is not a medical advisor.", user=name)
        personal_keys.revoke_document_keys(session.vault, acc.db, name)
        if not personal_keys.reissue_document_key(session.vault, acc.db, name, check_big_number(big)):
            raise ValidationError("Your key slot holds no unit CA key; only a unit administrator can issue keys.")


def change_role(session: Session, name: str, role_text: str, *, version: int | None = None) -> list[str]:
    """Give ``name`` another role. Keys the new role does not hold are taken from their slot and rotated
    (the next holder to unlock re-seals under fresh keys); keys it newly needs become a pending grant.
    Returns the compartments taken. ``version``: the user row's version the editor read (None: as it is
    now); a stale one is refused naming who changed it when, and nothing changes (store/rowlock.py)."""
    role = parse_role(role_text)
    with access(session, Action.USER_MANAGE, reason=f"role of {name} -> {role.value}") as acc:
        row = users_repo.get_user(acc.db, name)
        if row is None:
            raise ValidationError("No user named {user}.", user=name)
        last_admin = row.role == Role.UNIT_ADMIN and users_repo.count_role(acc.db, Role.UNIT_ADMIN) <= 1
        if last_admin and role is not Role.UNIT_ADMIN:
            raise ValidationError("{user} is the last unit administrator and keeps that role.", user=name)
        if version is not None and row.row_version != version:
            raise rowlock.changed_error(acc.db, "users", ("name", name))
        users_repo.set_role(acc.db, name, role.value, expected=row.row_version, by=session.user, at=utc_now())
        taken = take_keys(session, name, COMPARTMENTS_BY_ROLE.get(role, frozenset()))
        if taken:
            acc.reason = f"role of {name} -> {role.value}; keys taken and due for rotation: {', '.join(taken)}"
        return taken


def remove_user(session: Session, name: str) -> None:
    """Remove the user's row and slot and rotate the data key (an old slot copy then opens nothing)."""
    session.vault.db.prepare_rekey()  # busy store: refused before anything is removed
    sid = user_slot_id(name)
    held = [n for n, holders in session.vault.slots.compartments.items() if sid in holders]
    try:
        with access(session, Action.USER_MANAGE, reason=f"remove {name}") as acc:
            _remove_user_row(session, acc.db, name)
            if personal_keys.revoke_document_keys(session.vault, acc.db, name):
                acc.reason = f"remove {name}; document-signing certificate revoked"
            for compartment in held:  # its key must change too: the next holder to unlock does it
                meta.put(acc.db, "compartment_rotation_due:" + compartment, "1")
    except BaseException:
        session.vault.db.resume_wal()
        raise
    session.vault.remove_user_slot_and_rotate(name)


def _remove_user_row(session: Session, db: Database, name: str) -> None:
    if name == session.user:
        raise ValidationError("You cannot remove yourself; ask another unit administrator.")
    row = users_repo.get_user(db, name)
    if row is None and session.vault.slots.slot(user_slot_id(name)) is None:
        raise ValidationError("No user named {user}.", user=name)
    if row is not None and row.role == Role.UNIT_ADMIN and users_repo.count_role(db, Role.UNIT_ADMIN) <= 1:
        raise ValidationError("{user} is the last unit administrator and cannot be removed.", user=name)
    users_repo.delete_user(db, name)
    teams.forget_user(db, name)
    content.drop_holder(db, user_slot_id(name))


def change_passphrase(session: Session, new_passphrase: str) -> None:
    """The acting user's own passphrase; the slot keeps its key bag and is re-bound here."""
    check_passphrase(new_passphrase)
    vault = session.vault
    vault.put_user_slot(
        session.user,
        new_passphrase,
        session.workstation,
        kdf_cost(session.policy),
        dict(vault.bag.compartments),
        replace_existing=True,
        personal=dict(vault.bag.personal),
    )


def new_recovery_code(session: Session, current_code: str | None = None) -> str:
    """Replace the recovery code; the old one stops working. The current code is needed only when
    the acting user's slot lacks a compartment key the recovery slot must keep."""
    with access(session, Action.RECOVERY_RESET) as acc:
        keys = compartment_keys(session, set(session.vault.slots.compartments), current_code)
        kid, personal = personal_keys.seal_for_new_slot(
            session.vault, acc.db, personal_keys.RECOVERY_ACTOR, Role.UNIT_ADMIN
        )
        acc.record_ids = personal_keys.registered([kid] if kid else [])
    return session.vault.new_recovery_code(kdf_cost(session.policy), keys, personal)


def verify_store(session: Session) -> IntegrityReport:
    """Pages, schema, slot file and the access-log chain."""
    with access(session, Action.STORE_VERIFY):
        report = check_store(session.vault)
        chain = personal_keys.verify_log(session.vault.db, session.vault.store_id, session.log_key)
        report.checks.append(f"access log ({chain.entries} entries, {chain.signatures} signed transactions)")
        if not chain.ok:
            report.problems.append(f"access log: {chain.problem}")
        report.problems.extend(f"access log: {p}" for p in chain.problems)
    return report

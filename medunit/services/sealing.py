"""Content keys as capabilities: first sealing of an old store, key rotation, and approving key grants.

A role column grants nothing by itself. The administrator creates users but holds no content key, so a
new medical advisor's or staff member's slot receives the health key only when a holder of that key (a
medical advisor; a criminal-record officer for their compartment) approves the pending grant, or the
administrator gives the recovery code. Taking a key away (role change, removal) rotates it: the next
holder to unlock re-seals what that key protected under a fresh one.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from medunit.crypto.keyslots import RECOVERY_SLOT, user_slot_id
from medunit.domain.permissions import Action, allowed
from medunit.domain.roles import COMPARTMENTS_BY_ROLE, GLASS, HEALTH, Role
from medunit.errors import PermissionDeniedError, ValidationError
from medunit.services.guard import access
from medunit.services.session import Session, utc_now
from medunit.store import content, meta
from medunit.store import records as records_repo
from medunit.store import users as users_repo
from medunit.store import workflow as wf
from medunit.store.users import UserRow

ROTATION_DUE = "compartment_rotation_due:"
CONTENT_KEYS = (HEALTH, GLASS)


def entitled(role: str) -> frozenset[str]:
    try:
        return COMPARTMENTS_BY_ROLE.get(Role(role), frozenset())
    except ValueError:  # a role column edited to something unknown entitles nothing
        return frozenset()


# -- first sealing of a store from before capabilities were keys ---------------------------------------


def seal_store_if_due(session: Session) -> bool:
    """Seal the clear content of a store from before sealing (schema 6 or older), at the first unlock by a
    medical advisor or staff member.

    Staged: (1) the health and glass keys are sealed into the slot file for the recovery slot and every
    user whose role entitles them (the one time the role column is trusted: before this, every role read
    everything); (2) one transaction creates the restricted cases' keys and seals every value, so an
    interruption leaves the clear store as it was and the next unlock resumes with the same keys;
    (3) the WAL is folded in and truncated, so no clear page survives in it."""
    vault = session.vault
    db = vault.db
    if content.is_sealed(db) or session.role not in (Role.MEDICAL_ADVISOR, Role.UNIT_STAFF):
        return False
    if HEALTH in vault.slots.compartments and HEALTH not in vault.bag.compartments:
        return False  # staged by an earlier run for others; one of them finishes it
    keys = stage_content_keys(session)
    with access(session, Action.HEALTH_WRITE, system=True) as acc:
        content.set_glass_public(acc.db, keys[HEALTH], keys[GLASS])
        restricted = records_repo.restricted_case_ids(acc.db)
        for case_id in restricted:
            content.create_case_key(acc.db, case_id, records_repo.case_allowed_users(acc.db, case_id))
        sealed = content.reseal_all(acc.db, session.user, utc_now())
        meta.put(acc.db, content.SEALED_FLAG, "1")
        acc.reason = f"content sealed under the health key ({sealed} values, {len(restricted)} restricted cases)"
    content.keys_of(db).cases.clear()  # the sealer keeps no restricted-case key it was not given
    wf.checkpoint(db)
    return True


def stage_content_keys(session: Session) -> dict[str, bytes]:
    """Step (1) of the first sealing: the health and glass keys into the slot file, for the recovery slot
    and the users whose role entitles them. Reuses a key this slot already holds (an interrupted run)."""
    vault = session.vault
    vault.refresh_slots()
    users = users_repo.list_users(vault.db)
    keys = {}
    for name in CONTENT_KEYS:
        keys[name] = vault.bag.compartments.get(name) or secrets.token_bytes(32)
        holders = [RECOVERY_SLOT] + [user_slot_id(u.name) for u in users if name in entitled(u.role)]
        vault.seal_compartment(name, keys[name], holders)
    return keys


# -- rotation after a holder was removed or changed role ------------------------------------------------


def rotate_content_keys_if_due(session: Session) -> list[str]:
    """Re-seal under a fresh key what a key taken from someone protected; returns the keys rotated.
    Staged like the criminal-record compartment: new and previous key side by side until every value
    is re-sealed in one transaction, then the previous key is dropped."""
    vault = session.vault
    done = []
    for name in CONTENT_KEYS:
        if meta.get(vault.db, ROTATION_DUE + name) is None or not {name, HEALTH} <= set(vault.bag.compartments):
            continue  # not due, or not a holder (the glass key's MAC needs the health key too)
        old, new = vault.stage_compartment_rotation(name)
        with access(session, Action.HEALTH_WRITE, system=True) as acc:
            if name == HEALTH:
                count = content.reseal_all(acc.db, session.user, utc_now())
                content.remac_glass_public(acc.db, old, new)
            else:
                count = content.reseal_glass_envelopes(acc.db, old, new)
                content.set_glass_public(acc.db, vault.bag.compartments[HEALTH], new)
            meta.delete(acc.db, ROTATION_DUE + name)
            acc.reason = f"{name} key rotated after a holder lost it; {count} value(s) re-sealed"
        vault.finish_compartment_rotation(name)
        wf.checkpoint(vault.db)
        done.append(name)
    return done


def take_keys(session: Session, name: str, keep: frozenset[str]) -> list[str]:
    """Take from ``name``'s slot every compartment outside ``keep`` and mark it for rotation; inside the
    caller's logged transaction (role change, removal). Returns the compartments taken."""
    vault = session.vault
    vault.refresh_slots()
    sid = user_slot_id(name)
    taken = [n for n in sorted(vault.slots.compartments) if sid in vault.slots.holders(n) and n not in keep]
    for compartment in taken:
        vault.unseal_compartment(compartment, sid)
        meta.put(vault.db, ROTATION_DUE + compartment, "1")
    if GLASS not in keep:
        content.drop_holder(vault.db, sid)
    return taken


def compartment_keys(session: Session, names: set[str], recovery_code: str | None) -> dict[str, bytes]:
    """Compartment keys from the session's own slot, or else from the recovery slot."""
    keys = {n: k for n, k in session.vault.bag.compartments.items() if n in names}
    if names - set(keys) and recovery_code is not None:
        rescue = session.vault.reopen_with_recovery_code(recovery_code)
        try:
            keys.update({n: k for n, k in rescue.bag.compartments.items() if n in names})
        finally:
            rescue.close()
    return keys


# -- pending grants ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PendingGrant:
    """A user whose role entitles keys their slot does not hold yet."""

    user: str
    role: str
    missing: tuple[str, ...]
    created_by: str | None
    created_at: str


def _missing(session: Session, row: UserRow) -> tuple[str, ...]:
    slots = session.vault.slots  # refreshed by the caller
    sid = user_slot_id(row.name)
    if slots.slot(sid) is None:
        return ()
    return tuple(sorted(n for n in entitled(row.role) if sid not in slots.holders(n)))


def grants_waiting(session: Session) -> bool:
    """Whether any user waits for a key this session holds: a yes/no without names, read at every unlock
    to decide whether to show the prompt, so it is not logged (``pending_grants``, which names them, is)."""
    if not allowed(session.role, Action.KEY_GRANT) or not session.open:
        return False
    session.vault.refresh_slots()
    held = set(session.vault.bag.compartments)
    rows = users_repo.list_users(session.vault.db)
    return any(r.name != session.user and held & set(_missing(session, r)) for r in rows)


def pending_grants(session: Session) -> list[PendingGrant]:
    """Grants waiting for approval that the acting user could give (holds at least one of the keys)."""
    with access(session, Action.KEY_GRANT, reason="pending key grants listed") as acc:
        session.vault.refresh_slots()
        held = set(session.vault.bag.compartments)
        found = []
        for row in users_repo.list_users(acc.db):
            missing = _missing(session, row)
            if missing and row.name != session.user and (held & set(missing) or session.role is Role.UNIT_ADMIN):
                found.append(PendingGrant(row.name, row.role, missing, row.created_by, row.created_at))
        return found


def grant_keys(session: Session, name: str, recovery_code: str | None = None) -> list[str]:
    """Approve ``name``'s pending grant: seal to their slot the keys their role entitles that the acting
    user holds (or, for the administrator, that the recovery slot holds). Logged; never for oneself."""
    with access(session, Action.KEY_GRANT, reason=f"grant keys to {name}") as acc:
        if name == session.user:
            raise ValidationError("You cannot approve your own key grant; another holder of the key must.")
        row = users_repo.get_user(acc.db, name)
        if row is None:
            raise ValidationError("No user named {user}.", user=name)
        session.vault.refresh_slots()
        missing = set(_missing(session, row))
        if not missing:
            raise ValidationError("{user} has no key grant waiting.", user=name)
        keys = compartment_keys(session, missing, recovery_code)
        if not keys:
            raise PermissionDeniedError(
                "Your key slot holds none of the keys {user} is waiting for ({keys}); a holder must approve, "
                "or give the recovery code.",
                user=name,
                keys=", ".join(sorted(missing)),
            )
        for compartment, key in sorted(keys.items()):
            session.vault.seal_compartment(compartment, key, [user_slot_id(name)])
        acc.reason = f"granted {', '.join(sorted(keys))} to {name} (role {row.role})"
        return sorted(keys)

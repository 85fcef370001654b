"""Rollback anchors at unlock, lock and exit; and the one logged way to move an anchor back (a restore).

Each workstation keeps, per store, the anchor (``medunit.store.anchor``) in its OS keychain under the
same service as the workstation secret, and, when the policy names ``audit.anchor_folder``, in that
folder as ``<store id>.anchor.json``. An anchor only ever moves forward: a store found behind it at
unlock is refused (exit 4) with a message that names what is behind; only ``accept_restore`` (a unit
administrator, with the unit CA in their slot, giving a reason that is logged) writes an older state.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from medunit.config.policy import Policy
from medunit.crypto import personal
from medunit.crypto.atomic import atomic_write
from medunit.crypto.workstation import Workstation, read_anchor, write_anchor
from medunit.domain.permissions import Action
from medunit.errors import IntegrityError, PermissionDeniedError, ValidationError
from medunit.store import access_log
from medunit.store.anchor import Anchor, behind, current
from medunit.store.vault import Vault

SUFFIX = ".anchor.json"
KEYCHAIN = "this workstation's keychain"

_BEHIND = (
    "The store {path} is older than its rollback anchor in {source}: {what}. It was not opened. If a unit "
    "administrator restored a backup, they accept it with: medunit-admin restore accept --store DIR --reason TEXT"
)


def _folder_file(policy: Policy, store_id: str) -> Path | None:
    folder = policy.anchor_folder
    return folder / f"{store_id}{SUFFIX}" if folder is not None else None


def _parse(text: str, source: str) -> Anchor:
    try:
        return Anchor.parse(text)
    except ValueError:
        raise IntegrityError("The rollback anchor in {source} is damaged or was altered.", source=source) from None


def _texts(store_id: str, workstation: Workstation | None, policy: Policy) -> list[tuple[str, str]]:
    found = []
    if workstation is not None:
        text = read_anchor(store_id)
        if text is not None:
            found.append((KEYCHAIN, text))
    path = _folder_file(policy, store_id)
    if path is not None and path.exists():
        source = f"the anchor folder ({path})"
        try:
            found.append((source, path.read_text(encoding="utf-8", errors="replace")))
        except OSError:
            raise IntegrityError("The rollback anchor in {source} cannot be read.", source=source) from None
    return found


def anchors(store_id: str, workstation: Workstation | None, policy: Policy) -> list[tuple[str, Anchor]]:
    """Every anchor this workstation knows for the store, with where it was found (a damaged one is an
    IntegrityError: it must not silently stop guarding)."""
    return [(source, _parse(text, source)) for source, text in _texts(store_id, workstation, policy)]


def check(vault: Vault, workstation: Workstation | None, policy: Policy) -> None:
    """Refuse a store that is behind any anchor of this workstation (raises IntegrityError: exit 4)."""
    for source, anchor in anchors(vault.store_id, workstation, policy):
        what = behind(anchor, vault)
        if what:
            raise IntegrityError(_BEHIND, path=vault.location, source=source, what="; ".join(what))


def record(vault: Vault, workstation: Workstation | None, policy: Policy, *, force: bool = False) -> Anchor:
    """Write the store's current state as its anchor wherever one is kept, never moving one back unless
    ``force`` (an accepted restore). The log head is recorded inside the store too (``meta``)."""
    with vault.db.transaction() as db:
        access_log.mark_head(db)
    vault.db.flush()  # every read's log entry on disk before an anchor names it (store.read_log_flush_ms)
    now = current(vault)
    text = now.to_json()
    if workstation is not None:
        old = read_anchor(vault.store_id)
        if force or old is None or _forward(vault, old):
            write_anchor(vault.store_id, text)
    path = _folder_file(policy, vault.store_id)
    if path is not None:
        old_text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else None
        if force or old_text is None or _forward(vault, old_text):
            try:
                path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                atomic_write(path, (text + "\n").encode())
            except OSError as exc:
                raise ValidationError(
                    "The anchor folder {path} is not writable: {why}", path=path.parent, why=exc.strerror or "error"
                ) from exc
    return now


def _forward(vault: Vault, old_text: str) -> bool:
    """Whether the store is at or past the anchor ``old_text`` (so writing its state moves it forward)."""
    try:
        return not behind(Anchor.parse(old_text), vault)
    except ValueError:
        return True  # a damaged anchor was refused at unlock; this session's state replaces it


def accept_restore(session: object, reason: str) -> tuple[Anchor | None, Anchor]:
    """An administrator-run restore: move this workstation's anchors back to the restored store, logged.

    The session must have been opened with ``stores.unlock(..., check_anchor=False)``. Refused (and
    logged as refused) unless the acting user holds the unit CA in their own slot: the role column in the
    database is not trusted for this. Returns (the anchor that was moved back, the new anchor)."""
    from medunit.services.guard import access
    from medunit.services.session import Session

    assert isinstance(session, Session)
    reason = reason.strip()
    with access(session, Action.STORE_RESTORE, reason=reason or None) as acc:
        if personal.CA_KEY not in session.vault.bag.personal:
            raise PermissionDeniedError("Only a unit administrator holding the unit CA key can accept a restore.")
        if len(reason) < 10:
            raise ValidationError("Accepting a restore needs a reason of at least 10 characters.")
        readable = []  # a damaged anchor is what a restore may have to replace
        for _source, text in _texts(session.vault.store_id, session.workstation, session.policy):
            with contextlib.suppress(ValueError):
                readable.append(Anchor.parse(text))
        before = max(readable, key=lambda a: a.log_seq, default=None)
        now = current(session.vault)
        acc.reason = (
            f"{reason}; rollback anchor moved back from log #{before.log_seq} / key generation "
            f"{before.slot_generation} to log #{now.log_seq} / key generation {now.slot_generation}"
            if before
            else f"{reason}; no earlier anchor on this workstation"
        )
    new = record(session.vault, session.workstation, session.policy, force=True)
    return before, new


__all__ = ["SUFFIX", "accept_restore", "anchors", "check", "record"]

"""Showing errors: the translated one-line message of a MedunitError, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from medunit.errors import MedunitError
from medunit.gui.labels import action_name, request_state_name, role_name

#: Error templates the start-up dialogs can show, listed so ``pyside6-lupdate`` puts them in the
#: "errors" context of the .ts files. The core owns the English text; keep these in sync with it.
ERROR_TEMPLATES: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("errors", "Unlock failed: unknown user or wrong passphrase."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The key slot of {user} is bound to another workstation. Use the recovery code: "
        "medunit-admin recover --store DIR --user {user} --recovery-code CODE",
    ),
    QT_TRANSLATE_NOOP("errors", "A passphrase needs at least {n} characters."),
    QT_TRANSLATE_NOOP("errors", "A passphrase cannot begin or end with a space."),
    QT_TRANSLATE_NOOP("errors", "The store folder {path} does not exist."),
    QT_TRANSLATE_NOOP("errors", "{path} is not a folder."),
    QT_TRANSLATE_NOOP("errors", "{path} is not a medunit store (no key-slot file or database)."),
    QT_TRANSLATE_NOOP("errors", "The folder {path} is not empty; choose an empty or new folder."),
    QT_TRANSLATE_NOOP(
        "errors",
        "User name '{name}' is not valid: 2-32 characters, lower-case letters, digits, '.', '_' or '-', "
        "starting with a letter.",
    ),
    QT_TRANSLATE_NOOP("errors", "The key-slot file {path} is damaged or was altered ({detail})."),
    QT_TRANSLATE_NOOP("errors", "The key-slot file {path} was altered: an envelope does not open."),
    QT_TRANSLATE_NOOP("errors", "The key-slot file {path} was altered (its MAC does not match)."),
    QT_TRANSLATE_NOOP("errors", "The key-slot file {path} holds no key for this slot."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The OS keychain is not available ({detail}). Log in to a desktop session with a keychain "
        "(GNOME Keyring / KWallet, macOS Keychain, Windows Credential Manager) or ask IT.",
    ),
    QT_TRANSLATE_NOOP("errors", "This store is bound to workstations; the OS keychain is needed."),
    QT_TRANSLATE_NOOP("errors", "Workstation binding needs the OS keychain."),
    # case list, case view, attachments
    QT_TRANSLATE_NOOP("errors", "The session is locked; unlock first."),
    QT_TRANSLATE_NOOP("errors", "Your role {role} may not do '{action}'."),
    QT_TRANSLATE_NOOP("errors", "Your role {role} may not do '{action}'. The attempt was logged."),
    QT_TRANSLATE_NOOP("errors", "There is no case {ref}."),
    QT_TRANSLATE_NOOP(
        "errors", "Case {ref} is restricted to named advisors. Break the glass with a reason to open it."
    ),
    QT_TRANSLATE_NOOP("errors", "Breaking the glass needs a reason of at least {n} characters."),
    QT_TRANSLATE_NOOP("errors", "An entry needs text."),
    QT_TRANSLATE_NOOP("errors", "Unknown entry kind '{kind}'."),
    QT_TRANSLATE_NOOP("errors", "The file {name} is larger than the policy's limit of {mb} MB; nothing was stored."),
    QT_TRANSLATE_NOOP("errors", "The file {name} is a {kind} but its name says otherwise; rename it and try again."),
    QT_TRANSLATE_NOOP("errors", "The file {name} is not a PDF, PNG or JPEG (checked by content)."),
    QT_TRANSLATE_NOOP("errors", "Attachment {id} does not belong to case {ref}."),
    QT_TRANSLATE_NOOP("errors", "No BSN is recorded for this person."),
    # the unit server (docs/unit-server.md)
    QT_TRANSLATE_NOOP("errors", "The unit server {url} cannot be reached: {detail}"),
    QT_TRANSLATE_NOOP("errors", "The unit server {host} cannot be found ({detail})."),
    QT_TRANSLATE_NOOP("errors", "The unit server refused the user name or password."),
    # a store folder that ``store migrate`` moved to the server (the start window, the CLI, init)
    QT_TRANSLATE_NOOP(
        "errors",
        "This store was moved to the unit server {url}. Point this workstation at it: IT sets "
        'store.location = "{url}" in the policy (or start with --store {url}). The note is in {path}.',
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The store in {path} was moved to the unit server {url}; a new store here would split the unit's "
        "data, so none is made. Point this workstation at the server instead (store.location in the policy).",
    ),
    # medunit-admin server init, store migrate, store sign-in (docs/unit-server.md)
    QT_TRANSLATE_NOOP(
        "errors", "--url must be a postgresql:// URL (a folder store is made with 'medunit-admin init')."
    ),
    QT_TRANSLATE_NOOP("errors", "The database {db} already holds a medunit unit server."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database user may not set up the unit server ({detail}); run this as a PostgreSQL superuser.",
    ),
    # medunit-admin server upgrade (docs/unit-server.md, Upgrades)
    QT_TRANSLATE_NOOP("errors", "--url must be a postgresql:// URL (a folder store is upgraded when it is opened)."),
    QT_TRANSLATE_NOOP(
        "errors", "The database {db} holds no medunit unit server; set one up with 'medunit-admin server init'."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The unit server in {db} holds schema version {version}, newer than this medunit ({latest}); nothing was "
        "changed. Run the upgrade with the medunit release the server has, or a newer one.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The unit server in {db} holds schema version {version}, older than any released unit server ({first}); "
        "nothing was changed (docs/unit-server.md, Upgrades).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database user may not upgrade the unit server ({detail}); run this as a PostgreSQL superuser.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "A workstation is using the unit server {url}; nothing was changed. Close medunit on every workstation and "
        "run the upgrade again.",
    ),
    QT_TRANSLATE_NOOP("errors", "The target must be a postgresql:// URL; '{url}' is not."),
    QT_TRANSLATE_NOOP("errors", "The store must be a postgresql:// URL; '{url}' is not."),
    QT_TRANSLATE_NOOP("errors", "Give the recovery code with --recovery-code or MEDUNIT_RECOVERY_CODE."),
    QT_TRANSLATE_NOOP("errors", "No terminal to ask for the {label}; set it in the environment."),
    QT_TRANSLATE_NOOP("errors", "The two passphrases differ."),
    QT_TRANSLATE_NOOP("errors", "Only a unit administrator moves a store to the server; {user} is {role}."),
    QT_TRANSLATE_NOOP("errors", "The file store {path} is read-only or its disk is full; nothing was moved."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The file store {path} still holds content from before sealing: its sealing migration is pending. A "
        "medical advisor opens the store once (that seals it), then move it; nothing was moved.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The file store {path} fails its check, so it is not moved: {problems}. Restore the latest backup "
        "(docs/backup.md) or ask the privacy officer; nothing was moved.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The folder {parent} is not writable: after the move the store folder is renamed there so nobody "
        "keeps using it. Nothing was moved.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The file store's tables do not match the unit server's (only in the file: {extra}; missing: {missing}). "
        "Use the same medunit version on both; nothing was moved.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database {db} on {url} cannot receive the store: {problem}. Give an empty database "
        "(CREATE DATABASE, docs/unit-server.md); nothing was moved.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "The copy on the server differs from the file store at {where}; the server was left empty."
    ),
    QT_TRANSLATE_NOOP("errors", "The key slots on the server differ from the file store's; the server was left empty."),
    QT_TRANSLATE_NOOP("errors", "The access log does not verify on the server ({problem}); the server was left empty."),
    QT_TRANSLATE_NOOP(
        "errors", "The moved store fails its check on the server ({problems}); the server was emptied again."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The store was moved to {url} and verified, but its folder {path} could not be retired ({detail}). "
        "Rename or move that folder yourself so nobody keeps working in it.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Sign-in failed: unknown user, not the sign-in code the unit administrator gave you, or the code has "
        "expired (a code works {days} days after the move). A unit administrator gives you a new start with "
        "'medunit-admin recover --store URL --user NAME' and the recovery code.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The connection to the unit server {url} failed: {detail}. Nothing of this action was saved; try again, "
        "or ask IT whether the server is up.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The unit server is busy with another workstation's change; nothing of this action was saved. Try again.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The unit server {url} refused this: your login does not hold the right to it (any more). Nothing of this "
        "action was saved; ask the unit administrator.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The unit server {url} holds schema version {version}; this medunit needs {latest}. Ask IT to upgrade the "
        "server or this workstation (docs/unit-server.md).",
    ),
    QT_TRANSLATE_NOOP("errors", "The unit server {url} holds no key slots: it was not set up by 'server init'."),
    QT_TRANSLATE_NOOP(
        "errors",
        "{what} applies to a store file; this store is on the unit server {url}, where IT does it on the server "
        "(docs/unit-server.md).",
    ),
    # the disk, not the data (full, read-only, empty or cut-short database), and no store on a share
    QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} is damaged or was altered ({detail}). Run 'medunit-admin verify' and restore a backup.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} is damaged ({detail}): part of it is missing or unreadable. Nothing was "
        "changed. Run 'medunit-admin verify' and restore a backup (docs/backup.md).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The disk holding {folder} is full: nothing of this action was saved. Free space there (or ask "
        "IT), then try again; everything saved before is still there.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The store folder {folder} is read-only (read-only media, a read-only mount or file permissions): "
        "nothing of this action was saved. medunit writes an access-log entry for every session and every "
        "read, so it needs to write there; ask IT to make the folder writable, or restore a backup "
        "elsewhere (docs/backup.md).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The store's files in {folder} could not be read or written ({detail}): nothing of this action "
        "was saved. Check the disk and the folder's permissions, then try again.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} is empty (0 bytes): the store's data is not in it. Nothing was changed. "
        "Restore the latest backup (medunit-admin backup restore, see docs/backup.md).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} is truncated ({size} bytes, not a whole number of pages): part of the store "
        "is missing. Nothing was changed. Restore the latest backup (medunit-admin backup restore, see "
        "docs/backup.md).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} holds no medunit data (no schema). Nothing was changed. Restore the "
        "latest backup (docs/backup.md).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The store folder {path} is on a network file system ({kind}). medunit keeps a store only on a local "
        "disk: over a network its locks and writes are not reliable and the store can be corrupted. Copy it "
        "to a local folder; for copies use backups (medunit-admin backup, docs/backup.md), for sharing "
        "between workstations the unit server.",
    ),
    # access log and administration
    QT_TRANSLATE_NOOP("errors", "Unlock failed: this is not the store's recovery code."),
    QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {why}"),
    QT_TRANSLATE_NOOP("errors", "User {user} already exists."),
    QT_TRANSLATE_NOOP("errors", "No user named {user}."),
    QT_TRANSLATE_NOOP("errors", "You cannot remove yourself; ask another unit administrator."),
    QT_TRANSLATE_NOOP("errors", "{user} is the last unit administrator and cannot be removed."),
    QT_TRANSLATE_NOOP("errors", "Unknown role '{role}'. Roles: {roles}."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The role {role} needs the criminal-record compartment key, which your slot does not hold. "
        "Give the recovery code (--recovery-code or MEDUNIT_RECOVERY_CODE).",
    ),
    # optimistic locking (store/rowlock.py): someone else changed the row the user edits
    QT_TRANSLATE_NOOP("errors", "Changed by {user} at {time}; reload."),
    QT_TRANSLATE_NOOP("errors", "This item was removed by someone else meanwhile; reload."),
    QT_TRANSLATE_NOOP("errors", "This item was changed by someone else meanwhile; reload."),
    # consent, requests, advice, contact moments, export
    QT_TRANSLATE_NOOP("errors", "The addressee needs a name."),
    QT_TRANSLATE_NOOP("errors", "AGB code '{code}' is not valid: it has 8 digits."),
    QT_TRANSLATE_NOOP("errors", "A consent names at least one information category."),
    QT_TRANSLATE_NOOP("errors", "Unknown information category '{cat}'."),
    QT_TRANSLATE_NOOP("errors", "A signed consent form needs its scan attached as evidence."),
    QT_TRANSLATE_NOOP("errors", "A digital consent needs the reference of the digital record."),
    QT_TRANSLATE_NOOP("errors", "Unknown consent method '{method}'."),
    QT_TRANSLATE_NOOP("errors", "A consent cannot be obtained in the future."),
    QT_TRANSLATE_NOOP("errors", "The consent's valid-until date is in the past."),
    QT_TRANSLATE_NOOP("errors", "The consent's valid-until date is before it was obtained."),
    QT_TRANSLATE_NOOP("errors", "The evidence must be an attachment of this case."),
    QT_TRANSLATE_NOOP("errors", "Consent {id} does not belong to case {ref}."),
    QT_TRANSLATE_NOOP("errors", "Consent {id} was already withdrawn."),
    QT_TRANSLATE_NOOP("errors", "No consent is recorded for this case. Record the person's consent first."),
    QT_TRANSLATE_NOOP(
        "errors",
        "No consent covers this addressee for this case; the person consented to other addressees only.",
    ),
    QT_TRANSLATE_NOOP("errors", "The consent for this addressee was withdrawn."),
    QT_TRANSLATE_NOOP("errors", "The consent for this addressee has expired."),
    QT_TRANSLATE_NOOP("errors", "The consent for this addressee is not yet valid."),
    QT_TRANSLATE_NOOP("errors", "A request needs at least one targeted question."),
    QT_TRANSLATE_NOOP("errors", "The questions are too long (at most 4000 characters); ask only what is needed."),
    QT_TRANSLATE_NOOP("errors", "A request that is {current} cannot become {target}."),
    QT_TRANSLATE_NOOP("errors", "Request {id} does not belong to this case."),
    QT_TRANSLATE_NOOP("errors", "The answer needs text (attach the letter as well, if there is one)."),
    QT_TRANSLATE_NOOP("errors", "'{name}' is not an outcome field for this case type."),
    QT_TRANSLATE_NOOP("errors", "'{name}' must be a whole number from {lo} to {hi}."),
    QT_TRANSLATE_NOOP("errors", "'{name}' must be one of: {values}."),
    QT_TRANSLATE_NOOP("errors", "'{name}' must be a date (YYYY-MM-DD)."),
    QT_TRANSLATE_NOOP("errors", "An acceptance with exclusion states the exclusion (1-200 characters)."),
    QT_TRANSLATE_NOOP("errors", "The incapacity period ends before it starts."),
    QT_TRANSLATE_NOOP("errors", "The remark for the case handler is limited to {n} characters."),
    QT_TRANSLATE_NOOP("errors", "'{big}' is not a BIG number (11 digits)."),
    QT_TRANSLATE_NOOP("errors", "A display name has 1-{n} printable characters."),
    QT_TRANSLATE_NOOP("errors", "Only a medical advisor has a BIG number in medunit."),
    QT_TRANSLATE_NOOP("errors", "No BIG number is recorded for {user}; ask the unit administrator to set it."),
    QT_TRANSLATE_NOOP("errors", "There is no draft advice to sign for case {ref}."),
    QT_TRANSLATE_NOOP("errors", "The advice is not signed yet; only a signed advice can be exported."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The remark may contain health data ({words}); edit it, or confirm that it may go to the case handler.",
    ),
    QT_TRANSLATE_NOOP("errors", "The advice cannot be exported: a field holds a value JSON cannot carry."),
    QT_TRANSLATE_NOOP("errors", "'{name}' is not a valid export file name."),
    QT_TRANSLATE_NOOP("errors", "The export folder {path} is not writable: {why}"),
    QT_TRANSLATE_NOOP("errors", "The export folder {path} cannot be created: {why}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "The access report is a plaintext PDF with health data; confirm explicitly that it may be written.",
    ),
    QT_TRANSLATE_NOOP("errors", "No person or case with reference {ref}."),
    QT_TRANSLATE_NOOP("errors", "Unknown contact subject '{value}'; use one of: {values}."),
    QT_TRANSLATE_NOOP("errors", "Unknown contact channel '{value}'; use one of: {values}."),
    QT_TRANSLATE_NOOP("errors", "A contact moment names the department (1-100 characters)."),
    QT_TRANSLATE_NOOP("errors", "A contact moment cannot lie in the future."),
    QT_TRANSLATE_NOOP("errors", "Contact moment {id} does not belong to this case's person."),
    QT_TRANSLATE_NOOP("errors", "Only a phone or chat contact moment can have a recording; this one was by {channel}."),
    QT_TRANSLATE_NOOP("errors", "A recording needs its content (transcript or summary)."),
    QT_TRANSLATE_NOOP("errors", "This conversation is older than {days} days; its recording may no longer be kept."),
    # confidentiality statement and need to know (issue 16)
    QT_TRANSLATE_NOOP(
        "errors",
        "Accept the unit's confidentiality statement first; nothing is shown before. The attempt was logged.",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "The confidentiality statement changed after it was shown; read the current text and accept that."
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Case {ref} belongs to an advisor you do not support. The unit administrator assigns staff to "
        "advisors. The attempt was logged.",
    ),
    QT_TRANSLATE_NOOP("errors", "{user} is not a unit-staff user; only unit staff are assigned to advisors."),
    QT_TRANSLATE_NOOP("errors", "{user} is not a medical advisor of this store."),
    # intake import (advice requests)
    QT_TRANSLATE_NOOP("errors", "Intake refused: line {line}, field '{field}': {problem}"),
    QT_TRANSLATE_NOOP("errors", "A case with reference {ref} was already imported."),
    QT_TRANSLATE_NOOP("errors", "Person {ref} is already known with another name or date of birth; check the intake."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The file {name} is larger than 1 MiB; an advice request is never that large. Nothing was imported.",
    ),
    QT_TRANSLATE_NOOP("errors", "The file {name} is not UTF-8 text; nothing was imported."),
    QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {why}"),
)

#: Shown for anything that is not a MedunitError: the details could hold health data.
INTERNAL_ERROR = str(QT_TRANSLATE_NOOP("errors", "Internal error; details withheld."))


def error_text(exc: BaseException) -> str:
    """The user-facing text of ``exc``: its translated template for a MedunitError, else a generic line."""
    if isinstance(exc, MedunitError):
        template = QCoreApplication.translate("errors", exc.template)
        if not exc.params:
            return template
        params = dict(exc.params)
        if "action" in params:
            params["action"] = action_name(str(params["action"]))
        if "role" in params:
            params["role"] = role_name(str(params["role"]))
        for state in ("current", "target"):  # request states ("A request that is sent cannot become …")
            if state in params:
                params[state] = request_state_name(str(params[state])).lower()
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):  # a translation that names the wrong placeholder
            return exc.message
    return QCoreApplication.translate("errors", INTERNAL_ERROR)

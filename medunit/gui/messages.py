"""Showing errors: the translated one-line message of a MedunitError, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from medunit.errors import MedunitError

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
)

#: Shown for anything that is not a MedunitError: the details could hold health data.
INTERNAL_ERROR = str(QT_TRANSLATE_NOOP("errors", "Internal error; details withheld."))


def error_text(exc: BaseException) -> str:
    """The user-facing text of ``exc``: its translated template for a MedunitError, else a generic line."""
    if isinstance(exc, MedunitError):
        template = QCoreApplication.translate("errors", exc.template)
        if not exc.params:
            return template
        try:
            return template.format(**exc.params)
        except (KeyError, IndexError, ValueError):  # a translation that names the wrong placeholder
            return exc.message
    return QCoreApplication.translate("errors", INTERNAL_ERROR)

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

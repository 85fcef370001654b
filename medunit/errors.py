"""Errors that reach a user.

Every error a user can cause carries a one-line message that is safe to show (it never contains
health data) and the exit code the admin CLI uses for it. The message template is English; the GUI
translates the template before filling in the parameters, so the .ts files hold each template once.
"""

from __future__ import annotations

from typing import Any, ClassVar

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_INTEGRITY = 4


class MedunitError(Exception):
    """Base of all errors that are shown to a user as one clear line."""

    exit_code: ClassVar[int] = EXIT_ERROR

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template


class UsageError(MedunitError):
    exit_code = EXIT_USAGE


class AuthenticationError(MedunitError):
    """Wrong passphrase, unknown user, wrong recovery code, or a slot bound elsewhere."""

    exit_code = EXIT_AUTH


class IntegrityError(MedunitError):
    """The store's files were corrupted or tampered with."""

    exit_code = EXIT_INTEGRITY


class StoreNotFoundError(MedunitError):
    pass


class StoreMovedError(StoreNotFoundError):
    """The folder held a store that ``store migrate`` moved to the unit server; ``url`` says where. Never
    an offer to create a store there: a second store would split the unit's data."""

    @property
    def url(self) -> str:
        return str(self.params.get("url", ""))


class StorageError(MedunitError):
    """The disk, not the data: no space left, read-only media or files, a file that cannot be read, an
    empty database. Exit 1 and a message naming the folder and what to do; never the words of tampering
    (exit 4 is kept for pages that really fail to authenticate)."""


class KeyringUnavailableError(MedunitError):
    pass


class PermissionDeniedError(MedunitError):
    pass


class ValidationError(MedunitError):
    pass


class LeakFindingsError(ValidationError):
    """The advice's free text looks like health data: edit it, or confirm the words (at signing or export)."""


class ConflictError(MedunitError):
    pass


class RowChangedError(ConflictError):
    """Someone else changed (or removed) the row this editor shows since it was read; nothing was written
    (optimistic locking, store/rowlock.py). Editors keep what was typed and offer Reload."""

"""Reading an advice request (intake JSON) chosen in the GUI; the same limits as ``medunit-admin intake import``.

Runs in a worker thread: reading the file and the import both happen off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from medunit.domain.intake import MAX_INTAKE_BYTES
from medunit.errors import UsageError, ValidationError
from medunit.services import intake
from medunit.services.session import Session

TOO_LARGE = "The file {name} is larger than 1 MiB; an advice request is never that large. Nothing was imported."
NOT_UTF8 = "The file {name} is not UTF-8 text; nothing was imported."
CANNOT_READ = "Cannot read {path}: {why}"


def read_intake_file(path: Path, limit: int = MAX_INTAKE_BYTES) -> str:
    """The file's text; refused when larger than ``limit`` bytes (read no further) or not UTF-8."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(limit + 1)
    except OSError as exc:
        raise UsageError(CANNOT_READ, path=str(path), why=exc.strerror or "error") from exc
    if len(raw) > limit:
        raise ValidationError(TOO_LARGE, name=path.name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError(NOT_UTF8, name=path.name) from None


def import_file(session: Session, path: Path) -> str:
    """Read and import one intake file; returns the new case's reference."""
    return intake.import_intake(session, read_intake_file(path))

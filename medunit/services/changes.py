"""The case list's refresh: did another workstation change cases since this window last looked, and which?

One question for both backends: the local file store answers from SQLite's ``PRAGMA data_version`` and a
change table (``store/changes.py``), the unit server from ``LISTEN``/``NOTIFY`` (``store/pg/changes.py``).
The GUI asks on a timer (policy ``ui.refresh_seconds``) and reads the list again only when a case changed.

Why this is no access act of its own: the answer holds case ids only (no person, no content) and is never
shown. What the user then sees comes from ``records.list_cases(..., refresh=True)``, which is checked and
logged like every list read (one entry per refresh, marked as one). A check that finds nothing writes
nothing, so an idle unit's access log does not grow by one entry per workstation every few seconds.
"""

from __future__ import annotations

from medunit.errors import MedunitError
from medunit.services.session import Session
from medunit.store.changes import CaseChanges, ChangeFeed

__all__ = ["CaseChanges", "ChangeWatch", "refresh_seconds"]


def refresh_seconds(session: Session) -> int:
    """How often the case list asks (policy ``ui.refresh_seconds``)."""
    return int(session.policy.get("ui.refresh_seconds"))


class ChangeWatch:
    """What one window asks at each tick, for one session (a new session after unlock gets a new watch)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._feed: ChangeFeed | None = None
        self._connect()

    def _connect(self) -> None:
        try:
            self._feed = self.session.vault.change_feed()
        except MedunitError:  # the store cannot answer now (a disk error): asked again at the next poll
            self._feed = None

    def poll(self) -> CaseChanges | None:
        """The cases changed elsewhere since the last call (falsy when none); None when the answer must wait
        (the session is locked, or its connection busy with a worker's long read): ask again next tick.

        A storage error is not raised here: a timer has nobody to show it to, and the next list read
        (which the user triggers or a real change does) reports it with its message."""
        if not self.session.open:
            self.close()  # the window was locked or closed: the server's listening connection goes too
            return None
        if self._feed is None:
            self._connect()  # what changed while it could not ask is unknown: read the list once
            return None if self._feed is None else CaseChanges(everything=True)
        try:
            return self._feed.poll()
        except MedunitError:
            return None

    def close(self) -> None:
        if self._feed is not None:
            self._feed.close()
            self._feed = None

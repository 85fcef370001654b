"""Which cases changed since a workstation last looked: the case list's refresh, for the local file store.

Why not re-read the list every few seconds: at 100k cases that is a query and an access-log entry per tick
per workstation. Instead each tick asks SQLite's ``PRAGMA data_version``, which costs no page read and
changes only when *another* connection (another process or workstation session) committed. Only then is
``case_changes`` read: a short table that triggers (schema migration 13) fill with the id of every case whose
list columns, person's name or restricted list changed. Most commits change no case (every read appends an
access-log entry), so most changed versions end in "no case changed" and the list is left alone.

The unit server's counterpart (``LISTEN``/``NOTIFY``) is ``store/pg/changes.py``; both answer with
:class:`CaseChanges`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from medunit.store.database import Database

#: How many changes ``case_changes`` keeps (its prune trigger in schema.py); a workstation that missed more
#: (asleep, or busy for a long time while the unit worked) is told that everything may have changed.
CHANGES_KEPT = 4096


@dataclass(frozen=True)
class CaseChanges:
    """The answer to "did cases change since I last looked?": the ids of the changed cases, or ``everything``
    when the feed cannot say which (too many, or the store was restored)."""

    case_ids: frozenset[str] = frozenset()
    everything: bool = False

    def __bool__(self) -> bool:
        return self.everything or bool(self.case_ids)


NOTHING = CaseChanges()


class ChangeFeed(Protocol):
    """What both backends' feeds answer (this module's and ``store/pg/changes.py``'s)."""

    def poll(self) -> CaseChanges | None: ...

    def close(self) -> None: ...


class LocalChangeFeed:
    """Changes made through other connections to one SQLCipher store, asked on this session's connection.

    Changes this connection committed itself do not change its ``data_version``; they are reported with the
    next change from elsewhere (the window that made them already shows them, so at worst it reads the list
    once more)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        with db.lock:
            self._version = self._data_version()
            self._seq = self._last_seq()

    def _data_version(self) -> int:
        return int(self.db.pragma("data_version")[0][0])

    def _last_seq(self) -> int:
        row = self.db.execute("SELECT max(seq) FROM case_changes").fetchone()
        return int(row[0] or 0)

    def poll(self) -> CaseChanges | None:
        """The cases changed since the last call. None when the connection is busy (a worker thread holds it
        for a long read or write): the caller asks again at its next tick rather than wait on the GUI thread."""
        if not self.db.lock.acquire(blocking=False):
            return None
        try:
            version = self._data_version()
            if version == self._version:
                return NOTHING
            self._version = version
            last = self._last_seq()
            if last == self._seq:
                return NOTHING
            if last < self._seq:  # the store was put back (a restore): what changed cannot be told
                self._seq = last
                return CaseChanges(everything=True)
            rows = self.db.execute("SELECT seq, case_id FROM case_changes WHERE seq > ? ORDER BY seq", (self._seq,))
            changed = rows.fetchall()
            # pruned before this workstation looked (or a gap: then it reads the list once more than needed)
            missed = not changed or int(changed[0][0]) != self._seq + 1
            self._seq = int(changed[-1][0]) if changed else last
            if missed:
                return CaseChanges(everything=True)
            return CaseChanges(frozenset(str(r[1]) for r in changed))
        finally:
            self.db.lock.release()

    def close(self) -> None:
        """Nothing to release: the feed asks on the session's own connection."""

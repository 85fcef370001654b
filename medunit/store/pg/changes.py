"""Which cases changed, on the unit server: ``NOTIFY`` from triggers, ``LISTEN`` on a connection of its own.

The counterpart of ``store/changes.py`` (the file store's ``PRAGMA data_version``): every committed change
to what the case list shows (a case's list columns, a case added or deleted, its person's name, its
restricted-to list) sends ``NOTIFY medunit_cases, '<case id>'``. PostgreSQL delivers a notification only
when the transaction commits, once per distinct payload per transaction, and never for a rollback. A
workstation listens on a connection of its own (the working connection is busy with transactions, and a
notification is delivered between them) and asks it without blocking: ``notifies(timeout=0)`` reads what
already arrived on the socket and returns at once, so the GUI's timer never waits for the server.

The triggers are on the file store's tables as the server has them (schema ``medunit``, ``store/pg/ddl.py``):
``cases``, ``persons`` and ``case_access``; ``ddl.install`` creates them with the schema (``NOTIFY_DDL``).

What any login role learns by listening: the ids of changed cases (restricted ones included), no name and
no content (``docs/unit-server.md``, "What the server shows its operators").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
from psycopg import sql

from medunit.errors import MedunitError
from medunit.store.changes import NOTHING, CaseChanges

#: The channel the triggers notify and the workstations listen on.
CHANNEL = "medunit_cases"

#: The case list's columns in ``cases`` (an update of another column, e.g. sealed content, is no change).
_LISTED_COLUMNS = "reference, person_id, case_type, status, received_at, assigned_advisor, restricted"

#: The notify function and its triggers, run by ``ddl.install`` as the schema's owner after the tables
#: (``ddl.EXTRA_DDL``). The function is the owner's (``SECURITY DEFINER``), so it sees every case of a
#: person whatever the changing login may see.
NOTIFY_DDL: list[str] = [
    f"""CREATE FUNCTION medunit.notify_case_list() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
       BEGIN
           IF TG_TABLE_NAME = 'cases' THEN
               PERFORM pg_notify('{CHANNEL}', (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END)::text);
           ELSIF TG_TABLE_NAME = 'case_access' THEN
               PERFORM pg_notify('{CHANNEL}', (CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END)::text);
           ELSE  -- persons: every case of the person shows the name
               PERFORM pg_notify('{CHANNEL}', c.id::text) FROM medunit.cases c WHERE c.person_id = NEW.id;
           END IF;
           RETURN NULL;
       END $$""",
    f"""CREATE TRIGGER cases_list_changed AFTER INSERT OR DELETE OR UPDATE OF {_LISTED_COLUMNS} ON medunit.cases
       FOR EACH ROW EXECUTE FUNCTION medunit.notify_case_list()""",
    """CREATE TRIGGER persons_list_changed AFTER UPDATE OF reference, given_names, family_name ON medunit.persons
       FOR EACH ROW EXECUTE FUNCTION medunit.notify_case_list()""",
    """CREATE TRIGGER case_access_list_changed AFTER INSERT OR DELETE ON medunit.case_access
       FOR EACH ROW EXECUTE FUNCTION medunit.notify_case_list()""",
]


class ServerChangeFeed:
    """The cases other workstations changed, told by the server (``LISTEN``) on a connection of this feed's.

    ``connect`` opens that connection (autocommit; through ``store/pg/connect.py``, so the network guard
    admits it). When the connection is lost (server restart, network) notifications sent meanwhile are gone:
    the next poll connects again and answers "everything may have changed", so the list is read once."""

    def __init__(self, connect: Callable[[], psycopg.Connection[Any]]) -> None:
        self._connect = connect
        self._conn: psycopg.Connection[Any] | None = self._listen()

    def _listen(self) -> psycopg.Connection[Any]:
        conn = self._connect()
        conn.autocommit = True
        conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(CHANNEL)))
        return conn

    def poll(self) -> CaseChanges | None:
        """The cases changed (and committed) since the last call; never waits for the server."""
        if self._conn is None or self._conn.closed:
            try:
                self._conn = self._listen()
            except (psycopg.Error, MedunitError):
                self._conn = None
                return None  # still unreachable: ask again at the next tick
            return CaseChanges(everything=True)
        try:
            ids = frozenset(n.payload for n in self._conn.notifies(timeout=0) if n.channel == CHANNEL)
        except psycopg.OperationalError:
            self._conn.close()
            self._conn = None
            return self.poll()
        return CaseChanges(ids) if ids else NOTHING

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

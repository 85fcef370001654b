"""Schema versions, applied forward with ``PRAGMA user_version``.

Each migration is a list of statements that takes the schema from version N-1 to N; never edit a
released migration, add the next one. Tests build every version and migrate it to the newest.
"""

from __future__ import annotations

from medunit.store.database import Database

MIGRATIONS: list[list[str]] = [
    # 1: store metadata and users
    [
        """CREATE TABLE meta (
               key TEXT PRIMARY KEY,
               value TEXT NOT NULL
           ) STRICT""",
        """CREATE TABLE users (
               id INTEGER PRIMARY KEY,
               name TEXT NOT NULL UNIQUE,
               role TEXT NOT NULL,
               created_at TEXT NOT NULL,
               created_by TEXT
           ) STRICT""",
    ],
    # 2: persons, cases, health entries, attachments, criminal-record compartment, access log
    [
        """CREATE TABLE persons (
               id INTEGER PRIMARY KEY,
               reference TEXT NOT NULL UNIQUE,
               given_names TEXT NOT NULL,
               family_name TEXT NOT NULL,
               date_of_birth TEXT NOT NULL,
               bsn TEXT,
               bsn_legal_basis TEXT,
               CHECK ((bsn IS NULL) = (bsn_legal_basis IS NULL))
           ) STRICT""",
        """CREATE TABLE cases (
               id INTEGER PRIMARY KEY,
               reference TEXT NOT NULL UNIQUE,
               person_id INTEGER NOT NULL REFERENCES persons(id),
               case_type TEXT NOT NULL,
               status TEXT NOT NULL,
               question TEXT NOT NULL,
               received_at TEXT NOT NULL,
               assigned_advisor TEXT,
               restricted INTEGER NOT NULL DEFAULT 0,
               created_at TEXT NOT NULL,
               created_by TEXT NOT NULL
           ) STRICT""",
        "CREATE INDEX cases_person ON cases(person_id)",
        "CREATE INDEX cases_filter ON cases(status, case_type, assigned_advisor)",
        "CREATE INDEX cases_received ON cases(received_at)",
        """CREATE TABLE case_access (
               case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
               user_name TEXT NOT NULL,
               PRIMARY KEY (case_id, user_name)
           ) STRICT, WITHOUT ROWID""",
        """CREATE TABLE health_entries (
               id INTEGER PRIMARY KEY,
               case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
               kind TEXT NOT NULL,
               text TEXT NOT NULL,
               recorded_at TEXT NOT NULL,
               recorded_by TEXT NOT NULL
           ) STRICT""",
        "CREATE INDEX entries_case ON health_entries(case_id, recorded_at)",
        """CREATE TABLE attachments (
               id INTEGER PRIMARY KEY,
               case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
               filename TEXT NOT NULL,
               media_type TEXT NOT NULL,
               size INTEGER NOT NULL,
               sha256 TEXT NOT NULL,
               created_at TEXT NOT NULL,
               created_by TEXT NOT NULL
           ) STRICT""",
        "CREATE INDEX attachments_case ON attachments(case_id)",
        """CREATE TABLE attachment_chunks (
               attachment_id INTEGER NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
               seq INTEGER NOT NULL,
               data BLOB NOT NULL,
               PRIMARY KEY (attachment_id, seq)
           ) STRICT, WITHOUT ROWID""",
        """CREATE TABLE criminal_records (
               id INTEGER PRIMARY KEY,
               person_id INTEGER NOT NULL REFERENCES persons(id),
               fact_date TEXT NOT NULL,
               sealed BLOB NOT NULL,
               recorded_at TEXT NOT NULL,
               recorded_by TEXT NOT NULL
           ) STRICT""",
        "CREATE INDEX criminal_person ON criminal_records(person_id)",
        """CREATE TABLE access_log (
               seq INTEGER PRIMARY KEY,
               at TEXT NOT NULL,
               user_name TEXT NOT NULL,
               role TEXT NOT NULL,
               responsible TEXT NOT NULL,
               action TEXT NOT NULL,
               person_ref TEXT,
               case_ref TEXT,
               record_ids TEXT NOT NULL,
               reason TEXT,
               basis TEXT,
               emergency INTEGER NOT NULL,
               workstation TEXT NOT NULL,
               outcome TEXT NOT NULL,
               prev_hash BLOB NOT NULL,
               hash BLOB NOT NULL,
               mac BLOB NOT NULL
           ) STRICT""",
        "CREATE INDEX access_log_person ON access_log(person_ref)",
        "CREATE INDEX access_log_case ON access_log(case_ref)",
        """CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
           BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END""",
        """CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
           BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END""",
    ],
]

LATEST = len(MIGRATIONS)


class SchemaTooNewError(Exception):
    pass


def schema_version(db: Database) -> int:
    return int(db.pragma("user_version")[0][0])


def migrate(db: Database, target: int = LATEST) -> int:
    """Bring the schema to ``target``; returns the version it started from."""
    start = schema_version(db)
    if start > LATEST:
        raise SchemaTooNewError(f"schema version {start} is newer than this medunit ({LATEST})")
    for version in range(start + 1, target + 1):
        with db.transaction():
            for stmt in MIGRATIONS[version - 1]:
                db.execute(stmt)
            db.execute(f"PRAGMA user_version = {version}")
    return start

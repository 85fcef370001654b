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
    # 3: consent ledger, doctor information requests, advice, contact moments, case closing date
    [
        "ALTER TABLE cases ADD COLUMN closed_at TEXT",
        """CREATE TABLE consents (
               id INTEGER PRIMARY KEY,
               case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
               addressee_name TEXT NOT NULL,
               addressee_institution TEXT NOT NULL,
               addressee_specialism TEXT NOT NULL,
               addressee_agb TEXT,
               categories TEXT NOT NULL,
               method TEXT NOT NULL,
               evidence_attachment_id INTEGER REFERENCES attachments(id),
               digital_reference TEXT,
               obtained_at TEXT NOT NULL,
               valid_until TEXT NOT NULL,
               recorded_at TEXT NOT NULL,
               recorded_by TEXT NOT NULL
           ) STRICT""",
        "CREATE INDEX consents_case ON consents(case_id)",
        """CREATE TABLE consent_events (
               id INTEGER PRIMARY KEY,
               consent_id INTEGER NOT NULL REFERENCES consents(id) ON DELETE CASCADE,
               kind TEXT NOT NULL,
               at TEXT NOT NULL,
               recorded_by TEXT NOT NULL
           ) STRICT""",
        "CREATE INDEX consent_events_consent ON consent_events(consent_id)",
        """CREATE TRIGGER consents_append_only BEFORE UPDATE ON consents
           BEGIN SELECT RAISE(ABORT, 'consents are append-only: record an event'); END""",
        """CREATE TRIGGER consent_events_append_only BEFORE UPDATE ON consent_events
           BEGIN SELECT RAISE(ABORT, 'consent events are append-only'); END""",
        """CREATE TABLE info_requests (
               id INTEGER PRIMARY KEY,
               case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
               consent_id INTEGER NOT NULL REFERENCES consents(id),
               addressee_name TEXT NOT NULL,
               addressee_institution TEXT NOT NULL,
               addressee_specialism TEXT NOT NULL,
               addressee_agb TEXT,
               questions TEXT NOT NULL,
               state TEXT NOT NULL,
               created_at TEXT NOT NULL,
               created_by TEXT NOT NULL,
               sent_at TEXT,
               sent_by TEXT,
               sent_consent_id INTEGER REFERENCES consents(id),
               answered_at TEXT,
               answer_entry_id INTEGER REFERENCES health_entries(id),
               cancelled_at TEXT
           ) STRICT""",
        "CREATE INDEX info_requests_case ON info_requests(case_id)",
        """CREATE TABLE advice (
               id INTEGER PRIMARY KEY,
               case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
               version INTEGER NOT NULL,
               supersedes_id INTEGER REFERENCES advice(id),
               outcome TEXT NOT NULL,
               remark TEXT NOT NULL,
               state TEXT NOT NULL,
               drafted_by TEXT NOT NULL,
               drafted_at TEXT NOT NULL,
               signed_by TEXT,
               signed_big TEXT,
               signed_at TEXT,
               content_hash TEXT,
               UNIQUE (case_id, version)
           ) STRICT""",
        """CREATE TRIGGER advice_signed_immutable BEFORE UPDATE ON advice WHEN OLD.state = 'signed'
           BEGIN SELECT RAISE(ABORT, 'a signed advice is immutable: write a new version'); END""",
        """CREATE TABLE contacts (
               id INTEGER PRIMARY KEY,
               person_id INTEGER NOT NULL REFERENCES persons(id),
               case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,
               subject TEXT NOT NULL,
               at TEXT NOT NULL,
               department TEXT NOT NULL,
               channel TEXT NOT NULL,
               recorded_by TEXT NOT NULL
           ) STRICT""",
        "CREATE INDEX contacts_person ON contacts(person_id, at)",
        "CREATE INDEX entries_kind ON health_entries(kind, recorded_at)",
        "CREATE INDEX cases_closed ON cases(closed_at)",
    ],
    # 4: the case list's filters sorted by date without a temporary sort (benchmarks: filter 25 ms → see
    #    docs/benchmarks.md at 10k cases)
    [
        "CREATE INDEX cases_status_received ON cases(status, received_at)",
        "CREATE INDEX cases_type_received ON cases(case_type, received_at)",
        "CREATE INDEX cases_advisor_received ON cases(assigned_advisor, received_at)",
    ],
    # 5: consent expiry at unlock looks only at consents that expired since the last run (100k cases:
    #    a full scan of 99 ms on every unlock before)
    [
        "CREATE INDEX consents_valid_until ON consents(valid_until)",
    ],
    # 6 (issue 14, advisor profile and leak check at signing): a user's display name and a medical
    #    advisor's BIG number, set by the unit administrator, so nobody types the BIG number at signing;
    #    the leak-check words the advisor confirmed when signing (JSON list), so the export does not ask again
    [
        "ALTER TABLE users ADD COLUMN display_name TEXT",
        "ALTER TABLE users ADD COLUMN big_number TEXT",
        "ALTER TABLE advice ADD COLUMN confirmed_findings TEXT",
    ],
    # 7 (performance, issue 15): the case list's text search walks cases in date order; with the
    #    reference, person id and restricted flag in the date index it reads no case row until one
    #    matches (100k cases: p95 of a filter keystroke, docs/benchmarks.md). Replaces the date index.
    [
        "CREATE INDEX cases_list ON cases(received_at, id, reference, person_id, restricted)",
        "DROP INDEX cases_received",
    ],
    # 8 (issue 16): phone channel — a recording (a health entry of kind 'recording') linked to its contact moment;
    #    the link goes with the recording when retention purges it, the contact moment stays
    [
        """CREATE TABLE recording_contacts (
               entry_id INTEGER PRIMARY KEY REFERENCES health_entries(id) ON DELETE CASCADE,
               contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE
           ) STRICT""",
        "CREATE INDEX recording_contacts_contact ON recording_contacts(contact_id)",
    ],
    # 9 (issue 16): need to know for unit staff — the advisors each staff member supports (access.staff_scope "team")
    [
        """CREATE TABLE staff_advisors (
               staff TEXT NOT NULL,
               advisor TEXT NOT NULL,
               assigned_at TEXT NOT NULL,
               assigned_by TEXT NOT NULL,
               PRIMARY KEY (staff, advisor)
           ) STRICT, WITHOUT ROWID""",
    ],
    # 10 (issue 16): confidentiality acknowledgement — who accepted which version of the unit's statement, when
    [
        """CREATE TABLE acknowledgements (
               id INTEGER PRIMARY KEY,
               user_name TEXT NOT NULL,
               version TEXT NOT NULL,
               accepted_at TEXT NOT NULL
           ) STRICT""",
        "CREATE INDEX acknowledgements_user ON acknowledgements(user_name, id)",
        """CREATE TRIGGER acknowledgements_append_only BEFORE UPDATE ON acknowledgements
           BEGIN SELECT RAISE(ABORT, 'acknowledgements are append-only'); END""",
    ],
    # 11: personal signatures on the access log (issue 11 "a log insiders cannot rewrite"): each transaction's
    #    last entry carries the acting user's Ed25519 signature over the chain head; log_keys holds each
    #    user's public log key certified by the unit CA, insert-only like the log itself
    [
        "ALTER TABLE access_log ADD COLUMN signer TEXT",
        "ALTER TABLE access_log ADD COLUMN sig BLOB",
        """CREATE TABLE log_keys (
               key_id TEXT PRIMARY KEY,
               user_name TEXT NOT NULL,
               public_key BLOB NOT NULL,
               since_seq INTEGER NOT NULL,
               certificate BLOB NOT NULL
           ) STRICT""",
        """CREATE TRIGGER log_keys_no_update BEFORE UPDATE ON log_keys
           BEGIN SELECT RAISE(ABORT, 'log keys are insert-only'); END""",
        """CREATE TRIGGER log_keys_no_delete BEFORE DELETE ON log_keys
           BEGIN SELECT RAISE(ABORT, 'log keys are insert-only'); END""",
        # advisors' document-signing certificates issued by the unit CA, and their revocations
        """CREATE TABLE signing_certs (
               serial TEXT PRIMARY KEY,
               user_name TEXT NOT NULL,
               certificate BLOB NOT NULL,
               issued_at TEXT NOT NULL,
               revoked_at TEXT
           ) STRICT""",
        """CREATE TRIGGER signing_certs_revoke_only BEFORE UPDATE ON signing_certs
           WHEN OLD.revoked_at IS NOT NULL OR NEW.serial != OLD.serial OR NEW.certificate != OLD.certificate
           BEGIN SELECT RAISE(ABORT, 'a certificate is only ever revoked'); END""",
        """CREATE TRIGGER signing_certs_no_delete BEFORE DELETE ON signing_certs
           BEGIN SELECT RAISE(ABORT, 'certificates are kept'); END""",
    ],
    # 12 (capabilities are keys, issue 11): each restricted case's own key, sealed (X25519 envelope) to
    #    the slots of the users it is restricted to and to the unit's glass key (break-the-glass). The
    #    content itself is sealed in its own columns (store/content.py); a store from an older version is
    #    converted at the first unlock by a holder of the health key (services/sealing.py).
    [
        """CREATE TABLE case_keys (
               case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
               holder TEXT NOT NULL,
               envelope BLOB NOT NULL,
               PRIMARY KEY (case_id, holder)
           ) STRICT, WITHOUT ROWID""",
        "CREATE INDEX case_keys_holder ON case_keys(holder)",
    ],
    # 13 (issue 12 point 4, the case list's refresh): which cases changed, so another workstation's case list
    #    shows them within ui.refresh_seconds without reading the cases table (store/changes.py). Triggers
    #    note every change of what the list shows (a case's list columns, its person's name, its restricted
    #    list); the last CHANGES_KEPT are kept (pruned every 256th). Ids only: no name, no content.
    [
        # seq only grows: the prune trigger never deletes the newest row, so max(seq) + 1 is never reused
        "CREATE TABLE case_changes (seq INTEGER PRIMARY KEY, case_id INTEGER NOT NULL) STRICT",
        """CREATE TRIGGER case_changes_prune AFTER INSERT ON case_changes WHEN NEW.seq % 256 = 0
           BEGIN DELETE FROM case_changes WHERE seq <= NEW.seq - 4096; END""",
        """CREATE TRIGGER cases_changed_insert AFTER INSERT ON cases
           BEGIN INSERT INTO case_changes (case_id) VALUES (NEW.id); END""",
        """CREATE TRIGGER cases_changed_update AFTER UPDATE OF reference, person_id, case_type, status,
               received_at, assigned_advisor, restricted ON cases
           BEGIN INSERT INTO case_changes (case_id) VALUES (NEW.id); END""",
        """CREATE TRIGGER cases_changed_delete AFTER DELETE ON cases
           BEGIN INSERT INTO case_changes (case_id) VALUES (OLD.id); END""",
        """CREATE TRIGGER persons_changed AFTER UPDATE OF reference, given_names, family_name ON persons
           BEGIN INSERT INTO case_changes (case_id) SELECT id FROM cases WHERE person_id = NEW.id; END""",
        """CREATE TRIGGER case_access_added AFTER INSERT ON case_access
           BEGIN INSERT INTO case_changes (case_id) VALUES (NEW.case_id); END""",
        """CREATE TRIGGER case_access_removed AFTER DELETE ON case_access
           BEGIN INSERT INTO case_changes (case_id) VALUES (OLD.case_id); END""",
    ],
    # 14 (optimistic locking, issue 12 point 4): every row a user edits after creating it carries the
    #    version the editor read, who changed it last and when; an UPDATE names the version it read and
    #    bumps it, so a second editor gets "changed by <user> at <time>; reload" instead of overwriting
    #    (store/rowlock.py). ``row_version``, not ``version``: advice already has a version (its amendment
    #    number). Consents are append-only events and need no column (services/consents.py).
    [
        f"ALTER TABLE {table} ADD COLUMN {column}"
        for table in ("users", "persons", "cases", "info_requests", "advice")
        for column in ("row_version INTEGER NOT NULL DEFAULT 1", "changed_by TEXT", "changed_at TEXT")
    ],
    # Issue 15 (the write path): the retention purge's index holds recordings only. entries_kind indexed
    # every entry by (kind, recorded_at), in date order, so each entry written dirtied a random leaf page:
    # at 100k cases more than half the pages a commit of 1,000 cases wrote, each encrypted and MACed by
    # SQLCipher (docs/benchmarks.md, change 18). Its one reader, the purge's "recordings recorded before"
    # (store/workflow.py), is served by a partial index that only recordings (3 % of entries) write to.
    [
        "DROP INDEX entries_kind",
        "CREATE INDEX entries_recordings ON health_entries(recorded_at) WHERE kind = 'recording'",
    ],
]

LATEST = len(MIGRATIONS)


class SchemaTooNewError(Exception):
    pass


def schema_version(db: Database) -> int:
    if db.dialect == "postgresql":  # set by ``server init`` (store/pg/ddl.py), which creates the latest schema
        row = db.execute("SELECT value FROM server_settings WHERE name = 'schema_version'").fetchone()
        return int(row[0]) if row else 0
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

"""The unit server's schema: tables that hold only ciphertext, key slots and metadata, and the rules the
server enforces whatever a client does.

Who is who on the server:

- ``<unit>_owner`` (NOLOGIN) owns every table and function; nobody is a member of it, so no login role
  can alter the tables, disable their triggers or bypass row-level security;
- one group role per medunit role (``<unit>_medical_advisor``, ``<unit>_unit_staff``, …) holds the grants;
- one login role per medunit user (``<unit>.<user>``), member of its role's group role only.

What the server enforces:

- **content** (case questions, health entries, letters, advice drafts, …) is sealed on the client
  (AES-256-GCM under the capability keys of the key hierarchy) before it is written, and no role holds
  any privilege on the content table: content leaves the server only through ``request_read`` +
  ``fetch_content``. ``request_read`` appends the access-log row (granted or denied) and hands out a
  one-time ticket; ``fetch_content`` returns the ciphertext only when the transaction that wrote that log
  row has *committed* (``pg_xact_status``). Writing the log row "in the same transaction" is not enough
  on its own: a client could receive the rows and then roll the transaction back, log row included.
- **restricted cases** are invisible (row-level security on ``cases``) to everyone not on their list,
  and ``request_read`` refuses (and logs) a read of their content.
- **the access log** is INSERT-only for every login role, the unit admin's included: no role is granted
  UPDATE, DELETE or TRUNCATE, and triggers refuse them even for the owner. A BEFORE INSERT trigger fills
  in who (``session_user``: the client cannot claim another name), when (the server's clock), the
  sequence number and the SHA-256 chain link to the previous row, serialised on the chain head row.
  ``verify_log()`` recomputes the chain. Clients append their own entries with a plain INSERT, but not the
  kinds the server's functions write (a forged granted ``content.read`` would otherwise be a ticket).
- **optimistic locking**: every editable row carries ``version``, ``changed_by`` and ``changed_at``; a
  write naming an older version is refused with "changed by <user> at <time>; reload".
"""

from __future__ import annotations

import re
from typing import Any

import psycopg
from psycopg import sql

from medunit.domain.roles import Role

SCHEMA_VERSION = 1
#: SQLSTATE of medunit's own refusals (class 'MU' is free for applications).
CONFLICT_STATE = "MU409"
DENIED_STATE = "MU403"

_UNIT = re.compile(r"^[a-z][a-z0-9_]{0,30}$")

_TABLES = """
CREATE SCHEMA medunit;
CREATE TABLE medunit.settings (name text PRIMARY KEY, value text NOT NULL);
CREATE TABLE medunit.users (
    name text PRIMARY KEY,
    role text NOT NULL,
    login text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
-- key slots as in the file store: each sealed to a passphrase (and workstation); opaque to the server
CREATE TABLE medunit.key_slots (
    slot_id text PRIMARY KEY,
    user_name text REFERENCES medunit.users(name),
    generation integer NOT NULL,
    sealed bytea NOT NULL
);
-- metadata every role needs for the case list; the person's identity is sealed under the data key
CREATE TABLE medunit.cases (
    id uuid PRIMARY KEY,
    reference text NOT NULL UNIQUE,
    case_type text NOT NULL,
    status text NOT NULL,
    person_sealed bytea NOT NULL,
    restricted_to text[],
    version integer NOT NULL DEFAULT 1,
    changed_by text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX cases_changed ON medunit.cases(changed_at);  -- the case list's first page, newest first
CREATE TABLE medunit.content (
    id uuid PRIMARY KEY,
    case_id uuid NOT NULL REFERENCES medunit.cases(id),
    kind text NOT NULL,
    key_id text NOT NULL,
    sealed bytea NOT NULL,
    version integer NOT NULL DEFAULT 1,
    changed_by text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX content_case ON medunit.content(case_id);
CREATE TABLE medunit.access_log (
    seq bigint PRIMARY KEY,
    at timestamptz NOT NULL,
    login text NOT NULL,
    medunit_user text,
    action text NOT NULL,
    case_id uuid,
    record_id uuid,
    reason text,
    workstation text,
    granted boolean NOT NULL,
    xact xid8 NOT NULL,
    prev_hash bytea NOT NULL,
    hash bytea NOT NULL
);
CREATE INDEX access_log_record ON medunit.access_log(record_id);
CREATE TABLE medunit.log_head (
    id integer PRIMARY KEY CHECK (id = 1),
    seq bigint NOT NULL,
    hash bytea NOT NULL
);
INSERT INTO medunit.log_head VALUES (1, 0, sha256('medunit access log'::bytea));
CREATE TABLE medunit.read_tickets (seq bigint PRIMARY KEY REFERENCES medunit.access_log(seq));
"""

_FUNCTIONS = r"""
CREATE FUNCTION medunit.me() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = medunit, pg_temp AS $$
    SELECT name FROM medunit.users WHERE login = session_user
$$;

CREATE FUNCTION medunit.acts_as(role text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = medunit, pg_temp AS $$
    SELECT pg_has_role(session_user,
                       (SELECT value FROM medunit.settings WHERE name = 'unit') || '_' || replace(role, '-', '_'),
                       'MEMBER')
$$;

CREATE FUNCTION medunit.may_see(c medunit.cases) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = medunit, pg_temp AS $$
    SELECT c.restricted_to IS NULL OR medunit.me() = ANY (c.restricted_to)
$$;

CREATE FUNCTION medunit.log_link(r medunit.access_log) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT sha256(r.prev_hash || convert_to(concat_ws(E'\x1f', r.seq::text,
        to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), r.login, coalesce(r.medunit_user, ''),
        r.action, coalesce(r.case_id::text, ''), coalesce(r.record_id::text, ''), coalesce(r.reason, ''),
        coalesce(r.workstation, ''), r.granted::text, r.xact::text), 'UTF8'))
$$;

CREATE FUNCTION medunit.chain_log() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = medunit, pg_temp AS $$
DECLARE
    head medunit.log_head;
BEGIN
    SELECT * INTO head FROM medunit.log_head WHERE id = 1 FOR UPDATE;
    NEW.seq := head.seq + 1;
    NEW.at := clock_timestamp();
    NEW.login := session_user;
    NEW.medunit_user := medunit.me();
    NEW.xact := pg_current_xact_id();
    NEW.prev_hash := head.hash;
    NEW.hash := medunit.log_link(NEW);
    UPDATE medunit.log_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
    RETURN NEW;
END $$;

-- not SECURITY DEFINER on purpose: current_user is the login role for a client's own INSERT and the owner
-- inside the server's functions, so only those can write the entries fetch_content trusts
CREATE FUNCTION medunit.reserve_server_actions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.action IN ('content.read', 'content.write', 'case.create') AND current_user <> (
           SELECT tableowner FROM pg_catalog.pg_tables WHERE schemaname = 'medunit' AND tablename = 'access_log') THEN
        RAISE EXCEPTION 'log entries of kind % are written by the server only', NEW.action USING ERRCODE = 'MU403';
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION medunit.refuse_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the access log is append-only: % refused', TG_OP USING ERRCODE = 'MU403';
END $$;

-- BEFORE triggers fire in name order: access_log_a_reserved before access_log_chain
CREATE TRIGGER access_log_a_reserved BEFORE INSERT ON medunit.access_log
    FOR EACH ROW EXECUTE FUNCTION medunit.reserve_server_actions();
CREATE TRIGGER access_log_chain BEFORE INSERT ON medunit.access_log
    FOR EACH ROW EXECUTE FUNCTION medunit.chain_log();
CREATE TRIGGER access_log_no_update BEFORE UPDATE OR DELETE ON medunit.access_log
    FOR EACH ROW EXECUTE FUNCTION medunit.refuse_log_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON medunit.access_log
    FOR EACH STATEMENT EXECUTE FUNCTION medunit.refuse_log_change();

CREATE FUNCTION medunit.append_log(action text, case_id uuid, record_id uuid, reason text, workstation text,
                                   granted boolean) RETURNS bigint LANGUAGE sql SECURITY DEFINER
SET search_path = medunit, pg_temp AS $$
    INSERT INTO medunit.access_log (seq, at, login, action, case_id, record_id, reason, workstation, granted,
                                    xact, prev_hash, hash)
    VALUES (0, now(), '', action, case_id, record_id, reason, workstation, granted, '0', '', '')
    RETURNING seq
$$;

CREATE FUNCTION medunit.verify_log() RETURNS bigint LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = medunit, pg_temp AS $$
DECLARE
    r medunit.access_log;
    prev bytea := sha256('medunit access log'::bytea);
    expected bigint := 1;
    head medunit.log_head;
BEGIN
    FOR r IN SELECT * FROM medunit.access_log ORDER BY seq LOOP
        IF r.seq <> expected OR r.prev_hash <> prev OR r.hash <> medunit.log_link(r) THEN
            RETURN expected;
        END IF;
        prev := r.hash;
        expected := expected + 1;
    END LOOP;
    SELECT * INTO head FROM medunit.log_head WHERE id = 1;
    IF head.seq <> expected - 1 OR head.hash <> prev THEN
        RETURN expected;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION medunit.create_case(id uuid, reference text, case_type text, status text, person_sealed bytea,
                                    restricted_to text[], workstation text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = medunit, pg_temp AS $$
BEGIN
    IF NOT (medunit.acts_as('medical-advisor') OR medunit.acts_as('unit-staff')) THEN
        PERFORM medunit.append_log('case.create', id, NULL, NULL, workstation, false);
        RETURN;
    END IF;
    INSERT INTO medunit.cases (id, reference, case_type, status, person_sealed, restricted_to, changed_by)
    VALUES (id, reference, case_type, status, person_sealed, restricted_to, medunit.me());
    PERFORM medunit.append_log('case.create', id, NULL, NULL, workstation, true);
END $$;

CREATE FUNCTION medunit.put_content(id uuid, case_id uuid, kind text, key_id text, sealed bytea,
                                    expected_version integer, workstation text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = medunit, pg_temp AS $$
DECLARE
    c medunit.cases;
    old medunit.content;
BEGIN
    SELECT * INTO c FROM medunit.cases WHERE cases.id = put_content.case_id;
    IF NOT FOUND OR NOT medunit.may_see(c)
       OR NOT (medunit.acts_as('medical-advisor') OR medunit.acts_as('unit-staff')) THEN
        PERFORM medunit.append_log('content.write', put_content.case_id, id, NULL, workstation, false);
        RETURN NULL;
    END IF;
    SELECT * INTO old FROM medunit.content WHERE content.id = put_content.id FOR UPDATE;
    IF NOT FOUND THEN
        IF expected_version IS NOT NULL THEN
            RAISE EXCEPTION 'record % does not exist', id USING ERRCODE = 'MU409';
        END IF;
        INSERT INTO medunit.content (id, case_id, kind, key_id, sealed, changed_by)
        VALUES (id, put_content.case_id, kind, key_id, sealed, medunit.me());
        PERFORM medunit.append_log('content.write', put_content.case_id, id, NULL, workstation, true);
        RETURN 1;
    END IF;
    IF old.case_id <> put_content.case_id OR expected_version IS DISTINCT FROM old.version THEN
        RAISE EXCEPTION 'changed by % at %; reload', old.changed_by,
              to_char(old.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS "UTC"')
              USING ERRCODE = 'MU409';
    END IF;
    UPDATE medunit.content SET kind = put_content.kind, key_id = put_content.key_id, sealed = put_content.sealed,
           version = old.version + 1, changed_by = medunit.me(), changed_at = clock_timestamp()
     WHERE content.id = put_content.id;
    PERFORM medunit.append_log('content.write', put_content.case_id, id, NULL, workstation, true);
    RETURN old.version + 1;
END $$;

CREATE FUNCTION medunit.request_read(record uuid, reason text, workstation text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = medunit, pg_temp AS $$
DECLARE
    c medunit.cases;
    cid uuid;
    ok boolean;
BEGIN
    SELECT content.case_id INTO cid FROM medunit.content WHERE content.id = record;
    SELECT * INTO c FROM medunit.cases WHERE cases.id = cid;
    ok := FOUND AND medunit.may_see(c)
          AND (medunit.acts_as('medical-advisor') OR medunit.acts_as('unit-staff'));
    IF ok THEN
        RETURN medunit.append_log('content.read', cid, record, reason, workstation, true);
    END IF;
    PERFORM medunit.append_log('content.read', NULL, record, reason, workstation, false);
    RETURN NULL;
END $$;

CREATE FUNCTION medunit.fetch_content(ticket bigint)
RETURNS TABLE (id uuid, case_id uuid, kind text, key_id text, sealed bytea, version integer, changed_by text,
               changed_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = medunit, pg_temp AS $$
DECLARE
    entry medunit.access_log;
BEGIN
    SELECT * INTO entry FROM medunit.access_log WHERE seq = ticket;
    IF NOT FOUND OR entry.login <> session_user OR entry.action <> 'content.read' OR NOT entry.granted THEN
        RAISE EXCEPTION 'no granted read request %', ticket USING ERRCODE = 'MU403';
    END IF;
    IF pg_xact_status(entry.xact) IS DISTINCT FROM 'committed' THEN
        RAISE EXCEPTION 'the read request''s log entry is not committed yet' USING ERRCODE = 'MU403';
    END IF;
    INSERT INTO medunit.read_tickets VALUES (ticket);  -- a ticket is good for one fetch
    RETURN QUERY SELECT c.id, c.case_id, c.kind, c.key_id, c.sealed, c.version, c.changed_by, c.changed_at
                   FROM medunit.content c WHERE c.id = entry.record_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'record % no longer exists', entry.record_id USING ERRCODE = 'MU409';
    END IF;
EXCEPTION WHEN unique_violation THEN
    RAISE EXCEPTION 'read request % was already used' , ticket USING ERRCODE = 'MU403';
END $$;

CREATE FUNCTION medunit.notify_case_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('medunit_cases', NEW.id::text);
    RETURN NEW;
END $$;
CREATE TRIGGER cases_notify AFTER INSERT OR UPDATE ON medunit.cases
    FOR EACH ROW EXECUTE FUNCTION medunit.notify_case_change();

ALTER TABLE medunit.cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY cases_visible ON medunit.cases FOR SELECT USING (medunit.may_see(cases));
ALTER TABLE medunit.content ENABLE ROW LEVEL SECURITY;  -- no policy: no row for any role but the owner
ALTER TABLE medunit.key_slots ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_slot ON medunit.key_slots FOR SELECT USING (user_name = medunit.me());
"""

#: What each group role may touch directly (everything else goes through the functions above).
#: append_log is the server functions' own: clients log with a plain INSERT (who/when/chain set by the server),
#: and may not write the kinds of entry fetch_content trusts (a forged granted 'content.read' would be a ticket).
_EVERYONE_FUNCTIONS = ("me()", "may_see(medunit.cases)")
_CONTENT_FUNCTIONS = (
    "create_case(uuid, text, text, text, bytea, text[], text)",
    "put_content(uuid, uuid, text, text, bytea, integer, text)",
    "request_read(uuid, text, text)",
    "fetch_content(bigint)",
)


def group_role(unit: str, role: Role) -> str:
    return f"{unit}_{role.value.replace('-', '_')}"


def login_role(unit: str, user: str) -> str:
    return f"{unit}.{user}"


def check_unit(unit: str) -> str:
    if not _UNIT.match(unit):
        raise ValueError(f"unit name {unit!r}: lower-case letters, digits and '_', starting with a letter")
    return unit


def is_initialised(conn: psycopg.Connection[Any]) -> bool:
    """Whether the connected database already holds a unit server's schema."""
    return conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = 'medunit'").fetchone() is not None


def user_exists(conn: psycopg.Connection[Any], user: str) -> bool:
    return conn.execute("SELECT 1 FROM medunit.users WHERE name = %s", (user,)).fetchone() is not None


def _create_role(conn: psycopg.Connection[Any], name: str, options: str) -> None:
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
    verb = "ALTER" if exists else "CREATE"
    conn.execute(sql.SQL(f"{verb} ROLE {{}} {options}").format(sql.Identifier(name)))


def init_server(conn: psycopg.Connection[Any], unit: str, admin: str, admin_password: str) -> None:
    """Create roles, schema, functions and grants in the connected (empty) database, and the first admin.

    Run once by the DBA (a superuser, or a role with CREATEROLE that owns the database) in one transaction.
    """
    check_unit(unit)
    owner = f"{unit}_owner"
    ident = sql.Identifier
    with conn.transaction():
        _create_role(conn, owner, "NOLOGIN NOINHERIT")
        for role in Role:
            _create_role(conn, group_role(unit, role), "NOLOGIN")
        dbname = conn.info.dbname
        conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(ident(dbname)))
        conn.execute(sql.SQL("GRANT CREATE, CONNECT ON DATABASE {} TO {}").format(ident(dbname), ident(owner)))
        conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(owner)))
        conn.execute(_TABLES)
        conn.execute(_FUNCTIONS)
        conn.execute("INSERT INTO medunit.settings VALUES ('unit', %s), ('schema_version', %s)",
                     (unit, str(SCHEMA_VERSION)))  # fmt: skip
        conn.execute("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA medunit FROM PUBLIC")
        groups = {role: ident(group_role(unit, role)) for role in Role}
        for role, group in groups.items():
            conn.execute(sql.SQL("GRANT USAGE ON SCHEMA medunit TO {}").format(group))
            conn.execute(sql.SQL("GRANT SELECT ON medunit.cases, medunit.users, medunit.key_slots TO {}").format(group))
            conn.execute(sql.SQL("GRANT INSERT (action, case_id, record_id, reason, workstation, granted) "
                                 "ON medunit.access_log TO {}").format(group))  # fmt: skip
            for fn in _EVERYONE_FUNCTIONS:
                conn.execute(sql.SQL(f"GRANT EXECUTE ON FUNCTION medunit.{fn} TO {{}}").format(group))
            if role in (Role.MEDICAL_ADVISOR, Role.UNIT_STAFF):
                for fn in _CONTENT_FUNCTIONS:
                    conn.execute(sql.SQL(f"GRANT EXECUTE ON FUNCTION medunit.{fn} TO {{}}").format(group))
            if role is Role.PRIVACY_OFFICER:
                conn.execute(sql.SQL("GRANT SELECT ON medunit.access_log TO {}").format(group))
            if role in (Role.PRIVACY_OFFICER, Role.UNIT_ADMIN):
                conn.execute(sql.SQL("GRANT EXECUTE ON FUNCTION medunit.verify_log() TO {}").format(group))
        conn.execute("RESET ROLE")
        for group in groups.values():
            conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(ident(dbname), group))
        add_user(conn, unit, admin, Role.UNIT_ADMIN, admin_password)


def add_user(conn: psycopg.Connection[Any], unit: str, user: str, role: Role, password: str) -> str:
    """A login role for ``user`` in ``role``'s group role only; returns the login role's name.

    The password travels to the server as a SCRAM verifier computed here, never as the password itself."""
    login = login_role(unit, user)
    with conn.transaction():
        verifier = sql.Literal(scram_verifier(password)).as_string(conn)
        _create_role(conn, login, f"LOGIN INHERIT NOCREATEDB NOCREATEROLE PASSWORD {verifier}")
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group_role(unit, role)), sql.Identifier(login)))
        conn.execute("INSERT INTO medunit.users (name, role, login) VALUES (%s, %s, %s)", (user, role.value, login))
    return login


def scram_verifier(password: str, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores (RFC 5802/7677), so the password itself never reaches the
    server (nor its statement log)."""
    import base64
    import hashlib
    import hmac
    import os

    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode()

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"

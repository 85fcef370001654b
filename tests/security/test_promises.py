"""Promises of the privacy statement whose mechanism has two layers or a single table: each layer pinned
on its own, so that breaking one layer fails a test even while the other still holds.

``scripts/check_promises.py`` proves it: it applies the mutations of ``tests/promises/*.patch`` one at a
time and runs these tests against each (``docs/promises.md`` lists which test catches which mutation).
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from medunit.crypto.aead import DecryptionFailed, open_sealed
from medunit.domain.permissions import HEALTH_CONTENT, MATRIX, Action
from medunit.domain.roles import COMPARTMENTS_BY_ROLE, CRIMINAL_RECORD, GLASS, HEALTH, Role
from medunit.errors import PermissionDeniedError
from medunit.export.documents import EXPORT_FIELDS, AdviceExport
from medunit.services import audit, records
from medunit.store.access_log import LogFilter
from tests.support.unit import TODAY, USERS, Unit, make_isolated_unit

MA, ST, CRO, PO, ADM = (
    Role.MEDICAL_ADVISOR,
    Role.UNIT_STAFF,
    Role.CRIMINAL_RECORD_OFFICER,
    Role.PRIVACY_OFFICER,
    Role.UNIT_ADMIN,
)

#: The rows of the matrix that hand out health or criminal-record content, written out in full: adding
#: a role to any of them must be a deliberate change to this table too.
CONTENT_ROWS: dict[Action, frozenset[Role]] = {
    Action.HEALTH_READ: frozenset({MA, ST}),
    Action.HEALTH_WRITE: frozenset({MA, ST}),
    Action.ATTACHMENT_READ: frozenset({MA, ST}),
    Action.ATTACHMENT_WRITE: frozenset({MA, ST}),
    Action.CONSENT_READ: frozenset({MA, ST}),
    Action.REQUEST_READ: frozenset({MA, ST}),
    Action.ADVICE_READ: frozenset({MA, ST}),
    Action.CONTACT_READ: frozenset({MA, ST}),
    Action.EXPORT_ACCESS_REPORT: frozenset({MA}),
    Action.CRIMINAL_READ: frozenset({CRO}),
    Action.CRIMINAL_WRITE: frozenset({CRO}),
}


@pytest.fixture(scope="module")
def unit(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Unit]:
    u = make_isolated_unit(tmp_path_factory.mktemp("promises"))
    records.add_criminal_fact(u[CRO], "P-000101", date(2024, 3, 1), "Veroordeling MARKER-promise-77")
    records.add_entry(u[MA], "GD-2026-000001", "note", "Rugklachten MARKER-promise-78")
    yield u
    u.close()


# -- the permission matrix, row by row ------------------------------------------------------------------


def test_content_rows_of_the_matrix_are_exactly_as_declared() -> None:
    for action, roles in CONTENT_ROWS.items():
        assert MATRIX[action] == roles, action.value
    assert set(CONTENT_ROWS) >= HEALTH_CONTENT  # every content action is pinned here


def test_criminal_record_officer_is_refused_health_content_and_logged(unit: Unit) -> None:
    cro = unit[CRO]
    for read in (records.entries, records.attachments):
        with pytest.raises(PermissionDeniedError, match="may not"):
            read(cro, "GD-2026-000001")
    refused = audit.entries(unit[PO], LogFilter(user=USERS[CRO], refused_only=True))
    assert {e.action for e in refused} >= {Action.HEALTH_READ.value, Action.ATTACHMENT_READ.value}


# -- the criminal-record compartment: matrix row and key holders, each on its own -----------------------


def test_key_holder_table_is_exactly_as_declared() -> None:
    """Who holds which content key, pinned on its own: the criminal-record key for the officer alone, the
    health key for advisors and staff, the glass key (break-the-glass) for advisors."""
    assert {
        CRO: frozenset({CRIMINAL_RECORD}),
        Role.MEDICAL_ADVISOR: frozenset({HEALTH, GLASS}),
        Role.UNIT_STAFF: frozenset({HEALTH}),
    } == COMPARTMENTS_BY_ROLE


def test_only_the_officers_slot_yields_the_compartment_key(unit: Unit) -> None:
    """What each role's own slot yields (what an insider gets with their own passphrase), whatever the
    matrix says: only the officer's bag holds a key that opens a criminal-record fact."""
    from medunit.store import records as repo

    sealed = repo.all_criminal_sealed(unit[CRO].vault.db)
    assert sealed
    for role in Role:
        bag = unit[role].vault.bag.compartments
        opened = 0
        for key in bag.values():
            for _id, person_ref, fact_date, blob in sealed:
                try:
                    open_sealed(key, blob, f"medunit-criminal-v1|{person_ref}|{fact_date}".encode())
                    opened += 1
                except DecryptionFailed:
                    pass
        held = {CRO: {CRIMINAL_RECORD}, Role.MEDICAL_ADVISOR: {HEALTH, GLASS}, Role.UNIT_STAFF: {HEALTH}}
        assert (set(bag), opened > 0) == (held.get(role, set()), role is CRO), role


def test_medical_advisor_is_refused_criminal_records_by_the_matrix(unit: Unit) -> None:
    with pytest.raises(PermissionDeniedError, match="may not"):
        records.criminal_facts(unit[MA], "P-000101", TODAY)
    refused = audit.entries(unit[PO], LogFilter(user=USERS[MA], refused_only=True))
    assert refused[-1].action == Action.CRIMINAL_READ.value
    assert refused[-1].basis == f"role {MA.value} lacks {Action.CRIMINAL_READ.value}"


# -- the export whitelist -------------------------------------------------------------------------------


def test_export_whitelist_is_exactly_these_fields() -> None:
    expected = (
        "export_id",
        "dossier_reference",
        "case_type",
        "outcome",
        "remark",
        "advisor_name",
        "advisor_big",
        "signed_at",
        "advice_version",
        "exported_at",
    )
    assert expected == EXPORT_FIELDS
    assert tuple(f.name for f in dataclasses.fields(AdviceExport)) == expected


# -- no network: the running GUI refuses a connection --------------------------------------------------

PROBE = r"""
import socket, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(("127.0.0.1", 0)); server.listen(4)
port = server.getsockname()[1]
socket.create_connection(("127.0.0.1", port), timeout=2).close()
print("before-start: connected")

def probe():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(2)
    try:
        s.connect(("127.0.0.1", port))
        print("in-app: connected")
    except PermissionError as exc:
        print("in-app: refused " + type(exc).__name__)
    finally:
        s.close()

app = QApplication(["medunit"])
QTimer.singleShot(0, probe)   # runs inside the app's event processing, after main() started it
from medunit.gui import app as gui_app
print("exit", gui_app.main(["--self-test", "--store", sys.argv[1]]))
"""


def test_running_gui_refuses_a_connection_to_localhost(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "store")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    lines = [line for line in out.stdout.splitlines() if not line.startswith("medunit self-test")]
    assert lines == ["before-start: connected", "in-app: refused NetworkRefusedError", "exit 0"], out.stderr[-2000:]


# -- the eight-year rule --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fact_date", "flag"),
    [
        (date(2018, 11, 24), True),  # eight years and a day before TODAY
        (date(2018, 11, 25), False),  # exactly eight years: still to be reported
        (date(2019, 6, 1), False),
        (date(2016, 12, 1), True),  # nine years: would still be "to report" under a ten-year rule
    ],
)
def test_facts_older_than_eight_years_need_not_be_reported(fact_date: date, flag: bool) -> None:
    from medunit.domain.criminal import not_required_to_report

    assert not_required_to_report(fact_date, TODAY) is flag

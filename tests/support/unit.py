"""A unit with one user per role on a real store, and a few imported cases."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from medunit.config.policy import Policy
from medunit.domain.roles import Role
from medunit.services import admin, confidentiality, intake, stores
from medunit.services.session import Session

if TYPE_CHECKING:
    import pytest

PASS = "correct horse battery staple"
USER_PASS = "unit member passphrase"
TODAY = date(2026, 11, 25)
ADVISOR_BIG = "12345678901"  # dr.jansen's BIG number, in their document-signing certificate

USERS = {
    Role.MEDICAL_ADVISOR: "dr.jansen",
    Role.UNIT_STAFF: "staff.smit",
    Role.CRIMINAL_RECORD_OFFICER: "cro.visser",
    Role.PRIVACY_OFFICER: "po.bakker",
    Role.UNIT_ADMIN: "alice",
}


def intake_json(ref: str, person_ref: str = "P-000101", **extra: object) -> str:
    doc: dict[str, object] = {
        "schema": "medunit-intake/1",
        "reference": ref,
        "case_type": "acceptance-income",
        "question": "Kan aanvrager worden geaccepteerd voor een AOV?",
        "received_at": "2026-11-20",
        "person": {
            "reference": person_ref,
            "given_names": "Anna",
            "family_name": "de Vries",
            "date_of_birth": "1980-04-02",
        },
        "assigned_advisor": "dr.jansen",
    }
    doc.update(extra)
    return json.dumps(doc, indent=2)


@dataclass
class Unit:
    root: Path | str  # a folder, or a unit server's URL (tests/support/backends.py)
    policy: Policy
    recovery_code: str
    sessions: dict[Role, Session] = field(default_factory=dict)
    #: the keychain file of the unit's workstation (make_isolated_unit's own; None: the test's)
    keyring: Path | None = None

    def __getitem__(self, role: Role) -> Session:
        return self.sessions[role]

    def close(self) -> None:
        for s in self.sessions.values():
            s.close()


def make_unit(root: Path | str, policy: Policy) -> Unit:
    admin_session, code = stores.create_store(root, "alice", PASS, policy)
    for role, name in USERS.items():
        if role is not Role.UNIT_ADMIN:
            big = ADVISOR_BIG if role is Role.MEDICAL_ADVISOR else None
            admin.add_user(admin_session, name, role.value, USER_PASS, code, big)
    admin.assign_team(admin_session, USERS[Role.UNIT_STAFF], [USERS[Role.MEDICAL_ADVISOR]])
    unit = Unit(root, policy, code, {Role.UNIT_ADMIN: admin_session})
    for role, name in USERS.items():
        if role is not Role.UNIT_ADMIN:
            unit.sessions[role] = stores.unlock(root, name, USER_PASS, policy)
    for session in unit.sessions.values():
        accept_confidentiality(session)
    ma = unit[Role.MEDICAL_ADVISOR]
    intake.import_intake(ma, intake_json("GD-2026-000001"), TODAY)
    intake.import_intake(
        ma,
        intake_json(
            "GD-2026-000002",
            "P-000102",
            restricted=True,
            restricted_to=["dr.jansen"],
            person={
                "reference": "P-000102",
                "given_names": "Bram",
                "family_name": "Mulder",
                "date_of_birth": "1975-01-31",
                "bsn": "111222333",
                "bsn_legal_basis": "fiscale-verplichting",
            },
        ),
        TODAY,
    )
    return unit


def accept_confidentiality(session: Session) -> None:
    """What each user does at their first unlock: accept the unit's confidentiality statement."""
    confidentiality.accept(session, confidentiality.statement(session.policy).version)


SECOND_ADVISOR = "dr.bos"


def add_second_advisor(unit: Unit, recovery: bool = True) -> Session:
    """A medical advisor the restricted case GD-2026-000002 is not restricted to; keys sealed with the
    recovery code (or, with ``recovery=False``, left pending for a holder to approve)."""
    code = unit.recovery_code if recovery else None
    adm = stores.unlock(unit.root, USERS[Role.UNIT_ADMIN], PASS, unit.policy)
    try:
        admin.add_user(adm, SECOND_ADVISOR, Role.MEDICAL_ADVISOR.value, USER_PASS, code)
    finally:
        adm.close()
    session = stores.unlock(unit.root, SECOND_ADVISOR, USER_PASS, unit.policy)
    accept_confidentiality(session)
    return session


def make_isolated_unit(tmp: Path, location: Path | str | None = None) -> Unit:
    """A unit for a module-scoped fixture: sets up its own keychain file and fast policy (the autouse
    per-test environment does not exist yet at module scope). ``location``: a unit server's URL instead
    of a folder under ``tmp``."""
    import keyring.core
    import pytest

    from medunit.config.policy import load_policy
    from tests.conftest import FAST_POLICY, FILE_KEYRING

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PYTHON_KEYRING_BACKEND", FILE_KEYRING)
        mp.setenv("MEDUNIT_INSECURE_TEST_KEYRING", FILE_KEYRING)
        mp.setenv("MEDUNIT_TEST_KEYRING", str(tmp / "ws.keyring"))
        (tmp / "policy.toml").write_text(FAST_POLICY)
        mp.setenv("MEDUNIT_POLICY", str(tmp / "policy.toml"))
        keyring.core.init_backend()
        unit = make_unit(tmp / "store" if location is None else location, load_policy())
        unit.keyring = tmp / "ws.keyring"
        return unit


def make_cli_unit(root: Path | str, policy: Policy, monkeypatch: pytest.MonkeyPatch) -> Unit:
    """A unit as a command-line user finds it: sessions closed, MEDUNIT_PASSPHRASE set for every member."""
    unit = make_unit(root, policy)
    unit.close()
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", USER_PASS)
    return unit

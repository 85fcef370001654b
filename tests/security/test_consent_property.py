"""Property: for random sequences of consent add / withdraw / expire and request create / send over
time, no request is ever sent without a consent that covered it (addressee, case, moment) at that
moment, and every refusal to send is one the rules predict."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medunit.domain import consent as rules
from medunit.domain.consent import Addressee, Status
from medunit.domain.roles import Role
from medunit.services import consents, intake
from medunit.services.consents import NoConsentError
from medunit.store import workflow as repo
from tests.support.unit import TODAY, Unit, intake_json, make_isolated_unit

ADDRESSEES = (Addressee("dr. A. Arts", "Ziekenhuis Noord"), Addressee("dr. B. Bos", agb_code="01234567"))
START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
_refs = itertools.count(500)

Step = tuple[str, int, int]
steps = st.lists(
    st.tuples(
        st.sampled_from(["consent", "create", "create", "send", "send", "withdraw", "advance", "expire"]),
        st.integers(0, 1),
        st.integers(1, 60),
    ),
    min_size=1,
    max_size=20,
)


@pytest.fixture(scope="module")
def unit(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Unit]:
    u = make_isolated_unit(tmp_path_factory.mktemp("property"))
    yield u
    u.close()


def _new_case(unit: Unit) -> str:
    ref = f"GD-2026-{next(_refs):06d}"
    intake.import_intake(unit[Role.MEDICAL_ADVISOR], intake_json(ref, "P-000101"), TODAY)
    return ref


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps)
def test_no_request_is_sent_without_covering_consent(unit: Unit, program: list[Step]) -> None:
    staff = unit[Role.UNIT_STAFF]
    case = _new_case(unit)
    now = START
    consent_ids: list[int] = []
    drafts: list[int] = []
    for op, which, amount in program:
        addressee = ADDRESSEES[which]
        if op == "consent":
            consent_ids.append(
                consents.record_consent(
                    staff,
                    case,
                    addressee,
                    ("diagnosis",),
                    "digital",
                    digital_reference="R",
                    obtained_at=now,
                    valid_until=now + timedelta(days=amount),
                    now=now,
                )
            )
        elif op == "withdraw" and consent_ids:
            try:
                consents.withdraw_consent(staff, case, consent_ids[amount % len(consent_ids)], now=now)
            except Exception as exc:  # already withdrawn: a refusal, never a crash
                assert "already withdrawn" in str(exc)
        elif op == "advance":
            now += timedelta(days=amount)
        elif op == "expire":
            consents.record_expiries(staff, now=now)
        elif op == "create":
            with contextlib.suppress(NoConsentError):
                drafts.append(consents.create_request(staff, case, addressee, "Vraag", now=now))
        elif op == "send" and drafts:
            request_id = drafts.pop(amount % len(drafts))
            try:
                consents.send_request(staff, case, request_id, now=now)
            except NoConsentError:
                _assert_refusal_was_right(unit, case, request_id, now)
        now += timedelta(minutes=1)
    _assert_every_sent_request_was_covered(unit, case)


def _case_state(unit: Unit, case: str) -> tuple[int, list[rules.ConsentGrant], list[rules.ConsentEvent]]:
    db = unit[Role.MEDICAL_ADVISOR].vault.db
    case_id = int(db.execute("SELECT id FROM cases WHERE reference = ?", (case,)).fetchone()[0])
    return case_id, repo.consents_of_case(db, case_id), repo.events_of_case(db, case_id)


def _assert_refusal_was_right(unit: Unit, case: str, request_id: int, now: datetime) -> None:
    _, grants, events = _case_state(unit, case)
    row = repo.request(unit[Role.MEDICAL_ADVISOR].vault.db, request_id)
    assert row is not None
    assert rules.covering(grants, events, case, row.addressee, now) is None


def _assert_every_sent_request_was_covered(unit: Unit, case: str) -> None:
    db = unit[Role.MEDICAL_ADVISOR].vault.db
    case_id, grants, events = _case_state(unit, case)
    for row in repo.requests_of_case(db, case_id):
        if row.state != "sent":
            continue
        assert row.sent_at is not None and row.sent_consent_id is not None
        sent_at = datetime.fromisoformat(row.sent_at)
        grant = next(g for g in grants if g.id == row.sent_consent_id)
        assert grant.case_ref == case
        assert grant.addressee.key == row.addressee.key
        assert rules.status_at(grant, events, sent_at) is Status.ACTIVE

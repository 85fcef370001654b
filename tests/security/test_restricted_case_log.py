"""A restricted case's own access log names its person and who works on it: someone not on the case's
list sees it only after breaking the glass (logged), like the case itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from medunit.domain.roles import Role
from medunit.errors import ValidationError
from medunit.services import audit, records
from medunit.services.records import RestrictedCaseError
from medunit.store.access_log import LogFilter
from tests.support.unit import SECOND_ADVISOR, Unit, add_second_advisor, make_unit

RESTRICTED = "GD-2026-000002"


@pytest.fixture
def unit(store_location: Path | str, policy) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    u = make_unit(store_location, policy)
    yield u
    u.close()


def test_restricted_case_log_needs_the_glass_broken(unit: Unit) -> None:
    # an advisor the case is not restricted to (unit staff hold no glass key and may not break it)
    staff, ma = add_second_advisor(unit), unit[Role.MEDICAL_ADVISOR]
    with pytest.raises(RestrictedCaseError, match="restricted to named advisors"):
        audit.case_log(staff, RESTRICTED)
    assert audit.case_log(ma, RESTRICTED)  # on the case's list
    assert audit.case_log(staff, "GD-2026-000001")  # not restricted
    records.break_glass(staff, RESTRICTED, "Spoed: advies vandaag nodig, adviseur ziek")
    shown = audit.case_log(staff, RESTRICTED)
    assert any(e.action == "case.break-glass" and e.user == SECOND_ADVISOR for e in shown)
    logged = [
        (e.user, e.outcome, e.emergency)
        for e in audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter(case_refs=(RESTRICTED,)))
        if e.action == "case.access-log"
    ]
    assert logged == [
        (SECOND_ADVISOR, "refused", False),
        ("dr.jansen", "granted", False),
        (SECOND_ADVISOR, "granted", True),
    ]
    staff.close()


def test_unknown_case_log_is_a_clear_refusal(unit: Unit) -> None:
    with pytest.raises(ValidationError, match="There is no case GD-2026-000099"):
        audit.case_log(unit[Role.MEDICAL_ADVISOR], "GD-2026-000099")

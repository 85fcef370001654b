"""Optimistic locking of every editable row (issue 12 point 4), on both backends: two editors read the
same row; the first saves; the second's save names the version it read and is refused with "Changed by
<user> at <time>; reload.", and the first one's change is what the store holds. Then, as an attacker
would: stale versions sent straight to the services never overwrite anything."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from medunit.domain.consent import Addressee
from medunit.domain.roles import Role
from medunit.errors import ConflictError, RowChangedError
from medunit.services import admin, advice, consents, profiles, records, retention, stores
from medunit.services.session import Session
from tests.support.unit import PASS, SECOND_ADVISOR, USER_PASS, USERS, Unit, add_second_advisor, make_unit

CASE = "GD-2026-000001"
DR = Addressee("dr. P. de Boer", "Ziekenhuis Rijnstate", "orthopedie", "03012345")
CHANGED = r"Changed by {who} at \d\d-\d\d-\d{{4}} \d\d:\d\d; reload\."


@pytest.fixture
def unit(store_location: Path | str, policy) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    u = make_unit(store_location, policy)
    profiles.set_profile(u[Role.UNIT_ADMIN], USERS[Role.MEDICAL_ADVISOR], "Dr. A. Jansen", "12345678901")
    profiles.set_profile(u[Role.UNIT_ADMIN], USERS[Role.UNIT_STAFF], "S. Smit")
    yield u
    u.close()


def _changed_by(who: str) -> str:
    return CHANGED.format(who=who)


def _request(unit: Unit) -> int:
    staff = unit[Role.UNIT_STAFF]
    consents.record_consent(staff, CASE, DR, ("diagnosis",), "digital", digital_reference="PORTAAL-1")
    return consents.create_request(staff, CASE, DR, "Wat is de diagnose?")


def test_case_status_second_editor_is_told_who_and_when(unit: Unit) -> None:
    ma, staff = unit[Role.MEDICAL_ADVISOR], unit[Role.UNIT_STAFF]
    seen_by_ma = records.get_case(ma, CASE).version
    seen_by_staff = records.get_case(staff, CASE).version
    assert seen_by_ma == seen_by_staff == 1
    assert records.set_status(staff, CASE, "waiting-for-information", version=seen_by_staff) == 2
    with pytest.raises(RowChangedError, match=_changed_by("S. Smit")) as caught:
        records.set_status(ma, CASE, "in-progress", version=seen_by_ma)
    assert isinstance(caught.value, ConflictError)  # shown and translated like every conflict
    assert records.get_case(ma, CASE).summary.status == "waiting-for-information"
    # after a reload the advisor's change goes through
    records.set_status(ma, CASE, "in-progress", version=records.get_case(ma, CASE).version)
    assert records.get_case(staff, CASE).summary.status == "in-progress"


def test_closing_a_case_someone_just_changed_is_refused(unit: Unit) -> None:
    ma, staff = unit[Role.MEDICAL_ADVISOR], unit[Role.UNIT_STAFF]
    seen = records.get_case(ma, CASE).version
    records.set_status(staff, CASE, "in-progress", version=records.get_case(staff, CASE).version)
    with pytest.raises(RowChangedError, match=_changed_by("S. Smit")):
        retention.close_case(ma, CASE, version=seen)
    assert records.get_case(ma, CASE).summary.status == "in-progress"


def test_bsn_of_a_person_changed_meanwhile(unit: Unit) -> None:
    ma, staff = unit[Role.MEDICAL_ADVISOR], unit[Role.UNIT_STAFF]
    seen_by_ma = records.get_case(ma, CASE).person.version
    seen = records.get_case(staff, CASE).person.version
    records.set_bsn(staff, CASE, "111222333", "fiscale-verplichting", version=seen)
    with pytest.raises(RowChangedError, match=_changed_by("S. Smit")):
        records.set_bsn(ma, CASE, "123456782", "fiscale-verplichting", version=seen_by_ma)
    assert records.reveal_bsn(ma, CASE) == "111222333"


@pytest.mark.parametrize("second", ["send", "cancel", "answer"])
def test_request_changed_by_another_is_not_changed_again(unit: Unit, second: str) -> None:
    ma, staff = unit[Role.MEDICAL_ADVISOR], unit[Role.UNIT_STAFF]
    request_id = _request(unit)
    seen_by_ma = consents.requests(ma, CASE)[0].version
    seen = consents.requests(staff, CASE)[0].version
    consents.send_request(staff, CASE, request_id, version=seen)
    with pytest.raises(RowChangedError, match=_changed_by("S. Smit")):
        if second == "send":
            consents.send_request(ma, CASE, request_id, version=seen_by_ma)
        elif second == "cancel":
            consents.cancel_request(ma, CASE, request_id, version=seen_by_ma)
        else:
            consents.answer_request(ma, CASE, request_id, "Artrose van de knie.", version=seen_by_ma)
    after = consents.requests(ma, CASE)[0]
    assert (after.state, after.answer_entry_id) == ("sent", None)
    assert not [e for e in records.entries(ma, CASE) if e.kind == "doctor-answer"]  # nothing filed half


def test_consent_withdrawn_meanwhile(unit: Unit) -> None:
    ma, staff = unit[Role.MEDICAL_ADVISOR], unit[Role.UNIT_STAFF]
    consent_id = consents.record_consent(staff, CASE, DR, ("diagnosis",), "digital", digital_reference="PORTAAL-1")
    seen_by_ma = len(consents.consents(ma, CASE)[0].events)
    consents.withdraw_consent(staff, CASE, consent_id, seen_events=len(consents.consents(staff, CASE)[0].events))
    with pytest.raises(RowChangedError, match=_changed_by("S. Smit")):
        consents.withdraw_consent(ma, CASE, consent_id, seen_events=seen_by_ma)
    assert [e.recorded_by for e in consents.consents(ma, CASE)[0].events] == [USERS[Role.UNIT_STAFF]]


@pytest.fixture
def bos(unit: Unit) -> Iterator[Session]:
    """A second medical advisor on the same store (case GD-2026-000001 is not restricted)."""
    session = add_second_advisor(unit)
    yield session
    session.close()


def test_advice_draft_saved_over_by_another_advisor(unit: Unit, bos: Session) -> None:
    ma = unit[Role.MEDICAL_ADVISOR]
    first = advice.draft_advice(ma, CASE, {"decision": "accept"}, "Eerste versie.", seen=advice.NO_ADVICE)
    seen_by_bos = advice.seen_of(advice.advice_versions(bos, CASE))
    seen_by_ma = first.seen
    saved = advice.draft_advice(bos, CASE, {"decision": "accept"}, "Tekst van Bos.", seen=seen_by_bos)
    assert saved.row_version == first.row_version + 1
    with pytest.raises(RowChangedError, match=_changed_by(SECOND_ADVISOR)):
        advice.draft_advice(ma, CASE, {"decision": "accept"}, "Tekst van Jansen.", seen=seen_by_ma)
    with pytest.raises(RowChangedError, match=_changed_by(SECOND_ADVISOR)):  # nor sign what they never saw
        advice.sign_advice(ma, CASE, confirm_findings=[], seen=seen_by_ma)
    [draft] = advice.advice_versions(ma, CASE)
    assert (draft.state, draft.remark) == ("draft", "Tekst van Bos.")
    signed = advice.sign_advice(ma, CASE, confirm_findings=[], seen=advice.seen_of([draft]))
    assert (signed.state, signed.remark) == ("signed", "Tekst van Bos.")


def test_two_advisors_starting_a_draft_at_once(unit: Unit, bos: Session) -> None:
    ma = unit[Role.MEDICAL_ADVISOR]
    advice.draft_advice(bos, CASE, {"decision": "accept"}, "Bos was eerst.", seen=advice.NO_ADVICE)
    with pytest.raises(RowChangedError, match=_changed_by(SECOND_ADVISOR)):
        advice.draft_advice(ma, CASE, {"decision": "accept"}, "Jansen ook.", seen=advice.NO_ADVICE)
    assert [a.remark for a in advice.advice_versions(ma, CASE)] == ["Bos was eerst."]


def test_signed_meanwhile_refuses_the_save(unit: Unit, bos: Session) -> None:
    ma = unit[Role.MEDICAL_ADVISOR]
    first = advice.draft_advice(ma, CASE, {"decision": "accept"}, "Ter ondertekening.", seen=advice.NO_ADVICE)
    seen_by_bos = advice.seen_of(advice.advice_versions(bos, CASE))
    advice.sign_advice(ma, CASE, confirm_findings=[], seen=first.seen)
    # without the check bos's save would silently start an amendment over a version they never saw signed
    with pytest.raises(RowChangedError, match=_changed_by("Dr. A. Jansen")):
        advice.draft_advice(bos, CASE, {"decision": "decline"}, "Afwijzen.", seen=seen_by_bos)
    assert [(a.version, a.state) for a in advice.advice_versions(ma, CASE)] == [(1, "signed")]


def test_profile_and_role_changed_by_another_administrator(unit: Unit) -> None:
    adm = unit[Role.UNIT_ADMIN]
    other = stores.unlock(unit.root, USERS[Role.UNIT_ADMIN], PASS, unit.policy)  # a second window
    try:
        profiles.set_profile(adm, "alice", "Alice de Beheerder")
        [row] = [u for u in admin.list_users(other) if u.name == USERS[Role.UNIT_STAFF]]
        seen = row.row_version
        updated = profiles.set_profile(adm, row.name, "Sanne Smit", version=seen)
        assert updated.row_version == seen + 1
        with pytest.raises(RowChangedError, match=_changed_by("Alice de Beheerder")):
            profiles.set_profile(other, row.name, "S. Smit (secretariaat)", version=seen)
        with pytest.raises(RowChangedError, match=_changed_by("Alice de Beheerder")):
            admin.change_role(other, row.name, "privacy-officer", version=seen)
        [now] = [u for u in admin.list_users(other) if u.name == row.name]
        assert (now.display_name, now.role) == ("Sanne Smit", "unit-staff")
    finally:
        other.close()


def test_stale_versions_via_the_services_never_overwrite(unit: Unit) -> None:
    """The attacker's way: a client sending any version but the current one (older, newer, negative,
    huge) through every editing service; none of them writes, and each says who changed it when."""
    ma, staff = unit[Role.MEDICAL_ADVISOR], unit[Role.UNIT_STAFF]
    request_id = _request(unit)
    advice.draft_advice(ma, CASE, {"decision": "accept"}, "Echte tekst.", seen=advice.NO_ADVICE)
    records.set_status(staff, CASE, "in-progress", version=records.get_case(staff, CASE).version)
    case_v = records.get_case(ma, CASE).version
    person_v = records.get_case(ma, CASE).person.version
    request_v = consents.requests(ma, CASE)[0].version
    [draft] = advice.advice_versions(ma, CASE)
    user_v = next(u for u in admin.list_users(unit[Role.UNIT_ADMIN]) if u.name == USERS[Role.UNIT_STAFF]).row_version

    def off(current: int, wrong: int) -> int:
        return current + wrong if wrong > 0 else wrong

    for wrong in (-1, 0, 10**12):
        for attempt in (
            lambda v: records.set_status(ma, CASE, "closed", version=off(case_v, v)),
            lambda v: retention.close_case(ma, CASE, version=off(case_v, v)),
            lambda v: records.set_bsn(ma, CASE, "123456782", "fiscale-verplichting", version=off(person_v, v)),
            lambda v: consents.cancel_request(ma, CASE, request_id, version=off(request_v, v)),
            lambda v: consents.send_request(staff, CASE, request_id, version=off(request_v, v)),
            lambda v: advice.draft_advice(ma, CASE, {"decision": "decline"}, "Vervalst.", seen=(draft.id, v)),
            lambda v: advice.sign_advice(ma, CASE, confirm_findings=[], seen=(draft.id, v)),
            lambda v: advice.draft_advice(ma, CASE, {"decision": "decline"}, "Vervalst.", seen=(draft.id + 1, 1)),
            lambda v: profiles.set_profile(unit[Role.UNIT_ADMIN], USERS[Role.UNIT_STAFF], "X", version=v),
            lambda v: admin.change_role(unit[Role.UNIT_ADMIN], USERS[Role.UNIT_STAFF], "privacy-officer", version=v),
        ):
            with pytest.raises(RowChangedError, match="; reload"):
                attempt(wrong)
    detail = records.get_case(ma, CASE)
    assert (detail.summary.status, detail.version, detail.person.version) == ("in-progress", case_v, person_v)
    assert detail.person.bsn_masked is None
    [request] = consents.requests(ma, CASE)
    assert (request.state, request.version) == ("draft", request_v)
    assert [(a.state, a.remark, a.row_version) for a in advice.advice_versions(ma, CASE)] == [
        ("draft", "Echte tekst.", draft.row_version)
    ]
    [staff_row] = [u for u in admin.list_users(unit[Role.UNIT_ADMIN]) if u.name == USERS[Role.UNIT_STAFF]]
    assert (staff_row.display_name, staff_row.role, staff_row.row_version) == ("S. Smit", "unit-staff", user_v)


def test_a_second_window_of_the_same_user_is_told_too(unit: Unit) -> None:
    """Two windows on one file store (or two workstations of one person): the same user, still no
    overwrite."""
    ma = unit[Role.MEDICAL_ADVISOR]
    window2 = stores.unlock(unit.root, USERS[Role.MEDICAL_ADVISOR], USER_PASS, unit.policy)
    try:
        seen = records.get_case(window2, CASE).version
        records.set_status(ma, CASE, "in-progress", version=records.get_case(ma, CASE).version)
        with pytest.raises(RowChangedError, match=_changed_by("Dr. A. Jansen")):
            records.set_status(window2, CASE, "waiting-for-information", version=seen)
    finally:
        window2.close()


def test_cli_passes_the_version_it_printed(
    store_location: Path | str, policy, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The command line prints each row's version and acts with ``--if-version`` only if nobody changed
    the row since; a refusal is exit 1 with who and when, and nothing is written."""
    from tests.support.cli import cli
    from tests.support.unit import make_cli_unit

    unit = make_cli_unit(store_location, policy, monkeypatch)
    s = ["--store", str(unit.root)]
    ma, staff, adm = [*s, "--as", "dr.jansen"], [*s, "--as", "staff.smit"], [*s, "--as", "alice"]
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", USER_PASS)

    code, out, err = cli(capsys, "case", "show", CASE, *ma)
    assert code == 0, err
    assert "Version: 1 " in out
    code, out, err = cli(capsys, "advice", "show", "--case", CASE, *ma)
    assert "--if-version 0:0" in out
    assert cli(capsys, "advice", "draft", "--case", CASE, "--outcome", '{"decision": "accept"}', "--remark", "Eerste.",
               "--if-version", "0:0", *ma)[0] == 0  # fmt: skip
    code, out, _ = cli(capsys, "advice", "show", "--case", CASE, *ma)
    stamp = out.rsplit("--if-version ", 1)[1].strip()
    assert cli(capsys, "advice", "draft", "--case", CASE, "--outcome", '{"decision": "accept"}', "--remark", "Tweede.",
               "--if-version", stamp, *ma)[0] == 0  # fmt: skip
    code, _, err = cli(capsys, "advice", "sign", "--case", CASE, "--big", "12345678901", "--if-version", stamp, *ma)
    assert code == 1 and re.search(_changed_by("dr.jansen"), err), err
    code, _, err = cli(capsys, "advice", "sign", "--case", CASE, "--if-version", "twelve", *ma)
    assert code == 2 and "ID:VERSION" in err

    code, _, err = cli(capsys, "case-close", "--case", CASE, "--if-version", "1", *staff)
    assert code == 0, err
    code, _, err = cli(capsys, "case-close", "--case", CASE, "--if-version", "1", *ma)
    assert code == 1 and re.search(_changed_by("staff.smit"), err), err

    monkeypatch.setenv("MEDUNIT_PASSPHRASE", PASS)
    code, out, _ = cli(capsys, "user", "list", *adm)
    line = next(x for x in out.splitlines() if x.startswith("staff.smit\t"))
    assert "\tversion 1\t" in line
    assert (
        cli(capsys, "user", "set-profile", "staff.smit", "--display-name", "S. Smit", "--if-version", "1", *adm)[0] == 0
    )
    code, _, err = cli(capsys, "user", "role", "staff.smit", "privacy-officer", "--if-version", "1", *adm)
    assert code == 1 and re.search(_changed_by("alice"), err), err

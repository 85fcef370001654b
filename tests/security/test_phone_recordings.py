"""Phone calls as contact moments, their recordings filed with them, and the 4-week purge that removes the
recording while the contact moment stays (statement section d and "Opgenomen gesprekken worden niet
langer dan 4 weken bewaard")."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from medunit.domain.roles import Role
from medunit.errors import PermissionDeniedError, ValidationError
from medunit.services import contacts, records, retention
from tests.support.sqlcipher_pages import plaintext_pages
from tests.support.unit import Unit, make_unit

CASE = "GD-2026-000001"
OTHER_CASE = "GD-2026-000002"  # another person (restricted to dr.jansen)
MARKER = "MARKER-telefoongesprek-opname-5521-qq"


@pytest.fixture
def unit(store_dir: Path, policy) -> Iterator[Unit]:  # type: ignore[no-untyped-def]
    u = make_unit(store_dir, policy)
    yield u
    u.close()


def test_phone_is_a_contact_channel_and_its_recording_is_linked(unit: Unit) -> None:
    staff = unit[Role.UNIT_STAFF]
    call = contacts.add_contact(staff, CASE, "service-call", "phone", "Medische dienst", datetime.now(UTC))
    entry = contacts.add_recording(staff, CASE, call, f"Gesprek over de aanvraag {MARKER}")
    (row,) = contacts.contacts(staff, CASE)
    assert (row.channel, row.recordings) == ("phone", 1)
    assert contacts.recordings(staff, CASE, call) == [entry]
    kinds = {e.id: e.kind for e in records.entries(staff, CASE)}
    assert kinds[entry] == "recording"


def test_only_phone_and_chat_moments_of_this_person_take_a_recording(unit: Unit) -> None:
    ma = unit[Role.MEDICAL_ADVISOR]
    mail = contacts.add_contact(ma, CASE, "message", "e-mail", "Medische dienst")
    chat = contacts.add_contact(ma, CASE, "information", "chat", "Medische dienst")
    other = contacts.add_contact(ma, OTHER_CASE, "service-call", "phone", "Medische dienst")
    with pytest.raises(ValidationError, match="phone or chat"):
        contacts.add_recording(ma, CASE, mail, "tekst")
    with pytest.raises(ValidationError, match="does not belong"):
        contacts.add_recording(ma, CASE, other, "tekst")
    with pytest.raises(ValidationError, match="needs its content"):
        contacts.add_recording(ma, CASE, chat, "  ")
    assert contacts.add_recording(ma, CASE, chat, "Chatgesprek") > 0
    with pytest.raises(PermissionDeniedError):
        contacts.add_recording(unit[Role.PRIVACY_OFFICER], CASE, chat, "tekst")


def test_a_call_older_than_four_weeks_cannot_be_filed(unit: Unit) -> None:
    staff = unit[Role.UNIT_STAFF]
    old = contacts.add_contact(
        staff, CASE, "service-call", "phone", "Medische dienst", datetime.now(UTC) - timedelta(days=29)
    )
    with pytest.raises(ValidationError, match="older than 28 days"):
        contacts.add_recording(staff, CASE, old, "te laat")


def test_purge_removes_the_recording_28_days_after_the_call_and_keeps_the_moment(unit: Unit, store_dir: Path) -> None:
    staff = unit[Role.UNIT_STAFF]
    called = datetime.now(UTC) - timedelta(days=20)
    call = contacts.add_contact(staff, CASE, "service-call", "phone", "Medische dienst", called)
    entry = contacts.add_recording(staff, CASE, call, f"Opname {MARKER} " * 30)  # filed today, dated at the call
    admin = unit[Role.UNIT_ADMIN]
    assert {i.kind: i.count for i in retention.purge(admin, now=called + timedelta(days=27))}["recording"] == 0
    assert contacts.recordings(staff, CASE, call) == [entry]

    done = {i.kind: i.count for i in retention.purge(admin, now=called + timedelta(days=29))}

    assert done["recording"] == 1
    assert contacts.recordings(staff, CASE, call) == []
    (row,) = contacts.contacts(staff, CASE)
    assert (row.id, row.channel, row.recordings) == (call, "phone", 0)  # the contact moment stays
    assert entry not in {e.id for e in records.entries(staff, CASE)}
    assert MARKER.encode() not in plaintext_pages(store_dir / "medunit.db", admin.vault.bag.data_key)

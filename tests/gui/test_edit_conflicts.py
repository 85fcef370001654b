"""Two people editing the same row through the real widgets, on one store (both backends): the second one
to save is told who changed it when, keeps what they typed, and Reload shows the other's change with
their own text beside it (issue 12 point 4, optimistic locking)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from medunit.config.policy import Policy
from medunit.domain.consent import Addressee
from medunit.domain.roles import Role
from medunit.gui.admin_view import ProfileDialog
from medunit.gui.case_view import CaseView
from medunit.gui.clipboard import ClipboardGuard
from medunit.gui.i18n import install_translator
from medunit.services import admin, advice, consents, profiles, stores
from medunit.services.session import Session
from tests.gui.conftest import click
from tests.support.unit import PASS, USER_PASS, Unit, add_second_advisor, make_unit

REF = "GD-2026-000001"
DR = Addressee("dr. P. de Boer", "Ziekenhuis Rijnstate", "orthopedie", "03012345")
STAMP = r"\d\d-\d\d-\d{4} \d\d:\d\d"


@pytest.fixture(params=["file", "server"])
def shared(request: pytest.FixtureRequest, policy: Policy, tmp_path: Path) -> Iterator[Unit]:
    """A unit on a folder, then on a unit server; dr.jansen shows as "Dr. A. Jansen"."""
    from tests.support.backends import location_for

    cluster = request.getfixturevalue("pg_cluster") if request.param == "server" else None
    made = make_unit(location_for(request.param, tmp_path / "unit", cluster), policy)
    profiles.set_profile(made[Role.UNIT_ADMIN], "dr.jansen", "Dr. A. Jansen", "12345678901")
    yield made
    made.close()


@pytest.fixture
def jansen_session(shared: Unit) -> Iterator[Session]:
    """dr.jansen unlocked after the profile was set (the session reads names and BIG numbers at unlock)."""
    session = stores.unlock(shared.root, "dr.jansen", USER_PASS, shared.policy)
    yield session
    session.close()


@pytest.fixture
def bos(shared: Unit) -> Iterator[Session]:
    session = add_second_advisor(shared)
    yield session
    session.close()


def case_view(qtbot: QtBot, session: Session, tab: str) -> CaseView:
    """The case open at 1366x768 on the tab named (an attribute of CaseView)."""
    view = CaseView(session, ClipboardGuard(30))
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    assert view.open_case(REF)
    view.tabs.setCurrentWidget(getattr(view, tab))
    return view


def advice_tab_of(qtbot: QtBot, session: Session):  # type: ignore[no-untyped-def]
    return case_view(qtbot, session, "advice_tab").advice_tab


def type_into(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    QTest.keyClicks(widget, text)


def test_second_advisor_keeps_typed_advice_and_reload_shows_the_other(qtbot: QtBot, shared: Unit, bos: Session) -> None:
    jansen = advice_tab_of(qtbot, shared[Role.MEDICAL_ADVISOR])
    other = advice_tab_of(qtbot, bos)  # both opened the case before anyone wrote advice
    type_into(jansen.remark_edit, "Acceptatie zonder voorbehoud.")
    click(jansen.save_button)
    assert jansen.message.text() == "Draft version 1 was saved."

    type_into(other.remark_edit, "Acceptatie; premie ongewijzigd.")
    click(other.save_button)
    assert other.conflict_bar.isVisible()
    assert re.fullmatch(f"Changed by Dr\\. A\\. Jansen at {STAMP}; reload\\.", other.conflict_bar.message.text())
    assert other.remark() == "Acceptatie; premie ongewijzigd."  # nothing typed is lost
    assert other.window().focusWidget() is other.conflict_bar.reload_button  # Enter reloads
    assert [a.remark for a in advice.advice_versions(bos, REF)] == ["Acceptatie zonder voorbehoud."]

    click(other.conflict_bar.reload_button)
    assert not other.conflict_bar.isVisible()
    assert other.remark() == "Acceptatie zonder voorbehoud."  # the other's change
    assert other.unsaved.isVisible() and other.unsaved.text() == "Acceptatie; premie ongewijzigd."  # beside it
    assert other.unsaved.text_view.isReadOnly()
    click(other.unsaved.restore_button)
    assert not other.unsaved.isVisible()
    assert other.remark() == "Acceptatie; premie ongewijzigd."
    click(other.save_button)  # names the version just reloaded: goes through
    assert not other.conflict_bar.isVisible()
    assert [a.remark for a in advice.advice_versions(bos, REF)] == ["Acceptatie; premie ongewijzigd."]

    # now dr.jansen's editor is the stale one: signing saves first, and that save is refused
    type_into(jansen.remark_edit, "Acceptatie zonder voorbehoud, getekend.")
    assert jansen.ask_sign() is None
    assert re.fullmatch(f"Changed by dr\\.bos at {STAMP}; reload\\.", jansen.conflict_bar.message.text())
    assert jansen.remark() == "Acceptatie zonder voorbehoud, getekend."
    [draft] = advice.advice_versions(bos, REF)
    assert (draft.state, draft.remark) == ("draft", "Acceptatie; premie ongewijzigd.")


def test_signing_a_draft_changed_after_the_dialog_opened(qtbot: QtBot, jansen_session: Session, bos: Session) -> None:
    jansen = advice_tab_of(qtbot, jansen_session)
    type_into(jansen.remark_edit, "Acceptatie.")
    dialog = jansen.ask_sign()
    assert dialog is not None
    # meanwhile dr.bos saves over the draft dr.jansen is about to sign
    advice.draft_advice(
        bos, REF, {"decision": "decline"}, "Afwijzing.", seen=advice.seen_of(advice.advice_versions(bos, REF))
    )
    click(dialog.sign_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert jansen.conflict_bar.isVisible()
    assert "Changed by dr.bos at" in jansen.conflict_bar.message.text()
    [draft] = advice.advice_versions(bos, REF)
    assert (draft.state, draft.remark) == ("draft", "Afwijzing.")  # nothing signed that dr.jansen never saw
    click(jansen.conflict_bar.reload_button)
    assert jansen.remark() == "Afwijzing."
    assert jansen.unsaved.text() == "Acceptatie."


def test_answer_dialog_keeps_the_answer_when_the_request_was_cancelled(qtbot: QtBot, shared: Unit) -> None:
    staff, ma = shared[Role.UNIT_STAFF], shared[Role.MEDICAL_ADVISOR]
    consents.record_consent(staff, REF, DR, ("diagnosis",), "digital", digital_reference="PORTAAL-1")
    request_id = consents.create_request(staff, REF, DR, "Wat is de diagnose?")
    consents.send_request(staff, REF, request_id)
    view = case_view(qtbot, ma, "request_tab")
    dialog = view.request_tab.record_answer()
    assert dialog is not None
    type_into(dialog.text_edit, "Artrose van de rechterknie.")
    consents.cancel_request(staff, REF, request_id)  # the secretary cancels it meanwhile
    click(dialog.save_button)
    assert dialog.isVisible() and dialog.conflict_bar.isVisible()
    assert re.fullmatch(f"Changed by staff\\.smit at {STAMP}; reload\\.", dialog.conflict_bar.message.text())
    assert dialog.text_edit.toPlainText() == "Artrose van de rechterknie."
    click(dialog.conflict_bar.reload_button)
    assert dialog.text_edit.toPlainText() == "Artrose van de rechterknie."
    assert not dialog.save_button.isEnabled()
    assert "takes no answer" in dialog.message.text()
    assert view.request_tab.selected() is not None and view.request_tab.selected().state == "cancelled"  # type: ignore[union-attr]


def test_profile_dialog_of_two_administrators(qtbot: QtBot, shared: Unit) -> None:
    first = shared[Role.UNIT_ADMIN]
    second = stores.unlock(shared.root, "alice", PASS, shared.policy)
    try:
        row = next(u for u in admin.list_users(second) if u.name == "staff.smit")
        dialog = ProfileDialog(second, row)
        qtbot.addWidget(dialog)
        dialog.show()
        profiles.set_profile(first, "staff.smit", "Sanne Smit", version=row.row_version)
        type_into(dialog.name_edit, "S. Smit (secretariaat)")
        dialog._save()
        assert dialog.isVisible() and dialog.conflict_bar.isVisible()
        assert dialog.name_edit.text() == "S. Smit (secretariaat)"
        click(dialog.conflict_bar.reload_button)
        assert "Sanne Smit" in dialog.message.text()
        assert dialog.name_edit.text() == "S. Smit (secretariaat)"
        dialog._save()  # the second administrator chose to replace it, having seen it
        assert next(u for u in admin.list_users(first) if u.name == "staff.smit").display_name == (
            "S. Smit (secretariaat)"
        )
    finally:
        second.close()


def test_dutch_conflict_message(qtbot: QtBot, qapp: QApplication, compiled_translations: Path, shared: Unit) -> None:
    assert install_translator(qapp, "nl")
    staff = shared[Role.UNIT_STAFF]
    consents.record_consent(staff, REF, DR, ("diagnosis",), "digital", digital_reference="PORTAAL-1")
    request_id = consents.create_request(staff, REF, DR, "Wat is de diagnose?")
    view = case_view(qtbot, shared[Role.MEDICAL_ADVISOR], "request_tab")
    seen = view.request_tab.selected()
    assert seen is not None
    consents.cancel_request(staff, REF, request_id)
    assert not view.request_tab.cancel(request_id, seen.version)
    assert re.fullmatch(f"Gewijzigd door staff\\.smit om {STAMP}; laad opnieuw\\.", view.request_tab.message.text())
    assert view.request_tab.selected().state == "cancelled"  # type: ignore[union-attr]

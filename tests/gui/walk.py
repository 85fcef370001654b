"""Walking every view and tab of the main window for each role (the layout and accessibility tests)."""

from __future__ import annotations

import io
from collections.abc import Iterator

from pytestqt.qtbot import QtBot

from medunit.config.policy import load_policy
from medunit.domain.consent import Addressee
from medunit.domain.roles import Role
from medunit.gui.main_window import MainWindow
from medunit.services import advice, consents, contacts, profiles, records, stores
from tests.gui.conftest import show
from tests.gui.helpers import make_pdf
from tests.support.unit import PASS, USER_PASS, USERS, Unit

REF = "GD-2026-000001"


def fill_case(unit: Unit) -> None:
    """Give case GD-2026-000001 something in every tab: entries, an attachment, a consent, a request,
    a signed and a replaced advice version, a contact moment; and profiles for the advisor."""
    profiles.set_profile(unit[Role.UNIT_ADMIN], "dr.jansen", "Dr. A. Jansen", "19012345678")
    ma = unit[Role.MEDICAL_ADVISOR]
    records.add_entry(ma, REF, "note", "Synthetische notitie over het verloop.")
    records.add_attachment(ma, REF, "brief-huisarts.pdf", io.BytesIO(make_pdf(2, "Synthetische brief")))
    doctor = Addressee("Dr. P. Bakker", "Huisartsenpraktijk Centrum", "huisarts", "01234567")
    consents.record_consent(ma, REF, doctor, ("diagnosis", "treatment"), "digital", digital_reference="PORTAL-1")
    consents.create_request(ma, REF, doctor, "1. Wat is de diagnose?")
    advice.draft_advice(ma, REF, {"decision": "postpone", "postpone_months": 6}, "Opnieuw beoordelen.")
    advice.sign_advice(ma, REF, "19012345678")
    advice.draft_advice(ma, REF, {"decision": "accept"}, "Acceptatie zonder voorbehoud.")
    advice.sign_advice(ma, REF, "19012345678")
    contacts.add_contact(ma, REF, "information", "e-mail", "Medisch advies")


def windows(qtbot: QtBot, unit: Unit, size: tuple[int, int] = (1366, 768)) -> Iterator[tuple[str, MainWindow]]:
    """A main window per role with a view (advisor, privacy officer, administrator), 1366×768 by default."""
    for role in (Role.MEDICAL_ADVISOR, Role.PRIVACY_OFFICER, Role.UNIT_ADMIN):
        session = stores.unlock(
            unit.root, USERS[role], USER_PASS if role is not Role.UNIT_ADMIN else PASS, load_policy()
        )
        window = MainWindow(session)
        show(qtbot, window)
        window.resize(*size)
        qtbot.wait(10)
        yield role.value, window
        window.close()


def views_and_tabs(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    """Show each view of ``window`` and, in the case view, each tab with the case open; yields a name."""
    for index in range(window.views.count()):
        window.views.setCurrentIndex(index)
        qtbot.wait(10)
        yield window.views.tabText(index)
        if window.case_view is not None and window.views.currentWidget() is window.cases_split:
            window.open_case(REF)
            view = window.case_view
            for tab in range(view.tabs.count()):
                view.tabs.setCurrentIndex(tab)
                if view.tabs.currentWidget() is view.medical_tab and view.attachment_model.rowCount():
                    view.view_attachment(view.attachment_model.rows[0].id)
                qtbot.wait(10)
                yield f"{window.views.tabText(index)} / {view.tabs.tabText(tab)}"
            window.show_case_list()
            qtbot.wait(10)
            yield f"{window.views.tabText(index)} with the list beside the case"

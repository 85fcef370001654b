"""The medical advisor's day through the widgets only, at 1366×768: search, open, consent wizard, request,
advice with a leak finding fixed before signing, signing without typing the BIG number, export — and how
many access-log entries that day writes: one per act (issue 14).

Before issue 14 the same day wrote 33 entries (measured on commit 24ee9cf with the old flow: the BIG
number typed twice, the leak finding met at export, an amendment and a second signature). Repaints,
re-sorting, and switching back to a tab already shown wrote entries too.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from medunit.config.policy import load_policy
from medunit.domain.roles import Role
from medunit.gui import workers
from medunit.gui.main_window import MainWindow
from medunit.services import audit, profiles, stores
from medunit.store.access_log import LogFilter
from tests.gui.conftest import click, show, write_policy
from tests.support.unit import USER_PASS, Unit

REF = "GD-2026-000001"
BIG = "19012345678"

#: One entry per act, in order.
EXPECTED_ACTS = [
    "case.list",  # the case list appears
    "case.list",  # the search
    "case.read",  # opening the case (person tab)
    "consent.read",  # the consent tab shown
    "consent.write",  # the wizard records the consent
    "consent.read",  # the consent list with the new consent
    "request.read",  # the request tab shown
    "consent.read",  # the composer reads which consents cover a request
    "request.write",  # the request saved
    "request.read",  # the request list with the new request
    "health.read",  # the medical tab shown: entries
    "attachment.read",  # the medical tab shown: attachments
    "health.read",  # the advice tab shown: the leak check's vocabulary, read once for the editor
    "advice.read",  # the advice tab shown: the versions
    "advice.draft",  # saved before signing
    "advice.sign",  # signed, name and BIG number from the profile
    "export.advice",  # the export, its leak check inside
]


def test_advisor_day(qtbot: QtBot, unit: Unit, gui_env: Path, tmp_path: Path) -> None:
    exports_dir = tmp_path / "exports"
    write_policy(gui_env, f'[export]\nfolder = "{exports_dir}"\n')
    profiles.set_profile(unit[Role.UNIT_ADMIN], "dr.jansen", "Dr. A. Jansen", BIG)
    ma = stores.unlock(unit.root, "dr.jansen", USER_PASS, load_policy())
    start = datetime.now(UTC).isoformat()

    window = MainWindow(ma)
    show(qtbot, window)
    window.resize(1366, 768)
    assert window.case_list is not None and window.case_view is not None
    case_list, view = window.case_list, window.case_view
    # search: the focus starts there
    assert QApplication.focusWidget() is case_list.search_edit
    QTest.keyClicks(case_list.search_edit, "000001")
    QTest.keyClick(case_list.search_edit, Qt.Key.Key_Return)
    assert case_list.model.rowCount() == 1
    # open with Enter: the case gets the width, the list folds away
    QTest.keyClick(case_list.table, Qt.Key.Key_Return)
    assert view.reference == REF
    assert window.cases_split.sizes()[0] == 0 and view.back_button.isVisible()

    # consent wizard
    view.tabs.setCurrentWidget(view.consent_tab)
    click(view.consent_tab.record_button)
    wizard = view.consent_tab.wizard
    assert wizard is not None
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    QTest.keyClicks(wizard.addressee_page.name_edit, "Dr. P. Bakker")
    QTest.keyClicks(wizard.addressee_page.institution_edit, "Huisartsenpraktijk Centrum")
    click(next_button)
    wizard.categories_page.checks["diagnosis"].setChecked(True)
    click(next_button)
    wizard.evidence_page.digital_radio.setChecked(True)
    QTest.keyClicks(wizard.evidence_page.reference_edit, "PORTAL-2026-42")
    click(next_button)
    click(wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: view.consent_tab.wizard is None)

    # request
    view.tabs.setCurrentWidget(view.request_tab)
    click(view.request_tab.new_button)
    composer = view.request_tab.composer
    assert composer is not None and composer.addressee_combo.currentText().startswith("Dr. P. Bakker")
    QTest.keyClicks(composer.questions_edit, "1. Wat is de diagnose?")
    click(composer.save_button)
    qtbot.waitUntil(lambda: view.request_tab.composer is None)

    # back and forth through the tabs, as an advisor does: only a first look reads
    for tab in (view.person_tab, view.medical_tab, view.consent_tab, view.request_tab, view.person_tab):
        view.tabs.setCurrentWidget(tab)

    # advice: a leak finding, seen while typing and fixed before signing
    view.tabs.setCurrentWidget(view.advice_tab)
    advice_tab = view.advice_tab
    advice_tab.remark_edit.setFocus()
    QTest.keyClicks(advice_tab.remark_edit, "Acceptatie; burn-out in het verleden.")
    assert [f.word for f in advice_tab.findings] == ["burn-out"]
    advice_tab.remark_edit.selectAll()
    QTest.keyClicks(advice_tab.remark_edit, "Acceptatie zonder voorbehoud.")
    assert advice_tab.findings == []

    # sign: the dialog names the advisor and the BIG number; nothing is typed
    click(advice_tab.sign_button)
    dialog = advice_tab.sign_dialog
    assert dialog is not None and BIG in dialog.signer_label.text()
    assert not dialog.confirm_check.isVisible()
    click(dialog.sign_button)
    assert [v.state for v in advice_tab.versions] == ["signed"]

    # export: where it went, with a way to open the folder
    click(advice_tab.export_button)
    qtbot.waitUntil(lambda: not workers.busy(), timeout=10_000)
    assert advice_tab.last_export is not None and advice_tab.last_export.json_path.parent == exports_dir
    assert str(exports_dir) in advice_tab.message.text() and advice_tab.open_folder_button.isVisible()

    # repaints, re-sorting the (fully loaded) list and going back to shown tabs write nothing
    click(view.back_button)
    assert window.cases_split.sizes()[0] > 0
    case_list.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    case_list.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    for tab in (view.advice_tab, view.person_tab, view.consent_tab, view.advice_tab):
        view.tabs.setCurrentWidget(tab)
    window.repaint()

    written = audit.entries(unit[Role.PRIVACY_OFFICER], LogFilter(user="dr.jansen", since=start))
    acts = [e.action for e in written]
    print(f"\naccess-log entries of the day: {len(acts)} ({dict(Counter(acts))})")
    assert acts == EXPECTED_ACTS
    window.close()

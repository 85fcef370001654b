"""Consent wizard, request composer, advice editor with its export preview, contact moments, access
report and the unit's public key — through the real widgets on a real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from medunit.domain.consent import Addressee
from medunit.domain.roles import Role
from medunit.export.documents import EXPORT_FIELDS
from medunit.gui import workers
from medunit.gui.admin_view import AdminView
from medunit.gui.case_view import CaseView
from medunit.gui.clipboard import ClipboardGuard
from medunit.gui.i18n import install_translator
from medunit.gui.messages import error_text
from medunit.gui.models import RowRole
from medunit.gui.request_view import RequestComposer
from medunit.services import advice, consents, exports, profiles, records, stores
from medunit.services.consents import NoConsentError
from medunit.services.session import Session
from tests.gui.conftest import click
from tests.gui.helpers import make_pdf
from tests.support.unit import USER_PASS, Unit

REF = "GD-2026-000001"
DOCTOR = Addressee("Dr. P. Bakker", "Huisartsenpraktijk Centrum", "huisarts", "01234567")
BIG = "12345678901"  # dr.jansen's BIG number in their certificate (tests/support/unit.py)


def open_view(qtbot: QtBot, session: Session) -> CaseView:
    view = CaseView(session, ClipboardGuard(30))
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    assert view.open_case(REF)
    return view


def wait_workers(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not workers.busy(), timeout=10_000)


def button_of(box: QMessageBox | None, text: str) -> QMessageBox:
    assert box is not None
    return next(b for b in box.buttons() if b.text() == text)  # type: ignore[return-value]


def fill_wizard(qtbot: QtBot, view: CaseView, *, scan: Path | None, parent: object = None) -> None:
    wizard = view.consent_tab.wizard
    assert wizard is not None
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # an addressee needs a name
    wizard.addressee_page.name_edit.setFocus()
    QTest.keyClicks(wizard.addressee_page.name_edit, DOCTOR.name)
    QTest.keyClicks(wizard.addressee_page.institution_edit, DOCTOR.institution)
    QTest.keyClicks(wizard.addressee_page.specialism_edit, DOCTOR.specialism)
    QTest.keyClicks(wizard.addressee_page.agb_edit, DOCTOR.agb_code or "")
    click(next_button)
    assert wizard.currentPage() is wizard.categories_page
    assert not next_button.isEnabled()  # at least one category
    wizard.categories_page.checks["diagnosis"].setChecked(True)
    wizard.categories_page.checks["treatment"].setChecked(True)
    click(next_button)
    page = wizard.evidence_page
    if scan is not None:
        assert not next_button.isEnabled()  # a signed form needs its scan
        page.set_scan(scan)
    else:
        page.digital_radio.setChecked(True)
        QTest.keyClicks(page.reference_edit, "PORTAL-2026-42")
    click(next_button)
    assert wizard.currentPage() is wizard.period_page
    assert "Dr. P. Bakker" in wizard.period_page.summary.text()
    assert "180 days" in wizard.period_page.default_hint.text()
    click(wizard.button(QWizard.WizardButton.FinishButton))


def test_consent_wizard_records_consent_with_its_scan(qtbot: QtBot, unit: Unit, tmp_path: Path) -> None:
    view = open_view(qtbot, unit[Role.UNIT_STAFF])
    view.tabs.setCurrentWidget(view.consent_tab)
    scan = tmp_path / "machtiging.pdf"
    scan.write_bytes(make_pdf(1, "Machtiging"))
    click(view.consent_tab.record_button)
    fill_wizard(qtbot, view, scan=scan)
    qtbot.waitUntil(lambda: view.consent_tab.wizard is None)
    model = view.consent_tab.model
    assert model.rowCount() == 1
    grant = model.data(model.index(0, 0), RowRole).grant
    assert grant.addressee == DOCTOR and grant.categories == ("diagnosis", "treatment")
    assert grant.method == "signed-form"
    assert model.data(model.index(0, 6)) == "Active"
    view.tabs.setCurrentWidget(view.medical_tab)
    assert [a.filename for a in view.attachment_model.rows] == ["machtiging.pdf"]
    assert grant.evidence_attachment_id == view.attachment_model.rows[0].id
    # withdraw, with confirmation
    assert view.consent_tab.withdraw_button.isEnabled()
    click(view.consent_tab.withdraw_button)
    button_of(view.consent_tab.confirm_box, "&Withdraw").click()
    assert model.data(model.index(0, 6)) == "Withdrawn"
    assert not view.consent_tab.withdraw_button.isEnabled()


def test_composer_without_consent_explains_and_offers_the_wizard(qtbot: QtBot, unit: Unit) -> None:
    view = open_view(qtbot, unit[Role.UNIT_STAFF])
    view.tabs.setCurrentWidget(view.request_tab)
    click(view.request_tab.new_button)
    composer = view.request_tab.composer
    assert isinstance(composer, RequestComposer)
    assert composer.pages.currentIndex() == RequestComposer.PAGE_NO_CONSENT
    assert "No consent is recorded for this case yet" in composer.why_label.text()
    assert not composer.save_button.isVisible()
    assert composer.findChildren(QLineEdit) == []  # there is no way to type an addressee
    assert not composer.addressee_combo.isEditable()
    click(composer.consent_button)
    wizard = view.consent_tab.wizard
    assert wizard is not None and wizard.parent() is composer
    fill_wizard(qtbot, view, scan=None)
    qtbot.waitUntil(lambda: view.consent_tab.wizard is None)
    assert composer.pages.currentIndex() == RequestComposer.PAGE_COMPOSE
    assert composer.addressee_combo.count() == 1
    consent_id = composer.grants[0].id
    info = composer.consent_info.text()
    assert f"Consent {consent_id}" in info and "Diagnosis, Treatment" in info and "Valid until: " in info


def test_compose_send_and_answer_a_request(
    qtbot: QtBot, unit: Unit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    staff = unit[Role.UNIT_STAFF]
    consent_id = consents.record_consent(staff, REF, DOCTOR, ("diagnosis",), "digital", digital_reference="PORTAL-1")
    view = open_view(qtbot, staff)
    tab = view.request_tab
    view.tabs.setCurrentWidget(tab)
    click(tab.new_button)
    composer = tab.composer
    assert composer is not None and composer.pages.currentIndex() == RequestComposer.PAGE_COMPOSE
    composer.questions_edit.setFocus()
    QTest.keyClicks(composer.questions_edit, "1. Wat is de diagnose?")
    click(composer.save_button)
    assert tab.model.rowCount() == 1
    request = tab.selected()
    assert request is not None and request.state == "draft" and request.consent_id == consent_id
    assert tab.questions_view.toPlainText() == "1. Wat is de diagnose?"
    assert tab.send_button.isEnabled() and not tab.answer_button.isEnabled()

    letters = tmp_path / "brieven"
    letters.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(letters))
    click(tab.send_button)
    wait_workers(qtbot)
    letter = letters / f"informatieverzoek-{REF}-{request.id}.pdf"
    assert letter.read_bytes().startswith(b"%PDF")
    assert tab.last_letter == letter and str(letter) in tab.message.text()
    assert tab.selected().state == "sent"  # type: ignore[union-attr]

    click(tab.answer_button)
    dialog = tab.answer_dialog
    assert dialog is not None
    click(dialog.save_button)  # empty: refused with the service's message
    assert "The answer needs text" in dialog.message.text()
    QTest.keyClicks(dialog.text_edit, "Diagnose: lage rugklachten.")
    click(dialog.save_button)
    assert tab.selected().state == "answered"  # type: ignore[union-attr]
    view.tabs.setCurrentWidget(view.medical_tab)
    assert any(e.kind == "doctor-answer" for e in view.entry_model.rows)
    view.tabs.setCurrentWidget(tab)

    # a withdrawn consent flags the request it relied on
    second = consents.create_request(staff, REF, DOCTOR, "2. Welke behandeling?")
    consents.withdraw_consent(staff, REF, consent_id)
    view.consent_tab.changed.emit()
    tab.reload(second)
    assert tab.selected() is not None and tab.selected().consent_withdrawn  # type: ignore[union-attr]
    assert tab.warning.isVisible() and "was withdrawn" in tab.warning.text()
    click(tab.send_button)  # sending the draft is refused, with the reason
    wait_workers(qtbot)
    assert "withdrawn" in tab.message.text()


def advisor_with_profile(unit: Unit) -> Session:
    """The advisor after the unit administrator set the profile (a new unlock reads it)."""
    profiles.set_profile(unit[Role.UNIT_ADMIN], "dr.jansen", "Dr. A. Jansen", BIG)
    return stores.unlock(unit.root, "dr.jansen", USER_PASS, unit.policy)


def test_advice_live_leak_check_sign_without_big_and_export(
    qtbot: QtBot, unit: Unit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ma = advisor_with_profile(unit)
    records.add_entry(ma, REF, "note", "Röntgen: spondylolisthesis L5-S1, graad 1.")
    view = open_view(qtbot, ma)
    tab = view.advice_tab
    view.tabs.setCurrentWidget(tab)
    assert tab.editing and tab.preview_model.fields() == list(EXPORT_FIELDS)
    # the preview shows the Dutch document: Dutch placeholders whatever the interface language
    assert tab.preview_model.value_of("Exportnummer") == "bij export"
    assert tab.preview_model.value_of("Medisch adviseur") == "bij ondertekening"
    assert tab.preview_model.value_of("Dossierreferentie") == REF
    assert tab.decision_combo.isVisible() and not tab.incapacity_spin.isVisible()

    tab.decision_combo.setCurrentIndex(tab.decision_combo.findData("accept-with-exclusion"))
    assert "Not complete yet" in tab.preview_note.text()
    QTest.keyClicks(tab.exclusion_edit, "rugklachten")
    tab.remark_edit.setFocus()
    QTest.keyClicks(tab.remark_edit, "Uitsluiting wegens spondylolisthesis.")
    # found while typing: listed beside the remark and underlined in it
    assert [f.word for f in tab.findings] == ["spondylolisthesis"]
    assert tab.leak_list.count() == 1 and "spondylolisthesis" in tab.leak_list.item(0).text()
    block = tab.remark_edit.document().firstBlock()
    underlined = [
        r for r in block.layout().formats() if r.format.underlineStyle() != r.format.underlineStyle().NoUnderline
    ]
    assert [(r.start, r.length) for r in underlined] == [(19, len("spondylolisthesis"))]
    # fixed before signing: the finding goes away as the word does
    tab.remark_edit.setPlainText("Uitsluiting wegens rugklachten.")
    assert tab.findings == [] and not tab.leak_list.isVisible()
    tab.remark_edit.setPlainText("Uitsluiting wegens spondylolisthesis.")

    click(tab.sign_button)
    dialog = tab.sign_dialog
    assert dialog is not None
    assert dialog.signer_label.text() == f"Signed by: Dr. A. Jansen, BIG number {BIG}"  # nobody types it
    assert "spondylolisthesis" in dialog.findings_label.text()
    assert not dialog.sign_button.isEnabled()  # open finding: confirm first
    click(dialog.confirm_check)
    click(dialog.sign_button)
    assert [v.state for v in tab.versions] == ["signed"]
    assert tab.versions[0].confirmed_findings == ("spondylolisthesis",)
    assert not tab.editing and tab.remark_edit.isReadOnly() and not tab.decision_combo.isEnabled()
    assert "palette(window)" in tab.remark_edit.styleSheet()  # signed text looks read-only
    assert "is final" in tab.state_label.text()
    assert tab.preview_model.value_of("Medisch adviseur") == "Dr. A. Jansen"
    assert tab.preview_model.value_of("BIG-nummer") == BIG
    assert "Advised" in view.subtitle.text()

    out = tmp_path / "uit"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    click(tab.export_to_button)
    wait_workers(qtbot)
    assert tab.leak_dialog is None  # confirmed at signing: the export does not ask again
    result = tab.last_export
    assert result is not None and result.findings_confirmed == ("spondylolisthesis",)
    assert f"Exported to the folder {out}" in tab.message.text()
    assert tab.open_folder_button.isVisible()
    exported = json.loads(result.json_path.read_text(encoding="utf-8"))["advice"]
    assert sorted(exported) == sorted(EXPORT_FIELDS) and exported["advisor_name"] == "Dr. A. Jansen"

    # an amendment replaces version 1; version 1 says so
    click(tab.amend_button)
    tab.remark_edit.setPlainText("Uitsluiting van de rug.")
    click(tab.sign_button)
    assert tab.sign_dialog is not None and tab.sign_dialog.sign_button.isEnabled()
    click(tab.sign_dialog.sign_button)
    assert [v.version for v in tab.versions] == [1, 2]
    assert tab.version_model.data(tab.version_model.index(0, 1)) == "Signed — replaced by version 2"
    tab.version_table.setCurrentIndex(tab.version_model.index(0, 0))
    assert "was replaced by version 2" in tab.state_label.text()


def test_signing_without_a_big_number_in_the_profile_is_refused(qtbot: QtBot, unit: Unit) -> None:
    view = open_view(qtbot, unit[Role.MEDICAL_ADVISOR])
    tab = view.advice_tab
    view.tabs.setCurrentWidget(tab)
    QTest.keyClicks(tab.remark_edit, "Acceptatie.")
    click(tab.sign_button)
    dialog = tab.sign_dialog
    assert dialog is not None and not dialog.sign_button.isEnabled()
    assert "No BIG number is recorded for you" in dialog.message.text()


def test_a_version_signed_without_the_check_still_asks_at_export(
    qtbot: QtBot, unit: Unit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ma = unit[Role.MEDICAL_ADVISOR]
    advice.draft_advice(ma, REF, {"decision": "accept"}, "Acceptatie; burn-out in verleden.")
    advice.sign_advice(ma, REF, BIG)  # the CLI path
    view = open_view(qtbot, ma)
    tab = view.advice_tab
    view.tabs.setCurrentWidget(tab)
    out = tmp_path / "uit"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    click(tab.export_to_button)
    wait_workers(qtbot)
    leak = tab.leak_dialog
    assert leak is not None and "burn-out" in leak.words()
    click(leak.adjust_button)
    assert tab.editing and tab.edit_version == 2 and list(out.iterdir()) == []


def test_staff_cannot_sign_or_draft(qtbot: QtBot, unit: Unit) -> None:
    advice.draft_advice(unit[Role.MEDICAL_ADVISOR], REF, {"decision": "accept"}, "")
    view = open_view(qtbot, unit[Role.UNIT_STAFF])
    tab = view.advice_tab
    view.tabs.setCurrentWidget(tab)
    for button in (tab.sign_button, tab.save_button, tab.export_button, tab.amend_button):
        assert not button.isVisible()
    assert not tab.editing and tab.remark_edit.isReadOnly()
    assert "Only a medical advisor" in tab.state_label.text()
    assert tab.preview_model.value_of("Besluit") == "accepteren"
    assert not tab.sign()  # forced: the service refuses and the tab says so
    assert tab.message.text() == "Your role Unit staff may not do 'sign advice'. The attempt was logged."


def test_add_contact_moment(qtbot: QtBot, unit: Unit) -> None:
    view = open_view(qtbot, unit[Role.UNIT_STAFF])
    tab = view.contact_tab
    view.tabs.setCurrentWidget(tab)
    click(tab.add_button)
    dialog = tab.dialog
    assert dialog is not None
    assert dialog.subject_combo.count() == 7 and dialog.channel_combo.count() == 9
    click(dialog.save_button)
    assert "names the department" in dialog.message.text()
    dialog.subject_combo.setCurrentIndex(dialog.subject_combo.findData("complaint"))
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("webcare"))
    QTest.keyClicks(dialog.department_edit, "Klantenservice")
    click(dialog.save_button)
    assert tab.model.rowCount() == 1
    assert [tab.model.data(tab.model.index(0, c)) for c in (1, 2, 3)] == ["Complaint", "Webcare", "Klantenservice"]


def test_access_report_needs_confirmation(
    qtbot: QtBot, unit: Unit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    staff_view = open_view(qtbot, unit[Role.UNIT_STAFF])
    assert not staff_view.access_report_button.isVisible()
    view = open_view(qtbot, unit[Role.MEDICAL_ADVISOR])
    assert view.access_report_button.isVisible()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    click(view.access_report_button)
    box = view.access_report_box
    assert box is not None and "plaintext" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert not list(tmp_path.glob("inzage-*.pdf"))
    click(view.access_report_button)
    button_of(view.access_report_box, "&Choose folder and write").click()
    wait_workers(qtbot)
    assert view.last_report == tmp_path / "inzage-P-000101.pdf"
    assert view.last_report.read_bytes().startswith(b"%PDF")
    assert str(view.last_report) in view.report_message.text()


def test_admin_sees_and_saves_the_public_key(qtbot: QtBot, unit: Unit, tmp_path: Path) -> None:
    admin_session = unit[Role.UNIT_ADMIN]
    view = AdminView(admin_session)
    qtbot.addWidget(view)
    info = exports.public_key(admin_session)
    assert view.fingerprint_value.text() == info.fingerprint
    target = tmp_path / "sleutel.pem"
    assert view.save_public_key(target)
    assert target.read_text(encoding="utf-8") == info.file_text
    assert info.fingerprint in view.key_message.text()
    assert not view.save_public_key(tmp_path / "missing" / "key.pem")
    assert "is not writable" in view.key_message.text()


def test_dutch_tabs_preview_and_refusals(
    qtbot: QtBot, qapp: QApplication, compiled_translations: Path, unit: Unit
) -> None:
    assert install_translator(qapp, "nl")
    view = open_view(qtbot, unit[Role.MEDICAL_ADVISOR])
    names = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert names[2:6] == ["T&oestemmingen", "&Verzoeken", "&Advies", "&Contactmomenten"]
    assert view.advice_tab.preview_model.value_of("Exportnummer") == "bij export"
    assert view.advice_tab.save_button.text() == "&Concept opslaan"
    refused = NoConsentError("No consent is recorded for this case. Record the person's consent first.")
    assert error_text(refused).startswith("Voor dit dossier is geen toestemming vastgelegd.")

"""Screenshots for the docs (a script, not a test): ``xvfb-run -a .venv/bin/python tests/gui/screenshots.py``.

Creates a demo store (synthetic data only) in a temporary folder with a throw-away keychain and a fast
KDF, and saves PNGs of every view at 1366×768 (the common office laptop) to ``docs/screenshots/``.
Dutch interface.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="medunit-shots-"))
    policy_file = tmp / "policy.toml"
    policy_file.write_text("[security]\nkdf_memory_kib = 8192\nkdf_iterations = 1\n", encoding="utf-8")
    os.environ["MEDUNIT_POLICY"] = str(policy_file)
    os.environ["PYTHON_KEYRING_BACKEND"] = "tests.support.file_keyring.EncryptedFileKeyring"
    os.environ["MEDUNIT_INSECURE_TEST_KEYRING"] = "tests.support.file_keyring.EncryptedFileKeyring"
    os.environ["MEDUNIT_TEST_KEYRING"] = str(tmp / "keyring.bin")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(tmp / var.lower())

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from medunit.config.policy import load_policy
    from medunit.domain.roles import Role
    from medunit.gui.i18n import install_translator
    from medunit.gui.main_window import MainWindow
    from medunit.gui.unlock import UnlockDialog
    from medunit.services import demo, records, stores
    from tests.gui.helpers import make_pdf
    from tests.support.unit import accept_confidentiality

    app = QApplication.instance() or QApplication(["medunit"])
    assert isinstance(app, QApplication)
    app.setApplicationName("medunit")
    install_translator(app, "nl")
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    policy = load_policy()
    store = tmp / "store-demo"
    demo.create_demo_store(store, policy, cases=300)

    def settle(ms: int = 150) -> None:
        end = QTimer()
        end.setSingleShot(True)
        end.start(ms)
        while end.isActive():
            app.processEvents()

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(out / name))
        print(out / name)

    def window_for(user: str) -> MainWindow:
        session = stores.unlock(store, user, demo.DEMO_PASSPHRASE, policy)
        accept_confidentiality(session)  # what the app's dialog does at the first unlock
        window = MainWindow(session)
        window.resize(1366, 768)
        window.show()
        settle()
        return window

    # advisor: case list, person tab, medical data with a PDF
    window = window_for("dr.jansen")
    assert window.case_list is not None and window.case_view is not None
    shoot(window, "case-list.png")
    session = window.session
    summary = next(
        window.case_list.model.summary(r)
        for r in range(window.case_list.model.rowCount())
        if not window.case_list.model.summary(r).restricted  # type: ignore[union-attr]
    )
    assert summary is not None
    import io

    records.add_attachment(
        session, summary.reference, "brief-huisarts.pdf", io.BytesIO(make_pdf(2, "Synthetische brief"))
    )
    window.case_list.select_reference(summary.reference)
    window.open_case(summary.reference)  # the case gets the whole width
    shoot(window, "case-person.png")
    view = window.case_view
    view.tabs.setCurrentWidget(view.medical_tab)
    settle()
    view.view_attachment(view.attachment_model.rows[0].id)
    shoot(window, "case-medical-pdf.png")

    # consent, requests and advice of a case that has a consent (the demo seeds one for most cases)
    from PySide6.QtCore import QModelIndex

    from medunit.services import consents

    while window.case_list.model.canFetchMore(QModelIndex()):  # the list loads a screenful first
        window.case_list.model.fetchMore(QModelIndex())

    reference = next(
        s.reference
        for s in (window.case_list.model.summary(r) for r in range(window.case_list.model.rowCount()))
        if s is not None
        and not s.restricted
        and s.assigned_advisor == "dr.jansen"
        and s.case_type == "acceptance-income"
        and s.status in ("new", "in-progress", "waiting-for-information")
        and consents.covered_addressees(session, s.reference)
    )
    window.case_list.select_reference(reference)
    window.open_case(reference)
    view.tabs.setCurrentWidget(view.consent_tab)
    shoot(window, "case-consent.png")
    view.tabs.setCurrentWidget(view.request_tab)
    shoot(window, "case-requests.png")
    view.tabs.setCurrentWidget(view.advice_tab)
    tab = view.advice_tab
    tab.decision_combo.setCurrentIndex(tab.decision_combo.findData("accept-with-premium-loading"))
    tab.loading_spin.setValue(25)
    tab.remark_edit.setPlainText("Acceptatie met premieopslag wegens hernia; herbeoordeling na drie jaar mogelijk.")
    shoot(window, "case-advice.png")  # the leak check underlines "hernia" and lists it
    sign = tab.ask_sign()
    assert sign is not None
    shoot(sign, "sign-dialog.png")
    sign.reject()
    view.tabs.setCurrentWidget(view.contact_tab)
    shoot(window, "case-contacts.png")
    view.tabs.setCurrentWidget(view.log_tab)
    shoot(window, "case-access-log.png")
    window.show_case_list()
    shoot(window, "case-list-beside-case.png")
    view.tabs.setCurrentWidget(view.request_tab)
    composer = view.request_tab.compose()
    assert composer is not None
    composer.questions_edit.setPlainText("1. Wat is de diagnose?\n2. Welke behandeling is ingezet?")
    shoot(composer, "request-composer.png")
    composer.reject()
    wizard = view.consent_tab.open_wizard()
    assert wizard is not None
    wizard.addressee_page.name_edit.setText("Dr. P. Bakker")
    wizard.addressee_page.institution_edit.setText("Huisartsenpraktijk Centrum")
    wizard.addressee_page.specialism_edit.setText("huisarts")
    wizard.next()
    wizard.categories_page.checks["diagnosis"].setChecked(True)
    wizard.categories_page.checks["treatment"].setChecked(True)
    shoot(wizard, "consent-wizard.png")
    wizard.reject()
    window.close()

    # privacy officer
    window = window_for("privacy")
    shoot(window, "privacy-officer-log.png")
    window.close()

    # unit administrator
    window = window_for(demo.DEMO_ADMIN)
    shoot(window, "admin.png")
    window.close()

    dialog = UnlockDialog(policy, store, user="demo", demo=True)
    dialog.show()
    shoot(dialog, "unlock.png")
    dialog.close()
    del Role
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

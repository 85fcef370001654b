"""Translations: Dutch first, compiled with lrelease, applied to widgets and error messages."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from medunit.config.policy import Policy
from medunit.errors import AuthenticationError, ValidationError
from medunit.gui import i18n_build
from medunit.gui.first_run import FirstRunDialog
from medunit.gui.i18n import install_translator
from medunit.gui.main_window import MainWindow
from medunit.gui.messages import error_text
from medunit.gui.unlock import UnlockDialog
from medunit.services import stores
from tests.gui.conftest import PASSPHRASE, USER

REQUIRED_ERRORS = {
    "Unlock failed: unknown user or wrong passphrase.",
    "The key slot of {user} is bound to another workstation. Use the recovery code: "
    "medunit-admin recover --store DIR --user {user} --recovery-code CODE",
    "A passphrase needs at least {n} characters.",
    "The store folder {path} does not exist.",
}


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()  # noqa: S314 - the project's own file
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_translation_files_are_complete(compiled_translations: Path, language: str) -> None:
    ts = compiled_translations / f"medunit_{language}.ts"
    found = messages(ts)
    assert {m.findtext("source") for ctx, m in found if ctx == "errors"} >= REQUIRED_ERRORS
    for _ctx, message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") != "unfinished", source
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in texts:
            assert text.strip(), source
            # every placeholder survives translation
            assert sorted(re.findall(r"\{\w+\}|%\d|%n", text)) == sorted(
                set(re.findall(r"\{\w+\}|%\d|%n", source))
            ) or sorted(set(re.findall(r"\{\w+\}|%\d|%n", text))) == sorted(
                set(re.findall(r"\{\w+\}|%\d|%n", source))
            ), source


def test_build_is_idempotent(compiled_translations: Path) -> None:
    assert i18n_build.build(compiled_translations) == []


def test_dutch_is_applied_to_widgets(
    qapp: QApplication, compiled_translations: Path, policy: Policy, store_dir: Path
) -> None:
    assert install_translator(qapp, "nl")
    unlock = UnlockDialog(policy, store_dir)
    assert unlock.unlock_button.text() == "&Ontgrendelen"
    assert unlock.windowTitle() == "medunit ontgrendelen"
    first = FirstRunDialog(policy, store_dir)
    assert first.create_choice_button.text() == "&Opslag aanmaken"
    assert first.written_check.text() == "Ik heb de herstelcode &opgeschreven en veilig opgeborgen"
    unlock.deleteLater()
    first.deleteLater()


def test_dutch_is_the_default(qapp: QApplication, compiled_translations: Path) -> None:
    assert install_translator(qapp)
    assert error_text(AuthenticationError("Unlock failed: unknown user or wrong passphrase.")) == (
        "Ontgrendelen mislukt: onbekende gebruiker of onjuiste wachtwoordzin."
    )


def test_dutch_error_messages_keep_their_parameters(qapp: QApplication, compiled_translations: Path) -> None:
    assert install_translator(qapp, "nl")
    short = ValidationError("A passphrase needs at least {n} characters.", n=12)
    assert error_text(short) == "Een wachtwoordzin moet minstens 12 tekens hebben."
    bound = AuthenticationError(
        "The key slot of {user} is bound to another workstation. Use the recovery code: "
        "medunit-admin recover --store DIR --user {user} --recovery-code CODE",
        user="jansen",
    )
    assert error_text(bound).startswith("Het sleutelslot van jansen is gebonden aan een andere werkplek.")
    assert "--user jansen" in error_text(bound)


def test_dutch_main_window(qapp: QApplication, compiled_translations: Path, policy: Policy, store_dir: Path) -> None:
    session, _ = stores.create_store(store_dir, USER, PASSPHRASE, policy)
    assert install_translator(qapp, "nl")
    window = MainWindow(session)
    assert [a.text() for a in window.menuBar().actions()] == ["&Bestand", "&Help"]
    assert "Beheerder functionele eenheid" in window.role_value.text()
    window.close()
    assert not session.open


def test_english(qapp: QApplication, compiled_translations: Path, policy: Policy, store_dir: Path) -> None:
    assert install_translator(qapp, "en")
    assert UnlockDialog(policy, store_dir).unlock_button.text() == "&Unlock"


def test_resources_env_override(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compiled_translations: Path
) -> None:
    monkeypatch.setenv("MEDUNIT_RESOURCES", str(tmp_path / "elsewhere"))
    assert not install_translator(qapp, "nl")  # no .qm there: English source strings show


def test_every_gui_string_is_in_the_translation_files(tmp_path: Path) -> None:
    """lupdate over ``medunit/gui`` finds no source text the .ts files lack: a new label without its Dutch
    and English fails here (fix: ``scripts/update_translations.py``, then write the Dutch)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import update_translations

    for name in ("medunit_nl.ts", "medunit_en.ts"):
        copy = tmp_path / name
        shutil.copy(update_translations.FOLDER / name, copy)
        before = {(ctx, m.findtext("source")) for ctx, m in messages(copy)}
        update_translations.run_lupdate(copy)
        after = {(ctx, m.findtext("source")) for ctx, m in messages(copy)}
        assert after == before, sorted(after ^ before)


def test_qt_own_dialogs_are_dutch_from_the_shipped_copy(qapp: QApplication, compiled_translations: Path) -> None:
    """The install step copies Qt's qtbase translations next to medunit's (so the installer ships them);
    with Dutch installed, Qt's own buttons and file dialogs read Dutch."""
    assert (compiled_translations / "qtbase_nl.qm").exists()
    assert install_translator(qapp, "nl")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    assert QCoreApplication.translate("QFileDialog", "File &name:") != "File &name:"


def test_request_states_inside_messages_are_words(qapp: QApplication, compiled_translations: Path) -> None:
    bad = ValidationError("A request that is {current} cannot become {target}.", current="answered", target="sent")
    assert error_text(bad) == "A request that is answered cannot become sent."
    assert install_translator(qapp, "nl")
    assert "beantwoord" in error_text(bad) and "verstuurd" in error_text(bad)
    refused = ValidationError("Your role {role} may not do '{action}'.", role="medical-advisor", action="audit.read")
    assert "medical-advisor" not in error_text(refused) and "audit.read" not in error_text(refused)

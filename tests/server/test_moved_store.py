"""A workstation still pointed at a store folder that ``store migrate`` moved to the unit server: the start
window and the CLI say, Dutch first with the English under it, where the store is now and what IT sets;
nobody is offered (or allowed) a new empty store there. And the three server commands' refusals in Dutch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from medunit import i18n
from medunit.config.policy import Policy
from medunit.errors import ConflictError, StoreMovedError
from medunit.gui import i18n_build
from medunit.gui.app import start_dialog
from medunit.gui.i18n import install_translator, remove_translators
from medunit.gui.moved_store import MovedStoreDialog
from medunit.services import migrate, stores
from medunit.store.pg.url import parse_server_url
from tests.support.backends import server_location
from tests.support.cli import cli
from tests.support.pg import Cluster
from tests.support.unit import PASS, Unit, make_unit


@pytest.fixture(scope="module", autouse=True)
def compiled() -> None:
    """The .qm files as the install step makes them (the CLI reads them without Qt)."""
    i18n_build.build()
    i18n.catalogue.cache_clear()


@pytest.fixture
def moved(tmp_path: Path, policy: Policy, pg_cluster: Cluster) -> Iterator[tuple[Path, str]]:
    """A file store moved to a fresh server database: (its old folder, the server's URL)."""
    u: Unit = make_unit(tmp_path / "store", policy)
    u.close()
    url = server_location(pg_cluster)
    report = migrate.migrate_store(Path(u.root), url, "alice", PASS, u.recovery_code, policy, dba_password=None)
    assert report.retired_folder is not None
    yield Path(u.root), url


def test_the_note_names_the_server_as_the_policy_line_without_the_dbas_credentials(
    moved: tuple[Path, str], pg_cluster: Cluster
) -> None:
    folder, url = moved
    note = (folder / migrate.NOTE_NAME).read_text(encoding="utf-8")
    expected = migrate.workstation_url(url)
    assert f'store.location = "{expected}"' in note
    assert pg_cluster.password not in note and "@" not in expected
    assert expected.endswith(f"/{parse_server_url(url).dbname}?sslmode=disable")
    assert migrate.workstation_url("postgresql://dba:pw@[::1]:5433/unit?sslrootcert=/etc/ca.pem") == (
        "postgresql://[::1]:5433/unit?sslrootcert=/etc/ca.pem"
    )
    socket_url = "postgresql://postgres:pw@/unit?host=/run/postgresql"
    assert migrate.workstation_url(socket_url) == "postgresql:///unit?host=/run/postgresql"
    assert parse_server_url(migrate.workstation_url(socket_url)).is_socket


def test_cli_says_where_the_store_went_in_dutch_first(
    moved: tuple[Path, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, url = moved
    server = migrate.workstation_url(url)
    monkeypatch.setenv("MEDUNIT_PASSPHRASE", PASS)
    code, _out, err = cli(capsys, "verify", "--store", str(folder), "--as", "alice")
    dutch, english = err.split("\n  (English) ")
    assert code == 1 and "Traceback" not in err
    assert dutch.startswith(f"medunit-admin: Deze opslag is verhuisd naar de eenheidsserver {server}.")
    assert f'IT zet store.location = "{server}" in het beleid' in dutch
    assert english.startswith(f"This store was moved to the unit server {server}.")
    # a new store over the moved one would split the unit's data: refused, the note stays alone
    code, _out, err = cli(capsys, "init", "--store", str(folder), "--user", "bob")
    assert code == 1 and "een nieuwe opslag hier zou de gegevens van de eenheid splitsen" in err
    assert "(English) The store in" in err and "would split the unit's data" in err
    assert [p.name for p in folder.iterdir()] == [migrate.NOTE_NAME]


def test_services_refuse_a_second_store_there(moved: tuple[Path, str], policy: Policy) -> None:
    folder, url = moved
    with pytest.raises(ConflictError, match="would split the unit's data") as refused:
        stores.create_store(folder, "bob", PASS, policy, binding=False)
    assert refused.value.params["url"] == migrate.workstation_url(url)
    with pytest.raises(StoreMovedError) as moved_error:
        stores.unlock(folder, "alice", PASS, policy)
    assert moved_error.value.url == migrate.workstation_url(url)
    assert [p.name for p in folder.iterdir()] == [migrate.NOTE_NAME]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_start_window_says_where_the_store_went_and_offers_no_new_store(
    moved: tuple[Path, str], policy: Policy, qapp: QApplication, qtbot: QtBot, language: str
) -> None:
    folder, url = moved
    server = migrate.workstation_url(url)
    assert install_translator(qapp, language)
    try:
        dialog = start_dialog(policy, folder)
        qtbot.addWidget(dialog)
        assert isinstance(dialog, MovedStoreDialog)
        dialog.show()
        message = dialog.message.text()
        if language == "nl":
            assert message.startswith(f"De opslag in {folder} is verhuisd naar de eenheidsserver {server}.")
            assert f'in het beleid store.location = "{server}"' in message
            assert dialog.english.isVisible()  # the English under the Dutch
            assert dialog.english.text().startswith(f"The store in {folder} was moved to the unit server {server}.")
        else:
            assert message.startswith(f"The store in {folder} was moved to the unit server {server}.")
            assert not dialog.english.isVisible()  # not twice
        assert dialog.address.text() == server and dialog.address.isReadOnly()
        buttons = [b.text() for b in dialog.findChildren(QPushButton)]
        assert buttons == ["&Afsluiten" if language == "nl" else "&Quit"]  # no "create store"
        QTest.keyClick(dialog.quit_button, Qt.Key.Key_Escape)  # keyboard only
        assert not dialog.isVisible() and dialog.session is None
    finally:
        remove_translators(qapp)

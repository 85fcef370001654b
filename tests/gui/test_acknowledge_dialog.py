"""The confidentiality statement dialog: nothing is accepted without ticking the box, accepting unlocks the
data, refusing leaves the session without data; the administrator's user table shows who accepted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from medunit.config.policy import Policy
from medunit.domain.roles import Role
from medunit.gui.acknowledge_dialog import AcknowledgeDialog, confirm
from medunit.gui.admin_view import AdminView
from medunit.services import admin, confidentiality, records, stores
from medunit.services.guard import AcknowledgementRequiredError
from medunit.services.session import Session
from tests.gui.conftest import click
from tests.support.unit import USER_PASS, Unit

NEW_USER = "dr.nieuw"


@pytest.fixture
def fresh(unit: Unit) -> Iterator[Session]:
    """A medical advisor at their first unlock (nothing accepted yet)."""
    admin.add_user(unit[Role.UNIT_ADMIN], NEW_USER, "medical-advisor", USER_PASS)
    session = stores.unlock(unit.root, NEW_USER, USER_PASS, unit.policy)
    yield session
    session.close()


def test_accept_needs_the_box_and_then_shows_data(qtbot: QtBot, fresh: Session, policy: Policy) -> None:
    dialog = AcknowledgeDialog(fresh)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "geheimhoudingsplicht" in dialog.text.toPlainText()
    assert "duty of confidentiality" in dialog.text.toPlainText()
    assert confidentiality.statement(policy).version in dialog.version.text()
    assert not dialog.accept_button.isEnabled()
    with pytest.raises(AcknowledgementRequiredError):
        records.count_cases(fresh)
    dialog.check.setChecked(True)
    click(dialog.accept_button)
    assert dialog.result() == AcknowledgeDialog.DialogCode.Accepted
    assert fresh.acknowledgement_due is None
    assert records.count_cases(fresh) == 2
    assert confirm(fresh)  # nothing due any more: no dialog


def test_refusing_keeps_the_data_closed(qtbot: QtBot, fresh: Session) -> None:
    dialog = AcknowledgeDialog(fresh)
    qtbot.addWidget(dialog)
    dialog.show()
    click(dialog.refuse_button)
    assert dialog.result() == AcknowledgeDialog.DialogCode.Rejected
    assert fresh.acknowledgement_due == "first"
    with pytest.raises(AcknowledgementRequiredError):
        records.entries(fresh, "GD-2026-000001")


def test_a_stale_text_is_refused_with_a_message(qtbot: QtBot, fresh: Session, tmp_path: Path) -> None:
    dialog = AcknowledgeDialog(fresh)
    qtbot.addWidget(dialog)
    dialog.statement = confidentiality.Statement("Oude tekst", "Old text")  # the text shown earlier
    dialog.check.setChecked(True)
    click(dialog.accept_button)
    assert "changed after it was shown" in dialog.message.text()
    assert fresh.acknowledgement_due == "first"


def test_admin_view_lists_who_accepted(qtbot: QtBot, unit: Unit, fresh: Session) -> None:
    view = AdminView(unit[Role.UNIT_ADMIN])
    qtbot.addWidget(view)
    model = view.user_model
    column = model.columnCount() - 1
    rows = {model.index(r, 0).data(): model.index(r, column).data() for r in range(model.rowCount())}
    version = confidentiality.statement(unit.policy).version
    assert rows[NEW_USER] == "not yet"
    assert version in rows["dr.jansen"]

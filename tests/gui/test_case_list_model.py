"""CaseListModel: lazy pages from records.list_cases, server-side sort and filters, restricted rows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from medunit.domain.roles import Role
from medunit.gui.models import CaseListModel, RowRole
from medunit.services import demo
from medunit.services.records import CaseQuery
from tests.support.unit import Unit

ROOT = QModelIndex()


def test_pages_are_fetched_lazily(unit: Unit) -> None:
    demo.seed(unit[Role.UNIT_ADMIN], 450, recovery_code=unit.recovery_code)  # 452 cases in all
    model = CaseListModel(unit[Role.MEDICAL_ADVISOR])
    model.reload()
    assert model.rowCount() == 50 and model.pages_loaded == 1  # a screenful first: a keystroke stays quick
    assert model.canFetchMore(ROOT)
    model.fetchMore(ROOT)
    assert model.rowCount() == 250  # scrolling loads 200 at a time
    model.fetchMore(ROOT)
    assert model.rowCount() == 450
    model.fetchMore(ROOT)
    assert model.rowCount() == 452
    assert not model.canFetchMore(ROOT)
    refs = [model.summary(i).reference for i in range(452)]  # type: ignore[union-attr]
    assert len(set(refs)) == 452


def test_a_window_taller_than_the_first_page_loads_the_next_by_itself(qtbot: QtBot, unit: Unit) -> None:
    """The short first page never leaves a tall list half empty: the view asks for the next page as soon
    as the last loaded row shows."""
    demo.seed(unit[Role.UNIT_ADMIN], 120, recovery_code=unit.recovery_code)
    model = CaseListModel(unit[Role.MEDICAL_ADVISOR], first_page=5)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 600)  # room for about 20 rows
    model.reload()
    assert model.rowCount() == 5
    view.show()
    qtbot.waitUntil(lambda: model.rowCount() > 5, timeout=5000)
    assert model.pages_loaded == 2 and model.rowCount() == 122  # page two holds the remaining 117


def test_a_lock_keeps_the_selected_case_beyond_the_first_page(qtbot: QtBot, unit: Unit) -> None:
    """After unlocking, the list loads as many rows as before the lock, so a case selected below the
    short first page is selected again."""
    from medunit.gui.case_list import CaseListView
    from medunit.gui.clipboard import ClipboardGuard

    demo.seed(unit[Role.UNIT_ADMIN], 120, recovery_code=unit.recovery_code)
    session = unit[Role.MEDICAL_ADVISOR]
    view = CaseListView(session, ClipboardGuard(30))
    qtbot.addWidget(view)
    view.model.fetchMore(ROOT)
    assert view.model.rowCount() == 122
    reference = view.model.summary(100).reference  # type: ignore[union-attr]
    view.select_reference(reference)
    view.lock()
    assert view.model.rowCount() == 0
    view.set_session(session)
    assert view.model.rowCount() == 122 and view.current_reference() == reference


def test_sort_is_a_new_query(unit: Unit) -> None:
    demo.seed(unit[Role.UNIT_ADMIN], 30, recovery_code=unit.recovery_code)
    model = CaseListModel(unit[Role.MEDICAL_ADVISOR], page_size=10)
    model.reload()
    model.sort(CaseListModel.COL_REFERENCE, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "reference" and not model.query.descending
    assert model.rowCount() == 10  # back to the first page
    assert model.data(model.index(0, 0)) == "GD-2026-000001"
    model.sort(CaseListModel.COL_REFERENCE, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)).startswith("SYN-")
    model.sort(CaseListModel.COL_PERSON, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "person"
    model.sort(CaseListModel.COL_ADVISOR, Qt.SortOrder.AscendingOrder)  # not sortable: query unchanged
    assert model.query.sort == "person"


def test_filters(unit: Unit) -> None:
    demo.seed(unit[Role.UNIT_ADMIN], 40, recovery_code=unit.recovery_code)
    model = CaseListModel(unit[Role.MEDICAL_ADVISOR])
    model.set_query(CaseQuery(text="GD-2026"))
    assert {model.summary(i).reference for i in range(model.rowCount())} == {  # type: ignore[union-attr]
        "GD-2026-000001",
        "GD-2026-000002",
    }
    model.update_query(text="", status="new")
    assert model.rowCount() > 0
    assert all(model.summary(i).status == "new" for i in range(model.rowCount()))  # type: ignore[union-attr]
    model.update_query(status=None, case_type="personal-injury")
    assert all(
        model.summary(i).case_type == "personal-injury"
        for i in range(model.rowCount())  # type: ignore[union-attr]
    )
    model.update_query(case_type=None, advisor="nobody-here")
    assert model.rowCount() == 0


def test_restricted_case_is_shielded_for_others(unit: Unit) -> None:
    staff = CaseListModel(unit[Role.UNIT_STAFF])
    staff.set_query(CaseQuery(sort="reference", descending=False))
    restricted = staff.index(1, CaseListModel.COL_PERSON)
    assert staff.data(restricted) == "(restricted)"
    assert staff.data(staff.index(1, 0), Qt.ItemDataRole.DecorationRole) is not None
    assert "break the glass" in staff.data(restricted, Qt.ItemDataRole.ToolTipRole)
    assert staff.data(staff.index(0, CaseListModel.COL_PERSON)) == "Anna de Vries"
    advisor = CaseListModel(unit[Role.MEDICAL_ADVISOR])
    advisor.set_query(CaseQuery(sort="reference", descending=False))
    assert advisor.data(advisor.index(1, CaseListModel.COL_PERSON)) == "Bram Mulder"
    assert advisor.data(advisor.index(1, 0), RowRole).restricted


def test_refusal_is_reported(qtbot: QtBot, unit: Unit) -> None:
    model = CaseListModel(unit[Role.PRIVACY_OFFICER])
    with qtbot.waitSignal(model.failed) as signal:
        model.reload()
    assert "Privacy officer" in signal.args[0] and "list cases" in signal.args[0]  # names for people, not codes
    assert model.rowCount() == 0 and not model.canFetchMore(ROOT)


def test_locked_session_loads_nothing(unit: Unit) -> None:
    session = unit[Role.MEDICAL_ADVISOR]
    model = CaseListModel(session)
    model.reload()
    assert model.rowCount() == 2
    model.clear()
    session.close()
    assert model.rowCount() == 0 and not model.canFetchMore(ROOT)

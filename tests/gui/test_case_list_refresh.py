"""The case list shows other workstations' changes within ui.refresh_seconds (issue 12 point 4), keeping the
user's selection, scroll position and search, and logging one list read per refresh, none per idle tick."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from medunit.config.policy import Policy, load_policy
from medunit.domain.roles import Role
from medunit.gui.case_list import CaseListView
from medunit.gui.clipboard import ClipboardGuard
from medunit.services import demo, intake, records
from medunit.services.session import Session
from tests.gui.conftest import write_policy
from tests.support.backends import server_location
from tests.support.pg import Cluster
from tests.support.unit import TODAY, USER_PASS, USERS, Unit, intake_json, make_unit

ROOT = Path(__file__).resolve().parents[2]
REFRESH_S = 1


@pytest.fixture
def fast_unit(gui_env: Path, tmp_path: Path) -> Iterator[Unit]:
    """The GUI tests' unit with ui.refresh_seconds = 1."""
    write_policy(gui_env, f"[ui]\nrefresh_seconds = {REFRESH_S}\n")
    policy: Policy = load_policy()
    assert policy.get("ui.refresh_seconds") == REFRESH_S
    made = make_unit(tmp_path / "unit", policy)
    yield made
    made.close()


def _view(qtbot: QtBot, session: Session) -> CaseListView:
    view = CaseListView(session, ClipboardGuard(1000))
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def _list_reads(session: Session) -> list[str]:
    rows = session.vault.db.execute(
        "SELECT reason FROM access_log WHERE action = 'case.list' AND user_name = ? ORDER BY seq", (session.user,)
    ).fetchall()
    return [str(r[0]) for r in rows]


def _resets(view: CaseListView) -> list[int]:
    counter: list[int] = []
    view.model.modelReset.connect(lambda: counter.append(1))
    return counter


def test_a_case_committed_by_another_process_shows_within_the_refresh_interval(qtbot: QtBot, fast_unit: Unit) -> None:
    advisor = fast_unit[Role.MEDICAL_ADVISOR]
    view = _view(qtbot, advisor)
    assert view.refresh_timer.interval() == REFRESH_S * 1000 and view.refresh_timer.isActive()
    view.search_edit.setText("GD-2026")
    view.apply_filters()
    view.select_reference("GD-2026-000001")
    resets = _resets(view)
    reads_before = len(_list_reads(advisor))
    # another workstation: its own process, its own connection, the unit staff member's own passphrase
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from medunit.config.policy import load_policy
        from medunit.services import intake, stores
        from tests.support.unit import TODAY, intake_json
        s = stores.unlock(Path({str(fast_unit.root)!r}), {USERS[Role.UNIT_STAFF]!r}, {USER_PASS!r}, load_policy())
        intake.import_intake(s, intake_json("GD-2026-000777", "P-000777"), TODAY)
        s.close()
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: view.model.row_of("GD-2026-000777") >= 0, timeout=REFRESH_S * 1000 + 9000)
    assert view.current_reference() == "GD-2026-000001"  # the selection stayed on the same case
    assert view.search_edit.text() == "GD-2026"  # and the search with it
    assert resets == []  # merged in, not a reset of the view
    assert view.count_label.text() == "3 case(s)"
    reads = _list_reads(advisor)[reads_before:]
    assert len(reads) == 1 and reads[0].startswith('refresh search="GD-2026"'), reads


def test_idle_ticks_neither_reset_the_view_nor_log(qtbot: QtBot, fast_unit: Unit) -> None:
    advisor, staff = fast_unit[Role.MEDICAL_ADVISOR], fast_unit[Role.UNIT_STAFF]
    view = _view(qtbot, advisor)
    resets = _resets(view)
    reads_before = _list_reads(advisor)
    for _ in range(3):
        assert not view.refresh_if_changed()
    # another session commits, but no case changes (its own list read appends an access-log entry only)
    records.list_cases(staff, records.CaseQuery())
    assert not view.refresh_if_changed()
    assert resets == [] and _list_reads(advisor) == reads_before


def test_a_status_change_elsewhere_updates_the_row_in_place(qtbot: QtBot, fast_unit: Unit) -> None:
    advisor, staff = fast_unit[Role.MEDICAL_ADVISOR], fast_unit[Role.UNIT_STAFF]
    view = _view(qtbot, advisor)
    view.select_reference("GD-2026-000002")
    row = view.model.row_of("GD-2026-000001")
    records.set_status(staff, "GD-2026-000001", "in-progress")
    assert view.refresh_if_changed()
    assert view.model.summary(row).status == "in-progress"  # type: ignore[union-attr]
    assert view.current_reference() == "GD-2026-000002"


def test_the_scroll_position_stays_on_the_same_cases(qtbot: QtBot, fast_unit: Unit) -> None:
    admin, staff = fast_unit[Role.UNIT_ADMIN], fast_unit[Role.UNIT_STAFF]
    demo.seed(admin, 120, recovery_code=fast_unit.recovery_code)
    advisor = fast_unit[Role.MEDICAL_ADVISOR]
    view = _view(qtbot, advisor)
    while view.model.rowCount() <= 60 and view.model.canFetchMore(QModelIndex()):  # the first page is short
        view.model.fetchMore(QModelIndex())
    view.table.scrollTo(view.model.index(60, 0))
    bar = view.table.verticalScrollBar()
    assert bar.value() > 0
    top = view.model.summary(view.table.rowAt(0))
    assert top is not None
    intake.import_intake(staff, intake_json("GD-2026-000900", "P-000900", received_at="2026-11-25"), TODAY)
    assert view.refresh_if_changed()
    assert view.model.row_of("GD-2026-000900") >= 0
    assert view.model.summary(view.table.rowAt(0)) == top  # the same case at the top of the viewport


def test_a_locked_list_stops_asking_and_starts_again_after_unlock(qtbot: QtBot, fast_unit: Unit) -> None:
    advisor, staff = fast_unit[Role.MEDICAL_ADVISOR], fast_unit[Role.UNIT_STAFF]
    view = _view(qtbot, advisor)
    view.lock()
    assert not view.refresh_timer.isActive()
    intake.import_intake(staff, intake_json("GD-2026-000901", "P-000901"), TODAY)
    assert not view.refresh_if_changed()
    view.set_session(advisor)
    assert view.refresh_timer.isActive()
    assert view.model.row_of("GD-2026-000901") >= 0
    assert not view.refresh_if_changed()


def test_a_list_nobody_sees_is_read_again_when_it_shows(qtbot: QtBot, fast_unit: Unit) -> None:
    advisor, staff = fast_unit[Role.MEDICAL_ADVISOR], fast_unit[Role.UNIT_STAFF]
    view = _view(qtbot, advisor)
    view.hide()  # another tab is in front
    reads_before = _list_reads(advisor)
    intake.import_intake(staff, intake_json("GD-2026-000902", "P-000902"), TODAY)
    assert not view.refresh_if_changed()
    assert _list_reads(advisor) == reads_before  # nothing read that nobody sees
    view.show()
    qtbot.waitUntil(lambda: view.model.row_of("GD-2026-000902") >= 0, timeout=5000)
    assert len(_list_reads(advisor)) == len(reads_before) + 1


def test_an_open_case_stays_open_and_the_folded_list_catches_up_when_shown(qtbot: QtBot, fast_unit: Unit) -> None:
    from medunit.gui.main_window import MainWindow

    advisor, staff = fast_unit[Role.MEDICAL_ADVISOR], fast_unit[Role.UNIT_STAFF]
    window = MainWindow(advisor, delay_unit_ms=20)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    case_list, case_view = window.case_list, window.case_view
    assert case_list is not None and case_view is not None
    window.open_case("GD-2026-000001")  # the case takes the whole width, the list folds away
    assert case_list.visibleRegion().isEmpty()
    reads_before = _list_reads(advisor)
    intake.import_intake(staff, intake_json("GD-2026-000903", "P-000903"), TODAY)
    assert not case_list.refresh_if_changed()
    assert _list_reads(advisor) == reads_before
    window.show_case_list()
    qtbot.waitUntil(lambda: case_list.model.row_of("GD-2026-000903") >= 0, timeout=REFRESH_S * 1000 + 9000)
    assert case_view.isVisible() and case_view.reference == "GD-2026-000001"  # the open case stayed open


def test_on_the_unit_server_another_workstations_case_shows_within_the_refresh_interval(
    qtbot: QtBot, gui_env: Path, pg_cluster: Cluster
) -> None:
    write_policy(gui_env, f"[ui]\nrefresh_seconds = {REFRESH_S}\n")
    unit = make_unit(server_location(pg_cluster), load_policy())
    try:
        advisor, staff = unit[Role.MEDICAL_ADVISOR], unit[Role.UNIT_STAFF]
        view = _view(qtbot, advisor)
        view.select_reference("GD-2026-000002")
        resets = _resets(view)
        intake.import_intake(staff, intake_json("GD-2026-000904", "P-000904"), TODAY)  # LISTEN/NOTIFY
        qtbot.waitUntil(lambda: view.model.row_of("GD-2026-000904") >= 0, timeout=REFRESH_S * 1000 + 9000)
        assert view.current_reference() == "GD-2026-000002" and resets == []
        assert _list_reads(advisor)[-1].startswith("refresh ")
        view.lock()
    finally:
        unit.close()

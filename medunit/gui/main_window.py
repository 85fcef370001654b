"""The main window: the views the signed-in role may use, the session, lock, quit, about.

Views by role (from the permission matrix): the case list with the open case (advisor, staff,
criminal-record officer), the access log (privacy officer), administration (unit administrator), and
always the session summary. Locking drops what the views show; unlocking gives them the new session and
brings back the same view and open case.

The File menu offers, where the role may, importing an advice request (intake JSON) and applying the
retention periods; both run their service calls in a worker thread, one at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import medunit
from medunit import buildinfo
from medunit.domain.permissions import Action, allowed
from medunit.domain.roles import Role
from medunit.errors import MedunitError
from medunit.gui import acknowledge_dialog, backup_status, view_state, workers
from medunit.gui.admin_view import AdminView
from medunit.gui.audit_view import AccessLogView
from medunit.gui.case_list import CaseListView
from medunit.gui.case_view import BSN_VISIBLE_MS, CaseView
from medunit.gui.clipboard import ClipboardGuard
from medunit.gui.intake_import import import_file
from medunit.gui.key_grants import offer_key_grants
from medunit.gui.labels import retention_kind_name, role_name
from medunit.gui.messages import error_text
from medunit.gui.retention_dialog import PurgeDialog
from medunit.gui.unlock import UnlockDialog
from medunit.gui.widgets import MessageLabel, heading
from medunit.services import retention, stores
from medunit.services.retention import PurgeItem
from medunit.services.session import Session

_ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
    }
)


class MainWindow(QMainWindow):
    """The unit's workspace. ``lock()`` closes the session and asks to unlock again."""

    PAGE_CONTENT, PAGE_LOCKED = range(2)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        idle_ms: int | None = None,
        delay_unit_ms: int = 1000,
        clipboard_unit_ms: int = 1000,
        bsn_visible_ms: int = BSN_VISIBLE_MS,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.store_dir = session.vault.reopen_location  # the folder, or the unit server's URL as configured
        self.unlock_dialog: UnlockDialog | None = None
        self.about_box: QMessageBox | None = None
        self._delay_unit_ms = delay_unit_ms
        self._bsn_visible_ms = bsn_visible_ms
        self.setMinimumSize(800, 560)
        self.clipboard_guard = ClipboardGuard(
            int(session.policy.get("session.clipboard_clear_seconds")), self, unit_ms=clipboard_unit_ms
        )
        self.case_list: CaseListView | None = None
        self.case_view: CaseView | None = None
        self.log_view: AccessLogView | None = None
        self.admin_view: AdminView | None = None
        # the running import or purge (one at a time); a lock asked for meanwhile waits for it
        self.operation: workers.Worker | None = None
        self._lock_pending = False
        self.purge_dialog: PurgeDialog | None = None
        self.purge_summary_box: QMessageBox | None = None
        self.last_imported: str | None = None

        self.demo_banner = QLabel(
            self.tr("DEMO — this store holds synthetic data only. Do not enter real health data.")
        )
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setStyleSheet(
            "QLabel#demoBanner { background: #ffd400; color: #1a1a1a; font-weight: bold; padding: 8px; "
            "border-bottom: 1px solid #b39500; }"
        )

        self.user_value = self._value_label("userValue")
        self.role_value = self._value_label("roleValue")
        self.store_value = self._value_label("storeValue")
        self.store_value.setWordWrap(False)  # a path wraps at its slashes badly
        self.workstation_value = self._value_label("workstationValue")
        self.binding_value = self._value_label("bindingValue")
        self.idle_value = self._value_label("idleValue")

        group = QGroupBox(self.tr("Session"))
        form = QFormLayout(group)
        form.setContentsMargins(16, 16, 16, 16)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(24)
        form.addRow(self.tr("Signed in as:"), self.user_value)
        form.addRow(self.tr("Role:"), self.role_value)
        form.addRow(self.tr("Store:"), self.store_value)
        form.addRow(self.tr("Workstation:"), self.workstation_value)
        form.addRow(self.tr("Workstation binding:"), self.binding_value)
        form.addRow(self.tr("Automatic lock:"), self.idle_value)

        self.session_page = QWidget()
        session_layout = QVBoxLayout(self.session_page)
        session_layout.setContentsMargins(24, 20, 24, 20)
        session_layout.setSpacing(16)
        session_layout.addWidget(heading(self.tr("Medical advisor unit"), self.session_page, 1.5))
        session_layout.addWidget(group)
        session_layout.addStretch(1)

        self.views = QTabWidget()
        self.views.setObjectName("views")
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(10, 8, 10, 8)
        content_layout.addWidget(self.views)
        self._build_views()

        locked = QWidget()
        locked_layout = QVBoxLayout(locked)
        self.locked_label = heading(self.tr("medunit is locked."), locked)
        self.locked_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        locked_layout.addStretch(1)
        locked_layout.addWidget(self.locked_label)
        locked_layout.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(locked)

        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.demo_banner)
        self.message = MessageLabel(central)
        self.message.setObjectName("windowMessage")
        self.message.setContentsMargins(12, 6, 12, 0)
        central_layout.addWidget(self.message)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("busyLabel")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busyIndicator")
        self.busy_bar.setRange(0, 0)  # indeterminate: the service calls report no steps
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setTextVisible(False)
        self.statusBar().addWidget(self.busy_label, 1)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.busy_label.setVisible(False)
        self.busy_bar.setVisible(False)

        self._build_menus()
        self._show_session()
        if not view_state.restore_window(self, session.user):
            self._default_size()
        self._restore_layout()

        minutes = int(session.policy.get("session.idle_lock_minutes"))
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setInterval(idle_ms if idle_ms is not None else minutes * 60_000)
        self._idle_timer.timeout.connect(self.lock)
        self._idle_timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _default_size(self) -> None:
        """1366×768 (the common office laptop) or the screen's free area if that is smaller."""
        screen = self.screen()
        free = screen.availableGeometry() if screen is not None else None
        width = min(1366, free.width()) if free is not None else 1366
        height = min(768, free.height()) if free is not None else 768
        self.resize(width, height)

    def _restore_layout(self) -> None:
        view_state.restore_children(self, self.session.user)
        if self.case_list is not None:
            self.case_list.search_edit.setFocus()  # the day starts with a search

    def save_layout(self) -> None:
        """Remember this user's window geometry, splitters and column widths (layout only)."""
        view_state.save_window(self, self.session.user)
        view_state.save_children(self, self.session.user)

    def _value_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import advice request…"), self)
        self.import_action.setObjectName("importIntakeAction")
        self.import_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        self.import_action.triggered.connect(self.choose_intake_file)
        file_menu.addAction(self.import_action)
        self.purge_action = QAction(self.tr("Apply &retention periods…"), self)
        self.purge_action.setObjectName("purgeAction")
        self.purge_action.triggered.connect(self.plan_purge)
        file_menu.addAction(self.purge_action)
        self.tasks_separator = file_menu.addSeparator()
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.triggered.connect(self.lock)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About medunit"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    # -- views ---------------------------------------------------------------------------------

    def _build_views(self) -> None:
        """The tabs this role may use, decided by the permission matrix."""
        for view in (self.case_list, self.case_view, self.log_view, self.admin_view):
            if view is not None:
                view.deleteLater()
        self.case_list = self.case_view = self.log_view = self.admin_view = None
        self.views.clear()
        role = self.session.role
        if allowed(role, Action.CASE_LIST):
            self.case_list = CaseListView(self.session, self.clipboard_guard)
            self.case_view = CaseView(self.session, self.clipboard_guard, bsn_visible_ms=self._bsn_visible_ms)
            self.case_list.open_requested.connect(self.open_case)
            self.cases_split = QSplitter(Qt.Orientation.Horizontal)
            self.cases_split.setObjectName("casesSplit")
            self.cases_split.addWidget(self.case_list)
            self.cases_split.addWidget(self.case_view)
            # an open case takes the whole width; the list folds away and comes back with "Case list"
            self.cases_split.setCollapsible(0, True)
            self.cases_split.setCollapsible(1, False)
            self.cases_split.setStretchFactor(0, 5)
            self.cases_split.setStretchFactor(1, 6)
            self.case_view.list_requested.connect(self.show_case_list)
            # no case open: the list has the whole width; a case shows beside it (or alone) once opened
            self.case_view.case_changed.connect(self._case_changed)
            self.case_view.setVisible(False)
            self.views.addTab(self.cases_split, self.tr("&Cases"))
        if allowed(role, Action.AUDIT_READ):
            self.log_view = AccessLogView(self.session)
            self.views.addTab(self.log_view, self.tr("Access &log"))
        if allowed(role, Action.USER_MANAGE):
            self.admin_view = AdminView(self.session)
            self.views.addTab(self.admin_view, self.tr("&Administration"))
        self.views.addTab(self.session_page, self.tr("&Session"))

    def open_case(self, reference: str) -> None:
        """Open ``reference``; the case then gets the whole width (the list folds away)."""
        if self.case_view is None:
            return
        if self.case_view.open_case(reference):
            self.give_case_the_room()

    def _case_changed(self, reference: str) -> None:
        if self.case_view is not None:
            self.case_view.setVisible(bool(reference))

    def give_case_the_room(self) -> None:
        sizes = self.cases_split.sizes()
        if sizes[0] > 0:
            self._list_width = sizes[0]
        self.cases_split.setSizes([0, sum(sizes)])
        if self.case_view is not None:
            self.case_view.tabs.setFocus()

    def show_case_list(self) -> None:
        """The case list back beside the open case, with the focus in it."""
        if self.case_list is None:
            return
        total = sum(self.cases_split.sizes())
        width = getattr(self, "_list_width", 0) or total * 5 // 11
        self.cases_split.setSizes([min(width, total * 2 // 3), total - min(width, total * 2 // 3)])
        self.case_list.table.setFocus()

    def _lock_views(self) -> None:
        for view in (self.case_list, self.case_view, self.log_view, self.admin_view):
            if view is not None:
                view.lock()

    def _resume_views(self, previous_user: str, previous_role: Role) -> None:
        """After unlocking: the same user gets the same view and open case back; another user starts anew."""
        if self.session.user == previous_user and self.session.role is previous_role:
            tab = self.views.currentIndex()
            for view in (self.case_list, self.case_view, self.log_view, self.admin_view):
                if view is not None:
                    view.set_session(self.session)
            self.views.setCurrentIndex(tab)
        else:
            self._build_views()
            self._restore_layout()

    def _show_session(self) -> None:
        session = self.session
        title = self.tr("medunit — %1").replace("%1", session.store_path)
        if session.demo:
            title = self.tr("%1 — DEMO").replace("%1", title)
        self.setWindowTitle(title)
        self.demo_banner.setVisible(session.demo)
        self.user_value.setText(session.user)
        self.role_value.setText(role_name(session.role.value))
        self.store_value.setText(session.store_path)
        self.workstation_value.setText(session.workstation_id)
        try:
            binds = stores.session_binds(session)
        except MedunitError:
            binding = self.tr("unknown (the key-slot file cannot be read)")
        else:
            binding = (
                self.tr("on — the store opens only on workstations it is bound to")
                if binds
                else self.tr("off — the store opens on any workstation with a passphrase")
            )
        self.binding_value.setText(binding)
        minutes = int(session.policy.get("session.idle_lock_minutes"))
        self.idle_value.setText(self.tr("after %n minute(s) without activity", None, minutes))
        self.pages.setCurrentIndex(self.PAGE_CONTENT)
        self.lock_action.setEnabled(True)
        self._update_task_actions()
        offer_key_grants(self, session)

    def _update_task_actions(self) -> None:
        """Import and purge: shown only when the role may; disabled while locked or while one runs."""
        role = self.session.role
        may_import = allowed(role, Action.CASE_CREATE)
        may_purge = allowed(role, Action.PURGE_RUN)
        self.import_action.setVisible(may_import)
        self.purge_action.setVisible(may_purge)
        self.tasks_separator.setVisible(may_import or may_purge)
        idle = self.operation is None and not self.locked
        self.import_action.setEnabled(may_import and idle)
        self.purge_action.setEnabled(may_purge and idle)

    # -- locking -------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return not self.session.open

    def lock(self) -> None:
        """Close the session (drops key material), hide the content and ask to unlock again."""
        if self.locked:
            return
        if self.operation is not None:
            self._lock_pending = True  # the worker uses the session: lock as soon as it reports
            return
        self._idle_timer.stop()
        user = self.session.user
        self.save_layout()
        self._locked_as = (user, self.session.role)
        self.clipboard_guard.clear()
        self._lock_views()
        self._close_task_dialogs()
        self.message.clear_message()
        backup_status.close_session(self.session, self)  # takes the policy's automatic backup when due
        for label in (
            self.user_value,
            self.role_value,
            self.store_value,
            self.workstation_value,
            self.binding_value,
            self.idle_value,
        ):
            label.clear()
        self.pages.setCurrentIndex(self.PAGE_LOCKED)
        self.lock_action.setEnabled(False)
        self._update_task_actions()
        dialog = UnlockDialog(
            self.session.policy,
            self.store_dir,
            self,
            user=user,
            delay_unit_ms=self._delay_unit_ms,
            demo=self.session.demo,
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(self._unlocked)
        dialog.rejected.connect(self.close)
        self.unlock_dialog = dialog
        dialog.open()

    def _unlocked(self) -> None:
        dialog = self.unlock_dialog
        if dialog is None or dialog.session is None:
            return
        self.unlock_dialog = None
        dialog.deleteLater()
        if not acknowledge_dialog.confirm(dialog.session, self):  # renewal or a new text since the last unlock
            dialog.session.close()
            self.close()
            return
        self.session = dialog.session
        self._show_session()
        self._resume_views(*self._locked_as)
        self._idle_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY_EVENTS and not self.locked:
            self._idle_timer.start()
        return super().eventFilter(watched, event)

    # -- work in a worker thread: import, purge -------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.operation is not None

    def _start(self, text: str, fn: Callable[[], object], on_done: Callable[[object], None]) -> None:
        """Run ``fn`` off the GUI thread with the busy indicator; ``on_done`` (or the error) on the GUI thread."""
        self.message.clear_message()
        self.busy_label.setText(text)
        self.busy_label.setVisible(True)
        self.busy_bar.setVisible(True)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._idle_timer.stop()  # nobody types while waiting; the idle lock counts from the end

        def finished(result: object) -> None:
            self._finish()
            if not self.locked:
                on_done(result)
            self._lock_if_asked()

        def failed(exc: BaseException) -> None:
            self._finish()
            if not self.locked:
                self.message.show_error(error_text(exc))
            self._lock_if_asked()

        self.operation = workers.start(lambda _progress: fn(), finished, failed)
        self._update_task_actions()

    def _finish(self) -> None:
        self.operation = None
        self.busy_label.clear()
        self.busy_label.setVisible(False)
        self.busy_bar.setVisible(False)
        self.unsetCursor()
        if not self.locked:
            self._idle_timer.start()
            self._update_task_actions()

    def _lock_if_asked(self) -> None:
        if self._lock_pending:
            self._lock_pending = False
            self.lock()

    def _close_task_dialogs(self) -> None:
        if self.purge_dialog is not None:
            self.purge_dialog.reject()
        if self.purge_summary_box is not None:
            self.purge_summary_box.close()

    # -- importing an advice request ------------------------------------------------------------

    def choose_intake_file(self) -> None:
        if self.busy or self.locked or not allowed(self.session.role, Action.CASE_CREATE):
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import advice request"),
            "",
            self.tr("Advice requests (*.json);;All files (*)"),
        )
        if path:
            self.import_intake(Path(path))

    def import_intake(self, path: Path) -> None:
        """Read and import ``path`` in a worker; the new case is then selected and opened."""
        session = self.session
        self._start(
            self.tr("Importing advice request %1…").replace("%1", path.name),
            lambda: import_file(session, path),
            self._imported,
        )

    def _imported(self, result: object) -> None:
        reference = str(result)
        self.last_imported = reference
        self.message.show_info(self.tr("Case %1 imported.").replace("%1", reference))
        if self.case_list is not None:
            self.views.setCurrentWidget(self.cases_split)
            self.case_list.show_reference(reference)
            self.open_case(reference)

    # -- retention purge -----------------------------------------------------------------------

    def plan_purge(self) -> None:
        """Ask what a purge would delete (in a worker), then show it for confirmation."""
        if self.busy or self.locked or not allowed(self.session.role, Action.PURGE_RUN):
            return
        session = self.session
        self._start(self.tr("Checking the retention periods…"), lambda: retention.plan(session), self._show_plan)

    def _show_plan(self, result: object) -> None:
        assert isinstance(result, list)
        dialog = PurgeDialog(result, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(self.run_purge)
        dialog.finished.connect(self._purge_dialog_finished)
        self.purge_dialog = dialog
        dialog.open()

    def _purge_dialog_finished(self, _result: int) -> None:
        # a bound method, not a lambda holding ``self``: the dialog's connections must not own the window
        if self.purge_dialog is not None:
            self.purge_dialog.deleteLater()
            self.purge_dialog = None

    def run_purge(self) -> None:
        if self.busy or self.locked:
            return
        session = self.session
        self._start(
            self.tr("Deleting what is past its retention period…"), lambda: retention.purge(session), self._purged
        )

    def _purged(self, result: object) -> None:
        assert isinstance(result, list)
        items: list[PurgeItem] = result
        total = sum(item.count for item in items)
        text = self.tr("Retention periods applied: %n item(s) deleted.", None, total)
        self.message.show_info(text)
        box = QMessageBox(self)
        box.setObjectName("purgeSummary")
        box.setWindowTitle(self.tr("Retention periods applied"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(text)
        lines = [
            self.tr("%1: %n deleted", None, item.count).replace("%1", retention_kind_name(item.kind)) for item in items
        ]
        box.setInformativeText("\n".join(lines))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.finished.connect(self._summary_box_finished)
        self.purge_summary_box = box
        box.open()
        if self.case_list is not None:
            current = self.case_list.current_reference()
            self.case_list.model.reload()
            if current:
                self.case_list.select_reference(current)
        if self.case_view is not None and self.case_view.reference:
            reference = self.case_view.reference
            tab = self.case_view.tabs.currentIndex()
            if self.case_view.open_case(reference):
                self.case_view.tabs.setCurrentIndex(tab)
            else:  # purged with the case
                self.case_view.close_case()

    def _summary_box_finished(self, _result: int) -> None:
        if self.purge_summary_box is not None:
            self.purge_summary_box.deleteLater()
            self.purge_summary_box = None

    # -- other actions -------------------------------------------------------------------------

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About medunit"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(self.tr("medunit %1").replace("%1", medunit.__version__))
        box.setDetailedText(buildinfo.describe("medunit"))
        box.setInformativeText(
            self.tr(
                "The workstation of the insurer's medical advisor unit: encrypted health records, "
                "consent, doctor information requests and signed advice."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        self.about_box = box
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.operation is not None:
            QThreadPool.globalInstance().waitForDone()  # let the import or purge finish its transaction
        self._close_task_dialogs()
        self._idle_timer.stop()
        if not self.locked:
            self.save_layout()
        self.clipboard_guard.clear()
        self._lock_views()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        backup_status.close_session(self.session, self, wait=True)
        super().closeEvent(event)

"""The case list: search (debounced), filters, server-side sort, lazy loading; Enter opens a case."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from medunit.domain.records import CaseStatus, CaseType
from medunit.errors import MedunitError
from medunit.gui.clipboard import ClipboardGuard
from medunit.gui.labels import case_status_name, case_type_name
from medunit.gui.messages import error_text
from medunit.gui.models import CaseListModel
from medunit.gui.widgets import HINT_STYLE, GuardedTableView, MessageLabel
from medunit.services import records
from medunit.services.changes import ChangeWatch, refresh_seconds
from medunit.services.session import Session

#: Delay between the last key press in the search box and the new query.
SEARCH_DEBOUNCE_MS = 250


class LazyComboBox(QComboBox):
    """A combo box that asks for its items when it is first opened or focused (``about_to_show``)."""

    about_to_show = Signal()

    def showPopup(self) -> None:
        self.about_to_show.emit()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.about_to_show.emit()
        super().focusInEvent(event)


class CaseListView(QWidget):
    """Lists the unit's cases. ``open_requested(reference)`` when the user opens one (Enter, double click)."""

    open_requested = Signal(str)

    def __init__(self, session: Session, guard: ClipboardGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = CaseListModel(session, self)
        self._remembered: str | None = None
        self._remembered_rows = 0
        self.model.failed.connect(self._failed)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("caseSearch")
        self.search_edit.setPlaceholderText(self.tr("Search reference, family name or person reference (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search cases"))

        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in CaseStatus:
            self.status_combo.addItem(case_status_name(status.value), status.value)
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("typeFilter")
        self.type_combo.addItem(self.tr("All case types"), None)
        for case_type in CaseType:
            self.type_combo.addItem(case_type_name(case_type.value), case_type.value)
        self.advisor_combo = LazyComboBox(self)
        self.advisor_combo.setObjectName("advisorFilter")
        self.advisor_combo.about_to_show.connect(self._fill_advisors)
        for combo in (self.status_combo, self.type_combo, self.advisor_combo):
            # may shrink below its longest item, so the open case gets the room when the list is narrow
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.advisor_combo.addItem(self.tr("All advisors"), None)
        self.advisor_combo.setToolTip(self.tr("Assigned advisor: every advisor with cases"))
        self._advisors_loaded = False

        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search_edit)
        status_label = QLabel(self.tr("S&tatus:"), self)
        status_label.setBuddy(self.status_combo)
        type_label = QLabel(self.tr("T&ype:"), self)
        type_label.setBuddy(self.type_combo)
        advisor_label = QLabel(self.tr("Ad&visor:"), self)
        advisor_label.setBuddy(self.advisor_combo)

        self.table = GuardedTableView(guard, self)
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Cases"))
        header = self.table.horizontalHeader()
        header.setSortIndicator(CaseListModel.COL_RECEIVED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.fill_column = CaseListModel.COL_PERSON
        self.table.activated.connect(self._activated)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("caseCount")
        self.count_label.setStyleSheet(HINT_STYLE)
        self.message = MessageLabel(self)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(status_label)
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(type_label)
        filters.addWidget(self.type_combo, 1)
        filters.addWidget(advisor_label)
        filters.addWidget(self.advisor_combo, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.setTabOrder(self.search_edit, self.status_combo)
        self.setTabOrder(self.status_combo, self.type_combo)
        self.setTabOrder(self.type_combo, self.advisor_combo)
        self.setTabOrder(self.advisor_combo, self.table)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(self._debounce.start)
        self.search_edit.returnPressed.connect(self._search_now)
        self.status_combo.currentIndexChanged.connect(self.apply_filters)
        self.type_combo.currentIndexChanged.connect(self.apply_filters)
        self.advisor_combo.currentIndexChanged.connect(self.apply_filters)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)

        # other workstations' changes (issue 12): ask every ui.refresh_seconds, read the list only on a change;
        # the watch starts before the first read, so a change committed in between is not missed
        self._watch: ChangeWatch | None = ChangeWatch(session) if session.open else None
        self._stale = False  # a change was seen while the list did not show: read it again when it does
        if not self.model.pages_loaded:
            self.model.reload()
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(refresh_seconds(session) * 1000)
        self.refresh_timer.timeout.connect(self.refresh_if_changed)
        self.refresh_timer.start()

    def _fill_advisors(self) -> None:
        """Every advisor with cases, by name, read when the filter is first opened (one logged act)."""
        if self._advisors_loaded or not self.session.open:
            return
        try:
            names = records.case_advisors(self.session)
        except MedunitError as exc:
            self.message.show_error(error_text(exc))
            return
        self._advisors_loaded = True
        self.advisor_combo.blockSignals(True)
        for name in names:
            self.advisor_combo.addItem(self.session.full_name(name), name)
        self.advisor_combo.blockSignals(False)

    # -- queries -------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _search_now(self) -> None:
        self._debounce.stop()
        self.apply_filters()
        if self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.setCurrentIndex(self.model.index(0, 0))

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.message.clear_message()
        advisor = self.advisor_combo.currentData()
        self.model.update_query(
            text=self.search_edit.text().strip(),
            status=self.status_combo.currentData(),
            case_type=self.type_combo.currentData(),
            advisor=advisor,
        )

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if self.model.canFetchMore(QModelIndex()):
            self.count_label.setText(self.tr("%n case(s) loaded; scroll down for more", None, n))
        else:
            self.count_label.setText(self.tr("%n case(s)", None, n))

    def _failed(self, text: str) -> None:
        self.message.show_error(text)

    # -- opening -------------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        summary = self.model.summary(index.row())
        if summary is not None:
            self.open_requested.emit(summary.reference)

    def current_reference(self) -> str | None:
        summary = self.model.summary(self.table.currentIndex().row())
        return summary.reference if summary else None

    def select_reference(self, reference: str) -> None:
        row = self.model.row_of(reference)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def show_reference(self, reference: str) -> bool:
        """Reload and select ``reference``. When the current filters hide it (or it lies beyond the loaded
        pages), the filters are cleared and the list searches for that reference. Returns whether it shows."""
        self.message.clear_message()
        self.model.reload()
        if self.model.row_of(reference) < 0:
            for combo in (self.status_combo, self.type_combo):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.advisor_combo.blockSignals(True)
            self.advisor_combo.setCurrentIndex(0)
            self.advisor_combo.blockSignals(False)
            self.search_edit.blockSignals(True)
            self.search_edit.setText(reference)
            self.search_edit.blockSignals(False)
            self.apply_filters()
        row = self.model.row_of(reference)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    # -- other workstations' changes -------------------------------------------------------------

    def refresh_if_changed(self) -> bool:
        """Show what other workstations changed, keeping the selection, the scroll position and the search
        (one quick query per tick; the list is read again only when a case changed). A list nobody sees (another
        tab, or folded away beside an open case) is read again when it shows: no log entry for an unseen read.
        Returns whether the list was read again."""
        changes = self._watch.poll() if self._watch is not None else None
        self._stale = self._stale or bool(changes)
        if not self._stale or self.visibleRegion().isEmpty():
            return False
        self._stale = False
        current = self.current_reference()
        bar = self.table.verticalScrollBar()
        top = self.model.summary(self.table.rowAt(0)) if bar.value() > 0 else None
        if not self.model.refresh():
            return False
        if current and self.current_reference() != current:
            self.select_reference(current)  # it moved (a changed sort column): the same case stays selected
        if top is not None and (row := self.model.row_of(top.reference)) >= 0:
            self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        elif top is None:
            bar.setValue(0)  # at the top of the list: new cases come into view there
        self._update_count()
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self, self.refresh_if_changed)  # not after this widget is gone

    # -- session -------------------------------------------------------------------------------

    def lock(self) -> None:
        self._remembered = self.current_reference()
        self._stale = False
        self.refresh_timer.stop()
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self._remembered_rows = self.model.rowCount()
        self._debounce.stop()
        self.model.clear()
        self.count_label.clear()

    def set_session(self, session: Session) -> None:
        current = self._remembered
        self._remembered = None
        self.session = session
        self._watch = ChangeWatch(session)
        self.model.set_session(session)
        self.refresh_timer.start()
        # as many rows as were loaded before the lock (the first page is short), so the case that was
        # selected further down is found and selected again
        while self.model.rowCount() < self._remembered_rows and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        self._remembered_rows = 0
        if current:
            self.select_reference(current)

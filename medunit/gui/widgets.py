"""Small shared widgets (the labels the unlock window needs live in ``message_label``, re-exported here)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QMimeData, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from medunit.gui.clipboard import ClipboardGuard
from medunit.gui.message_label import HINT_STYLE as HINT_STYLE
from medunit.gui.message_label import MessageLabel as MessageLabel
from medunit.gui.message_label import heading as heading
from medunit.gui.message_label import hint as hint


def open_modal(owner: QWidget, attr: str, dialog: QDialog) -> None:
    """Open ``dialog`` window-modal over ``owner``, kept as ``owner.<attr>`` while it is open (keyboard
    users and tests reach it there), and deleted once it closes."""
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.finished.connect(dialog.deleteLater)
    dialog.finished.connect(lambda _r: setattr(owner, attr, None))
    setattr(owner, attr, dialog)
    dialog.open()


class GuardedTableView(QTableView):
    """A table whose Ctrl+C goes through the ClipboardGuard (copied health data is cleared again)."""

    def __init__(self, guard: ClipboardGuard | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guard = guard
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setDragEnabled(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().sectionResized.connect(self._user_resized)
        #: the column that takes the room left over (None: none, the last one: -1)
        self.fill_column: int | None = -1
        #: widths the user dragged (or remembered from an earlier session): a column is never narrower
        self.remembered_widths: dict[int, int] = {}
        self._fitting = False
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_columns)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.layoutChanged, model.dataChanged):
                signal.connect(self._fit_timer.start)
            self._fit_timer.start()

    def fit_columns(self) -> None:
        """Every column as wide as its header and its widest shown cell (dates and times are never
        elided); the room left over goes to ``fill_column``. A width the user chose is kept if wider."""
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        self._fitting = True
        try:
            columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
            widths: dict[int, int] = {}
            for column in columns:
                if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
                    continue
                widths[column] = max(
                    self.sizeHintForColumn(column),
                    header.sectionSizeHint(column),
                    self.remembered_widths.get(column, 0),
                )
            fill = self.fill_column
            if fill == -1 and columns:
                fill = columns[-1]
            spare = self.viewport().width() - sum(widths.values())
            if fill in widths and spare > 0:
                widths[fill] += spare
            for column, width in widths.items():
                self.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _user_resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column != self.fill_column:
            self.remembered_widths[column] = new

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            index = self.currentIndex()
            if index.isValid() and self.guard is not None:
                self.guard.copy(str(index.data() or ""))
            event.accept()
            return
        super().keyPressEvent(event)


class GuardedTextView(QPlainTextEdit):
    """Read-only text (health content) whose copy goes through the ClipboardGuard; no drag-out."""

    def __init__(self, guard: ClipboardGuard | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guard = guard
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def copy_selection(self) -> None:
        text = self.textCursor().selectedText().replace("\u2029", "\n")
        if self.guard is not None:
            self.guard.copy(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def createMimeDataFromSelection(self) -> QMimeData:
        return QMimeData()  # drag and drop carries nothing out

    def _menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        copy = menu.addAction(self.tr("&Copy"))
        copy.setEnabled(self.textCursor().hasSelection())
        copy.triggered.connect(self.copy_selection)
        select_all = menu.addAction(self.tr("Select &all"))
        select_all.triggered.connect(self.selectAll)
        menu.exec(self.mapToGlobal(pos))

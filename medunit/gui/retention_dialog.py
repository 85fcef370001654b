"""The retention purge: what is past its retention period (per data kind, counts only), and the confirmation.

The dialog shows no content, only how many items of each kind a purge would delete and the cut-off date.
Deleting needs an explicit click on "Delete"; the default button is Cancel.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from medunit.gui.formats import local_date
from medunit.gui.labels import retention_kind_name
from medunit.services.retention import PurgeItem


class PurgeDialog(QDialog):
    """Lists the plan of a retention purge; ``accepted`` means the user clicked Delete."""

    COL_KIND, COL_COUNT, COL_BEFORE = range(3)

    def __init__(self, items: Sequence[PurgeItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purgeDialog")
        self.items = list(items)
        self.setWindowTitle(self.tr("Apply retention periods"))
        total = sum(item.count for item in self.items)

        intro = QLabel(
            self.tr(
                "These items are past their retention period. Deleting removes them permanently from the "
                "encrypted store; the access log keeps only the kind and the count."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(len(self.items), 3, self)
        self.table.setObjectName("purgeTable")
        self.table.setHorizontalHeaderLabels([self.tr("Data"), self.tr("Items to delete"), self.tr("Older than")])
        self.table.setAccessibleName(self.tr("What the purge deletes"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_KIND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_COUNT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_BEFORE, QHeaderView.ResizeMode.ResizeToContents)
        for row, item in enumerate(self.items):
            self.table.setItem(row, self.COL_KIND, QTableWidgetItem(retention_kind_name(item.kind)))
            count = QTableWidgetItem(str(item.count))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, self.COL_COUNT, count)
            self.table.setItem(row, self.COL_BEFORE, QTableWidgetItem(local_date(item.before)))

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("purgeSummary")
        self.summary_label.setWordWrap(True)
        if total:
            self.summary_label.setText(self.tr("%n item(s) will be deleted. This cannot be undone.", None, total))
        else:
            self.summary_label.setText(self.tr("Nothing is past its retention period; there is nothing to delete."))

        buttons = QDialogButtonBox(self)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setObjectName("purgeDeleteButton")
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setAutoDefault(False)
        self.delete_button.setDefault(False)
        self.delete_button.setEnabled(total > 0)
        self.cancel_button.setAutoDefault(True)
        self.cancel_button.setDefault(True)
        self.delete_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(buttons)
        self.resize(560, 300)
        self.cancel_button.setFocus()

    def counts(self) -> dict[str, int]:
        """Data kind → how many items the purge would delete (as listed)."""
        return {item.kind: item.count for item in self.items}

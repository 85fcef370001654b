"""Qt item models over service results. Widgets show these; they never hold records themselves.

Every model reads through ``medunit.services`` only. A service refusal is never swallowed: the models
that load on their own (the case list) emit ``failed`` with the translated one-line message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from medunit.config.policy import Setting
from medunit.domain.records import CaseStatus, CaseType, EntryKind
from medunit.domain.roles import Role
from medunit.errors import MedunitError
from medunit.gui.icons import lock_icon
from medunit.gui.messages import error_text
from medunit.services import records
from medunit.services.records import AttachmentInfo, CaseQuery, CaseSummary, EntryView
from medunit.services.session import Session

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

#: The role under which every model hands out the row's service object.
RowRole = Qt.ItemDataRole.UserRole + 1

_INVALID = QModelIndex()


def _tr(text: str) -> str:
    return QCoreApplication.translate("models", text)


def case_type_name(value: str) -> str:
    names = {
        CaseType.ACCEPTANCE.value: QCoreApplication.translate("models", "Acceptance income insurance"),
        CaseType.INCAPACITY.value: QCoreApplication.translate("models", "Incapacity claim"),
        CaseType.PERSONAL_INJURY.value: QCoreApplication.translate("models", "Personal injury"),
    }
    return names.get(value, value)


def case_status_name(value: str) -> str:
    names = {
        CaseStatus.NEW.value: QCoreApplication.translate("models", "New"),
        CaseStatus.IN_PROGRESS.value: QCoreApplication.translate("models", "In progress"),
        CaseStatus.WAITING.value: QCoreApplication.translate("models", "Waiting for information"),
        CaseStatus.ADVISED.value: QCoreApplication.translate("models", "Advised"),
        CaseStatus.CLOSED.value: QCoreApplication.translate("models", "Closed"),
    }
    return names.get(value, value)


def entry_kind_name(value: str) -> str:
    names = {
        EntryKind.DECLARATION.value: QCoreApplication.translate("models", "Health declaration answer"),
        EntryKind.NOTE.value: QCoreApplication.translate("models", "Note"),
        EntryKind.DOCTOR_LETTER.value: QCoreApplication.translate("models", "Letter from doctor"),
        EntryKind.DOCTOR_ANSWER.value: QCoreApplication.translate("models", "Answer from doctor"),
        EntryKind.RECORDING.value: QCoreApplication.translate("models", "Recording"),
    }
    return names.get(value, value)


def role_name(value: str) -> str:
    names = {
        Role.MEDICAL_ADVISOR.value: QCoreApplication.translate("models", "Medical advisor"),
        Role.UNIT_STAFF.value: QCoreApplication.translate("models", "Unit staff"),
        Role.CRIMINAL_RECORD_OFFICER.value: QCoreApplication.translate("models", "Criminal-record officer"),
        Role.PRIVACY_OFFICER.value: QCoreApplication.translate("models", "Privacy officer"),
        Role.UNIT_ADMIN.value: QCoreApplication.translate("models", "Unit administrator"),
    }
    return names.get(value, value)


def short_time(iso: str) -> str:
    """``2026-11-25T09:00:00.123456+00:00`` → ``2026-11-25 09:00:00`` (UTC, as stored)."""
    return iso.replace("T", " ")[:19]


def size_text(size: int) -> str:
    if size < 1024:
        return QCoreApplication.translate("models", "%1 B").replace("%1", str(size))
    if size < 1024 * 1024:
        return QCoreApplication.translate("models", "%1 KB").replace("%1", f"{size / 1024:.1f}")
    return QCoreApplication.translate("models", "%1 MB").replace("%1", f"{size / (1024 * 1024):.1f}")


class RowTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of service objects; columns are (header, text-of-row)."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[T], str]]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def rows(self) -> list[T]:
        return list(self._rows)

    def rowCount(self, parent: Index = _INVALID) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _INVALID) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self._columns):
            return self._columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()][1](item)
        if role == RowRole:
            return item
        return self.extra_data(item, index.column(), role)

    def extra_data(self, item: T, column: int, role: int) -> Any:
        return None


# -- the case list ----------------------------------------------------------------------------------------


class CaseListModel(QAbstractTableModel):
    """The case list, loaded lazily page by page from ``records.list_cases``; sorting is done by the
    service (a header click makes a new query). Restricted cases this user may not open show a lock."""

    COL_REFERENCE, COL_PERSON, COL_TYPE, COL_STATUS, COL_RECEIVED, COL_ADVISOR = range(6)
    #: column → the service's sort key; None: not sortable
    SORT_KEYS: ClassVar[dict[int, str | None]] = {
        COL_REFERENCE: "reference",
        COL_PERSON: "person",
        COL_TYPE: "type",
        COL_STATUS: "status",
        COL_RECEIVED: "received_at",
        COL_ADVISOR: None,
    }

    #: the translated message of a refusal while loading
    failed = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None, *, page_size: int = 200) -> None:
        super().__init__(parent)
        self.session = session
        self.page_size = page_size
        self.query = CaseQuery()
        self._rows: list[CaseSummary] = []
        self._exhausted = False
        self.pages_loaded = 0

    # -- loading -------------------------------------------------------------------------------

    def set_session(self, session: Session) -> None:
        """A new session (after unlocking): load the same query again."""
        self.session = session
        self.reload()

    def set_query(self, query: CaseQuery) -> None:
        self.query = query
        self.reload()

    def update_query(self, **changes: Any) -> None:
        self.set_query(replace(self.query, **changes))

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.pages_loaded = 0
        self.endResetModel()
        if self.canFetchMore(_INVALID):
            self.fetchMore(_INVALID)

    def clear(self) -> None:
        """Drop every row (the session is locked); nothing loads until ``set_session``."""
        self.beginResetModel()
        self._rows = []
        self._exhausted = True
        self.endResetModel()

    def canFetchMore(self, parent: Index = _INVALID) -> bool:
        return not parent.isValid() and not self._exhausted and self.session.open

    def fetchMore(self, parent: Index = _INVALID) -> None:
        if not self.canFetchMore(parent):
            return
        try:
            page = records.list_cases(self.session, self.query, len(self._rows), self.page_size)
        except MedunitError as exc:
            self._exhausted = True
            self.failed.emit(error_text(exc))
            return
        if len(page) < self.page_size:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(_INVALID, first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self.pages_loaded += 1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        self.update_query(sort=key, descending=order == Qt.SortOrder.DescendingOrder)

    # -- reading -------------------------------------------------------------------------------

    def summary(self, row: int) -> CaseSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, reference: str) -> int:
        for i, summary in enumerate(self._rows):
            if summary.reference == reference:
                return i
        return -1

    @staticmethod
    def is_shielded(summary: CaseSummary) -> bool:
        """Restricted and this user may not open it (the service left the person out)."""
        return summary.restricted and not summary.person_reference

    def rowCount(self, parent: Index = _INVALID) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _INVALID) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [
            QCoreApplication.translate("models", "Reference"),
            QCoreApplication.translate("models", "Person"),
            QCoreApplication.translate("models", "Type"),
            QCoreApplication.translate("models", "Status"),
            QCoreApplication.translate("models", "Received"),
            QCoreApplication.translate("models", "Advisor"),
        ]
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role == RowRole:
            return s
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_REFERENCE:
                return s.reference
            if col == self.COL_PERSON:
                return QCoreApplication.translate("models", "(restricted)") if self.is_shielded(s) else s.person_name
            if col == self.COL_TYPE:
                return case_type_name(s.case_type)
            if col == self.COL_STATUS:
                return case_status_name(s.status)
            if col == self.COL_RECEIVED:
                return s.received_at
            if col == self.COL_ADVISOR:
                return s.assigned_advisor or ""
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_REFERENCE and s.restricted:
            return lock_icon()
        if role == Qt.ItemDataRole.ToolTipRole and s.restricted:
            if self.is_shielded(s):
                return QCoreApplication.translate(
                    "models", "Restricted case: opening it needs a reason (break the glass) and is logged."
                )
            return QCoreApplication.translate("models", "Restricted case; you are one of its named users.")
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_PERSON and self.is_shielded(s):
            return QBrush(QColor("#6b6b6b"))
        return None


# -- the other tables -------------------------------------------------------------------------------------


class EntryTableModel(RowTableModel[EntryView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                (QCoreApplication.translate("models", "Recorded"), lambda e: short_time(e.recorded_at)),
                (QCoreApplication.translate("models", "Kind"), lambda e: entry_kind_name(e.kind)),
                (QCoreApplication.translate("models", "Title"), lambda e: e.text.splitlines()[0] if e.text else ""),
                (QCoreApplication.translate("models", "By"), lambda e: e.recorded_by),
            ],
            parent,
        )


class AttachmentTableModel(RowTableModel[AttachmentInfo]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                (QCoreApplication.translate("models", "File"), lambda a: a.filename),
                (QCoreApplication.translate("models", "Type"), lambda a: a.media_type),
                (QCoreApplication.translate("models", "Size"), lambda a: size_text(a.size)),
                (QCoreApplication.translate("models", "Added"), lambda a: short_time(a.created_at)),
            ],
            parent,
        )


def _outcome(outcome: str) -> str:
    return (
        QCoreApplication.translate("models", "granted")
        if outcome == "granted"
        else QCoreApplication.translate("models", "refused")
        if outcome == "refused"
        else outcome
    )


class AccessLogModel(RowTableModel[Any]):
    """Access-log entries (``medunit.services.audit`` LogEntry): who, when, what, granted or refused.
    Refused rows are red; break-the-glass rows are marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                (QCoreApplication.translate("models", "#"), lambda e: str(e.seq)),
                (QCoreApplication.translate("models", "When (UTC)"), lambda e: short_time(e.at)),
                (QCoreApplication.translate("models", "User"), lambda e: e.user),
                (QCoreApplication.translate("models", "Role"), lambda e: e.role),
                (
                    QCoreApplication.translate("models", "Responsible"),
                    lambda e: e.responsible if e.responsible != e.user else "",
                ),
                (QCoreApplication.translate("models", "Action"), lambda e: e.action),
                (QCoreApplication.translate("models", "Outcome"), lambda e: _outcome(e.outcome)),
                (QCoreApplication.translate("models", "Person"), lambda e: e.person_ref or ""),
                (QCoreApplication.translate("models", "Case"), lambda e: e.case_ref or ""),
                (
                    QCoreApplication.translate("models", "Emergency"),
                    lambda e: QCoreApplication.translate("models", "break the glass") if e.emergency else "",
                ),
                (QCoreApplication.translate("models", "Reason"), lambda e: e.reason or ""),
                (QCoreApplication.translate("models", "Workstation"), lambda e: e.workstation),
            ],
            parent,
        )

    def extra_data(self, item: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and item.outcome == "refused":
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.BackgroundRole and item.emergency:
            return QBrush(QColor("#fff3c4"))
        return None


class UserTableModel(RowTableModel[Any]):
    """The store's users (``admin.list_users`` rows)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                (QCoreApplication.translate("models", "User"), lambda u: u.name),
                (QCoreApplication.translate("models", "Role"), lambda u: role_name(u.role)),
                (QCoreApplication.translate("models", "Added"), lambda u: short_time(u.created_at)),
                (QCoreApplication.translate("models", "Added by"), lambda u: u.created_by or ""),
            ],
            parent,
        )


class PolicyTableModel(RowTableModel[tuple[str, Setting]]):
    """The policy in force: key, value, where it comes from, locked or not (read-only)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                (QCoreApplication.translate("models", "Setting"), lambda kv: kv[0]),
                (QCoreApplication.translate("models", "Value"), lambda kv: _value_text(kv[1].value)),
                (
                    QCoreApplication.translate("models", "Source"),
                    lambda kv: (
                        QCoreApplication.translate("models", "default") if kv[1].source == "default" else kv[1].source
                    ),
                ),
                (
                    QCoreApplication.translate("models", "Locked"),
                    lambda kv: (
                        QCoreApplication.translate("models", "yes")
                        if kv[1].locked
                        else QCoreApplication.translate("models", "no")
                    ),
                ),
            ],
            parent,
        )

    def set_settings(self, settings: dict[str, Setting]) -> None:
        self.set_rows(sorted(settings.items()))


def _value_text(value: object) -> str:
    if isinstance(value, bool):
        return QCoreApplication.translate("models", "yes") if value else QCoreApplication.translate("models", "no")
    return str(value)

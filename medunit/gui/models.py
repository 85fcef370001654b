"""Qt item models over service results. Widgets show these; they never hold records themselves.

Every model reads through ``medunit.services`` only. A service refusal is never swallowed: the models
that load on their own (the case list) emit ``failed`` with the translated one-line message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from difflib import SequenceMatcher
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
from medunit.errors import MedunitError
from medunit.gui.formats import local_date_time, short_date, size_text
from medunit.gui.icons import lock_icon
from medunit.gui.labels import (
    action_name,
    advice_state_name,
    case_status_name,
    case_type_name,
    category_name,
    channel_name,
    consent_status_name,
    entry_kind_name,
    media_type_name,
    method_name,
    outcome_name,
    outcome_value_name,
    reason_name,
    request_state_name,
    role_name,
    setting_value_text,
    subject_name,
)
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


class RowTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of service objects; columns are (header, text-of-row)."""

    #: user name → the name people read; a view sets ``session.full_name`` (display names of the profile)
    full_name: Callable[[str], str] = str

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
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.extra_data(item, index.column(), role)
            if tip is not None:
                return tip
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()][1](item)
        if role == RowRole:
            return item
        return self.extra_data(item, index.column(), role)

    def extra_data(self, item: T, column: int, role: int) -> Any:
        return None


# -- the case list ----------------------------------------------------------------------------------------


#: The roles CaseListModel.data answers.
_CASE_LIST_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        RowRole,
    }
)


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

    def __init__(
        self, session: Session, parent: QObject | None = None, *, page_size: int = 200, first_page: int = 50
    ) -> None:
        """``first_page``: rows of a new query's first page, about a screenful (the view asks for the next
        page itself when the last row shows). A search stops at the page's last hit, so a rare term reads
        far fewer index entries for 50 hits than for 200: a keystroke at 100k cases went from a median of
        10 ms CPU in the query to 4 ms (docs/benchmarks.md, issue 15). Scrolling loads ``page_size`` rows
        at a time, so a long scroll is no more logged list reads than before."""
        super().__init__(parent)
        self.session = session
        self.page_size = page_size
        self.first_page = min(first_page, page_size)
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
        if query == self.query and self.pages_loaded:
            return  # the same question again (a repeated signal): no new query, no new log entry
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
        limit = self.page_size if self._rows else self.first_page
        try:
            page = records.list_cases(self.session, self.query, len(self._rows), limit)
        except MedunitError as exc:
            self._exhausted = True
            self.failed.emit(error_text(exc))
            return
        if len(page) < limit:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(_INVALID, first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self.pages_loaded += 1

    def refresh(self) -> bool:
        """Read the loaded rows again (another workstation changed cases): one query for up to
        ``records.MAX_PAGE`` rows, so one access-log entry, marked as a refresh. The new rows are merged in
        as row insertions, removals and changes, not a model reset, so the view keeps its selection, current
        row and scroll position. Returns whether any row changed."""
        if not self.pages_loaded or not self.session.open:
            return False
        wanted = max(len(self._rows), self.page_size)
        rows: list[CaseSummary] = []
        try:
            while len(rows) < wanted:
                limit = min(wanted - len(rows), records.MAX_PAGE)
                page = records.list_cases(self.session, self.query, len(rows), limit, refresh=True)
                rows.extend(page)
                if len(page) < limit:
                    break
        except MedunitError as exc:
            self.failed.emit(error_text(exc))
            return False
        self._exhausted = len(rows) < wanted
        if rows == self._rows:
            return False
        self._merge(rows)
        self.pages_loaded = max(1, -(-len(rows) // self.page_size))
        return True

    def _merge(self, rows: list[CaseSummary]) -> None:
        """Turn the current rows into ``rows`` by the smallest set of insertions and removals (by reference),
        last first so the earlier row numbers stay valid; rows kept but changed are reported as such."""
        old = [s.reference for s in self._rows]
        new = [s.reference for s in rows]
        last = self.columnCount() - 1
        for tag, i1, i2, j1, j2 in reversed(SequenceMatcher(None, old, new, autojunk=False).get_opcodes()):
            if tag == "equal":
                for k in range(i2 - i1):
                    if self._rows[i1 + k] != rows[j1 + k]:
                        self._rows[i1 + k] = rows[j1 + k]
                        self.dataChanged.emit(self.index(i1 + k, 0), self.index(i1 + k, last))
                continue
            if i2 > i1:  # "delete" or "replace"
                self.beginRemoveRows(_INVALID, i1, i2 - 1)
                del self._rows[i1:i2]
                self.endRemoveRows()
            if j2 > j1:  # "insert" or "replace"
                self.beginInsertRows(_INVALID, i1, i1 + j2 - j1 - 1)
                self._rows[i1:i1] = rows[j1:j2]
                self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``. With every row loaded the rows are re-sorted here, without a new query (and
        without an access-log entry); otherwise the service sorts (a new page-wise query)."""
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._exhausted and self.pages_loaded and self.session.open:
            self.layoutAboutToBeChanged.emit()
            self._rows.sort(key=self._LOCAL_SORTS[key], reverse=descending)
            self.query = replace(self.query, sort=key, descending=descending)
            self.layoutChanged.emit()
            return
        self.update_query(sort=key, descending=descending)

    _LOCAL_SORTS: ClassVar[dict[str, Callable[[CaseSummary], tuple[str, str]]]] = {
        "reference": lambda c: (c.reference, c.reference),
        "person": lambda c: (c.person_name.rsplit(" ", 1)[-1].casefold(), c.reference),
        "type": lambda c: (c.case_type, c.reference),
        "status": lambda c: (c.status, c.reference),
        "received_at": lambda c: (c.received_at, c.reference),
    }

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
        # A paint asks every visible cell for about seven roles, four of which this model never sets (font,
        # alignment, background, check state): those leave first (issue 15, a keystroke's repaint).
        if role not in _CASE_LIST_ROLES:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        s = self._rows[row]
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
                return self.session.full_name(s.assigned_advisor) if s.assigned_advisor else ""
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
                (QCoreApplication.translate("models", "Recorded"), lambda e: local_date_time(e.recorded_at)),
                (QCoreApplication.translate("models", "Kind"), lambda e: entry_kind_name(e.kind)),
                (QCoreApplication.translate("models", "Title"), lambda e: e.text.splitlines()[0] if e.text else ""),
                (QCoreApplication.translate("models", "By"), lambda e: self.full_name(e.recorded_by)),
            ],
            parent,
        )


class AttachmentTableModel(RowTableModel[AttachmentInfo]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                (QCoreApplication.translate("models", "File"), lambda a: a.filename),
                (QCoreApplication.translate("models", "Type"), lambda a: media_type_name(a.media_type)),
                (QCoreApplication.translate("models", "Size"), lambda a: size_text(a.size)),
                (QCoreApplication.translate("models", "Added"), lambda a: local_date_time(a.created_at)),
            ],
            parent,
        )


@dataclass(frozen=True)
class LogGroup:
    """Identical consecutive acts of one session shown as one row: the newest entry and how many."""

    entry: Any
    count: int = 1
    first_at: str = ""

    def __getattr__(self, name: str) -> Any:
        return getattr(self.entry, name)


#: acts further apart than this are not grouped, even when identical (another sitting)
GROUP_GAP = timedelta(minutes=30)


def _act(e: Any) -> tuple[Any, ...]:
    return (
        e.user,
        e.role,
        e.workstation,
        e.action,
        e.outcome,
        e.person_ref,
        e.case_ref,
        e.record_ids,
        e.reason,
        e.emergency,
        e.responsible,
    )


def group_entries(entries: Sequence[Any]) -> list[LogGroup]:
    """Group identical consecutive entries (same user, workstation, act, record and outcome, less than
    ``GROUP_GAP`` apart) into one row with a count; order is kept."""
    groups: list[LogGroup] = []
    for entry in entries:
        last = groups[-1] if groups else None
        if last is not None and _act(last.entry) == _act(entry) and _close(last.first_at or last.entry.at, entry.at):
            groups[-1] = LogGroup(last.entry, last.count + 1, entry.at)
        else:
            groups.append(LogGroup(entry, 1, entry.at))
    return groups


def _close(a: str, b: str) -> bool:
    try:
        return abs(datetime.fromisoformat(a) - datetime.fromisoformat(b)) <= GROUP_GAP
    except ValueError:
        return False


class AccessLogModel(RowTableModel[Any]):
    """Access-log entries (``medunit.services.audit`` LogEntry): who, when (local time), what, granted or
    refused; identical consecutive acts of one session are one row with a count ("open a case (3×)").
    Refused rows are red; break-the-glass rows are marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                (QCoreApplication.translate("models", "#"), lambda e: str(e.seq)),
                (QCoreApplication.translate("models", "When"), lambda e: local_date_time(e.at)),
                (QCoreApplication.translate("models", "User"), lambda e: self.full_name(e.user)),
                (QCoreApplication.translate("models", "Role"), lambda e: role_name(e.role)),
                (
                    QCoreApplication.translate("models", "Responsible"),
                    lambda e: self.full_name(e.responsible) if e.responsible != e.user else "",
                ),
                (QCoreApplication.translate("models", "Action"), self.action_text),
                (QCoreApplication.translate("models", "Outcome"), lambda e: outcome_name(e.outcome)),
                (QCoreApplication.translate("models", "Person"), lambda e: e.person_ref or ""),
                (QCoreApplication.translate("models", "Case"), lambda e: e.case_ref or ""),
                (
                    QCoreApplication.translate("models", "Emergency"),
                    lambda e: QCoreApplication.translate("models", "break the glass") if e.emergency else "",
                ),
                (QCoreApplication.translate("models", "Reason"), lambda e: reason_name(e.reason)),
                (QCoreApplication.translate("models", "Workstation"), lambda e: e.workstation),
            ],
            parent,
        )

    def set_rows(self, rows: Sequence[Any]) -> None:
        super().set_rows(group_entries(rows))

    @staticmethod
    def action_text(row: Any) -> str:
        name = action_name(row.action)
        if isinstance(row, LogGroup) and row.count > 1:
            return QCoreApplication.translate("models", "%1 (%2×)").replace("%1", name).replace("%2", str(row.count))
        return name

    def extra_data(self, item: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and item.outcome == "refused":
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.BackgroundRole and item.emergency:
            return QBrush(QColor("#fff3c4"))
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and isinstance(item, LogGroup) and item.count > 1:
            return (
                QCoreApplication.translate("models", "%1 times between %2 and %3")
                .replace("%1", str(item.count))
                .replace("%2", local_date_time(min(item.first_at, item.entry.at)))
                .replace("%3", local_date_time(max(item.first_at, item.entry.at)))
            )
        return None


def _acknowledged(user: Any) -> str:
    """When the user last accepted the confidentiality statement, and which version (hash of its text)."""
    if not user.acknowledged_at:
        return QCoreApplication.translate("models", "not yet")
    return f"{local_date_time(user.acknowledged_at)} ({user.acknowledged_version})"


class UserTableModel(RowTableModel[Any]):
    """The store's users (``admin.list_users`` rows)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                (QCoreApplication.translate("models", "User"), lambda u: u.name),
                (QCoreApplication.translate("models", "Display name"), lambda u: u.display_name or ""),
                (QCoreApplication.translate("models", "Role"), lambda u: role_name(u.role)),
                (QCoreApplication.translate("models", "BIG number"), lambda u: u.big_number or ""),
                (QCoreApplication.translate("models", "Added"), lambda u: local_date_time(u.created_at)),
                (QCoreApplication.translate("models", "Added by"), lambda u: self.full_name(u.created_by or "")),
                (QCoreApplication.translate("models", "Confidentiality accepted"), _acknowledged),
            ],
            parent,
        )


class PolicyTableModel(RowTableModel[tuple[str, Setting]]):
    """The policy in force: key, value, where it comes from, locked or not (read-only)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                (QCoreApplication.translate("models", "Setting"), lambda kv: kv[0]),
                (QCoreApplication.translate("models", "Value"), lambda kv: setting_value_text(kv[1].value)),
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


# -- consent, requests, advice, contact moments -----------------------------------------------------------


def _danger(color: str) -> QBrush:
    return QBrush(QColor(color))


#: status colours: active green, withdrawn red, expired/not yet grey
STATUS_COLOURS: dict[str, str] = {
    "active": "#1b6e20",
    "withdrawn": "#b00020",
    "expired": "#6b6b6b",
    "not-yet-valid": "#6b6b6b",
}


def consent_events_text(view: Any, full_name: Callable[[str], str] = str) -> str:
    parts = []
    for event in view.events:
        when = event.at.date().isoformat()
        if event.kind == "withdrawn":
            parts.append(
                QCoreApplication.translate("models", "withdrawn %1 by %2")
                .replace("%1", when)
                .replace("%2", full_name(event.recorded_by))
            )
        elif event.kind == "expired":
            parts.append(QCoreApplication.translate("models", "expired %1").replace("%1", when))
        else:
            parts.append(f"{event.kind} {when}")
    return "; ".join(parts)


class ConsentTableModel(RowTableModel[Any]):
    """The case's consents (``consents.consents`` ConsentView rows); the status is coloured."""

    COL_STATUS = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                (QCoreApplication.translate("models", "#"), lambda v: str(v.grant.id)),
                (QCoreApplication.translate("models", "Addressee"), lambda v: v.grant.addressee.label()),
                (
                    QCoreApplication.translate("models", "Information"),
                    lambda v: ", ".join(category_name(c) for c in v.grant.categories),
                ),
                (QCoreApplication.translate("models", "Obtained as"), lambda v: method_name(v.grant.method)),
                (
                    QCoreApplication.translate("models", "Obtained"),
                    lambda v: v.grant.obtained_at.date().isoformat(),
                ),
                (
                    QCoreApplication.translate("models", "Valid until"),
                    lambda v: v.grant.valid_until.date().isoformat(),
                ),
                (QCoreApplication.translate("models", "Status"), lambda v: consent_status_name(v.status)),
                (QCoreApplication.translate("models", "Recorded by"), lambda v: self.full_name(v.grant.recorded_by)),
                (QCoreApplication.translate("models", "Events"), lambda v: consent_events_text(v, self.full_name)),
            ],
            parent,
        )

    def extra_data(self, item: Any, column: int, role: int) -> Any:
        if column == self.COL_STATUS and role == Qt.ItemDataRole.ForegroundRole:
            return _danger(STATUS_COLOURS.get(item.status, "#000000"))
        if column == self.COL_STATUS and role == Qt.ItemDataRole.FontRole:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None


def _request_consent_text(r: Any) -> str:
    if r.consent_withdrawn:
        return QCoreApplication.translate("models", "%1 — withdrawn!").replace("%1", str(r.consent_id))
    return str(r.consent_id)


class RequestTableModel(RowTableModel[Any]):
    """Doctor information requests (``consents.requests`` RequestView rows). A request whose consent was
    withdrawn shows a warning icon and says so."""

    COL_CONSENT = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                (QCoreApplication.translate("models", "#"), lambda r: str(r.id)),
                (QCoreApplication.translate("models", "Addressee"), lambda r: r.addressee.label()),
                (QCoreApplication.translate("models", "State"), lambda r: request_state_name(r.state)),
                (QCoreApplication.translate("models", "Consent"), _request_consent_text),
                (QCoreApplication.translate("models", "Created"), lambda r: short_date(r.created_at)),
                (QCoreApplication.translate("models", "Sent"), lambda r: short_date(r.sent_at)),
                (QCoreApplication.translate("models", "Answered"), lambda r: short_date(r.answered_at)),
            ],
            parent,
        )

    def extra_data(self, item: Any, column: int, role: int) -> Any:
        if not item.consent_withdrawn:
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_CONSENT:
            from PySide6.QtWidgets import QApplication, QStyle

            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_CONSENT:
            return _danger("#b00020")
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "models", "The consent this request relies on was withdrawn: do not use or send it."
            )
        return None


def _advice_summary(a: Any) -> str:
    parts = []
    for key, value in a.outcome.items():
        parts.append(outcome_value_name(key, str(value)) if isinstance(value, str) else str(value))
    return ", ".join(parts)


class AdviceVersionModel(RowTableModel[Any]):
    """The advice versions of a case (``advice.advice_versions`` AdviceRow rows); signed ones are final."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                (QCoreApplication.translate("models", "Version"), lambda a: str(a.version)),
                (QCoreApplication.translate("models", "State"), self.state_text),
                (QCoreApplication.translate("models", "Outcome"), _advice_summary),
                (QCoreApplication.translate("models", "Drafted by"), lambda a: self.full_name(a.drafted_by)),
                (
                    QCoreApplication.translate("models", "Signed by"),
                    lambda a: self.full_name(a.signed_by) if a.signed_by else "",
                ),
                (QCoreApplication.translate("models", "Signed"), lambda a: local_date_time(a.signed_at or "")),
            ],
            parent,
        )

    def state_text(self, row: Any) -> str:
        """The state; a signed version that a later signed version replaced says so (a draft amendment
        replaces nothing yet)."""
        later = next((r for r in self._rows if r.version > row.version and r.state == "signed"), None)
        if row.state == "signed" and later is not None:
            return QCoreApplication.translate("models", "Signed — replaced by version %1").replace(
                "%1", str(later.version)
            )
        return advice_state_name(row.state)

    def extra_data(self, item: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and item.state == "signed":
            return lock_icon()
        return None


class ContactTableModel(RowTableModel[Any]):
    """Contact moments of the case's person (``contacts.contacts`` ContactRow rows)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                (QCoreApplication.translate("models", "When"), lambda c: local_date_time(c.at)),
                (QCoreApplication.translate("models", "Subject"), lambda c: subject_name(c.subject)),
                (QCoreApplication.translate("models", "Channel"), lambda c: channel_name(c.channel)),
                (QCoreApplication.translate("models", "Department"), lambda c: c.department),
                (QCoreApplication.translate("models", "Case"), lambda c: c.case_reference or ""),
                (QCoreApplication.translate("models", "Recorded by"), lambda c: self.full_name(c.recorded_by)),
            ],
            parent,
        )


@dataclass(frozen=True)
class PreviewRow:
    """One line of the export preview: an EXPORT_FIELDS name (or an outcome field under "outcome")."""

    field: str
    label: str
    value: str
    sub: bool = False


def export_preview_rows(values: dict[str, Any]) -> list[PreviewRow]:
    """The lines the case handler will receive, in the export's order and wording (the export is Dutch):
    exactly EXPORT_FIELDS, the outcome as its own labelled lines. ``values`` maps each field name to its
    value, or to None for "known only at export/signing" (``pending``-text shown instead)."""
    from medunit.export.documents import EXPORT_FIELDS
    from medunit.export.dutch import CASE_TYPES, FIELD_LABELS, OUTCOME_LABELS, long_datetime, outcome_value

    rows: list[PreviewRow] = []
    for name in EXPORT_FIELDS:
        label = FIELD_LABELS.get(name, name)
        value = values.get(name)
        if isinstance(value, Pending):
            rows.append(PreviewRow(name, label, value.text))
        elif name == "outcome":
            outcome = value if isinstance(value, dict) else {}
            rows.append(PreviewRow(name, label, "" if outcome else "—"))
            known = [k for k in OUTCOME_LABELS if k in outcome]
            other = sorted(k for k in outcome if k not in OUTCOME_LABELS)
            for key in known + other:
                rows.append(PreviewRow(name, OUTCOME_LABELS.get(key) or key, outcome_value(key, outcome[key]), True))
        elif name == "case_type":
            rows.append(PreviewRow(name, label, CASE_TYPES.get(str(value), str(value))))
        elif name in ("signed_at", "exported_at"):
            rows.append(PreviewRow(name, label, long_datetime(str(value))))
        elif name == "remark":
            rows.append(PreviewRow(name, label, str(value) if value else "—"))
        else:
            rows.append(PreviewRow(name, label, "" if value is None else str(value)))
    return rows


@dataclass(frozen=True)
class Pending:
    """A value that exists only later (at signing or at export)."""

    text: str


class ExportPreviewModel(RowTableModel[PreviewRow]):
    """The live export preview: label and value per line; outcome lines indented under "Uitkomst"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                (QCoreApplication.translate("models", "Field"), lambda r: ("    " if r.sub else "") + r.label),
                (QCoreApplication.translate("models", "Value"), lambda r: r.value),
            ],
            parent,
        )

    def set_values(self, values: dict[str, Any]) -> None:
        self.set_rows(export_preview_rows(values))

    def fields(self) -> list[str]:
        """The top-level export fields shown (in order, each once)."""
        seen: list[str] = []
        for row in self.rows:
            if row.field not in seen:
                seen.append(row.field)
        return seen

    def value_of(self, label: str) -> str | None:
        return next((r.value for r in self.rows if r.label == label), None)

    def extra_data(self, item: PreviewRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return _danger("#444444")
        if role == Qt.ItemDataRole.FontRole and column == 1 and not item.sub and item.field != "remark":
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

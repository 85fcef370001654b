"""How dates, times and sizes read on screen. Pure formatting: no Qt widgets, no service calls."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def short_time(iso: str) -> str:
    """``2026-11-25T09:00:00.123456+00:00`` → ``2026-11-25 09:00:00`` (UTC, as stored)."""
    return iso.replace("T", " ")[:19]


def short_date(iso: str | None) -> str:
    return (iso or "")[:10]


def size_text(size: int) -> str:
    if size < 1024:
        return QCoreApplication.translate("formats", "%1 B").replace("%1", str(size))
    if size < 1024 * 1024:
        return QCoreApplication.translate("formats", "%1 KB").replace("%1", f"{size / 1024:.1f}")
    return QCoreApplication.translate("formats", "%1 MB").replace("%1", f"{size / (1024 * 1024):.1f}")


def _local(iso: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return None
    return moment.astimezone()


def local_date(iso: str) -> str:
    """A stored moment (ISO, UTC) as a local date in the interface locale; unparsable text unchanged."""
    moment = _local(iso)
    if moment is None:
        return iso
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat)


def local_date_time(iso: str) -> str:
    """A stored moment (ISO, UTC) as local date and time to the second, in the interface locale.

    The access log shows this: a privacy officer reads "26-11-2026 10:15:02" in their own time zone rather
    than the stored UTC instant.
    """
    moment = _local(iso)
    if moment is None:
        return iso
    stamp = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second))
    date_text = QLocale().toString(stamp.date(), QLocale.FormatType.ShortFormat)
    return f"{date_text} {stamp.time().toString('HH:mm:ss')}"

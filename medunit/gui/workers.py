"""Running a slow service call off the GUI thread; results come back on the GUI thread by signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Progress = Callable[[int, int], None]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Relay(QObject):
    """Lives in the GUI thread: the worker's signals reach these slots queued, on the GUI thread."""

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
        on_progress: Progress | None,
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_failed = on_failed
        self._on_progress = on_progress

    @Slot(object)
    def done(self, result: object) -> None:
        _running.pop(id(self), None)
        self._on_done(result)

    @Slot(object)
    def failed(self, exc: object) -> None:
        _running.pop(id(self), None)
        assert isinstance(exc, BaseException)
        self._on_failed(exc)

    @Slot(int, int)
    def progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)


class Worker(QRunnable):
    """Runs ``fn(progress)`` in the thread pool; ``progress(done, total)`` may be called from the worker."""

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit)
        except BaseException as exc:
            self.signals.failed.emit(exc)
            return
        self.signals.done.emit(result)


#: workers (and their relays) kept alive until they report
_running: dict[int, tuple[Worker, _Relay]] = {}


def start(
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    on_progress: Progress | None = None,
) -> Worker:
    """Start ``fn`` in the global thread pool. Call from the GUI thread: the callbacks run there."""
    worker = Worker(fn)
    relay = _Relay(on_done, on_failed, on_progress)
    worker.signals.done.connect(relay.done)
    worker.signals.failed.connect(relay.failed)
    worker.signals.progress.connect(relay.progress)
    _running[id(relay)] = (worker, relay)
    QThreadPool.globalInstance().start(worker)
    return worker


def busy() -> bool:
    """Whether a worker has not reported yet (tests wait on this)."""
    return bool(_running)

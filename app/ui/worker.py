"""Run slow work (opening, backing up, importing) off the GUI thread.

The function runs in the thread pool; its result, exception and progress come back to the
GUI thread through queued signals (the Task lives in the GUI thread and relays them to the
callbacks there, so callbacks may touch widgets). With ``with_progress=True`` the
function is called as ``fn(progress=...)``, a callable ``progress(done, total)`` that raises
Cancelled after ``cancel()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
_running: set[Task] = set()  # keeps a Task alive until it has reported


class Cancelled(Exception):
    """Raised inside a task's progress callback once the user pressed cancel."""


class Task(QObject):
    _progressed = Signal(int, int)
    _succeeded = Signal(object)
    _failed = Signal(object)

    def __init__(self, fn: Callable[..., Any], on_done=None, on_error=None, on_progress=None,
                 with_progress: bool = False) -> None:
        super().__init__()
        self.fn = fn
        self.with_progress = with_progress
        self.cancelled = False
        self.on_done, self.on_error, self.on_progress = on_done, on_error, on_progress
        self._progressed.connect(self._relay_progress)
        self._succeeded.connect(self._relay_done)
        self._failed.connect(self._relay_error)

    def cancel(self) -> None:
        self.cancelled = True

    # -- in the worker thread --------------------------------------------------------------
    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled()
        self._progressed.emit(done, total)

    def run_in_worker(self) -> None:
        try:
            result = self.fn(progress=self._progress) if self.with_progress else self.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            if not isinstance(exc, Cancelled):
                log.exception("background task failed")
            self._failed.emit(exc)
        else:
            self._succeeded.emit(result)

    # -- in the GUI thread -----------------------------------------------------------------
    @Slot(int, int)
    def _relay_progress(self, done: int, total: int) -> None:
        if self.on_progress:
            self.on_progress(done, total)

    @Slot(object)
    def _relay_done(self, result: object) -> None:
        _running.discard(self)
        if self.on_done:
            self.on_done(result)

    @Slot(object)
    def _relay_error(self, exc: object) -> None:
        _running.discard(self)
        if self.on_error:
            self.on_error(exc)
        elif not isinstance(exc, Cancelled):
            raise exc  # reaches the uncaught-exception dialog


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.run_in_worker()


def run_task(
    fn: Callable[..., Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    with_progress: bool = False,
) -> Task:
    task = Task(fn, on_done, on_error, on_progress, with_progress or on_progress is not None)
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(task))
    return task

"""Run slow work (opening, backing up, importing) off the GUI thread.

The function runs in the thread pool; its result or exception comes back to the GUI thread
through signals. A ``progress`` callable is passed to functions that accept one.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
_running: set[Task] = set()  # keeps a task's signal object alive until it reports


class Task(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[..., Any]) -> None:
        super().__init__()
        self.fn = fn
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled()
        self.progressed.emit(done, total)

    def _run(self) -> None:
        try:
            wants_progress = "progress" in inspect.signature(self.fn).parameters
            result = self.fn(progress=self._progress) if wants_progress else self.fn()
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread, which decides
            if not isinstance(exc, Cancelled):
                log.exception("background task failed")
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            _running.discard(self)


class Cancelled(Exception):
    """Raised inside a task's progress callback once the user pressed cancel."""


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task._run()


def run_task(
    fn: Callable[..., Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    task = Task(fn)
    if on_done:
        task.succeeded.connect(on_done)
    if on_error:
        task.failed.connect(on_error)
    if on_progress:
        task.progressed.connect(on_progress)
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(task))
    return task

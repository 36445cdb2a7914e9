"""Uncaught exceptions: log them, tell the user where the log is, keep the app running.

Every user action is one database transaction, so an error in the middle of one has rolled
back by the time this dialog shows: nothing the user saved is lost.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.logging_setup import log_file, setup_logging

if TYPE_CHECKING:
    from types import TracebackType

log = logging.getLogger("zhanggui")


def show_unexpected_error(exc: BaseException) -> None:
    if QApplication.instance() is None:
        return
    import traceback

    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Unexpected error"))
    box.setText(QCoreApplication.translate("ErrorDialog", "Something went wrong: {message}").format(message=exc or type(exc).__name__))
    box.setInformativeText(
        QCoreApplication.translate("ErrorDialog", "Your saved data is safe. Details were written to the log file:\n{path}").format(path=log_file())
    )
    box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    setup_logging()
    log.error("uncaught exception", exc_info=(kind, exc, tb))
    show_unexpected_error(exc)


def install_excepthook() -> None:
    sys.excepthook = excepthook

"""Start the GUI: application object, logging, translations, fonts, then the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__, i18n
from app.core import paths
from app.logging_setup import setup_logging
from app.ui.error_dialog import install_excepthook
from app.ui.fonts import install_fonts
from app.ui.main_window import MainWindow
from app.ui.settings import app_settings


def choose_db_path(explicit: Path | None) -> Path:
    """--db, then ZHANGGUI_DB, then the database opened last time, then the default."""
    if explicit is not None:
        return explicit
    if os.environ.get("ZHANGGUI_DB"):
        return paths.default_db_path()
    last = app_settings().value("database/last")
    if last and Path(str(last)).exists():
        return Path(str(last))
    return paths.default_db_path()


def create_app(argv: list[str] | None = None, lang: str | None = None) -> tuple[QApplication, str]:
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    install_excepthook()
    lang = i18n.resolve_language(lang, app_settings().value("ui/language"))
    i18n.install(app, lang)
    install_fonts(app)
    # A backup or an open still running in a worker finishes before Python shuts down.
    app.aboutToQuit.connect(lambda: QThreadPool.globalInstance().waitForDone(60_000))
    icon = paths.resource("icons", "zhanggui.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app, lang


def run_gui(db_path: Path | None = None, lang: str | None = None) -> int:
    app, lang = create_app(lang=lang)
    window = MainWindow(choose_db_path(db_path), lang)
    window.show()
    if os.environ.get("ZHANGGUI_STARTUP_PROBE"):
        # For benchmarks/: say when the window is up (before the work queued below), then leave.
        QTimer.singleShot(0, lambda: (print("window-shown", flush=True), app.quit()))
    # Logging (logging.handlers is a slow import) starts once the window is up; the
    # exception hook sets it up itself if anything fails before then.
    QTimer.singleShot(0, setup_logging)
    QTimer.singleShot(0, lambda: window.open_database(window.db_path))
    return app.exec()

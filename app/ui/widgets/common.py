"""Small helpers every tab shares: the language, errors, notices, images, keys, export file names."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QByteArray, QIODevice, QKeyCombination, QLocale, Qt
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QListWidget, QMainWindow, QMessageBox, QProgressDialog, QWidget

from app import i18n
from app.core.errors import UserError
from app.ui.settings import app_settings

AMBER = "#fff1c7"  # stale rows, overdue items
GREEN = "#1e7d32"
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def ui_lang() -> str:
    """The app's language as core's ``pick`` wants it: i18n.install sets the default locale."""
    return "zh_CN" if QLocale().name().startswith("zh") else "en"


def show_error(parent: QWidget, err: UserError) -> None:
    """A core error in the user's language, in a message box (never a traceback)."""
    QMessageBox.warning(parent, parent.window().windowTitle(), i18n.error_text(err))


def notify(widget: QWidget, text: str, fallback=None) -> None:
    """Say ``text`` in the window's status bar, or through ``fallback(text)`` outside a main window."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 15000)
    elif fallback is not None:
        fallback(text)


def png_bytes(image: QImage) -> bytes | None:
    """The image as PNG bytes, or None when it is empty or cannot be encoded."""
    if image.isNull():
        return None
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data()) if ok else None


def trigger_shortcut(widget: QWidget, event: QKeyEvent) -> bool:
    """Run the enabled action of ``widget`` whose shortcut is this key press.

    Qt's shortcut map only fires for the focused widget of the active window; this lets the
    keys work whenever the key press reaches the widget (and keeps tests independent of focus).
    """
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier  # the keypad's 1-4 count too
    pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
    for action in widget.actions():
        if action.isEnabled() and any(pressed.matches(s) == QKeySequence.SequenceMatch.ExactMatch
                                      for s in action.shortcuts()):
            action.trigger()
            return True
    return False


class ActionList(QListWidget):
    """A list whose actions' keys work whenever a key press reaches it."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not trigger_shortcut(self, event):
            super().keyPressEvent(event)


def default_export_path(name: str, kind: str, suffix: str) -> str:
    """``<folder>/<name>-<kind>-<date>.<suffix>`` in the folder exported to last time."""
    folder = app_settings().value("export/dir") or str(Path.home())
    name = f"{_UNSAFE.sub('_', name).strip('_') or 'export'}-{kind}-{date.today().isoformat()}.{suffix}"
    return str(Path(str(folder)) / name)


def remember_export_dir(path: str) -> None:
    app_settings().setValue("export/dir", str(Path(path).parent))


def open_progress(parent: QWidget, label: str, maximum: int, on_cancel) -> QProgressDialog:
    """A window-modal progress dialog for an import running in a worker: shown at once, kept open
    at 100% (the worker closes it with ``close_progress`` when the transaction has ended), its
    Cancel button calling ``on_cancel``."""
    progress = QProgressDialog(label, QCoreApplication.translate("ImportProgress", "Cancel"), 0, maximum, parent)
    progress.setWindowTitle(parent.windowTitle())
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setMinimumDuration(0)
    progress.canceled.connect(on_cancel)
    progress.show()
    return progress


def close_progress(progress: QProgressDialog | None, on_cancel) -> None:
    if progress is not None:
        progress.canceled.disconnect(on_cancel)
        progress.close()
        progress.deleteLater()

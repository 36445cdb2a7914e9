"""Small widgets the ad test page is built from: notes saved as they are typed, a row of buttons
for actions, a bold heading, a column of widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QToolBar, QVBoxLayout, QWidget


class NoteEdit(QPlainTextEdit):
    """Plain text that asks to be saved when typing pauses and when it loses focus."""

    finished = Signal()
    PAUSE_MS = 800

    def __init__(self, placeholder: str, parent=None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.PAUSE_MS)
        self.timer.timeout.connect(self.finished.emit)
        self.textChanged.connect(self.timer.start)

    def set_text(self, text: str) -> None:
        """Show ``text`` without asking to save it."""
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self.timer.stop()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.timer.stop()
        self.finished.emit()


def button_bar(actions) -> QToolBar:
    """A row of buttons for ``actions`` (their text, tooltip, enabled state and keys)."""
    bar = QToolBar()
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    bar.setStyleSheet("QToolBar { border: none; spacing: 6px; } QToolButton { border: 1px solid #b8b8b8; "
                      "border-radius: 3px; padding: 3px 10px; background: #fafafa; } "
                      "QToolButton:hover { background: #eef3fb; } QToolButton:disabled { color: #999; }")
    for action in actions:
        bar.addAction(action)
    bar.setMinimumWidth(bar.sizeHint().width())  # never folded into the toolbar's » menu
    return bar


def column(*widgets: QWidget | None, grow: QWidget) -> QWidget:
    """``widgets`` (None: left out) top to bottom without margins; ``grow`` takes the spare height."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        if widget is not None:
            layout.addWidget(widget, 1 if widget is grow else 0)
    return box


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label

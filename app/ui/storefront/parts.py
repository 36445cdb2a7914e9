"""Building blocks the storefront's panels share: keyed actions, their buttons, columns."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLayout, QToolButton, QVBoxLayout, QWidget


def keyed_action(widget: QWidget, text: str, slot: Callable[[], object], key=None, tip: str = "") -> QAction:
    """An action of ``widget``, its key working while ``widget`` has the focus (and through
    trigger_shortcut); the tooltip names the key."""
    action = QAction(text, widget)
    if key is not None:
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        tip = f"{tip or text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
    action.setToolTip(tip or text)
    action.triggered.connect(lambda _checked=False: slot())
    widget.addAction(action)
    return action


def action_button(action: QAction) -> QToolButton:
    """A text button that shows, enables and runs ``action``."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def column(*parts) -> QWidget:
    """A widget stacking ``parts`` (widgets, layouts, or (widget, stretch) pairs) without margins."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        elif isinstance(part, tuple):
            layout.addWidget(*part)
        else:
            layout.addWidget(part)
    return widget

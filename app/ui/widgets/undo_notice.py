"""A notice line under a list or calendar: what was just done, with 撤销 while there is
something to undo (the last ``depth`` deletions, newest first)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.core.errors import UserError
from app.ui.widgets.common import show_error


class UndoNotice(QFrame):
    changed = Signal()  # something was pushed or undone: what can be undone changed

    def __init__(self, parent: QWidget | None = None, depth: int = 20) -> None:
        super().__init__(parent)
        self.depth = depth
        self.undos: list[tuple[str, Callable[[], None]]] = []
        self.lblText = QLabel()
        self.lblText.setWordWrap(True)
        self.btnUndo = QPushButton(self.tr("Undo"))
        self.btnUndo.clicked.connect(self.undo)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.lblText, 1)
        row.addWidget(self.btnUndo)
        self.clear()

    def say(self, text: str) -> None:
        self.lblText.setText(text)
        self.show()

    def push(self, text: str, undo: Callable[[], None]) -> None:
        """``text`` says what was done; ``undo()`` undoes it (and may raise a UserError)."""
        self.undos = [*self.undos, (text, undo)][-self.depth:]
        self.say(text)
        self._changed()

    def undo(self) -> None:
        if not self.undos:
            return
        text, undo = self.undos.pop()
        try:
            undo()
        except UserError as err:
            show_error(self, err)
        else:
            self.say(self.tr("Undone: {what}").format(what=text))
        self._changed()

    def clear(self) -> None:
        self.undos = []
        self.hide()
        self._changed()

    def _changed(self) -> None:
        self.btnUndo.setVisible(bool(self.undos))
        self.btnUndo.setToolTip(self.tr("Undo: {what} (Ctrl+Z)").format(what=self.undos[-1][0]) if self.undos else "")
        self.changed.emit()

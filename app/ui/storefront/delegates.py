"""A combo box to edit a cell whose value is one of a few codes (status, screen)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate


class ChoiceDelegate(QStyledItemDelegate):
    """Edits the model's EditRole value, one of ``choices()``: (value, label) pairs."""

    def __init__(self, choices: Callable[[], Sequence[tuple[object, str]]], parent=None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        editor = QComboBox(parent)
        for value, label in self.choices():
            editor.addItem(label, value)
        # The choice is saved as soon as it is made, not when the editor loses focus.
        editor.activated.connect(lambda _i, e=editor: (self.commitData.emit(e), self.closeEditor.emit(e)))
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

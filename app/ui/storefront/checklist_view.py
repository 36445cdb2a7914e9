"""The checklist's table view: keys for the row actions, and image files dropped onto a row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.ui.widgets.common import trigger_shortcut

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp"}


def dropped_image(mime) -> QImage | None:
    """The image a drag carries: image data, or the first image file among its URLs."""
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            return image
    for url in mime.urls():
        path = Path(url.toLocalFile())
        if url.isLocalFile() and path.suffix.lower() in IMAGE_SUFFIXES:
            image = QImage(str(path))
            if not image.isNull():
                return image
    return None


def carries_image(mime) -> bool:
    return mime.hasImage() or any(
        u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES for u in mime.urls())


class ChecklistView(QTableView):
    image_dropped = Signal(int, QImage)  # row, image

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Typing 1-4 or Space sets a status, so a key press must not open an editor.
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def select_row(self, row: int) -> None:
        """Select just ``row`` (selectRow would toggle it while Ctrl is held, as after Ctrl+Up)."""
        index = self.model().index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.scrollTo(index)

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.selectionModel().selectedRows()}) if self.model() else []

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.state() != QAbstractItemView.State.EditingState and trigger_shortcut(self, event):
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if carries_image(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        row = self.indexAt(event.position().toPoint()).row()
        if row >= 0 and carries_image(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        row = self.indexAt(event.position().toPoint()).row()
        image = dropped_image(event.mimeData()) if row >= 0 else None
        if image is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.select_row(row)
        self.image_dropped.emit(row, image)

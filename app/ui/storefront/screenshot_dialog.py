"""A screenshot attached to a checklist item, scaled to fit the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout


class ScreenshotDialog(QDialog):
    def __init__(self, png: bytes, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Screenshot: {item}").format(item=title))
        self.pixmap = QPixmap()
        self.pixmap.loadFromData(png, "PNG")
        self.lblImage = QLabel()
        self.lblImage.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lblImage.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.lblImage.setMinimumSize(200, 150)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lblImage, 1)
        layout.addWidget(buttons)
        self.resize(min(max(self.pixmap.width() + 40, 400), 1000), min(max(self.pixmap.height() + 80, 300), 760))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if not self.pixmap.isNull():
            self.lblImage.setPixmap(self.pixmap.scaled(
                self.lblImage.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))

    @classmethod
    def show_png(cls, parent, png: bytes, title: str) -> None:
        cls(png, title, parent).exec()

"""A friendly placeholder: what will be on this tab, instead of a blank page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, title: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lblTitle = QLabel(title)
        self.lblTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.lblTitle.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.lblTitle.setFont(font)
        self.lblBody = QLabel(body)
        self.lblBody.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lblBody.setWordWrap(True)
        self.lblBody.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        # Wide margins keep the text a readable column; a width cap on a wrapping label
        # makes Qt misjudge its height and clip the second line.
        layout.setContentsMargins(160, 24, 160, 24)
        layout.addStretch(2)
        layout.addWidget(self.lblTitle)
        layout.addSpacing(12)
        layout.addWidget(self.lblBody)
        layout.addStretch(3)

"""A friendly placeholder: what will be on this tab, instead of a blank page."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def escape(text: str) -> str:  # html.escape would cost start-up time for three replacements
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class EmptyState(QWidget):
    # Centred and coloured through the labels' rich text: Qt.AlignmentFlag would load the Qt
    # namespace (about 13 ms) and a style sheet costs more, before the window first appears.
    def __init__(self, title: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lblTitle = QLabel(f'<p align="center">{escape(title)}</p>')
        font = self.lblTitle.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.lblTitle.setFont(font)
        self.lblBody = QLabel(f'<p align="center" style="color:#555">{escape(body)}</p>')
        self.lblBody.setWordWrap(True)
        layout = QVBoxLayout(self)
        # Wide margins keep the text a readable column; a width cap on a wrapping label
        # makes Qt misjudge its height and clip the second line.
        layout.setContentsMargins(160, 24, 160, 24)
        layout.addStretch(2)
        layout.addWidget(self.lblTitle)
        layout.addSpacing(12)
        layout.addWidget(self.lblBody)
        layout.addStretch(3)

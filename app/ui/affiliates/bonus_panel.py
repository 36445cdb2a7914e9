"""Placeholder until this page is built."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


class BonusPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        QVBoxLayout(self)

    def set_store(self, store) -> None:
        self.store = store

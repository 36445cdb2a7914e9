from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.widgets.empty_state import EmptyState


class SalesTab(QWidget):
    """销售图表: imported orders and the charts an owner reads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        layout = QVBoxLayout(self)
        layout.addWidget(EmptyState(
            self.tr("Sales"),
            self.tr("Coming here: orders imported from your back-office exports, and charts of "
                    "revenue, orders, average order value and conversion by day, affiliate and campaign."),
        ))

    def set_store(self, store) -> None:
        self.store = store

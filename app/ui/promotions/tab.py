from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.widgets.empty_state import EmptyState


class PromotionsTab(QWidget):
    """活动策划: price tactics with their profit, campaign plans on a calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        layout = QVBoxLayout(self)
        layout.addWidget(EmptyState(
            self.tr("Promotions"),
            self.tr("Coming here: price tactics with the profit left after commission and fees, "
                    "campaign plans on a calendar with China's shopping festivals, and margin checks."),
        ))

    def set_store(self, store) -> None:
        self.store = store

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.widgets.empty_state import EmptyState


class AffiliatesTab(QWidget):
    """淘客管理: the register of affiliates, commissions, bonus plans and follow-ups."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        layout = QVBoxLayout(self)
        layout.addWidget(EmptyState(
            self.tr("Affiliates"),
            self.tr("Coming here: one register of affiliates, group leaders and creators, with their "
                    "commission rates, bonus plans and the follow-up log your customer-service staff keep."),
        ))

    def set_store(self, store) -> None:
        self.store = store

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.widgets.empty_state import EmptyState


class StorefrontTab(QWidget):
    """店铺模块: the module checklist and layout check, per shop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = None
        layout = QVBoxLayout(self)
        layout.addWidget(EmptyState(
            self.tr("Storefront"),
            self.tr("Coming here: the modules every shop page needs and the layout rules, "
                    "checked shop by shop, with your progress."),
        ))

    def set_store(self, store) -> None:
        self.store = store

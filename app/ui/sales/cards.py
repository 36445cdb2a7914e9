"""The big-number cards of 销售图表: a figure and its change against the previous period."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.money import format_money, format_rate
from app.core.sales_figures import Change

UP, DOWN, FLAT = "#1e7d32", "#c62828", "#666"
DASH = "—"
CARD_KEYS = ("revenue_fen", "orders", "buyers", "aov_fen", "conversion_bp")


def format_figure(key: str, value: int | None) -> str:
    if value is None:
        return DASH
    if key.endswith("_fen"):
        return format_money(value)
    if key.endswith("_bp"):
        return format_rate(value)
    return f"{value:,}"


class FigureCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.lblTitle = QLabel(title)
        self.lblTitle.setStyleSheet("color:#555")
        self.lblValue = QLabel(DASH)
        font = self.lblValue.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.lblValue.setFont(font)
        self.lblChange = QLabel(DASH)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lblTitle)
        layout.addWidget(self.lblValue)
        layout.addWidget(self.lblChange)

    def show_change(self, text: str, color: str, tip: str) -> None:
        self.lblChange.setText(text)
        self.lblChange.setStyleSheet(f"color:{color}")
        self.lblChange.setToolTip(tip)


class FigureCards(QWidget):
    """销售额, 订单数, 买家数, 客单价, 转化率; ``cards[key]`` by the Figures field name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titles = (self.tr("Revenue"), self.tr("Orders"), self.tr("Buyers"), self.tr("Average order value"),
                  self.tr("Conversion rate"))
        self.cards = {key: FigureCard(title) for key, title in zip(CARD_KEYS, titles)}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for card in self.cards.values():
            layout.addWidget(card)
        self.cards["conversion_bp"].lblValue.setToolTip(self.tr("Buyers ÷ visitors; enter the traffic of every "
                                                                "day of the period to see it"))

    def value_text(self, key: str) -> str:
        return self.cards[key].lblValue.text()

    def change_text(self, key: str) -> str:
        return self.cards[key].lblChange.text()

    def set_figures(self, figures, changes: dict[str, Change], previous_text: str) -> None:
        """``figures`` a sales_figures.Figures, ``changes`` compare()'s result, ``previous_text``
        the previous period as the tooltip names it."""
        for key, card in self.cards.items():
            card.lblValue.setText(format_figure(key, getattr(figures, key)))
            c = changes[key]
            tip = self.tr("Previous period %1: %2").replace("%1", previous_text).replace(
                "%2", format_figure(key, c.previous))
            if c.delta is None:
                card.show_change(DASH, FLAT, tip)
            elif c.delta == 0:
                card.show_change(self.tr("No change"), FLAT, tip)
            elif c.delta_bp is None:  # from nothing to something: no percentage to show
                card.show_change(("↑ " if c.delta > 0 else "↓ ") + format_figure(key, abs(c.delta)),
                                 UP if c.delta > 0 else DOWN, tip)
            else:
                card.show_change(("↑ " if c.delta > 0 else "↓ ") + format_rate(abs(c.delta_bp)),
                                 UP if c.delta > 0 else DOWN, tip)

    def clear(self) -> None:
        for card in self.cards.values():
            card.lblValue.setText(DASH)
            card.show_change(DASH, FLAT, "")

"""What the price calculator's pages show: the result of one price (OutcomeView), two of them
side by side (Comparison), result tables and red or green result lines."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from app.core.money import format_money, format_rate
from app.core.price_tactics import PriceOutcome

RED = "#b00020"
GREEN = "#1e7d32"
ERROR_STYLE = f"color: {RED}"
TABLE_WIDTH = 960


def zhe_text(bp: int) -> str:
    """The share of the price paid as a 折 figure: 7200 → "7.2折", 7692 → "7.69折", 5000 → "5折"."""
    zhe = (Decimal(bp) / 1000).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{zhe:f}".rstrip("0").rstrip(".") + "折"


def money(fen: int) -> str:
    return format_money(fen)


def red_label(word_wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(word_wrap)
    label.hide()
    return label


def say(label: QLabel, text: str, *, error: bool | None = None) -> None:
    """Set a result line; ``error`` True paints it red, False green, None leaves the colour."""
    label.setText(text)
    label.setVisible(bool(text))
    if error is not None:
        label.setStyleSheet(ERROR_STYLE if error else f"color: {GREEN}")


class OutcomeView(QFrame):
    """One unit sold at a price: what the buyer pays and gets off, what the platform and the
    affiliate take, what the shop keeps. Red, with the loss spelled out, when it loses money."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcome")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.outcome: PriceOutcome | None = None
        self.lblTitle = QLabel()
        self.lblTitle.setWordWrap(True)
        bold = self.lblTitle.font()
        bold.setBold(True)
        self.lblTitle.setFont(bold)
        self.lblPrice = QLabel()
        big = self.lblPrice.font()
        big.setBold(True)
        big.setPointSizeF(big.pointSizeF() * 1.5)
        self.lblPrice.setFont(big)
        self.lblDiscount, self.lblCommission, self.lblFee = QLabel(), QLabel(), QLabel()
        self.lblProfit, self.lblMargin = QLabel(), QLabel()
        self.lblProfit.setFont(bold)
        self.lblLoss = red_label()
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        rows = ((self.tr("Buyer pays"), self.lblPrice), (self.tr("Discount"), self.lblDiscount),
                (self.tr("Commission"), self.lblCommission), (self.tr("Platform fee"), self.lblFee),
                (self.tr("Profit per unit"), self.lblProfit), (self.tr("Margin"), self.lblMargin))
        for row, (name, value) in enumerate(rows):
            grid.addWidget(QLabel(name), row, 0)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lblTitle)
        layout.addLayout(grid)
        layout.addWidget(self.lblLoss)
        layout.addStretch(1)
        self.clear()

    def show_outcome(self, outcome: PriceOutcome, title: str = "") -> None:
        self.outcome = outcome
        self.lblTitle.setText(title)
        self.lblPrice.setText(money(outcome.buyer_price_fen))
        if outcome.discount_fen > 0:
            discount = self.tr("{zhe} / {amount} off").format(zhe=zhe_text(outcome.zhe_bp),
                                                               amount=money(outcome.discount_fen))
        elif outcome.discount_fen < 0:
            discount = self.tr("{amount} above the list price").format(amount=money(-outcome.discount_fen))
        else:
            discount = self.tr("No discount")
        self.lblDiscount.setText(discount)
        self.lblCommission.setText(money(outcome.commission_fen))
        self.lblFee.setText(money(outcome.fee_fen))
        self.lblProfit.setText(money(outcome.profit_fen))
        self.lblMargin.setText("—" if outcome.margin_bp is None else format_rate(outcome.margin_bp))
        loss = -outcome.profit_fen
        if not outcome.loss:
            text = ""
        elif outcome.buyer_price_fen < outcome.cost_fen:
            text = self.tr("Below cost: loses {amount} per unit").format(amount=money(loss))
        else:
            text = self.tr("After the platform fee and commission: loses {amount} per unit").format(
                amount=money(loss))
        say(self.lblLoss, text)
        self.lblProfit.setStyleSheet(ERROR_STYLE if outcome.loss else "")
        self.lblPrice.setStyleSheet(ERROR_STYLE if outcome.loss else "")
        self.setStyleSheet(f"QFrame#outcome {{ border: 2px solid {RED}; border-radius: 4px; }}"
                           if outcome.loss else "")

    def clear(self) -> None:
        self.outcome = None
        for label in (self.lblPrice, self.lblDiscount, self.lblCommission, self.lblFee, self.lblProfit,
                      self.lblMargin):
            label.setText("—")
            label.setStyleSheet("")
        say(self.lblLoss, "")
        self.setStyleSheet("")


class Comparison(QWidget):
    """Two prices side by side (``left`` and ``right``) and a verdict line below them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left, self.right = OutcomeView(), OutcomeView()
        self.lblVerdict = QLabel()
        self.lblVerdict.setWordWrap(True)
        pair = QHBoxLayout()
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(self.left, 1)
        pair.addWidget(self.right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(pair)
        layout.addWidget(self.lblVerdict)

    def show_pair(self, left: PriceOutcome, left_title: str, right: PriceOutcome, right_title: str,
                  verdict: str, *, good: bool) -> None:
        self.left.show_outcome(left, left_title)
        self.right.show_outcome(right, right_title)
        say(self.lblVerdict, verdict, error=not good)

    def clear(self) -> None:
        self.left.clear()
        self.right.clear()
        say(self.lblVerdict, "")


def result_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setMaximumWidth(TABLE_WIDTH)
    return table


def fill_table(table: QTableWidget, rows: list[tuple[list[str], bool]]) -> None:
    """Each row: its cells' texts and whether it loses money (then it is red)."""
    table.setRowCount(len(rows))
    red = QBrush(QColor(RED))
    for r, (cells, loss) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if loss:
                item.setForeground(red)
            table.setItem(r, c, item)
    height = table.horizontalHeader().sizeHint().height() + 4
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(height)


def outcome_cells(outcome: PriceOutcome) -> list[str]:
    """Buyer price, discount, profit per unit and margin, as a result table shows them."""
    margin = "—" if outcome.margin_bp is None else format_rate(outcome.margin_bp)
    return [money(outcome.buyer_price_fen), money(outcome.discount_fen), money(outcome.profit_fen), margin]

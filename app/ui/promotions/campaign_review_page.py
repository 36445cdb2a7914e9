"""The 复盘 page of the selected campaign: revenue, orders, buyers, AOV and conversion in its window
against the same number of days just before it, then its targets against what it reached."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.core import campaign_review as cr
from app.core.money import format_money, format_rate
from app.core.sales_figures import Change

DASH = "—"
MONEY, COUNT, RATE = "money", "count", "rate"


def _value(value: int | None, kind: str) -> str:
    if value is None:
        return DASH
    return format_money(value) if kind == MONEY else format_rate(value) if kind == RATE else f"{value:,}"


def _signed(value: int, kind: str) -> str:
    sign = "+" if value > 0 else "-" if value < 0 else ""
    return sign + _value(abs(value), kind)


class CampaignReviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review: cr.CampaignReview | None = None
        self.lblPeriods = QLabel()
        self.lblPeriods.setWordWrap(True)
        self.lblEmpty = QLabel(self.tr(
            "No orders yet in the campaign or the same length of time before it: import your orders to review it."))
        self.lblEmpty.setWordWrap(True)
        self.tblFigures = self._table([self.tr("Figure"), self.tr("During the campaign"),
                                       self.tr("Same length before"), self.tr("Change")])
        self.lblTargets = QLabel(self.tr("<b>Targets vs actual</b>"))
        self.tblTargets = self._table([self.tr("Target"), self.tr("Planned"), self.tr("Actual"),
                                       self.tr("Achieved"), self.tr("Result")])
        self.lblNoTargets = QLabel(self.tr("This campaign has no targets set."))
        layout = QVBoxLayout(self)
        for widget in (self.lblPeriods, self.lblEmpty, self.tblFigures, self.lblTargets, self.tblTargets,
                       self.lblNoTargets):
            layout.addWidget(widget)
        layout.addStretch(1)

    @staticmethod
    def _table(header: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(header))
        table.setHorizontalHeaderLabels(header)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(text))
        height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(len(rows)))
        table.setFixedHeight(height + 2 * table.frameWidth())

    def _change(self, change: Change, kind: str) -> str:
        if change.delta is None:
            return DASH
        if kind == RATE:  # a rate changes by percentage points, not by a share of itself
            return self.tr("{delta} pp").format(delta=_signed(change.delta, RATE).removesuffix("%"))
        text = _signed(change.delta, kind)
        return text if change.delta_bp is None else f"{text} ({_signed(change.delta_bp, RATE)})"

    def show_campaign(self, store, campaign_id: str | None) -> None:
        self.review = cr.review_campaign(store, campaign_id) if store and campaign_id else None
        if self.review is None:
            return
        r = self.review
        self.lblPeriods.setText(self.tr("Campaign {start} to {end}, against the same length before: {pstart} to {pend}")
                                .format(start=r.current.start.isoformat(), end=r.current.end.isoformat(),
                                        pstart=r.previous.start.isoformat(), pend=r.previous.end.isoformat()))
        self.lblEmpty.setVisible(not r.has_orders)
        figures = [(self.tr("Revenue"), "revenue_fen", MONEY), (self.tr("Orders"), "orders", COUNT),
                   (self.tr("Buyers"), "buyers", COUNT), (self.tr("Average order value"), "aov_fen", MONEY),
                   (self.tr("Conversion rate"), "conversion_bp", RATE)]
        self._fill(self.tblFigures, [[label, _value(r.changes[name].current, kind),
                                      _value(r.changes[name].previous, kind), self._change(r.changes[name], kind)]
                                     for label, name, kind in figures])
        names = {"visitors": (self.tr("Visitors"), COUNT), "orders": (self.tr("Orders"), COUNT),
                 "revenue": (self.tr("Revenue"), MONEY)}
        rows = []
        for t in r.targets:
            label, kind = names[t.name_code]
            rows.append([label, _value(t.target, kind), _value(t.actual, kind),
                         _value(t.share_bp, RATE), self.tr("Reached") if t.reached else self.tr("Not reached")])
        self._fill(self.tblTargets, rows)
        # Without any order a table of zeros says nothing: only the line on how to get them.
        self.tblFigures.setVisible(r.has_orders)
        self.lblTargets.setVisible(r.has_orders)
        self.tblTargets.setVisible(r.has_orders and bool(rows))
        self.lblNoTargets.setVisible(r.has_orders and not rows)

    def figure_texts(self) -> list[list[str]]:
        return [[self.tblFigures.item(r, c).text() for c in range(4)] for r in range(self.tblFigures.rowCount())]

    def target_texts(self) -> list[list[str]]:
        return [[self.tblTargets.item(r, c).text() for c in range(5)] for r in range(self.tblTargets.rowCount())]

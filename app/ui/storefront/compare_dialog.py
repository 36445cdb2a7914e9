"""Compare two reviews of a shop: each item's status in both, and what changed."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)

from app.core import storefront_reviews as reviews
from app.core.storefront import STATUSES, pick
from app.core.storefront_reviews import CHANGES
from app.ui.widgets.common import ui_lang

CHANGE_COLOURS = {"improved": "#1e7d32", "regressed": "#b00020", "changed": "#8a5a00"}


class CompareDialog(QDialog):
    def __init__(self, store, shop_id: str, parent=None) -> None:
        super().__init__(parent)
        self.store, self.lang = store, ui_lang()
        self.setWindowTitle(self.tr("Compare reviews"))
        self.resize(760, 560)
        self.summaries = reviews.list_reviews(store, shop_id)  # newest first
        self.cmbA, self.cmbB = QComboBox(), QComboBox()
        for combo in (self.cmbA, self.cmbB):
            for summary in self.summaries:
                combo.addItem(self._review_label(summary), summary.review.id)
        self.cmbA.setCurrentIndex(min(1, len(self.summaries) - 1))  # the newest two: older on the left
        self.cmbB.setCurrentIndex(0)
        self.lblCounts = QLabel()
        self.lblCounts.setWordWrap(True)
        self.tblCompare = QTableWidget(0, 4)
        self.tblCompare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tblCompare.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tblCompare.verticalHeader().setVisible(False)
        self.tblCompare.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        form = QFormLayout()
        form.addRow(self.tr("&Earlier review:"), self.cmbA)
        form.addRow(self.tr("&Later review:"), self.cmbB)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.lblCounts)
        layout.addWidget(self.tblCompare, 1)
        layout.addWidget(buttons)
        self.cmbA.currentIndexChanged.connect(self.refresh)
        self.cmbB.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _review_label(self, summary) -> str:
        review = summary.review
        text = self.tr("Review {number} · started {date} · score {score}").format(
            number=review.number, date=review.started_at[:10], score=summary.progress.score)
        return self.tr("{review} (current)").format(review=text) if review.closed_at is None else text

    def refresh(self) -> None:
        a, b = self.cmbA.currentData(), self.cmbB.currentData()
        rows = reviews.compare_reviews(self.store, a, b) if a and b else []
        numbers = {s.review.id: s.review.number for s in self.summaries}
        self.tblCompare.setHorizontalHeaderLabels([
            self.tr("Checklist item"), self.tr("Review {number}").format(number=numbers.get(a, "")),
            self.tr("Review {number}").format(number=numbers.get(b, "")), self.tr("Change")])
        self.tblCompare.setRowCount(len(rows))
        for row, comparison in enumerate(rows):
            cells = (comparison.item.title(self.lang), pick(STATUSES[comparison.status_a], self.lang),
                     pick(STATUSES[comparison.status_b], self.lang), pick(CHANGES[comparison.change], self.lang))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3 and comparison.change in CHANGE_COLOURS:
                    item.setForeground(QBrush(QColor(CHANGE_COLOURS[comparison.change])))
                self.tblCompare.setItem(row, column, item)
        self.tblCompare.resizeColumnsToContents()
        self.tblCompare.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        counts = Counter(c.change for c in rows)
        self.lblCounts.setText("  ·  ".join(
            f"{pick(names, self.lang)} {counts[code]}" for code, names in CHANGES.items()))
        if len(self.summaries) < 2:
            self.lblCounts.setText(self.tr("This shop has only one review so far: start a new review to "
                                           "compare it with this one."))

    @classmethod
    def run(cls, parent, store, shop_id: str) -> None:
        cls(store, shop_id, parent).exec()

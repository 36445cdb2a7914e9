"""The register's filter bar: type, status, region, tag, channel, group, follow-up, no orders in
N days and 大客户; ``changed`` fires when the user picks another value."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPushButton, QWidget

from app.core import affiliate_query as query
from app.core import affiliates as core
from app.core.affiliate_codes import CHANNEL_KINDS, KINDS, STATUSES
from app.core.affiliate_query import AffiliateFilter
from app.core.records import pick
from app.ui.widgets.common import ui_lang

NO_ORDER_DAYS = (7, 15, 30, 60, 90)


class RegisterFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cmbKind, self.cmbStatus, self.cmbRegion, self.cmbTag, self.cmbChannel, self.cmbGroup, self.cmbDue, \
            self.cmbNoOrders = (QComboBox() for _ in range(8))
        self.combos = (self.cmbKind, self.cmbStatus, self.cmbRegion, self.cmbTag, self.cmbChannel, self.cmbGroup,
                       self.cmbDue, self.cmbNoOrders)
        tips = (self.tr("Type"), self.tr("Status"), self.tr("Region"), self.tr("Tag"), self.tr("Promotion channel"),
                self.tr("Our group"), self.tr("Follow-up"), self.tr("No orders in the last N days"))
        self.chkVip = QCheckBox(self.tr("Big affiliates only"))
        self.btnClear = QPushButton(self.tr("Clear filters"))
        self.btnClear.setAutoDefault(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for combo, tip in zip(self.combos, tips):
            combo.setToolTip(tip)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.changed)
            row.addWidget(combo)
        row.addWidget(self.chkVip)
        row.addWidget(self.btnClear)
        row.addStretch(1)
        self.chkVip.toggled.connect(self.changed)
        self._fill_fixed_choices()

    def _fill_fixed_choices(self) -> None:
        lang = ui_lang()
        for combo, everything, codes in ((self.cmbKind, self.tr("All types"), KINDS),
                                         (self.cmbStatus, self.tr("All statuses"), STATUSES),
                                         (self.cmbChannel, self.tr("All channels"), CHANNEL_KINDS)):
            combo.addItem(everything, "")
            for code, names in codes.items():
                combo.addItem(pick(names, lang), code)
        for text, code in ((self.tr("Follow-up: all"), ""), (self.tr("Overdue"), "overdue"),
                           (self.tr("Due today"), "today"), (self.tr("Due (today and overdue)"), "due")):
            self.cmbDue.addItem(text, code)
        self.cmbNoOrders.addItem(self.tr("Orders: any"), None)
        for days in NO_ORDER_DAYS:
            self.cmbNoOrders.addItem(self.tr("No orders for {n} days").format(n=days), days)

    def fill_store_choices(self, store) -> None:
        """Regions, tags and groups as they are in the database, keeping what is chosen."""
        choices = ((self.cmbRegion, self.tr("All regions"), [(p, p) for p in query.provinces_in_use(store)]),
                   (self.cmbTag, self.tr("All tags"), [(t, t) for t in core.all_tags(store)]),
                   (self.cmbGroup, self.tr("All groups"),
                    [(g.name, g.id) for g in core.list_groups(store, counts=False)]))
        for combo, everything, items in choices:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def filter(self, text: str = "") -> AffiliateFilter:
        return AffiliateFilter(
            text=text, kind=self.cmbKind.currentData() or "", status=self.cmbStatus.currentData() or "",
            province=self.cmbRegion.currentData() or "", tag=self.cmbTag.currentData() or "",
            channel_kind=self.cmbChannel.currentData() or "", group_id=self.cmbGroup.currentData() or "",
            vip=True if self.chkVip.isChecked() else None, due=self.cmbDue.currentData() or "",
            no_orders_days=self.cmbNoOrders.currentData())

    def clear(self) -> None:
        """Back to everyone, without firing ``changed``."""
        for widget in (*self.combos, self.chkVip):
            widget.blockSignals(True)
        for combo in self.combos:
            combo.setCurrentIndex(0)
        self.chkVip.setChecked(False)
        for widget in (*self.combos, self.chkVip):
            widget.blockSignals(False)

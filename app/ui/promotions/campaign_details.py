"""The selected campaign: its fields, then four pages: 甘特图 (its tasks), 检查 (the findings of
the checks, each with an icon by severity and the full explanation, and the four principles as a
checklist with a note each), 商品 (its products at the campaign price, with the profit) and 复盘
(its window against the same length before it, and its targets against the orders imported)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QScrollArea, QStackedWidget, QStyle,
    QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from app.core import campaign_checks as checks
from app.core import campaigns as cp
from app.core.errors import UserError
from app.core.storefront import pick
from app.ui.promotions.campaign_common import LOSS_COLOR, CampaignFacts, product_lines
from app.ui.promotions.campaign_review_page import CampaignReviewPage
from app.ui.promotions.campaign_tasks import TaskPanel
from app.ui.widgets.common import show_error, ui_lang
from app.ui.widgets.empty_state import EmptyState, escape

ICONS = {"error": QStyle.StandardPixmap.SP_MessageBoxCritical, "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
         "info": QStyle.StandardPixmap.SP_MessageBoxInformation}
GANTT, CHECKS, PRODUCTS, REVIEW = range(4)
LONG = (2, 7)  # the dates and the targets (CampaignFacts.rows) get a line of their own


class CampaignDetails(QWidget):
    changed = Signal()  # tasks changed: reminders may have too
    undoable = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = ui_lang()
        self.facts = CampaignFacts(self.lang)
        self.store = None
        self.campaign: cp.Campaign | None = None
        self.findings: list[checks.Finding] = []

        self.lblName = QLabel()
        font = self.lblName.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.lblName.setFont(font)
        self.lblName.setWordWrap(True)
        self.lblSummary = QLabel()
        self.lblSummary.setWordWrap(True)
        self.lblSummary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tasks = TaskPanel()
        self.tasks.changed.connect(self.changed)
        self.tasks.undoable.connect(self.undoable)
        self.tabsDetail = QTabWidget()
        self.tabsDetail.addTab(self.tasks, self.tr("Gantt chart"))
        self.tabsDetail.addTab(self._build_checks(), self.tr("Checks"))
        self.tblProducts = QTableWidget(0, 5)
        self.tblProducts.setHorizontalHeaderLabels(self.facts.product_header())
        self.tblProducts.verticalHeader().hide()
        self.tblProducts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.tblProducts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabsDetail.addTab(self.tblProducts, self.tr("Products"))
        self.review = CampaignReviewPage()
        self.tabsDetail.addTab(self.review, self.tr("Review"))
        self.tabsDetail.currentChanged.connect(self._show_review)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lblName)
        layout.addWidget(self.lblSummary)
        layout.addWidget(self.tabsDetail, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(EmptyState(self.tr("No campaign selected"), self.tr(
            "Click a campaign on the calendar to see its plan, tasks and checks here, or create a new one.")))
        self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def _build_checks(self) -> QWidget:
        self.lstFindings = QVBoxLayout()
        self.lstFindings.setSpacing(6)
        self.finding_labels: list[QLabel] = []
        self.chkPrinciples: dict[str, QCheckBox] = {}
        self.edtPrinciples: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        for n, (code, (names, explanation)) in enumerate(cp.PRINCIPLES.items()):
            box = QCheckBox(pick(names, self.lang))
            box.setToolTip(pick(explanation, self.lang))
            box.toggled.connect(lambda _on, c=code: self._save_principle(c))
            note = QLineEdit()
            note.setMaxLength(cp.MAX_NOTE)
            note.setPlaceholderText(self.tr("Note: how this campaign meets it"))
            note.setToolTip(pick(explanation, self.lang))
            note.editingFinished.connect(lambda c=code: self._save_principle(c))
            grid.addWidget(box, n, 0)
            grid.addWidget(note, n, 1)
            self.chkPrinciples[code], self.edtPrinciples[code] = box, note
        page = QWidget()
        layout = QVBoxLayout(page)
        self.lblFindingsTitle = QLabel()
        layout.addWidget(self.lblFindingsTitle)
        layout.addLayout(self.lstFindings)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addWidget(QLabel(self.tr("<b>Principles</b>: tick each one the plan meets, with a note")))
        layout.addLayout(grid)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    # -- showing a campaign ------------------------------------------------------------------------
    def show_campaign(self, store, campaign_id: str | None) -> None:
        self.store = store
        try:
            self.campaign = cp.get_campaign(store, campaign_id) if store and campaign_id else None
        except UserError:
            self.campaign = None
        self.stack.setCurrentIndex(1 if self.campaign else 0)
        self.tasks.set_campaign(store, self.campaign.id if self.campaign else None)
        if self.campaign is None:
            return
        c = self.campaign
        self.lblName.setText(c.name)
        cell = '<td style="color:#666; padding-right:6px">{}</td><td{} style="padding-right:18px">{}</td>'
        rows = self.facts.rows(c)
        short = [cell.format(escape(label), "", escape(value))
                 for n, (label, value) in enumerate(rows) if n not in LONG]
        cells = "".join(f"<tr>{''.join(short[i:i + 2])}</tr>" for i in range(0, len(short), 2))  # two a line
        cells += "".join(f"<tr>{cell.format(escape(rows[n][0]), ' colspan=3', escape(rows[n][1]))}</tr>" for n in LONG)
        notes = f'<p style="color:#444">{escape(c.notes)}</p>' if c.notes else ""
        ident = self.tr("Campaign ID: {id} (for the command line: export-campaign)").format(id=c.id)
        self.lblSummary.setText(f'<table>{cells}</table>{notes}<p style="color:#888">{escape(ident)}</p>')
        self._show_principles()
        self.reload_findings()
        self._show_products()
        self._show_review()

    def _show_principles(self) -> None:
        for code, (checked, note) in self.campaign.principles.items():
            self.chkPrinciples[code].blockSignals(True)
            self.chkPrinciples[code].setChecked(checked)
            self.chkPrinciples[code].blockSignals(False)
            self.edtPrinciples[code].setText(note)

    def reload_findings(self) -> None:
        self.findings = checks.check_campaign(self.store, self.campaign.id, lang=self.lang)
        while self.lstFindings.count():
            item = self.lstFindings.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.finding_labels = []
        for finding in self.findings:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            icon = QLabel()
            icon.setPixmap(self.style().standardIcon(ICONS[finding.severity]).pixmap(18, 18))
            icon.setFixedWidth(22)
            text = QLabel(finding.format(QCoreApplication.translate("core", finding.template)))
            text.setWordWrap(True)
            line.addWidget(icon, 0)
            line.addWidget(text, 1)
            self.lstFindings.addWidget(row)
            self.finding_labels.append(text)
        count = len(self.findings)
        self.lblFindingsTitle.setText(self.tr("<b>{count} findings</b>").format(count=count) if count
                                      else self.tr("<b>No problems found.</b>"))
        self.tabsDetail.setTabText(CHECKS, self.tr("Checks ({count})").format(count=count) if count
                                   else self.tr("Checks"))

    def finding_texts(self) -> list[str]:
        return [label.text() for label in self.finding_labels]

    def _save_principle(self, code: str) -> None:
        if self.campaign is None:
            return
        checked, note = self.chkPrinciples[code].isChecked(), self.edtPrinciples[code].text()
        if (checked, note.strip()) == tuple(self.campaign.principles[code]):
            return
        try:
            self.campaign = cp.set_principle(self.store, self.campaign.id, code, checked=checked, note=note)
        except UserError as err:
            show_error(self, err)
            self._show_principles()
            return
        self.reload_findings()

    def _show_products(self) -> None:
        lines = product_lines(self.store, self.campaign)
        self.tblProducts.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, text in enumerate(self.facts.product_cells(line)):
                item = QTableWidgetItem(text)
                if column == 4 and line.sale is not None and line.sale.loss:
                    item.setForeground(LOSS_COLOR)
                self.tblProducts.setItem(row, column, item)
        self.tabsDetail.setTabText(PRODUCTS, self.tr("Products ({count})").format(count=len(lines)) if lines
                                   else self.tr("Products"))

    def _show_review(self) -> None:
        """Only while the 复盘 page is shown: it reads the orders, and they may have been imported since."""
        if self.campaign is not None and self.tabsDetail.currentIndex() == REVIEW:
            self.review.show_campaign(self.store, self.campaign.id)

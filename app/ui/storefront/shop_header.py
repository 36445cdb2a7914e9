"""The selected shop's header: its score and progress, reviews and exports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QMessageBox, QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from app.core import storefront_reviews as reviews
from app.core.campaign_prep import next_campaign_todo
from app.core.errors import UserError
from app.core.storefront import PLATFORMS, Shop, pick
from app.core.storefront_reviews import STALE_DAYS, Progress
from app.ui.settings import staff_name
from app.ui.widgets.common import AMBER, default_export_path, remember_export_dir, show_error, ui_lang
from app.ui.storefront.compare_dialog import CompareDialog


class ShopHeader(QWidget):
    review_started = Signal()
    message = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lang = ui_lang()
        self.store = None
        self.shop: Shop | None = None
        self.lblShopName = QLabel()
        font = self.lblShopName.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.lblShopName.setFont(font)
        self.lblShopInfo = QLabel()
        self.lblShopInfo.setStyleSheet("color: #555")
        self.barScore = QProgressBar()
        self.barScore.setRange(0, 100)
        self.barScore.setFormat(self.tr("Score %v"))
        self.barScore.setFixedWidth(220)
        self.barScore.setToolTip(self.tr("Done / applicable items; the required modules (★) count three times."))
        self.lblProgress = QLabel()
        self.lblProgress.setToolTip(self.tr("Stale: not done, or not checked in the last {days} days.").format(
            days=STALE_DAYS))
        self.btnStartReview = QPushButton(self.tr("Start a new review"))
        self.btnStartReview.setToolTip(self.tr("Set every item back to “To do” to check the shop again; "
                                               "earlier reviews are kept and can be compared."))
        self.btnCompare = QPushButton(self.tr("Compare reviews…"))
        self.btnExportCsv = QPushButton(self.tr("Export CSV…"))
        self.btnExportCsv.setToolTip(self.tr("The checklist as a CSV file for Excel or WPS"))
        self.btnExportPdf = QPushButton(self.tr("Export PDF…"))
        self.btnExportPdf.setToolTip(self.tr("The checklist, the layout and its check, with the progress, "
                                             "as a PDF to print or send"))
        self.btnStartReview.clicked.connect(self.start_review)
        self.btnCompare.clicked.connect(self.compare)
        self.btnExportCsv.clicked.connect(self.export_csv)
        self.btnExportPdf.clicked.connect(self.export_pdf)
        top, bottom = QHBoxLayout(), QHBoxLayout()
        top.addWidget(self.lblShopName)
        top.addSpacing(12)
        top.addWidget(self.lblShopInfo, 1)
        top.addWidget(self.btnStartReview)
        top.addWidget(self.btnCompare)
        bottom.addWidget(self.barScore)
        bottom.addSpacing(12)
        bottom.addWidget(self.lblProgress, 1)
        bottom.addWidget(self.btnExportCsv)
        bottom.addWidget(self.btnExportPdf)
        self.lblCampaign = QLabel()  # the stale items to check before a campaign starts
        self.lblCampaign.setWordWrap(True)
        self.lblCampaign.setStyleSheet(f"background: {AMBER}; padding: 4px; border-radius: 3px;")
        self.lblCampaign.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        layout.addWidget(self.lblCampaign)

    def set_shop(self, store, shop: Shop | None) -> None:
        self.store, self.shop = store, shop
        self.lblShopName.setText(shop.name if shop else "")
        info = [pick(PLATFORMS.get(shop.platform, PLATFORMS["other"]), self.lang)] if shop else []
        if shop and shop.url:
            info.append(shop.url)
        self.lblShopInfo.setText("  ·  ".join(info))
        for button in (self.btnStartReview, self.btnCompare, self.btnExportCsv, self.btnExportPdf):
            button.setEnabled(shop is not None)

    def show_progress(self, progress: Progress) -> None:
        self.barScore.setValue(progress.score)
        self.lblProgress.setText(self.progress_text(progress))
        self.show_campaign_todo()

    def show_campaign_todo(self) -> None:
        todo = next_campaign_todo(self.store, self.shop.id) if self.store and self.shop else None
        self.lblCampaign.setVisible(todo is not None)
        if todo is None:
            return
        when = self.tr("today") if todo.days_left == 0 else self.tr("in {days} days").format(days=todo.days_left)
        self.lblCampaign.setText(self.tr(
            "“{campaign}” starts {when}: {count} items of this shop are stale. Check them before the campaign."
        ).format(campaign=todo.campaign.name, when=when, count=len(todo.stale)))
        self.lblCampaign.setToolTip("\n".join(s.item.title(self.lang) for s in todo.stale[:25]))

    def progress_text(self, p: Progress) -> str:
        return self.tr("Done {done} / applicable {applicable} · required {required_done}/{required_total} · "
                       "stale {stale}").format(**p.__dict__)

    # -- reviews -------------------------------------------------------------------------
    def start_review(self) -> None:
        if self.shop is None:
            return
        answer = QMessageBox.question(self, self.tr("Start a new review"), self.tr(
            "Start a new review of “{shop}”? Every item goes back to “To do” and the notes are cleared; "
            "the current review is kept and can be compared with the new one.").format(shop=self.shop.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            review = reviews.start_review(self.store, self.shop.id, staff=staff_name())
        except UserError as err:
            show_error(self, err)
            return
        self.review_started.emit()
        self.message.emit(self.tr("Review {number} started.").format(number=review.number))

    def compare(self) -> None:
        if self.shop is not None:
            CompareDialog.run(self, self.store, self.shop.id)

    # -- exports -------------------------------------------------------------------------
    def _ask_path(self, kind: str, suffix: str, title: str, pattern: str) -> str:
        name, _ = QFileDialog.getSaveFileName(self, title, default_export_path(self.shop.name, kind, suffix), pattern)
        if name and not name.lower().endswith("." + suffix):
            name += "." + suffix
        if name:
            remember_export_dir(name)
        return name

    def _export(self, kind: str, suffix: str, title: str, pattern: str, write: Callable[[Path], str]) -> None:
        """Ask where to save, ``write`` there (returning what to tell the user), say it."""
        if self.shop is None:
            return
        path = self._ask_path(kind, suffix, title, pattern)
        if not path:
            return
        try:
            self.message.emit(write(Path(path)))
        except UserError as err:
            show_error(self, err)

    def export_csv(self) -> None:
        def write(path: Path) -> str:
            count = reviews.export_checklist_csv(self.store, self.shop.id, path, lang=self.lang)
            return self.tr("Exported {count} items to {path}").format(count=count, path=path)
        self._export(self.tr("checklist"), "csv", self.tr("Export the checklist to CSV"),
                     self.tr("CSV files (*.csv)"), write)

    def export_pdf(self) -> None:
        def write(path: Path) -> str:
            from app.ui.storefront.pdf_report import PdfReport  # QTextDocument, QPdfWriter: only when used

            PdfReport(self.store, self.shop, self.lang).write(path)
            return self.tr("Saved the PDF to {path}").format(path=path)
        self._export(self.tr("storefront check"), "pdf", self.tr("Export to PDF"), self.tr("PDF files (*.pdf)"), write)

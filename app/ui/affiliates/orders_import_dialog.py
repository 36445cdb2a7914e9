"""Import an affiliate order report (推广订单明细): the sales import dialog (read in a worker,
preview with encoding, row errors and "good rows only", import in a worker with a progress dialog
that can cancel) with the affiliate report's reader, columns, mapping kind and importer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QTableWidgetItem

from app.core.importing import columns
from app.core.importing.affiliate_orders import (
    AFFILIATE_ORDER_FIELDS, KIND, AffiliateOrderFile, import_affiliate_orders, read_affiliate_orders,
)
from app.core.importing.orders import MissingColumns
from app.core.money import format_money, format_rate
from app.ui.sales.import_dialog import ImportDialog, reason_text
from app.ui.sales.mapping_dialog import MappingDialog
from app.ui.worker import run_task

PREVIEW_ROWS = 50
PREVIEW_FIELDS = ("order_id", "title", "paid", "rate", "commission", "status", "created_at", "nick", "pid", "media")


class AffiliateOrdersImportDialog(ImportDialog):
    def __init__(self, store, path, parent=None) -> None:
        super().__init__(store, path, parent)
        self.setWindowTitle(self.tr("Import affiliate orders"))

    # ------------------------------------------------------------------ reading
    def load(self) -> None:
        encoding, path, mapping = self.cmbEncoding.currentData(), self.path, self.mapping
        self.btnImport.setEnabled(False)
        self.btnGood.hide()
        self.lblStatus.setText(self.tr("Reading {name}…").format(name=self.path.name))
        task = run_task(lambda: read_affiliate_orders(path, encoding=encoding, mapping=mapping),
                        on_done=lambda f: self._loaded(task, f), on_error=lambda e: self._load_failed(task, e))
        self.read_task = task

    def _load_failed(self, task, exc: BaseException) -> None:
        if task is not self.read_task:
            return
        if not isinstance(exc, MissingColumns):
            super()._load_failed(task, exc)
            return
        self.read_task = None
        remembered = columns.get_mapping(self.store, exc.header, KIND)
        if remembered and remembered != self.mapping:
            self.mapping = remembered
            self.load()
            return
        mapping = MappingDialog.choose(self.store, exc.header, self, fields=AFFILIATE_ORDER_FIELDS, kind=KIND)
        if mapping is None:
            self.lblStatus.setText(self.tr("The columns were not chosen, so the file cannot be imported."))
            self._show_file(None)
            return
        self.mapping = mapping
        self.load()

    def _show_file(self, order_file: AffiliateOrderFile | None) -> None:
        self.order_file = f = order_file
        if f is None:
            super()._show_file(None)
            return
        self.lblEncoding.setText(f.encoding + (self.tr(" (guessed)") if f.encoding_guessed else ""))
        self.lblRows.setText(self.tr("{good} orders, {bad} rows cannot be read").format(
            good=len(f.rows), bad=len(f.errors)) if f.errors else self.tr("{good} orders").format(good=len(f.rows)))
        fields = [k for k in PREVIEW_FIELDS if k in f.mapping]
        self.tblRows.clear()
        self.tblRows.setColumnCount(len(fields))
        self.tblRows.setHorizontalHeaderLabels([f.mapping[k] for k in fields])
        shown = f.rows[:PREVIEW_ROWS]
        self.tblRows.setRowCount(len(shown))
        for r, o in enumerate(shown):
            values = {"order_id": f"{o.order_id} {o.sub_order_id}".strip(), "title": o.title,
                      "paid": format_money(o.paid_fen), "commission": format_money(o.commission_fen),
                      "rate": "" if o.rate_bp is None else format_rate(o.rate_bp), "status": o.status_text,
                      "created_at": o.created_at.replace("T", " "), "nick": o.nick, "pid": o.pid, "media": o.media}
            for c, k in enumerate(fields):
                self.tblRows.setItem(r, c, QTableWidgetItem(values[k]))
        self.tblRows.resizeColumnsToContents()
        self.tblErrors.setRowCount(len(f.errors))
        for r, err in enumerate(f.errors):
            self.tblErrors.setItem(r, 0, QTableWidgetItem(str(err.row)))
            self.tblErrors.setItem(r, 1, QTableWidgetItem(err.column or self.tr("(whole row)")))
            self.tblErrors.setItem(r, 2, QTableWidgetItem(reason_text(err)))
        self.lblErrors.setText(self.tr("{count} rows cannot be read; fix them in the file, or import only the "
                                       "good rows:").format(count=len(f.errors)))
        self.lblErrors.setVisible(bool(f.errors))
        self.tblErrors.setVisible(bool(f.errors))
        self.btnImport.setEnabled(not f.errors and bool(f.rows))
        self.btnGood.setVisible(bool(f.errors) and bool(f.rows))
        self.btnGood.setEnabled(True)

    # ------------------------------------------------------------------ importing
    def start_import(self, good_rows_only: bool) -> None:
        f = self.order_file
        if f is None or self.import_task is not None:
            return
        store = self.store
        self.btnImport.setEnabled(False)
        self.btnGood.setEnabled(False)
        self.cmbEncoding.setEnabled(False)
        self.progress = QProgressDialog(self.tr("Importing {name}…").format(name=self.path.name),
                                        self.tr("Cancel"), 0, max(1, len(f.rows)), self)
        self.progress.setWindowTitle(self.windowTitle())
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(self._cancel_import)
        self.progress.show()
        self.import_task = run_task(
            lambda progress: import_affiliate_orders(store, f, good_rows_only=good_rows_only, progress=progress),
            on_done=self._imported, on_error=self._import_failed, on_progress=self._progressed, with_progress=True)

    @classmethod
    def run(cls, store, parent, path: str | None = None):
        """Ask for a file (when ``path`` is None), preview and import it; the result, or None."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                parent, QCoreApplication.translate("AffiliateOrdersImportDialog", "Import affiliate orders"), "",
                QCoreApplication.translate("AffiliateOrdersImportDialog", "Affiliate order reports (*.csv *.xlsx)"))
            if not path:
                return None
        dialog = cls(store, path, parent)
        dialog.exec()
        dialog.setParent(None)  # not kept as a hidden child of the page: freed with the last reference
        return dialog.result_

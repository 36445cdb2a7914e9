"""Import an order report (订单报表): read it in a worker, preview it (encoding, rows, the rows
that cannot be read), then import it in a worker with a progress dialog that can cancel.

import_orders backs the database up itself and writes in one transaction: cancelling rolls
everything back, so the data stays as it was.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QMessageBox, QProgressDialog, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from app import i18n
from app.core.errors import UserError
from app.core.importing import columns
from app.core.importing.orders import ImportResult, MissingColumns, OrderFile, import_orders, read_orders
from app.ui.sales.mapping_dialog import MappingDialog
from app.ui.widgets.common import close_progress, notify, open_progress
from app.ui.worker import Cancelled, run_task

log = logging.getLogger(__name__)
PREVIEW_ROWS = 50


def error_message(exc: BaseException) -> str:
    """A user-facing message for anything a worker raised: never a traceback."""
    if isinstance(exc, UserError):
        return i18n.error_text(exc)
    return QCoreApplication.translate("ImportDialog", "Something went wrong: {message}").format(message=exc)


def reason_text(error) -> str:
    """A RowError's reason in the user's language."""
    return QCoreApplication.translate("core", error.reason).format(**error.params)


def summary_text(result: ImportResult) -> str:
    text = QCoreApplication.translate("ImportDialog", "Added {added}, updated {updated}, unchanged {unchanged}, skipped {skipped}")
    return text.format(
        added=result.added, updated=result.updated, unchanged=result.unchanged, skipped=result.skipped)


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


class ImportDialog(QDialog):
    """The order report's dialog; a subclass for another kind of report overrides the class
    attributes and the reader, importer and preview hooks below."""

    FIELDS = columns.ORDER_FIELDS  # for the column-mapping dialog
    KIND = "orders"  # the remembered mappings' kind

    def read(self, path: Path, encoding: str | None, mapping: dict | None, progress):
        return read_orders(path, encoding=encoding, mapping=mapping, progress=progress)

    def import_file(self, store, order_file, good_rows_only: bool, progress):
        return import_orders(store, order_file, good_rows_only=good_rows_only, progress=progress)

    def preview_fields(self, order_file) -> list[str]:
        return [k for k in columns.ORDER_FIELDS if k in order_file.mapping and k != "phone"]

    def preview_values(self, order) -> dict[str, str]:
        return {"order_id": order.order_id, "buyer": order.buyer, "paid": _yuan(order.paid_fen),
                "status": order.status_text, "created_at": (order.created_at or "").replace("T", " "),
                "paid_at": (order.paid_at or "").replace("T", " "), "title": order.title,
                "quantity": str(order.quantity)}

    def __init__(self, store, path: str | Path, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.path = Path(path)
        self.mapping: dict[str, str] | None = None  # chosen by hand or remembered
        self.order_file: OrderFile | None = None
        self.result_: ImportResult | None = None
        self.summary = ""
        self.read_task = None
        self.import_task = None
        self.progress: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Import orders"))
        self.resize(900, 600)

        self.lblFile = QLabel(self.path.name)
        self.cmbEncoding = QComboBox()
        for data, text in ((None, self.tr("Automatic")), ("utf-8", "UTF-8"), ("gb18030", "GB18030"),
                           ("gbk", "GBK"), ("big5", "Big5")):
            self.cmbEncoding.addItem(text, data)
        self.cmbEncoding.currentIndexChanged.connect(self.load)
        self.lblEncoding = QLabel()
        self.lblRows = QLabel()
        enc_row = QHBoxLayout()
        enc_row.addWidget(self.lblEncoding)
        enc_row.addWidget(self.cmbEncoding)
        enc_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("File:"), self.lblFile)
        form.addRow(self.tr("Encoding:"), enc_row)
        form.addRow(self.tr("Rows:"), self.lblRows)

        self.tblRows = QTableWidget(0, 0)
        self.tblRows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lblErrors = QLabel()
        self.tblErrors = QTableWidget(0, 3)
        self.tblErrors.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Column"), self.tr("Reason")])
        self.tblErrors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tblErrors.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.lblStatus = QLabel()
        self.lblStatus.setWordWrap(True)
        self.lblStatus.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.btnImport = QPushButton(self.tr("Import"))
        self.btnGood = QPushButton(self.tr("Import good rows only"))
        self.btnCancel = QPushButton(self.tr("Cancel"))
        self.btnImport.clicked.connect(lambda: self.start_import(good_rows_only=False))
        self.btnGood.clicked.connect(lambda: self.start_import(good_rows_only=True))
        self.btnCancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.btnImport, self.btnGood, self.btnCancel):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tblRows, 3)
        layout.addWidget(self.lblErrors)
        layout.addWidget(self.tblErrors, 1)
        layout.addWidget(self.lblStatus)
        layout.addLayout(buttons)
        self._show_file(None)
        self.load()

    # ------------------------------------------------------------------ reading
    def load(self) -> None:
        encoding = self.cmbEncoding.currentData()
        path, mapping = self.path, self.mapping
        self.btnImport.setEnabled(False)
        self.btnGood.hide()
        self.lblStatus.setText(self.tr("Reading {name}…").format(name=self.path.name))
        # A million-row report takes seconds to read: say how far it is.
        task = run_task(lambda progress: self.read(path, encoding, mapping, progress),
                        on_done=lambda f: self._loaded(task, f), on_error=lambda e: self._load_failed(task, e),
                        on_progress=lambda done, total: self._reading(task, done, total))
        self.read_task = task

    def _reading(self, task, done: int, total: int) -> None:
        if task is self.read_task and total > 0:
            self.lblStatus.setText(self.tr("Reading {name}… {percent}%").format(
                name=self.path.name, percent=min(100, done * 100 // total)))

    def _loaded(self, task, order_file: OrderFile) -> None:
        if task is not self.read_task:  # an older read, overtaken by a change of encoding
            return
        self.read_task = None
        self.lblStatus.clear()
        self._show_file(order_file)

    def _load_failed(self, task, exc: BaseException) -> None:
        if task is not self.read_task:
            return
        self.read_task = None
        if isinstance(exc, MissingColumns):
            remembered = columns.get_mapping(self.store, exc.header, self.KIND)
            if remembered and remembered != self.mapping:
                self.mapping = remembered
                self.load()
                return
            mapping = MappingDialog.choose(self.store, exc.header, self, fields=self.FIELDS, kind=self.KIND)
            if mapping is None:
                self.lblStatus.setText(self.tr("The columns were not chosen, so the file cannot be imported."))
                self._show_file(None)
                return
            self.mapping = mapping
            self.load()
            return
        self._show_file(None)
        self.lblStatus.setText(error_message(exc))

    def _show_file(self, order_file: OrderFile | None) -> None:
        self.order_file = order_file
        f = order_file
        if f is None:
            self.lblEncoding.setText("")
            self.lblRows.setText("")
            self.tblRows.setRowCount(0)
            self.tblErrors.setRowCount(0)
            self.lblErrors.hide()
            self.tblErrors.hide()
            self.btnImport.setEnabled(False)
            self.btnGood.hide()
            return
        encoding = f.encoding + (self.tr(" (guessed)") if f.encoding_guessed else "")
        self.lblEncoding.setText(encoding)
        self.lblRows.setText(self.tr("{good} orders, {bad} rows cannot be read").format(
            good=len(f.rows), bad=len(f.errors)) if f.errors else self.tr("{good} orders").format(good=len(f.rows)))
        fields = self.preview_fields(f)
        self.tblRows.clear()
        self.tblRows.setColumnCount(len(fields))
        self.tblRows.setHorizontalHeaderLabels([f.mapping[k] for k in fields])
        shown = f.rows[:PREVIEW_ROWS]
        self.tblRows.setRowCount(len(shown))
        for r, order in enumerate(shown):
            values = self.preview_values(order)
            for c, k in enumerate(fields):
                self.tblRows.setItem(r, c, QTableWidgetItem(values[k]))
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
        self.progress = open_progress(self, self.tr("Importing {name}…").format(name=self.path.name),
                                      max(1, len(f.rows)), self._cancel_import)
        self.import_task = run_task(
            lambda progress: self.import_file(store, f, good_rows_only, progress),
            on_done=self._imported, on_error=self._import_failed, on_progress=self._progressed,
            with_progress=True,
        )

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(1, total))
            self.progress.setValue(done)

    def _cancel_import(self) -> None:
        if self.import_task is not None:
            self.import_task.cancel()
            if self.progress is not None:
                self.progress.setLabelText(self.tr("Cancelling…"))

    def _end_import(self) -> None:
        self.import_task = None
        close_progress(self.progress, self._cancel_import)
        self.progress = None
        self.cmbEncoding.setEnabled(True)

    def _imported(self, result: ImportResult) -> None:
        self._end_import()
        self.result_ = result
        self.summary = summary_text(result)
        notify(self.parentWidget() or self, self.summary)
        QMessageBox.information(self, self.windowTitle(), self.summary)
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        self._end_import()
        if isinstance(exc, Cancelled):
            self.lblStatus.setText(self.tr("The import was cancelled: nothing was imported, your data is as before."))
        else:
            self.lblStatus.setText(error_message(exc))
        self._show_file(self.order_file)

    def reject(self) -> None:
        if self.import_task is not None:  # the transaction is still running: cancel it first
            self._cancel_import()
            return
        super().reject()

    # ------------------------------------------------------------------ entry point
    @classmethod
    def run(cls, store, parent, path: str | None = None) -> ImportResult | None:
        """Ask for a file (when ``path`` is None), preview and import it; the result, or None."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                parent, QCoreApplication.translate("ImportDialog", "Import orders"), "",
                QCoreApplication.translate("ImportDialog", "Order reports (*.csv *.xlsx)"))
            if not path:
                return None
        dialog = cls(store, path, parent)
        dialog.exec()
        return dialog.result_

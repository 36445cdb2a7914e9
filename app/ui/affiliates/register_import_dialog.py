"""Import the owner's affiliate spreadsheet: read and plan it in a worker, preview what each row
will do (new, merged into a record on file, skipped, error), then import it in a worker with a
progress dialog that can cancel.

import_affiliates backs the database up and writes in one transaction: a file with bad rows is
refused unless the user picks "Import good rows only", and cancelling rolls everything back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
    QProgressDialog, QPushButton, QRadioButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from app.core.affiliate_codes import GENDERS, KINDS, STATUSES
from app.core.importing import columns
from app.core.importing.affiliates_file import AFFILIATE_FIELDS, KIND, AffiliateFile, read_affiliates
from app.core.importing.affiliates_merge import AffiliateImportResult, Plan, import_affiliates, plan_import
from app.core.importing.orders import MissingColumns
from app.core.records import pick
from app.ui.sales.import_dialog import error_message, reason_text
from app.ui.sales.mapping_dialog import MappingDialog
from app.ui.widgets.common import close_progress, notify, open_progress, ui_lang
from app.ui.worker import Cancelled, run_task

PREVIEW_ROWS = 50


def read_and_plan(store, path: Path, encoding: str | None, mapping: dict | None, on_duplicate: str):
    """(file, plan) for the preview; a layout whose columns the user chose before reads with that choice."""
    af = read_affiliates(path, encoding=encoding, mapping=mapping)
    if mapping is None:
        remembered = columns.get_mapping(store, af.header, KIND)
        if remembered and remembered != af.mapping:
            af = read_affiliates(path, encoding=encoding, mapping=remembered)
    return af, plan_import(store.conn, af, on_duplicate)


class RegisterImportDialog(QDialog):
    def __init__(self, store, path: str | Path, parent=None) -> None:
        super().__init__(parent)
        self.store, self.path = store, Path(path)
        self.mapping: dict[str, str] | None = None
        self.file: AffiliateFile | None = None
        self.plan: Plan | None = None
        self.result_: AffiliateImportResult | None = None
        self.read_task = self.import_task = None
        self.progress: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Import affiliates"))
        self.resize(980, 640)

        self.lblFile = QLabel(self.path.name)
        self.cmbEncoding = QComboBox()
        for data, text in ((None, self.tr("Automatic")), ("utf-8", "UTF-8"), ("gb18030", "GB18030"), ("gbk", "GBK")):
            self.cmbEncoding.addItem(text, data)
        self.lblEncoding = QLabel()
        self.btnColumns = QPushButton(self.tr("Choose columns…"))
        self.btnColumns.setToolTip(self.tr("Say which column holds which field; remembered for files like this one"))
        self.rdoMerge = QRadioButton(self.tr("Merge into the record on file (the file's filled-in cells win; "
                                             "tags, channels and keys are added)"))
        self.rdoSkip = QRadioButton(self.tr("Skip the row (the record on file stays as it is)"))
        self.rdoMerge.setChecked(True)
        self.duplicates = QButtonGroup(self)
        for button in (self.rdoMerge, self.rdoSkip):
            self.duplicates.addButton(button)
        self.lblCounts = QLabel()
        enc_row = QHBoxLayout()
        for widget in (self.lblEncoding, self.cmbEncoding, self.btnColumns):
            enc_row.addWidget(widget)
        enc_row.addStretch(1)
        dup_box = QVBoxLayout()
        dup_box.addWidget(self.rdoMerge)
        dup_box.addWidget(self.rdoSkip)
        form = QFormLayout()
        form.addRow(self.tr("File:"), self.lblFile)
        form.addRow(self.tr("Encoding:"), enc_row)
        form.addRow(self.tr("Same QQ, WeChat, phone or promoter key as a record on file:"), dup_box)
        form.addRow(self.tr("Rows:"), self.lblCounts)

        self.tblRows = QTableWidget(0, 0)
        self.tblRows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lblErrors = QLabel()
        self.lblErrors.setWordWrap(True)
        self.tblErrors = QTableWidget(0, 3)
        self.tblErrors.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Column"), self.tr("Reason")])
        self.tblErrors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tblErrors.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for table in (self.tblRows, self.tblErrors):
            table.verticalHeader().hide()  # the file's own line numbers are the first column
        self.lblStatus = QLabel()
        self.lblStatus.setWordWrap(True)
        self.lblStatus.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.btnImport = QPushButton(self.tr("Import"))
        self.btnGood = QPushButton(self.tr("Import good rows only"))
        self.btnCancel = QPushButton(self.tr("Cancel"))
        self.btnImport.setDefault(True)
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

        self.cmbEncoding.currentIndexChanged.connect(self.load)
        self.btnColumns.clicked.connect(self.choose_columns)
        self.rdoMerge.toggled.connect(self.replan)
        self.btnImport.clicked.connect(lambda: self.start_import(good_rows_only=False))
        self.btnGood.clicked.connect(lambda: self.start_import(good_rows_only=True))
        self.btnCancel.clicked.connect(self.reject)
        self._show(None, None)
        self.load()

    @property
    def on_duplicate(self) -> str:
        return "merge" if self.rdoMerge.isChecked() else "skip"

    # ------------------------------------------------------------------ reading
    def load(self, *_args) -> None:
        if self.import_task is not None:
            return
        store, path, encoding = self.store, self.path, self.cmbEncoding.currentData()
        mapping, on_duplicate = self.mapping, self.on_duplicate
        self._start(lambda: read_and_plan(store, path, encoding, mapping, on_duplicate),
                    self.tr("Reading {name}…").format(name=self.path.name))

    def replan(self, *_args) -> None:
        """The duplicates choice changed: the file as read is planned again, not read again."""
        af, store, on_duplicate = self.file, self.store, self.on_duplicate
        if af is None or self.read_task is not None:
            self.load()
            return
        self._start(lambda: (af, plan_import(store.conn, af, on_duplicate)), self.tr("Checking for duplicates…"))

    def _start(self, work, status: str) -> None:
        self.btnImport.setEnabled(False)
        self.btnGood.hide()
        self.lblStatus.setText(status)
        task = run_task(work, on_done=lambda found: self._loaded(task, found), on_error=lambda e: self._failed(task, e))
        self.read_task = task

    def _loaded(self, task, found) -> None:
        if task is not self.read_task:  # overtaken by a change of encoding, columns or choice
            return
        self.read_task = None
        self.lblStatus.clear()
        self._show(*found)

    def _failed(self, task, exc: BaseException) -> None:
        if task is not self.read_task:
            return
        self.read_task = None
        self._show(None, None)
        if isinstance(exc, MissingColumns):
            remembered = columns.get_mapping(self.store, exc.header, KIND)
            if remembered and remembered != self.mapping:
                self.mapping = remembered
                self.load()
                return
            if self._ask_columns(exc.header):
                return
            self.lblStatus.setText(self.tr("The columns were not chosen, so the file cannot be imported."))
            return
        self.lblStatus.setText(error_message(exc))

    def choose_columns(self) -> None:
        if self.file is not None:
            self._ask_columns(self.file.header)

    def _ask_columns(self, header: list[str]) -> bool:
        mapping = MappingDialog.choose(self.store, header, self, fields=AFFILIATE_FIELDS, kind=KIND)
        if mapping is None:
            return False
        self.mapping = mapping
        self.load()
        return True

    # ------------------------------------------------------------------ preview
    def _what(self, row) -> str:
        how = {"qq": "QQ", "wechat": self.tr("WeChat"), "phone": self.tr("phone"),
               "name": self.tr("name, no contact details")}.get(row.matched, self.tr("promoter key"))
        if row.action == "new":
            return self.tr("New")
        if row.action == "merge":
            return (self.tr("Merge into {name} (same {how})").format(name=row.target_name, how=how) if row.target_id
                    else self.tr("Merge with line {line} (same {how})").format(line=row.target_row, how=how))
        if row.action == "skip":
            return (self.tr("Skip: {name} is on file (same {how})").format(name=row.target_name, how=how)
                    if row.target_id else self.tr("Skip: same as line {line}").format(line=row.target_row))
        return self.tr("Error: see below")

    def _show(self, af: AffiliateFile | None, plan: Plan | None) -> None:
        self.file, self.plan = af, plan
        if af is None or plan is None:
            for widget in (self.lblEncoding, self.lblCounts):
                widget.setText("")
            self.tblRows.setRowCount(0)
            self.tblErrors.setRowCount(0)
            self.lblErrors.hide()
            self.tblErrors.hide()
            self.btnImport.setEnabled(False)
            self.btnGood.hide()
            self.btnColumns.setEnabled(False)
            return
        self.btnColumns.setEnabled(True)
        self.lblEncoding.setText(af.encoding + (self.tr(" (guessed)") if af.encoding_guessed else ""))
        errors = sorted([*af.errors, *plan.errors], key=lambda e: e.row)
        self.lblCounts.setText(self.tr("{new} new, {merge} to merge, {skip} to skip, {errors} with errors").format(
            new=plan.count("new"), merge=plan.count("merge"), skip=plan.count("skip"), errors=len(errors)))
        lang = ui_lang()
        heads = [self.tr("Line"), self.tr("What happens"), af.column_of("name")]
        fields = [f for f in ("nickname", "kind", "gender", "province", "city", "qq", "wechat", "phone", "status")
                  if f in af.columns or (f in ("province", "city") and "region" in af.columns)]
        heads += [af.column_of(f) or QCoreApplication.translate("core", AFFILIATE_FIELDS[f][0]) for f in fields]
        extras = [(self.tr("Channels"), "channels"), (self.tr("Tags"), "tags"), (self.tr("Groups"), "groups")]
        heads += [label for label, _ in extras]
        self.tblRows.clear()
        self.tblRows.setColumnCount(len(heads))
        self.tblRows.setHorizontalHeaderLabels(heads)
        shown = list(zip(af.rows, plan.rows))[:PREVIEW_ROWS]
        self.tblRows.setRowCount(len(shown))
        names = {"kind": KINDS, "gender": GENDERS, "status": STATUSES}
        for r, (p, what) in enumerate(shown):
            values = [str(p.row), self._what(what), p.fields["name"]]
            for f in fields:
                value = p.fields[f]
                values.append(pick(names[f][value], lang) if f in names and f in p.given else str(value or ""))
            values += ["、".join(c.name or c.url for c in p.channels), "、".join(p.tags), "、".join(p.groups)]
            for c, text in enumerate(values):
                self.tblRows.setItem(r, c, QTableWidgetItem(text))
        self.tblRows.resizeColumnsToContents()
        self.tblErrors.setRowCount(len(errors))
        for r, err in enumerate(errors):
            for c, text in enumerate((str(err.row), err.column or self.tr("(whole row)"), reason_text(err))):
                self.tblErrors.setItem(r, c, QTableWidgetItem(text))
        self.lblErrors.setText(self.tr("{count} rows cannot be imported; fix them in the file and open it again, or "
                                       "import only the good rows:").format(count=len(errors)))
        good = plan.count("new") + plan.count("merge") + plan.count("skip")
        self.lblErrors.setVisible(bool(errors))
        self.tblErrors.setVisible(bool(errors))
        self.btnImport.setEnabled(not errors and good > 0)
        self.btnGood.setVisible(bool(errors) and good > 0)
        self.btnGood.setEnabled(True)
        if not af.rows and not errors:
            self.lblStatus.setText(self.tr("The file has no affiliates."))

    # ------------------------------------------------------------------ importing
    def start_import(self, good_rows_only: bool) -> None:
        af = self.file
        if af is None or self.import_task is not None or self.read_task is not None:
            return
        store, on_duplicate = self.store, self.on_duplicate
        for widget in (self.btnImport, self.btnGood, self.cmbEncoding, self.btnColumns, self.rdoMerge, self.rdoSkip):
            widget.setEnabled(False)
        self.progress = open_progress(self, self.tr("Importing {name}…").format(name=self.path.name), 100,
                                      self._cancel_import)
        self.import_task = run_task(
            lambda progress: import_affiliates(store, af, on_duplicate=on_duplicate, good_rows_only=good_rows_only,
                                               progress=progress),
            on_done=self._imported, on_error=self._import_failed, on_progress=self._progressed, with_progress=True)

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
        for widget in (self.cmbEncoding, self.btnColumns, self.rdoMerge, self.rdoSkip):
            widget.setEnabled(True)

    def summary(self, result: AffiliateImportResult) -> str:
        text = self.tr("Affiliates added {added}, updated {updated}, already up to date {unchanged}; "
                       "duplicates skipped {skipped}, rows with errors left out {errors}")
        return text.format(added=result.added, updated=result.updated, unchanged=result.unchanged,
                           skipped=result.skipped, errors=result.errors)

    def _imported(self, result: AffiliateImportResult) -> None:
        self._end_import()
        self.result_ = result
        text = self.summary(result)
        notify(self.parentWidget() or self, text)
        QMessageBox.information(self, self.windowTitle(), text)
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        self._end_import()
        if isinstance(exc, Cancelled):
            self.lblStatus.setText(self.tr("The import was cancelled: nothing was imported, your data is as before."))
        else:
            self.lblStatus.setText(error_message(exc))
        self._show(self.file, self.plan)

    def reject(self) -> None:
        if self.import_task is not None:  # the transaction is still running: cancel it first
            self._cancel_import()
            return
        super().reject()

"""Daily traffic (访客数, 浏览量) of the last 30 days, typed in a grid or imported from a CSV."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel, QMessageBox, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)

from app import i18n
from app.core import sales_store
from app.core.errors import UserError
from app.core.importing import columns
from app.core.importing.orders import MissingColumns
from app.core.importing.traffic import import_traffic, read_traffic, set_traffic
from app.ui.sales.import_dialog import error_message, reason_text, summary_text
from app.ui.sales.mapping_dialog import MappingDialog

DAYS = 30


class TrafficDialog(QDialog):
    def __init__(self, store, parent=None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.store = store
        today = today or date.today()
        self.days = [(today - timedelta(days=i)).isoformat() for i in range(DAYS)]  # newest first
        self.loaded: dict[str, tuple[str, str]] = {}
        self.setWindowTitle(self.tr("Traffic"))
        self.resize(420, 640)
        intro = QLabel(self.tr("Visitors and page views of each day, as the analytics back office shows them."))
        intro.setWordWrap(True)
        self.grid = QTableWidget(DAYS, 3)
        self.grid.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Visitors"), self.tr("Page views")])
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.lblStatus = QLabel()
        self.lblStatus.setWordWrap(True)
        self.btnImport = QPushButton(self.tr("Import CSV…"))
        self.btnImport.clicked.connect(self.import_csv)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.btnImport, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.grid)
        layout.addWidget(self.lblStatus)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        figures = {t.day: t for t in sales_store.traffic(self.store, self.days[-1], self.days[0])}
        self.loaded.clear()
        for r, day in enumerate(self.days):
            item = QTableWidgetItem(day)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.grid.setItem(r, 0, item)
            t = figures.get(day)
            values = (str(t.visitors), str(t.page_views)) if t else ("", "")
            self.loaded[day] = values
            for c, value in enumerate(values, start=1):
                cell = QTableWidgetItem(value)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.grid.setItem(r, c, cell)

    def _cell(self, row: int, column: int) -> str:
        item = self.grid.item(row, column)
        return item.text().strip() if item else ""

    def accept(self) -> None:
        changes = []
        for r, day in enumerate(self.days):
            values = (self._cell(r, 1), self._cell(r, 2))
            if values == self.loaded.get(day) or values == ("", ""):
                continue
            numbers = []
            for text in values:
                plain = text.replace(",", "").replace("，", "")
                if not plain.isascii() or not plain.isdigit():
                    self.grid.setCurrentCell(r, 1 + len(numbers))
                    self.lblStatus.setText(self.tr("{day}: “{text}” is not a whole number of 0 or more.").format(
                        day=day, text=text))
                    return
                numbers.append(int(plain))
            changes.append((day, *numbers))
        try:
            for day, visitors, page_views in changes:
                set_traffic(self.store, day, visitors, page_views)
        except UserError as err:
            self.lblStatus.setText(i18n.error_text(err))
            return
        super().accept()

    def import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import traffic"), "", self.tr("Traffic figures (*.csv *.xlsx)"))
        if not path:
            return
        mapping = None
        try:
            while True:
                try:
                    traffic_file = read_traffic(path, mapping=mapping)
                    break
                except MissingColumns as exc:
                    remembered = columns.get_mapping(self.store, exc.header, "traffic")
                    if remembered and remembered != mapping:
                        mapping = remembered
                        continue
                    mapping = MappingDialog.choose(self.store, exc.header, self,
                                                   fields=columns.TRAFFIC_FIELDS, kind="traffic")
                    if mapping is None:
                        return
            good_only = False
            if traffic_file.errors:
                first = traffic_file.errors[0]
                answer = QMessageBox.question(
                    self, self.windowTitle(),
                    self.tr("{count} rows cannot be read (first: line {line}: {reason}). "
                            "Import the other {good} rows?").format(
                        count=len(traffic_file.errors), line=first.row, reason=reason_text(first),
                        good=len(traffic_file.rows)))
                if answer != QMessageBox.StandardButton.Yes:
                    return
                good_only = True
            result = import_traffic(self.store, traffic_file, good_rows_only=good_only)
        except Exception as exc:  # noqa: BLE001 - shown as a message, never a traceback
            self.lblStatus.setText(error_message(exc))
            return
        self.reload()
        self.lblStatus.setText(summary_text(result))

    @classmethod
    def run(cls, store, parent) -> bool:
        """Show the grid; True when OK saved it."""
        dialog = cls(store, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

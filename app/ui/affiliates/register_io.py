"""The register's import and export, as the register page (and the menu) call them.

``import_register`` asks for the owner's spreadsheet and runs RegisterImportDialog on it.
``export_register`` asks where to save (XLSX or CSV for Excel) and writes the affiliates in a
worker: a progress dialog can cancel it, and nothing is left behind when it does.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.ui.widgets.common import default_export_path, notify, remember_export_dir
from app.ui.worker import Cancelled, run_task

def import_register(parent: QWidget, store, path: str | None = None) -> bool:
    """Ask for a file (unless ``path``), preview and import it; True when anything was added or changed."""
    from app.ui.affiliates.register_import_dialog import RegisterImportDialog

    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("RegisterIO", "Import affiliates"), "",
            QCoreApplication.translate("RegisterIO", "Spreadsheets (*.csv *.xlsx);;All files (*)"))
        if not path:
            return False
    dialog = RegisterImportDialog(store, path, parent)
    dialog.exec()
    result = dialog.result_
    return result is not None and (result.added + result.updated) > 0


def export_register(parent: QWidget, store, ids: list[str] | None = None) -> None:
    """Ask for a file and export all affiliates (or ``ids``) to it; say how many were written."""
    title = QCoreApplication.translate("RegisterIO", "Export affiliates")
    folder = Path(default_export_path("x", "x", "xlsx")).parent
    name = QCoreApplication.translate("RegisterIO", "Affiliate register")
    suggested = str(folder / f"{name}-{date.today().isoformat()}.xlsx")
    xlsx = QCoreApplication.translate("RegisterIO", "Excel workbook (*.xlsx)")
    csv = QCoreApplication.translate("RegisterIO", "CSV for Excel (*.csv)")
    path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, f"{xlsx};;{csv}")
    if not path:
        return
    if Path(path).suffix.lower() not in (".csv", ".xlsx"):
        path += ".csv" if chosen == csv else ".xlsx"
    remember_export_dir(path)
    outcome = run_export(parent, store, Path(path), ids)
    if isinstance(outcome, int):
        text = QCoreApplication.translate("RegisterIO", "Exported {count} affiliates to {path}").format(
            count=outcome, path=path)
        if parent is not None:
            notify(parent, text)
        QMessageBox.information(parent, title, text)
    elif isinstance(outcome, Cancelled):
        if parent is not None:
            notify(parent, QCoreApplication.translate("RegisterIO", "The export was cancelled; no file was written."))
    else:
        from app.ui.sales.import_dialog import error_message

        QMessageBox.warning(parent, title, error_message(outcome))


def run_export(parent: QWidget, store, path: Path, ids: list[str] | None):
    """The number written, or the exception that stopped it; the window stays responsive meanwhile."""
    from app.core.affiliates_export import export_affiliates

    progress = QProgressDialog(QCoreApplication.translate("RegisterIO", "Exporting to {name}…").format(name=path.name),
                               QCoreApplication.translate("RegisterIO", "Cancel"), 0, 0, parent)
    progress.setWindowTitle(QCoreApplication.translate("RegisterIO", "Export affiliates"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    loop = QEventLoop()
    outcome: list = []

    def done(value) -> None:
        outcome.append(value)
        loop.quit()

    def moved(count: int, total: int) -> None:
        progress.setMaximum(max(1, total))
        progress.setValue(count)

    task = run_task(lambda progress: export_affiliates(store, path, ids, progress=progress),
                    on_done=done, on_error=done, on_progress=moved, with_progress=True)
    progress.canceled.connect(task.cancel)
    if not outcome:
        loop.exec()
    progress.close()
    progress.deleteLater()
    return outcome[0]

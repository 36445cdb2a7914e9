"""Choosing a backup to restore, and offering the newest good one when a file is refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QLabel, QListWidget, QListWidgetItem, QMessageBox,
    QPushButton, QVBoxLayout, QWidget,
)

from app.core import backup

def newest_good_backup(db_path: Path) -> backup.Backup | None:
    for candidate in backup.list_backups(db_path):
        if candidate.reason == "damaged":
            continue
        try:
            backup.verify_backup(candidate.path)
        except backup.BackupError:
            continue
        return candidate
    return None


class RestoreDialog(QDialog):
    """Lists this database's backups, newest first; "Other file…" picks any backup file."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumSize(520, 360)
        self.chosen: Path | None = None
        self.lstBackups = QListWidget()
        for item in backup.list_backups(db_path):
            if item.reason == "damaged":
                continue
            size_kb = max(1, item.path.stat().st_size // 1024)
            reason = self.reason_text(item.reason)
            row = QListWidgetItem(f"{item.taken_at:%Y-%m-%d %H:%M:%S}  ·  {reason}  ·  {size_kb:,} KB")
            row.setData(Qt.ItemDataRole.UserRole, str(item.path))
            self.lstBackups.addItem(row)
        if self.lstBackups.count():
            self.lstBackups.setCurrentRow(0)
        self.lstBackups.itemDoubleClicked.connect(lambda _item: self.accept())
        self.lblInfo = QLabel(self.tr(
            "The current data is backed up before it is replaced, so a restore can itself be undone."
        ))
        self.lblInfo.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.btnOther = QPushButton(self.tr("Other file…"))
        buttons.addButton(self.btnOther, QDialogButtonBox.ButtonRole.ActionRole)
        self.btnOther.clicked.connect(self.pick_file)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Backups of this database, newest first:")))
        layout.addWidget(self.lstBackups)
        layout.addWidget(self.lblInfo)
        layout.addWidget(buttons)

    def reason_text(self, reason: str) -> str:
        texts = {
            "manual": self.tr("manual"), "auto": self.tr("automatic"), "close": self.tr("on closing"),
            "migration": self.tr("before upgrade"), "import": self.tr("before import"),
            "before-restore": self.tr("before restore"),
        }
        return texts.get(reason, reason)

    def pick_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), "", self.tr("Zhanggui databases (*.sqlite3 *.db);;All files (*)")
        )
        if name:
            self.chosen = Path(name)
            super().accept()

    def accept(self) -> None:
        item = self.lstBackups.currentItem()
        if item is not None:
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        super().accept()

    @classmethod
    def choose(cls, db_path: Path, parent: QWidget | None = None) -> Path | None:
        dialog = cls(db_path, parent)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None


def confirm_restore(parent: QWidget | None, source: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("RestoreDialog", "Restore from backup"),
        QCoreApplication.translate("RestoreDialog", "Replace the current data with the backup\n{path}?\n\n"
                   "The current data is backed up first.").format(path=source),
    )
    return answer == QMessageBox.StandardButton.Yes


def offer_restore(parent: QWidget | None, message: str, candidate: backup.Backup | None) -> bool:
    """Say why the database was refused; True when the user asks for the newest good backup."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("RestoreDialog", "Cannot open the database"))
    box.setText(message)
    restore = None
    if candidate is not None:
        box.setInformativeText(QCoreApplication.translate("RestoreDialog", "The newest good backup is from {when}. Restore it?").format(
            when=f"{candidate.taken_at:%Y-%m-%d %H:%M}"))
        restore = box.addButton(QCoreApplication.translate("RestoreDialog", "Restore newest backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return restore is not None and box.clickedButton() is restore

"""活动日历: campaigns on a month calendar or a year's timeline, with the selected one's plan,
Gantt chart, checks and principles beside it, and the reminders (报名截止, tasks due) above.

New (Ctrl+N, or a double-click on an empty day), edit (F2, or a double-click on a bar), delete
(Del; Ctrl+Z or the 撤销 button in the notice line undoes it), export the plan to PDF.
PageUp/PageDown or ◀ ▶ page through months or years, 今天 comes back.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QSplitter, QStackedWidget, QToolButton, QVBoxLayout, QWidget

from app.core import campaigns as cp
from app.core.errors import UserError
from app.ui.promotions.campaign_common import make_action, tool_buttons
from app.ui.promotions.campaign_details import CampaignDetails
from app.ui.promotions.campaign_dialog import CampaignDialog
from app.ui.promotions.campaign_reminders import ReminderStrip
from app.ui.promotions.campaign_views import CampaignViews
from app.ui.widgets.common import (
    default_export_path, notify, remember_export_dir, show_error, trigger_shortcut, ui_lang,
)
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.undo_notice import UndoNotice

REMINDER_DAYS = 3
UNDO_DEPTH = 20


class CampaignPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = ui_lang()
        self.store = None
        self.selected_id: str | None = None

        self.reminders = ReminderStrip()
        self.reminders.campaignClicked.connect(self.show_campaign)
        self.views = CampaignViews()
        self.calendar, self.timeline = self.views.calendar, self.views.timeline
        self.views.campaignSelected.connect(self.select_campaign)
        self.views.campaignActivated.connect(self.edit_campaign)
        self.views.dayActivated.connect(self.new_campaign)
        self.details = CampaignDetails()
        self.details.changed.connect(self.reload_reminders)
        self.details.undoable.connect(self.push_undo)
        splitter = QSplitter()
        splitter.addWidget(self.views)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 560])

        self.notice = UndoNotice(depth=UNDO_DEPTH)
        self.notice.changed.connect(self._update_actions)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reminders)
        layout.addLayout(self._build_toolbar())
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)
        self.stack = QStackedWidget()
        self.stack.addWidget(EmptyState(self.tr("Campaign calendar"), self.tr(
            "Open a database to plan your campaigns here: a calendar with China's shopping festivals, "
            "tasks on a Gantt chart, and checks of prices and principles.")))
        self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._update_actions()

    def _build_toolbar(self) -> QHBoxLayout:
        panel = {"widgets": [self], "context": Qt.ShortcutContext.WidgetWithChildrenShortcut}
        views = {"widgets": [self.calendar, self.timeline], "context": Qt.ShortcutContext.WidgetShortcut}
        self.actNew = make_action(self.tr("New campaign"), self.tr("Plan a new campaign"), "Ctrl+N",
                                  self.new_campaign, **panel)
        self.actEdit = make_action(self.tr("Edit"), self.tr("Edit the selected campaign"), "F2", self.edit_campaign,
                                   **views)
        self.actDelete = make_action(self.tr("Delete"), self.tr("Move the campaign to the trash (Ctrl+Z undoes it)"),
                                     "Del", self.delete_campaign, **views)
        self.actExport = make_action(self.tr("Export PDF…"), self.tr(
            "The plan, prices, tasks and checks of the selected campaign as a PDF for your staff"), "Ctrl+E",
            self.export_pdf, **panel)
        self.actUndo = make_action(self.tr("Undo"), self.tr("Undo the last deletion"), QKeySequence.StandardKey.Undo,
                                   self.notice.undo, **panel)
        bar = QHBoxLayout()
        self.btnNew, self.btnEdit, self.btnDelete, self.btnExport = tool_buttons(
            (self.actNew, self.actEdit, self.actDelete, self.actExport))
        for button in (self.btnNew, self.btnEdit, self.btnDelete, self.btnExport):
            bar.addWidget(button)
        self.btnFestivals = QToolButton()
        self.btnFestivals.setText(self.tr("Festivals…"))
        self.btnFestivals.setToolTip(self.tr(
            "Correct, hide or add the shopping festivals and holidays on the calendar"))
        self.btnFestivals.clicked.connect(self.edit_festivals)
        bar.addWidget(self.btnFestivals)
        bar.addSpacing(16)
        bar.addWidget(self.views.navigation)
        bar.addStretch(1)
        return bar

    # -- the database and the views ----------------------------------------------------------
    def set_store(self, store) -> None:
        self.store = store
        self.notice.clear()
        self.stack.setCurrentIndex(0 if store is None else 1)
        if store is not None:
            self.refresh()
        self._update_actions()

    def refresh(self) -> None:
        if self.store is None:
            return
        self.views.set_store(self.store)
        self.reload_reminders()
        self.select_campaign(self.selected_id)

    def reload_reminders(self) -> None:
        if self.store is not None:
            self.reminders.set_reminders(cp.reminders(self.store, date.today(), REMINDER_DAYS), REMINDER_DAYS)

    # -- the selected campaign ------------------------------------------------------------------
    def select_campaign(self, campaign_id: str | None) -> None:
        self.selected_id = campaign_id
        self.views.select(campaign_id)
        self.details.show_campaign(self.store, campaign_id)
        if self.details.campaign is None:
            self.selected_id = None
        self._update_actions()

    def show_campaign(self, campaign_id: str) -> None:
        """Bring a campaign into view (a reminder was clicked) and select it."""
        try:
            campaign = cp.get_campaign(self.store, campaign_id)
        except UserError as err:
            show_error(self, err)
            return
        if not self.views.shows(campaign_id):
            self.views.go_to(campaign.start_date)
        self.select_campaign(campaign_id)

    def _update_actions(self) -> None:
        has_db, selected = self.store is not None, self.selected_id is not None
        self.actNew.setEnabled(has_db)
        self.btnFestivals.setEnabled(has_db)
        for action in (self.actEdit, self.actDelete, self.actExport):
            action.setEnabled(has_db and selected)
        self.actUndo.setEnabled(bool(self.notice.undos))

    def new_campaign(self, start: date | None = None) -> None:
        if self.store is None:
            return
        campaign_id = CampaignDialog.edit(self.store, None, self, start=start or self.views.selected_day)
        if campaign_id is not None:
            campaign = cp.get_campaign(self.store, campaign_id)
            self.selected_id = campaign_id
            self.views.go_to(campaign.start_date)
            self.refresh()
            self.say(self.tr("Added the campaign “{name}” with its tasks.").format(name=campaign.name))

    def edit_campaign(self, campaign_id: str | None = None) -> None:
        campaign_id = campaign_id or self.selected_id
        if self.store is None or campaign_id is None:
            return
        if CampaignDialog.edit(self.store, campaign_id, self) is not None:
            self.selected_id = campaign_id
            self.refresh()

    def edit_festivals(self) -> None:
        from app.ui.promotions.campaign_festivals import FestivalsDialog

        if self.store is not None and FestivalsDialog.edit(self.store, self.views.year, self):
            self.refresh()

    def delete_campaign(self) -> None:
        campaign_id = self.selected_id
        if campaign_id is None:
            return
        try:
            campaign = cp.get_campaign(self.store, campaign_id)
            cp.delete_campaign(self.store, campaign_id)
        except UserError as err:
            show_error(self, err)
            return
        self.selected_id = None
        self.refresh()

        def undo() -> None:
            cp.restore_campaign(self.store, campaign_id)
            self.selected_id = campaign_id
            self.refresh()
        self.push_undo(self.tr("Moved the campaign “{name}” to the trash.").format(name=campaign.name), undo)

    def export_pdf(self) -> None:
        from app.ui.promotions.campaign_pdf import CampaignPdf  # QTextDocument and the PDF writer: only when used

        campaign = self.details.campaign
        if campaign is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the campaign to PDF"), default_export_path(
            campaign.name, self.tr("campaign"), "pdf"), self.tr("PDF files (*.pdf)"))
        if not path:
            return
        path += "" if path.lower().endswith(".pdf") else ".pdf"
        remember_export_dir(path)
        try:
            CampaignPdf(self.store, campaign, self.lang).write(Path(path))
        except UserError as err:
            show_error(self, err)
            return
        self.say(self.tr("Saved the PDF to {path}").format(path=path))

    # -- notices and undo ----------------------------------------------------------------------
    def say(self, text: str) -> None:
        notify(self, text, fallback=self.notice.say)

    def push_undo(self, text: str, undo) -> None:
        self.notice.push(text, undo)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not trigger_shortcut(self, event):
            super().keyPressEvent(event)

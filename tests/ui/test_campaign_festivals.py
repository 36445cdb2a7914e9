"""节日 on the campaign calendar: the built-in festivals can be corrected, hidden and reset, and
the shop adds its own; the calendar shows the result."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from app.core import festivals as fest
from app.ui.promotions.campaign_festivals import FestivalsDialog


def select(dialog, name: str) -> None:
    rows = [dialog.lstFestivals.item(i).text() for i in range(dialog.lstFestivals.count())]
    dialog.lstFestivals.setCurrentRow(next(i for i, text in enumerate(rows) if text.startswith(name + "  ·")))


def test_correct_hide_and_add_festivals_and_see_them_on_the_calendar(panel, monkeypatch):  # noqa: F811
    panel.views.go_to(date(2026, 11, 1))
    seen = {}

    def work(dialog):
        select(dialog, "双11")
        assert dialog.edtName.text() == "双11" and dialog.chkBig.isChecked()
        dialog.dteEnd.setDate(QDate(2026, 11, 12))
        dialog.dtePeak.setDate(QDate(2026, 11, 12))
        dialog.btnSave.click()
        seen["changed"] = dialog.lstFestivals.currentItem().text()
        select(dialog, "双12")
        dialog.btnHide.click()
        seen["hidden"] = dialog.lstFestivals.currentItem().text()
        dialog.edtName.setText("店庆")
        dialog.cmbKind.setCurrentIndex(dialog.cmbKind.findData("shopping"))
        dialog.dteStart.setDate(QDate(2026, 11, 20))
        dialog.dteEnd.setDate(QDate(2026, 11, 22))
        dialog.chkPeak.setChecked(False)
        dialog.chkBig.setChecked(False)
        dialog.btnAdd.click()
        dialog.dteEnd.setDate(QDate(2026, 11, 1))  # before the first day: explained, nothing saved
        dialog.btnSave.click()
        seen["error"] = dialog.lblError.text()
        return dialog.reject()
    monkeypatch.setattr(FestivalsDialog, "exec", work)
    panel.btnFestivals.click()

    assert seen == {"changed": "双11  ·  2026-10-20 – 2026-11-12  ·  已修改",
                    "hidden": "双12  ·  2026-12-12  ·  已隐藏",
                    "error": "节日结束日期（2026-11-01）早于开始日期（2026-11-20）。"}
    assert fest.get_festival(panel.store, "2026.double11").end == date(2026, 11, 12)
    shown = {f.name_zh: f for f in panel.calendar.view.festivals}
    assert shown["店庆"].start == date(2026, 11, 20) and not shown["店庆"].builtin
    assert shown["双11"].main_day == date(2026, 11, 12)
    panel.views.go_to(date(2026, 12, 12))
    assert "双12" not in {f.name_zh for f in panel.calendar.view.festivals}


def test_reset_a_changed_festival(panel, monkeypatch):  # noqa: F811
    fest.update_festival(panel.store, "2026.618", start=date(2026, 5, 20))

    def work(dialog):
        select(dialog, "618")
        assert dialog.btnReset.isEnabled()
        dialog.btnReset.click()
        return dialog.reject()
    monkeypatch.setattr(FestivalsDialog, "exec", work)
    panel.btnFestivals.click()
    assert fest.get_festival(panel.store, "2026.618").start == date(2026, 6, 1)

"""Typing amounts and rates the way users write them."""

from app.ui.app import create_app
from app.ui.widgets.amount_edit import MoneyEdit, RateEdit


def test_money_edit_reads_what_users_type(qtbot):
    create_app(lang="zh_CN")
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    seen = []
    edit.valueChanged.connect(seen.append)
    qtbot.keyClicks(edit, "¥1,299.5")
    assert edit.value() == 129950 and edit.error is None and seen[-1] == 129950
    edit.clear()
    qtbot.keyClicks(edit, "12abc")
    assert edit.value() is None and seen[-1] is None
    assert "不是" in edit.error and "12abc" in edit.toolTip()
    assert "d32f2f" in edit.styleSheet()
    edit.set_value(990)
    assert edit.text() == "9.90" and edit.value() == 990 and edit.styleSheet() == ""


def test_money_edit_refuses_negative_unless_allowed(qtbot):
    create_app(lang="zh_CN")
    edit, signed = MoneyEdit(), MoneyEdit(allow_negative=True)
    for widget in (edit, signed):
        qtbot.addWidget(widget)
        qtbot.keyClicks(widget, "-5")
    assert edit.value() is None and "负数" in edit.error
    assert signed.value() == -500


def test_rate_edit_gives_basis_points(qtbot):
    create_app(lang="zh_CN")
    edit = RateEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "30%")
    assert edit.value() == 3000
    edit.setText("１２．５％")  # full-width, as a Chinese input method types it
    assert edit.value() == 1250
    edit.set_value(1250)
    assert edit.text() == "12.5%"
    edit.setText("120%")
    assert edit.value() is None and edit.error

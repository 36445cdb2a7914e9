"""广告测试 as a shop owner uses it: a new A/B test, the one-variable rule in the banner and the
highlighted cells, results typed in and the winner (or not) with its p-value, refused numbers,
the loop test → summarise → optimise → test again, deleting and Ctrl+Z. Each test checks what
the user sees and what landed in the database."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent

from app.core import ad_tests as at
from app.ui.promotions.ad_test_badge import COLOURS, NOT_COMPARABLE, VERDICT, WINNER
from app.ui.promotions.ad_test_model import column
from app.ui.promotions.ad_test_panel import NO_DATABASE, NO_TESTS, TESTS
from app.ui.widgets.amount_edit import MoneyEdit
from tests.ui.test_translations import english_left, visible_texts

Key, Ctrl = Qt.Key, Qt.KeyboardModifier.ControlModifier
BASE = {"targeting": "访客定向", "placement": "首页焦点图", "region": "江浙沪", "bid": "0.80", "creative": "白底主图"}


@pytest.fixture
def window(make_window):
    window = make_window("zh_CN")
    window.tabs.setCurrentIndex(1)
    window.promotions_tab.pages.setCurrentIndex(2)
    return window


@pytest.fixture
def panel(window):
    return window.promotions_tab.ad_test_panel


def make_test(panel, name="钻展主图测试 第1轮：素材", results=((0, 0), (0, 0)), **fields) -> at.AdTest:
    """A test with variants A and B that differ in the creative only, shown in the panel."""
    test = at.add_test(panel.store, name=name, **fields)
    for label, creative, (clicks, impressions) in zip("AB", ("白底主图", "场景图"), results, strict=True):
        at.add_variant(panel.store, test.id, label=label, variables={**BASE, "creative": creative},
                       impressions=impressions, clicks=clicks)
    panel.reload(test.id)
    return at.get_test(panel.store, test.id)


def edit(panel, row: int, code: str, value) -> bool:
    """What a cell editor hands the model when the user presses Enter (QTest types ASCII only)."""
    model = panel.detail.model
    return model.setData(model.index(row, column(code)), value)


def cell(panel, row: int, code: str, role=Qt.ItemDataRole.DisplayRole):
    model = panel.detail.model
    return model.data(model.index(row, column(code)), role)


def enter_results(panel, *results):
    for row, (clicks, impressions) in enumerate(results):
        assert edit(panel, row, "impressions", str(impressions))
        assert edit(panel, row, "clicks", str(clicks))


# --- a new test and the one-variable rule -------------------------------------------------------


def test_without_a_database_or_tests_the_page_says_what_to_do(panel):
    assert panel.stack.currentIndex() == NO_TESTS
    assert panel.emptyTests.lblTitle.text().endswith("还没有广告测试</p>")
    assert panel.btnNewFirstTest.text() == "新建测试"
    panel.set_store(None)
    assert panel.stack.currentIndex() == NO_DATABASE and not panel.actNew.isEnabled()


def test_ctrl_n_starts_a_test_with_variant_a(panel, qtbot):
    qtbot.keyClick(panel.lstTests, Key.Key_N, Ctrl)
    [test] = at.list_tests(panel.store)
    assert (test.name, [v.label for v in test.variants]) == ("新测试 1", ["A"])
    assert panel.stack.currentIndex() == TESTS and panel.detail.edtName.text() == "新测试 1"
    assert panel.detail.lblBanner.text() == "再添加一个方案：它会复制这个方案，然后只改变一个变量。"
    assert panel.lstTests.currentItem().data(VERDICT) == "no_data"


def test_one_changed_variable_is_comparable_and_a_second_is_not(panel, qtbot):
    panel.btnNewFirstTest.click()
    assert edit(panel, 0, "targeting", "访客定向") and edit(panel, 0, "creative", "白底主图")
    panel.detail.btnAddVariant.click()
    test = at.list_tests(panel.store)[0]
    assert [(v.label, v.variables["creative"]) for v in test.variants] == [("A", "白底主图"), ("B", "白底主图")]
    assert panel.detail.lblBanner.text().startswith("各方案的变量完全相同")

    assert edit(panel, 1, "creative", "场景图")
    banner = panel.detail.lblBanner
    assert banner.text() == "可比较：只改变了 素材" and COLOURS[WINNER][1] in banner.styleSheet()
    green = cell(panel, 1, "creative", Qt.ItemDataRole.BackgroundRole).color().name()
    assert green == COLOURS[WINNER][1] and cell(panel, 0, "creative", Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(panel, 1, "targeting", Qt.ItemDataRole.BackgroundRole) is None

    assert edit(panel, 1, "bid", "1.00")
    assert banner.text() == "不可比较：A 和 B 在 出价、素材 上不同。A/B 测试一次只能改变一个变量。"
    assert COLOURS[NOT_COMPARABLE][1] in banner.styleSheet()
    assert cell(panel, 0, "bid", Qt.ItemDataRole.BackgroundRole).color().name() == COLOURS[NOT_COMPARABLE][1]
    assert panel.detail.lblVerdict.text() == "不可比较"
    assert panel.lstTests.currentItem().data(VERDICT) == NOT_COMPARABLE
    [a, b] = at.list_tests(panel.store)[0].variants
    assert (a.variables["bid"], b.variables["bid"], b.variables["creative"]) == ("", "1.00", "场景图")


# --- results and the verdict --------------------------------------------------------------------


def test_results_typed_into_the_cells_name_b_the_winner(panel, qtbot):
    test = make_test(panel)
    view = panel.detail.tblResults
    for row, (clicks, impressions) in enumerate(((200, 10_000), (260, 10_000))):
        for code, value in (("impressions", impressions), ("clicks", clicks)):
            index = panel.detail.model.index(row, column(code))
            view.setCurrentIndex(index)
            view.edit(index)
            editor = view.indexWidget(index)
            editor.selectAll()
            qtbot.keyClicks(editor, str(value))
            qtbot.keyClick(editor, Key.Key_Return)  # commits through a queued call
            qtbot.waitUntil(lambda: getattr(at.get_test(panel.store, test.id).variants[row], code) == value)
    assert panel.detail.lblVerdict.text() == "胜出"
    assert panel.detail.lblSummary.text() == "B 的点击率胜出：2.60% 对 A 的 2.00%（p = 0.0047，在 95% 水平上显著）。"
    assert (cell(panel, 1, "label"), cell(panel, 1, "ctr"), cell(panel, 0, "ctr")) == ("B ★", "2.60%", "2.00%")
    assert cell(panel, 1, "impressions") == "10,000"
    assert panel.lstTests.currentItem().data(VERDICT) == WINNER


def test_a_small_difference_is_not_enough_evidence(panel):
    make_test(panel)
    enter_results(panel, (100, 5000), (110, 5000))
    assert panel.detail.lblVerdict.text() == "证据不足"
    text = panel.detail.lblSummary.text()
    assert text.startswith("还没有明确的胜出者：B 的点击率领先 A（2.20% 对 2.00%），但 p = 0.4855")
    assert "证据不足，差异可能只是偶然" in text and "继续测试" in text
    assert cell(panel, 1, "label") == "B"  # no star without a winner


def test_money_is_typed_in_yuan_and_the_metrics_follow(panel, qtbot):
    test = make_test(panel, results=((200, 10_000), (260, 10_000)))
    assert [cell(panel, 0, c) for c in ("cpc_fen", "roi", "conversion")] == ["¥0.00", "—", "0.00%"]  # no cost yet
    view, index = panel.detail.tblResults, panel.detail.model.index(0, column("cost_fen"))
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, MoneyEdit)
    qtbot.keyClicks(editor, "160")
    qtbot.keyClick(editor, Key.Key_Return)
    qtbot.waitUntil(lambda: at.get_test(panel.store, test.id).variants[0].cost_fen == 16_000)
    assert edit(panel, 0, "revenue_fen", "¥6,495") and edit(panel, 0, "orders", "5")
    assert [cell(panel, 0, c) for c in ("cost_fen", "cpc_fen", "roi", "conversion", "revenue_fen")] == [
        "¥160.00", "¥0.80", "40.59", "2.50%", "¥6,495.00"]


def test_impossible_numbers_are_refused_in_chinese_and_change_nothing(panel):
    test = make_test(panel, results=((0, 1000), (0, 0)))
    error = panel.detail.lblError
    for code, value, message in (("clicks", "1200", "点击数（1200）多于展现数（1000）。"),
                                 ("impressions", "-5", "测试数据不能为负数。"),
                                 ("favourites", "abc", "“abc”不是整数。"),
                                 ("cost_fen", "-1", "测试数据不能为负数。")):
        assert not edit(panel, 0, code, value)
        assert error.isVisibleTo(panel) and error.text() == message
    assert at.get_test(panel.store, test.id) == test  # not even updated_at moved
    assert (cell(panel, 0, "clicks"), cell(panel, 0, "impressions")) == ("0", "1,000")
    assert edit(panel, 0, "clicks", "30") and not error.isVisibleTo(panel)


# --- the loop: summarise, optimise, test again ----------------------------------------------------


def test_summary_and_next_step_are_saved_after_a_pause_and_on_focus_out(panel, qtbot):
    test = make_test(panel)
    panel.detail.edtSummary.setPlainText("场景图点击率更高")
    qtbot.waitUntil(lambda: at.get_test(panel.store, test.id).summary == "场景图点击率更高", timeout=3000)
    panel.detail.edtNextStep.setPlainText("下一轮只测出价")
    assert at.get_test(panel.store, test.id).next_step == ""  # still typing
    panel.detail.edtNextStep.focusOutEvent(QFocusEvent(QEvent.Type.FocusOut))
    assert at.get_test(panel.store, test.id).next_step == "下一轮只测出价"
    assert not panel.detail.edtNextStep.timer.isActive()


def test_a_follow_up_copies_the_variables_and_shows_the_rounds(panel):
    first = make_test(panel, results=((200, 10_000), (260, 10_000)), next_step="保留场景图，下一轮只测出价。")
    panel.btnFollowUp.click()
    [second] = [t for t in at.list_tests(panel.store) if t.id != first.id]
    assert (second.name, second.parent_test_id) == ("钻展主图测试 第2轮：素材", first.id)
    assert [(v.label, v.variables) for v in second.variants] == [(v.label, v.variables) for v in first.variants]
    assert all(v.impressions == v.clicks == 0 for v in second.variants)
    detail = panel.detail
    assert detail.edtName.text() == second.name
    assert detail.lblPlan.text() == "上一轮计划的优化：保留场景图，下一轮只测出价。"
    history = [detail.lstHistory.item(i).text() for i in range(detail.lstHistory.count())]
    assert history == ["第1轮：钻展主图测试 第1轮：素材  ·  胜出", "▶ 第2轮：钻展主图测试 第2轮：素材  ·  待填数据"]
    assert panel.window().statusBar().currentMessage() == (
        "第2轮已复制“钻展主图测试 第1轮：素材”的方案。现在优化一个变量：保留场景图，下一轮只测出价。")
    detail.lstHistory.itemClicked.emit(detail.lstHistory.item(0))
    assert detail.test.id == first.id and panel.lstTests.currentItem().text().startswith(first.name)
    assert detail.lstHistory.item(1).text() == "第2轮：钻展主图测试 第2轮：素材  ·  待填数据"


def test_delete_a_test_then_undo_with_ctrl_z(panel, qtbot):
    older = make_test(panel, name="第2轮", now=datetime.now() - timedelta(days=1))  # names sort the other way
    newer = make_test(panel, name="第1轮")
    assert panel.current().id == newer.id
    qtbot.keyClick(panel.lstTests, Key.Key_Delete)
    assert [t.id for t in at.list_tests(panel.store)] == [older.id]
    assert panel.current().id == older.id
    assert panel.notice.isVisibleTo(panel) and panel.notice.lblText.text() == "已把测试“第1轮”移到回收站。"
    assert panel.notice.btnUndo.isVisibleTo(panel) and panel.notice.btnUndo.text() == "撤销"
    qtbot.keyClick(panel.lstTests, Key.Key_Z, Ctrl)
    assert [t.id for t in at.list_tests(panel.store)] == [newer.id, older.id]
    assert panel.current().id == newer.id and panel.detail.edtName.text() == "第1轮"
    assert panel.notice.lblText.text().startswith("已撤销") and not panel.notice.btnUndo.isVisibleTo(panel)


def test_delete_a_variant_then_undo(panel, qtbot):
    test = make_test(panel, results=((260, 10_000), (200, 10_000)))
    view = panel.detail.tblVariables
    view.setCurrentIndex(panel.detail.model.index(0, column("creative")))
    qtbot.keyClick(view, Key.Key_Delete)
    assert [v.label for v in at.get_test(panel.store, test.id).variants] == ["B"]
    assert panel.detail.model.rowCount() == 1 and panel.detail.lblVerdict.text() == "待填数据"
    panel.notice.btnUndo.click()
    variants = at.get_test(panel.store, test.id).variants
    assert [(v.label, v.clicks, v.variables["creative"]) for v in variants] == [("B", 200, "场景图"),
                                                                                ("A", 260, "白底主图")]
    assert panel.detail.model.rowCount() == 2 and panel.detail.lblVerdict.text() == "胜出"


def test_renaming_and_an_empty_name(panel):
    test = make_test(panel)
    name = panel.detail.edtName
    name.setText("钻展 主图 A/B")
    name.editingFinished.emit()
    assert at.get_test(panel.store, test.id).name == "钻展 主图 A/B"
    assert panel.lstTests.currentItem().text().startswith("钻展 主图 A/B\n")
    name.setText("  ")
    name.editingFinished.emit()
    assert panel.detail.lblError.text() == "请输入测试名称。"
    assert at.get_test(panel.store, test.id).name == "钻展 主图 A/B" and name.text() == "钻展 主图 A/B"


def test_the_variants_model_passes_qts_model_tester(panel, qtmodeltester):
    make_test(panel, results=((200, 10_000), (260, 10_000)))
    qtmodeltester.check(panel.detail.model)
    assert panel.detail.model.rowCount() == 2 and panel.detail.model.columnCount() == 21


def test_a_filled_in_page_has_no_english_left(panel):
    make_test(panel, results=((200, 10_000), (260, 10_000)), summary="场景图更好", next_step="测出价")
    panel.btnFollowUp.click()
    texts = visible_texts(panel)
    assert "添加方案" in texts and "接着测试" in texts
    assert english_left(texts) == []
    model = panel.detail.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["方案", "定向", "位置"] and "花费" in headers and "投入产出比\n(ROI)" in headers
    assert english_left(headers) == []

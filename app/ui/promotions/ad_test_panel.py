"""广告测试: 钻展 A/B tests and their loop, test → summarise → optimise → test again.

Left the tests, newest first, each with its verdict (胜出, 证据不足, 不可比较, 待填数据); right the
selected test (``AdTestDetail``). 新建测试 (Ctrl+N) starts a test with variant A; 接着测试 starts the
next round: a test that follows the selected one up, with its variants' variables copied, so that
one variable can be changed as the last round planned. Deleting a test or a variant is undone with
Ctrl+Z or the 撤销 button in the notice line.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QLabel, QListWidgetItem, QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget,
)

from app.core import ad_tests as at
from app.core.errors import UserError
from app.ui.promotions.ad_test_badge import VERDICT, BadgeDelegate, verdict
from app.ui.promotions.ad_test_detail import AdTestDetail
from app.ui.promotions.ad_test_widgets import button_bar, column
from app.ui.settings import app_settings
from app.ui.widgets.common import ActionList, notify, show_error, trigger_shortcut, ui_lang
from app.ui.widgets.empty_state import EmptyState
from app.ui.widgets.undo_notice import UndoNotice

ID = Qt.ItemDataRole.UserRole
NO_DATABASE, NO_TESTS, TESTS = range(3)
ROUND = re.compile(r"第\s*\d+\s*轮|\b[Rr]ound\s*\d+")
SETTING = "promotions/ad_test"


class AdTestPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = ui_lang()
        self.store = None
        self.tests: list[at.AdTest] = []
        self._build_actions()
        self.stack = QStackedWidget()
        self.stack.addWidget(EmptyState(self.tr("Ad tests"), self.tr("Open a database to record your ad tests here.")))
        self.emptyTests = EmptyState(self.tr("No ad tests yet"), self.tr(
            "Testing is king: test two variants of a display ad that differ in one variable, enter the results, "
            "summarise what won, optimise, and test again."))
        self.btnNewFirstTest = QPushButton(self.actNew.text())
        self.btnNewFirstTest.clicked.connect(self.actNew.trigger)
        self.emptyTests.layout().insertWidget(4, self.btnNewFirstTest, 0, Qt.AlignmentFlag.AlignHCenter)
        self.stack.addWidget(self.emptyTests)
        self.stack.addWidget(self._build_tests_page())
        self.notice = UndoNotice()
        self.notice.changed.connect(self._update_actions)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.notice)
        self._update_actions()

    def _action(self, owner: QWidget, text: str, tip: str, key: str, slot, context: Qt.ShortcutContext) -> QAction:
        action = QAction(text, owner)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(context)
        action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda _checked=False: slot())
        owner.addAction(action)
        return action

    def _build_actions(self) -> None:
        children = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.actNew = self._action(self, self.tr("New test"), self.tr("Start a new A/B test"), "Ctrl+N",
                                   self.new_test, children)
        self.actFollowUp = self._action(self, self.tr("Follow-up test"), self.tr(
            "Test again: the next round, with this test's variants copied, to change one variable"),
            "Ctrl+Shift+N", self.follow_up, children)
        self.actUndo = self._action(self, self.tr("Undo"), self.tr("Undo the last deletion"), "Ctrl+Z",
                                    lambda: self.notice.undo(), children)
        self.lstTests = ActionList()
        self.actDelete = self._action(self.lstTests, self.tr("Delete"), self.tr(
            "Move the test to the trash (Ctrl+Z undoes it)"), "Del", self.delete_test,
            Qt.ShortcutContext.WidgetShortcut)

    def _build_tests_page(self) -> QWidget:
        self.detail = AdTestDetail()
        self.detail.changed.connect(self._test_changed)
        self.detail.open_test.connect(self.select)
        self.detail.undoable.connect(self.push_undo)
        self.lstTests.setMinimumWidth(220)
        self.lstTests.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lstTests.setItemDelegate(BadgeDelegate(self.detail.lblVerdict.names, self.lstTests))
        self.lstTests.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.lstTests.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lstTests.currentItemChanged.connect(lambda *_: self._test_selected())
        self.lstTests.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        actions = (self.actNew, self.actFollowUp, self.actDelete)
        bar = button_bar(actions)
        self.btnNewTest, self.btnFollowUp, self.btnDeleteTest = (bar.widgetForAction(a) for a in actions)
        splitter = QSplitter()
        splitter.addWidget(column(QLabel(self.tr("<b>Ad tests</b>, newest first")), self.lstTests, bar,
                                  grow=self.lstTests))
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 1020])
        return splitter

    # -- the database and the tests --------------------------------------------------------
    def set_store(self, store) -> None:
        if store is not self.store:
            self.detail.flush()
        self.store = store
        self.notice.clear()
        if store is None:
            self.tests = []
            self.detail.set_test(None, None)
            self.stack.setCurrentIndex(NO_DATABASE)
            self._update_actions()
            return
        self.reload(app_settings().value(SETTING))

    def current(self) -> at.AdTest | None:
        item = self.lstTests.currentItem()
        return next((t for t in self.tests if item is not None and t.id == item.data(ID)), None)

    def reload(self, select_id: str | None = None, *, row: int = 0) -> None:
        """List the tests again and select ``select_id`` (else the test at ``row``)."""
        self.tests = at.list_tests(self.store)
        self.lstTests.blockSignals(True)
        self.lstTests.clear()
        for test in self.tests:
            item = QListWidgetItem()
            self._fill_item(item, test)
            self.lstTests.addItem(item)
        ids = [t.id for t in self.tests]
        self.lstTests.setCurrentRow(ids.index(select_id) if select_id in ids else min(row, len(ids) - 1))
        self.lstTests.blockSignals(False)
        self.stack.setCurrentIndex(TESTS if self.tests else NO_TESTS)
        self._test_selected()

    def _fill_item(self, item: QListWidgetItem, test: at.AdTest) -> None:
        key = verdict(at.summarise(test, self.lang))
        item.setText(f"{test.name}\n" + self.tr("{date}  ·  {count} variants").format(
            date=test.created_at[:10], count=len(test.variants)))
        item.setData(ID, test.id)
        item.setData(VERDICT, key)
        item.setToolTip(f"{test.name}\n{self.detail.lblVerdict.names[key]}")

    def _test_selected(self) -> None:
        test = self.current()
        if test is not None:
            app_settings().setValue(SETTING, test.id)
        self.detail.set_test(self.store, test)
        self._update_actions()

    def _test_changed(self, test: at.AdTest) -> None:
        self.tests = [test if t.id == test.id else t for t in self.tests]
        for row in range(self.lstTests.count()):
            if self.lstTests.item(row).data(ID) == test.id:
                self._fill_item(self.lstTests.item(row), test)

    def select(self, test_id: str) -> None:
        ids = [t.id for t in self.tests]
        if test_id in ids:
            self.lstTests.setCurrentRow(ids.index(test_id))

    def _update_actions(self) -> None:
        has_test = self.store is not None and self.current() is not None
        self.actNew.setEnabled(self.store is not None)
        for action in (self.actFollowUp, self.actDelete):
            action.setEnabled(has_test)
        self.actUndo.setEnabled(bool(self.notice.undos))

    # -- new, follow-up, delete --------------------------------------------------------------
    def _create(self, name: str, parent: at.AdTest | None) -> at.AdTest | None:
        """A test and its variants in one transaction: variant A, or copies of ``parent``'s variants."""
        try:
            with self.store.write():
                test = at.add_test(self.store, name=name, parent_test_id=parent.id if parent else None)
                for variant in parent.variants if parent else [None]:
                    at.add_variant(self.store, test.id, label=variant.label if variant else "A",
                                   variables=variant.variables if variant else None)
        except UserError as err:
            show_error(self, err)
            return None
        self.reload(test.id)
        return test

    def new_test(self) -> None:
        if self.store is None:
            return
        self.detail.flush()
        test = self._create(self.tr("New test {n}").format(n=len(self.tests) + 1), None)
        if test is not None:
            self.detail.edtName.setFocus()
            self.detail.edtName.selectAll()
            self.say(self.tr("Started “{name}”: fill in variant A's variables, then add variant B and change "
                             "one variable.").format(name=test.name))

    def round_name(self, name: str, number: int) -> str:
        label = self.tr("round {n}").format(n=number)
        if ROUND.search(name):
            return ROUND.sub(lambda _m: label, name, count=1)
        return f"{name[:at.MAX_LABEL * 2 - len(label) - 1]} {label}"

    def follow_up(self) -> None:
        source = self.current()
        if source is None:
            return
        self.detail.flush()
        source = at.get_test(self.store, source.id)
        earlier = [t.id for t in at.history(self.store, source.id)].index(source.id)
        test = self._create(self.round_name(source.name, earlier + 2), source)
        if test is not None:
            plan = source.next_step or self.tr("change one variable")
            self.say(self.tr("Round {n} copies the variants of “{name}”. Now optimise one variable: {plan}").format(
                n=earlier + 2, name=source.name, plan=plan))

    def delete_test(self) -> None:
        test = self.current()
        if test is None:
            return
        self.detail.flush()
        row = self.lstTests.currentRow()
        try:
            at.delete_test(self.store, test.id)
        except UserError as err:
            show_error(self, err)
            return
        self.reload(row=row)

        def undo() -> str:
            at.restore_test(self.store, test.id)
            return test.id
        self.push_undo(self.tr("Moved the test “{name}” to the trash.").format(name=test.name), undo)

    # -- notices and undo ----------------------------------------------------------------
    def say(self, text: str) -> None:
        notify(self, text, fallback=self.notice.say)

    def push_undo(self, text: str, undo: Callable[[], str]) -> None:
        """``undo()`` puts back what was deleted and returns the test to show."""
        self.notice.push(text, lambda: self.reload(undo()))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not trigger_shortcut(self, event):
            super().keyPressEvent(event)

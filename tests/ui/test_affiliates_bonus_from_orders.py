"""The issue's "bonus ladder computed from imported affiliate orders", end to end through the window:
the 推广订单明细 is imported on the 推广订单 page, and the 奖金计划 page shows each affiliate's ladder."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from app.core import bonus_plans
from app.core.affiliates import add_affiliate
from tests.core.test_affiliate_orders import HEADER, write
from tests.ui.test_affiliate_orders_ui import import_file
from tests.ui.test_bonus_ui import table


def report_rows(day: date) -> list[str]:
    rows, n = [], 0
    for pid, orders, status in (("mm_1_1_1", 35, "订单结算"), ("mm_2_2_2", 120, "订单付款"), ("mm_2_2_2", 9, "订单失效"),
                                ("mm_3_3_3", 8, "订单付款")):
        for _ in range(orders):
            n += 1
            rows.append(f"{day} 10:00:00,铁观音 500g,1001,{status},50.00,20.00 %,10.00,,,{pid},,"
                        f'="{700000 + n}",="{700000 + n}-1"')
    return rows


def test_the_bonus_ladder_counts_the_imported_orders(make_window, qtbot, monkeypatch, tmp_path):
    window = make_window("zh_CN")
    store = window.store
    for name, pid in (("张三", "mm_1_1_1"), ("李四", "mm_2_2_2"), ("王五", "mm_3_3_3")):
        add_affiliate(store, {"name": name}, keys=[("pid", pid)])
    today = date.today()
    bonus_plans.add_plan(store, name="月度冲单奖", metric="orders", first_month=today.strftime("%Y-%m"),
                         tiers=[(30, 10_000), (100, 50_000), (300, 200_000)])
    tab = window.affiliates_tab
    tab.pages.setCurrentIndex(4)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    path = write(tmp_path / "推广订单明细.csv", [HEADER, *report_rows(today.replace(day=1))])
    import_file(qtbot, monkeypatch, tab.orders_panel, path)
    assert store.conn.execute("SELECT count(*) FROM affiliate_orders").fetchone()[0] == 172

    tab.pages.setCurrentIndex(3)
    rows = {row[0]: row[1:4] for row in table(tab.bonus_panel)}
    # 李四's 9 invalid (订单失效) orders do not count: 120, not 129
    assert rows == {"李四": ["120", "第 2 档", "¥500.00"], "张三": ["35", "第 1 档", "¥100.00"],
                    "王五": ["8", "—", "—"]}

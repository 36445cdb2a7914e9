"""A campaign's PDF for the staff: what it holds (plan, prices with the profit, tasks with their
dates, findings, principles), and the ``export-campaign ID FILE.pdf`` command, in the app and
headless."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.core import campaigns as cp
from app.core import products
from app.core.db import open_database
from app.ui.app import create_app
from app.ui.promotions.campaign_pdf import CampaignPdf

REPO = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 5)


@pytest.fixture
def campaign_id(db_path):
    store = open_database(db_path)
    try:
        table = products.add_product(store, title="北欧实木餐桌", price_fen=100_000, cost_fen=80_000)
        c = cp.add_campaign(store, name="双11淘客推广", channel="taoke", start_date=date(2026, 11, 10),
                            end_date=date(2026, 11, 13), signup_deadline=date(2026, 11, 4), target_visitors=20_000,
                            target_orders=600, target_revenue_fen=12_000_000, budget_fen=1_200_000,
                            principles={"fun": (True, "抽奖送收纳袋")})
        cp.set_campaign_products(store, c.id, [cp.CampaignProduct(c.id, table.id, "discount", "{}", 50_000)])
        first = cp.list_tasks(store, c.id)[0]
        cp.update_task(store, first.id, owner="美工小陈")
        return c.id
    finally:
        store.close()


def test_the_pdf_holds_the_plan_prices_tasks_findings_and_principles(qapp, db_path, campaign_id):
    create_app(lang="zh_CN")
    store = open_database(db_path)
    try:
        campaign = cp.get_campaign(store, campaign_id)
        html = CampaignPdf(store, campaign, "zh_CN").html(TODAY)
    finally:
        store.close()
    for text in ("<h1>双11淘客推广</h1>", "淘客推广 · 2026-11-10 – 2026-11-13 · 草稿", "导出日期：2026-11-05",
                 "活动计划", "访客数 20,000 · 订单数 600 · 销售额 ¥120,000.00", "¥12,000.00", "2026-11-04",
                 "<td>北欧实木餐桌</td><td>直接打折</td><td>¥1,000.00</td><td>¥500.00</td><td>-¥300.00（亏损）</td>",
                 "共 5 个任务，已完成 0 个", "<td>设计海报</td><td>美工小陈</td><td>2026-10-28</td><td>2026-11-03</td>"
                 "<td>7 天</td><td>逾期</td>", "每卖一件亏 ¥300.00", "<td>趣味性</td><td>✓</td><td>抽奖送收纳袋</td>"):
        assert text in html, text


def test_export_campaign_command_writes_a_pdf(qapp, db_path, campaign_id, tmp_path, capsys):
    target = tmp_path / "双11.pdf"
    code = main(["--lang", "zh_CN", "--db", str(db_path), "export-campaign", campaign_id, str(target)])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out == f"已把活动“双11淘客推广”导出到 {target}\n"
    assert target.read_bytes().startswith(b"%PDF")


def test_export_campaign_with_an_unknown_id_is_one_line_and_exit_1(db_path, campaign_id, tmp_path, capsys):
    target = tmp_path / "x.pdf"
    code = main(["--lang", "zh_CN", "--db", str(db_path), "export-campaign", "no-such-id", str(target)])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err == "zhanggui: 这个活动已不存在（可能已被删除）。\n"
    assert not target.exists()


def test_export_campaign_runs_headless_with_the_chinese_font(db_path, campaign_id, tmp_path):
    """In its own process, with no screen: the command starts an offscreen Qt by itself."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    target = tmp_path / "plan.pdf"
    done = subprocess.run([sys.executable, "main.py", "--lang", "en", "--db", str(db_path), "export-campaign",
                           campaign_id, str(target)], cwd=REPO, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=60)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"Exported the campaign “双11淘客推广” to {target}\n"
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and b"DroidSansFallback" in data  # the Chinese is embedded


def test_headless_export_refuses_a_missing_database(tmp_path, capsys):
    code = main(["--lang", "en", "--db", str(tmp_path / "none.sqlite3"), "export-campaign", "x",
                 str(tmp_path / "x.pdf")])
    assert code == 1 and capsys.readouterr().err.startswith("zhanggui: There is no database at ")

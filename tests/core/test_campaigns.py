"""Campaign plans: the codes of the brief, validation, default tasks and their dates, the Gantt
chart, reminders, the month view and the timeline, products with their tactics, the demo."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.core import ad_tests, products
from app.core import campaigns as cp
from app.core.campaigns import CampaignError, CampaignProduct

D = date.fromisoformat
NOW = datetime(2026, 10, 20, 9, 0)
TABLES = ("campaigns", "campaign_products", "campaign_tasks")


def dump(store) -> dict[str, list[tuple]]:
    return {t: store.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}


def add(store, name="双11大促", start="2026-11-10", end="2026-11-13", **kw):
    return cp.add_campaign(store, name=name, start_date=D(start), end_date=D(end), now=NOW, **kw)


def titles(store, campaign_id):
    return [(t.title, t.start_date.isoformat(), t.due_date.isoformat()) for t in cp.list_tasks(store, campaign_id)]


# --- codes ------------------------------------------------------------------------------------


def test_the_codes_carry_the_briefs_names():
    assert [zh for zh, _ in cp.GOALS.values()] == ["引流", "销量", "品牌", "收集评价", "收集数据", "提升粘性"]
    assert [zh for zh, _ in cp.CHANNELS.values()] == [
        "店内活动", "聚划算", "天天特价", "淘抢购", "折800", "卷皮折扣", "米折", "淘牛品", "VIP专享", "聚团购", "秒杀",
        "淘客推广", "钻展", "直通车"]
    assert [zh for zh, _ in cp.STATUSES.values()] == ["草稿", "已报名", "已排期", "进行中", "已结束", "已复盘"]
    assert [names[0] for names, _ in cp.PRINCIPLES.values()] == ["门槛低", "回报率高", "趣味性", "可持续性"]
    assert cp.PRINCIPLES["high_return"][1][1] == "Many small prizes, not one big one."
    assert [t[1][0] for t in cp.TASK_TEMPLATES] == ["设计海报", "报名", "设置价格", "通知淘客", "检查店铺"]


# --- campaigns --------------------------------------------------------------------------------


def test_a_campaign_round_trips(store):
    c = add(store, goal="traffic", channel="juhuasuan", daily_windows=[("20:00", "24:00"), ("9:00", "9:30")],
            budget_fen=500_000, target_visitors=20_000, target_orders=600, target_revenue_fen=12_000_000,
            signup_deadline=D("2026-11-01"), status="applied", notes=" 主推餐桌 ",
            principles={"fun": (True, "抽奖"), "continuity": (False, "每年一次")})
    assert c == cp.get_campaign(store, c.id)
    assert (c.name, c.goal, c.channel, c.start_date, c.end_date, c.days) == (
        "双11大促", "traffic", "juhuasuan", D("2026-11-10"), D("2026-11-13"), 4)
    assert c.daily_windows == (("09:00", "09:30"), ("20:00", "24:00"))
    targets = (c.budget_fen, c.target_visitors, c.target_orders, c.target_revenue_fen)
    assert targets == (500_000, 20_000, 600, 12_000_000)
    assert (c.signup_deadline, c.status, c.notes) == (D("2026-11-01"), "applied", "主推餐桌")
    assert c.principles == {"low_threshold": (False, ""), "high_return": (False, ""), "fun": (True, "抽奖"),
                            "continuity": (False, "每年一次")}
    assert (c.channel_name("zh_CN"), c.channel_name("en"), c.created_at) == ("聚划算", "Juhuasuan", "2026-10-20T09:00:00")


@pytest.mark.parametrize("typed, stored", [
    ("聚划算", "juhuasuan"), (" juhuasuan ", "juhuasuan"), ("JUHUASUAN", "juhuasuan"),
    ("Affiliate promotion", "taoke"), ("微信社群", "微信社群")])
def test_a_channel_is_a_code_or_the_users_own(store, typed, stored):
    c = add(store, channel=typed)
    assert c.channel == stored
    assert cp.user_channels(store) == ([] if stored in cp.CHANNELS else ["微信社群"])
    assert c.channel_name("en") == cp.name_of(stored, cp.CHANNELS, "en")


def test_a_deadline_on_the_first_day_and_a_one_day_campaign_are_fine(store):
    c = add(store, start="2026-11-11", end="2026-11-11", signup_deadline=D("2026-11-11"))
    assert (c.days, c.signup_deadline) == (1, D("2026-11-11"))


@pytest.mark.parametrize("changes, message", [
    ({"name": "  "}, "Enter the campaign's name."),
    ({"end_date": D("2026-11-09")}, "The campaign ends (2026-11-09) before it starts (2026-11-10)."),
    ({"signup_deadline": D("2026-11-11")},
     "The sign-up deadline (2026-11-11) is after the start (2026-11-10): it must be on or before it."),
    ({"budget_fen": -1}, "The budget cannot be negative."),
    ({"target_orders": -5}, "A target cannot be negative."),
    ({"target_revenue_fen": -1}, "A target cannot be negative."),
    ({"goal": "fame"}, "Unknown goal “fame”."),
    ({"status": "done"}, "Unknown status “done”."),
    ({"channel": ""}, "Choose or type the channel."),
    ({"daily_windows": [("09:30", "09:00")]},
     "The time window 09:30–09:00 ends before it starts; split a window over midnight in two."),
    ({"daily_windows": [("22:00", "22:00")]},
     "The time window 22:00–22:00 ends before it starts; split a window over midnight in two."),
    ({"daily_windows": [("9:00", "25:00")]}, "“25:00” is not a time of day (HH:MM)."),
    ({"daily_windows": [("9点", "10:00")]}, "“9点” is not a time of day (HH:MM)."),
    ({"principles": {"cheap": (True, "")}}, "Unknown principle “cheap”."),
    ({"start_date": "11/10/2026"}, "“11/10/2026” is not a date (YYYY-MM-DD)."),
])
def test_bad_input_changes_nothing(store, changes, message):
    c = add(store)
    before = dump(store)
    with pytest.raises(CampaignError) as caught:
        cp.update_campaign(store, c.id, **changes)
    assert str(caught.value) == message and dump(store) == before
    fields = {"name": "新活动", "start_date": D("2026-11-10"), "end_date": D("2026-11-13"), **changes}
    with pytest.raises(CampaignError):
        cp.add_campaign(store, **fields)
    assert dump(store) == before


def test_update_changes_only_what_is_given(store):
    c = add(store, budget_fen=100, notes="a")
    later = datetime(2026, 10, 21, 8, 0)
    u = cp.update_campaign(store, c.id, status="scheduled", end_date=D("2026-11-15"), now=later)
    assert (u.status, u.end_date, u.budget_fen, u.notes, u.updated_at) == ("scheduled", D("2026-11-15"), 100, "a",
                                                                          "2026-10-21T08:00:00")
    with pytest.raises(TypeError):
        cp.update_campaign(store, c.id, colour="red")


def test_principles_are_ticked_one_by_one(store):
    c = add(store)
    c = cp.set_principle(store, c.id, "low_threshold", checked=True, note="满99减10")
    c = cp.set_principle(store, c.id, "fun", checked=True)
    assert c.principles["low_threshold"] == (True, "满99减10") and c.principles["fun"] == (True, "")
    assert c.principles["high_return"] == (False, "")
    before = dump(store)
    with pytest.raises(CampaignError):
        cp.set_principle(store, c.id, "fun", checked=True, note="长" * 501)
    assert dump(store) == before


def test_deleted_campaigns_go_to_the_trash(store):
    c = add(store)
    cp.delete_campaign(store, c.id, now=NOW)
    assert cp.list_campaigns(store, start=D("2026-11-01"), end=D("2026-11-30")) == []
    assert [x.id for x in cp.list_deleted_campaigns(store)] == [c.id]
    for action in (lambda: cp.get_campaign(store, c.id), lambda: cp.delete_campaign(store, c.id),
                   lambda: cp.update_campaign(store, c.id, name="x"), lambda: cp.list_tasks(store, c.id),
                   lambda: cp.add_task(store, c.id, title="x", due_date=D("2026-11-01"))):
        with pytest.raises(CampaignError):
            action()
    assert cp.restore_campaign(store, c.id).deleted_at is None
    with pytest.raises(CampaignError):
        cp.restore_campaign(store, c.id)


def test_campaigns_overlapping_a_range(store):
    ids = {name: add(store, name=name, start=s, end=e).id for name, s, e in (
        ("A", "2026-10-25", "2026-10-31"), ("B", "2026-11-01", "2026-11-03"), ("C", "2026-11-30", "2026-12-02"),
        ("D", "2026-12-01", "2026-12-05"), ("E", "2026-10-01", "2026-12-31"))}
    names = {v: k for k, v in ids.items()}

    def found(start, end):
        return [names[c.id] for c in cp.list_campaigns(store, start=D(start), end=D(end))]

    assert found("2026-11-01", "2026-11-30") == ["E", "B", "C"]
    assert found("2026-10-31", "2026-10-31") == ["E", "A"]
    assert found("2027-01-01", "2027-01-31") == []
    plan = " ".join(row[-1] for row in store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM campaigns INDEXED BY campaigns_live_dates WHERE deleted_at IS NULL "
        "AND end_date >= '2026-11-01' AND start_date <= '2026-11-30'"))
    assert "campaigns_live_dates (end_date>?)" in plan


def test_moving_a_campaign_moves_its_deadline_and_tasks(store):
    c = add(store, signup_deadline=D("2026-11-01"))
    before = titles(store, c.id)
    m = cp.move_campaign(store, c.id, D("2026-11-17"))
    assert (m.start_date, m.end_date, m.signup_deadline) == (D("2026-11-17"), D("2026-11-20"), D("2026-11-08"))
    assert titles(store, c.id)[0] == ("设计海报", "2026-11-01", "2026-11-07") and before[0][1] == "2026-10-25"


# --- tasks, Gantt, reminders ------------------------------------------------------------------


def test_default_tasks_are_due_before_the_deadline_and_the_start(store):
    c = add(store, channel="juhuasuan", signup_deadline=D("2026-11-01"))
    assert titles(store, c.id) == [
        ("设计海报", "2026-10-25", "2026-10-31"), ("报名", "2026-10-30", "2026-11-01"),
        ("设置价格", "2026-11-07", "2026-11-09"), ("通知淘客", "2026-11-07", "2026-11-09"),
        ("检查店铺", "2026-11-09", "2026-11-10")]
    assert all(not t.done and t.owner == "" for t in cp.list_tasks(store, c.id))


def test_default_tasks_without_a_deadline(store):
    # The sign-up tasks are anchored 7 days before the start; an in-store promotion has nothing to sign up to.
    c = add(store, channel="store", lang="en")
    assert titles(store, c.id) == [
        ("Design posters", "2026-10-27", "2026-11-02"), ("Set prices", "2026-11-07", "2026-11-09"),
        ("Tell the affiliates", "2026-11-07", "2026-11-09"), ("Check the storefront", "2026-11-09", "2026-11-10")]
    assert titles(store, add(store, channel="zhe800").id)[1] == ("报名", "2026-11-01", "2026-11-03")
    assert cp.list_tasks(store, add(store, with_tasks=False).id) == []


def test_tasks_are_added_changed_moved_and_deleted(store):
    c = add(store, with_tasks=False)
    a = cp.add_task(store, c.id, title="拍主图", due_date=D("2026-11-01"), owner="小陈")
    b = cp.add_task(store, c.id, title="写文案", start_date=D("2026-10-28"), due_date=D("2026-11-02"))
    assert (a.start_date, a.due_date, a.position, b.position) == (D("2026-11-01"), D("2026-11-01"), 0, 1)
    b = cp.update_task(store, b.id, done=True, owner="阿美")
    assert (b.done, b.owner, b.title) == (True, "阿美", "写文案")
    assert [t.id for t in cp.move_task(store, b.id, 0)] == [b.id, a.id]
    assert [t.id for t in cp.move_task(store, b.id, 99)] == [a.id, b.id]
    cp.delete_task(store, a.id)
    assert [t.id for t in cp.list_tasks(store, c.id)] == [b.id]
    assert cp.restore_task(store, a.id).title == "拍主图"
    with pytest.raises(TypeError):
        cp.update_task(store, a.id, colour="red")


@pytest.mark.parametrize("changes, message", [
    ({"title": ""}, "Enter what the task is."),
    ({"start_date": D("2026-11-03")}, "The task is due (2026-11-01) before it starts (2026-11-03)."),
    ({"due_date": None}, "Enter a date."),
    ({"owner": "名" * 41}, "“名名名名名名名名名名名名名名名名名名名名…” is too long: at most 40 characters."),
])
def test_bad_tasks_change_nothing(store, changes, message):
    c = add(store, with_tasks=False)
    t = cp.add_task(store, c.id, title="拍主图", due_date=D("2026-11-01"))
    before = dump(store)
    with pytest.raises(CampaignError) as caught:
        cp.update_task(store, t.id, **changes)
    assert str(caught.value) == message and dump(store) == before
    with pytest.raises(CampaignError):
        cp.add_task(store, c.id, **{"title": "拍主图", "due_date": D("2026-11-01"), **changes})
    assert dump(store) == before


def test_the_gantt_chart(store):
    c = add(store, channel="juhuasuan", signup_deadline=D("2026-11-01"))
    first = cp.list_tasks(store, c.id)[1]
    cp.update_task(store, first.id, done=True)
    g = cp.gantt(store, c.id, today=D("2026-11-01"))
    # Day 0 is the first task's first day (25 Oct); the chart runs to the campaign's end (13 Nov).
    assert (g.origin, g.days, g.campaign_offset, g.campaign_length, g.signup_offset) == (D("2026-10-25"), 20, 16, 4, 7)
    assert [(r.task.title, r.offset, r.length, r.overdue) for r in g.rows] == [
        ("设计海报", 0, 7, True), ("报名", 5, 3, False), ("设置价格", 13, 3, False), ("通知淘客", 13, 3, False),
        ("检查店铺", 15, 2, False)]
    assert (g.today_offset, g.done, g.total) == (7, 1, 5)
    assert cp.gantt(store, c.id, today=D("2026-12-01")).today_offset is None
    empty = cp.gantt(store, add(store, with_tasks=False).id)
    assert (empty.origin, empty.days, empty.rows, empty.signup_offset, empty.today_offset) == (
        D("2026-11-10"), 4, [], None, None)


def test_reminders_of_deadlines_and_tasks(store):
    c = add(store, channel="juhuasuan", signup_deadline=D("2026-11-01"))
    later = add(store, name="年货节", start="2027-01-10", end="2027-01-20", signup_deadline=D("2027-01-01"))
    assert cp.reminders(store, D("2026-10-20")) == []

    def seen(today, days=3):
        return [(r.kind, r.title, r.due.isoformat(), r.days_left) for r in cp.reminders(store, D(today), days)]

    assert seen("2026-10-27") == []
    assert seen("2026-10-28") == [("task", "设计海报", "2026-10-31", 3)]  # due within 3 days: on the third too
    assert seen("2026-10-30") == [("task", "设计海报", "2026-10-31", 1), ("signup", "双11大促", "2026-11-01", 2),
                                  ("task", "报名", "2026-11-01", 2)]
    poster = cp.list_tasks(store, c.id)[0]
    cp.update_task(store, poster.id, done=True)
    cp.update_campaign(store, c.id, status="applied")
    assert seen("2026-10-30") == [("task", "报名", "2026-11-01", 2)]
    assert seen("2026-11-03", days=0) == [("task", "报名", "2026-11-01", -2)]  # overdue
    cp.update_campaign(store, c.id, status="reviewed")  # 已复盘: its tasks no longer nag
    assert seen("2026-11-03") == []
    cp.update_campaign(store, c.id, status="ended")
    assert seen("2026-11-03") == [("task", "报名", "2026-11-01", -2)]
    cp.delete_campaign(store, c.id)
    assert seen("2026-11-03") == []
    # A draft's deadline is reminded until the campaign has ended, even when missed.
    assert [r.kind for r in cp.reminders(store, D("2027-01-20"), 0)].count("signup") == 1
    assert [r.kind for r in cp.reminders(store, D("2027-01-21"), 0)].count("signup") == 0
    assert {r.campaign_id for r in cp.reminders(store, D("2027-01-21"))} == {later.id}


# --- calendar and timeline --------------------------------------------------------------------


def test_the_month_view(store):
    a = add(store, name="A", start="2026-10-30", end="2026-11-03")
    b = add(store, name="B", start="2026-11-01", end="2026-11-01")
    add(store, name="later", start="2026-12-07", end="2026-12-09")
    view = cp.calendar_month(store, 2026, 11)
    assert (view.first, view.days, view.row_days, list(view.campaigns)) == (D("2026-10-26"), 42, 7, [a.id, b.id])
    assert [(b_.item_id, b_.row, b_.offset, b_.length, b_.lane) for b_ in view.bars] == [
        (a.id, 0, 4, 3, 0), (b.id, 0, 6, 1, 1), (a.id, 1, 0, 2, 0)]
    assert [f.key for f in view.festivals] == ["2026.double11"]


def test_the_timeline_of_a_year(store):
    a = add(store, name="A", start="2026-12-30", end="2027-01-03")
    add(store, name="old", start="2025-12-01", end="2025-12-31")
    view = cp.timeline(store, 2026)
    assert (view.first, view.days, list(view.campaigns)) == (D("2026-01-01"), 365, [a.id])
    assert [(b.offset, b.length, b.continues) for b in view.bars] == [(363, 2, True)]
    assert len(view.festivals) == 16 and cp.timeline(store, 2028).days == 366


# --- products ---------------------------------------------------------------------------------


@pytest.fixture
def goods(store):
    return [products.add_product(store, title=t, price_fen=p, cost_fen=c).id
            for t, p, c in (("餐桌", 129_900, 80_000), ("收纳盒", 3_900, 1_500), ("台灯", 9_900, 5_000))]


def test_products_with_their_tactics(store, goods):
    c = add(store)
    items = cp.set_campaign_products(store, c.id, [
        CampaignProduct("", goods[1], "one_yuan", '{"quantity": 100}', 100, position=9),
        CampaignProduct("", goods[0], "cut_then_discount", '{"cut_fen": 1000, "discount_bp": 8000}', 103_920)])
    assert [(i.product_id, i.tactic, i.params, i.campaign_price_fen, i.position, i.campaign_id) for i in items] == [
        (goods[1], "one_yuan", '{"quantity": 100}', 100, 0, c.id),
        (goods[0], "cut_then_discount", '{"cut_fen": 1000, "discount_bp": 8000}', 103_920, 1, c.id)]
    assert cp.set_campaign_products(store, c.id, [CampaignProduct("", goods[2], "flash")])[0].params == "{}"
    assert [i.product_id for i in cp.list_campaign_products(store, c.id)] == [goods[2]]
    assert cp.set_campaign_products(store, c.id, []) == []


@pytest.mark.parametrize("entry, message", [
    (lambda g: [CampaignProduct("", g[0], "magic")], "Unknown price tactic “magic”."),
    (lambda g: [CampaignProduct("", g[0], "discount"), CampaignProduct("", g[0], "flash")],
     "A product is in this campaign twice."),
    (lambda g: [CampaignProduct("", g[0], "discount", "[1, 2]")], "The parameters of a price tactic are not valid."),
    (lambda g: [CampaignProduct("", g[0], "discount", "{oops")], "The parameters of a price tactic are not valid."),
    (lambda g: [CampaignProduct("", g[0], "discount", "{}", -1)], "The campaign price cannot be negative."),
    (lambda g: [CampaignProduct("", "nope", "discount")], "This product no longer exists (it may have been deleted)."),
    (lambda g: [CampaignProduct("", g[2], "discount")], "This product no longer exists (it may have been deleted)."),
])
def test_bad_products_change_nothing(store, goods, entry, message):
    c = add(store)
    cp.set_campaign_products(store, c.id, [CampaignProduct("", goods[1], "discount", "{}", 2_900)])
    products.delete_product(store, goods[2])
    before = dump(store)
    with pytest.raises(CampaignError) as caught:
        cp.set_campaign_products(store, c.id, entry(goods))
    assert str(caught.value) == message and dump(store) == before


# --- demo -------------------------------------------------------------------------------------


def test_the_demo_data(store):
    today = D("2026-10-25")
    cp.load_demo(store, today=today)
    found = cp.list_campaigns(store, start=D("2026-10-01"), end=D("2026-12-31"))
    assert [(c.channel, c.status) for c in found] == [("tiantian", "running"), ("taoke", "applied"), ("微信社群", "draft")]
    assert all(t.done for t in cp.list_tasks(store, found[0].id))
    assert [t.owner for t in cp.list_tasks(store, found[1].id)][:2] == ["美工小陈", "店长"]
    assert {r.kind for r in cp.reminders(store, today)} == {"signup", "task"}
    tests = ad_tests.list_tests(store)
    assert [len(t.variants) for t in tests] == [2, 2] and tests[0].parent_test_id == tests[1].id

"""The follow-up log: logging and scheduling, the due colours, 今日待跟进, the stay-in-touch
rhythm, suggestions for affiliates without orders, and the kept due_on / last_contact_at."""

from datetime import date, datetime, timedelta

import pytest

from app.core import follow_ups as fu
from app.core import staff
from app.core.follow_up_lists import accept_suggestions, due_count, due_list, suggestion_count, suggestions
from app.core.records import new_id

TODAY = date(2024, 6, 12)
NOW = datetime(2024, 6, 12, 10, 30)


def add_affiliate(store, name, *, every=None, vip=False, status="active", created="2024-01-01T09:00:00",
                  last_order_on=None, joined_on=None, phone=""):
    aid = new_id()
    with store.write() as conn:
        conn.execute("INSERT INTO affiliates (id, name, vip, status, contact_every_days, last_order_on, joined_on, "
                     "phone, sort_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (aid, name, int(vip), status, every, last_order_on, joined_on, phone, name, created, created))
    return aid


def kept(store, aid):
    return store.conn.execute("SELECT due_on, last_contact_at FROM affiliates WHERE id = ?", (aid,)).fetchone()


def count(store, sql="SELECT count(*) FROM follow_ups"):
    return store.conn.execute(sql).fetchone()[0]


@pytest.fixture
def zhang(store):
    return add_affiliate(store, "张三")


def test_done_and_schedule_next_is_one_step(store, zhang):
    planned = fu.plan_follow_up(store, zhang, due_on=TODAY, content="问转化", staff="小王", now=NOW)
    logged = fu.log_follow_up(store, zhang, channel="qq", kind="routine", content="问了转化，还行", outcome="继续推",
                              staff="小李", next_due_on=TODAY + timedelta(days=3), complete_id=planned, now=NOW)
    assert logged == planned  # the planned one is completed, not duplicated
    done = fu.get_follow_up(store, planned)
    assert (done.done_at, done.channel, done.staff, done.due_on) == ("2024-06-12T10:30:00", "qq", "小李", TODAY)
    [next_one] = fu.open_follow_ups(store, zhang)
    assert next_one.due_on == date(2024, 6, 15) and next_one.kind == "routine" and next_one.staff == "小李"
    assert kept(store, zhang) == ("2024-06-15", "2024-06-12T10:30:00")
    assert [e.is_open for e in fu.history(store, zhang)] == [True, False]


def test_a_bad_contact_changes_nothing(store, zhang):
    planned = fu.plan_follow_up(store, zhang, due_on=TODAY, now=NOW)
    before = store.conn.execute("SELECT * FROM follow_ups ORDER BY id").fetchall(), kept(store, zhang)
    bad = [dict(channel="fax"), dict(kind="gossip"), dict(content="  "),
           dict(next_due_on=TODAY - timedelta(days=1)), dict(next_due_on="12/6"),
           dict(done_at="2024-06-13T09:00:00"), dict(content="x" * (fu.MAX_CONTENT + 1))]
    for change in bad:
        args = dict(channel="phone", kind="routine", content="打了电话", staff="小王",
                    next_due_on=TODAY + timedelta(days=1), complete_id=planned) | change
        with pytest.raises(fu.FollowUpError):
            fu.log_follow_up(store, zhang, now=NOW, **args)
    after = store.conn.execute("SELECT * FROM follow_ups ORDER BY id").fetchall(), kept(store, zhang)
    assert after == before


def test_completing_twice_or_another_affiliates_follow_up_is_refused(store, zhang):
    li = add_affiliate(store, "李四")
    planned = fu.plan_follow_up(store, zhang, due_on=TODAY, now=NOW)
    with pytest.raises(fu.FollowUpError):
        fu.log_follow_up(store, li, channel="qq", kind="routine", content="x", staff="", complete_id=planned, now=NOW)
    fu.log_follow_up(store, zhang, channel="qq", kind="routine", content="x", staff="", complete_id=planned, now=NOW)
    with pytest.raises(fu.FollowUpError):
        fu.log_follow_up(store, zhang, channel="qq", kind="routine", content="y", staff="", complete_id=planned, now=NOW)
    assert count(store) == 1


def test_due_state_colours():
    assert fu.due_state(date(2024, 6, 11), TODAY) == "overdue"
    assert fu.due_state("2024-06-12", TODAY) == "today"
    assert fu.due_state(date(2024, 6, 13), TODAY) == "future"
    assert fu.due_state(None, TODAY) is None


def test_due_list_has_overdue_and_today_but_not_future(store):
    late, now_, later, nothing = (add_affiliate(store, n) for n in ("迟到", "今天", "以后", "没有"))
    vip = add_affiliate(store, "大客户", vip=True)
    fu.plan_follow_up(store, late, due_on=TODAY - timedelta(days=2), kind="payment_reminder", staff="小王", now=NOW)
    fu.plan_follow_up(store, now_, due_on=TODAY, staff="小李", now=NOW)
    fu.plan_follow_up(store, later, due_on=TODAY + timedelta(days=1), now=NOW)
    fu.plan_follow_up(store, vip, due_on=TODAY, now=NOW)
    rows = due_list(store, today=TODAY)
    assert [r.name for r in rows] == ["大客户", "迟到", "今天"]  # 大客户 first, then the longest overdue
    assert rows[1].kind == "payment_reminder" and rows[1].follow_up_id is not None
    assert due_count(store, today=TODAY) == (3, 1)
    assert [r.name for r in due_list(store, today=TODAY, staff="小王")] == ["迟到"]
    assert [r.name for r in due_list(store, today=TODAY, kind="routine")] == ["大客户", "今天"]
    assert due_count(store, today=TODAY, staff="小李") == (1, 0)
    assert nothing not in {r.affiliate_id for r in rows}


def test_a_deleted_affiliate_or_follow_up_is_not_due(store, zhang):
    fid = fu.plan_follow_up(store, zhang, due_on=TODAY, now=NOW)
    fu.delete_follow_up(store, fid, now=NOW)
    assert due_list(store, today=TODAY) == [] and kept(store, zhang)[0] is None
    fu.restore_follow_up(store, fid, now=NOW)
    assert kept(store, zhang)[0] == "2024-06-12"
    store.conn.execute("UPDATE affiliates SET deleted_at = '2024-06-12T11:00:00' WHERE id = ?", (zhang,))
    assert due_list(store, today=TODAY) == [] and due_count(store, today=TODAY) == (0, 0)


def test_stay_in_touch_rhythm_resets_from_the_last_contact(store):
    aid = add_affiliate(store, "王五", every=7, created="2024-06-01T09:00:00")
    with store.write() as conn:
        fu.refresh_due(conn, [aid])
    assert kept(store, aid) == ("2024-06-08", None)  # never contacted: counted from when added
    row = due_list(store, today=TODAY)[0]
    assert (row.name, row.follow_up_id, row.kind, fu.due_state(row.due_on, TODAY)) == ("王五", None, "routine", "overdue")
    fu.log_follow_up(store, aid, channel="wechat", kind="routine", content="聊了新品", staff="小王",
                     done_at="2024-06-10T15:00:00", now=NOW)
    assert kept(store, aid) == ("2024-06-17", "2024-06-10T15:00:00")
    assert due_list(store, today=TODAY) == []
    # A planned follow-up earlier than the rhythm wins; a later one does not.
    fu.plan_follow_up(store, aid, due_on="2024-06-14", now=NOW)
    assert kept(store, aid)[0] == "2024-06-14"
    later = add_affiliate(store, "赵六", every=3, created="2024-06-10T09:00:00")
    fu.plan_follow_up(store, later, due_on="2024-06-20", now=NOW)
    assert kept(store, later)[0] == "2024-06-13"


def test_refresh_due_many_affiliates_at_once(store):
    ids = [add_affiliate(store, f"淘客{i}", every=10 if i % 2 else None) for i in range(50)]
    with store.write() as conn:
        for i, aid in enumerate(ids):
            conn.execute("INSERT INTO follow_ups (id, affiliate_id, channel, kind, content, done_at, created_at, "
                         "updated_at) VALUES (?, ?, 'qq', 'routine', 'x', ?, ?, ?)",
                         (new_id(), aid, f"2024-05-{i % 28 + 1:02d}T10:00:00", "2024-05-01", "2024-05-01"))
            if i % 3 == 0:
                conn.execute("INSERT INTO follow_ups (id, affiliate_id, kind, due_on, created_at, updated_at) "
                             "VALUES (?, ?, 'routine', '2024-05-20', '2024-05-01', '2024-05-01')", (new_id(), aid))
        fu.refresh_due(conn, ids)
    for i, aid in enumerate(ids):
        due, last = kept(store, aid)
        day = date(2024, 5, i % 28 + 1)
        assert last == f"{day.isoformat()}T10:00:00"
        candidates = ([date(2024, 5, 20)] if i % 3 == 0 else []) + ([day + timedelta(days=10)] if i % 2 else [])
        assert due == (min(candidates).isoformat() if candidates else None), i
    with store.write() as conn:  # None: every affiliate; an empty list: nothing
        conn.execute("UPDATE affiliates SET due_on = NULL, last_contact_at = NULL")
        fu.refresh_due(conn, [])
        assert kept(store, ids[0]) == (None, None)
        fu.refresh_due(conn, None)
    assert kept(store, ids[0]) == ("2024-05-20", "2024-05-01T10:00:00")


def test_suggestions_for_no_orders_in_n_days(store):
    quiet = add_affiliate(store, "沉默", last_order_on="2024-05-01")
    busy = add_affiliate(store, "活跃", last_order_on="2024-06-10")
    never = add_affiliate(store, "从未出单", created="2024-03-01T09:00:00", vip=True)
    new = add_affiliate(store, "新人", created="2024-06-05T09:00:00")
    add_affiliate(store, "流失", last_order_on="2024-01-01", status="lost")
    planned = add_affiliate(store, "已安排", last_order_on="2024-01-01")
    fu.plan_follow_up(store, planned, due_on=TODAY + timedelta(days=5), now=NOW)
    talked = add_affiliate(store, "刚聊过", last_order_on="2024-01-01")
    fu.log_follow_up(store, talked, channel="qq", kind="routine", content="问了", staff="", now=NOW)
    rows = suggestions(store, no_orders_days=30, today=TODAY)
    assert [r.name for r in rows] == ["从未出单", "沉默"]
    assert rows[1].days_without_orders == 42 and rows[1].last_order_on == date(2024, 5, 1)
    assert suggestion_count(store, no_orders_days=30, today=TODAY) == 2
    assert [r.name for r in suggestions(store, no_orders_days=60, today=TODAY)] == ["从未出单"]
    assert {busy, new}.isdisjoint(r.affiliate_id for r in rows)

    planned_count = accept_suggestions(store, [quiet, never, planned], TODAY + timedelta(days=1),
                                       content="问问推广转化情况", staff="小王", now=NOW)
    assert planned_count == 2  # 已安排 already had one open
    assert suggestions(store, no_orders_days=30, today=TODAY) == []
    assert kept(store, quiet)[0] == "2024-06-13"


def test_edit_and_delete_an_entry(store, zhang):
    fid = fu.log_follow_up(store, zhang, channel="qq", kind="routine", content="原文", staff="小王", now=NOW)
    edited = fu.edit_follow_up(store, fid, content="改过", channel="phone", now=NOW)
    assert (edited.content, edited.channel) == ("改过", "phone")
    with pytest.raises(fu.FollowUpError):
        fu.edit_follow_up(store, fid, content="")
    with pytest.raises(TypeError):
        fu.edit_follow_up(store, fid, affiliate_id="x")
    fu.delete_follow_up(store, fid, now=NOW)
    assert fu.history(store, zhang) == [] and kept(store, zhang) == (None, None)
    assert [e.id for e in fu.deleted_follow_ups(store, zhang)] == [fid]
    with pytest.raises(fu.FollowUpError):
        fu.delete_follow_up(store, fid)
    fu.restore_follow_up(store, fid, now=NOW)
    assert kept(store, zhang)[1] == "2024-06-12T10:30:00"


def test_plan_inside_an_outer_transaction_rolls_back_with_it(store, zhang):
    with pytest.raises(RuntimeError), store.write():
        fu.plan_follow_up(store, zhang, due_on=TODAY, kind="delisting", product_id="p1", now=NOW)
        raise RuntimeError
    assert count(store) == 0 and kept(store, zhang)[0] is None
    with pytest.raises(fu.FollowUpError):
        fu.plan_follow_up(store, "nobody", due_on=TODAY)
    with pytest.raises(fu.FollowUpError):
        fu.plan_follow_up(store, zhang, due_on=TODAY, kind="nope")


def test_staff_list(store):
    assert staff.staff_list(store) == []
    staff.add_staff(store, " 小王 ")
    staff.add_staff(store, "小李")
    assert staff.add_staff(store, "小王") == ["小王", "小李"]
    assert staff.remove_staff(store, "小王") == ["小李"]
    with pytest.raises(staff.StaffError):
        staff.add_staff(store, "  ")
    store.set_setting("staff_list", "not json")
    assert staff.staff_list(store) == []


def test_demo_is_deterministic_and_has_every_due_colour(store):
    ids = [add_affiliate(store, f"淘客{i}") for i in range(16)]
    fu.load_demo(store, today=TODAY)
    states = {fu.due_state(r.due_on, TODAY) for r in due_list(store, today=TODAY)}
    assert states == {"overdue", "today"}
    future = store.conn.execute("SELECT count(*) FROM affiliates WHERE due_on > ?", (TODAY.isoformat(),)).fetchone()[0]
    assert future > 0
    assert all(kept(store, a)[1] for a in ids)
    first = store.conn.execute("SELECT affiliate_id, kind, content, done_at, due_on FROM follow_ups "
                               "ORDER BY affiliate_id, done_at, due_on").fetchall()
    with store.write() as conn:
        conn.execute("DELETE FROM follow_ups")
    fu.load_demo(store, today=TODAY)
    again = store.conn.execute("SELECT affiliate_id, kind, content, done_at, due_on FROM follow_ups "
                               "ORDER BY affiliate_id, done_at, due_on").fetchall()
    assert again == first

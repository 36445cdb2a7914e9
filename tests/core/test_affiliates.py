"""The affiliate register: validation that names the field and changes nothing, add/edit,
duplicates, promoter keys, trash/restore/purge, groups and tags, the list query's filters
and sorts, pinyin search, and the demo."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.core import affiliate_query as q
from app.core import affiliates as af
from app.core.affiliate_query import AffiliateFilter
from app.core.affiliates import AffiliateError

NOW = datetime(2026, 6, 15, 9, 0)
TODAY = date(2026, 6, 15)


def dump(store) -> list:
    tables = ("affiliates", "affiliate_channels", "affiliate_tags", "affiliate_keys", "affiliate_group_members",
              "affiliate_groups")
    return [store.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables]


def add(store, name, **fields):
    parts = {k: fields.pop(k) for k in ("channels", "tags", "group_ids", "keys") if k in fields}
    return af.add_affiliate(store, {"name": name, **fields}, now=NOW, **parts)


def names(store, flt=AffiliateFilter(), sort="name", descending=False):
    return [r.name for r in q.rows_for(store, q.ordered_rowids(store, flt, sort, descending, today=TODAY))]


# --- validation -------------------------------------------------------------------------------

@pytest.mark.parametrize("qq", ["12345", "10000", "12345678901", " 123 456 "])
def test_good_qq_numbers_are_kept_without_spaces(qq):
    assert af.check_qq(qq) == qq.replace(" ", "")


@pytest.mark.parametrize("qq", ["1234", "123456789012", "012345", "12a45", "１２３４５x"])
def test_a_bad_qq_is_explained_naming_the_field(qq):
    with pytest.raises(AffiliateError) as err:
        af.check_qq(qq)
    assert err.value.field == "qq"
    assert str(err.value).startswith("QQ:") and "5 to 11 digits" in str(err.value)


@pytest.mark.parametrize("phone, stored", [("13800138000", "13800138000"), ("+86 138 0013 8000", "13800138000"),
                                           ("138-0013-8000", "13800138000"), ("010-12345678", "010-12345678")])
def test_phones_are_stored_plain(phone, stored):
    assert af.check_phone(phone) == stored


@pytest.mark.parametrize("phone", ["1380013800", "138001380001", "23800138000", "phone"])
def test_a_bad_mobile_is_explained(phone):
    with pytest.raises(AffiliateError) as err:
        af.check_phone(phone)
    assert err.value.field == "phone" and "11 digits starting with 1" in str(err.value)


@pytest.mark.parametrize("url, stored", [("https://www.example.com/a?b=1", "https://www.example.com/a?b=1"),
                                         ("www.taobao.com", "http://www.taobao.com"),
                                         ("HTTP://Shop.Example.cn", "HTTP://Shop.Example.cn")])
def test_urls_need_a_scheme_and_a_host(url, stored):
    assert af.check_url(url) == stored


@pytest.mark.parametrize("url", ["ftp://example.com", "http://", "https://localhost", "not a url", "http//x.com"])
def test_a_bad_url_is_explained(url):
    with pytest.raises(AffiliateError) as err:
        af.check_url(url)
    assert str(err.value).startswith("URL:")


@pytest.mark.parametrize("fields, field", [
    ({"name": "  "}, "name"), ({"name": "张三", "email": "a@b"}, "email"), ({"name": "张三", "wechat": "a b"}, "wechat"),
    ({"name": "张三", "kind": "boss"}, "kind"), ({"name": "张三", "status": "gone"}, "status"),
    ({"name": "张三", "joined_on": "2026-13-01"}, "joined_on"),
    ({"name": "张三", "contact_every_days": 0.5}, "contact_every_days"),
    ({"name": "张" * 101}, "name")])
def test_bad_fields_are_refused_and_nothing_is_written(store, fields, field):
    before = dump(store)
    with pytest.raises(AffiliateError) as err:
        af.add_affiliate(store, fields)
    assert err.value.field == field
    assert dump(store) == before


def test_a_bad_channel_or_group_refuses_the_whole_record(store):
    before = dump(store)
    with pytest.raises(AffiliateError, match="URL"):
        af.add_affiliate(store, {"name": "张三"}, channels=[{"kind": "weibo", "url": "nope nope"}])
    with pytest.raises(AffiliateError, match="kind of channel"):
        af.add_affiliate(store, {"name": "张三"}, channels=[{"kind": "tv"}])
    with pytest.raises(AffiliateError, match="group"):
        af.add_affiliate(store, {"name": "张三"}, group_ids=["nope"])
    assert dump(store) == before


# --- add, get, edit ---------------------------------------------------------------------------

def test_add_and_read_back_everything(store):
    group = af.add_group(store, "淘客交流1群", "qq", "568 123 456")
    affiliate_id = af.add_affiliate(store, {
        "name": " 张三 ", "nickname": "省钱小张", "kind": "leader", "gender": "m", "province": "浙江", "city": "杭州",
        "qq": "12345", "wechat": "wx_zs", "phone": "+86 138 0013 8000", "vip": True, "status": "prospect",
        "joined_on": date(2026, 1, 2), "notes": "周末在线", "contact_every_days": 7},
        channels=[{"kind": "qq_group", "name": "省钱群", "url": "www.a.com", "audience": 500}],
        tags=["高佣", "宝妈", "高佣", " "], group_ids=[group], keys=[("nick", "zs001"), ("pid", "mm_1_2_3")], now=NOW)
    a = af.get_affiliate(store, affiliate_id)
    assert (a.name, a.kind, a.gender, a.region, a.qq, a.phone, a.vip, a.status, a.joined_on) == (
        "张三", "leader", "m", "浙江 杭州", "12345", "13800138000", True, "prospect", "2026-01-02")
    assert a.channels == (af.Channel("qq_group", "省钱群", "http://www.a.com", 500),)
    assert a.tags == ("宝妈", "高佣") and a.group_ids == (group,)
    assert set(a.keys) == {("nick", "zs001"), ("pid", "mm_1_2_3")}
    assert a.created_at == a.updated_at == "2026-06-15T09:00:00"
    assert af.list_groups(store)[0].members == 1 and af.list_groups(store)[0].number == "568123456"


def test_search_key_and_sort_name_are_kept(store):
    affiliate_id = add(store, "张三", nickname="Ａ货小王", qq="12345", channels=[{"kind": "weibo", "name": "省钱微博"}],
                       notes="Likes Coupons")
    a = af.get_affiliate(store, affiliate_id)
    assert a.sort_name == "zhangsan"
    for part in ("张三", "zhangsan", "zs", "12345", "省钱微博", "likes coupons"):
        assert part in a.search_key
    af.update_affiliate(store, affiliate_id, {"name": "李四"}, channels=[])
    a = af.get_affiliate(store, affiliate_id)
    assert a.sort_name == "lisi" and "zhangsan" not in a.search_key and "省钱微博" not in a.search_key


def test_update_changes_only_what_is_given(store):
    affiliate_id = add(store, "张三", qq="12345", tags=["高佣"], keys=[("nick", "zs")])
    a = af.update_affiliate(store, affiliate_id, {"status": "paused"}, now=datetime(2026, 6, 16, 10, 0))
    assert (a.status, a.qq, a.tags, a.keys) == ("paused", "12345", ("高佣",), (("nick", "zs"),))
    assert a.updated_at == "2026-06-16T10:00:00"
    a = af.update_affiliate(store, affiliate_id, tags=["宝妈"], keys=[])
    assert (a.tags, a.keys, a.status) == (("宝妈",), (), "paused")
    same = af.update_affiliate(store, affiliate_id, {"status": "paused"}, now=datetime(2027, 1, 1))
    assert same.updated_at == a.updated_at  # nothing changed, nothing written


def test_a_failed_update_changes_nothing(store):
    affiliate_id = add(store, "张三", qq="12345", tags=["高佣"])
    before = dump(store)
    with pytest.raises(AffiliateError):
        af.update_affiliate(store, affiliate_id, {"status": "paused", "qq": "0"}, tags=["新"])
    with pytest.raises(AffiliateError):
        af.update_affiliate(store, affiliate_id, {"status": "paused"}, tags=["x" * 31])
    assert dump(store) == before


def test_a_promoter_key_belongs_to_one_affiliate(store):
    zhang = add(store, "张三", keys=[("nick", "省钱小张")])
    with pytest.raises(AffiliateError, match="already belongs to 张三") as err:
        add(store, "李四", keys=[("nick", "省钱小张")])
    assert err.value.field == "keys"
    li = add(store, "李四", keys=[("pid", "省钱小张")])  # another kind of key: no clash
    af.update_affiliate(store, zhang, keys=[("nick", "省钱小张"), ("media", "省钱网")])  # keeping its own: fine
    af.delete_affiliates(store, [zhang])
    with pytest.raises(AffiliateError, match="in the trash"):
        af.update_affiliate(store, li, keys=[("media", "省钱网")])


# --- duplicates -------------------------------------------------------------------------------

def test_duplicates_are_found_by_qq_wechat_and_phone(store):
    zhang = add(store, "张三", qq="12345", wechat="wx_zs", phone="13800138000")
    add(store, "李四", qq="67890")
    found = af.find_duplicates(store, qq=" 12345", wechat="wx_zs", phone="+86 138 0013 8000")
    assert [(d.id, d.name, d.field) for d in found] == [(zhang, "张三", "qq"), (zhang, "张三", "wechat"),
                                                          (zhang, "张三", "phone")]
    assert af.find_duplicates(store, qq="12345", exclude_id=zhang) == []
    assert af.find_duplicates(store, qq="", wechat="", phone="") == []
    af.delete_affiliates(store, [zhang])
    assert af.find_duplicates(store, qq="12345") == []


# --- trash --------------------------------------------------------------------------------------

def test_delete_restore_and_purge(store):
    zhang, li = add(store, "张三", tags=["高佣"]), add(store, "李四")
    store.conn.execute("INSERT INTO affiliate_orders (order_id, paid_fen, status, affiliate_id, day, imported_at, "
                       "updated_at) VALUES ('o1', 100, 'paid', ?, '2026-06-01', 'x', 'x')", (zhang,))
    assert af.delete_affiliates(store, [zhang, zhang]) == 1
    assert names(store) == ["李四"]
    assert [t.name for t in af.list_trash(store)] == ["张三"]
    with pytest.raises(AffiliateError):
        af.get_affiliate(store, zhang)
    assert af.get_affiliate(store, zhang, deleted=True).tags == ("高佣",)
    assert af.restore_affiliates(store, [zhang]) == 1
    assert names(store) == ["李四", "张三"] and af.list_trash(store) == []
    assert af.purge(store, [zhang]) == 0  # live: never purged
    af.delete_affiliates(store, [zhang, li])
    assert af.purge(store, [zhang]) == 1
    assert store.conn.execute("SELECT count(*) FROM affiliate_tags").fetchone()[0] == 0
    assert store.conn.execute("SELECT affiliate_id FROM affiliate_orders").fetchone()[0] is None
    assert af.purge(store) == 1 and af.list_trash(store) == []


# --- groups and tags ----------------------------------------------------------------------------

def test_groups_and_tags(store):
    one = af.add_group(store, "淘客1群")
    two = af.add_group(store, "团长群", "wechat")
    with pytest.raises(AffiliateError):
        af.add_group(store, " ")
    with pytest.raises(AffiliateError):
        af.add_group(store, "x", "line")
    add(store, "张三", group_ids=[one], tags=["高佣", "宝妈"])
    add(store, "李四", group_ids=[one, two], tags=["宝妈"])
    af.update_group(store, two, "团长福利群", "wechat", "", "")
    assert [(g.name, g.members) for g in af.list_groups(store)] == [("团长福利群", 1), ("淘客1群", 2)]
    assert af.all_tags(store) == ["宝妈", "高佣"]
    af.delete_group(store, two)
    assert [g.name for g in af.list_groups(store)] == ["淘客1群"]
    af.delete_group(store, two, restore=True)
    assert len(af.list_groups(store)) == 2
    assert af.split_tags("高佣, 宝妈、学生，新人;老客") == ["高佣", "宝妈", "学生", "新人", "老客"]


# --- the list query -------------------------------------------------------------------------------

@pytest.fixture
def register(store):
    one, two = af.add_group(store, "淘客1群"), af.add_group(store, "团长群")
    people = {
        "张三": dict(kind="taoke", status="active", province="浙江", city="杭州", qq="12345", vip=True, tags=["高佣"],
                   channels=[{"kind": "qq_group", "name": "省钱群"}], group_ids=[one]),
        "李四": dict(kind="leader", status="active", province="广东", city="广州", phone="13800138000",
                   tags=["宝妈"], channels=[{"kind": "wechat_group"}], group_ids=[two]),
        "王五": dict(kind="creator", status="paused", province="浙江", city="宁波", wechat="wx_ww",
                   notes="抖音 live", channels=[{"kind": "short_video", "url": "https://v.example.com/ww"}]),
        "赵六": dict(kind="taoke", status="lost", nickname="张小六"),
    }
    ids = {name: add(store, name, **fields) for name, fields in people.items()}
    kept = {"张三": ("2026-06-10", "2026-06-14", 5, 50000, 10000), "李四": ("2026-06-15", "2026-05-01", 2, 90000, 9000),
            "王五": ("2026-06-20", None, 0, 0, 0)}
    for name, (due, last, orders, paid, commission) in kept.items():
        store.conn.execute("UPDATE affiliates SET due_on = ?, last_order_on = ?, orders = ?, paid_fen = ?, "
                           "commission_fen = ? WHERE id = ?", (due, last, orders, paid, commission, ids[name]))
    return ids | {"groups": (one, two)}


def test_pinyin_initials_and_full_pinyin_find_chinese_names(store, register):
    assert names(store, AffiliateFilter(text="zs")) == ["张三"]
    assert names(store, AffiliateFilter(text="ZhangSan")) == ["张三"]
    assert names(store, AffiliateFilter(text="zhang")) == ["张三", "赵六"]  # 赵六's nickname is 张小六
    assert names(store, AffiliateFilter(text="张")) == ["张三", "赵六"]


@pytest.mark.parametrize("text, found", [("123", ["张三"]), ("138001", ["李四"]), ("wx_ww", ["王五"]),
                                         ("v.example", ["王五"]), ("抖音", ["王五"]), ("LIVE", ["王五"]),
                                         ("省钱群", ["张三"]), ("zs 123", ["张三"]), ("zs 999", []), ("%", []),
                                         ("_", ["王五"])])  # wx_ww: % and _ are literal
def test_search_matches_contacts_urls_notes_and_needs_every_word(store, register, text, found):
    assert names(store, AffiliateFilter(text=text)) == found


@pytest.mark.parametrize("flt, found", [
    (AffiliateFilter(kind="taoke"), ["张三", "赵六"]), (AffiliateFilter(status="active"), ["李四", "张三"]),
    (AffiliateFilter(province="浙江"), ["王五", "张三"]), (AffiliateFilter(province="浙江", city="宁波"), ["王五"]),
    (AffiliateFilter(tag="宝妈"), ["李四"]), (AffiliateFilter(channel_kind="short_video"), ["王五"]),
    (AffiliateFilter(vip=True), ["张三"]), (AffiliateFilter(vip=False), ["李四", "王五", "赵六"]),
    (AffiliateFilter(due="overdue"), ["张三"]), (AffiliateFilter(due="today"), ["李四"]),
    (AffiliateFilter(due="due"), ["李四", "张三"]),
    (AffiliateFilter(no_orders_days=30), ["李四", "王五", "赵六"]),
    (AffiliateFilter(no_orders_days=0), ["李四", "王五", "张三", "赵六"]),
    (AffiliateFilter(no_orders_days=1), ["李四", "王五", "赵六"]),
    (AffiliateFilter(kind="taoke", status="lost"), ["赵六"])])
def test_each_filter(store, register, flt, found):
    assert names(store, flt) == found
    assert q.count_affiliates(store, flt, today=TODAY) == len(found)


def test_group_filter(store, register):
    one, two = register["groups"]
    assert names(store, AffiliateFilter(group_id=one)) == ["张三"]
    assert names(store, AffiliateFilter(group_id=two)) == ["李四"]


def test_sorting_every_column_both_ways(store, register):
    assert names(store, sort="name") == ["李四", "王五", "张三", "赵六"]
    assert names(store, sort="name", descending=True) == ["赵六", "张三", "王五", "李四"]
    assert names(store, sort="kind") == ["张三", "赵六", "李四", "王五"]  # 淘客, 团长, 达人: the codes' order
    assert names(store, sort="status") == ["李四", "张三", "王五", "赵六"]  # 合作中, 暂停, 流失
    assert names(store, sort="paid", descending=True)[:2] == ["李四", "张三"]
    assert names(store, sort="commission", descending=True)[:2] == ["张三", "李四"]
    assert names(store, sort="due") == ["张三", "李四", "王五", "赵六"]  # nothing due goes last
    assert names(store, sort="due", descending=True) == ["王五", "李四", "张三", "赵六"]
    assert names(store, sort="last_order", descending=True)[:2] == ["张三", "李四"]
    for key in q.SORTS:
        for descending in (False, True):
            assert sorted(names(store, sort=key, descending=descending)) == ["张三", "李四", "王五", "赵六"]


def test_equal_values_keep_a_stable_order(store):
    for n in range(5):
        add(store, "同名")
    first = q.ordered_rowids(store, sort="kind")
    assert first == sorted(first) and q.ordered_rowids(store, sort="kind", descending=True) == first[::-1]


def test_rows_and_pages(store, register):
    rowids = q.ordered_rowids(store, today=TODAY)
    rows = q.rows_for(store, rowids[1:3])
    assert [r.name for r in rows] == ["王五", "张三"]
    assert rows[1].tags == "高佣" and rows[1].vip is True and rows[1].orders == 5
    assert [r.name for r in q.list_affiliates(store, limit=2, offset=1, today=TODAY)] == ["王五", "张三"]
    assert q.provinces_in_use(store) == ["广东", "浙江"]


def test_search_ids_for_pickers(store, register):
    assert [r[1] for r in af.search_ids(store, "zs")] == ["张三"]
    assert [r[1] for r in af.search_ids(store, "", limit=2)] == ["李四", "王五"]
    af.delete_affiliates(store, [register["张三"]])
    assert af.search_ids(store, "zs") == []


# --- demo --------------------------------------------------------------------------------------------

def test_the_demo_is_plausible_and_deterministic(tmp_path):
    from app.core.db import open_database

    dumps = []
    for n in range(2):
        s = open_database(tmp_path / f"demo{n}.sqlite3")
        ids = af.load_demo(s, today=TODAY)
        rows = s.conn.execute("SELECT name, kind, status, qq, phone, vip, joined_on FROM affiliates "
                              "ORDER BY sort_name").fetchall()
        dumps.append((rows, s.conn.execute("SELECT kind, value FROM affiliate_keys ORDER BY 1, 2").fetchall()))
        assert len(ids) >= 25 and len(af.list_groups(s)) == 2 and len(af.all_tags(s)) >= 5
        assert {r[1] for r in rows} == {"taoke", "leader", "creator", "curator", "other"}
        assert {r[2] for r in rows} == {"prospect", "active", "paused", "lost"}
        assert any(r[5] for r in rows)
        assert {k for k, _ in dumps[-1][1]} == {"nick", "pid"}
        s.close()
    assert dumps[0] == dumps[1]

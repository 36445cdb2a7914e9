"""The festival calendar: the built-in dates for 2026 and 2027, the user's edits over them, and
the lanes that lay campaigns out in a month view and on a year's timeline."""

from __future__ import annotations

import re
from datetime import date
from types import SimpleNamespace

import pytest

from app.core import festivals as fe
from app.core.festivals import FestivalError

D = date.fromisoformat
CJK = re.compile(r"[\u3400-\u9fff]")


def dump(store) -> list[tuple]:
    return store.conn.execute("SELECT * FROM festivals ORDER BY key").fetchall()


def builtin(key: str) -> fe.Festival:
    return fe._festival((key, *[None] * 7, 0), fe.builtin_festivals()[key])


# --- the built-in dates -----------------------------------------------------------------------


def test_the_file_is_well_formed():
    items = fe.builtin_festivals()
    assert len(items) == 32
    for key, f in items.items():
        assert f["kind"] in fe.KINDS, key
        assert f["start"] <= f["end"], key
        assert f["peak"] is None or f["start"] <= f["peak"] <= f["end"], key
        assert CJK.search(f["name_zh"]) or f["name_zh"] == "618", key
        assert not CJK.search(f["name_en"]), key
        assert f["big"] == (f["kind"] == "shopping" and key.split(".")[1] not in ("valentines", "qixi")), key


@pytest.mark.parametrize("year", [2026, 2027])
def test_every_year_has_the_festivals_of_the_brief(year):
    names = {f["name_zh"] for f in fe.builtin_festivals().values() if f["start"].year == year}
    assert names == {"年货节", "情人节", "除夕", "春节", "38女王节", "清明节", "劳动节", "618", "端午节", "七夕",
                     "99划算节", "中秋节", "国庆节", "双11", "双12", "元旦"}


@pytest.mark.parametrize("key, main_day", [
    ("2026.new_year", "2026-01-01"), ("2027.new_year", "2027-01-01"),
    ("2026.spring_festival", "2026-02-17"), ("2027.spring_festival", "2027-02-06"),
    ("2026.spring_festival_eve", "2026-02-16"), ("2027.spring_festival_eve", "2027-02-05"),
    ("2026.valentines", "2026-02-14"), ("2027.valentines", "2027-02-14"),
    ("2026.women38", "2026-03-08"), ("2026.qingming", "2026-04-05"), ("2027.qingming", "2027-04-05"),
    ("2026.labour_day", "2026-05-01"), ("2027.labour_day", "2027-05-01"),
    ("2026.618", "2026-06-18"), ("2027.618", "2027-06-18"),
    ("2026.dragon_boat", "2026-06-19"), ("2027.dragon_boat", "2027-06-09"),
    ("2026.qixi", "2026-08-19"), ("2027.qixi", "2027-08-08"),
    ("2026.99", "2026-09-09"), ("2027.99", "2027-09-09"),
    ("2026.mid_autumn", "2026-09-25"), ("2027.mid_autumn", "2027-09-15"),
    ("2026.national_day", "2026-10-01"), ("2027.national_day", "2027-10-01"),
    ("2026.double11", "2026-11-11"), ("2027.double11", "2027-11-11"),
    ("2026.double12", "2026-12-12"), ("2027.double12", "2027-12-12"),
])
def test_the_main_day_of_each_festival(key, main_day):
    assert builtin(key).main_day == D(main_day)


@pytest.mark.parametrize("key, start, end", [
    ("2026.women38", "2026-03-03", "2026-03-08"), ("2027.women38", "2027-03-03", "2027-03-08"),
    ("2026.618", "2026-06-01", "2026-06-18"),
    ("2026.double11", "2026-10-20", "2026-11-11"), ("2027.double11", "2027-10-20", "2027-11-11"),
    # 2026's official holiday periods (放假); 2027's are not announced yet: the day itself.
    ("2026.new_year", "2026-01-01", "2026-01-03"), ("2026.spring_festival", "2026-02-15", "2026-02-23"),
    ("2026.qingming", "2026-04-04", "2026-04-06"), ("2026.labour_day", "2026-05-01", "2026-05-05"),
    ("2026.dragon_boat", "2026-06-19", "2026-06-21"), ("2026.mid_autumn", "2026-09-25", "2026-09-27"),
    ("2026.national_day", "2026-10-01", "2026-10-07"),
    ("2027.spring_festival", "2027-02-06", "2027-02-06"), ("2027.national_day", "2027-10-01", "2027-10-01"),
])
def test_periods(key, start, end):
    f = builtin(key)
    assert (f.start, f.end) == (D(start), D(end))


@pytest.mark.parametrize("year", [2026, 2027])
def test_the_new_year_goods_festival_ends_two_weeks_before_the_spring_festival(year):
    spring = builtin(f"{year}.spring_festival").main_day
    nianhuo = builtin(f"{year}.nianhuo")
    assert (spring - nianhuo.end).days == 14 and (spring - nianhuo.start).days == 28  # about 3 weeks before


# --- listing and editing ----------------------------------------------------------------------


def test_listing_takes_the_festivals_overlapping_the_range(store):
    assert [f.key for f in fe.list_festivals(store, D("2026-06-10"), D("2026-06-12"))] == ["2026.618"]
    assert [f.key for f in fe.list_festivals(store, D("2026-06-18"), D("2026-06-19"))] == [
        "2026.618", "2026.dragon_boat"]
    assert [f.key for f in fe.list_festivals(store, D("2026-12-13"), D("2026-12-31"))] == []
    assert [f.key for f in fe.list_festivals(store, D("2026-02-15"), D("2026-02-16"))] == [
        "2026.spring_festival", "2026.spring_festival_eve"]


def test_an_edit_of_a_builtin_festival_keeps_only_what_changed(store, monkeypatch):
    f = fe.update_festival(store, "2026.nianhuo", start=D("2026-01-15"), end=D("2026-02-05"))
    assert (f.start, f.end, f.name_zh, f.builtin, f.edited) == (D("2026-01-15"), D("2026-02-05"), "年货节", True, True)
    [row] = dump(store)
    assert row[:9] == ("2026.nianhuo", None, None, None, "2026-01-15", "2026-02-05", None, None, 0)
    # A later version of the app renames it: the name follows the file, the user's dates stay.
    shipped = dict(fe.builtin_festivals())
    shipped["2026.nianhuo"] = {**shipped["2026.nianhuo"], "name_en": "Spring shopping festival"}
    monkeypatch.setattr(fe, "builtin_festivals", lambda: shipped)
    f = fe.get_festival(store, "2026.nianhuo")
    assert (f.name_en, f.start) == ("Spring shopping festival", D("2026-01-15"))


def test_setting_a_field_back_to_the_shipped_value_follows_the_file_again(store):
    fe.update_festival(store, "2026.99", name_zh="99大促")
    f = fe.update_festival(store, "2026.99", name_zh="99划算节")
    assert not f.edited and dump(store)[0][1:8] == (None,) * 7


def test_hiding_and_showing_a_festival(store):
    fe.hide_festival(store, "2026.qixi")
    assert fe.list_festivals(store, D("2026-08-19"), D("2026-08-19")) == []
    [f] = fe.list_festivals(store, D("2026-08-19"), D("2026-08-19"), include_hidden=True)
    assert f.hidden and not f.edited
    assert not fe.hide_festival(store, "2026.qixi", hidden=False).hidden
    assert [f.key for f in fe.list_festivals(store, D("2026-08-19"), D("2026-08-19"))] == ["2026.qixi"]


def test_reset_drops_the_users_changes(store):
    fe.update_festival(store, "2026.double12", start=D("2026-12-01"))
    fe.hide_festival(store, "2026.double12")
    f = fe.reset_festival(store, "2026.double12")
    assert (f.start, f.hidden, f.edited) == (D("2026-12-12"), False, False) and dump(store) == []


def test_the_users_own_festival(store):
    f = fe.add_festival(store, name_zh="店庆", start=D("2026-07-07"), big=True)
    assert f.key.startswith("user.")
    assert (f.start, f.end, f.name_en, f.kind) == (D("2026-07-07"), D("2026-07-07"), "店庆", "shopping")
    assert (f.builtin, f.edited, f.big, f.main_day) == (False, False, True, D("2026-07-07"))
    f = fe.update_festival(store, f.key, name_en="Shop anniversary", end=D("2026-07-09"), peak=D("2026-07-08"))
    assert (f.name("en"), f.name("zh_CN"), f.main_day) == ("Shop anniversary", "店庆", D("2026-07-08"))
    assert [x.key for x in fe.list_festivals(store, D("2026-07-09"), D("2026-07-20"))] == [f.key]
    with pytest.raises(FestivalError):
        fe.reset_festival(store, f.key)


@pytest.mark.parametrize("changes, message", [
    ({"name_zh": "  "}, "Enter the festival's name."),
    ({"kind": "party"}, "Unknown kind of festival “party”."),
    ({"end": D("2026-06-01"), "start": D("2026-06-02")},
     "The festival ends (2026-06-01) before it starts (2026-06-02)."),
    ({"peak": D("2026-06-19")}, "The main day must lie between the first and the last day."),
    ({"start": "2026-13-01"}, "“2026-13-01” is not a date (YYYY-MM-DD)."),
    ({"name_en": "x" * 61}, "“xxxxxxxxxxxxxxxxxxxx…” is too long: at most 60 characters."),
])
def test_bad_edits_change_nothing(store, changes, message):
    fe.update_festival(store, "2026.618", name_en="Mid-year sale")
    before = dump(store)
    with pytest.raises(FestivalError) as caught:
        fe.update_festival(store, "2026.618", **changes)
    assert str(caught.value) == message and dump(store) == before
    with pytest.raises(FestivalError):
        fe.add_festival(store, **{"name_zh": "店庆", "start": D("2026-06-05"), "end": D("2026-06-18"), **changes})
    assert dump(store) == before


def test_unknown_keys_and_fields(store):
    for action in (lambda: fe.get_festival(store, "2026.nope"), lambda: fe.hide_festival(store, "2026.nope"),
                   lambda: fe.update_festival(store, "2026.nope", name_zh="x")):
        with pytest.raises(FestivalError):
            action()
    with pytest.raises(TypeError):
        fe.update_festival(store, "2026.618", colour="red")
    assert dump(store) == []


def test_reading_dates():
    assert fe.as_date("2026-11-11", FestivalError) == D("2026-11-11")
    assert fe.as_date(" 2026-11-11 ", FestivalError) == D("2026-11-11")
    assert fe.as_date(None, FestivalError, optional=True) is None
    with pytest.raises(FestivalError, match="Enter a date"):
        fe.as_date("", FestivalError)
    with pytest.raises(FestivalError, match="not a date"):
        fe.as_date("11/11/2026", FestivalError)


# --- lanes and bars ---------------------------------------------------------------------------


def test_lanes_use_the_lowest_free_lane():
    assert fe.lanes([]) == []
    # (0,2) lane 0; (1,3) overlaps it: lane 1; (3,4) starts after lane 0 is free; (5,5) free again.
    assert fe.lanes([(0, 2), (1, 3), (3, 4), (5, 5)]) == [0, 1, 0, 0]
    # A span ending on the day another starts still overlaps it.
    assert fe.lanes([(0, 2), (2, 2)]) == [0, 1]
    # Given in any order; on the same first day the longer one takes the lower lane.
    assert fe.lanes([(4, 4), (0, 1), (0, 5)]) == [1, 1, 0]


def item(name, start, end):
    return SimpleNamespace(id=name, start_date=D(start), end_date=D(end))


def test_a_month_grid_starts_on_the_monday_before_the_first():
    assert fe.month_grid_start(2026, 11) == D("2026-10-26")  # 1 November 2026 is a Sunday
    assert fe.month_grid_start(2026, 6) == D("2026-06-01")  # 1 June 2026 is a Monday


def test_bars_are_cut_at_the_end_of_each_week():
    first = D("2026-10-26")
    bars = fe.layout_bars([item("a", "2026-10-30", "2026-11-03"), item("b", "2026-10-01", "2026-10-27"),
                           item("c", "2026-12-07", "2026-12-09"), item("d", "2026-12-06", "2026-12-31")], first, 42, 7)
    assert [(b.item_id, b.row, b.offset, b.length, b.lane, b.continued, b.continues) for b in bars] == [
        ("a", 0, 4, 3, 0, False, True),  # Fri 30 Oct to Sun 1 Nov
        ("b", 0, 0, 2, 0, True, False),  # started before the grid: Mon 26 to Tue 27 Oct
        ("a", 1, 0, 2, 0, True, False),  # Mon 2 to Tue 3 Nov
        ("d", 5, 6, 1, 0, False, True),  # only Sun 6 Dec is in the grid; c (7 Dec) is not
    ]


def test_a_timeline_is_one_row_of_days():
    bars = fe.layout_bars([item("a", "2026-12-30", "2027-01-03"), item("b", "2026-01-01", "2026-01-31"),
                           item("c", "2026-01-20", "2026-02-01")], D("2026-01-01"), 365, 365)
    assert [(b.item_id, b.offset, b.length, b.lane, b.continued, b.continues) for b in bars] == [
        ("a", 363, 2, 0, False, True), ("b", 0, 31, 0, False, False), ("c", 19, 13, 1, False, False)]

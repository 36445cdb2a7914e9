"""The product catalogue: the schema step, adding and editing with validation that changes
nothing, the trash, search and sorting, and the margin arithmetic."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timedelta

import pytest

from app.core import migrations
from app.core import products as pr
from app.core.db import open_database
from app.core.products import ProductError

NOW = datetime(2024, 11, 1, 9, 30)


@pytest.fixture
def mug(store):
    return pr.add_product(store, title="手工陶瓷马克杯", price_fen=5900, cost_fen=2000, fee_bp=500,
                          platform_item_id="612345678901", bestseller=True, commission_bp=2000, now=NOW)


def dump(store) -> list[tuple]:
    return store.conn.execute("SELECT * FROM products ORDER BY id").fetchall()


def add(store, title, price_fen=10000, cost_fen=5000, **kw):
    return pr.add_product(store, title=title, price_fen=price_fen, cost_fen=cost_fen, **kw)


# --- schema -----------------------------------------------------------------------------------


def test_an_old_database_is_upgraded_to_the_catalogue(tmp_path):
    old = tmp_path / "old.sqlite3"
    open_database(old, steps=migrations.MIGRATIONS[:2]).close()
    store = open_database(old)
    try:
        assert store.schema_version == migrations.LATEST >= 3
        assert store.conn.execute("SELECT count(*) FROM products").fetchone() == (0,)
        assert pr.list_products(store) == []
    finally:
        store.close()


def test_the_database_itself_refuses_a_second_live_product_with_an_item_id(store, mug):
    with pytest.raises(sqlite3.IntegrityError), store.write() as conn:
        conn.execute("INSERT INTO products (id, title, platform_item_id, price_fen, cost_fen, created_at, updated_at) "
                     "VALUES ('x', 'copy', '612345678901', 1, 0, '', '')")


# --- adding and editing -----------------------------------------------------------------------


def test_a_product_is_added_with_its_fields_and_defaults(store, mug):
    assert re.fullmatch(r"[0-9a-f]{32}", mug.id)
    assert (mug.title, mug.platform_item_id, mug.price_fen, mug.cost_fen, mug.fee_bp) == (
        "手工陶瓷马克杯", "612345678901", 5900, 2000, 500)
    assert (mug.bestseller, mug.listed, mug.commission_bp) == (True, True, 2000)
    assert mug.created_at == mug.updated_at == "2024-11-01T09:30:00" and mug.deleted_at is None
    assert pr.get_product(store, mug.id) == mug
    plain = add(store, "  帆布袋 ", 1990, 600)
    assert (plain.title, plain.platform_item_id, plain.fee_bp, plain.bestseller, plain.listed,
            plain.commission_bp) == ("帆布袋", "", 0, False, True, None)
    assert plain.commission_rate(1500) == 1500 and mug.commission_rate(1500) == 2000


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"title": ""}, "Enter the product's title"),
    ({"title": " \u3000 "}, "Enter the product's title"),
    ({"title": "杯" * 201}, "too long: at most 200 characters"),
    ({"platform_item_id": "9" * 65}, "too long: at most 64 characters"),
    ({"price_fen": 0}, r"price must be more than ¥0"),
    ({"price_fen": -100}, r"price must be more than ¥0"),
    ({"cost_fen": -1}, "cost cannot be negative"),
    ({"price_fen": 10**13 + 1}, "too large"),
    ({"fee_bp": 10001}, r"platform fee must be from 0% to 100%, not 100.01%"),
    ({"fee_bp": -1}, "platform fee must be from 0% to 100%"),
    ({"commission_bp": 10001}, r"commission must be from 0% to 100%, not 100.01%"),
    ({"commission_bp": -500}, "commission must be from 0% to 100%"),
    ({"platform_item_id": " 612345678901 "}, "Another product already has the item ID “612345678901”"),
])
def test_a_bad_product_is_refused_and_changes_nothing(store, mug, kwargs, message):
    other = add(store, "帆布袋", platform_item_id="700000000001")
    before = dump(store)
    fields = {"title": "新品", "price_fen": 10000, "cost_fen": 5000, **kwargs}
    with pytest.raises(ProductError, match=message):
        pr.add_product(store, **fields)
    with pytest.raises(ProductError, match=message):
        pr.update_product(store, other.id, **kwargs)
    assert dump(store) == before


def test_limits_are_inclusive(store):
    free_fee = add(store, "全额", 100, 0, fee_bp=10000, commission_bp=10000)
    assert (free_fee.fee_bp, free_fee.commission_bp, free_fee.margin_fen) == (10000, 10000, 0)


def test_amounts_must_be_integers_of_fen(store):
    with pytest.raises(TypeError):
        add(store, "杯", 59.9)
    with pytest.raises(TypeError):
        add(store, "杯", cost_fen=True)
    assert dump(store) == []


def test_a_product_is_edited(store, mug):
    changed = pr.update_product(store, mug.id, title="马克杯 大号", price_fen=6900, bestseller=False, listed=False,
                                commission_bp=None, now=NOW + timedelta(days=1))
    assert (changed.title, changed.price_fen, changed.cost_fen, changed.bestseller, changed.listed) == (
        "马克杯 大号", 6900, 2000, False, False)
    assert changed.commission_bp is None  # back to the shop's default
    assert (changed.created_at, changed.updated_at) == ("2024-11-01T09:30:00", "2024-11-02T09:30:00")
    assert pr.get_product(store, mug.id) == changed
    same_id = pr.update_product(store, mug.id, platform_item_id="612345678901")  # its own id is no clash
    assert same_id.platform_item_id == "612345678901"


def test_an_unknown_field_is_a_programming_error(store, mug):
    with pytest.raises(TypeError, match="colour"):  # a programming error
        pr.update_product(store, mug.id, colour="red")


def test_products_without_an_item_id_do_not_clash(store):
    add(store, "杯 A")
    add(store, "杯 B", platform_item_id="  ")
    assert [p.platform_item_id for p in pr.list_products(store)] == ["", ""]


# --- the trash --------------------------------------------------------------------------------


def test_a_deleted_product_goes_to_the_trash_and_comes_back(store, mug):
    pr.delete_product(store, mug.id, now=NOW + timedelta(hours=1))
    assert pr.list_products(store) == [] and pr.count_products(store) == 0
    assert [p.id for p in pr.list_deleted_products(store)] == [mug.id]
    with pytest.raises(ProductError, match="no longer exists"):
        pr.get_product(store, mug.id)
    with pytest.raises(ProductError, match="no longer exists"):
        pr.update_product(store, mug.id, title="x")
    with pytest.raises(ProductError, match="no longer exists"):
        pr.delete_product(store, mug.id)
    assert pr.get_product(store, mug.id, deleted=True).deleted_at == "2024-11-01T10:30:00"
    back = pr.restore_product(store, mug.id, now=NOW + timedelta(hours=2))
    assert back.deleted_at is None and back.updated_at == "2024-11-01T11:30:00"
    assert back.title == mug.title and pr.list_products(store) == [back]
    with pytest.raises(ProductError, match="no longer exists"):
        pr.restore_product(store, mug.id)  # not in the trash any more


def test_a_deleted_products_item_id_is_free_but_restoring_it_then_is_refused(store, mug):
    pr.delete_product(store, mug.id)
    newer = add(store, "新马克杯", platform_item_id="612345678901")
    before = dump(store)
    with pytest.raises(ProductError, match="already has the item ID"):
        pr.restore_product(store, mug.id)
    assert dump(store) == before
    pr.update_product(store, newer.id, platform_item_id="612345678902")
    assert pr.restore_product(store, mug.id).platform_item_id == "612345678901"


def test_get_of_an_unknown_id_is_refused(store):
    with pytest.raises(ProductError, match="no longer exists"):
        pr.get_product(store, "nope")


# --- listing ----------------------------------------------------------------------------------


@pytest.fixture
def catalogue(store):
    add(store, "Canvas Tote 帆布袋", 1990, 600, platform_item_id="700000000001", now=NOW)
    add(store, "手工陶瓷马克杯", 5900, 2000, platform_item_id="612345678901", now=NOW + timedelta(seconds=1))
    add(store, "陶瓷碗 100%手工", 3900, 3000, fee_bp=500, listed=False, now=NOW + timedelta(seconds=2))
    gone = add(store, "陶瓷盘", 2900, 900, now=NOW + timedelta(seconds=3))
    pr.delete_product(store, gone.id)


def titles(products) -> list[str]:
    return [p.title for p in products]


@pytest.mark.parametrize(("search", "expected"), [
    ("", ["Canvas Tote 帆布袋", "手工陶瓷马克杯", "陶瓷碗 100%手工"]),
    ("陶瓷", ["手工陶瓷马克杯", "陶瓷碗 100%手工"]),
    ("canvas TOTE", ["Canvas Tote 帆布袋"]),
    ("  6123 ", ["手工陶瓷马克杯"]),  # part of the item id
    ("%", ["陶瓷碗 100%手工"]),  # no wildcards
    ("_", []),
    ("陶瓷盘", []),  # in the trash
])
def test_products_are_searched_by_title_and_item_id(store, catalogue, search, expected):
    assert sorted(titles(pr.list_products(store, search=search))) == sorted(expected)
    assert pr.count_products(store, search=search) == len(expected)


def test_delisted_products_can_be_left_out(store, catalogue):
    assert titles(pr.list_products(store, search="陶瓷", include_delisted=False)) == ["手工陶瓷马克杯"]
    assert pr.count_products(store, include_delisted=False) == 2


def test_products_are_sorted_and_paged_in_sql(store, catalogue):
    by_price = titles(pr.list_products(store, sort="price"))
    assert by_price == ["Canvas Tote 帆布袋", "陶瓷碗 100%手工", "手工陶瓷马克杯"]
    # margins: tote 13.90, mug 39.00, bowl 39.00 − 30.00 − 1.95 = 7.05
    assert titles(pr.list_products(store, sort="margin", descending=True)) == [
        "手工陶瓷马克杯", "Canvas Tote 帆布袋", "陶瓷碗 100%手工"]
    assert titles(pr.list_products(store, sort="created", limit=2, offset=1)) == ["手工陶瓷马克杯", "陶瓷碗 100%手工"]
    with pytest.raises(KeyError):
        pr.list_products(store, sort="title; DROP TABLE products")


# --- margins ----------------------------------------------------------------------------------


def test_margin_is_price_less_cost_less_fee():
    assert pr.unit_margin_fen(5900, 2000, 500) == 5900 - 2000 - 295
    assert pr.margin_bp(5900, 2000, 500) == 6110  # 3605 / 5900 = 61.10%
    assert pr.unit_margin_fen(10000, 9000, 1500) == -500
    assert pr.margin_bp(10000, 9000, 1500) == -500
    assert pr.margin_bp(0, 100, 0) is None


def test_margin_of_a_product(store, mug):
    assert (mug.fee_fen, mug.margin_fen, mug.margin_bp) == (295, 3605, 6110)


def test_fee_and_ratios_round_half_up():
    assert pr.unit_margin_fen(150, 0, 100) == 148  # fee 1.5 fen → 2
    assert pr.ratio_bp(1, 20000) == 1 and pr.ratio_bp(-1, 20000) == -1  # 0.5 bp → 1
    assert pr.ratio_bp(1, 20001) == 0
    assert pr.ratio_bp(2, 3) == 6667 and pr.ratio_bp(1, 3) == 3333
    assert pr.div_half_up(5, 2) == 3 and pr.div_half_up(-5, 2) == -3 and pr.div_half_up(4, 3) == 1
    with pytest.raises(ValueError):
        pr.ratio_bp(1, 0)

"""私下收费 records: recording, the trash, and the affiliate's kept count of live records."""

from __future__ import annotations

from datetime import date

import pytest

from app.core import private_fees as pf
from app.core.private_fees import PrivateFeeError

TODAY = date(2024, 11, 20)


def add_affiliate(store, name, *, deleted=False):
    aid = f"aff-{name}"
    store.conn.execute("INSERT INTO affiliates (id, name, created_at, updated_at, deleted_at) "
                       "VALUES (?, ?, '2024-01-01T00:00:00', '2024-01-01T00:00:00', ?)",
                       (aid, name, "2024-02-01T00:00:00" if deleted else None))
    store.conn.commit()
    return aid


def kept(store, affiliate_id):
    return store.conn.execute("SELECT private_fee FROM affiliates WHERE id = ?", (affiliate_id,)).fetchone()[0]


def test_records_keep_the_affiliates_count_through_delete_and_restore(store):
    zhang, li = add_affiliate(store, "张三"), add_affiliate(store, "李四")
    first = pf.record_private_fee(store, zhang, on_date="2024-11-01", amount_fen=20_000, note="要坑位费",
                                  recorded_by="客服小王", today=TODAY)
    assert kept(store, zhang) == 1 and kept(store, li) == 0
    second = pf.record_private_fee(store, zhang, on_date=date(2024, 11, 5), note="又要红包", recorded_by="店长",
                                   today=TODAY)
    assert second.amount_fen is None and kept(store, zhang) == 2
    assert [f.note for f in pf.list_private_fees(store, zhang)] == ["又要红包", "要坑位费"]
    pf.delete_private_fee(store, first.id)
    assert kept(store, zhang) == 1 and [f.id for f in pf.list_private_fees(store, zhang)] == [second.id]
    assert [f.id for f in pf.list_private_fees(store, zhang, deleted=True)] == [first.id]
    pf.restore_private_fee(store, first.id)
    assert kept(store, zhang) == 2
    with pytest.raises(PrivateFeeError):
        pf.restore_private_fee(store, first.id)  # not in the trash


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"on_date": "2024-11-21"}, "in the future"),
    ({"on_date": "2024-11-01", "amount_fen": 0}, "more than ¥0"),
    ({"on_date": "not a date"}, "is not a date"),
    ({"on_date": "2024-11-01", "note": "x" * 1001}, "too long"),
])
def test_bad_input_changes_nothing(store, kwargs, message):
    zhang = add_affiliate(store, "张三")
    with pytest.raises(PrivateFeeError, match=message):
        pf.record_private_fee(store, zhang, recorded_by="店长", today=TODAY, **kwargs)
    assert kept(store, zhang) == 0 and store.conn.execute("SELECT count(*) FROM private_fees").fetchone()[0] == 0


def test_a_deleted_affiliate_gets_no_record(store):
    gone = add_affiliate(store, "王五", deleted=True)
    with pytest.raises(PrivateFeeError, match="no longer exists"):
        pf.record_private_fee(store, gone, on_date="2024-11-01", recorded_by="店长", today=TODAY)


def test_the_warning_says_it_breaks_the_cps_rule():
    text = pf.WARNING.format(count=2)
    assert "×2" in text and "breaks the rules" in text and "completed deals" in text


def test_demo_records_one_fee(store):
    zhang = add_affiliate(store, "张三")
    pf.load_demo(store, today=TODAY)
    assert kept(store, zhang) == 1

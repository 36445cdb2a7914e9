"""Backups: checked files with readable names, a year of rotation, knowing when one is due,
and restoring that never loses what was there before."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app.core import backup, db
from app.core.backup import Backup, BackupError, backups_to_keep, make_backup, needs_backup, restore_backup
from app.core.db import DatabaseRefused, inspect, open_database
from app.core.errors import UserError
from tests.core.dbfiles import (
    BAD_FILES,
    make_damaged,
    make_db,
    make_newer,
    make_text,
    pragma,
    settings,
    sha,
    side,
)

T0 = datetime(2025, 6, 15, 10, 0, 0)  # a Sunday


@pytest.fixture
def shop(db_path):
    return make_db(db_path, shop="小王的店", commission="5%")


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- making a backup -----------------------------------------------------------------------


def test_a_backup_is_a_checked_self_contained_copy_named_by_time_and_reason(shop):
    made = make_backup(shop, now=datetime(2025, 1, 2, 3, 4, 5))
    assert made == shop.parent / "backups" / "zhanggui-20250102-030405-manual.sqlite3"
    assert files_in(made.parent) == [made.name]  # no .tmp, no -wal or -shm beside it
    assert settings(made) == {"shop": "小王的店", "commission": "5%"}
    header = made.read_bytes()[:20]
    assert (header[18], header[19]) == (1, 1)  # rollback-journal file: needs no -wal to be whole
    assert pragma(made, "journal_mode") == "delete"
    assert inspect(made).user_version == inspect(shop).user_version
    assert backup.parse_backup_name(made) == Backup(made, datetime(2025, 1, 2, 3, 4, 5), "manual")


def test_two_backups_in_the_same_second_both_survive(shop):
    first = make_backup(shop, now=T0)
    second = make_backup(shop, now=T0, reason="auto")
    third = make_backup(shop, now=T0, reason="auto")
    assert (first.name, second.name, third.name) == (
        "zhanggui-20250615-100000-manual.sqlite3",
        "zhanggui-20250615-100000-auto.sqlite3",
        "zhanggui-20250615-100000-auto-2.sqlite3",
    )
    assert {b.path for b in backup.list_backups(shop)} == {first, second, third}
    assert [b.reason for b in backup.list_backups(shop)].count("auto") == 2


def test_a_backup_into_a_chosen_folder(shop, tmp_path):
    folder = tmp_path / "U盘"
    folder.mkdir()
    made = make_backup(shop, dest=folder, now=T0)
    assert made == folder / "zhanggui-20250615-100000-manual.sqlite3"
    assert files_in(folder) == [made.name]
    assert settings(made) == settings(shop)
    assert not (shop.parent / "backups").exists()


def test_a_backup_to_a_chosen_file_name(shop, tmp_path):
    dest = tmp_path / "sub" / "给会计的副本.db"
    assert make_backup(shop, dest=dest) == dest
    assert settings(dest) == settings(shop)
    assert files_in(dest.parent) == [dest.name]


def test_a_backup_never_overwrites_an_existing_file(shop, tmp_path):
    dest = tmp_path / "taken.sqlite3"
    dest.write_bytes(b"someone's file")
    with pytest.raises(BackupError, match="already exists") as caught:
        make_backup(shop, dest=dest)
    assert str(dest) in str(caught.value)
    assert dest.read_bytes() == b"someone's file"
    assert files_in(tmp_path).count("taken.sqlite3.tmp") == 0


def test_backing_up_a_missing_file_fails_with_a_clear_message(db_path):
    with pytest.raises(BackupError, match="Could not back up") as caught:
        make_backup(db_path)
    assert str(db_path) in str(caught.value)
    assert [p for p in db_path.parent.rglob("*") if p.is_file()] == []


def test_a_damaged_database_gives_no_backup_at_all(db_path):
    """The copy fails its check, so nothing named like a backup (or a .tmp) is left."""
    make_damaged(db_path)
    with pytest.raises(BackupError, match="failed its check"):
        make_backup(db_path)
    assert files_in(db_path.parent / "backups") == []


def test_progress_is_reported_up_to_all_pages(db_path):
    make_db(db_path, **{f"k{i}": "数据" * 400 for i in range(800)})  # well over 256 pages
    calls = []
    make_backup(db_path, progress=lambda done, total: calls.append((done, total)))
    assert len(calls) >= 2
    total = calls[-1][1]
    assert calls[-1] == (total, total) and total > 256
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_a_backup_while_another_copy_is_mid_transaction(shop):
    other = open_database(shop)
    try:
        with other.write() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES ('unsaved', 'x')")
            made = make_backup(shop)
        after = make_backup(shop)
    finally:
        other.close()
    assert settings(made) == {"shop": "小王的店", "commission": "5%"}
    assert settings(after)["unsaved"] == "x"


# --- rotation ------------------------------------------------------------------------------


def history(last: date, days: int, hours=(10,)) -> list[Backup]:
    """``days`` days of backups ending on ``last``, at each of ``hours``."""
    return [
        Backup(Path(f"zhanggui-{t:%Y%m%d-%H%M%S}-auto.sqlite3"), t, "auto")
        for n in range(days)
        for t in (datetime.combine(last - timedelta(days=n), datetime.min.time()) + timedelta(hours=h) for h in hours)
    ]


def kept(backups, today=T0.date()) -> list[datetime]:
    paths = backups_to_keep(backups, today)
    return sorted((b.taken_at for b in backups if b.path in paths), reverse=True)


def d(*dates: str) -> list[date]:
    return [date.fromisoformat(x) for x in dates]


# A backup a day for 400 days up to Sunday 2025-06-15 keeps exactly these:
TODAY_AND_YESTERDAY = d("2025-06-15", "2025-06-14")
DAILY = [date(2025, 6, 13) - timedelta(days=n) for n in range(12)]  # 13 June back to 2 June
WEEKLY = [date(2025, 6, 1) - timedelta(weeks=n) for n in range(10)]  # Sundays: ISO weeks end
# Newest of each month older than the weekly tier; March's newest not in a kept week is the 23rd.
MONTHLY = d("2025-03-23", "2025-02-28", "2025-01-31", "2024-12-31", "2024-11-30", "2024-10-31",
            "2024-09-30", "2024-08-31", "2024-07-31")
EXPECTED_YEAR = TODAY_AND_YESTERDAY + DAILY + WEEKLY + MONTHLY


def test_rotation_of_a_year_of_daily_backups():
    backups = history(T0.date(), 400)
    result = [t.date() for t in kept(backups)]
    assert result == EXPECTED_YEAR
    assert len({date.isocalendar(x)[:2] for x in WEEKLY}) == 10
    assert T0.date() - result[-1] <= timedelta(days=366)  # about a year, nothing older


def test_rotation_keeps_every_backup_of_today_and_yesterday_and_the_newest_of_older_days():
    hours = (0.5, 8, 13, 21.75)
    backups = history(T0.date(), 400, hours)
    result = kept(backups)
    recent = [t for t in result if t.date() >= date(2025, 6, 14)]
    assert len(recent) == 8
    older = [t for t in result if t.date() < date(2025, 6, 14)]
    assert [t.date() for t in older] == DAILY + WEEKLY + MONTHLY
    assert {t.time() for t in older} == {datetime(1, 1, 1, 21, 45).time()}


def test_rotation_after_weeks_without_backups_keeps_what_came_before_the_gap():
    """Back after six weeks away: the history before the gap is thinned, not thrown away."""
    backups = history(date(2025, 4, 30), 400) + history(T0.date(), 1)
    result = [t.date() for t in kept(backups)]
    assert result == (
        d("2025-06-15")
        + [date(2025, 4, 30) - timedelta(days=n) for n in range(12)]  # 30 April back to 19th
        + d("2025-04-18")  # its ISO week (14-20 April) is not yet one of the weekly ones
        + [date(2025, 4, 13) - timedelta(weeks=n) for n in range(9)]  # Sundays back to 16 Feb
        + d("2025-02-09", "2025-01-31", "2024-12-31", "2024-11-30", "2024-10-31", "2024-09-30",
            "2024-08-31", "2024-07-31", "2024-06-30")
    )


def test_rotation_keeps_a_short_sparse_history_whole():
    backups = [b for b in history(T0.date(), 150) if b.taken_at.weekday() == 2][:20]  # Wednesdays
    assert len(backups) == 20
    assert backups_to_keep(backups, T0.date()) == {b.path for b in backups}


def test_prune_removes_exactly_what_rotation_drops(shop):
    folder = shop.parent / "backups"
    folder.mkdir()
    for b in history(T0.date(), 400):
        (folder / b.path.name).write_bytes(b"x")
    strangers = ["other-20200101-000000-manual.sqlite3", "notes.txt", "zhanggui.sqlite3.tmp"]
    for name in strangers:
        (folder / name).write_bytes(b"keep me")
    removed = backup.prune_backups(shop, now=T0.replace(hour=23))
    assert len(removed) == 400 - len(EXPECTED_YEAR)
    left = {backup.parse_backup_name(p).taken_at.date() for p in folder.iterdir() if p.name not in strangers}
    assert sorted(left, reverse=True) == EXPECTED_YEAR
    assert all((folder / name).read_bytes() == b"keep me" for name in strangers)

    make_backup(shop, now=T0 + timedelta(days=1))  # a new day moves the tiers along
    assert len(backup.list_backups(shop)) == len(EXPECTED_YEAR)


# --- when a backup is due ------------------------------------------------------------------


def set_mtime(path: Path, when: datetime) -> None:
    os.utime(path, (when.timestamp(), when.timestamp()))


@pytest.fixture
def backed_up(shop):
    """The shop backed up at T0, its data last changed a minute before."""
    made = make_backup(shop, now=T0)
    set_mtime(made, T0)
    set_mtime(shop, T0 - timedelta(minutes=1))
    return shop


def test_a_backup_is_due_when_there_is_none(shop):
    assert needs_backup(shop) is True


def test_no_backup_is_due_for_a_missing_file(db_path):
    assert needs_backup(db_path) is False


def test_no_backup_is_due_right_after_one(shop):
    make_backup(shop)
    assert needs_backup(shop) is False
    assert needs_backup(shop, max_age=timedelta(0)) is False


def test_no_backup_is_due_when_nothing_changed(backed_up):
    assert needs_backup(backed_up, now=T0 + timedelta(days=3)) is False


def test_a_backup_is_due_once_changed_data_is_older_than_half_an_hour(backed_up):
    set_mtime(backed_up, T0 + timedelta(minutes=10))
    assert needs_backup(backed_up, now=T0 + timedelta(minutes=29)) is False
    assert needs_backup(backed_up, now=T0 + timedelta(minutes=31)) is True
    assert needs_backup(backed_up, now=T0 + timedelta(minutes=11), max_age=timedelta(0)) is True


def test_changes_still_in_the_write_ahead_log_count(backed_up):
    store = open_database(backed_up)
    try:
        store.set_setting("new", "1")
        wal = side(backed_up, "-wal")
        assert wal.stat().st_size > 0
        set_mtime(backed_up, T0 - timedelta(minutes=1))
        set_mtime(wal, T0 - timedelta(minutes=1))
        assert needs_backup(backed_up, now=T0 + timedelta(hours=1)) is False
        set_mtime(wal, T0 + timedelta(minutes=5))
        assert needs_backup(backed_up, now=T0 + timedelta(hours=1)) is True
    finally:
        store.close()


# --- restoring -----------------------------------------------------------------------------


@pytest.fixture
def saved(shop):
    """A backup of the shop; the live data has moved on since."""
    made = make_backup(shop, now=T0)
    store = open_database(shop)
    store.set_setting("shop", "改名后的店")
    store.set_setting("added", "later")
    store.close()
    return made


AFTER_CHANGES = {"shop": "改名后的店", "commission": "5%", "added": "later"}


def test_restore_backs_up_the_current_data_then_replaces_it(shop, saved):
    assert settings(shop) == AFTER_CHANGES
    safety = restore_backup(shop, saved, now=T0 + timedelta(hours=1))
    assert safety == shop.parent / "backups" / "zhanggui-20250615-110000-before-restore.sqlite3"
    assert backup.parse_backup_name(safety).reason == "before-restore"
    assert settings(safety) == AFTER_CHANGES
    assert settings(shop) == settings(saved) == {"shop": "小王的店", "commission": "5%"}
    open_database(shop).close()  # a good, current file


def test_an_open_store_sees_the_restored_data(shop, saved):
    store = open_database(shop)
    try:
        assert store.get_setting("shop") == "改名后的店"
        restore_backup(shop, saved)
        assert store.get_setting("shop") == "小王的店"
        assert store.get_setting("added") is None
        store.set_setting("after", "restore")
    finally:
        store.close()
    assert settings(shop)["after"] == "restore"


@pytest.mark.parametrize("make_source", [make_damaged, make_text, make_newer, None],
                         ids=["damaged", "text", "newer", "missing"])
def test_a_bad_source_is_refused_and_the_current_data_left_alone(shop, saved, tmp_path, make_source):
    source = tmp_path / "source.sqlite3"
    if make_source:
        make_source(source)
    before = sha(shop)
    with pytest.raises(UserError) as caught:
        restore_backup(shop, source)
    assert str(source) in str(caught.value)
    assert isinstance(caught.value, DatabaseRefused if make_source else BackupError)
    assert sha(shop) == before
    assert [b.path for b in backup.list_backups(shop)] == [saved]


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_restoring_over_a_refused_file_replaces_it_only_if_it_is_unusable(db_path, tmp_path, kind):
    """An unusable file is kept aside byte for byte, then replaced; another program's file,
    or a newer version's, is refused and left alone."""
    make, reason, restorable = BAD_FILES[kind]
    source = make_db(tmp_path / "good.sqlite3", shop="小王的店")
    make(db_path)
    original = db_path.read_bytes()
    if not restorable:
        with pytest.raises(DatabaseRefused, match=reason):
            restore_backup(db_path, source)
        assert db_path.read_bytes() == original
        assert backup.list_backups(db_path) == []
        return
    safety = restore_backup(db_path, source, now=T0)
    assert safety.name == "zhanggui-20250615-100000-damaged.sqlite3"
    assert not side(db_path, "-wal").exists()  # the old file's log must not meet the new file
    assert safety.read_bytes() == original
    assert settings(db_path) == {"shop": "小王的店"}
    open_database(db_path).close()


def test_restore_does_not_replace_a_file_another_program_is_using(shop, saved, monkeypatch):
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(shop, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("INSERT INTO settings (key, value) VALUES ('in use', '1')")
        before = sha(shop), sha(side(shop, "-wal"))
        with pytest.raises(DatabaseRefused, match="locked by another program"):
            restore_backup(shop, saved)
        assert (sha(shop), sha(side(shop, "-wal"))) == before
        other.execute("INSERT INTO settings (key, value) VALUES ('still', '2')")
    finally:
        other.close()
    assert {"in use", "still"} <= set(settings(shop))


def test_restoring_where_there_is_no_database_yet(db_path, tmp_path):
    source = make_db(tmp_path / "elsewhere.sqlite3", shop="小店")
    assert restore_backup(db_path, source) is None
    assert settings(db_path) == {"shop": "小店"}

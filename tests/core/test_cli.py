"""The headless commands as a user types them: exit codes, one-line errors in the user's
language, and which database they act on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import main
from app.core import backup, migrations
from tests.core.dbfiles import CJK, make_damaged, make_db, make_newer, make_text, settings, sha

REPO = Path(__file__).resolve().parents[2]


def run(capsys, *argv: str, lang: str = "en") -> tuple[int, str, str]:
    """``main`` as the shell would see it: (exit code, stdout, stderr)."""
    try:
        code = main(["--lang", lang, *map(str, argv)])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def assert_user_error(result, *fragments: str) -> str:
    code, out, err = result
    assert code == 1
    assert out == ""
    assert err.startswith("zhanggui: ") and err.endswith("\n")
    assert err.count("\n") == 1, err  # one line
    for fragment in fragments:
        assert fragment in err
    return err


@pytest.fixture
def shop(db_path):
    return make_db(db_path, shop="小王的店")


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"Zhanggui {__version__}"


def test_check_a_good_database(capsys, shop):
    code, out, err = run(capsys, "check")
    assert (code, err) == (0, "")
    assert f"Database: {shop}" in out
    assert "Integrity check: ok" in out
    assert f"Data version: {migrations.LATEST} (this version of Zhanggui: {migrations.LATEST})" in out
    assert "Backups: none yet" in out


def test_check_reports_the_newest_backup(capsys, shop):
    made = backup.make_backup(shop)
    code, out, _ = run(capsys, "check")
    assert code == 0
    assert f"Backups: 1, newest {backup.parse_backup_name(made).taken_at:%Y-%m-%d %H:%M:%S}" in out


@pytest.mark.parametrize("make, reason", [
    (None, "There is no database at"),
    (make_damaged, "integrity check"),
    (make_text, "is not a SQLite database"),
    (make_newer, "newer version of Zhanggui"),
], ids=["missing", "damaged", "text", "newer"])
def test_check_refuses_with_one_line_and_changes_nothing(capsys, db_path, make, reason):
    if make:
        make(db_path)
    before = sha(db_path) if make else None
    assert_user_error(run(capsys, "check"), str(db_path), reason)
    assert (sha(db_path) if make else None) == before
    assert db_path.exists() == bool(make)


def test_backup_to_the_default_folder(capsys, shop):
    code, out, _ = run(capsys, "backup")
    assert code == 0
    [made] = backup.list_backups(shop)
    assert made.reason == "manual"
    assert out.strip() == f"Backed up to {made.path}"
    assert settings(made.path) == {"shop": "小王的店"}


def test_backup_to_a_chosen_folder_and_file(capsys, shop, tmp_path):
    assert run(capsys, "backup", tmp_path)[0] == 0
    [made] = tmp_path.glob("zhanggui-*-manual.sqlite3")
    assert settings(made) == {"shop": "小王的店"}

    dest = tmp_path / "copy.sqlite3"
    assert run(capsys, "backup", dest)[0] == 0
    assert settings(dest) == {"shop": "小王的店"}
    assert_user_error(run(capsys, "backup", dest), str(dest), "already exists")


@pytest.mark.parametrize("make, reason", [
    (None, "There is no database at"), (make_damaged, "integrity check"), (make_newer, "newer version"),
], ids=["missing", "damaged", "newer"])
def test_backup_of_a_refused_database_fails(capsys, db_path, make, reason):
    if make:
        make(db_path)
    assert_user_error(run(capsys, "backup"), str(db_path), reason)
    assert not (db_path.parent / "backups").exists()


def test_restore(capsys, shop, tmp_path):
    source = make_db(tmp_path / "old.sqlite3", shop="旧店名")
    code, out, err = run(capsys, "restore", source)
    assert (code, err) == (0, "")
    assert settings(shop) == {"shop": "旧店名"}
    [safety] = backup.list_backups(shop)
    assert settings(safety.path) == {"shop": "小王的店"}
    assert f"Restored {shop} from {source}." in out
    assert f"The previous data was kept in {safety.path}" in out


@pytest.mark.parametrize("make", [make_text, make_damaged, None], ids=["text", "damaged", "missing"])
def test_restore_from_a_bad_source_fails_and_keeps_the_data(capsys, shop, tmp_path, make):
    source = tmp_path / "bad.sqlite3"
    if make:
        make(source)
    before = sha(shop)
    assert_user_error(run(capsys, "restore", source), str(source))
    assert sha(shop) == before


@pytest.mark.parametrize("argv", [["frobnicate"], ["restore"], ["backup", "a", "b"], ["--lang", "fr", "check"]])
def test_wrong_usage_exits_2(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert "usage: zhanggui" in err


def test_errors_are_in_the_chosen_language(capsys, db_path):
    make_newer(db_path)
    chinese = assert_user_error(run(capsys, "check", lang="zh_CN"), str(db_path))
    english = assert_user_error(run(capsys, "check", lang="en"), str(db_path))
    assert CJK.search(chinese) and "newer" not in chinese
    assert f"{migrations.LATEST + 1}" in chinese
    assert not CJK.search(english)


def test_output_is_in_the_chosen_language(capsys, shop):
    code, out, _ = run(capsys, "check", lang="zh_CN")
    assert code == 0
    assert "完整性检查" in out and "Integrity" not in out


def test_db_option_and_environment_pick_the_database(capsys, tmp_path, monkeypatch, db_path):
    default = make_db(db_path)
    from_env = make_db(tmp_path / "env" / "shop.sqlite3")
    chosen = make_db(tmp_path / "option" / "shop.sqlite3")
    assert f"Database: {default}\n" in run(capsys, "check")[1]
    monkeypatch.setenv("ZHANGGUI_DB", str(from_env))
    assert f"Database: {from_env}\n" in run(capsys, "check")[1]
    assert f"Database: {chosen}\n" in run(capsys, "--db", chosen, "check")[1]

    run(capsys, "backup")
    run(capsys, "--db", chosen, "backup")
    assert [len(backup.list_backups(p)) for p in (default, from_env, chosen)] == [0, 1, 1]


@pytest.mark.parametrize("argv, code", [
    (["--version"], 0),
    (["check"], 0),
    (["backup"], 0),
    (["--db", "nowhere.sqlite3", "check"], 1),
    (["frobnicate"], 2),
])
def test_real_exit_codes(tmp_path, data_home, argv, code):
    make_db(data_home / "zhanggui.sqlite3")
    env = {**os.environ, "ZHANGGUI_HOME": str(data_home)}
    done = subprocess.run([sys.executable, "main.py", "--lang", "en", *argv], cwd=REPO, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert done.returncode == code, done.stderr
    if code == 1:
        assert done.stderr.startswith("zhanggui: ") and done.stderr.count("\n") == 1


def test_demo_fills_a_new_database_once(tmp_path, capsys):
    from app.core import storefront
    from app.core.db import open_database

    db = tmp_path / "demo.sqlite3"
    assert main(["--lang", "en", "--db", str(db), "demo"]) == 0
    assert "Demo data added" in capsys.readouterr().out
    store = open_database(db)
    try:
        assert len(storefront.list_shops(store)) >= 2
    finally:
        store.close()
    assert main(["--lang", "en", "--db", str(db), "demo"]) == 1
    assert "only be added to an empty database" in capsys.readouterr().err

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


def test_import_affiliate_orders_prints_one_line_and_refuses_bad_files(tmp_path, capsys):
    """import-affiliate-orders: a summary line; exit 1 naming file, line and column when nothing was imported."""
    import sqlite3

    from app.core.db import open_database
    from tests.core.test_affiliate_orders import HEADER, ROWS, make_affiliates, write

    db = tmp_path / "cli.sqlite3"
    store = open_database(db)
    make_affiliates(store)
    store.close()
    good = write(tmp_path / "good.csv", [HEADER, *ROWS])
    code, out, err = run(capsys, "--db", db, "import-affiliate-orders", good)
    assert code == 0, err
    assert out.count("\n") == 1 and "6 affiliate orders added, 0 updated, 0 skipped as unchanged, 0 rows" in out
    assert "1 orders from promoters not in the register" in out
    code, out, err = run(capsys, "--db", db, "import-affiliate-orders", good)
    assert code == 0 and "0 affiliate orders added" in out and "6 skipped as unchanged" in out

    bad = write(tmp_path / "bad.csv", [HEADER, ROWS[0].replace("订单付款", "订单已付"), ROWS[1]])
    assert_user_error(run(capsys, "--db", db, "import-affiliate-orders", bad), "bad.csv", "line 2", "订单状态")
    code, out, err = run(capsys, "--db", db, "import-affiliate-orders", "--skip-bad-rows", bad)
    assert code == 0 and "1 rows with errors left out" in out and "Skipped line 2" in out
    only_bad = write(tmp_path / "only_bad.csv", [HEADER, ROWS[0].replace("128.00", "x")])
    assert_user_error(run(capsys, "--db", db, "import-affiliate-orders", "--skip-bad-rows", only_bad),
                      "only_bad.csv", "line 2", "付款金额")
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM affiliate_orders").fetchone() == (6,)
    assert conn.execute("SELECT count(*) FROM imports WHERE kind = 'affiliate_orders'").fetchone() == (3,)
    conn.close()


def test_import_affiliate_orders_uses_the_columns_chosen_in_the_window(tmp_path, capsys):
    from app.core.db import open_database
    from app.core.importing import columns

    db = tmp_path / "cli.sqlite3"
    header = ["单号", "状态", "金额", "时间"]
    odd = tmp_path / "odd.csv"
    odd.write_text(",".join(header) + "\n77,订单付款,12.00,2024-11-01 08:00:00\n", encoding="utf-8")
    assert_user_error(run(capsys, "--db", db, "import-affiliate-orders", odd), "odd.csv", "订单编号")
    store = open_database(db)
    columns.save_mapping(store, header, {"order_id": "单号", "status": "状态", "paid": "金额", "created_at": "时间"},
                         "affiliate_orders")
    store.close()
    code, out, err = run(capsys, "--db", db, "import-affiliate-orders", odd)
    assert code == 0 and "1 affiliate orders added" in out, err


AFFILIATE_HEADER = "姓名,QQ号,手机,状态,标签"


def _affiliate_file(path: Path, rows: list[str]) -> Path:
    path.write_bytes(("\r\n".join([AFFILIATE_HEADER, *rows]) + "\r\n").encode("gbk"))
    return path


def test_import_affiliates_prints_one_line_and_refuses_bad_files(tmp_path, capsys):
    import sqlite3

    db = tmp_path / "cli.sqlite3"
    good = _affiliate_file(tmp_path / "淘客.csv", ["张三,12345678,,合作中,高佣", "李四,,13900139000,暂停,"])
    code, out, err = run(capsys, "--db", db, "import-affiliates", good)
    assert (code, err) == (0, "")
    assert out.count("\n") == 1
    assert "2 affiliates added, 0 updated, 0 already up to date, 0 duplicates skipped, 0 rows with errors" in out
    code, out, _ = run(capsys, "--db", db, "import-affiliates", good)
    assert code == 0 and "0 affiliates added" in out and "2 already up to date" in out
    code, out, _ = run(capsys, "--db", db, "import-affiliates", "--on-duplicate", "skip", good)
    assert code == 0 and "2 duplicates skipped" in out

    bad = _affiliate_file(tmp_path / "bad.csv", ["王五,0123,,合作中,", "赵六,,,合作中,"])
    assert_user_error(run(capsys, "--db", db, "import-affiliates", bad), "bad.csv", "line 2", "QQ号")
    code, out, _ = run(capsys, "--db", db, "import-affiliates", "--skip-bad-rows", bad)
    assert code == 0 and "1 affiliates added" in out and "1 rows with errors left out" in out
    assert "Skipped line 2, column “QQ号”" in out
    only_bad = _affiliate_file(tmp_path / "only_bad.csv", ["孙七,,123,合作中,"])
    assert_user_error(run(capsys, "--db", db, "import-affiliates", "--skip-bad-rows", only_bad),
                      "only_bad.csv", "line 2", "手机")
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM affiliates").fetchone() == (3,)
    conn.close()
    assert_user_error(run(capsys, "--db", db, "import-affiliates", tmp_path / "missing.csv"), "missing.csv")


def test_import_affiliates_uses_the_columns_chosen_in_the_window(tmp_path, capsys):
    from app.core.db import open_database
    from app.core.importing import columns

    db = tmp_path / "cli.sqlite3"
    odd = tmp_path / "odd.csv"
    odd.write_text("称呼,扣扣\n小明,12345\n", encoding="utf-8")
    assert_user_error(run(capsys, "--db", db, "import-affiliates", odd), "odd.csv", "姓名")
    store = open_database(db)
    columns.save_mapping(store, ["称呼", "扣扣"], {"name": "称呼", "qq": "扣扣"}, "affiliates")
    store.close()
    code, out, err = run(capsys, "--db", db, "import-affiliates", odd)
    assert code == 0 and "1 affiliates added" in out, err


def test_export_affiliates_by_extension(tmp_path, capsys):
    import openpyxl

    db = tmp_path / "cli.sqlite3"
    src = _affiliate_file(tmp_path / "in.csv", ["=HYPERLINK(\"x\"),12345678,,合作中,"])
    assert run(capsys, "--db", db, "import-affiliates", src)[0] == 0
    for name in ("out.csv", "out.xlsx"):
        code, out, err = run(capsys, "--db", db, "export-affiliates", tmp_path / name)
        assert (code, err) == (0, "") and f"Exported 1 affiliates to {tmp_path / name}" in out
    assert "'=HYPERLINK" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert openpyxl.load_workbook(tmp_path / "out.xlsx").active["A2"].value == "'=HYPERLINK(\"x\")"
    assert_user_error(run(capsys, "--db", db, "export-affiliates", tmp_path / "out.txt"), "out.txt", ".xlsx")
    assert_user_error(run(capsys, "--db", tmp_path / "none.sqlite3", "export-affiliates", tmp_path / "x.csv"),
                      "none.sqlite3")

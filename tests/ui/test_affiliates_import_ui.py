"""The register's import dialog and export, driven as the owner would: a file with bad rows
(nothing written, every error listed), a good file landing in the register, duplicates merged
or skipped, an unknown layout mapped by hand, cancel, and the export's file and message."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from app.core import affiliates
from app.core.db import open_database
from app.core.importing.affiliates_file import AFFILIATE_FIELDS
from app.ui.affiliates import register_io
from app.ui.affiliates.register_import_dialog import RegisterImportDialog
from app.ui.app import create_app
from app.ui.sales.mapping_dialog import MappingDialog

HEADER = "姓名,类型,所在地区,QQ号,手机,推广途径,粉丝数,状态,标签,合作时间"
ROWS = ["张三,淘客,浙江省杭州市,12345678,13800138000,www.zhekou.com,1200,合作中,高佣,2024-05-01",
        "李四,团长,广东 深圳,,13900139000,QQ群 88888,3万,暂停,,2023-03-02",
        "王五,达人,杭州,55555,,,,潜在,,"]
BAD = ["坏QQ,淘客,,0123,,,,合作中,,", "坏状态,淘客,,,,,,合作过,,"]


def write(path: Path, lines: list[str], encoding: str = "gbk") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


@pytest.fixture
def store(qapp, tmp_path):
    create_app(lang="zh_CN")
    s = open_database(tmp_path / "shop.sqlite3")
    yield s
    s.close()


@pytest.fixture
def info(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    return shown


def drive(monkeypatch, action):
    """Run ``action(dialog)`` instead of the modal loop."""
    def exec_(self):
        action(self)
        return self.result()

    monkeypatch.setattr(RegisterImportDialog, "exec", exec_)


def loaded(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.read_task is None and dialog.file is not None, timeout=10_000)


def import_now(qtbot, dialog, button):
    button.click()
    qtbot.waitUntil(lambda: dialog.import_task is None and dialog.progress is None, timeout=20_000)


def names(store) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT name FROM affiliates ORDER BY sort_name")]


def cells(table, row: int) -> list[str]:
    return [table.item(row, c).text() if table.item(row, c) else "" for c in range(table.columnCount())]


def test_bad_rows_are_listed_and_nothing_is_written(qtbot, store, tmp_path, monkeypatch, info):
    path = write(tmp_path / "淘客名录.csv", [HEADER, ROWS[0], *BAD, ROWS[1]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def act(d):
        loaded(qtbot, d)
        assert d.lblFile.text() == "淘客名录.csv" and d.lblEncoding.text() == "gb18030"
        assert d.lblCounts.text() == "新增 2，合并 0，跳过 0，有错 2"
        assert not d.btnImport.isEnabled() and not d.btnGood.isHidden() and not d.tblErrors.isHidden()
        assert [d.tblErrors.horizontalHeaderItem(i).text() for i in range(3)] == ["行", "列", "原因"]
        assert [cells(d.tblErrors, r)[:2] for r in range(2)] == [["3", "QQ号"], ["4", "状态"]]
        assert "0123" in cells(d.tblErrors, 0)[2] and "合作过" in cells(d.tblErrors, 1)[2]
        d.btnCancel.click()

    drive(monkeypatch, act)
    assert register_io.import_register(None, store) is False
    assert names(store) == [] and info == []


def test_good_rows_only_after_bad_rows(qtbot, store, tmp_path, monkeypatch, info):
    path = write(tmp_path / "a.csv", [HEADER, ROWS[0], *BAD, ROWS[1]])
    drive(monkeypatch, lambda d: (loaded(qtbot, d), import_now(qtbot, d, d.btnGood)))
    assert register_io.import_register(None, store, str(path)) is True
    assert names(store) == ["李四", "张三"]
    assert info == ["新增淘客 2，更新 0，已是最新 0；跳过重复 0，有错未导入 2"]


def test_a_good_file_previews_and_lands_in_the_register(qtbot, store, tmp_path, monkeypatch, info):
    path = write(tmp_path / "a.csv", [HEADER, *ROWS])

    def act(d):
        loaded(qtbot, d)
        assert d.lblCounts.text() == "新增 3，合并 0，跳过 0，有错 0"
        heads = [d.tblRows.horizontalHeaderItem(c).text() for c in range(d.tblRows.columnCount())]
        assert heads[:4] == ["行", "结果", "姓名", "类型"]
        first = dict(zip(heads, cells(d.tblRows, 0)))
        assert (first["结果"], first["姓名"], first["类型"], first["QQ号"], first["状态"]) == (
            "新增", "张三", "淘客", "12345678", "合作中")
        assert first["推广途径"] == "http://www.zhekou.com" and first["标签"] == "高佣"
        assert dict(zip(heads, cells(d.tblRows, 1)))["类型"] == "团长"
        assert d.btnImport.isEnabled() and d.btnGood.isHidden() and d.tblErrors.isHidden()
        import_now(qtbot, d, d.btnImport)

    drive(monkeypatch, act)
    assert register_io.import_register(None, store, str(path)) is True
    assert names(store) == ["李四", "王五", "张三"]
    zhang = affiliates.get_affiliate(store, affiliates.search_ids(store, "zs")[0][0])
    assert (zhang.province, zhang.city, zhang.qq, zhang.joined_on) == ("浙江", "杭州", "12345678", "2024-05-01")
    assert info == ["新增淘客 3，更新 0，已是最新 0；跳过重复 0，有错未导入 0"]


def test_duplicates_merged_or_skipped_as_chosen(qtbot, store, tmp_path, monkeypatch, info):
    old = affiliates.add_affiliate(store, {"name": "张三", "qq": "12345678", "notes": "店里加的"})
    path = write(tmp_path / "a.csv", [HEADER, *ROWS])

    def skip(d):
        loaded(qtbot, d)
        assert d.lblCounts.text() == "新增 2，合并 1，跳过 0，有错 0"
        assert cells(d.tblRows, 0)[1] == "合并到 张三（QQ 相同）"
        d.rdoSkip.setChecked(True)
        qtbot.waitUntil(lambda: d.read_task is None, timeout=10_000)
        assert d.lblCounts.text() == "新增 2，合并 0，跳过 1，有错 0"
        assert cells(d.tblRows, 0)[1] == "跳过：已有 张三（QQ 相同）"
        import_now(qtbot, d, d.btnImport)

    drive(monkeypatch, skip)
    assert register_io.import_register(None, store, str(path)) is True
    assert affiliates.get_affiliate(store, old).phone == "" and len(names(store)) == 3

    drive(monkeypatch, lambda d: (loaded(qtbot, d), import_now(qtbot, d, d.btnImport)))
    assert register_io.import_register(None, store, str(path)) is True
    merged = affiliates.get_affiliate(store, old)
    assert merged.phone == "13800138000" and merged.notes == "店里加的" and "高佣" in merged.tags
    assert len(names(store)) == 3
    assert info[-1] == "新增淘客 0，更新 1，已是最新 2；跳过重复 0，有错未导入 0"


def test_an_unknown_layout_is_mapped_by_hand_and_remembered(qtbot, store, tmp_path, monkeypatch, info):
    path = write(tmp_path / "odd.csv", ["称呼,扣扣", "小明,12345"], "utf-8")
    asked = []

    def choose(cls, store_, header, parent=None, *, fields, kind):
        asked.append((header, fields is AFFILIATE_FIELDS, kind))
        from app.core.importing import columns

        mapping = {"name": "称呼", "qq": "扣扣"}
        columns.save_mapping(store_, header, mapping, kind)
        return mapping

    monkeypatch.setattr(MappingDialog, "choose", classmethod(choose))
    drive(monkeypatch, lambda d: (loaded(qtbot, d), import_now(qtbot, d, d.btnImport)))
    assert register_io.import_register(None, store, str(path)) is True
    assert asked == [(["称呼", "扣扣"], True, "affiliates")]
    assert names(store) == ["小明"]
    path2 = write(tmp_path / "odd2.csv", ["称呼,扣扣", "小红,54321"], "utf-8")
    drive(monkeypatch, lambda d: (loaded(qtbot, d), import_now(qtbot, d, d.btnImport)))
    assert register_io.import_register(None, store, str(path2)) is True
    assert len(asked) == 1 and names(store) == ["小红", "小明"]


def test_cancel_during_the_import_writes_nothing(qtbot, store, tmp_path, monkeypatch, info):
    import threading

    from app.ui.affiliates import register_import_dialog as module

    path = write(tmp_path / "a.csv", [HEADER, *ROWS])
    started, go = threading.Event(), threading.Event()
    real = module.import_affiliates

    def held(*args, **kwargs):
        started.set()
        go.wait(5)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "import_affiliates", held)

    def act(d):
        loaded(qtbot, d)
        d.btnImport.click()
        qtbot.waitUntil(started.is_set, timeout=5000)
        d.progress.findChild(QPushButton).click()  # the progress dialog's 取消
        go.set()
        qtbot.waitUntil(lambda: d.import_task is None, timeout=20_000)
        assert "导入已取消" in d.lblStatus.text() and d.btnImport.isEnabled()
        d.btnCancel.click()

    drive(monkeypatch, act)
    assert register_io.import_register(None, store, str(path)) is False
    assert names(store) == [] and info == []


def test_export_writes_the_file_and_says_how_many(qtbot, store, tmp_path, monkeypatch, info):
    evil = affiliates.add_affiliate(store, {"name": "=cmd|' /C calc'!A0"},
                                    channels=[{"kind": "qq_group", "name": "群", "audience": 800}])
    affiliates.add_affiliate(store, {"name": "李四"})
    target = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Excel 工作簿 (*.xlsx)"))
    register_io.export_register(None, store, [evil])
    assert info == [f"已导出 1 个淘客到 {target}.xlsx"]
    sheet = openpyxl.load_workbook(f"{target}.xlsx").active
    assert sheet["A2"].value == "'=cmd|' /C calc'!A0" and sheet["A2"].data_type == "s"
    head = [c.value for c in sheet[1]]
    assert sheet.cell(2, head.index("粉丝数") + 1).value == 800

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "all.csv"), ""))
    register_io.export_register(None, store)
    assert info[-1].startswith("已导出 2 个淘客")
    assert (tmp_path / "all.csv").read_bytes().startswith(b"\xef\xbb\xbf")

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    blocked = tmp_path / "blocked.csv"
    blocked.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(blocked), ""))
    register_io.export_register(None, store)
    assert len(warned) == 1 and "Excel" in warned[0] and "Traceback" not in warned[0]

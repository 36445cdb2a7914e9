"""Every visible string has its Chinese; the Chinese window shows no English left behind."""

import re
import shutil
import xml.etree.ElementTree as ET

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QMenu, QTabWidget, QWidget

from app import i18n
from app.core import paths
from app.core.db import DatabaseRefused

CJK = re.compile(r"[\u3400-\u9fff]")
WORD = re.compile(r"[A-Za-z]{2,}")
# Brand and language names stay as they are; paths and file patterns are not prose.
ALLOWED = re.compile(r"Zhanggui|English|\S*[/\\]\S*|\*\.\w+|\bKB\b")


def unfinished_messages(ts_file):
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    return missing


def test_every_source_string_has_a_chinese_translation(tmp_path, monkeypatch):
    """lupdate over the current code into a copy of zh_CN.ts: nothing may be left unfinished."""
    copy = tmp_path / "translations"
    shutil.copytree(i18n.translations_dir(), copy)
    monkeypatch.setattr(i18n, "translations_dir", lambda: copy)
    ts = i18n.update_ts("zh_CN")
    sources = [m.findtext("source") for m in ET.parse(ts).getroot().iter("message")]
    in_code = re.findall(r'self\.tr\("([^"\\]+)"\)', (paths.resources_dir().parent / "app/ui/main_window.py").read_text())
    assert len(in_code) > 20 and set(in_code) <= set(sources)  # lupdate really read the current code
    assert unfinished_messages(ts) == []


def test_the_check_catches_a_missing_translation(tmp_path):
    ts = tmp_path / "x.ts"
    ts.write_text('<TS version="2.1"><context><name>C</name><message><source>Save</source>'
                  '<translation type="unfinished"></translation></message></context></TS>', encoding="utf-8")
    assert unfinished_messages(ts) == ["C: Save"]


def visible_texts(window):
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.statusTip(), widget.whatsThis()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts += [widget.placeholderText(), widget.text()]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
            texts += [widget.tabToolTip(i) for i in range(widget.count())]
        if isinstance(widget, QMenu):
            texts.append(widget.title())
        for action in widget.actions():
            texts += [action.text(), action.toolTip() if action.toolTip() != action.text().replace("&", "") else "",
                      action.statusTip()]
    return [t for t in texts if t]


def english_left(texts):
    return [t for t in texts if not CJK.search(t) and WORD.search(ALLOWED.sub("", t))]


def test_chinese_window_has_no_english_left(make_window):
    window = make_window("zh_CN")
    window.build_all_tabs()
    window.promotions_tab.build_all()
    window.affiliates_tab.build_all()
    texts = visible_texts(window)
    assert "淘客管理" in texts and len(texts) > 20
    assert english_left(texts) == []
    assert english_left(["Back up now", "数据库：/tmp/a.sqlite3", "English"]) == ["Back up now"]


def test_about_text_is_chinese(make_window):
    window = make_window("zh_CN")
    about = window.about_text()
    assert "数据文件夹" in about and str(paths.data_dir()) in about


def test_core_errors_are_translated(db_path):
    db_path.write_text("hello")
    i18n.use_without_app("zh_CN")
    try:
        from app.core.db import inspect

        inspect(db_path)
    except DatabaseRefused as err:
        assert "不是 SQLite 数据库" in i18n.error_text(err)
        i18n.use_without_app("en")
        assert "is not a SQLite database" in i18n.error_text(err)
    else:
        raise AssertionError("a text file was accepted as a database")

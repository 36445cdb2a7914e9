"""Languages: which one to use, compiling and loading the translations, translating core errors.

Sources are ``resources/translations/<lang>.ts`` (English source texts, as written in
``tr()`` calls); the compiled ``.qm`` is built from them by ``lrelease`` on demand in a
source checkout (it is generated, so not committed) and ahead of time for a frozen build.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core import paths
from app.core.errors import CONTEXT, UserError

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT = "zh_CN"
TRANSLATED = ("zh_CN",)  # English is the source language and needs no file

_installed: list[QTranslator] = []  # keeps translators alive as long as the app
_translator: QTranslator | None = None  # ours, also used where no QCoreApplication exists


def translations_dir() -> Path:
    return paths.resource("translations")


def qt_tool(name: str) -> Path:
    import PySide6

    exe = name + (".exe" if sys.platform == "win32" else "")
    return Path(PySide6.__file__).parent / exe


def system_language() -> str:
    name = QLocale.system().name()
    if not name:
        import locale

        name = locale.getlocale()[0] or ""
    return "zh_CN" if name.lower().startswith("zh") else "en"


def resolve_language(requested: str | None, saved: str | None = None) -> str:
    """--lang wins, then the language chosen in the menu, then the system's."""
    for choice in (requested, saved):
        if choice in LANGUAGES:
            return choice
    return system_language()


def compile_qm(lang: str, *, force: bool = False) -> Path | None:
    """Build ``<lang>.qm`` from its ``.ts`` when missing or older; returns the .qm path."""
    ts = translations_dir() / f"{lang}.ts"
    qm = ts.with_suffix(".qm")
    if paths.is_frozen() or not ts.exists():
        return qm if qm.exists() else None
    if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        import subprocess  # rarely needed; kept off the start-up path

        subprocess.run(
            [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
            check=True, capture_output=True,
        )
    return qm


def update_ts(lang: str) -> Path:
    """Collect every tr() and QT_TRANSLATE_NOOP string of the app into ``<lang>.ts``."""
    root = paths.resources_dir().parent
    ts = translations_dir() / f"{lang}.ts"
    import subprocess

    sources = [str(p) for p in sorted((root / "app").rglob("*.py"))] + [str(root / "main.py")]
    result = subprocess.run(
        [str(qt_tool("lupdate")), "-no-obsolete", "-locations", "none", "-target-language", lang,
         *sources, "-ts", str(ts)],
        check=True, capture_output=True, text=True,
    )
    if "won't be updated" in result.stdout + result.stderr:
        raise RuntimeError(f"lupdate did not update {ts}: {result.stdout}{result.stderr}")
    return ts


def load_translator(lang: str) -> QTranslator | None:
    if lang not in TRANSLATED:
        return None
    qm = compile_qm(lang)
    translator = QTranslator()
    if qm is None or not translator.load(str(qm)):
        return None
    return translator


def install(app: QCoreApplication, lang: str) -> None:
    """Install our translations and Qt's own (standard buttons, dialogs) for ``lang``."""
    global _translator
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = load_translator(lang)
    _translator = ours
    if ours is not None:
        _installed.append(ours)
    qt_own = QTranslator()
    if lang != "en" and qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(lang))


def use_without_app(lang: str) -> None:
    """For the headless commands: translate without a QCoreApplication."""
    global _translator
    _translator = load_translator(lang)


def text(context: str, template: str, **params: object) -> str:
    """Translate a QT_TRANSLATE_NOOP-marked template, then fill in its parameters."""
    if _translator is not None:
        template = _translator.translate(context, template) or template
    return template.format(**params)


def error_text(err: UserError) -> str:
    return text(CONTEXT, err.template, **err.params)

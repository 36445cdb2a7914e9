"""Errors the user can act on, with messages ready to translate.

Core code cannot call Qt's tr(), so messages are English source texts marked with
QT_TRANSLATE_NOOP (which lupdate recognises by name) and translated by the GUI or the CLI
through ``app.i18n.error_text``. Parameters are filled in after translation, so the
translator sees ``{path}``, not a path.
"""

from __future__ import annotations

CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    return text


class UserError(Exception):
    """Something wrong with the user's file or input; nothing was changed."""

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template)
        self.template = template
        self.params = params

    def format(self, template: str | None = None) -> str:
        return (template or self.template).format(**self.params)

    def __str__(self) -> str:
        return self.format()

"""Guards against bugs in the Qt binding itself that would crash a long session."""

import gc
import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    flag = Signal(bool)
    value = Signal(object)


def test_emitting_from_python_keeps_reference_counts(qapp):
    """PySide6 6.12.0 drops a reference to every argument emitted from Python: after some
    thousands of emits True or False is freed and the interpreter aborts."""
    emitter = Emitter()
    received = []
    emitter.flag.connect(received.append)
    emitter.value.connect(received.append)
    payload = object()
    gc.collect()
    before = sys.getrefcount(True), sys.getrefcount(payload)
    for _ in range(100):
        emitter.flag.emit(True)
        emitter.value.emit(payload)
    received.clear()
    gc.collect()
    assert (sys.getrefcount(True), sys.getrefcount(payload)) == before

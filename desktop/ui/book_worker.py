"""Long book work off the GUI thread: a window-modal progress dialog while it runs, so the pages keep the
previous figures under it, the window stays responsive, and nothing can be edited half-way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[Callable[[int, int], None]], Any]


class BookWorker(QThread):
    """Runs ``work(progress)`` in its own thread; ``done`` carries its result, ``failed`` the exception."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work

    def run(self) -> None:
        try:
            out = self.work(lambda d, t: self.progress.emit(int(d), int(t)))
        except Exception as e:  # shown by the caller in plain words; the book's transaction was rolled back
            self.failed.emit(e)
            return
        self.done.emit(out)


def run_with_progress(parent: QWidget, title: str, label: str, work: Work, on_done: Callable[[Any], None],
                      on_failed: Callable[[Exception], None]) -> BookWorker:
    """Start ``work`` with a window-modal progress dialog (no cancel: the change is one transaction)."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    from PySide6.QtCore import Qt

    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    worker = BookWorker(work, parent)

    def step(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def finish(result: Any) -> None:
        dialog.close()
        on_done(result)

    def fail(e: Exception) -> None:
        dialog.close()
        on_failed(e)

    worker.progress.connect(step)
    worker.done.connect(finish)
    worker.failed.connect(fail)
    worker.finished.connect(worker.deleteLater)
    worker.dialog = dialog  # type: ignore[attr-defined]  (tests look at it)
    dialog.show()
    worker.start()
    return worker


def run_in_background(parent: QWidget, work: Callable[[], Any]) -> Any:
    """``work()`` off the GUI thread while a local event loop keeps the window painting (user input waits);
    returns its result or raises its exception, like a plain call. For writes that may take longer than a
    person should wait on a frozen window (a back-dated visit re-settling later ones)."""
    result: dict[str, Any] = {}

    def wrapped(_progress: Any) -> None:  # the result is kept by the thread itself: no signal can arrive late
        try:
            result["out"] = work()
        except Exception as e:  # raised below, on the GUI thread, as a plain call would
            result["error"] = e

    loop = QEventLoop(parent)
    worker = BookWorker(wrapped, parent)
    worker.finished.connect(loop.quit)
    worker.start()
    if not worker.isFinished():
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    worker.wait()
    worker.deleteLater()
    if "error" in result:
        raise result["error"]
    return result["out"]

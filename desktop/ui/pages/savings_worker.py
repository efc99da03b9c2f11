"""The advisor off the GUI thread: a QThread runs ``FamilyBook.advise`` and reports progress; cancelling makes
the book's progress callback say stop, so nothing half-done is shown (the band worker's pattern)."""

from __future__ import annotations

import threading
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal

from desktop.book import Cancelled, FamilyBook, Refused
from desktop.ui import reasons as R


class AdviceWorker(QObject):
    progressed = Signal(int, int)
    done = Signal(object)   # core.advisor.Advice
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, book: FamilyBook, kwargs: dict[str, Any]) -> None:
        super().__init__()
        self.book = book
        self.kwargs = kwargs
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int) -> bool:
        if self._stop.is_set():
            return False
        self.progressed.emit(done, total)
        return True

    def run(self) -> None:
        try:
            advice = self.book.advise(progress=self._progress, **self.kwargs)
        except Cancelled:
            self.cancelled.emit()
        except Refused as e:
            self.failed.emit(R.plain(e.reasons, R.REFUSED))
        except Exception as e:  # shown, not swallowed: the page says what went wrong
            self.failed.emit(f"{type(e).__name__}: {e}")
        else:
            self.done.emit(advice)


_RUNNING: set[AdviceRun] = set()  # runs own themselves until their thread stops (a page may go first)
_hooked = False


def wait_all(ms: int = 30000) -> None:
    for run in list(_RUNNING):
        run.wait(ms)


class AdviceRun(QObject):
    """One advisor computation on its own thread; ``finished`` fires after the thread has stopped."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, book: FamilyBook, kwargs: dict[str, Any]) -> None:
        super().__init__()
        global _hooked
        if not _hooked and (app := QCoreApplication.instance()) is not None:
            app.aboutToQuit.connect(wait_all)
            _hooked = True
        self.thread = QThread(self)
        self.worker = AdviceWorker(book, kwargs)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        for sig, out in ((self.worker.progressed, self.progressed), (self.worker.done, self.done),
                         (self.worker.failed, self.failed), (self.worker.cancelled, self.cancelled)):
            sig.connect(out)
        for sig in (self.worker.done, self.worker.failed, self.worker.cancelled):
            sig.connect(self.thread.quit)
        self.thread.finished.connect(self.finished)
        self.thread.finished.connect(self._done)

    def _done(self) -> None:
        QTimer.singleShot(0, partial(_RUNNING.discard, self))

    def start(self) -> None:
        _RUNNING.add(self)
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def running(self) -> bool:
        return self.thread.isRunning()

    def wait(self, ms: int = 30000) -> bool:
        self.worker.cancel()
        self.thread.quit()
        return self.thread.wait(ms)

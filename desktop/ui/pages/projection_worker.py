"""The uncertainty band off the GUI thread: a QThread runs ``FamilyBook.simulate_band`` and reports progress;
cancelling makes the book's progress callback say stop, so nothing half-done is shown."""

from __future__ import annotations

import threading
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal

from desktop.book import Cancelled, FamilyBook, Refused
from desktop.ui import reasons as fmt


class BandWorker(QObject):
    progressed = Signal(int, int)  # runs done, runs in all
    done = Signal(object)          # core.montecarlo.Band
    failed = Signal(str)           # plain words
    cancelled = Signal()

    def __init__(self, book: FamilyBook, kwargs: dict[str, Any]) -> None:
        super().__init__()
        self.book = book
        self.kwargs = kwargs
        self._stop = threading.Event()
        self._last = -1

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, runs: int) -> bool:
        if self._stop.is_set():
            return False
        pct = done * 100 // max(runs, 1)
        if pct != self._last:
            self._last = pct
            self.progressed.emit(done, runs)
        return True

    def run(self) -> None:
        try:
            band = self.book.simulate_band(progress=self._progress, **self.kwargs)
        except Cancelled:
            self.cancelled.emit()
        except Refused as e:
            self.failed.emit(fmt.plain(e.reasons, fmt.REFUSED))
        except Exception as e:  # shown, not swallowed: the page says what went wrong
            self.failed.emit(f"{type(e).__name__}: {e}")
        else:
            self.done.emit(band)


_RUNNING: set[BandRun] = set()  # runs own themselves until their thread stops (a page may go first)
_hooked = False


def wait_all(ms: int = 30000) -> None:
    """Stop every band run and wait for its thread (the app is quitting, or the book is being closed)."""
    for run in list(_RUNNING):
        run.wait(ms)


class BandRun(QObject):
    """One band computation on its own thread; ``finished`` fires after the thread has stopped.

    It has no parent: a page rebuilt (language switch) or closed while it runs does not destroy a running
    thread; the run keeps itself alive until its thread stops, then lets itself go."""

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
        self.worker = BandWorker(book, kwargs)
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
        # let go on the next event-loop turn, not inside the thread's own finished signal
        QTimer.singleShot(0, partial(_RUNNING.discard, self))

    def start(self) -> None:
        _RUNNING.add(self)
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def running(self) -> bool:
        return self.thread.isRunning()

    def wait(self, ms: int = 30000) -> bool:
        """Stop and wait (closing the page or the book)."""
        self.worker.cancel()
        self.thread.quit()
        return self.thread.wait(ms)

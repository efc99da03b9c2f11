"""When a change cannot be written — a full disk, a read-only data folder, the book open elsewhere — every
dialog and page that writes shows the store's own sentence in a message box, in the UI language, and stays as
it was (the book's transaction was rolled back: nothing is half written).

Use it where the book is asked to write::

    try:
        self.book.record_visit(...)
    except Refused as e:
        ...                         # the book said no: show its reasons where the form is
    except WRITE_FAILURES as e:
        show_write_failure(self, e)  # the disk said no
        return
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.store.errors import StoreError  # plain exception classes: no database layer is imported
from desktop.ui import reasons

WRITE_FAILURES = (StoreError, OSError)


def failure_text(e: BaseException) -> str:
    """What went wrong and what to do, in the UI language (never a Python error)."""
    if isinstance(e, StoreError):
        return e.text(reasons.lang())
    if isinstance(e, OSError):
        where = f" ({e.filename})" if getattr(e, "filename", None) else ""
        return QCoreApplication.translate(
            "WriteFailure", "The file could not be written%1: %2. Check that the disk is not full and that you may "
            "write there, then try again.").replace("%1", where).replace("%2", _why(e))
    return str(e)


def _why(e: OSError) -> str:
    """The usual causes in the UI language (the system's own words are English: “No space left on device” stood
    in the Chinese sentence); any other in the system's words."""
    import errno

    known = {
        errno.ENOSPC: QT_TRANSLATE_NOOP("WriteFailure", "the disk is full"),
        errno.EDQUOT: QT_TRANSLATE_NOOP("WriteFailure", "the disk is full"),
        errno.EACCES: QT_TRANSLATE_NOOP("WriteFailure", "there is no permission to write there"),
        errno.EPERM: QT_TRANSLATE_NOOP("WriteFailure", "there is no permission to write there"),
        errno.EROFS: QT_TRANSLATE_NOOP("WriteFailure", "the disk can only be read"),
    }
    text = known.get(e.errno or 0)
    return QCoreApplication.translate("WriteFailure", text) if text else (e.strerror or str(e))


def show_write_failure(parent: QWidget | None, e: BaseException) -> QMessageBox:
    """A warning box (window-modal, not blocking) saying that nothing was saved and why."""
    title = QCoreApplication.translate("WriteFailure", "Nothing was saved")
    box = QMessageBox(QMessageBox.Icon.Warning, title, failure_text(e), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("WriteFailure")
    box.setAccessibleName(title)
    box.open()
    return box

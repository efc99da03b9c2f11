"""Settings box: older local rules meeting newer national ones (e.g. Taiyuan's F-T1/F-T5 after the 2026
notice). The sources do not say which wins, so the family chooses per region; the pack's note states the
default (the national rules) and the choice re-counts every recorded visit."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.ui import reasons as fmt
from desktop.ui.book_worker import run_with_progress
from desktop.ui.i18n import current_language
from desktop.ui.write_failure import WRITE_FAILURES, show_write_failure


class LocalRulesBox(QGroupBox):
    """One choice per family region where the rules meet; hidden lines when there is none."""

    def __init__(self, window, parent: QWidget) -> None:
        super().__init__(self.tr("Local rules and the new national rules"), parent)
        self.window_ = window
        self.col = QVBoxLayout(self)
        self.intro = QLabel(self.tr("Some regions' older rules differ from the national rules that came later. "
                                    "The sources do not say which one wins, so the figures follow the national "
                                    "rules unless you choose otherwise here. Changing it re-counts every "
                                    "recorded visit."), self)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("Note")
        self.col.addWidget(self.intro)
        self.rows = QVBoxLayout()
        self.col.addLayout(self.rows)
        self.choices: dict[str, QComboBox] = {}
        self.lines: list[str] = []  # every text shown, for tests and screen readers
        self.worker = None
        self.refresh()

    def _clear(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            w = item.widget()
            if w is not None:  # hidden at once: deleteLater runs only on the next turn of the event loop
                w.hide()
                w.deleteLater()
        self.choices.clear()
        self.lines.clear()

    def _label(self, text: str, name: str = "") -> QLabel:
        words, ids = fmt.without_ids(text)  # fact IDs on a small line of their own, not in the sentence
        line = fmt.source_line(ids)
        text = f"{words}\n{line}" if line else words
        lab = QLabel(text, self)
        lab.setWordWrap(True)
        if name:
            lab.setObjectName(name)
        self.rows.addWidget(lab)
        self.lines.append(text)
        return lab

    def refresh(self) -> None:
        self._clear()
        book = self.window_.book
        if book is None:
            self.setVisible(False)
            return
        choices = book.rule_choices()
        self.setVisible(bool(choices))
        lang = current_language()
        for c in choices:
            name = c.region_name[0] if lang.startswith("zh") else c.region_name[1]
            self._label(name, "Subtitle")
            for r in c.lines:
                self._label("• " + fmt.text(r))
            if c.note is not None:
                self._label(c.note[0] if lang.startswith("zh") else c.note[1], "Note")
            since = min(x.newer.since for x in c.conflicts)
            box = QComboBox(self)
            box.addItem(self.tr("Follow the national rules from %1 (default)").replace("%1", since), False)
            box.addItem(self.tr("Keep the local rules of %1").replace("%1", name), True)
            box.setCurrentIndex(1 if c.keep_local else 0)
            box.setAccessibleName(self.tr("Which rules apply in %1").replace("%1", name))
            box.setMinimumHeight(36)
            box.currentIndexChanged.connect(lambda _i, code=c.region_code, b=box: self._changed(code, b))
            self.rows.addWidget(box)
            self.choices[c.region_code] = box

    def _changed(self, code: str, box: QComboBox) -> None:
        """Every recorded visit is settled again: seconds on a big book, so off the GUI thread."""
        book = self.window_.book
        if book is None:
            return
        keep = bool(box.currentData())
        for b in self.choices.values():
            b.setEnabled(False)
        self.worker = run_with_progress(
            self.window_, self.tr("Local rules and the new national rules"),
            self.tr("Counting every recorded visit again with the chosen rules… The figures shown are the old "
                    "ones until this is done."),
            lambda progress: book.set_local_rules(code, keep, progress=progress), self._done, self._failed)

    def _done(self, _result: object) -> None:
        self.worker = None
        self.refresh()
        self.window_.statusBar().showMessage(self.tr("Choice of rules saved; visits re-counted."), 20000)

    def _failed(self, e: Exception) -> None:
        self.worker = None
        if isinstance(e, WRITE_FAILURES):  # a full disk, a read-only folder: nothing was saved
            show_write_failure(self, e)
        else:
            raise e
        self.refresh()

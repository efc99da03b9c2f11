"""The answer of the rules in plain words: yes (and what the channel will ask), or no, why, and what
to do instead, each with the fact IDs it rests on and a button for the suggestion when there is one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.book.advice import Suggestion
from desktop.ui import reasons as R
from desktop.ui.i18n import current_language

from . import parts


def _label(text: str, parent: QWidget, name: str = "") -> QLabel:
    lab = QLabel(text, parent)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.PlainText)  # names in a verdict are shown as typed
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        lab.setObjectName(name)
    return lab


def with_sources(text: str, sources) -> str:
    """A sentence, and below it the small "依据 / Source" line with the fact IDs (never inside the sentence)."""
    line = R.source_line(sources or ())
    return f"{text}\n{line}" if line else text


def lines_with_sources(pairs) -> str:
    """Several sentences ((text, sources) pairs), then one "依据 / Source" line for them all."""
    pairs = list(pairs)
    return with_sources("\n".join(t for t, _ in pairs), [i for _, ids in pairs for i in (ids or ())])


class VerdictView(QWidget):
    """Headline, reasons, what the channel asks, and suggestions with buttons (``action`` signal)."""

    action = Signal(object)  # Suggestion

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.col = QVBoxLayout(self)
        self.col.setContentsMargins(0, 0, 0, 0)
        self.headline = _label("", self, "Title")
        self.col.addWidget(self.headline)
        self.body = QVBoxLayout()
        self.col.addLayout(self.body)
        self.col.addStretch(1)
        self.buttons: list[QPushButton] = []
        self.lines: list[str] = []  # everything shown, for tests and screen readers

    def clear(self) -> None:
        parts.clear_widgets(self.body)
        self.buttons.clear()
        self.lines.clear()
        self.headline.clear()

    def add_line(self, text: str, name: str = "") -> QLabel:
        lab = _label(text, self, name)
        self.body.addWidget(lab)
        self.lines.append(text)
        return lab

    def show_allowed(self, headline: str, asks_title: str, asks) -> None:
        self.clear()
        self.headline.setText(headline)
        self.lines.append(headline)
        lang = current_language()
        if asks:
            self.add_line(asks_title)
            for r in asks:
                self.add_line("• " + r.text(lang))
        self.add_source([*(asks or ())])

    def show_refused(self, headline: str, reasons, instead_title: str, suggestions: list[Suggestion]) -> None:
        self.clear()
        self.headline.setText(headline)
        self.lines.append(headline)
        lang = current_language()
        for r in reasons:
            self.add_line("✗ " + r.text(lang), "Warning")
        if suggestions:
            self.add_line(instead_title)
        for s in suggestions:
            self.add_suggestion(s)
        self.add_source([*reasons, *suggestions])

    def add_suggestion(self, s: Suggestion) -> None:
        """"→ what to do instead", with its button when the guide can do it."""
        box, row = parts.row_widget(self)
        lab = _label("→ " + s.text(current_language()), box)
        self.lines.append(lab.text())
        row.addWidget(lab, 1)
        if s.action is not None:
            b = QPushButton(self.action_text(s), box)
            b.setAccessibleName(self.action_text(s))
            b.setMinimumHeight(40)
            b.clicked.connect(lambda _=False, s=s: self.action.emit(s))
            row.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
            self.buttons.append(b)
        self.body.addWidget(box)

    def add_source(self, items) -> None:
        """One small line under the verdict with the fact IDs it rests on."""
        line = R.source_line(i for x in items for i in (getattr(x, "sources", ()) or ()))
        if line:
            self.add_line(line, "Source")

    def action_text(self, s: Suggestion) -> str:
        if s.action == "use_authorizer":
            return self.tr("Let %1 do it").replace("%1", str(s.reason.args.get("name", "")))
        return {
            "terminate": self.tr("End that binding…"),
            "start_after": self.tr("Start after it ends"),
            "use_wallet": self.tr("Use a wallet transfer"),
            "use_quota": self.tr("Set a family quota instead"),
            "use_bind": self.tr("Bind instead"),
            "show_bindings": self.tr("Show bindings"),
            "show_family": self.tr("Open Family page"),
        }.get(s.action, s.action)

    def text(self) -> str:
        return "\n".join(self.lines)

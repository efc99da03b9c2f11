"""What a window offers the keyboard: its underlined letters (mnemonics: & in button, label, tab and group
texts) and its shortcuts, with what each one is attached to, and the faults a person would meet.

A fault is a letter or key used twice in one window (Qt then only moves between the two, acting on
neither), a label's letter with no field behind it (a label without a visible buddy), or a button whose
letter was replaced by another shortcut (``setShortcut`` after ``setText``: Alt+letter does nothing)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget


@dataclass(frozen=True)
class Key:
    sequence: str  # "Alt+S", "Ctrl+N"
    what: str  # the text or the object it belongs to
    owner: int = 0  # id() of the widget or action it acts on


def letter(text: str) -> str:
    """The Alt+letter a text's & gives ("" for none), as Qt reads it ("&&" is a plain &)."""
    return QKeySequence.mnemonic(text).toString()


def _rich(label: QLabel) -> bool:
    """Rich text shows & as it is, no letter (Qt reads mnemonics in plain text only)."""
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))


def _shown(w: QWidget, root: QWidget) -> bool:
    return w.isVisibleTo(root) and (w is root or w.window() is root.window())


def keys_and_faults(root: QWidget) -> tuple[list[Key], list[str]]:
    keys: list[Key] = []
    faults: list[str] = []
    widgets = [w for w in [root, *root.findChildren(QWidget)] if _shown(w, root)]
    for w in widgets:
        if isinstance(w, QAbstractButton) and w.text():
            m = letter(w.text())
            if m:
                keys.append(Key(m, w.text(), id(w)))
                if w.shortcut().toString() != m:
                    faults.append(f"button {w.text()!r}: {m} does nothing (its shortcut is "
                                  f"{w.shortcut().toString()!r})")
            elif not w.shortcut().isEmpty():
                keys.append(Key(w.shortcut().toString(), w.text(), id(w)))
            if m and not w.shortcut().isEmpty() and w.shortcut().toString() != m:
                keys.append(Key(w.shortcut().toString(), w.text(), id(w)))
        elif isinstance(w, QLabel) and w.text() and not _rich(w):
            m = letter(w.text())
            if m:
                keys.append(Key(m, w.text(), id(w)))
                buddy = w.buddy()
                if buddy is None:
                    faults.append(f"label {w.text()!r}: {m} has no field to go to")
                elif not _shown(buddy, root):
                    faults.append(f"label {w.text()!r}: {m} goes to a hidden field")
        elif isinstance(w, QGroupBox) and w.title():
            m = letter(w.title())
            if m:
                keys.append(Key(m, w.title(), id(w)))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                m = letter(w.tabText(i))
                if m:
                    keys.append(Key(m, w.tabText(i), id(w) + i))
    for sc in root.findChildren(QShortcut):
        parent = sc.parent()
        if sc.isEnabled() and isinstance(parent, QWidget) and _shown(parent, root) and not sc.key().isEmpty():
            keys.append(Key(sc.key().toString(), f"shortcut on {type(parent).__name__}", id(sc)))
    for act in root.findChildren(QAction):
        for seq in act.shortcuts():
            keys.append(Key(seq.toString(), act.text(), id(act)))
    for bar in root.findChildren(QMenuBar):  # the menu titles' letters (文件(&F)) share the window's Alt keys
        if _shown(bar, root):
            keys += [Key(letter(a.text()), a.text(), id(a)) for a in bar.actions() if a.isVisible() and letter(a.text())]
    seen: dict[str, Key] = {}
    for k in keys:
        first = seen.setdefault(k.sequence, k)
        if first.owner != k.owner:
            faults.append(f"{k.sequence} twice: {first.what!r} and {k.what!r}")
    return keys, faults

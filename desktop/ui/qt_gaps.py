"""Words Qt's own Chinese catalogue lacks: Qt 6's file dialog added letters to two labels ("&Look in:",
"Files of &type:") that qtbase_zh_CN.qm still has only without them, so a Chinese file dialog showed them in
English. This translator, installed after Qt's, fills exactly those gaps."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

GAPS_ZH = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
}


class QtGaps(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        return GAPS_ZH.get((context, source))  # None: not ours, the next catalogue answers

    def isEmpty(self) -> bool:
        return False

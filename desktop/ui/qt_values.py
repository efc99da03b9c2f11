"""Qt enum values as plain integers, for the code that runs before Home shows the family's figures.

Touching any enum of PySide6's ``Qt`` namespace (``Qt.AlignmentFlag``, or a method returning one) creates all of
its ~90 enum types at once: ~15 ms on a quiet machine, ~25-50 ms under load (benchmarks/startup.py). The window
and Home's first figures set these values through Qt's property system instead (``setProperty("alignment",
ALIGN_TOP)``), which takes the integer. ``tests/ui/test_qt_values.py`` holds each to its enum.
"""

ALIGN_LEFT = 0x0001
ALIGN_RIGHT = 0x0002
ALIGN_TOP = 0x0020
ALIGN_VCENTER = 0x0080
ALIGN_CENTER = 0x0084
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
TEXT_BESIDE_ICON = 2  # Qt.ToolButtonStyle.ToolButtonTextBesideIcon

"""The plain integers of desktop.ui.qt_values are Qt's own enum values."""

from PySide6.QtCore import Qt

from desktop.ui import qt_values as v


def test_each_value_is_its_enum():
    assert v.ALIGN_LEFT == Qt.AlignmentFlag.AlignLeft.value
    assert v.ALIGN_RIGHT == Qt.AlignmentFlag.AlignRight.value
    assert v.ALIGN_TOP == Qt.AlignmentFlag.AlignTop.value
    assert v.ALIGN_VCENTER == Qt.AlignmentFlag.AlignVCenter.value
    assert v.ALIGN_CENTER == Qt.AlignmentFlag.AlignCenter.value
    assert v.PLAIN_TEXT == Qt.TextFormat.PlainText.value
    assert v.TEXT_BESIDE_ICON == Qt.ToolButtonStyle.ToolButtonTextBesideIcon.value


def test_set_through_the_property_system_they_are_the_enums(qapp):
    from PySide6.QtWidgets import QLabel

    label = QLabel("x")
    label.setProperty("alignment", v.ALIGN_RIGHT | v.ALIGN_VCENTER)
    label.setProperty("textFormat", v.PLAIN_TEXT)
    assert label.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert label.textFormat() == Qt.TextFormat.PlainText

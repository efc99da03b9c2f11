"""A file that could not be written (outside the book's own database, whose errors the store words itself): the
usual causes are said in the UI language, not in the system's English."""

from __future__ import annotations

import errno

import pytest

from desktop.ui.write_failure import failure_text


@pytest.mark.parametrize("code, zh, en", [
    (errno.ENOSPC, "磁盘已满", "the disk is full"),
    (errno.EACCES, "没有在那里写入的权限", "there is no permission to write there"),
    (errno.EROFS, "磁盘只能读、不能写", "the disk can only be read"),
])
def test_the_cause_is_in_the_ui_language(qapp, code, zh, en):
    from desktop.ui import i18n

    e = OSError(code, "No space left on device", "/home/me/visits.csv")
    try:
        i18n.install("zh_CN")
        said = failure_text(e)
        assert said.startswith(f"文件无法写入 (/home/me/visits.csv)：{zh}。请检查"), said
        i18n.install("en")
        assert f"(/home/me/visits.csv): {en}." in failure_text(e)
    finally:
        i18n.install("zh_CN")


def test_another_cause_keeps_the_systems_words(qapp):
    assert "Broken pipe" in failure_text(OSError(errno.EPIPE, "Broken pipe"))

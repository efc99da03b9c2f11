"""No network: the app's main paths run with socket creation forbidden, and the test fails if anything tries."""

from __future__ import annotations

import socket
import sys

from tests.reliability.paths import run_main_paths


def test_the_main_paths_never_touch_the_network(tmp_path, qtbot, ui_settings, lang, monkeypatch):
    attempts: list[str] = []

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            attempts.append(f"socket{args}")
            raise OSError("the network is forbidden in this test")

    def forbid(name):
        def refuse(*args, **kwargs):
            attempts.append(f"{name}{args}")
            raise OSError("the network is forbidden in this test")
        return refuse

    monkeypatch.setattr(socket, "socket", NoSocket)
    for name in ("create_connection", "create_server", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
                 "socketpair", "fromfd"):
        monkeypatch.setattr(socket, name, forbid(name))
    # the guard itself works
    try:
        socket.create_connection(("127.0.0.1", 9))
    except OSError:
        pass
    assert attempts == ["create_connection(('127.0.0.1', 9),)"]
    attempts.clear()

    seen = run_main_paths(tmp_path, qtbot, ui_settings)

    assert attempts == []
    assert seen.ui and seen.cli and seen.files  # the paths did run
    assert "PySide6.QtNetwork" not in sys.modules  # nor does Qt's network module get loaded

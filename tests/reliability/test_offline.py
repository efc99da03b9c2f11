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


# ---- the self-test and the PDF paths, in a child: Qt's print system would use C sockets, not Python's ----

CHILD = r"""
import os, socket, sys
attempts = []
def refuse(name):
    def f(*a, **k):
        attempts.append(name)
        raise OSError("the network is forbidden in this test")
    return f
class NoSocket(socket.socket):
    def __init__(self, *a, **k):
        attempts.append("socket")
        raise OSError("the network is forbidden in this test")
socket.socket = NoSocket
for name in ("create_connection", "create_server", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
             "socketpair", "fromfd"):
    setattr(socket, name, refuse(name))

from desktop.ui import self_test
code = self_test.run(["familypool"])

# the PDF paths of the window: a payment card (the guide's sheets take the same path), the projection report and chart
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from desktop.book import FamilyBook
from desktop.demo import build_demo
from desktop.ui.main_window import MainWindow
from desktop.ui.pages import projection_page
from desktop.ui.print.pdf import write_pdf
from desktop.ui.print.sheets import payment_card
from desktop.ui.settings_store import UiSettings

out = Path(sys.argv[1])
app = QApplication.instance() or QApplication(["familypool"])
book = FamilyBook.open(out / "data")
build_demo(book)
write_pdf(payment_card(book, book.members()[0].id, "zh"), out / "card.pdf")
w = MainWindow(data_dir=book.data_dir, settings=UiSettings(QSettings(str(out / "ui.ini"), QSettings.Format.IniFormat)),
               book=book)
w.show()
w.show_page("projection")
app.processEvents()
page = w.stack.currentWidget()
projection_page.choose_save_path = lambda _p, _t, _n, kind: out / f"projection.{kind}"
saved = [page.save_png(), page.save_pdf()]
w.close()
app.processEvents()
print("RESULT", code, attempts, [s is not None for s in saved], "PySide6.QtPrintSupport" in sys.modules,
      "PySide6.QtNetwork" in sys.modules)
"""


def test_the_self_test_and_the_pdf_paths_never_touch_the_network(tmp_path):
    """``familypool --self-test`` and saving PDFs and pictures: no Python socket is made, and the print system
    (CUPS, here a listener we own named by CUPS_SERVER) is never contacted."""
    import os
    import subprocess
    import threading
    from pathlib import Path

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    contacts: list[tuple] = []
    done = threading.Event()

    def accept() -> None:
        while not done.is_set():
            try:
                conn, addr = listener.accept()
            except OSError:
                continue
            contacts.append(addr)
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k not in ("FAMILYPOOL_DATA_DIR",)}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               XDG_DATA_HOME=str(tmp_path / "xdg"), CUPS_SERVER=f"127.0.0.1:{listener.getsockname()[1]}",
               PYTHONPATH=str(root))
    try:
        res = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], cwd=root, env=env, capture_output=True,
                             text=True, timeout=300)
    finally:
        done.set()
        thread.join()
        listener.close()
    assert res.returncode == 0, res.stdout + res.stderr
    assert "self-test ok" in res.stdout
    assert contacts == [], "the print system was contacted"
    result = next(ln for ln in res.stdout.splitlines() if ln.startswith("RESULT "))
    # self-test exit 0, no socket attempts, both files saved, the print support and network modules never loaded
    assert result == "RESULT 0 [] [True, True] False False", res.stdout + res.stderr

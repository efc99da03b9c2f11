#!/usr/bin/env python3
"""Keep the Qt Linguist catalogue in step with the code.

    python scripts/translations.py update    # lupdate desktop/ui → .ts, fill from zh_CN.tsv, lrelease → .qm
    python scripts/translations.py missing   # list source strings without a finished translation

Translations are kept as "English<TAB>中文" lines in resources/i18n/zh_CN.tsv (append new lines; the same
English text gets the same Chinese everywhere); the .ts is Qt Linguist's file, the .qm what the app loads.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "familypool_zh_CN.ts"
TSV = ROOT / "resources" / "i18n" / "zh_CN.tsv"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "ui").rglob("*.py"))


def update() -> None:
    subprocess.run([tool("lupdate"), *sources(), "-no-obsolete", "-silent", "-ts", str(TS)], cwd=ROOT, check=True)
    fill(TSV)


def release() -> None:
    # Qt maps a loaded .qm into memory: write beside it and rename, so a running app never sees it change.
    tmp = QM.with_suffix(".qm.tmp")
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(tmp)], cwd=ROOT, check=True, capture_output=True)
    tmp.replace(QM)


def fill(tsv: Path) -> None:
    pairs = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if "\t" in line and not line.startswith("#"):
            en, zh = line.split("\t", 1)
            pairs[en.replace("\\n", "\n")] = zh.replace("\\n", "\n")
    tree = ET.parse(TS)
    for msg in tree.iter("message"):
        src = msg.findtext("source")
        tr = msg.find("translation")
        if src in pairs and tr is not None:
            tr.text = pairs[src]
            tr.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    release()


def missing() -> list[str]:
    out = []
    for msg in ET.parse(TS).iter("message"):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip():
            if tr is None or tr.get("type") not in ("vanished", "obsolete"):
                out.append(msg.findtext("source") or "")
    return out


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "update"
    if cmd == "update":
        update()
    elif cmd == "missing":
        print("\n".join(missing()))
    else:
        sys.exit(__doc__)

"""Every file FamilyPool writes for people to keep (exports, PDFs, pictures): owner-only and never through a link.

The bytes go to a new temporary file beside the target, created exclusively (``O_CREAT | O_EXCL``, and
``O_NOFOLLOW``) under a name nobody can guess, with mode 0600 whatever the umask; it is synced and then renamed
over the target. A rename replaces a symbolic link planted at the target rather than writing through it, and a
link planted at any temporary name is never opened. A failure leaves no half file and names the user's file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def _create_temporary(path: Path) -> tuple[int, Path]:
    import secrets  # here: hashlib and hmac are not needed before Home's figures (~3 ms)

    for _ in range(100):
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.part")
        try:
            return os.open(tmp, _FLAGS, 0o600), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def write_private(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, readable by the owner only."""
    write_private_chunks(path, (data,))


def write_private_chunks(path: Path | str, chunks: Iterable[bytes]) -> None:
    """Write the concatenation of ``chunks`` to ``path`` atomically, readable by the owner only.

    The chunks are written as they come (a large export never sits whole in memory); if producing one
    raises, the temporary file is removed and the target is left as it was."""
    path = Path(path)
    tmp: Path | None = None
    try:
        fd, tmp = _create_temporary(path)
        with os.fdopen(fd, "wb") as f:
            if os.name == "posix":
                os.fchmod(f.fileno(), 0o600)  # the umask only takes bits away; this says it outright
            for data in chunks:
                f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:  # say it of the user's file, not of our temporary one (and leave no half file)
        if tmp is not None:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
        raise OSError(e.errno, e.strerror, str(path)) from e
    except BaseException:  # a chunk could not be made: no half file either
        if tmp is not None:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
        raise


def write_private_text(path: Path | str, text: str, encoding: str = "utf-8") -> None:
    write_private(path, text.encode(encoding))


def write_private_text_chunks(path: Path | str, chunks: Iterable[str], encoding: str = "utf-8") -> None:
    """:func:`write_private_chunks` of text; a ``utf-8-sig`` file gets its byte-order mark once, at the start."""
    if encoding.lower().replace("_", "-") == "utf-8-sig":
        import codecs

        def encoded():
            yield codecs.BOM_UTF8
            for c in chunks:
                yield c.encode("utf-8")
        write_private_chunks(path, encoded())
    else:
        write_private_chunks(path, (c.encode(encoding) for c in chunks))

"""Policy files a family loads (Settings → 政策文件, ``familypool-cli pack-import``), and the line every
explanation carries saying which pack and version its figures used.

Loading is two steps: :meth:`preview_policy_file` checks the whole file (the pack checks: file, line,
field; then its place in the national → province → city chain with the packs in use) and lists what it
changes, writing nothing; :meth:`load_policy_file` takes that checked preview, writes exactly the bytes
that were checked into the data folder and settles every recorded visit again under the new rules, in
one go: if settling fails the file goes back to what it was. A refused file changes nothing, and the
bundled pack stays. :meth:`remove_policy_file` takes a loaded file away again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.book.base import BookBase
from desktop.book.views import Problem, Refused
from desktop.core import pack_diff, policy
from desktop.core.explain import Reason, register

register({
    "rules_basis": ("依据：{region} {version} 版地区资料（{kind}）。", "Source: the {region} region pack, version {version} "
                    "({kind})."),
    "rules_basis_loaded": ("依据：{region} {version} 版地区资料，含已载入的政策文件 {files}。",
                           "Source: the {region} region pack, version {version}, with the loaded policy file(s) "
                           "{files}."),
})
_BUNDLED = ("随程序提供", "bundled with the app")


@dataclass(frozen=True)
class PolicyFileView:
    """A loaded policy file: which region, which version, the file kept in the data folder."""

    name: str  # the file's name in the data folder's packs folder
    code: str
    region: tuple[str, str]
    version: str
    replaces_bundled: bool  # False: a region the app has no pack of its own for
    in_use: bool  # False: the file on disk no longer passes the checks, so the bundled pack is used
    problem: str = ""  # why it is not in use (the pack check's words)


@dataclass(frozen=True)
class PolicyFilePreview:
    """What loading a checked file would change; nothing is written until :meth:`load_policy_file`."""

    origin: str  # the name of the file the person chose
    name: str  # the name it is kept under (the bundled pack's, for a region the app knows)
    code: str
    region: tuple[str, str]
    version: str
    old_version: str | None  # the version in use now; None for a region new to the app
    replaces: str  # "bundled", "loaded" (a file loaded earlier) or "new"
    changes: tuple[pack_diff.Change, ...]
    data: bytes

    def shown(self, change: pack_diff.Change) -> tuple[str, str]:
        """(old, new) of a change as people read them."""
        return pack_diff.show(change.key, change.old), pack_diff.show(change.key, change.new)


def registry_for(data_dir: Path | str | None) -> policy.Registry:
    """The region packs of a data folder: the bundled ones with the family's loaded files in place."""
    from desktop.store import user_packs

    return user_packs.registry(None if data_dir is None else Path(data_dir))


def _version(pack: Any) -> str:
    return str(getattr(pack, "year", "")) or "—"


def _refused(code: str, zh: str, en: str) -> Refused:
    return Refused([Problem(code, zh, en, "file")])


def _pack_refusal(err: policy.PackError, shown_name: str) -> Refused:
    where_en = f"{shown_name}, line {err.line}" if err.line else shown_name
    where_zh = f"{shown_name} 第 {err.line} 行" if err.line else shown_name
    fieldname = err.field or "(file)"
    return _refused("policy_file_refused",
                    f"这个政策文件不能用，没有做任何改动，仍用原来的规定：{where_zh}，字段 {fieldname}：{err.message}",
                    f"This policy file cannot be used; nothing was changed and the rules in use stay: {where_en}, "
                    f"field {fieldname}: {err.message}")


class PolicyFilesMixin(BookBase):
    """Policy-file use cases of FamilyBook."""

    def policy_files(self) -> list[PolicyFileView]:
        """The loaded files, whether each is in use, by name."""
        from desktop.store import user_packs

        reg = self.registry
        errors = {e.file: e for e in reg.errors}
        out = []
        for path in user_packs.installed(self.data_dir):
            code = path.name[:6]
            pack = reg.packs.get(code)
            err = errors.get(path.name)
            used = pack is not None and err is None
            out.append(PolicyFileView(path.name, code, pack.name if pack is not None else (code, code),
                                      _version(pack) if used else "—", user_packs.bundled_name(code) is not None,
                                      used, "" if err is None else str(err)))
        return out

    def _loaded_names(self) -> set[str]:
        """The loaded files the registry uses (a refused one is not: the bundled pack stands in)."""
        from desktop.store import user_packs

        refused = {e.file for e in self.registry.errors}
        return {p.name for p in user_packs.installed(self.data_dir) if p.name not in refused}

    def preview_policy_file(self, path: Path | str) -> PolicyFilePreview:
        """Check ``path`` in full and list what it would change; Refused (nothing written) when it cannot be used."""
        from desktop.store import user_packs

        path = Path(path)
        try:
            pack = policy.parse_pack(path)
        except policy.PackError as e:
            raise _pack_refusal(e, path.name) from None
        try:
            data = path.read_bytes()
        except OSError as e:
            raise _pack_refusal(policy.PackError(path.name, "", f"cannot be read: {e}"), path.name) from None
        name = user_packs.bundled_name(pack.code) or path.name
        current = self.registry
        with tempfile.TemporaryDirectory(prefix="familypool-pack-") as tmp:
            trial = Path(tmp)
            for loaded in user_packs.installed(self.data_dir):
                if loaded.name[:6] != pack.code:
                    shutil.copyfile(loaded, trial / loaded.name)
            (trial / name).write_bytes(data)
            after = policy.load_default([trial])
        bad = next((e for e in after.errors if e.file == name), None)
        if bad is not None or pack.code not in after.packs:
            err = bad or policy.PackError(name, "parent", "the pack could not be placed in the chain of regions")
            raise _pack_refusal(policy.PackError(path.name, err.field, err.message, err.line), path.name)
        old = current.packs.get(pack.code)
        if old is not None and isinstance(getattr(old, "year", None), int) and isinstance(
                getattr(pack, "year", None), int) and pack.year < old.year:
            raise _refused("policy_file_older",
                           f"这个政策文件是 {pack.year} 版，比正在使用的 {old.year} 版旧，没有载入，没有做任何改动。",
                           f"This policy file is version {pack.year}, older than the version {old.year} in use; it "
                           "was not loaded and nothing was changed.")
        day = self.today()
        changes = self._changes_on(current, after, pack.code, day)
        for version in getattr(pack, "versions", ()):  # a dated version still to come: its changes from its day
            if version.effective > day:
                changes += [dataclasses.replace(c, key=f"{version.effective.isoformat()}: {c.key}")
                            for c in self._changes_on(current, after, pack.code, version.effective)]
        if not changes:
            raise _refused("policy_file_no_change",
                           f"{path.name} 和正在使用的规定完全一样，没有可载入的改动。",
                           f"{path.name} holds exactly the rules already in use; there is nothing to load.")
        replaces = "new" if old is None else (
            "loaded" if (user_packs.folder(self.data_dir) / name).is_file() else "bundled")
        return PolicyFilePreview(path.name, name, pack.code, pack.name, _version(pack),
                                 None if old is None else _version(old), replaces, tuple(changes), data)

    @staticmethod
    def _changes_on(current: policy.Registry, after: policy.Registry, code: str, day: dt.date
                    ) -> list[pack_diff.Change]:
        try:  # a city new to the app is compared with what it uses now (its province's rules, or national)
            before = current.rules_on(code, day).resolved()
        except KeyError:
            before = {}
        return pack_diff.diff(before, after.rules_on(code, day).resolved())

    def load_policy_file(self, preview: PolicyFilePreview, progress: Any = None) -> list[PolicyFileView]:
        """Put a checked file in use: write it to the data folder and settle every visit again under it."""
        from desktop.store import user_packs

        target = user_packs.folder(self.data_dir) / preview.name
        previous = target.read_bytes() if target.is_file() else None
        user_packs.install(self.data_dir, preview.name, preview.data)
        self._resettle_or_put_back(preview.name, previous, progress)
        return self.policy_files()

    def remove_policy_file(self, name: str, progress: Any = None) -> list[PolicyFileView]:
        """Take a loaded file away (the bundled pack applies again) and settle every visit again."""
        from desktop.store import user_packs

        target = user_packs.folder(self.data_dir) / name
        if Path(name).name != name or not target.is_file():
            raise _refused("no_policy_file", f"没有已载入的政策文件 {name}。", f"There is no loaded policy file {name}.")
        previous = target.read_bytes()
        user_packs.remove(self.data_dir, name)
        self._resettle_or_put_back(name, previous, progress)
        return self.policy_files()

    def _resettle_or_put_back(self, name: str, previous: bytes | None, progress: Any) -> None:
        from desktop.store import user_packs

        old_registry = self._registry
        self._registry = registry_for(self.data_dir)
        try:
            with self.db.session(write=True) as s:
                self._replay(s.connection(), None, progress=progress)
        except BaseException:
            if previous is None:
                user_packs.remove(self.data_dir, name)
            else:
                user_packs.install(self.data_dir, name, previous)
            self._registry = old_registry
            raise

    def rules_basis(self, region_code: str, day: dt.date) -> Reason | None:
        """"Source: the Taiyuan region pack, version 2025 (bundled)": which pack and version the figures of an
        event on ``day`` used, and the loaded files among them. None when no pack covers the place."""
        try:
            rules = self.registry.rules_on(region_code, day)
        except KeyError:
            return None
        names = self._loaded_names()
        loaded = [p for p in rules.chain if p.file in names]
        region = rules.name
        version = _version(rules.chain[0]) if rules.chain else "—"
        if loaded:
            files = "、".join(p.file for p in loaded), ", ".join(p.file for p in loaded)
            return Reason("rules_basis_loaded", (), {"region": region, "version": version, "files": files})
        return Reason("rules_basis", (), {"region": region, "version": version, "kind": _BUNDLED})

"""A cache of data-set files' validated contents: each file is parsed once per version.

Parsing and validating a CSV file is most of what loading a data set costs; the contents it
gives (:class:`TableContents`: plain lists of strings, the first problems, a count) are kept
in a cache file per data file, in the user's cache folder (:func:`cache_folder`), and read back
on the next load, in this process or the next, instead of the CSV.

Nothing in a cache file is trusted blindly. It is used only when its key matches the data
file as read now: the file's resolved path, size, modification time and a BLAKE2 hash of its
bytes (a file changed in place, with its size and time kept, is never mistaken for the old
one), the format version, the careerstats version, and the schema the file was validated
against (its columns and rules, as the data set describes them). Its payload then has to match
its own checksum and be well formed to the last value. A cache file that fails any check is
damaged, foreign or stale: it is ignored and rebuilt. It is JSON and plain arrays of
integers, parsed here: reading it runs no code (no pickle).

Writing is atomic (a temporary file in the same folder, then :func:`os.replace`), so that
another process never reads half a file. A folder that cannot be written (read-only, a file
in the way, a full disk) stops nothing: the load goes on without the cache, and says so once
(:class:`~careerstats.errors.CacheWarning`). Importing this module creates nothing; the folder
is made by the first load that writes to it.

The cache knows no data set: a caller gives it the file, its bytes, a text that names the
schema, and the function that parses the file when the cache cannot answer.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from careerstats._version import __version__
from careerstats.errors import DatasetError, Problem, Severity
from careerstats.input_files import InputFileProblem, read_input

__all__ = [
    "ENV_VAR",
    "FORMAT_VERSION",
    "CacheEntry",
    "CacheInfo",
    "ContentsCache",
    "TableContents",
    "cache_folder",
    "cache_info",
    "clear_cache",
]

ENV_VAR = "CAREERSTATS_CACHE_DIR"
"""The environment variable that moves the cache folder (default: the user's cache folder)."""

FORMAT_VERSION = 1
"""The layout of a cache file; a file of another layout is foreign, and rebuilt."""

_MAGIC = b"careerstats table cache\n"
_SUFFIX = ".table"
_OWN_FILE = re.compile(r"[0-9a-f]{32}\.table|\.[0-9a-f]{32}\.table\.[0-9a-f]{8}\.tmp")
"""The names of careerstats' own files in the cache folder: cache files, and the temporary
files a write that was killed midway leaves behind. Nothing else there is ever removed."""
_MAX_HEADER = 1 << 20
"""The most bytes a cache file's header line may take (it holds the key: about 2 kB)."""
_WIDTHS = (1, 2, 4)
_TYPECODES = {
    width: next(code for code in "BHILQ" if array.array(code).itemsize == width)
    for width in _WIDTHS
}
_KEY_FIELDS = ("format", "careerstats", "schema", "path", "size", "mtime_ns", "blake2b")


@attrs.frozen
class TableContents:
    """What a data file holds once validated: plain data, nothing derived.

    ``values`` has a list per column (in ``columns``' order; valid rows only, in file order)
    of the values as strings; ``problems`` the first malformed rows and ``malformed`` how many
    there are in all.
    """

    columns: tuple[str, ...]
    values: Mapping[str, list[str]]
    problems: tuple[Problem, ...]
    malformed: int


def cache_folder() -> Path:
    """Where the cache files are: ``$CAREERSTATS_CACHE_DIR``, else the user's cache folder as
    ``platformdirs`` finds it on this platform (``~/.cache/careerstats`` on Linux)."""
    given = os.environ.get(ENV_VAR)
    if given:
        return Path(given)
    import platformdirs  # only when needed: most loads read the environment or the default

    return Path(platformdirs.user_cache_dir("careerstats", appauthor=False))


class _Damaged(Exception):
    """A cache file that is not what it claims: ignored, and rebuilt."""


def _check(condition: bool) -> None:
    if not condition:
        raise _Damaged


def _is_int(value: object) -> bool:
    return type(value) is int and value >= 0


def _strings(value: object) -> bool:
    return type(value) is list and set(map(type, value)) <= {str}


class _Columns(Mapping[str, list[str]]):
    """The columns of a cache file, each decoded from its codes the first time it is asked
    for: a load that uses five columns of seventeen pays for five.

    A code past the end of its column's values (the one check left to decoding: checking
    every code up front would cost more than decoding the columns used) means the file was
    damaged after all: ``rebuild`` then gives every column anew, parsed from the data file.
    """

    def __init__(
        self,
        distinct: dict[str, list[str]],
        codes: dict[str, array.array[int]],
        rebuild: Callable[[], Mapping[str, list[str]]],
    ) -> None:
        self._names = tuple(codes)
        self._distinct = distinct
        self._codes = codes
        self._rebuild = rebuild
        self._decoded: dict[str, list[str]] = {}

    def __getitem__(self, name: str) -> list[str]:
        found = self._decoded.get(name)
        if found is None:
            codes = self._codes[name]  # a KeyError for an unknown column, as a dict's
            try:
                found = list(map(self._distinct[name].__getitem__, codes))
            except IndexError:
                self._decoded = dict(self._rebuild())
                self._codes.clear()
                self._distinct.clear()
                return self._decoded[name]
            self._decoded[name] = found
            del self._codes[name], self._distinct[name]
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)  # the file's order, decoded or not

    def __len__(self) -> int:
        return len(self._names)


def _encode(contents: TableContents, file: str) -> tuple[int, bytes] | None:
    """The rows and payload that stand for ``contents`` (``file``: the path its problems
    name, stored as ``null`` so that another spelling of the path reads them as its own)."""
    columns = [contents.values[name] for name in contents.columns]
    rows = len(columns[0]) if columns else 0
    if any(len(column) != rows for column in columns):
        return None
    distinct_lists, widths, parts = [], [], []
    for column in columns:
        distinct = list(dict.fromkeys(column))  # in order of first use: done in C
        position = dict(zip(distinct, range(len(distinct)), strict=True))
        width = next(width for width in _WIDTHS if len(distinct) <= 1 << (8 * width))
        # From a list: twice as fast as from the iterator, which the array grows item by item.
        codes = array.array(_TYPECODES[width], list(map(position.__getitem__, column)))
        if sys.byteorder == "big":
            codes.byteswap()  # the file is little-endian everywhere
        distinct_lists.append(distinct)
        widths.append(width)
        parts.append(codes.tobytes())
    meta = {
        "columns": list(contents.columns),
        "rows": rows,
        "malformed": contents.malformed,
        "problems": [
            [None if p.file == file else p.file, p.place, p.message, p.severity.value]
            for p in contents.problems
        ],
        "distinct": distinct_lists,
        "widths": widths,
    }
    return rows, b"".join([json.dumps(meta, separators=(",", ":")).encode("ascii"), b"\n", *parts])


_SEVERITIES = {severity.value: severity for severity in Severity}


def _decode(
    payload: bytes, file: str, rebuild: Callable[[], Mapping[str, list[str]]]
) -> TableContents:
    """The contents a payload stands for, every part of it checked; else :class:`_Damaged`."""
    end = payload.find(b"\n")
    _check(end >= 0)
    try:
        meta = json.loads(payload[:end])
    except (ValueError, RecursionError):
        raise _Damaged from None
    _check(type(meta) is dict and set(meta) == {*_META_FIELDS})
    columns, rows, malformed = meta["columns"], meta["rows"], meta["malformed"]
    problems, distinct_lists, widths = meta["problems"], meta["distinct"], meta["widths"]
    _check(_strings(columns) and len(set(columns)) == len(columns))
    _check(_is_int(rows) and _is_int(malformed))
    _check(type(problems) is list and len(problems) <= malformed)
    found = []
    for problem in problems:
        _check(type(problem) is list and len(problem) == 4)
        named, place, message, severity = problem
        _check(named is None or type(named) is str)
        _check(type(place) is str and type(message) is str and severity in _SEVERITIES)
        found.append(
            Problem(file if named is None else named, place, message, _SEVERITIES[severity])
        )
    _check(type(distinct_lists) is list and len(distinct_lists) == len(columns))
    _check(type(widths) is list and len(widths) == len(columns))
    _check(all(width in _WIDTHS and type(width) is int for width in widths))
    _check(len(payload) - end - 1 == rows * sum(widths))
    view = memoryview(payload)
    start = end + 1
    distinct_by_name: dict[str, list[str]] = {}
    codes_by_name: dict[str, array.array[int]] = {}
    for name, distinct, width in zip(columns, distinct_lists, widths, strict=True):
        _check(_strings(distinct) and (bool(distinct) or not rows))
        codes = array.array(_TYPECODES[width])
        codes.frombytes(view[start : start + rows * width])
        start += rows * width
        if sys.byteorder == "big":
            codes.byteswap()
        distinct_by_name[name] = distinct
        codes_by_name[name] = codes
    return TableContents(
        columns=tuple(columns),
        values=_Columns(distinct_by_name, codes_by_name, rebuild),
        problems=tuple(found),
        malformed=malformed,
    )


_META_FIELDS = ("columns", "rows", "malformed", "problems", "distinct", "widths")


def _digest(data: bytes | memoryview) -> str:
    return hashlib.blake2b(data, digest_size=32).hexdigest()


def _file_name(resolved: str) -> str:
    """The cache file of a data file: one per path, overwritten when the file changes."""
    name = hashlib.blake2b(resolved.encode("utf-8", "surrogateescape"), digest_size=16)
    return name.hexdigest() + _SUFFIX


def _read_limited(path: Path, limit: int, *, head: bool = False) -> bytes | None:
    """The bytes of the regular file ``path`` (never through a link), if at most ``limit``;
    with ``head``, its first ``limit`` bytes, however long it is."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags | getattr(os, "O_NONBLOCK", 0))
    except (OSError, ValueError):
        return None
    try:
        with os.fdopen(descriptor, "rb") as file:
            info = os.fstat(descriptor)
            if not stat.S_ISREG(info.st_mode) or (info.st_size > limit and not head):
                return None
            data = file.read(limit if head else limit + 1)
    except OSError:
        return None
    return data if len(data) <= limit else None


def _header(data: bytes) -> tuple[dict[str, Any], int]:
    """A cache file's header (its key, and its payload's size and checksum) and where the
    payload starts; else :class:`_Damaged`."""
    _check(data.startswith(_MAGIC))
    end = data.find(b"\n", len(_MAGIC), len(_MAGIC) + _MAX_HEADER)
    _check(end >= 0)
    try:
        header = json.loads(data[len(_MAGIC) : end])
    except (ValueError, RecursionError):
        raise _Damaged from None
    _check(type(header) is dict)
    return header, end + 1


class ContentsCache:
    """The cache as one load of a data set uses it: on or off, and what went wrong writing.

    ``unwritable`` is the reason the first write failed, if one did; the loader turns it into
    one warning, and no other write of the load is tried.
    """

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.unwritable: str | None = None
        self._folder: Path | None = None

    @property
    def folder(self) -> Path:
        if self._folder is None:
            self._folder = cache_folder()
        return self._folder

    def contents(
        self, path: Path, data: bytes, schema: str, parse: Callable[[bytes], TableContents]
    ) -> TableContents:
        """The contents of the data file ``path``, whose bytes as just read are ``data``:
        from the cache when a cache file for this very version is there and sound, else
        ``parse(data)``, which is then cached. ``schema`` names the rules the file is
        validated by; contents validated by other rules are never used."""
        if not self.enabled:
            return parse(data)
        try:
            resolved = str(path.resolve())
            info = path.stat()
        except (OSError, RuntimeError, ValueError):  # gone since it was read, a loop of links
            return parse(data)
        if info.st_size != len(data):  # changing while it is read: cache nothing
            return parse(data)
        key = {
            "format": FORMAT_VERSION,
            "careerstats": __version__,
            "schema": schema,
            "path": resolved,
            "size": info.st_size,
            "mtime_ns": info.st_mtime_ns,
            "blake2b": _digest(data),
        }
        cache_file = self.folder / _file_name(resolved)
        size = len(data)  # the columns keep this function: it must not keep the bytes

        def rebuild() -> Mapping[str, list[str]]:
            # The cache file proved damaged while decoding: the data file is read again,
            # and must be the version this load began with.
            try:
                again = read_input(path, size)
            except (OSError, InputFileProblem):
                again = b""
            if _digest(again) != key["blake2b"]:
                message = "changed while it was read: expected the bytes the load began with"
                raise DatasetError([Problem(str(path), "", f"{message}; load it again")])
            contents = parse(again)
            self._store(cache_file, key, contents, str(path))
            return contents.values

        found = self._lookup(cache_file, key, str(path), len(data), rebuild)
        if found is not None:
            return found
        contents = parse(data)
        self._store(cache_file, key, contents, str(path))
        return contents

    @staticmethod
    def _lookup(
        cache_file: Path,
        key: dict[str, Any],
        file: str,
        size: int,
        rebuild: Callable[[], Mapping[str, list[str]]],
    ) -> TableContents | None:
        # A payload holds each value once and four bytes at most per row and column: never
        # more than a few times the data file. Anything larger is not ours to read.
        data = _read_limited(cache_file, 8 * size + _MAX_HEADER + (1 << 16))
        if data is None:
            return None
        try:
            header, start = _header(data)
            _check(all(header.get(field) == key[field] for field in _KEY_FIELDS))
            payload = data[start:]
            _check(header.get("payload_size") == len(payload))
            _check(header.get("payload_blake2b") == _digest(payload))
            return _decode(payload, file, rebuild)
        except _Damaged:
            return None

    def _store(
        self, cache_file: Path, key: dict[str, Any], contents: TableContents, file: str
    ) -> None:
        if self.unwritable is not None:
            return
        encoded = _encode(contents, file)
        if encoded is None:
            return
        rows, payload = encoded
        header = {
            **key,
            "rows": rows,
            "payload_size": len(payload),
            "payload_blake2b": _digest(payload),
        }
        line = json.dumps(header, separators=(",", ":")).encode("ascii")
        folder = cache_file.parent
        part = folder / f".{cache_file.name}.{os.urandom(4).hex()}.tmp"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            descriptor = os.open(part, flags, 0o600)
            try:
                with os.fdopen(descriptor, "wb") as written:
                    written.write(b"".join([_MAGIC, line, b"\n", payload]))
                part.replace(cache_file)
            except BaseException:
                with contextlib.suppress(OSError):
                    part.unlink()
                raise
        except OSError as error:
            reason = error.strerror or str(error)
            if isinstance(error, FileExistsError) or folder.is_file():
                reason = "a file is in the way"  # mkdir's own words: "File exists"
            self.unwritable = (
                f"cache folder {folder}: cannot write: {reason}; the data set was read "
                f"without the cache (${ENV_VAR} moves it)"
            )


@attrs.frozen(kw_only=True)
class CacheEntry:
    """A cache file: its name, its size, and the data file it holds (``None``: unreadable)."""

    file: Path
    size: int
    source: str | None
    rows: int | None
    careerstats: str | None


@attrs.frozen(kw_only=True)
class CacheInfo:
    """What the cache folder holds of careerstats' own files."""

    folder: Path
    exists: bool
    entries: tuple[CacheEntry, ...]

    @property
    def size(self) -> int:
        return sum(entry.size for entry in self.entries)


def _own_files(folder: Path) -> list[os.DirEntry[str]]:
    """careerstats' own regular files in ``folder``: links and other names are left alone."""
    try:
        with os.scandir(folder) as entries:
            return sorted(
                (
                    entry
                    for entry in entries
                    if _OWN_FILE.fullmatch(entry.name) and entry.is_file(follow_symlinks=False)
                ),
                key=lambda entry: entry.name,
            )
    except FileNotFoundError:
        return []


def cache_info(folder: Path | None = None) -> CacheInfo:
    """The cache files in ``folder`` (default: :func:`cache_folder`), read but never made."""
    folder = cache_folder() if folder is None else folder
    entries = []
    for entry in _own_files(folder):
        path = Path(entry.path)
        data = _read_limited(path, len(_MAGIC) + _MAX_HEADER, head=True) or b""
        source = rows = version = None
        try:
            header, _ = _header(data)
            if type(header.get("path")) is str and _is_int(header.get("rows")):
                source, rows = header["path"], header["rows"]
                version = (
                    header.get("careerstats") if type(header.get("careerstats")) is str else None
                )
        except _Damaged:
            pass
        entries.append(
            CacheEntry(
                file=path,
                size=entry.stat(follow_symlinks=False).st_size,
                source=source,
                rows=rows,
                careerstats=version,
            )
        )
    return CacheInfo(folder=folder, exists=folder.is_dir(), entries=tuple(entries))


def clear_cache(folder: Path | None = None) -> Sequence[CacheEntry]:
    """Remove careerstats' own cache files from ``folder`` (default: :func:`cache_folder`):
    only files named as careerstats names them, never a link or what it points to, never
    another file; the folder itself stays. Returns what was removed."""
    info = cache_info(folder)
    removed = []
    for entry in info.entries:
        with contextlib.suppress(FileNotFoundError):  # another process removed it first
            entry.file.unlink()
            removed.append(entry)
    return removed

"""Reading the files a user hands careerstats: regular files only, size-limited, UTF-8.

Fixtures are written by hand and data sets are downloaded from somewhere, so a path may name a
directory, a FIFO that would block forever, a device that never ends, or a file far too large to
parse. These checks run before a byte is parsed; each failure is one :class:`InputFileProblem`
that the caller turns into a problem naming the file.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

__all__ = [
    "InputFileProblem",
    "MiB",
    "cannot_read",
    "decode_utf8",
    "folder_entries",
    "is_folder",
    "read_input",
]

MiB = 1 << 20
"""A mebibyte: the unit the size limits are written in."""

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class InputFileProblem(Exception):
    """Why a file cannot be read as input; ``line``/``column`` where the text itself is wrong."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        self.message = message
        self.line = line
        self.column = column
        super().__init__(message)


def cannot_read(error: OSError) -> str:
    """What a message says of a file or folder the system would not read: ``cannot read:``
    and the system's reason (``Permission denied``, ``File name too long``), never a traceback.

    The reason is the error's own text, without the path (the message names the path once).

    >>> cannot_read(PermissionError(errno.EACCES, "Permission denied", "players"))
    'cannot read: Permission denied'
    >>> cannot_read(OSError("no reason given"))
    'cannot read: no reason given'
    """
    reason = error.strerror
    if not reason and error.errno:
        reason = os.strerror(error.errno)
    if not reason:
        reason = str(error.args[0]) if error.args else type(error).__name__
    return f"cannot read: {reason}"


_NOT_THERE = (errno.ENOENT, errno.ENOTDIR)


def is_folder(path: Path) -> bool:
    """Whether ``path`` is a folder (its links followed): ``False`` where nothing is there, or
    a file; :class:`InputFileProblem` where the system will not say (``cannot read:
    Permission denied``, ``cannot read: File name too long``, a loop of links).

    ``Path.is_dir`` answers ``False`` only for a missing path and raises the rest, as
    ``OSError`` tracebacks; a folder the user may not look into is not a missing one.
    """
    try:
        return stat.S_ISDIR(path.stat().st_mode)
    except ValueError:  # a NUL byte: no file has such a name
        return False
    except OSError as error:
        if error.errno in _NOT_THERE:
            return False
        raise InputFileProblem(cannot_read(error)) from None


def folder_entries(path: Path) -> list[Path]:
    """The entries of a folder, sorted by name; :class:`InputFileProblem` if it cannot be
    listed. (``Path.glob`` answers an unreadable folder with no entries, as if it were empty.)
    """
    try:
        with os.scandir(path) as entries:
            return sorted(path / entry.name for entry in entries)
    except ValueError:
        raise InputFileProblem("expected a path without NUL bytes") from None
    except OSError as error:
        raise InputFileProblem(cannot_read(error)) from None


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _size(count: int) -> str:
    return f"{count:,} bytes"


def _check(info: os.stat_result, limit: int) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise InputFileProblem(f"expected a regular file, got {_kind(info.st_mode)}")
    if info.st_size > limit:
        raise InputFileProblem(
            f"expected a file of at most {limit // MiB} MiB ({_size(limit)}), "
            f"got {_size(info.st_size)}"
        )


def read_input(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, else :class:`InputFileProblem`.

    The file is looked at before it is opened, so that a FIFO or a device is never opened (a
    FIFO would block), and read no further than ``limit``, so that a file growing meanwhile
    cannot exhaust memory. ``OSError`` (a missing file, a denied one) is left to the caller,
    whose wording for it may differ.
    """
    try:
        _check(path.stat(), limit)
        # O_NONBLOCK: should the path be swapped for a FIFO since it was looked at, opening it
        # returns at once, and the second look refuses it.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        descriptor = os.open(path, flags)
    except ValueError:  # stat() and os.open refuse a path with a NUL byte in it
        raise InputFileProblem("expected a path without NUL bytes") from None
    with os.fdopen(descriptor, "rb") as file:
        _check(os.fstat(descriptor), limit)
        data = file.read(limit + 1)
    if len(data) > limit:
        raise InputFileProblem(
            f"expected a file of at most {limit // MiB} MiB ({_size(limit)}), got more"
        )
    return data


_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


def decode_utf8(data: bytes) -> str:
    """UTF-8 text (a byte-order mark, as some editors write, is dropped); else the first bad
    byte's line and column (counted from 1) in an :class:`InputFileProblem`."""
    if data.startswith(_UTF16_MARKS):
        raise InputFileProblem(
            "expected UTF-8 text, got UTF-16 (the file starts with a UTF-16 byte-order mark)",
            line=1,
            column=1,
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        found = data[error.start : error.start + 1].hex()
        raise InputFileProblem(
            f"expected UTF-8 text, got byte 0x{found}", line=line, column=column
        ) from None

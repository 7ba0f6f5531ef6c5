"""Checks of the arguments given to the public API, at its boundary.

A wrong type (``summarize("karim-benzema")``, ``load_career(None)``) is an
:class:`~careerstats.errors.ArgumentTypeError`, a ``TypeError`` too, naming the function, the
argument, what it takes and what it got; a value no answer fits (``top=0``) is an
:class:`~careerstats.errors.InvalidValueError`, a ``ValueError`` too. Without these, the call
fails deep inside with a bare ``AttributeError`` that names neither.

>>> from careerstats.statistics import summarize
>>> try:
...     summarize("karim-benzema")
... except TypeError as error:
...     print(error)
summarize(career): expected a Career (from load_career), got str 'karim-benzema'
"""

from __future__ import annotations

import os
import types
import typing
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from careerstats.errors import ArgumentTypeError, InvalidValueError, describe_text, one_line

__all__ = [
    "expect",
    "expect_choice",
    "expect_count",
    "expect_field",
    "expect_optional",
    "expect_optional_path",
    "expect_path",
    "expect_strings",
    "invalid_value",
    "shown",
]

T = TypeVar("T")

_HINTS = {
    "Career": "a Career (from load_career)",
    "CareerSummary": "a CareerSummary (from summarize)",
    "ClaimReport": "a ClaimReport (from check_claims)",
    "InternationalResults": "an InternationalResults (from InternationalResults.load)",
    "PartialDate": "a PartialDate (PartialDate.parse('2014-06-30'))",
    "date": "a datetime.date",
    "str": "a str",
    "int": "an int",
    "bool": "a bool",
}


def shown(value: object) -> str:
    """A value as a message shows it: its type, and the value itself when short to show."""
    if value is None:
        return "None"
    kind = type(value).__name__
    if isinstance(value, str):
        return f"str {describe_text(value)}"
    if isinstance(value, bool | int | float):
        return f"{kind} {value!r}"
    return kind


def _expected(kinds: tuple[type, ...], what: str | None) -> str:
    if what is not None:
        return what
    names = [_HINTS.get(kind.__name__, f"a {kind.__name__}") for kind in kinds]
    return " or ".join(names)


def _refuse(function: str, name: str, expected: str, value: object) -> ArgumentTypeError:
    return ArgumentTypeError(
        one_line(f"{function}({name}): expected {expected}, got {shown(value)}")
    )


def expect(
    value: T, kinds: type | tuple[type, ...], function: str, name: str, what: str | None = None
) -> T:
    """``value`` if it is one of ``kinds`` (a bool is not taken for an int), else refused."""
    kinds = kinds if isinstance(kinds, tuple) else (kinds,)
    is_bool_for_number = isinstance(value, bool) and bool not in kinds
    if not isinstance(value, kinds) or is_bool_for_number:
        raise _refuse(function, name, _expected(kinds, what), value)
    return value


def expect_optional(
    value: T, kinds: type | tuple[type, ...], function: str, name: str, what: str | None = None
) -> T:
    """As :func:`expect`, with ``None`` allowed."""
    if value is None:
        return value
    kinds = kinds if isinstance(kinds, tuple) else (kinds,)
    expected = _expected(kinds, what)
    try:
        return expect(value, kinds, function, name, expected)
    except ArgumentTypeError:
        raise _refuse(function, name, f"{expected} or None", value) from None


def expect_path(value: object, function: str, name: str) -> Path:
    """A path given as a ``str`` or any ``os.PathLike`` of text, as a :class:`Path`."""
    if isinstance(value, str | os.PathLike):
        path = os.fspath(value)
        if isinstance(path, str):
            return Path(path)  # a NUL in it is the file checks' to report, with the file
    raise _refuse(function, name, "a path (a str or a pathlib.Path)", value)


def expect_optional_path(value: object, function: str, name: str) -> Path | None:
    """As :func:`expect_path`, with ``None`` allowed."""
    if value is None:
        return None
    try:
        return expect_path(value, function, name)
    except ArgumentTypeError:
        raise _refuse(function, name, "a path (a str or a pathlib.Path) or None", value) from None


def expect_count(value: object, function: str, name: str, least: int = 1) -> int:
    """A whole number of at least ``least``: ``top=0`` would answer with an empty list."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise _refuse(function, name, "an int", value)
    number = value
    if number < least:
        raise InvalidValueError(f"{function}({name})", f"expected {least} or more, got {number}")
    return number


def expect_strings(value: object, function: str, name: str) -> list[str]:
    """An iterable of ``str`` (not a ``str`` itself, whose letters would be read as names)."""
    expected = "an iterable of str (a list of names)"
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise _refuse(function, name, expected, value)
    items = list(value)
    for item in items:
        if not isinstance(item, str):
            raise _refuse(function, f"{name}[…]", "a str", item)
    return items


def expect_choice(value: T, choices: Sequence[object], function: str, name: str) -> T:
    """``value`` if it is one of ``choices`` (a format, a table's name): a text that is not
    one is a wrong value (``ValueError``), anything else a wrong type."""
    if any(value == choice and type(value) is type(choice) for choice in choices):
        return value
    listed = [repr(choice) for choice in choices]
    expected = " or ".join(listed) if len(listed) <= 2 else f"one of {', '.join(listed)}"
    if isinstance(value, str):
        message = f"expected {expected}, got {describe_text(value)}"
        raise InvalidValueError(f"{function}({name})", one_line(message))
    raise _refuse(function, name, expected, value)


def invalid_value(function: str, name: str, message: str) -> InvalidValueError:
    """The error for an argument of the right type whose value no answer fits."""
    return InvalidValueError(f"{function}({name})", one_line(message))


# The plain kinds a validator can check before it measures the value. A model field's
# annotation is a string (the models postpone annotations) until cattrs resolves it to a type.
_FIELD_KINDS: dict[str, type] = {"str": str, "int": int, "bool": bool}


def _plain_annotation(annotation: object) -> tuple[str, bool]:
    """``("str", False)`` for ``str``, ``("int", True)`` for ``int | None``, ``("tuple",
    False)`` for ``tuple[Citation, ...]``, as a string or a resolved type."""
    if isinstance(annotation, str):
        text = annotation.removesuffix(" | None")
        return text.partition("[")[0], text != annotation
    arguments = [a for a in typing.get_args(annotation) if a is not type(None)]
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = _plain_annotation(arguments[0])[0] if len(arguments) == 1 else ""
        return inner, True
    named = origin or annotation
    return getattr(named, "__name__", ""), False


def expect_field(instance: object, field: str, annotation: object, value: object) -> None:
    """A model field's value checked against its plain annotation (``str``, ``int | None``,
    ``tuple[Citation, ...]``): a wrong type is an :class:`ArgumentTypeError` naming the class
    and the field, before a validator fails on it with a bare ``TypeError``."""
    kind, optional = _plain_annotation(annotation)
    if value is None and optional:
        return
    function = type(instance).__name__
    if kind == "tuple":
        if not isinstance(value, tuple | list):  # a list reads as well
            raise _refuse(function, field, "a tuple", value)
        return
    if kind in _FIELD_KINDS:
        expect(value, _FIELD_KINDS[kind], function, field)

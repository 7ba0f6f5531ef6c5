"""Loading fixtures: hand-written TOML files → one strict cattrs converter → typed models.

A fixtures folder holds ``sources.toml`` and ``tournaments.toml`` (shared by every player) and
``players/<id>.toml`` (one career each). Every problem in a file is reported, each as
``FILE: path.to.field: what was expected, what was found``; nothing is coerced silently.
"""

from __future__ import annotations

import datetime
import difflib
import enum
import errno
import os
import re
import sys
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar, cast

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory, is_sequence
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from careerstats.arguments import expect, expect_optional_path, expect_path
from careerstats.dates import CAREER_YEARS, DateExpression, PartialDate
from careerstats.errors import (
    MAX_LISTED,
    FixtureError,
    InvalidDateError,
    InvalidValueError,
    Problem,
    Severity,
    UnknownPlayerError,
    and_more,
    describe_text,
)
from careerstats.input_files import (
    InputFileProblem,
    MiB,
    cannot_read,
    decode_utf8,
    folder_entries,
    is_folder,
    read_input,
)
from careerstats.lookalikes import look_alike_characters, skeleton
from careerstats.model import (
    CLAIM_KINDS,
    Career,
    Citation,
    Claim,
    Source,
    SourceKind,
    Tournament,
    citations_in,
)
from careerstats.names import fold
from careerstats.validation import check_career, contradicted_claims

__all__ = [
    "MAX_COUNT",
    "MAX_FIXTURE_BYTES",
    "MAX_TOML_KEY_PARTS",
    "MAX_TOML_NESTING",
    "FixtureSet",
    "PlayerRef",
    "bundled_fixtures_dir",
    "converter",
    "dump_career",
    "folder_note",
    "load_career",
    "load_career_file",
    "paragraph_count",
    "structure_career",
    "validate_file",
]

T = TypeVar("T")

SOURCES_FILE = "sources.toml"
TOURNAMENTS_FILE = "tournaments.toml"
PLAYERS_DIR = "players"
ARTICLES_DIR = "articles"
ENV_VAR = "CAREERSTATS_FIXTURES"

MAX_FIXTURE_BYTES = 1 * MiB
"""A fixture file larger than this is refused before it is parsed (the bundled ones are 12 KiB)."""
MAX_TOML_NESTING = 50
"""Arrays and inline tables nested deeper than this are refused before parsing (fixtures: 4)."""
MAX_TOML_KEY_PARTS = 50
"""A dotted key or table header of more than this many parts (``a.b.c``: 3) is refused before
parsing: tomllib takes time quadratic in them (fixtures: 2)."""
MAX_COUNT = 10_000
"""The largest whole number a fixture may hold: caps, goals, minutes, paragraphs, weeks, years.
The most capped player has fewer than 200 caps; a larger number is a typo, refused at loading
rather than overflowing a DataFrame's 64-bit column later (10**20 did)."""
MAX_ARTICLE_BYTES = 4 * MiB
"""A source article larger than this is not read: validation reports it, unchecked."""


class _ValueProblem(ValueError):
    """Raised inside structuring hooks; its text is the whole message shown to the user."""


def _describe(value: object) -> str:
    """How a found value is shown in a message: its TOML spelling where it has one."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return describe_text(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, datetime.datetime):
        return f"a date-time {value.isoformat()}"
    return str(value)


def _strict(kind: type[T], expected: str) -> Callable[[object, type], T]:
    """A hook that accepts exactly ``kind`` (cattrs would call ``int("2")`` and coerce)."""

    def structure(value: object, _: type) -> T:
        # bool is a subclass of int: `caps = true` must not count as one cap.
        if isinstance(value, kind) and (kind is bool or not isinstance(value, bool)):
            return value
        raise _ValueProblem(f"expected {expected}, got {_describe(value)}")

    return structure


_structure_int = _strict(int, "a whole number")


def _structure_count(value: object, kind: type) -> int:
    """A whole number no larger than :data:`MAX_COUNT`: every number in a fixture is a count
    (caps, goals, minutes, weeks) or a year, and a larger one is a typo that would overflow
    the 64-bit columns of a DataFrame. How small one may be is each field's validator's say."""
    number = _structure_int(value, kind)
    if number > MAX_COUNT:
        digits = len(str(number))
        found = str(number) if digits <= 30 else f"a number of {digits:,} digits"
        raise _ValueProblem(f"expected a whole number up to {MAX_COUNT:,}, got {found}")
    return number


_DATE_RANGE = f"expected a date from {CAREER_YEARS[0]} to {CAREER_YEARS[-1]}"


def _in_career_years(date: PartialDate) -> PartialDate:
    """``date`` if its year is one a career can have (:data:`~careerstats.dates.CAREER_YEARS`):
    the year 1 or 9999 is a typo, and would overflow a plot's calendar."""
    if date.year not in CAREER_YEARS:
        raise _ValueProblem(f"{_DATE_RANGE}, got {date}")
    return date


def _structure_partial_date(value: object, _: type) -> PartialDate:
    if isinstance(value, datetime.datetime):
        raise _ValueProblem(
            f"expected a date like 2007-03-28, 2007-03 or 2007, got {_describe(value)}"
        )
    if isinstance(value, datetime.date):
        return _in_career_years(PartialDate.from_date(value))
    if isinstance(value, int) and not isinstance(value, bool):
        if not 1000 <= value <= 9999:
            raise _ValueProblem(f"expected a four-digit year like 2007, got {value}")
        return _in_career_years(PartialDate(year=value))
    if isinstance(value, str):
        try:
            return _in_career_years(PartialDate.parse(value))
        except InvalidDateError as error:
            raise _ValueProblem(str(error)) from None
    raise _ValueProblem(f"expected a date like 2007-03-28, 2007-03 or 2007, got {_describe(value)}")


def _structure_date_expression(value: object, kind: type) -> DateExpression:
    if isinstance(value, datetime.date | int) and not isinstance(value, bool | datetime.datetime):
        # A TOML date or year: read as a PartialDate is, with the same checks and messages.
        return DateExpression(str(_structure_partial_date(value, kind)))
    if isinstance(value, str):
        try:
            expression = DateExpression.parse(value)
        except InvalidDateError as error:
            raise _ValueProblem(str(error)) from None
        if not expression.is_relative:  # a relative date is placed, and checked, by claims
            _in_career_years(PartialDate.parse(expression.text))
        return expression
    raise _ValueProblem(
        f"expected a date like 2007-03-28 or 'December 18 last year', got {_describe(value)}"
    )


def _structure_claim(value: object, _: object) -> Claim:
    """A ``[[claims]]`` table: its ``kind`` picks the claim's class, the rest are its fields."""
    if not isinstance(value, Mapping):
        raise _ValueProblem(f"expected a table, got {_describe(value)}")
    kinds = ", ".join(CLAIM_KINDS)
    kind = value.get("kind")
    if kind not in CLAIM_KINDS:
        found = "none" if kind is None else _describe(kind)
        raise _ValueProblem(f"expected a kind, one of {kinds}, got {found}")
    fields = {key: item for key, item in value.items() if key != "kind"}
    claim: Claim = converter.structure(fields, CLAIM_KINDS[kind])
    return claim


def _claim_unstructure_hook(cls: Any, conv: cattrs.Converter) -> Callable[[Any], Any]:
    unstructure_fields = make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True)
    return lambda claim: {"kind": claim.kind, **unstructure_fields(claim)}


# Paragraphs up to 999999 digits are read (int() refuses 4300 digits), then held to MAX_COUNT.
_CITATION = re.compile(r"(?P<file>[^#\s]+)(?:#(?P<paragraph>[1-9][0-9]{0,5}))?")


def _structure_citation(value: object, _: type) -> Citation:
    match = _CITATION.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise _ValueProblem(
            "expected a citation like '001_c26b10d1ae9b22eb.txt#6' (file#paragraph), "
            f"got {_describe(value)}"
        )
    paragraph = match["paragraph"]
    if paragraph is not None and int(paragraph) > MAX_COUNT:
        raise _ValueProblem(
            f"expected a paragraph number up to {MAX_COUNT:,}, got {_describe(value)}"
        )
    return Citation(file=match["file"], paragraph=None if paragraph is None else int(paragraph))


def _structure_vocabulary(value: object, kind: type[enum.StrEnum]) -> enum.StrEnum:
    if isinstance(value, str):
        try:
            return kind(value)
        except ValueError:
            pass
    allowed = ", ".join(member.value for member in kind)
    raise _ValueProblem(f"expected one of {allowed}, got {_describe(value)}")


def _strict_sequence(sequence_type: Any, conv: cattrs.BaseConverter) -> Callable[[Any, Any], Any]:
    """Lists only: cattrs would happily turn the string 'Qatar' into a tuple of letters."""
    structure_items = homogenous_tuple_structure_factory(sequence_type, conv)

    def structure(value: object, kind: Any) -> Any:
        if not isinstance(value, list | tuple):
            raise _ValueProblem(f"expected a list in [brackets], got {_describe(value)}")
        return structure_items(value, kind)

    return structure


def _tables_only(cls: Any, conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    """Models are read from tables only; anything else is reported, not half-read."""
    structure_fields = make_dict_structure_fn(
        cls, conv, _cattrs_forbid_extra_keys=conv.forbid_extra_keys
    )

    def structure(value: object, kind: Any) -> Any:
        if not isinstance(value, Mapping):
            raise _ValueProblem(f"expected a table, got {_describe(value)}")
        return structure_fields(value, kind)

    return structure


def _build_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True)
    conv.register_structure_hook(int, _structure_count)
    conv.register_structure_hook(str, _strict(str, "text in quotes"))
    conv.register_structure_hook(bool, _strict(bool, "true or false"))
    # Registered by class, so that it wins over the `str` hook for the str-based vocabularies.
    conv.register_structure_hook(enum.StrEnum, _structure_vocabulary)
    conv.register_structure_hook(PartialDate, _structure_partial_date)
    conv.register_unstructure_hook(PartialDate, str)
    conv.register_structure_hook(DateExpression, _structure_date_expression)
    conv.register_unstructure_hook(DateExpression, str)
    conv.register_structure_hook(Claim, _structure_claim)
    conv.register_unstructure_hook_factory(
        lambda t: t in CLAIM_KINDS.values(), _claim_unstructure_hook
    )
    conv.register_structure_hook(Citation, _structure_citation)
    conv.register_unstructure_hook(Citation, str)
    conv.register_structure_hook_factory(is_sequence, _strict_sequence)
    conv.register_structure_hook_factory(attrs.has, _tables_only)
    return conv


converter = _build_converter()
"""The one converter that reads and writes careerstats models."""


# --- turning cattrs' nested errors into one line each -----------------------------------------


def _message(error: BaseException, kind: object) -> str:
    if isinstance(error, _ValueProblem | InvalidDateError):
        return str(error)
    if isinstance(error, InvalidValueError):
        return error.message
    if isinstance(error, KeyError):
        return "required field missing"
    if isinstance(error, ForbiddenExtraKeysError):
        known = [field.name for field in attrs.fields(cast(Any, error.cl))]
        extra = sorted(error.extra_fields)
        parts = []
        for key in extra[:MAX_LISTED]:
            close = difflib.get_close_matches(key, known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            parts.append(f"{describe_text(key)}{hint}")
        if len(extra) > MAX_LISTED:
            parts.append(and_more(len(extra) - MAX_LISTED))
        return f"unknown key {', '.join(parts)}; expected one of {', '.join(known)}"
    return f"{type(error).__name__}: {error}"


def _walk(error: BaseException, path: str, kind: object = None) -> Iterator[Problem]:
    """Flatten cattrs' nested validation errors; ``path`` grows as ``.field`` and ``[index]``."""
    if isinstance(error, ClassValidationError | IterableValidationError):
        with_notes, without = error.group_exceptions()
        for inner, note in with_notes:
            if isinstance(error, IterableValidationError):
                step = f"{path}[{note.index}]"
            else:
                step = f"{path}.{note.name}" if path else note.name  # type: ignore[union-attr]
            yield from _walk(inner, step, note.type)
        for inner in without:
            yield from _walk(inner, path, error.cl)
        return
    if isinstance(error, InvalidValueError):
        # Raised by a model's validator: the field is named by the error, not by cattrs.
        path = f"{path}.{error.field}" if path else error.field
    yield Problem("", path, _message(error, kind))


def _problems(file: str, error: BaseException) -> list[Problem]:
    return [attrs.evolve(problem, file=file) for problem in _walk(error, "")]


# --- reading files ----------------------------------------------------------------------------


def _read_toml(path: Path, shown: str) -> dict[str, Any]:
    """A fixture file's TOML, checked before it is parsed: a regular file, at most
    :data:`MAX_FIXTURE_BYTES`, UTF-8, nested at most :data:`MAX_TOML_NESTING` deep, no key of
    more than :data:`MAX_TOML_KEY_PARTS` parts."""
    try:
        text = decode_utf8(read_input(path, MAX_FIXTURE_BYTES))
    except OSError as error:
        raise FixtureError([Problem(shown, "", cannot_read(error))]) from None
    except InputFileProblem as error:
        place = "" if error.line is None else f"line {error.line}, column {error.column}"
        raise FixtureError([Problem(shown, place, error.message)]) from None
    too_much = _beyond_limits(text)
    if too_much is not None:
        raise FixtureError([Problem(shown, *too_much)])
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        place, message = _toml_place(error)
        if message == "invalid date or datetime":
            message += " (a date no calendar has, such as 2022-02-30, or a malformed one)"
        message += _year_month_hint(text, place)
        raise FixtureError([Problem(shown, place, f"invalid TOML: {message}")]) from None
    except ValueError:
        # tomllib calls int() on a whole number's digits, which Python refuses past a limit.
        raise FixtureError([_long_number(text, shown)]) from None
    except RecursionError:
        # Only if the caller's own stack was already deep: the nesting was checked above.
        raise FixtureError([Problem(shown, "", _TOO_DEEP)]) from None


_TOO_DEEP = f"invalid TOML: arrays or inline tables nested more than {MAX_TOML_NESTING} deep"
_TOO_MANY_PARTS = f"invalid TOML: a dotted key of more than {MAX_TOML_KEY_PARTS} parts"

# A part of a key: bare, or quoted (a quoted part may hold dots). A bare part starts only where
# no bare part could go on: tried from inside a long word, it would rescan the word to its end.
_KEY_PART = r"""(?<![A-Za-z0-9_-])[A-Za-z0-9_-]+ | "(?:\\.|[^"\\\n])*" | '[^'\n]*'"""

# What can hold a bracket that does not nest: strings of the four kinds, and comments; and the
# dotted keys, whose parts are counted. A string left open runs to the end of its line (or of
# the file, for the multi-line kinds) rather than failing to match: a failed match would be
# tried again from every later quote, and a file of unclosed quotes would take quadratic time.
# Unclosed strings are tomllib's to report.
_TOML_TOKEN = re.compile(
    rf"""
      "{{3}}(?:\\.|[^\\])*?(?:"{{3}}(?!")|\Z)  # multi-line basic string, escapes and all
    | '{{3}}.*?(?:'{{3}}(?!')|\Z)               # multi-line literal string
    | (?P<key>(?:{_KEY_PART})(?:[ \t]*\.[ \t]*(?:{_KEY_PART}))+)  # a dotted key (or a float)
    | "(?:\\.|[^"\\\n])*"?                  # basic string
    | '[^'\n]*'?                              # literal string
    | \#[^\n]*                                # comment
    | [\[{{] | [\]}}]                           # what nests, and what closes it
    """,
    re.DOTALL | re.VERBOSE,
)
_KEY_PARTS = re.compile(_KEY_PART, re.VERBOSE)


def _beyond_limits(text: str) -> tuple[str, str] | None:
    """Where, and how, the text first goes past :data:`MAX_TOML_NESTING` or
    :data:`MAX_TOML_KEY_PARTS`, if it does: ``(place, message)``.

    tomllib reads nesting by recursion: a file of ``[[[[…`` thousands deep would end in a
    RecursionError instead of a message. And it takes time and memory quadratic in a dotted
    key's parts: a key of 20,000 parts (52 KB) took 18 s and 2.4 GB. Fixtures nest three or
    four deep, and their keys have two or three parts (``[[appearances.goals]]``).
    """
    depth = 0
    for token in _TOML_TOKEN.finditer(text):
        found = token[0]
        if token["key"] is not None:
            parts = sum(1 for _ in _KEY_PARTS.finditer(found))
            if parts > MAX_TOML_KEY_PARTS:
                return _line_and_column(text, token.start()), _TOO_MANY_PARTS
        elif found in ("[", "{"):
            depth += 1
            if depth > MAX_TOML_NESTING:
                return _line_and_column(text, token.start()), _TOO_DEEP
        elif found in ("]", "}"):
            depth = max(0, depth - 1)
    return None


def _nested_too_deep(text: str) -> str | None:
    """Where arrays and inline tables first nest deeper than :data:`MAX_TOML_NESTING`, if they
    do (see :func:`_beyond_limits`)."""
    found = _beyond_limits(text)
    return found[0] if found is not None and found[1] == _TOO_DEEP else None


def _line_and_column(text: str, index: int) -> str:
    """A place as tomllib gives it, both counted from 1."""
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return f"line {line}, column {column}"


def _long_number(text: str, shown: str) -> Problem:
    limit = sys.get_int_max_str_digits()
    message = f"invalid TOML: a whole number of more than {limit} digits"
    found = re.search(rf"[0-9](?:_?[0-9]){{{limit},}}", text)
    return Problem(shown, "" if found is None else _line_and_column(text, found.start()), message)


_PLACE = re.compile(r"line (?P<line>[0-9]+), column (?P<column>[0-9]+)")
_BARE_YEAR_MONTH = re.compile(
    r"(?<![0-9A-Za-z_.:+-])(?P<date>[0-9]{4}-[0-9]{2})(?![0-9A-Za-z_.:+-])"
)
_KEY_BEFORE = re.compile(r"(?P<key>[A-Za-z0-9_-]+)[ \t]*=[ \t]*\Z")


def _year_month_hint(text: str, place: str) -> str:
    """A hint where tomllib stopped at the ``-`` of a bare year-month (``date = 1997-10``):
    TOML reads ``1997`` as a number, then fails on what follows, with a message that does not
    say so. A month is written as text: ``date = "1997-10"``."""
    found = _PLACE.fullmatch(place)
    if found is None:
        return ""
    line, column = int(found["line"]), int(found["column"])
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return ""
    at = start + column - 1  # the "-" after the year
    year_month = _BARE_YEAR_MONTH.match(text, at - 4) if at >= start + 4 else None
    if year_month is None or text[at : at + 1] != "-":
        return ""
    key = _KEY_BEFORE.search(text, start, at - 4)
    written = f'"{year_month["date"]}"'
    if key is not None:
        written = f"{key['key']} = {written}"
    return f" (a year-month is written in quotes: {written})"


def _toml_place(error: tomllib.TOMLDecodeError) -> tuple[str, str]:
    """Split tomllib's "Invalid value (at line 3, column 8)" into place and message."""
    match = re.fullmatch(
        r"(?P<message>.*) \(at (?P<place>line \d+, column \d+|end of document)\)", str(error)
    )
    if match is None:
        return "", str(error)
    return match["place"], match["message"][:1].lower() + match["message"][1:]


def _structure(data: Mapping[str, Any], kind: type[T], shown: str) -> T:
    try:
        return converter.structure(data, kind)
    except (ClassValidationError, IterableValidationError, ValueError, TypeError) as error:
        raise FixtureError(_problems(shown, error)) from None


@attrs.frozen(kw_only=True)
class _SourcesFile:
    sources: tuple[Source, ...] = ()


@attrs.frozen(kw_only=True)
class _TournamentsFile:
    tournaments: tuple[Tournament, ...] = ()


# --- checks across a career -------------------------------------------------------------------


def _check_citations(
    value: object,
    sources: Mapping[str, Source],
    shown: str,
    paragraphs: Mapping[str, int] | None = None,
) -> list[Problem]:
    """Every citation names a declared source, and an article's names a paragraph that the
    article has (where the article could be read: ``paragraphs`` counts them per file)."""
    paragraphs = paragraphs or {}
    problems = []
    for path, citation in citations_in(value):
        source = sources.get(citation.file)
        if source is None:
            problems.append(
                Problem(
                    shown,
                    path,
                    f"cites {describe_text(citation.file)}, which is not a declared source",
                )
            )
        elif source.kind is SourceKind.ARTICLE and citation.paragraph is None:
            problems.append(
                Problem(
                    shown,
                    path,
                    f"cites article {describe_text(citation.file)} without a #paragraph",
                )
            )
        elif source.kind is SourceKind.DATASET and citation.paragraph is not None:
            problems.append(
                Problem(
                    shown,
                    path,
                    f"cites data set {describe_text(citation.file)} by file alone, no #paragraph",
                )
            )
        elif (count := paragraphs.get(citation.file)) is not None and (
            citation.paragraph or 0
        ) > count:
            problems.append(
                Problem(
                    shown,
                    path,
                    f"cites paragraph {citation.paragraph} of {describe_text(citation.file)}, "
                    f"which has {count} paragraph{'s' if count != 1 else ''}",
                )
            )
    return problems


# --- the source articles ----------------------------------------------------------------------

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def paragraph_count(text: str) -> int:
    r"""How many paragraphs an article has: blocks of text separated by blank lines.

    >>> paragraph_count("Title\n\nFirst paragraph,\non two lines.\n\n\nSecond.\n")
    3
    """
    expect(text, str, "paragraph_count", "text")
    return sum(1 for block in _PARAGRAPH_BREAK.split(text) if block.strip())


def _inside_folder(file: str) -> bool:
    """A relative path that stays in its folder: no ``..``, not absolute."""
    pure = PurePosixPath(file.replace("\\", "/"))
    return not pure.is_absolute() and ".." not in pure.parts


def _check_source_files(sources: Iterable[Source], shown: str) -> list[Problem]:
    """An article is a file inside the articles folder; careerstats never opens one outside."""
    return [
        Problem(
            shown,
            f"sources[{index}].file",
            f"expected a file inside the articles folder, got {describe_text(source.file)}",
        )
        for index, source in enumerate(sources)
        if source.kind is SourceKind.ARTICLE and not _inside_folder(source.file)
    ]


def _count_paragraphs(
    declared: Iterable[tuple[str, Iterable[Source]]], folder: Path | None
) -> tuple[dict[str, int], list[Problem]]:
    """Paragraphs of each article found in ``folder``; articles that are not there are skipped.

    ``declared`` pairs each file that declares sources with its sources. A file name that
    would leave the folder is never opened (:func:`_check_source_files` reports it), nor is a
    link inside the folder that leads out of it.
    """
    counts: dict[str, int] = {}
    problems: list[Problem] = []
    if folder is None:
        return counts, problems
    real_folder = folder.resolve()
    for shown, sources in declared:
        for index, source in enumerate(sources):
            if source.kind is not SourceKind.ARTICLE or not _inside_folder(source.file):
                continue
            path = folder / source.file
            try:
                real = path.resolve()
                if not real.is_relative_to(real_folder):
                    problems.append(
                        Problem(
                            shown,
                            f"sources[{index}].file",
                            f"{describe_text(source.file)} leads outside the articles folder "
                            f"{folder}: not read",
                        )
                    )
                    continue
                if not real.is_file():
                    continue  # not available: its paragraphs are not checked
                text = read_input(real, MAX_ARTICLE_BYTES).decode("utf-8", errors="replace")
            except InputFileProblem as error:
                place = f"sources[{index}].file"
                problems.append(
                    Problem(shown, place, f"{describe_text(source.file)}: {error.message}")
                )
                continue
            except OSError as error:
                if error.errno not in (errno.ENOENT, errno.ENOTDIR):  # not there: not checked
                    # Permission denied, a name too long, a loop of links: said, not skipped.
                    place = f"sources[{index}].file"
                    message = f"{source.file!r}: {cannot_read(error)}"
                    problems.append(Problem(shown, place, message))
                continue
            except (RuntimeError, ValueError):
                continue  # a loop of links as resolve() meets it, a NUL: not checked
            counts[source.file] = paragraph_count(text)
    return counts, problems


def _check_tournament_dates(tournaments: Iterable[Tournament], shown: str) -> list[Problem]:
    return [
        Problem(shown, f"tournaments[{i}].end", f"ends ({t.end}) before it starts ({t.start})")
        for i, t in enumerate(tournaments)
        if t.end.compare(t.start) == -1
    ]


def _duplicates(
    items: Iterable[str], shown: str, field: str, declared: str = "declared"
) -> list[Problem]:
    """Each item that an earlier one of the same table list already declares, naming where.

    A second declaration would silently win, or count twice (a tournament declared twice in
    the shared file is two tournaments in every player's summary), so it is an error.
    """
    first: dict[str, int] = {}
    problems = []
    for index, item in enumerate(items):
        if item in first:
            message = f"{describe_text(item)} is {declared} twice: also at {field}[{first[item]}]"
            problems.append(Problem(shown, f"{field}[{index}]", message))
        else:
            first[item] = index
    return problems


def _declared_in_shared(
    items: Iterable[str], shared: Iterable[str], shown: str, field: str, shared_file: str
) -> list[Problem]:
    """Each item of a player file that the shared file declares already, naming where."""
    first: dict[str, int] = {}
    for index, item in enumerate(shared):
        first.setdefault(item, index)
    return [
        Problem(
            shown,
            f"{field}[{index}]",
            f"{describe_text(item)} is declared twice: also in {shared_file}, "
            f"at {field}[{first[item]}]",
        )
        for index, item in enumerate(items)
        if item in first
    ]


def _declared_twice(
    own: Career, sources: Iterable[Source], tournaments: Iterable[Tournament], shown: str
) -> list[Problem]:
    """Sources, tournaments and entries declared twice: in one file, or in a player file and
    its shared file; each named where it is, with where the first one is."""
    own_files = [source.file for source in own.sources]
    own_ids = [tournament.id for tournament in own.tournaments]
    shared_files = [source.file for source in sources]
    shared_ids = [tournament.id for tournament in tournaments]
    return [
        *_duplicates(own_files, shown, "sources"),
        *_duplicates(own_ids, shown, "tournaments"),
        *_declared_in_shared(own_files, shared_files, shown, "sources", SOURCES_FILE),
        *_declared_in_shared(own_ids, shared_ids, shown, "tournaments", TOURNAMENTS_FILE),
        *_duplicates([entry.tournament for entry in own.entries], shown, "entries", "entered"),
    ]


# --- public API -------------------------------------------------------------------------------


def structure_career(data: Mapping[str, Any], shown: str = "<career>") -> Career:
    """A Career from plain data (as :func:`dump_career` gives, or a parsed TOML file)."""
    expect(data, Mapping, "structure_career", "data", "a mapping (a parsed fixture file)")
    expect(shown, str, "structure_career", "shown")
    return _structure(data, Career, shown)


def dump_career(career: Career) -> dict[str, Any]:
    """Plain data, TOML- and JSON-ready, that :func:`structure_career` reads back equal."""
    expect(career, Career, "dump_career", "career")
    data: dict[str, Any] = converter.unstructure(career)
    return data


@attrs.frozen
class PlayerRef:
    """A player file found in a fixtures folder, before its career is loaded."""

    id: str
    name: str
    aliases: tuple[str, ...]
    path: Path


def bundled_fixtures_dir() -> Path:
    """The fixtures shipped with careerstats: inside the installed package, or the checkout's."""
    packaged = Path(str(resources.files("careerstats"))) / "_fixtures"
    if packaged.is_dir():
        return packaged
    # An editable install or a source checkout: src/careerstats/ → the repository's fixtures/.
    return Path(__file__).resolve().parents[2] / "fixtures"


MIN_PREFIX = 3
"""The fewest letters a query must have to find a player by the beginnings of his name's words
("benz"): a letter or two would find whoever happens to be the only one with that initial."""


def _begins_words(words: Iterable[str], name: str) -> bool:
    """Whether each query word begins a word of ``name`` (a folded name)."""
    name_words = name.split()
    return all(any(word.startswith(query) for word in name_words) for query in words)


def _names_of(ref: PlayerRef) -> list[tuple[str, str]]:
    """A player's id, name and aliases, each with its place in the player file."""
    aliases = [(f"player.aliases[{index}]", alias) for index, alias in enumerate(ref.aliases)]
    return [("player.id", ref.id), ("player.name", ref.name), *aliases]


_LookAlikeIndex = dict[str, list[tuple[str, str, PlayerRef]]]


def _read_as(refs: Iterable[PlayerRef]) -> _LookAlikeIndex:
    """Each player's names by how they read (their skeletons): the name, its place, whose."""
    index: _LookAlikeIndex = {}
    for ref in refs:
        for place, name in _names_of(ref):
            index.setdefault(skeleton(name), []).append((name, place, ref))
    return index


def _look_alikes_of(
    path: Path, names: Iterable[tuple[str, str]], read_as: _LookAlikeIndex, shown: str
) -> Iterator[Problem]:
    """Warnings for the names (place, text) of the file at ``path`` that read as a name of
    another player, differing only by look-alike characters that they hold themselves."""
    for place, text in names:
        characters = look_alike_characters(text)
        if not characters:
            continue
        # A name is compared with a name first, an id with an id.
        candidates = sorted(read_as.get(skeleton(text), []), key=lambda c: c[1] != place)
        found = (
            (name, other)
            for name, _, other in candidates
            if fold(name) != fold(text) and not _same_file(other.path, path)
        )
        for name, other in found:
            message = (
                f"{describe_text(text)} looks like {describe_text(name)} ({other.path}): "
                f"{', '.join(characters)}"
            )
            yield Problem(shown, place, message, Severity.WARNING)
            break


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.samefile(second)
    except OSError:
        return first == second


def _is_folder(path: Path) -> bool:
    """:func:`~careerstats.input_files.is_folder`, its problem a :class:`FixtureError`."""
    try:
        return is_folder(path)
    except InputFileProblem as error:
        raise FixtureError([Problem(str(path), "", error.message)]) from None


class FixtureSet:
    """A fixtures folder: its shared sources and tournaments, and one file per player.

    Player files are found by listing ``players/``; a query is matched against what the files
    declare and is never turned into a path, so no query can reach outside the folder. Nor can a
    symbolic link: a file of the folder whose link leads out of it is refused, not read.

    ``articles`` is the folder of the source articles, where citations' paragraphs are checked;
    without it, an ``articles/`` folder inside the fixtures folder is used where there is one.
    """

    def __init__(self, root: Path | str, articles: Path | str | None = None) -> None:
        root = expect_path(root, "FixtureSet", "root")
        articles = expect_optional_path(articles, "FixtureSet", "articles")
        self.root = Path(root)
        self.articles = None if articles is None else Path(articles)

    @classmethod
    def default(
        cls, override: Path | str | None = None, articles: Path | str | None = None
    ) -> FixtureSet:
        """``override``, else the ``CAREERSTATS_FIXTURES`` folder, else the bundled fixtures."""
        expect_optional_path(override, "FixtureSet.default", "override")
        expect_optional_path(articles, "FixtureSet.default", "articles")
        chosen = override or os.environ.get(ENV_VAR) or bundled_fixtures_dir()
        return cls(chosen, articles)

    def articles_dir(self) -> Path | None:
        """The articles folder given, else ``ROOT/articles`` where it exists, else ``None``.

        A folder given that is not there raises FixtureError: a mistyped name must not turn
        the paragraph check off unnoticed.
        """
        if self.articles is not None:
            if not _is_folder(self.articles):
                raise FixtureError(
                    [Problem(str(self.articles), "", "expected a folder of source articles")]
                )
            return self.articles
        beside = self.root / ARTICLES_DIR
        return beside if _is_folder(beside) else None

    def check_root(self) -> None:
        """Raise FixtureError unless the folder holds a players/ folder (or if the system will
        not say: ``cannot read: Permission denied``)."""
        if not (_is_folder(self.root) and _is_folder(self.root / PLAYERS_DIR)):
            raise FixtureError(
                [
                    Problem(
                        str(self.root),
                        "",
                        f"expected a fixtures folder with a {PLAYERS_DIR}/ folder",
                    )
                ]
            )

    def player_files(self) -> list[Path]:
        """Every ``players/*.toml`` but hidden ones (editors' lock and backup files).

        Whatever each is, it is listed: :meth:`scan` reports one that cannot be read (a
        directory, a FIFO, a link that leads out of the folder) rather than skip it unsaid. A
        ``players/`` folder that cannot be listed raises :class:`FixtureError`: it is not empty.
        """
        self.check_root()
        players = self.root / PLAYERS_DIR
        try:
            entries = folder_entries(players)
        except InputFileProblem as error:
            raise FixtureError([Problem(str(players), "", error.message)]) from None
        return [
            path
            for path in entries
            if path.name.endswith(".toml") and not path.name.startswith(".")
        ]

    def _leads_out(self, path: Path) -> bool:
        """Whether ``path``, its symbolic links followed, is outside the folder."""
        try:
            return not path.resolve().is_relative_to(self.root.resolve())
        except (OSError, RuntimeError):  # a loop of links: reading the file will say so
            return False

    def _read(self, path: Path, shown: str) -> dict[str, Any]:
        """A file of the folder, read only if it is inside it."""
        if self._leads_out(path):
            message = "expected a file inside the fixtures folder, got a link that leads out of it"
            raise FixtureError([Problem(shown, "", message)])
        return _read_toml(path, shown)

    def players(self) -> list[PlayerRef]:
        """Every player declared in the folder; :class:`FixtureError` if a file is unreadable."""
        refs, problems = self.scan()
        if problems:
            raise FixtureError(problems)
        return refs

    def scan(self) -> tuple[list[PlayerRef], list[Problem]]:
        """The players whose ``[player]`` table can be read, and the problems of the others."""
        refs = []
        problems: list[Problem] = []
        for path in self.player_files():
            shown = str(path)
            try:
                table = self._read(path, shown).get("player")
            except FixtureError as error:
                problems.extend(error.problems)
                continue
            if (
                not isinstance(table, dict)
                or not isinstance(table.get("id"), str)
                or not (isinstance(table.get("name"), str))
            ):
                problems.append(
                    Problem(shown, "player", "expected a [player] table with id and name")
                )
                continue
            if table["id"] != path.stem:
                # Such as a copy kept beside the original ("x copy.toml"): reported here, and
                # passed over by find() where the file named for the id declares it too.
                message = (
                    f"expected {describe_text(path.stem)} (the file's name), "
                    f"got {describe_text(table['id'])}"
                )
                problems.append(Problem(shown, "player.id", message))
            aliases = table.get("aliases", [])
            if not isinstance(aliases, list):
                aliases = []  # reported when the career is loaded
            refs.append(
                PlayerRef(
                    id=table["id"],
                    name=table["name"],
                    aliases=tuple(a for a in aliases if isinstance(a, str)),
                    path=path,
                )
            )
        return refs, problems

    def find(self, query: str) -> PlayerRef:
        """The player whose id, name or alias matches ``query``, case and accents ignored.

        A query whose words all belong to one player's name ("benzema") finds him too, and so
        does one whose words each begin a word of it ("benz", "k benz": see
        :data:`MIN_PREFIX`). Whole names are tried first, then whole words, then beginnings; a
        query that fits several players at the first of these that fits any, or none at all,
        raises :class:`UnknownPlayerError` with close names.
        """
        expect(query, str, "FixtureSet.find", "query", "a str (an id or a name)")
        refs, unreadable = self.scan()
        # A copy that declares another file's id is not a second player of that id.
        owned = {ref.id for ref in refs if ref.path.stem == ref.id}
        refs = [ref for ref in refs if ref.path.stem == ref.id or ref.id not in owned]
        wanted = fold(query).strip()
        names = {ref.id: {fold(name) for name in (ref.id, ref.name, *ref.aliases)} for ref in refs}
        exact = [ref for ref in refs if wanted in names[ref.id]]
        words = set(wanted.split())
        partial = [
            ref
            for ref in refs
            if words and any(words <= set(name.split()) for name in names[ref.id])
        ]
        beginning = [
            ref
            for ref in refs
            if len(wanted.replace(" ", "")) >= MIN_PREFIX
            and any(_begins_words(words, name) for name in names[ref.id])
        ]
        for found in (exact, partial, beginning):
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise UnknownPlayerError(query, [ref.id for ref in found], ambiguous=True)
        # The file asked for by its name cannot be read: say why, not that it is unknown.
        named = [p for p in unreadable if fold(Path(p.file).stem) == wanted]
        if named:
            raise FixtureError(named)
        by_name = {name: ref.id for ref in refs for name in names[ref.id]}
        close = difflib.get_close_matches(wanted, list(by_name), n=3, cutoff=0.6)
        suggestions = [by_name[name] for name in close]
        raise UnknownPlayerError(query, list(dict.fromkeys(suggestions)), unreadable)

    def look_alikes(self, refs: Iterable[PlayerRef] | None = None) -> list[Problem]:
        """Players of the folder whose ids or names differ only by look-alike characters.

        Each is a warning at the file whose id or name holds the look-alikes, naming the
        other file and each character (see :mod:`careerstats.lookalikes`). ``refs`` are the
        players to compare, by default those :meth:`scan` finds.
        """
        listed = self.scan()[0] if refs is None else list(refs)
        read_as = _read_as(listed)
        return [
            problem
            for ref in listed
            for problem in _look_alikes_of(ref.path, _names_of(ref), read_as, str(ref.path))
        ]

    def _shared(self, name: str, kind: type[T]) -> T | None:
        path = self.root / name
        if not os.path.lexists(path):
            return None  # either shared file may be left out
        shown = str(path)
        return _structure(self._read(path, shown), kind, shown)

    def shared_sources(self) -> tuple[Source, ...]:
        loaded = self._shared(SOURCES_FILE, _SourcesFile)
        return loaded.sources if loaded else ()

    def shared_tournaments(self) -> tuple[Tournament, ...]:
        loaded = self._shared(TOURNAMENTS_FILE, _TournamentsFile)
        return loaded.tournaments if loaded else ()

    def career(self, query: str) -> Career:
        """The career of the player matching ``query`` (see :meth:`find`)."""
        expect(query, str, "FixtureSet.career", "query", "a str (an id or a name)")
        return self.load_file(self.find(query).path)

    def load_file(self, path: Path) -> Career:
        """A player file merged with the folder's shared sources and tournaments, checked.

        Raises :class:`FixtureError` listing every problem, warnings too, when one is an
        error; a career with warnings only loads (:meth:`check` lists them).
        """
        path = expect_path(path, "FixtureSet.load_file", "path")
        return self.load_with_warnings(path)[0]

    def load_with_warnings(self, path: Path) -> tuple[Career, list[Problem]]:
        """:meth:`load_file`, and the warnings loading found (which do not stop it)."""
        path = expect_path(path, "FixtureSet.load_with_warnings", "path")
        career, problems = self._checked(path)
        if career is None or any(problem.is_error for problem in problems):
            raise FixtureError(problems)
        return career, problems

    def check(self, path: Path) -> list[Problem]:
        """Every problem of a player file, errors and warnings, in one list.

        Besides what loading checks: claims the data contradicts (as ``careerstats claims``
        finds them, where the file has no error), and a player id or name that differs from
        another player's of the folder only by look-alike characters; both are warnings.
        Problems of the files are returned, not raised; only an articles folder given that is
        not there raises :class:`FixtureError`.
        """
        path = expect_path(path, "FixtureSet.check", "path")
        career, problems = self._checked(path)
        if career is None:
            return problems
        shown = str(path)
        if not any(problem.is_error for problem in problems):
            problems += contradicted_claims(career, shown, problems)
        player = career.player
        own = PlayerRef(id=player.id, name=player.name, aliases=player.aliases, path=path)
        try:
            others = self.scan()[0]
        except FixtureError:
            others = []  # no players/ folder to compare with
        problems += _look_alikes_of(path, _names_of(own), _read_as(others), shown)
        return problems

    def _checked(self, path: Path) -> tuple[Career | None, list[Problem]]:
        """The career (``None`` where its structure is wrong) and every problem found."""
        problems: list[Problem] = []
        shared_sources: tuple[Source, ...] = ()
        shared_tournaments: tuple[Tournament, ...] = ()
        try:
            shared_sources = self.shared_sources()
        except FixtureError as error:
            problems.extend(error.problems)
        try:
            shared_tournaments = self.shared_tournaments()
        except FixtureError as error:
            problems.extend(error.problems)
        shown = str(path)
        try:
            own = _structure(_read_toml(path, shown), Career, shown)
        except FixtureError as error:
            return None, [*problems, *error.problems]
        if problems:
            return None, problems

        if path.parent.name == PLAYERS_DIR and path.stem != own.player.id:
            problems.append(
                Problem(
                    shown,
                    "player.id",
                    f"expected {describe_text(path.stem)} (the file's name), "
                    f"got {describe_text(own.player.id)}",
                )
            )
        sources_shown = str(self.root / SOURCES_FILE)
        tournaments_shown = str(self.root / TOURNAMENTS_FILE)
        problems += _duplicates([s.file for s in shared_sources], sources_shown, "sources")
        problems += _duplicates(
            [t.id for t in shared_tournaments], tournaments_shown, "tournaments"
        )
        problems += _declared_twice(own, shared_sources, shared_tournaments, shown)
        career = attrs.evolve(
            own,
            sources=(*own.sources, *shared_sources),
            tournaments=(*own.tournaments, *shared_tournaments),
        )
        problems += _check_source_files(shared_sources, sources_shown)
        problems += _check_source_files(own.sources, shown)
        paragraphs, outside = _count_paragraphs(
            [(sources_shown, shared_sources), (shown, own.sources)], self.articles_dir()
        )
        problems += outside
        by_file = {source.file: source for source in career.sources}
        problems += _check_citations(own, by_file, shown, paragraphs)
        problems += _check_citations(
            _TournamentsFile(tournaments=shared_tournaments), by_file, tournaments_shown, paragraphs
        )
        problems += _check_tournament_dates(own.tournaments, shown)
        problems += _check_tournament_dates(shared_tournaments, tournaments_shown)
        problems += check_career(career, shown)
        return career, problems


def load_career(
    query: str, fixtures: Path | str | None = None, articles: Path | str | None = None
) -> Career:
    """The career of a player by id or name, from ``fixtures`` or the default folder."""
    expect(query, str, "load_career", "query", "a str (an id or a name)")
    expect_optional_path(fixtures, "load_career", "fixtures")
    expect_optional_path(articles, "load_career", "articles")
    return FixtureSet.default(fixtures, articles).career(query)


def _folder_of(path: Path, fixtures: Path | str | None, articles: Path | str | None) -> FixtureSet:
    """The fixtures folder a player file is checked with (see :func:`load_career_file`)."""
    if fixtures is None and path.parent.name == PLAYERS_DIR:
        fixtures = path.parent.parent
    folder = FixtureSet.default(fixtures, articles)
    folder.check_root()
    return folder


def folder_note(path: Path | str, fixtures: Path | str | None = None) -> str | None:
    """What to tell of a player file that sits in no fixtures folder: the folder it is checked
    against (the environment's or the bundled one), and how to choose another.

    ``None`` for a file in a ``players/`` folder, for the shared files, and where ``fixtures``
    names the folder: the user chose it, or the file's place did.
    """
    path = Path(path)
    if fixtures is not None or path.parent.name == PLAYERS_DIR:
        return None
    if path.name in (SOURCES_FILE, TOURNAMENTS_FILE):
        return None
    chosen = os.environ.get(ENV_VAR)
    which = (
        f"the fixtures folder {chosen} (${ENV_VAR})"
        if chosen
        else f"the bundled fixtures ({bundled_fixtures_dir()})"
    )
    return f"checked against {which}; pass --fixtures DIR to check it against another folder"


def articles_for(
    path: Path | str, fixtures: Path | str | None = None, articles: Path | str | None = None
) -> Path | None:
    """The articles folder :func:`validate_file` checks ``path``'s paragraphs against, if any."""
    path = Path(path)
    if path.name in (SOURCES_FILE, TOURNAMENTS_FILE):
        return FixtureSet(
            fixtures if fixtures is not None else path.parent, articles
        ).articles_dir()
    if fixtures is None and path.parent.name == PLAYERS_DIR:
        fixtures = path.parent.parent
    return FixtureSet.default(fixtures, articles).articles_dir()


def load_career_file(
    path: Path | str, fixtures: Path | str | None = None, articles: Path | str | None = None
) -> Career:
    """A career from one player file, checked with the shared files of a fixtures folder.

    The folder is ``fixtures`` if given; else the one the file sits in (``DIR/players/x.toml``);
    else the default folder (``CAREERSTATS_FIXTURES`` or the bundled fixtures).
    """
    path = expect_path(path, "load_career_file", "path")
    expect_optional_path(fixtures, "load_career_file", "fixtures")
    expect_optional_path(articles, "load_career_file", "articles")
    path = Path(path)
    return _folder_of(path, fixtures, articles).load_file(path)


def validate_file(
    path: Path | str, fixtures: Path | str | None = None, articles: Path | str | None = None
) -> list[Problem]:
    """Check one fixture file of any kind; returns its warnings.

    Raises :class:`FixtureError` listing every problem, warnings too, when one is an error.
    """
    path = expect_path(path, "validate_file", "path")
    expect_optional_path(fixtures, "validate_file", "fixtures")
    expect_optional_path(articles, "validate_file", "articles")
    path = Path(path)
    shown = str(path)
    if path.name == SOURCES_FILE:
        loaded = _structure(_read_toml(path, shown), _SourcesFile, shown)
        problems = _duplicates([source.file for source in loaded.sources], shown, "sources")
        problems += _check_source_files(loaded.sources, shown)
        folder = FixtureSet(fixtures if fixtures is not None else path.parent, articles)
        problems += _count_paragraphs([(shown, loaded.sources)], folder.articles_dir())[1]
    elif path.name == TOURNAMENTS_FILE:
        loaded_tournaments = _structure(_read_toml(path, shown), _TournamentsFile, shown)
        folder = FixtureSet(fixtures if fixtures is not None else path.parent, articles)
        shared = folder.shared_sources()
        paragraphs = _count_paragraphs([("", shared)], folder.articles_dir())[0]
        sources = {source.file: source for source in shared}
        ids = [tournament.id for tournament in loaded_tournaments.tournaments]
        problems = _duplicates(ids, shown, "tournaments")
        problems += _check_citations(loaded_tournaments, sources, shown, paragraphs)
        problems += _check_tournament_dates(loaded_tournaments.tournaments, shown)
    else:
        problems = _folder_of(path, fixtures, articles).check(path)
    if any(problem.is_error for problem in problems):
        raise FixtureError(problems)
    return problems

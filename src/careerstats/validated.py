"""What ``careerstats validate`` finds, file by file: the values its page and JSON are made of.

:func:`careerstats.fixtures.validate_files` finds each file's problems; these types add what the
report says of each file beside them (which shared files a loose file was checked with, whether
its paragraphs were checked), so that the page (:func:`careerstats.pages.validation_page`) and
the record (:func:`careerstats.records.validation_record`) compute nothing.
"""

from __future__ import annotations

from pathlib import Path

import attrs

from careerstats.errors import Problem

__all__ = ["FileValidation", "ValidationReport"]


class _Counted:
    """Errors and warnings counted among ``problems``."""

    @property
    def problems(self) -> tuple[Problem, ...]:
        raise NotImplementedError

    @property
    def errors(self) -> int:
        return sum(problem.is_error for problem in self.problems)

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors


@attrs.frozen(kw_only=True)
class FileValidation(_Counted):
    """One file checked: its problems, the note on which shared files it was checked with
    (``None`` where there is nothing to tell, or the file could not be read), and whether
    every cited paragraph was checked against an articles folder."""

    path: Path
    problems: tuple[Problem, ...] = ()
    folder_note: str | None = None
    paragraphs_checked: bool = True

    def fails(self, strict: bool) -> bool:
        """An error, or with ``strict`` any problem."""
        return bool(self.errors or (strict and self.problems))


@attrs.frozen(kw_only=True)
class ValidationReport(_Counted):
    """Every file asked for (``files``, as given) and each one's result, in order."""

    files: tuple[Path, ...]
    results: tuple[FileValidation, ...]
    strict: bool = False

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Every file's problems, in order."""
        return tuple(problem for result in self.results for problem in result.problems)

    @property
    def failed(self) -> bool:
        """Whether the command exits 1: an error, or with ``strict`` a warning."""
        return self.errors + (self.warnings if self.strict else 0) > 0

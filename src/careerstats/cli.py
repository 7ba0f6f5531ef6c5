"""The ``careerstats`` command: parses arguments and wires loader, statistics and rendering.

Only argparse is imported at start-up; each command imports what it uses, so ``--help`` and
mistyped commands answer at once.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, NoReturn, TextIO, TypeVar

if TYPE_CHECKING:
    import datetime

    from _typeshed import SupportsWrite

    from careerstats.blocks import Page
    from careerstats.catalogue import Catalogue
    from careerstats.datasets import RegisteredDataset
    from careerstats.datasets.base import Dataset
    from careerstats.datasets.international_results import InternationalResults
    from careerstats.datasets.worldcup import WorldCup
    from careerstats.dates import PartialDate
    from careerstats.drafts import Draft
    from careerstats.errors import Problem
    from careerstats.evidence import Evidence
    from careerstats.fixtures import FixtureSet
    from careerstats.model import Career
    from careerstats.plot import ImageFormat
    from careerstats.validated import FileValidation

__all__ = ["main"]

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_BAD_INPUT = 2

_EPILOG = """\
exit codes:
  0  success (validate: no errors, warnings allowed; claims: also when some claims contradict
     the data, unless --fail-on is given)
  1  validate: at least one error (with --strict, or a warning); claims --fail-on
     contradictions: at least one claim contradicts the data
  2  bad input: a usage error, an unknown player, or a fixtures folder or file that cannot be
     read; the error names the file, the place in it and what was expected; also an output
     that cannot be written (a closed or full standard output, an image file), and
     `careerstats` alone, which prints this help
  129, 130, 143  interrupted (SIGHUP, Ctrl-C, SIGTERM): nothing is left half-written

output:
  control characters from a file (escape sequences, line breaks in a name) are shown escaped
  (\\x1b, \\n); characters the output's encoding cannot hold are written \\uXXXX

environment:
  CAREERSTATS_FIXTURES     fixtures folder to use when --fixtures is not given, or several
                           separated by ':' (';' on Windows); default: the fixtures bundled
                           with careerstats
  CAREERSTATS_RESULTS_DIR  folder of the international results data set, when
                           --results-dir is not given (goals and scorers need it;
                           summary, claims and plot use it when set)
  CAREERSTATS_DATA         folder of data sets in subfolders (international_results/,
                           worldcup/), when --data is not given
  CAREERSTATS_CACHE_DIR    folder of the cache of the data set's validated files
                           (default: the user's cache folder; see careerstats cache)

examples:
  careerstats summary karim-benzema
  careerstats summary "Karim Benzéma" --format json
  careerstats summary karim-benzema --format html > benzema.html
  careerstats claims karim-benzema --only disagreements
  careerstats goals karim-benzema --results-dir ../shared/data/international_results
  careerstats scorers --team France --top 10 --results-dir DIR
  careerstats plot karim-benzema -o timeline.png
  careerstats list
  careerstats validate fixtures/players/*.toml
"""


class _Parser(argparse.ArgumentParser):
    """argparse that exits with 2 and one line on a usage error (its default, kept explicit),
    and writes its help and errors as the commands write their output (:func:`_emit`)."""

    def error(self, message: str) -> NoReturn:
        from careerstats.errors import one_line

        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {one_line(message)}\n")

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if not message:
            return
        if file is None or file is sys.stderr:  # errors: nowhere to say them if stderr is shut
            with contextlib.suppress(_OutputError, BrokenPipeError):
                _emit(sys.stderr, message)
            return
        _emit(file, message)


def _folder_option(parser: argparse.ArgumentParser, option: str, help: str) -> None:
    parser.add_argument(option, metavar="DIR", type=_folder_argument, help=help)


def _folder_argument(text: str) -> Path:
    """A folder's name; an empty one (``--data ""``) would be read as the current folder."""
    if not text:
        raise argparse.ArgumentTypeError("expected a folder, got an empty name")
    return Path(text)


def _fixtures_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--fixtures",
        metavar="DIR",
        type=_fixtures_folder_argument,
        action="append",
        help="fixtures folder holding players/*.toml, sources.toml and tournaments.toml; "
        "given again, each later folder adds its players, sources and tournaments (default: "
        f"$CAREERSTATS_FIXTURES, folders separated by {os.pathsep!r}, else the bundled fixtures)",
    )


def _fixtures_folder_argument(text: str) -> Path:
    """A folder's name; an empty one (``--fixtures ""``) would be read as the current folder."""
    if not text:
        raise argparse.ArgumentTypeError("expected a fixtures folder, got an empty name")
    return Path(text)


def _results_option(parser: argparse.ArgumentParser) -> None:
    _folder_option(
        parser,
        "--results-dir",
        "folder of the international results data set (results.csv, goalscorers.csv, "
        "shootouts.csv, former_names.csv); default: $CAREERSTATS_RESULTS_DIR",
    )
    _folder_option(
        parser,
        "--data",
        "folder of data sets in subfolders, each recognised by its files ("
        + "; ".join(dataset.title for dataset in _registered_datasets())
        + "); --results-dir wins for the results data set; default: $CAREERSTATS_DATA",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="a malformed row of the data set is an error (default: skipped, with a warning)",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="read the data set's CSV files, not the cache of their validated contents, and "
        "write no cache (default: the cache in $CAREERSTATS_CACHE_DIR or the user's cache "
        "folder)",
    )


def _date_argument(text: str) -> PartialDate:
    from careerstats.dates import PartialDate
    from careerstats.errors import InvalidDateError

    try:
        return PartialDate.parse(text)
    except InvalidDateError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _whole_number_argument(text: str) -> int:
    """A whole number in the digits 0-9: ``int()`` also reads Arabic-Indic and fullwidth ones."""

    from careerstats.dates import digits_hint
    from careerstats.errors import describe_text

    if re.fullmatch(r"-?[0-9]{1,9}", text) is None:
        raise argparse.ArgumentTypeError(
            f"expected a whole number like 10, got {describe_text(text)}{digits_hint(text)}"
        )
    return int(text)


_IMAGE_FORMATS: dict[str, ImageFormat] = {".png": "png", ".svg": "svg"}


def _image_path(text: str) -> Path:
    if Path(text).suffix.lower() not in _IMAGE_FORMATS:
        raise argparse.ArgumentTypeError(f"expected a file ending in .png or .svg, got {text!r}")
    return Path(text)


def _positive_count(text: str) -> int:
    """A count of 1 or more (:func:`_whole_number_argument`): ``--top 0`` would print an empty
    table."""
    value = _whole_number_argument(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {text}")
    return value


def _choice_option(
    parser: argparse.ArgumentParser,
    flag: str,
    choices: Sequence[str],
    what: str,
    default: str | None = None,
) -> None:
    """An option that takes one of ``choices`` (``what`` is its help)."""
    parser.add_argument(flag, choices=choices, default=default, help=what)


def _format_option(parser: argparse.ArgumentParser, choices: Sequence[str]) -> None:
    _choice_option(parser, "--format", choices, "output format (default: %(default)s)", "text")


def _width_argument(text: str) -> int:
    value = _whole_number_argument(text)
    if value < _NARROWEST_WIDTH:
        raise argparse.ArgumentTypeError(f"expected {_NARROWEST_WIDTH} or more, got {text}")
    return value


_NARROWEST_WIDTH = 20
"""The narrowest page ``--width`` accepts: a table of a few columns still fits."""


def _page_options(parser: argparse.ArgumentParser) -> None:
    """``--format`` from the writers' registry, and ``--width`` for text."""
    from careerstats.writers import FORMATS

    _format_option(parser, tuple(FORMATS))
    parser.add_argument(
        "--width",
        metavar="N",
        type=_width_argument,
        help="the widest a text line may be (default: the terminal's width, or 100 when the "
        "output is not a terminal); long cells wrap",
    )


_SUMMARY_DESCRIPTION = """\
Print a player's career summary: headline figures, tournaments, absences, milestones, honours
and the sources each figure rests on.
"""

_CLAIMS_DESCRIPTION = """\
Check every statement the sources make (stated totals, ages, spans, dates, tournament statuses
and goals, posts) against what careerstats computes: agrees, contradicts, or unchecked and why.
Then list where sources disagree with each other (figures, platforms, wordings, dates).
"""

_GOALS_DESCRIPTION = """\
List a player's goals in the international results data set (matched by his name and the aliases
in his fixture), each with its match, and how many of the goals the sources state the data set
holds.
"""

_TOTALS_DESCRIPTION = """\
Print a player's caps and goals over his career, after each match (the team's, with the
international results data set; else each recorded appearance), or at each month's or year's
end: exact, or the tightest range the evidence allows, each end with what binds it (a stated
total, the appearances recorded since or after, the team's matches). docs/evidence.md has the
rules.
"""

_SCORERS_DESCRIPTION = """\
Leading scorers in the international results data set, own goals left out; ties go to whoever
reached the total first. The table ends with how many of the goals scored in those matches have
a scorer named in the data set.
"""

_PLOT_DESCRIPTION = """\
Draw a player's career on a time axis: caps and goals recorded per year (with the data set's
goals when --results-dir or $CAREERSTATS_RESULTS_DIR gives it), absences (an edge known only to
the month or year hatched), tournaments played and missed, debut and retirement. Needs
matplotlib: pip install 'careerstats[plot]'. FILE must end in .png or .svg, and its folder must
exist. An existing FILE is left untouched unless --force is given; a failed write leaves no
partial file behind. Errors exit 2.
"""

_NEW_DESCRIPTION = """\
Start a new player's fixture from the data sets (--data DIR): the player (his birth date where
the World Cup Database has it), the team, every goal goalscorers.csv credits him with and every
World Cup line-up he was in (started or came on, minutes, goals), his World Cup squads as
tournament entries, each citing its data set, and a commented list of what a person must add
from sources. The name is matched as a whole (given and family name, case and accents
ignored): a family name alone is not enough. FILE is named after the player's id
(players/thierry-henry.toml) and its folder must exist; an existing FILE is never replaced,
and a failed write leaves no partial file behind. Errors exit 2.
"""

_LIST_DESCRIPTION = """\
List the players in the fixtures folder: id, name and file. Files that cannot be read are
reported after the list, and the exit code is then 2.
"""

_VALIDATE_DESCRIPTION = """\
Check fixture files and report every problem, one line each: FILE: place: what was expected,
what was found. Errors are records that cannot all be true; warnings are statements the records
contradict, or records that are odd but possible. A player file is checked together with the
shared sources.toml and tournaments.toml of its fixtures folder: the folder it sits in
(DIR/players/FILE), else --fixtures, $CAREERSTATS_FIXTURES or the bundled fixtures. A file that
cannot be read is an error like any other. Every message is listed in docs/errors.md.
"""


def _player_argument(
    parser: argparse.ArgumentParser,
    help: str = "an id like karim-benzema, or a name; several words are read as one name",
) -> None:
    parser.add_argument("player", metavar="PLAYER", nargs="+", help=help)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="careerstats",
        description="Football player career statistics, computed from sourced fixtures.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction, help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, command in _COMMANDS.items():
        sub = commands.add_parser(
            name, help=command.help, description=command.description, epilog=command.epilog
        )
        command.arguments(sub)
        for shared in command.shared:
            _SHARED_OPTIONS[shared](sub)
        sub.set_defaults(run=command.run)
    return parser


class _Command(NamedTuple):
    """A command: its line in the list of commands, its own help, its arguments (then the
    options it shares with others, in this order), and what runs it."""

    help: str
    description: str
    arguments: Callable[[argparse.ArgumentParser], None]
    shared: tuple[str, ...]
    run: Callable[[argparse.Namespace], int]
    epilog: str | None = None


_SHARED_OPTIONS: dict[str, Callable[[argparse.ArgumentParser], None]] = {
    "page": lambda parser: _page_options(parser),
    "fixtures": lambda parser: _fixtures_option(parser),
    "results": lambda parser: _results_option(parser),
}


def _summary_arguments(summary: argparse.ArgumentParser) -> None:
    _player_argument(
        summary,
        "an id like karim-benzema, or a name (case and accents ignored; a unique part of "
        "a name will do); several words are read as one name",
    )
    _as_of_option(summary, "the career as it stood on DATE: facts dated by then")
    _team_option(summary, "for a player with no fixture, drafted from --data: ")


def _team_option(parser: argparse.ArgumentParser, when: str = "") -> None:
    parser.add_argument(
        "--team",
        metavar="TEAM",
        help=f"{when}his national team (France; case and accents ignored), needed where the "
        "name played for more than one",
    )


def _day_argument(text: str) -> datetime.date:
    """A date known to the day (:func:`_date_argument`)."""
    import datetime

    from careerstats.dates import Precision

    date = _date_argument(text)
    if date.precision is not Precision.DAY or date.month is None or date.day is None:
        raise argparse.ArgumentTypeError(f"expected a day like 1977-08-17, got {text!r}")
    return datetime.date(date.year, date.month, date.day)


def _fixture_output(text: str) -> Path | None:
    """``-o``: ``-`` for standard output (``None``), else a ``.toml`` file named as a player's
    id is, so that the file written is named after the player it declares."""
    from careerstats.drafts import player_id

    if text == "-":
        return None
    path = Path(text)
    expected = "expected - or a file named after the player's id, like thierry-henry.toml"
    if path.suffix != ".toml":
        raise argparse.ArgumentTypeError(f"{expected}, got {text!r}")
    if not path.stem or player_id(path.stem) != path.stem:
        raise argparse.ArgumentTypeError(
            f"{expected} (lower-case words joined by hyphens), got {text!r}"
        )
    return path


def _new_arguments(new: argparse.ArgumentParser) -> None:
    new.add_argument(
        "player",
        metavar="NAME",
        nargs="+",
        help="the player's full name as the data sets spell it (case and accents ignored); "
        "several words are read as one name",
    )
    _team_option(new)
    new.add_argument(
        "--born",
        metavar="DATE",
        type=_day_argument,
        help="his birth date (1977-08-17), to tell apart two players of one name and team in "
        "the World Cup Database",
    )
    new.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        type=_fixture_output,
        help="the fixture to write (its name without .toml becomes the player's id), or - for "
        "standard output",
    )


def _as_of_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--as-of",
        metavar="DATE",
        type=_date_argument,
        help=what.replace("DATE", "DATE (2014, 2014-06 or 2014-06-30)", 1),
    )


def _totals_arguments(totals: argparse.ArgumentParser) -> None:
    _player_argument(totals)
    every = "a row after each match (the default), or at each month's or year's end"
    _choice_option(totals, "--every", ("match", "month", "year"), every, "match")
    _as_of_option(totals, "the rows up to DATE, and a last row on DATE")


def _claims_arguments(claims: argparse.ArgumentParser) -> None:
    _player_argument(claims)
    only = ("contradictions", "disagreements", "unchecked")
    _choice_option(claims, "--only", only, "show only these")
    fail_on = "exit 1 when a claim contradicts the data (for CI pipelines)"
    _choice_option(claims, "--fail-on", ("contradictions",), fail_on)


def _scorers_arguments(scorers: argparse.ArgumentParser) -> None:
    scorers.add_argument(
        "--team",
        help="a team, by its name in the data set, a common name (USA, Holland) or a former "
        "name (which counts that name's years only); case and accents ignored",
    )
    scorers.add_argument(
        "--top",
        type=_positive_count,
        default=10,
        metavar="N",
        help="how many (default: %(default)s)",
    )
    scorers.add_argument("--since", type=_date_argument, metavar="DATE", help="from DATE on")
    scorers.add_argument("--until", type=_date_argument, metavar="DATE", help="up to DATE")
    scorers.add_argument(
        "--competition",
        metavar="C",
        help="a tournament as results.csv names it ('UEFA Euro'), or one of friendly, "
        "qualifier, finals, nations-league, regional, other",
    )


def _plot_arguments(plot: argparse.ArgumentParser) -> None:
    _player_argument(plot)
    plot.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        type=_image_path,
        help="the image to write: .png or .svg, by its suffix",
    )
    plot.add_argument("--force", action="store_true", help="replace FILE if it exists")


def _validate_arguments(validate: argparse.ArgumentParser) -> None:
    validate.add_argument("files", metavar="FILE", nargs="+", type=Path, help="a fixture file")
    _fixtures_option(validate)
    _folder_option(
        validate,
        "--articles",
        "folder of the source articles, to check that each cited paragraph exists "
        "(default: DIR/articles inside the fixtures folder, where there is one; articles "
        "that are not there are not checked)",
    )
    _folder_option(
        validate,
        "--data",
        "folder of data sets, as for summary: a file may then name any tournament of the data's "
        "catalogue without declaring it, and declared tournaments are checked against the data "
        "(default: $CAREERSTATS_DATA)",
    )
    validate.add_argument("--strict", action="store_true", help="warnings count as errors (exit 1)")
    from careerstats.writers import FORMATS

    _format_option(validate, tuple(FORMATS))


_VALIDATE_EPILOG = (
    "exit codes: 0 no errors (warnings allowed, unless --strict); 1 at least one error, or with "
    "--strict a warning; 2 bad input (usage, a --fixtures or --articles folder that is not there)"
)


_CACHE_DESCRIPTION = """\
The validated contents of each data-set file are cached, so that the next load of the same file
reads no CSV. info: the cache folder, its files, their size and the data files they hold; clear:
remove careerstats' own cache files (never another file, never through a link). The folder is
$CAREERSTATS_CACHE_DIR, else the user's cache folder.
"""


def _cache_arguments(cache: argparse.ArgumentParser) -> None:
    cache.add_argument("action", metavar="ACTION", choices=("info", "clear"), help="info or clear")


class _VersionAction(argparse.Action):
    """``--version``, reading the installed version only when asked (importlib.metadata is slow)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("careerstats")
        except PackageNotFoundError:
            found = "unknown"
        # On standard output, as the commands write (argparse's exit writes to stderr): a
        # closed or full standard output is then one line and exit 2, as for any output.
        _write(f"{parser.prog} {found}\n")
        parser.exit(EXIT_OK)


def _fixture_set(args: argparse.Namespace) -> FixtureSet:
    from careerstats.fixtures import FixtureSet

    return FixtureSet.default(args.fixtures)


_RESULTS_ENV_VAR = "CAREERSTATS_RESULTS_DIR"
"""The data set's folder when --results-dir is not given (as the data set's module names it:
the CLI checks it without importing that module)."""

_DATASET_NEEDED = (
    "this needs the international results data set (martj42/international_results on GitHub, "
    "CC0): pass --results-dir DIR or set CAREERSTATS_RESULTS_DIR"
)


def _registered_datasets() -> tuple[RegisteredDataset, ...]:
    from careerstats.datasets import DATASETS  # the registry only: no data set's module

    return DATASETS


def _data_folder(args: argparse.Namespace, name: str) -> tuple[Path, str] | None:
    """The folder of the data set ``name`` that --data or $CAREERSTATS_DATA holds, and which of
    them gave it; ``None`` where neither is given or the folder holds no such data set."""
    from careerstats.datasets import ENV_VAR, incomplete, recognise
    from careerstats.errors import CareerstatsError, DatasetError, Problem

    folder = getattr(args, "data", None) or os.environ.get(ENV_VAR)
    if not folder:
        return None
    given = "--data" if getattr(args, "data", None) else f"${ENV_VAR}"
    partial = incomplete(folder)
    if partial:
        raise DatasetError(
            [
                Problem(
                    str(path),
                    "",
                    f"expected every file of the {dataset} data set ({given}): "
                    f"{', '.join(files)} not found",
                )
                for dataset, (path, files) in partial.items()
            ]
        )
    found = recognise(folder)
    if not found:
        kinds = "; ".join(f"{d.name}: {', '.join(d.files)}" for d in _registered_datasets())
        raise CareerstatsError(
            f"{folder}: no data set found ({given}): expected a folder holding data sets in "
            f"subfolders, each recognised by its files ({kinds})"
        )
    return None if name not in found else (found[name], given)


def _worldcup(args: argparse.Namespace) -> WorldCup | None:
    """The World Cup data set in --data or $CAREERSTATS_DATA, if it holds one."""
    located = _data_folder(args, "worldcup")
    if located is None:
        return None
    from careerstats.datasets.worldcup import WorldCup

    return _load_saying_warnings(WorldCup.load, located[0], args)


_Loaded = TypeVar("_Loaded")


def _load_saying_warnings(
    load: Callable[..., _Loaded], folder: Path | str, args: argparse.Namespace
) -> _Loaded:
    """A data set loaded with the command's --strict and --no-cache, its warnings (malformed
    rows skipped, a cache that cannot be written) each one line on standard error."""
    import warnings

    from careerstats.errors import CacheWarning, MalformedRowsWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", MalformedRowsWarning)
        warnings.simplefilter("always", CacheWarning)
        data = load(folder, strict=args.strict, cache=not args.no_cache)
    for warning in caught:
        _say(f"careerstats: warning: {warning.message}")
    return data


def _dataset(args: argparse.Namespace, required: bool) -> InternationalResults | None:
    """The data set from --results-dir, --data or the environment; malformed rows warned
    about."""
    from careerstats.errors import CareerstatsError

    # The data set's module is imported only when a folder is given: a summary without the
    # data set does not pay for it.
    folder = args.results_dir
    given = "--results-dir"
    if not folder and getattr(args, "data", None):
        located = _data_folder(args, "international_results")
        folder, given = located if located is not None else (None, given)
    if not folder and os.environ.get(_RESULTS_ENV_VAR):
        folder, given = os.environ[_RESULTS_ENV_VAR], f"${_RESULTS_ENV_VAR}"
    if not folder and not getattr(args, "data", None):  # --data was looked into above
        located = _data_folder(args, "international_results")
        folder, given = located if located is not None else (None, given)
    if not folder:
        if required:
            raise CareerstatsError(_DATASET_NEEDED)
        return None
    try:
        found = "" if Path(folder).is_dir() else "no such folder"
        if found and Path(folder).exists():
            found = "is not a folder"
    except OSError as error:  # a name too long, a folder on the way that may not be read
        raise CareerstatsError(f"{folder}: cannot read: {error.strerror} ({given})") from None
    if found:
        raise CareerstatsError(
            f"{folder}: {found} ({given}): expected the data set's folder holding results.csv, "
            "goalscorers.csv, shootouts.csv and former_names.csv"
        )
    from careerstats.datasets.international_results import InternationalResults

    return _load_saying_warnings(InternationalResults.load, folder, args)


def _career(args: argparse.Namespace, warn: bool = False) -> Career:
    """The player asked for, with the data set's goal events when the data set is given.

    With ``warn``, the fixture's warnings (which do not stop it loading) go to stderr, a line
    each: ``careerstats: warning: FILE: place: message``.
    """
    folder = _fixture_set(args)
    path = folder.find(" ".join(args.player)).path
    data = _dataset(args, required=False)
    worldcup = _worldcup(args) if hasattr(args, "data") else None
    # The data's tournaments may be named by the fixture, and check those it declares.
    folder = folder.with_catalogue(_catalogue(worldcup, data))
    career, warnings = folder.load_with_warnings(path)
    if warn:
        for problem in warnings:
            _say(f"careerstats: warning: {problem.where}: {problem.message}")
    if data is not None:
        from careerstats.reconcile import with_calendar_source, with_dataset_goals

        # Its matches are the team's calendar that bounds the ranges: a source, cited.
        career = with_calendar_source(with_dataset_goals(career, data))
        args.loaded_dataset = data
    if worldcup is not None:
        from careerstats.reconcile import with_worldcup

        career = with_worldcup(career, worldcup)
    return career


def _catalogue(*datasets: Dataset | None) -> Catalogue | None:
    """The tournament catalogue of the data sets loaded (the first given wins a tournament two
    hold: the World Cup Database is given first), ``None`` where none is."""
    loaded = [dataset for dataset in datasets if dataset is not None]
    if not loaded:
        return None
    from careerstats.catalogue import Catalogue

    return Catalogue.of(loaded)


def _validation_catalogue(args: argparse.Namespace) -> Catalogue | None:
    """The catalogue of the data sets validate's --data (or the environment, as for summary)
    holds, loaded as summary loads them by default: validate's --strict is about the fixtures'
    warnings, not the data's rows."""
    loading = argparse.Namespace(results_dir=None, data=args.data, strict=False, no_cache=False)
    return _catalogue(_worldcup(loading), _dataset(loading, required=False))


def _evidence(args: argparse.Namespace, career: Career) -> Evidence:
    """The evidence of ``career`` (with the data set's goals where it was loaded), with the
    team's calendar from the data set where one was loaded."""
    from careerstats.evidence import Evidence

    data = getattr(args, "loaded_dataset", None)
    if data is None:
        return Evidence.of(career)
    from careerstats.model import Citation
    from careerstats.reconcile import RESULTS, team_matches

    calendar = team_matches(career, data)
    return Evidence.of(career, calendar, calendar_cite=(Citation(file=RESULTS),))


def _summary(args: argparse.Namespace) -> int:
    from careerstats.claims import check_claims
    from careerstats.render import render_summary
    from careerstats.statistics import summarize

    # The summary as of a date is of the career as it stood then (statistics.known_by), its
    # caps and goals the ranges all the evidence allows on that date, built once.
    whole, drafted_from = _career_or_draft(args)
    evidence = _evidence(args, whole)
    summary = summarize(whole, args.as_of, evidence)
    career = summary.career
    data = getattr(args, "loaded_dataset", None)
    report = found = None
    if (
        data is not None and drafted_from is None
    ):  # a draft has no stated goals, nor claims to check
        from careerstats.reconcile import coverage

        until = None if args.as_of is None else args.as_of.latest
        found = coverage(career, data, until)
    if args.as_of is None and drafted_from is None:
        # Claims speak of the whole record; checked against part of it they would mislead.
        report = check_claims(career, summary, evidence)
    _write(
        render_summary(
            summary,
            args.format,
            report,
            found,
            args.as_of,
            standalone=True,
            width=_width(args),
            drafted_from=drafted_from,
        )
    )
    return EXIT_OK


def _career_or_draft(args: argparse.Namespace) -> tuple[Career, tuple[str, ...] | None]:
    """The player's fixture joined with the data sets; where he has none and a data set is
    given, the career the data sets alone hold (the draft careerstats new writes), with the
    names of the data sets it comes from. A name no data set holds is the unknown player it was."""
    from careerstats.errors import UnknownPlayerError, describe_text

    try:
        return _career(args, warn=True), None
    except UnknownPlayerError as unknown:
        if unknown.ambiguous:  # several fixtures match: which one is for the user to say
            raise
        results, worldcup = _dataset(args, required=False), _worldcup(args)
        if results is None and worldcup is None:
            raise
        from careerstats.drafts import NotInDatasetsError  # only for a player with no fixture

        try:
            draft = _draft(args, results, worldcup, _fixture_set(args))
        except NotInDatasetsError as missing:
            if not missing.suggestions or unknown.suggestions:
                raise unknown from None
            # No fixture comes close, but the data sets hold full names of that name.
            names = " or ".join(map(describe_text, missing.suggestions))
            note = f" (no fixture; in the data sets, did you mean {names}?)"
            raise UnknownPlayerError(unknown.query, (), unknown.unreadable, note=note) from None
        return draft.career, draft.datasets


def _totals(args: argparse.Namespace) -> int:
    from careerstats.render import render_totals

    career = _career(args)
    evidence = _evidence(args, career)
    rows = evidence.running_totals(args.every)
    if args.as_of is not None:
        last = args.as_of.latest
        rows = (*(row for row in rows if row.date < last), evidence.on(args.as_of))
    page = render_totals(
        career,
        rows,
        args.every,
        args.format,
        as_of=args.as_of,
        standalone=True,
        width=_width(args),
    )
    _write(page)
    return EXIT_OK


def _goals(args: argparse.Namespace) -> int:
    from careerstats.errors import CareerstatsError, UnknownPlayerError
    from careerstats.reconcile import coverage, numbered_goals, player_goals
    from careerstats.render import render_goals

    try:
        # Joined with every data set given, as summary joins it: the goals and cap numbers
        # count the World Cup line-ups too.
        joined = _career(args)
    except UnknownPlayerError as error:
        error.args = (
            f"{error}; goals lists the goals of a player with a fixture, and careerstats "
            "scorers covers everyone in the data set",
        )
        raise
    data = getattr(args, "loaded_dataset", None)
    if data is None:
        raise CareerstatsError(_DATASET_NEEDED)
    goals, found = player_goals(joined, data), coverage(joined, data)
    numbers = numbered_goals(goals, _evidence(args, joined))
    page = render_goals(
        joined, goals, found, args.format, standalone=True, width=_width(args), numbers=numbers
    )
    _write(page)
    return EXIT_OK


def _scorers(args: argparse.Namespace) -> int:
    from careerstats.datasets.international_results import CATEGORY_LABELS
    from careerstats.names import fold
    from careerstats.render import render_scorers

    since = None if args.since is None else args.since.earliest
    until = None if args.until is None else args.until.latest
    if since is not None and until is not None and since > until:
        raise _usage_error(f"--since {args.since} comes after --until {args.until}")
    data = _dataset(args, required=True)
    assert data is not None
    resolved = None if args.team is None else data.resolve_team_name(args.team)
    former = None if resolved is None else resolved.former
    if resolved is not None:
        # A former name counts the team's goals of that name's years only.
        since, until = resolved.limit(since, until)
        if former is not None and since is not None and until is not None and since > until:
            raise _usage_error(
                f"--team {args.team} is {resolved.team} as {former.former}, {former.start} to "
                f"{former.end}: the dates asked for fall outside those years"
            )
    competition = None if args.competition is None else data.resolve_competition(args.competition)
    totals = data.scorer_totals(
        team=resolved, since=since, until=until, competition=competition, top=args.top
    )
    found = data.scorer_coverage(team=resolved, since=since, until=until, competition=competition)
    parts = ["Leading scorers"]
    if resolved is not None:
        parts[0] += f" for {resolved.team}"
        if former is not None:
            parts[0] += f", as {former.former}"
        elif fold(resolved.team) != fold(args.team):
            parts[0] += f" ({args.team})"  # an alias, beside the team it names
    if competition is not None:
        parts.append(f"in {CATEGORY_LABELS.get(competition, competition)}")
    if since or until:
        parts.append(f"{since or 'from the start'} to {until or 'the latest match'}")
    filters = {
        "team": None if resolved is None else resolved.team,
        "as": None if former is None else former.former,
        "competition": competition,
        "since": None if since is None else since.isoformat(),
        "until": None if until is None else until.isoformat(),
        "top": args.top,
    }
    title = ", ".join(parts)
    page = render_scorers(
        totals, title, args.format, filters, found, standalone=True, width=_width(args)
    )
    _write(page)
    return EXIT_OK


def _usage_error(message: str) -> Exception:
    from careerstats.errors import CareerstatsError

    return CareerstatsError(message)


def _claims(args: argparse.Namespace) -> int:
    from careerstats.claims import Verdict, check_claims
    from careerstats.render import render_claims

    career = _career(args)
    report = check_claims(career, evidence=_evidence(args, career))
    _write(render_claims(report, args.format, args.only, standalone=True, width=_width(args)))
    if args.fail_on == "contradictions" and report.count(Verdict.CONTRADICTS):
        return EXIT_PROBLEMS
    return EXIT_OK


def _plot(args: argparse.Namespace) -> int:
    from careerstats.plot import render_timeline

    path: Path = args.output
    try:
        _check_output_folder(path)
        exists = path.exists()
    except OSError as error:  # a name too long, a folder we may not search
        raise _cannot_write(path, error) from None
    if exists and not args.force:
        raise _exists(path)
    image = render_timeline(_career(args), _IMAGE_FORMATS[path.suffix.lower()])
    _write_file(path, image, replace=args.force)
    return EXIT_OK


def _new(args: argparse.Namespace) -> int:
    """Write the draft of a player the data sets hold as a new fixture file (never over one)."""
    from careerstats.drafts import fixture_text
    from careerstats.fixtures import MAX_FIXTURE_BYTES

    path: Path | None = args.output
    if path is not None:
        try:
            _check_output_folder(path)
            exists = path.exists() or path.is_symlink()
        except OSError as error:  # a name too long, a folder we may not search
            raise _cannot_write(path, error) from None
        if exists:
            raise _usage_error(f"{path} exists; careerstats new never replaces a file")
    results, worldcup = _dataset(args, required=False), _worldcup(args)
    if results is None and worldcup is None:
        raise _usage_error(
            "careerstats new drafts a fixture from the data sets: pass --data DIR or set "
            "CAREERSTATS_DATA"
        )
    from careerstats.errors import AmbiguousNameError

    folder = _output_folder(args, path)
    try:
        draft = _draft(args, results, worldcup, folder, None if path is None else path.stem)
    except AmbiguousNameError as error:
        if args.born is not None or not str(error).endswith("to the day"):
            raise
        raise AmbiguousNameError(f"{error} with --born DATE") from None
    _refuse_known_player(folder, draft)
    text = fixture_text(draft)
    data = text.encode("utf-8")
    if len(data) > MAX_FIXTURE_BYTES:  # it would not load: say so now, not at validate
        raise _usage_error(
            f"the fixture of {draft.career.player.name} would be {len(data):,} bytes, more than "
            f"a fixture may hold ({MAX_FIXTURE_BYTES:,})"
        )
    if path is None:
        from careerstats.fixtures.writing import toml_for_encoding

        _write(toml_for_encoding(text, getattr(sys.stdout, "encoding", None) or "utf-8"))
    else:
        from careerstats.drafts import written_counts

        _write_file(path, data, replace=False)
        _write(
            f"wrote {_shown_path(path)}: {written_counts(draft)}; {_validate_hint(args, path)}\n"
        )
    return EXIT_OK


def _shown_path(path: Path | str) -> str:
    """A path as a line of output shows it: quoted as a shell reads it where it must be (a
    space in it), its control characters escaped."""
    import shlex

    from careerstats.errors import one_line

    return one_line(shlex.quote(str(path)))


def _validate_hint(args: argparse.Namespace, path: Path) -> str:
    """The validate command that checks a new file against the folders it was drafted for:
    the --fixtures given, which validate would not otherwise use for a file of its own folder."""
    folders = "".join(f" --fixtures {_shown_path(folder)}" for folder in args.fixtures or ())
    return f"careerstats validate{folders} {_shown_path(path)} checks it"


def _output_folder(args: argparse.Namespace, path: Path | None) -> FixtureSet:
    """The fixtures folder a new file will be checked with, as ``validate`` finds it: --fixtures,
    else the folder of ``DIR/players/FILE``, else $CAREERSTATS_FIXTURES or the bundled one."""
    from careerstats.fixtures import PLAYERS_DIR, FixtureSet

    if args.fixtures is None and path is not None and path.parent.name == PLAYERS_DIR:
        folder = FixtureSet(path.parent.parent)
    else:
        folder = _fixture_set(args)
    folder.check_root()
    return folder


def _refuse_known_player(folder: FixtureSet, draft: Draft) -> None:
    """A player the folder has a fixture for (the same id or name) is not started again: two
    files for one player would make his name ambiguous."""
    from careerstats.names import fold

    player = draft.career.player
    for ref in folder.scan()[0]:
        if ref.id == player.id or fold(ref.name) == fold(player.name):
            raise _usage_error(
                f"{ref.path} is the fixture of {ref.name} already; careerstats new starts a "
                "player who has none"
            )


def _draft(
    args: argparse.Namespace,
    results: InternationalResults | None,
    worldcup: WorldCup | None,
    folder: FixtureSet,
    id: str | None = None,
) -> Draft:
    """The career the data sets hold for the player asked for (see careerstats.drafts),
    against the fixtures folder that will check it (its shared sources and tournaments)."""
    from careerstats.drafts import draft_career

    args.loaded_dataset = results
    return draft_career(
        " ".join(args.player),
        args.team,
        results=results,
        worldcup=worldcup,
        shared_sources=folder.shared_sources(),
        shared_tournaments=folder.shared_tournaments(),
        id=id,
        born=getattr(args, "born", None),
    )


def _check_output_folder(path: Path) -> None:
    """That the folder ``path`` is to be written in is one; else one line saying what it is
    instead (a file is no folder that "does not exist")."""
    from careerstats.errors import CareerstatsError

    folder = path.parent
    if folder.is_dir():
        return
    if folder.exists():
        raise CareerstatsError(f"{path}: {str(folder)!r} is not a folder")
    raise CareerstatsError(f"{path}: the folder {str(folder)!r} does not exist")


def _exists(path: Path) -> Exception:
    from careerstats.errors import CareerstatsError

    return CareerstatsError(f"{path} exists; pass --force to replace it")


def _cannot_write(path: Path, error: OSError) -> Exception:
    from careerstats.errors import CareerstatsError

    return CareerstatsError(f"{path}: cannot write: {error.strerror or error}")


_PART_NAME_LIMIT = 100
"""How much of the file's name the temporary file beside it keeps: a name near the file
system's limit must not make the temporary name too long."""


def _write_file(path: Path, data: bytes, replace: bool) -> None:
    """Write ``data`` to ``path`` whole or not at all, even when interrupted.

    The bytes go to a temporary file beside ``path``, which is then moved into place with the
    signals held: a hard link, which fails if ``path`` appeared meanwhile (never over a file
    we did not check), or with ``replace`` a rename over the old file, which stays whole until
    then. An interruption or a failure removes the temporary file; only SIGKILL, which no
    program can catch, can leave it behind, and never under ``path``'s name.
    """
    import secrets
    import shutil

    part = path.with_name(f".{path.name[:_PART_NAME_LIMIT]}.{secrets.token_hex(4)}.part")
    try:
        try:
            with part.open("xb") as file:
                file.write(data)
            if replace and path.exists():
                shutil.copymode(path, part)  # a replaced file keeps its permissions
            with _signals_held():
                if replace:
                    part.replace(path)
                else:
                    try:
                        _link_exclusively(part, path)
                    except FileExistsError:
                        raise _exists(path) from None
                    part.unlink()
        finally:
            with _signals_held():
                part.unlink(missing_ok=True)
    except OSError as error:
        raise _cannot_write(path, error) from None


def _link_exclusively(part: Path, path: Path) -> None:
    """Give ``part`` the name ``path``, failing with FileExistsError if ``path`` exists.

    Where the file system has no hard links, ``path`` is created exclusively and replaced at
    once (inside held signals, so the empty file is never left)."""
    try:
        os.link(part, path)
    except FileExistsError:
        raise
    except OSError:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        part.replace(path)


_HELD_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold interrupting signals for a few system calls that must happen together."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):  # Windows: nothing to hold
        yield
        return
    held = {getattr(signal, name) for name in _HELD_SIGNALS if hasattr(signal, name)}
    before = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _cache(args: argparse.Namespace) -> int:
    """``cache info``: the folder and its cache files; ``cache clear``: remove them."""
    from careerstats.datasets.cache import cache_folder, cache_info, clear_cache
    from careerstats.errors import CareerstatsError, one_line
    from careerstats.input_files import cannot_read
    from careerstats.names import plural

    folder = cache_folder()
    try:
        if args.action == "clear":
            removed = clear_cache(folder)
            size = sum(entry.size for entry in removed)
            _write(
                f"removed {plural(len(removed), 'cache file')} ({size:,} bytes) from "
                f"{one_line(str(folder))}\n"
            )
            return EXIT_OK
        info = cache_info(folder)
    except OSError as error:
        raise CareerstatsError(f"{folder}: {cannot_read(error)}") from None
    lines = [
        f"folder: {one_line(str(folder))}{'' if info.exists else ' (not created yet)'}",
        f"files: {len(info.entries)}",
        f"total size: {info.size:,} bytes",
        f"entries: {sum(entry.source is not None for entry in info.entries)}",
    ]
    for entry in info.entries:
        if entry.source is None:
            lines.append(f"  {one_line(entry.file.name)}: unreadable, rebuilt on the next load")
        else:
            lines.append(
                f"  {one_line(entry.source)}: {entry.rows:,} rows, {entry.size:,} bytes, "
                f"careerstats {one_line(entry.careerstats or 'unknown')}"
            )
    _write("\n".join(lines) + "\n")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    folder = _fixture_set(args)
    refs, unreadable = folder.scan()
    for warning in folder.look_alikes(refs):
        _say(f"careerstats: warning: {warning.where}: {warning.message}")
    from careerstats.pages import players_page
    from careerstats.writers import write

    _write(write(players_page(refs), args.format, width=_width(args), standalone=True))
    return _report_unreadable(unreadable)


def _width(args: argparse.Namespace) -> int:
    """``--width``; else the terminal's width where standard output is one; else 100."""
    from careerstats.writers import DEFAULT_WIDTH

    if args.width is not None:
        return int(args.width)
    if sys.stdout is not None and sys.stdout.isatty():
        import shutil

        return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    return DEFAULT_WIDTH


def _report_unreadable(problems: Sequence[Problem]) -> int:
    for problem in problems:
        _say(f"careerstats: error: {problem}")
    return EXIT_BAD_INPUT if problems else EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from careerstats.fixtures import FixtureSet, validate_files
    from careerstats.fixtures.folder import environment_folders
    from careerstats.pages import validation_page
    from careerstats.validated import ValidationReport

    if args.fixtures is not None:
        FixtureSet(args.fixtures).check_root()  # a mistyped folder is a usage error, exit 2
    else:
        environment_folders()  # and so is an empty entry of $CAREERSTATS_FIXTURES
    if args.articles is not None:
        FixtureSet(".", args.articles).articles_dir()  # the same for the articles folder
    found = validate_files(args.files, args.fixtures, args.articles, _validation_catalogue(args))
    report = ValidationReport(
        files=tuple(args.files),
        results=tuple(_file_validation(args, path, listed) for path, listed in found.items()),
        strict=args.strict,
    )
    page = validation_page(report)
    if args.format == "text":
        _write_diagnosing(page)
    else:
        from careerstats.writers import write

        _write(write(page, args.format, standalone=True))
    return EXIT_PROBLEMS if report.failed else EXIT_OK


def _file_validation(
    args: argparse.Namespace, path: Path, problems: list[Problem]
) -> FileValidation:
    """One file's result: its problems, the note on the shared files a loose file was checked
    with (not for a file that could not be read: it was checked against nothing), and, for a
    file that passes, whether an articles folder checked its paragraphs."""
    import attrs

    from careerstats.fixtures import articles_for, folder_note
    from careerstats.validated import FileValidation

    result = FileValidation(
        path=path,
        problems=tuple(problems),
        folder_note=None if _unread(path, problems) else folder_note(path, args.fixtures),
    )
    if path.suffix == ".toml" and not result.fails(args.strict):
        checked = articles_for(path, args.fixtures, args.articles) is not None
        result = attrs.evolve(result, paragraphs_checked=checked)
    return result


def _unread(path: Path, problems: Sequence[Problem]) -> bool:
    """Whether ``path`` itself could not be read as TOML, and so was checked against nothing."""
    return any(
        problem.file == str(path)
        and (not problem.place or problem.place.startswith(("line ", "end of document")))
        for problem in problems
    )


def _write_diagnosing(page: Page) -> None:
    """A page as text, line by line: its diagnostics (:data:`careerstats.pages.DIAGNOSTICS`) on
    standard error, the rest on standard output, in the page's order."""
    import attrs

    from careerstats.blocks import Line
    from careerstats.pages import DIAGNOSTICS
    from careerstats.writers import write

    for block in page.blocks:
        text = write(attrs.evolve(page, blocks=(block,)), "text")
        if isinstance(block, Line) and block.kind in DIAGNOSTICS:
            with contextlib.suppress(_OutputError, BrokenPipeError):  # as _say
                _emit(sys.stderr, text)
        else:
            _write(text)


class _OutputError(Exception):
    """Standard output cannot be written (closed, full, gone): one line, exit 2."""


def _write(text: str) -> None:
    """Write to standard output; see :func:`_emit`."""
    _emit(sys.stdout, text)


def _say(line: str) -> None:
    """One line on standard error, its control characters escaped (a data set's warning
    quotes its rows); nothing if standard error is closed, and never on standard output."""
    from careerstats.errors import one_line

    with contextlib.suppress(_OutputError, BrokenPipeError):  # else nowhere left to say it
        _emit(sys.stderr, one_line(line) + "\n")


_ESCAPE_ERRORS = "careerstats.escape"


def _escape_unencodable(error: UnicodeError) -> tuple[str, int]:
    """Characters the stream's encoding cannot hold, as ``\\uXXXX`` escapes: readable in
    text, and valid JSON string escapes (a character past U+FFFF as its surrogate pair)."""
    assert isinstance(error, UnicodeEncodeError)
    escaped = []
    for char in error.object[error.start : error.end]:
        code = ord(char)
        if code > 0xFFFF:
            code -= 0x10000
            escaped.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            escaped.append(f"\\u{code:04x}")
    return "".join(escaped), error.end


def _emit(stream: SupportsWrite[str] | None, text: str) -> None:
    """Write ``text`` and flush. Where the stream's encoding cannot hold a character (an ASCII
    locale, ``PYTHONIOENCODING=ascii``, a file name's undecodable bytes), it is written as an
    escape instead of failing. A closed or failing stream raises :class:`_OutputError`."""
    import codecs

    if stream is None:
        raise _OutputError("it is closed")
    try:
        try:
            stream.write(text)
        except UnicodeEncodeError:
            codecs.register_error(_ESCAPE_ERRORS, _escape_unencodable)
            encoding = getattr(stream, "encoding", None) or "utf-8"
            stream.write(text.encode(encoding, _ESCAPE_ERRORS).decode(encoding))
        flush = getattr(stream, "flush", None)
        if flush is not None:
            flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as error:  # ValueError: a stream closed under us
        raise _OutputError(getattr(error, "strerror", None) or str(error)) from None


def _silence_stdout() -> None:
    """Point standard output at the null device, so that what is still buffered in it does not
    fail again when Python exits."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (tests capture it), or already gone


class _Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised like Ctrl-C's KeyboardInterrupt so that ``finally`` blocks
    run (a half-written file is removed) instead of the process dying where it stands."""

    def __init__(self, signal_number: int) -> None:
        super().__init__(signal_number)
        self.signal_number = signal_number


def _terminate(signal_number: int, _frame: object) -> None:
    raise _Terminated(signal_number)


@contextlib.contextmanager
def _termination_handled() -> Iterator[None]:
    """SIGTERM and SIGHUP raise :class:`_Terminated` while the command runs (main thread
    only: signal handlers cannot be installed elsewhere)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    names = ("SIGTERM", "SIGHUP")
    numbers = [getattr(signal, name) for name in names if hasattr(signal, name)]
    before = {number: signal.signal(number, _terminate) for number in numbers}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)


EXIT_INTERRUPTED = 130
"""Ctrl-C: 128 + SIGINT, as shells report it; SIGTERM gives 143 (128 + 15)."""


@contextlib.contextmanager
def _warnings_printed() -> Iterator[None]:
    """The library's warnings while a command runs, each printed once on standard error as
    one ``careerstats: warning: ...`` line (a figure may be computed more than once)."""
    import warnings

    from careerstats.errors import CareerstatsWarning, one_line

    shown: set[str] = set()
    default = warnings.showwarning

    def show(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: TextIO | None = None,
        line: str | None = None,
    ) -> None:
        if not issubclass(category, CareerstatsWarning):
            default(message, category, filename, lineno, file, line)
            return
        text = one_line(str(message))
        if text not in shown:
            shown.add(text)
            _say(f"careerstats: warning: {text}")

    with warnings.catch_warnings():
        warnings.simplefilter("always", CareerstatsWarning)
        warnings.showwarning = show
        yield


_COMMANDS: dict[str, _Command] = {
    "summary": _Command(
        "print a player's career summary",
        _SUMMARY_DESCRIPTION,
        _summary_arguments,
        ("page", "fixtures", "results"),
        _summary,
    ),
    "claims": _Command(
        "check every source's statements against the data, and show disagreements",
        _CLAIMS_DESCRIPTION,
        _claims_arguments,
        ("page", "fixtures", "results"),
        _claims,
    ),
    "totals": _Command(
        "print a player's caps and goals over his career, ranges where not exact",
        _TOTALS_DESCRIPTION,
        _totals_arguments,
        ("page", "fixtures", "results"),
        _totals,
    ),
    "goals": _Command(
        "list a player's goals in the international results data set",
        _GOALS_DESCRIPTION,
        lambda goals: _player_argument(goals, "an id or a name"),
        ("page", "fixtures", "results"),
        _goals,
    ),
    "scorers": _Command(
        "leading scorers in the international results data set",
        _SCORERS_DESCRIPTION,
        _scorers_arguments,
        ("page", "results"),
        _scorers,
    ),
    "plot": _Command(
        "draw a player's career timeline to a PNG or SVG file",
        _PLOT_DESCRIPTION,
        _plot_arguments,
        ("fixtures", "results"),
        _plot,
    ),
    "new": _Command(
        "start a new player's fixture from the data sets",
        _NEW_DESCRIPTION,
        _new_arguments,
        ("fixtures", "results"),
        _new,
    ),
    "list": _Command(
        "list the players in the fixtures folder",
        _LIST_DESCRIPTION,
        lambda _: None,
        ("page", "fixtures"),
        _list,
    ),
    "validate": _Command(
        "check fixture files and report every error and warning",
        _VALIDATE_DESCRIPTION,
        _validate_arguments,
        (),
        _validate,
        _VALIDATE_EPILOG,
    ),
    "cache": _Command(
        "show or clear the cache of the data set's validated files",
        _CACHE_DESCRIPTION,
        _cache_arguments,
        (),
        _cache,
    ),
}
"""Every command, in the order ``--help`` lists them."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see ``careerstats --help``)."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    try:
        with _termination_handled():
            return _main(arguments)
    except _Terminated as stop:
        return 128 + stop.signal_number
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


def _main(arguments: Sequence[str]) -> int:
    if sys.stdout is None:  # started with standard output closed (`>&-`)
        _say("careerstats: error: cannot write to standard output: it is closed")
        return EXIT_BAD_INPUT
    try:
        return _run(arguments)
    except _OutputError as error:
        _say(f"careerstats: error: cannot write to standard output: {error}")
        _silence_stdout()
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader went away (`careerstats summary x | head`): not an error of ours.
        _silence_stdout()
        return EXIT_OK


def _run(arguments: Sequence[str]) -> int:
    parser = build_parser()
    if not arguments:
        # `careerstats` alone: the help, on standard output; exit 2, as no command ran.
        _write(parser.format_help())
        return EXIT_BAD_INPUT
    args = parser.parse_args(arguments)
    run: Callable[[argparse.Namespace], int] = args.run
    from careerstats.errors import (
        MAX_LISTED,
        CareerstatsError,
        FixtureError,
        ProblemsError,
        UnknownPlayerError,
        and_more,
        capped_problems,
        one_line,
    )

    try:
        with _warnings_printed():
            return run(args)
    except UnknownPlayerError as error:
        _say(f"careerstats: error: {one_line(str(error))}")
        _report_unreadable(error.unreadable)
        return EXIT_BAD_INPUT
    except ProblemsError as error:
        # The first few, then how many more; a data set's count of its malformed rows left
        # out is kept whole, and said last.
        shown, more, counted = capped_problems(error.problems, MAX_LISTED)
        for problem in shown:
            line = f"{problem.severity}: {problem.where}: {problem.message}"
            _say(f"careerstats: {one_line(line)}")
        if more:
            hint = (
                " (careerstats validate lists them all)" if isinstance(error, FixtureError) else ""
            )
            noun = "problem" if more == 1 else "problems"
            _say(f"careerstats: error: … {and_more(more, noun)}{hint}")
        for problem in counted:
            line = f"{problem.severity}: {problem.where}: {problem.message}"
            _say(f"careerstats: {one_line(line)}")
        return EXIT_BAD_INPUT
    except CareerstatsError as error:
        _say(f"careerstats: error: {one_line(str(error))}")
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())

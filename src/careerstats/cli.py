"""The ``careerstats`` command: parses arguments and wires loader, statistics and rendering.

Only argparse is imported at start-up; each command imports what it uses, so ``--help`` and
mistyped commands answer at once.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from careerstats.datasets.international_results import InternationalResults
    from careerstats.dates import PartialDate
    from careerstats.errors import Problem
    from careerstats.fixtures import FixtureSet
    from careerstats.model import Career
    from careerstats.plot import ImageFormat

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
     read; the error names the file, the place in it and what was expected

environment:
  CAREERSTATS_FIXTURES     fixtures folder to use when --fixtures is not given
                           (default: the fixtures bundled with careerstats)
  CAREERSTATS_RESULTS_DIR  folder of the international results data set, when
                           --results-dir is not given (goals and scorers need it;
                           summary, claims and plot use it when set)

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
    """argparse that exits with 2 and one line on a usage error (its default, kept explicit)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def _fixtures_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--fixtures",
        metavar="DIR",
        type=Path,
        help="fixtures folder holding players/*.toml, sources.toml and tournaments.toml "
        "(default: $CAREERSTATS_FIXTURES, else the bundled fixtures)",
    )


def _results_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--results-dir",
        metavar="DIR",
        type=Path,
        help="folder of the international results data set (results.csv, goalscorers.csv, "
        "shootouts.csv, former_names.csv); default: $CAREERSTATS_RESULTS_DIR",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="a malformed row of the data set is an error (default: skipped, with a warning)",
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
    import re

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


def _format_option(parser: argparse.ArgumentParser, choices: Sequence[str]) -> None:
    parser.add_argument(
        "--format",
        choices=choices,
        default="text",
        help="output format (default: %(default)s)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="careerstats",
        description="Football player career statistics, computed from sourced fixtures.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction, help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    summary = commands.add_parser(
        "summary",
        help="print a player's career summary",
        description="Print a player's career summary: headline figures, tournaments, absences, "
        "milestones, honours and the sources each figure rests on.",
    )
    summary.add_argument(
        "player",
        metavar="PLAYER",
        nargs="+",
        help="an id like karim-benzema, or a name (case and accents ignored; a unique part of "
        "a name will do); several words are read as one name",
    )
    summary.add_argument(
        "--as-of",
        metavar="DATE",
        type=_date_argument,
        help="the career as it stood on DATE (2014, 2014-06 or 2014-06-30): facts dated by then",
    )
    _format_option(summary, ("text", "markdown", "json", "html"))
    _fixtures_option(summary)
    _results_option(summary)
    summary.set_defaults(run=_summary)

    claims = commands.add_parser(
        "claims",
        help="check every source's statements against the data, and show disagreements",
        description="Check every statement the sources make (stated totals, ages, spans, "
        "dates, tournament statuses and goals, posts) against what careerstats computes: "
        "agrees, contradicts, or unchecked and why. Then list where sources disagree with "
        "each other (figures, platforms, wordings, dates).",
    )
    claims.add_argument(
        "player",
        metavar="PLAYER",
        nargs="+",
        help="an id like karim-benzema, or a name; several words are read as one name",
    )
    claims.add_argument(
        "--only",
        choices=("contradictions", "disagreements", "unchecked"),
        help="show only these",
    )
    claims.add_argument(
        "--fail-on",
        choices=("contradictions",),
        help="exit 1 when a claim contradicts the data (for CI pipelines)",
    )
    _format_option(claims, ("text", "markdown", "json", "html"))
    _fixtures_option(claims)
    _results_option(claims)
    claims.set_defaults(run=_claims)

    goals = commands.add_parser(
        "goals",
        help="list a player's goals in the international results data set",
        description="List a player's goals in the international results data set (matched by "
        "his name and the aliases in his fixture), each with its match, and how many of the "
        "goals the sources state the data set holds.",
    )
    goals.add_argument("player", metavar="PLAYER", nargs="+", help="an id or a name")
    _format_option(goals, ("text", "markdown", "json"))
    _fixtures_option(goals)
    _results_option(goals)
    goals.set_defaults(run=_goals)

    scorers = commands.add_parser(
        "scorers",
        help="leading scorers in the international results data set",
        description="Leading scorers in the international results data set, own goals left "
        "out; ties go to whoever reached the total first.",
    )
    scorers.add_argument("--team", help="a team, by its current or a former name")
    scorers.add_argument(
        "--top",
        type=_whole_number_argument,
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
        "qualifier, finals, nations-league",
    )
    _format_option(scorers, ("text", "markdown", "json"))
    _results_option(scorers)
    scorers.set_defaults(run=_scorers)

    plot = commands.add_parser(
        "plot",
        help="draw a player's career timeline to a PNG or SVG file",
        description="Draw a player's career on a time axis: caps and goals recorded per year "
        "(with the data set's goals when --results-dir or $CAREERSTATS_RESULTS_DIR gives it), "
        "absences (an edge known only to the month or year hatched), tournaments played and "
        "missed, debut and retirement. Needs matplotlib: pip install 'careerstats[plot]'. "
        "FILE must end in .png or .svg, and its folder must exist. An existing FILE is left "
        "untouched unless --force is given; a failed write leaves no partial file behind. "
        "Errors exit 2.",
    )
    plot.add_argument(
        "player",
        metavar="PLAYER",
        nargs="+",
        help="an id like karim-benzema, or a name; several words are read as one name",
    )
    plot.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        type=_image_path,
        help="the image to write: .png or .svg, by its suffix",
    )
    plot.add_argument("--force", action="store_true", help="replace FILE if it exists")
    _fixtures_option(plot)
    _results_option(plot)
    plot.set_defaults(run=_plot)

    listing = commands.add_parser(
        "list",
        help="list the players in the fixtures folder",
        description="List the players in the fixtures folder: id, name and file. Files that "
        "cannot be read are reported after the list, and the exit code is then 2.",
    )
    _format_option(listing, ("text", "markdown", "json"))
    _fixtures_option(listing)
    listing.set_defaults(run=_list)

    validate = commands.add_parser(
        "validate",
        help="check fixture files and report every error and warning",
        description="Check fixture files and report every problem, one line each: "
        "FILE: place: what was expected, what was found. Errors are records that cannot all "
        "be true; warnings are statements the records contradict, or records that are odd "
        "but possible. A player file is checked together with the shared sources.toml and "
        "tournaments.toml of its fixtures folder: the folder it sits in (DIR/players/FILE), "
        "else --fixtures, $CAREERSTATS_FIXTURES or the bundled fixtures. A file that cannot "
        "be read is an error like any other. Every message is listed in docs/errors.md.",
        epilog="exit codes: 0 no errors (warnings allowed, unless --strict); 1 at least one "
        "error, or with --strict a warning; 2 bad input (usage, a --fixtures or --articles "
        "folder that is not there)",
    )
    validate.add_argument("files", metavar="FILE", nargs="+", type=Path, help="a fixture file")
    _fixtures_option(validate)
    validate.add_argument(
        "--articles",
        metavar="DIR",
        type=Path,
        help="folder of the source articles, to check that each cited paragraph exists "
        "(default: DIR/articles inside the fixtures folder, where there is one; articles "
        "that are not there are not checked)",
    )
    validate.add_argument("--strict", action="store_true", help="warnings count as errors (exit 1)")
    _format_option(validate, ("text", "json"))
    validate.set_defaults(run=_validate)
    return parser


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
        parser.exit(EXIT_OK, f"{parser.prog} {found}\n")


def _fixture_set(args: argparse.Namespace) -> FixtureSet:
    from careerstats.fixtures import FixtureSet

    return FixtureSet.default(args.fixtures)


_DATASET_NEEDED = (
    "this needs the international results data set (martj42/international_results on GitHub, "
    "CC0): pass --results-dir DIR or set CAREERSTATS_RESULTS_DIR"
)


def _dataset(args: argparse.Namespace, required: bool) -> InternationalResults | None:
    """The data set from --results-dir or the environment; malformed rows warned about."""
    import warnings

    from careerstats.datasets.international_results import ENV_VAR, InternationalResults
    from careerstats.errors import CareerstatsError, MalformedRowsWarning

    folder = args.results_dir or os.environ.get(ENV_VAR)
    if not folder:
        if required:
            raise CareerstatsError(_DATASET_NEEDED)
        return None
    if not Path(folder).is_dir():
        found = "is not a folder" if Path(folder).exists() else "no such folder"
        given = "--results-dir" if args.results_dir else f"${ENV_VAR}"
        raise CareerstatsError(
            f"{folder}: {found} ({given}): expected the data set's folder holding results.csv, "
            "goalscorers.csv, shootouts.csv and former_names.csv"
        )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", MalformedRowsWarning)
        data = InternationalResults.load(folder, strict=args.strict)
    for warning in caught:
        print(f"careerstats: warning: {warning.message}", file=sys.stderr)
    return data


def _career(args: argparse.Namespace) -> Career:
    """The player asked for, with the data set's goal events when the data set is given."""
    career = _fixture_set(args).career(" ".join(args.player))
    data = _dataset(args, required=False)
    if data is not None:
        from careerstats.reconcile import with_dataset_goals

        career = with_dataset_goals(career, data)
        args.loaded_dataset = data
    return career


def _summary(args: argparse.Namespace) -> int:
    from careerstats.claims import check_claims
    from careerstats.render import render_summary
    from careerstats.statistics import known_by, summarize

    career = _career(args)
    data = getattr(args, "loaded_dataset", None)
    report = found = None
    if args.as_of is not None:
        # Claims speak of the whole record; checked against part of it they would mislead.
        career = known_by(career, args.as_of)
    if data is not None:
        from careerstats.reconcile import coverage

        until = None if args.as_of is None else args.as_of.latest
        found = coverage(career, data, until)
    summary = summarize(career)
    if args.as_of is None:
        report = check_claims(career, summary)
    _write(render_summary(summary, args.format, report, found, as_of=args.as_of, standalone=True))
    return EXIT_OK


def _goals(args: argparse.Namespace) -> int:
    from careerstats.errors import UnknownPlayerError
    from careerstats.reconcile import coverage, player_goals
    from careerstats.render import render_goals

    try:
        career = _fixture_set(args).career(" ".join(args.player))
    except UnknownPlayerError as error:
        error.args = (
            f"{error}: goals lists the goals of a player with a fixture (careerstats list); "
            "careerstats scorers covers everyone in the data set",
        )
        raise
    data = _dataset(args, required=True)
    assert data is not None
    _write(render_goals(career, player_goals(career, data), coverage(career, data), args.format))
    return EXIT_OK


def _scorers(args: argparse.Namespace) -> int:
    from careerstats.datasets.international_results import CATEGORY_LABELS
    from careerstats.names import fold
    from careerstats.render import render_scorers

    if args.top < 1:
        raise _usage_error("--top must be 1 or more")
    since = None if args.since is None else args.since.earliest
    until = None if args.until is None else args.until.latest
    if since is not None and until is not None and since > until:
        raise _usage_error(f"--since {args.since} comes after --until {args.until}")
    data = _dataset(args, required=True)
    assert data is not None
    team = None if args.team is None else data.resolve_team(args.team)
    competition = None if args.competition is None else data.resolve_competition(args.competition)
    totals = data.scorer_totals(
        team=team, since=since, until=until, competition=competition, top=args.top
    )
    parts = ["Leading scorers"]
    if team is not None:
        # A former name is shown beside the team it now is, whose goals are counted.
        typed = "" if fold(team) == fold(args.team) else f" ({args.team})"
        parts[0] += f" for {team}{typed}"
    if competition is not None:
        parts.append(f"in {CATEGORY_LABELS.get(competition, competition)}")
    if since or until:
        parts.append(f"{since or 'from the start'} to {until or 'the latest match'}")
    filters = {
        "team": team,
        "competition": competition,
        "since": None if since is None else since.isoformat(),
        "until": None if until is None else until.isoformat(),
        "top": args.top,
    }
    _write(render_scorers(totals, ", ".join(parts), args.format, filters))
    return EXIT_OK


def _usage_error(message: str) -> Exception:
    from careerstats.errors import CareerstatsError

    return CareerstatsError(message)


def _claims(args: argparse.Namespace) -> int:
    from careerstats.claims import Verdict, check_claims
    from careerstats.render import render_claims

    report = check_claims(_career(args))
    _write(render_claims(report, args.format, only=args.only, standalone=True))
    if args.fail_on == "contradictions" and report.count(Verdict.CONTRADICTS):
        return EXIT_PROBLEMS
    return EXIT_OK


def _plot(args: argparse.Namespace) -> int:
    from careerstats.errors import CareerstatsError
    from careerstats.plot import render_timeline

    path: Path = args.output
    if not path.parent.is_dir():
        raise CareerstatsError(f"{path}: the folder {str(path.parent)!r} does not exist")
    if path.exists() and not args.force:
        raise _exists(path)
    image = render_timeline(_career(args), _IMAGE_FORMATS[path.suffix.lower()])
    _write_file(path, image, replace=args.force)
    return EXIT_OK


def _exists(path: Path) -> Exception:
    from careerstats.errors import CareerstatsError

    return CareerstatsError(f"{path} exists; pass --force to replace it")


def _write_file(path: Path, data: bytes, replace: bool) -> None:
    """Write ``data`` to ``path`` whole or not at all; a failure leaves no partial file behind."""
    import secrets
    import shutil

    from careerstats.errors import CareerstatsError

    created: Path | None = None  # ours to remove if the write fails
    try:
        if replace:
            # Written beside the file, then moved over it: the old file stays whole until then.
            part = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
            with part.open("xb") as file:
                created = part
                file.write(data)
            if path.exists():
                shutil.copymode(path, part)  # a replaced file keeps its permissions
            part.replace(path)
        else:
            # Created exclusively: never over a file that appeared since the check.
            with path.open("xb") as file:
                created = path
                file.write(data)
        created = None
    except FileExistsError:
        raise _exists(path) from None
    except OSError as error:
        raise CareerstatsError(f"{path}: cannot write: {error.strerror}") from None
    finally:
        if created is not None:
            created.unlink(missing_ok=True)


def _list(args: argparse.Namespace) -> int:
    refs, unreadable = _fixture_set(args).scan()
    if args.format == "json":
        import json

        players = [
            {"id": ref.id, "name": ref.name, "aliases": list(ref.aliases), "file": ref.path.name}
            for ref in refs
        ]
        _write(json.dumps({"players": players}, indent=2, ensure_ascii=False) + "\n")
        return _report_unreadable(unreadable)
    from tabulate import tabulate

    rows = [(ref.id, ref.name, ref.path.name) for ref in refs]
    table = tabulate(
        rows,
        headers=["Id", "Name", "File"],
        tablefmt="github" if args.format == "markdown" else "simple",
    )
    _write(table + "\n" if rows else "No players in this fixtures folder.\n")
    return _report_unreadable(unreadable)


def _report_unreadable(problems: Sequence[Problem]) -> int:
    for problem in problems:
        print(f"careerstats: error: {problem}", file=sys.stderr)
    return EXIT_BAD_INPUT if problems else EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from careerstats.errors import CareerstatsError, FixtureError, Problem
    from careerstats.fixtures import FixtureSet, validate_file

    if args.fixtures is not None:
        FixtureSet(args.fixtures).check_root()  # a mistyped folder is a usage error, exit 2
    if args.articles is not None:
        FixtureSet(".", args.articles).articles_dir()  # the same for the articles folder
    found: dict[Path, list[Problem]] = {}
    for path in args.files:
        try:
            found[path] = validate_file(path, args.fixtures, args.articles)
        except FixtureError as error:
            found[path] = list(error.problems)
        except CareerstatsError as error:
            found[path] = [Problem(str(path), "", str(error))]
    problems = [problem for listed in found.values() for problem in listed]
    errors = sum(problem.is_error for problem in problems)
    warnings = len(problems) - errors
    failed = errors + (warnings if args.strict else 0) > 0
    if args.format == "json":
        _write(_validation_json(args, problems, errors, warnings))
    else:
        _validation_text(args, found, errors, warnings)
    return EXIT_PROBLEMS if failed else EXIT_OK


def _validation_json(
    args: argparse.Namespace, problems: Sequence[Problem], errors: int, warnings: int
) -> str:
    """The object docs/errors.md describes: files checked, counts, and every problem."""
    import json

    listed = [
        {
            "file": problem.file,
            "location": problem.place,
            "severity": problem.severity.value,
            "message": problem.message,
        }
        for problem in problems
    ]
    report = {
        "files": [str(path) for path in args.files],
        "errors": errors,
        "warnings": warnings,
        "strict": args.strict,
        "problems": listed,
    }
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def _validation_text(
    args: argparse.Namespace, found: dict[Path, list[Problem]], errors: int, warnings: int
) -> None:
    """Problems on standard error, one line each; ``FILE: ok`` on standard output."""
    from careerstats.fixtures import articles_for
    from careerstats.names import plural

    with_problems = 0
    for path, problems in found.items():
        for problem in problems:
            print(problem, file=sys.stderr)
        with_problems += bool(problems)
        fails = any(problem.is_error for problem in problems) or (args.strict and problems)
        if not fails:
            notes = [plural(len(problems), "warning")] if problems else []
            if path.suffix == ".toml" and articles_for(path, args.fixtures, args.articles) is None:
                # "ok" would otherwise pass for a check of every citation's paragraph.
                notes.append("paragraphs not checked: no articles folder (--articles DIR)")
            _write(f"{path}: ok{''.join(f', {note}' for note in notes)}\n")
    if errors or warnings:
        checked = len(found)
        print(
            f"{with_problems} of {plural(checked, 'file')} with problems: "
            f"{plural(errors, 'error')}, {plural(warnings, 'warning')}",
            file=sys.stderr,
        )


def _write(text: str) -> None:
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        # A file name whose bytes are no text (the file system allows them): escaped, as stderr
        # does, rather than a traceback.
        encoding = sys.stdout.encoding or "utf-8"
        sys.stdout.write(text.encode(encoding, "backslashreplace").decode(encoding))
    sys.stdout.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see ``careerstats --help``)."""
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    from careerstats.errors import (
        CareerstatsError,
        ProblemsError,
        UnknownPlayerError,
        one_line,
    )

    try:
        return run(args)
    except UnknownPlayerError as error:
        print(f"careerstats: error: {one_line(str(error))}", file=sys.stderr)
        _report_unreadable(error.unreadable)
        return EXIT_BAD_INPUT
    except ProblemsError as error:
        for problem in error.problems:
            line = f"{problem.severity}: {problem.where}: {problem.message}"
            print(f"careerstats: {one_line(line)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except CareerstatsError as error:
        print(f"careerstats: error: {one_line(str(error))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader went away (`careerstats summary x | head`): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

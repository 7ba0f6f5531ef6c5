"""Hostile input: paths that try to leave the fixtures folder, special and huge files, deep
nesting and bad encodings in fixtures, and broken CSV files in the data set.

Each gets one line that names the file, the place and what was expected; the command exits
non-zero without a traceback; nothing is written. What careerstats opens is watched with an
audit hook (PEP 578), which sees every file opened and every folder listed, whichever function
does it, so a test can show that a file outside the fixtures folder was never even opened.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import careerstats.claims
import careerstats.cli
import careerstats.reconcile
import careerstats.render
import careerstats.statistics
from careerstats.cli import main
from careerstats.datasets import international_results
from careerstats.datasets.cache import cache_folder
from careerstats.datasets.international_results import MAX_CSV_BYTES, InternationalResults
from careerstats.errors import (
    DatasetError,
    FixtureError,
    MalformedRowsWarning,
    UnknownPlayerError,
    describe_text,
)
from careerstats.fixtures import (
    MAX_FIXTURE_BYTES,
    MAX_TOML_NESTING,
    FixtureSet,
    load_career_file,
    validate_file,
)
from careerstats.fixtures import toml as fixture_toml
from careerstats.input_files import InputFileProblem, read_input

from .conftest import PLAYER_TOML, SOURCES_TOML, TOURNAMENTS_TOML, FixtureFactory

PLAYER_FILE = "fx/players/jo-example.toml"
SAMPLE = Path(__file__).parent / "data" / "international_results"

# --- watching what is opened --------------------------------------------------------------------

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

NEXT = "careerstats list shows every player, and docs/adding-a-player.md how to add one"


@attrs.define
class Watched:
    """Files opened and folders listed while watching, as absolute paths."""

    opened: list[Path] = attrs.Factory(list)
    listed: list[Path] = attrs.Factory(list)
    written: list[Path] = attrs.Factory(list)

    def touched(self) -> list[Path]:
        """Every path opened or listed, its links followed."""
        return [path.resolve() for path in (*self.opened, *self.listed)]


_watch: Watched | None = None


def _audit(event: str, args: tuple[object, ...]) -> None:
    # Runs for every audited event of the test session (hooks cannot be removed): keep it cheap,
    # and never raise.
    if _watch is None or event not in ("open", "os.scandir", "os.listdir"):
        return
    target = args[0] if args else "."
    if isinstance(target, int) or target is None:
        target = "." if target is None else None
    if target is None:
        return  # an open file descriptor: its path was seen when it was opened
    path = Path(os.fsdecode(target)).absolute()  # type: ignore[arg-type]
    if path.suffix in (".py", ".pyc") or "__pycache__" in path.parts:
        return  # a module imported on first use, not input
    if event != "open":
        _watch.listed.append(path)
        return
    _watch.opened.append(path)
    mode, flags = args[1], args[2]
    if (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
        isinstance(flags, int) and flags & _WRITE_FLAGS
    ):
        _watch.written.append(path)


sys.addaudithook(_audit)


@contextlib.contextmanager
def watching() -> Iterator[Watched]:
    global _watch
    _watch = Watched()
    try:
        yield _watch
    finally:
        _watch = None


def snapshot(root: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every entry under ``root``: its mode, its modification time and, for files, its bytes."""
    found = {}
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        data = path.read_bytes() if stat.S_ISREG(info.st_mode) else b""
        found[str(path)] = (info.st_mode, info.st_mtime_ns, data)
    return found


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A tripwire beside the fixtures folder: a valid player file nothing may read."""
    folder = tmp_path / "outside"
    folder.mkdir()
    secret = PLAYER_TOML.replace("jo-example", "secret").replace("Jo Éxample", "Secret Agent")
    (folder / "secret.toml").write_text(secret, encoding="utf-8")
    return folder


# The modules a command imports on first use, imported here before anything is watched.
IMPORTED_FIRST = (
    careerstats.claims,
    careerstats.cli,
    careerstats.reconcile,
    careerstats.render,
    careerstats.statistics,
)

# --- queries that try to leave the folder -----------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "../../etc/passwd",
        "/etc/passwd",
        "players/../../outside/secret",
        "../outside/secret.toml",
        "secret\x00.toml",
        "~/secret",
    ],
)
def test_a_query_never_reaches_outside_the_folder(
    make_fixtures: FixtureFactory, outside: Path, query: str
) -> None:
    root = make_fixtures()
    with watching() as watched, pytest.raises(UnknownPlayerError) as caught:
        FixtureSet(root).career(query)
    assert str(caught.value) == f"unknown player {query!r}; {NEXT}"
    inside = root.resolve()
    assert watched.opened, "the folder's own files were read"
    assert all(path.is_relative_to(inside) for path in watched.touched()), watched.touched()
    assert not watched.written


def test_an_absolute_path_to_a_player_file_is_no_query(
    make_fixtures: FixtureFactory, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_fixtures()
    query = str(outside / "secret.toml")
    before = snapshot(root.parent)
    with watching() as watched:
        code, out, err = run(capsys, "summary", query, "--fixtures", str(root))
    assert (code, out) == (2, "")
    assert err == f"careerstats: error: unknown player {describe_text(query)}; {NEXT}\n"
    assert not any(path.is_relative_to(outside.resolve()) for path in watched.touched())
    assert not watched.written
    assert snapshot(root.parent) == before


# --- symbolic links ---------------------------------------------------------------------------

LEADS_OUT = "expected a file inside the fixtures folder, got a link that leads out of it"


def test_a_player_link_that_leads_out_is_reported_and_never_opened(
    make_fixtures: FixtureFactory, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_fixtures()
    (root / "players" / "secret.toml").symlink_to(outside / "secret.toml")
    before = snapshot(root.parent)
    with watching() as watched:
        refs, problems = FixtureSet(root).scan()
        with pytest.raises(FixtureError) as caught:
            FixtureSet(root).career("secret")  # asked for by the link's name
        listed = run(capsys, "list", "--fixtures", str(root))
        summary = run(capsys, "summary", "Secret Agent", "--fixtures", str(root))
    assert [ref.id for ref in refs] == ["jo-example"]
    assert [str(problem) for problem in problems] == [f"fx/players/secret.toml: {LEADS_OUT}"]
    assert str(caught.value) == f"fx/players/secret.toml: {LEADS_OUT}"
    code, out, err = listed
    assert (code, out.splitlines()[2].split()[0]) == (2, "jo-example")
    assert err == f"careerstats: error: fx/players/secret.toml: {LEADS_OUT}\n"
    assert summary == (
        2,
        "",
        "careerstats: error: unknown player 'Secret Agent' (1 player file could not be read); "
        f"{NEXT}\n"
        f"careerstats: error: fx/players/secret.toml: {LEADS_OUT}\n",
    )
    assert not any(path.is_relative_to(outside.resolve()) for path in watched.touched())
    assert not watched.written
    assert snapshot(root.parent) == before


def test_a_players_folder_that_is_a_link_out_of_the_folder(
    make_fixtures: FixtureFactory, outside: Path
) -> None:
    root = make_fixtures()
    shutil.rmtree(root / "players")
    (root / "players").symlink_to(outside, target_is_directory=True)
    _, problems = FixtureSet(root).scan()
    assert [str(problem) for problem in problems] == [f"fx/players/secret.toml: {LEADS_OUT}"]


@pytest.mark.parametrize("name", ["sources.toml", "tournaments.toml"])
def test_a_shared_file_that_leads_out_is_refused(
    make_fixtures: FixtureFactory, tmp_path: Path, name: str
) -> None:
    root = make_fixtures()
    moved = tmp_path / f"elsewhere-{name}"
    (root / name).rename(moved)
    (root / name).symlink_to(moved)
    with watching() as watched, pytest.raises(FixtureError) as caught:
        FixtureSet(root).career("jo-example")
    assert str(caught.value) == f"fx/{name}: {LEADS_OUT}"
    assert moved not in watched.opened


def test_links_that_stay_inside_the_folder_are_followed(make_fixtures: FixtureFactory) -> None:
    root = make_fixtures()
    (root / "store").mkdir()
    (root / "players" / "jo-example.toml").rename(root / "store" / "jo-example.toml")
    (root / "players" / "jo-example.toml").symlink_to(Path("../store/jo-example.toml"))
    (root / "sources.toml").rename(root / "store" / "sources.toml")
    (root / "sources.toml").symlink_to(Path("store/sources.toml"))
    assert FixtureSet(root).career("jojo").player.id == "jo-example"


def test_broken_links_and_loops_are_reported_and_hidden_files_skipped(
    make_fixtures: FixtureFactory,
) -> None:
    root = make_fixtures()
    players = root / "players"
    (players / "gone.toml").symlink_to(Path("nowhere.toml"))
    (players / "loop.toml").symlink_to(Path("loop.toml"))
    (players / ".#jo-example.toml").symlink_to(Path("user@host.1234"))  # an editor's lock
    refs, problems = FixtureSet(root).scan()
    assert [ref.id for ref in refs] == ["jo-example"]
    assert [str(problem) for problem in problems] == [
        "fx/players/gone.toml: cannot read: No such file or directory",
        "fx/players/loop.toml: cannot read: Too many levels of symbolic links",
    ]


# --- the fixtures folder itself ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("folder", "shown"),
    [
        ("fx/players/jo-example.toml", "fx/players/jo-example.toml: is not a folder"),  # a file
        ("fx/nowhere", "fx/nowhere: no such folder"),  # missing
        ("fx/players", "fx/players"),  # a folder without players/
        ("fx\x00", "fx\\x00: no such folder"),
    ],
)
def test_a_fixtures_option_that_is_no_fixtures_folder(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str], folder: str, shown: str
) -> None:
    make_fixtures()
    for command in ("list", "summary"):
        argv = [command, *(["jojo"] if command == "summary" else []), "--fixtures", folder]
        assert run(capsys, *argv) == (
            2,
            "",
            f"careerstats: error: {shown}: expected a fixtures folder with a players/ folder\n",
        )


def test_a_file_name_with_a_line_break_stays_on_one_line(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_fixtures()
    (root / "players" / "two\nlines\x1b[2J.toml").write_bytes(b"\xff")
    code, _, err = run(capsys, "list", "--fixtures", str(root))
    assert code == 2
    assert err == (
        "careerstats: error: fx/players/two\\nlines\\x1b[2J.toml: line 1, column 1: "
        "expected UTF-8 text, got byte 0xff\n"
    )


# --- what a fixture file is -------------------------------------------------------------------


def _problems(path: Path) -> list[str]:
    with pytest.raises(FixtureError) as caught:
        load_career_file(path)
    return [str(problem) for problem in caught.value.problems]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", ["player: required field missing", "team: required field missing"]),
        (
            PLAYER_TOML.encode("utf-16"),
            [
                "line 1, column 1: expected UTF-8 text, got UTF-16 (the file starts with a UTF-16 "
                "byte-order mark)"
            ],
        ),
        (bytes(range(256)), ["line 2, column 118: expected UTF-8 text, got byte 0x80"]),
        (b"\x89PNG\r\n\x1a\n\x00\x00", ["line 1, column 1: expected UTF-8 text, got byte 0x89"]),
        (
            b'[player]\nid = "a\x00"\n',
            ["line 2, column 8: invalid TOML: illegal character '\\x00'"],
        ),
    ],
    ids=["empty", "utf-16", "binary", "png", "nul"],
)
def test_files_that_are_not_toml_text(
    make_fixtures: FixtureFactory, content: bytes, expected: list[str]
) -> None:
    path = make_fixtures() / "players" / "jo-example.toml"
    path.write_bytes(content)
    assert _problems(path) == [f"{PLAYER_FILE}: {line}" for line in expected]


def test_special_files_are_refused_without_being_opened(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_fixtures()
    players = root / "players"
    (players / "folder.toml").mkdir()
    os.mkfifo(players / "pipe.toml")  # opening it to read would wait for a writer forever
    with watching() as watched:
        code, out, err = run(capsys, "list", "--fixtures", str(root))
    assert code == 2
    assert "jo-example" in out
    assert err.splitlines() == [
        "careerstats: error: fx/players/folder.toml: expected a regular file, got a directory",
        "careerstats: error: fx/players/pipe.toml: expected a regular file, got a FIFO "
        "(named pipe)",
    ]
    assert (players / "pipe.toml").absolute() not in watched.opened


def test_a_directory_named_like_a_shared_file(make_fixtures: FixtureFactory) -> None:
    root = make_fixtures()
    (root / "sources.toml").unlink()
    (root / "sources.toml").mkdir()
    assert _problems(root / "players" / "jo-example.toml") == [
        "fx/sources.toml: expected a regular file, got a directory"
    ]


# --- size -------------------------------------------------------------------------------------


def test_a_fixture_over_the_size_limit_is_refused_before_it_is_parsed(
    make_fixtures: FixtureFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_fixtures() / "players" / "jo-example.toml"
    with path.open("r+b") as file:
        file.truncate(MAX_FIXTURE_BYTES + 1)  # a sparse file: no megabyte is written
    parsed: list[int] = []
    parse = fixture_toml.tomllib.loads
    monkeypatch.setattr(
        fixture_toml.tomllib, "loads", lambda text: parsed.append(len(text)) or parse(text)
    )
    assert _problems(path) == [
        f"{PLAYER_FILE}: expected a file of at most 1 MiB (1,048,576 bytes), got 1,048,577 bytes"
    ]
    assert parsed == [len(SOURCES_TOML), len(TOURNAMENTS_TOML)]  # the shared files only


def _never_called(*_: object) -> object:
    raise AssertionError("read a file that should have been refused")


def test_a_fixture_at_the_size_limit_is_read(make_fixtures: FixtureFactory) -> None:
    padding = "#" * (MAX_FIXTURE_BYTES - len(PLAYER_TOML.encode()) - 1) + "\n"
    path = make_fixtures(player=PLAYER_TOML + padding) / "players" / "jo-example.toml"
    assert path.stat().st_size == MAX_FIXTURE_BYTES
    assert load_career_file(path).player.id == "jo-example"


def test_a_file_that_grows_after_it_was_looked_at_is_read_no_further(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "growing.toml"
    path.write_bytes(b"#" * 200)
    monkeypatch.setattr("careerstats.input_files._check", lambda info, limit: None)
    with pytest.raises(InputFileProblem) as caught:
        read_input(path, 100)
    assert caught.value.message == "expected a file of at most 0 MiB (100 bytes), got more"


# --- nesting and numbers tomllib cannot take ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("a = " + "[" * 5000 + "]" * 5000, "line 1, column 55"),
        ("a = " + "{b = " * 5000 + "1" + "}" * 5000, "line 1, column 255"),
        ("[player]\n" + "x = [" + "[" * 60 + "]" * 61, "line 2, column 55"),
    ],
    ids=["arrays", "inline-tables", "after-a-table"],
)
def test_deep_nesting_is_refused_with_its_place(
    make_fixtures: FixtureFactory, text: str, place: str
) -> None:
    path = make_fixtures(player=text) / "players" / "jo-example.toml"
    assert _problems(path) == [
        f"{PLAYER_FILE}: {place}: invalid TOML: arrays or inline tables nested more than "
        f"{MAX_TOML_NESTING} deep"
    ]


def test_brackets_in_strings_and_comments_do_not_nest(make_fixtures: FixtureFactory) -> None:
    many = "[{" * 100
    extra = (
        f"# {many}\n"
        f'[[quotes]]\nspeaker = "Jo"\nwords = "{many}"\nvia = \'{many}\'\n'
        f'message = """\n{many} "quoted" \\""" {many}"""\n'
        f"date_as_given = '''\n{many} ' '' {many}'''\n"
        'cite = ["a.txt#1"]  # ]]]\n'
    )
    path = make_fixtures(player=PLAYER_TOML + extra) / "players" / "jo-example.toml"
    assert load_career_file(path).quotes[0].words == many


def test_an_unclosed_string_is_scanned_once_not_again_from_each_quote() -> None:
    r"""Regression: an unclosed string failed to match and was tried again from every later
    quote, so a 1 MiB line of ``"\`` took hours. Left open, a string now runs to its line's end
    (a multi-line one to the file's end), and the scan goes on from there."""
    tokens = [token[0] for token in fixture_toml._TOML_TOKEN.finditer('"\\"\\"\\" [\n[ """ [')]
    assert tokens == ['"\\"\\"\\" [', "[", '""" [']
    assert fixture_toml._nested_too_deep('"\\' * 500_000) is None


def test_nesting_at_the_limit_is_parsed(make_fixtures: FixtureFactory) -> None:
    deep = "[" * MAX_TOML_NESTING + "]" * MAX_TOML_NESTING
    path = make_fixtures(player=f"{PLAYER_TOML}\nextra = {deep}\n") / "players" / "jo-example.toml"
    assert _problems(path) == [  # the file ends in an [[absences]] table
        f"{PLAYER_FILE}: absences[0]: unknown key 'extra'; expected one of start, end, kind, "
        "reason, injury, cite"
    ]


def test_a_recursion_error_is_still_one_line(
    make_fixtures: FixtureFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should the stack already be deep when tomllib recurses, the backstop still answers."""
    path = make_fixtures(player="a = " + "[" * 5000) / "players" / "jo-example.toml"
    monkeypatch.setattr(fixture_toml, "_beyond_limits", lambda text: None)
    assert _problems(path) == [
        f"{PLAYER_FILE}: invalid TOML: arrays or inline tables nested more than "
        f"{MAX_TOML_NESTING} deep"
    ]


def test_a_whole_number_too_long_for_python(make_fixtures: FixtureFactory) -> None:
    text = PLAYER_TOML.replace("caps = 40", "caps = " + "9" * 5000)
    path = make_fixtures(player=text) / "players" / "jo-example.toml"
    assert _problems(path) == [
        f"{PLAYER_FILE}: line 16, column 8: invalid TOML: a whole number of more than "
        f"{sys.get_int_max_str_digits()} digits"
    ]


def test_a_citation_paragraph_too_long_for_a_paragraph(make_fixtures: FixtureFactory) -> None:
    text = PLAYER_TOML.replace('cite = ["b.txt#5"]', f'cite = ["b.txt#{"9" * 5000}"]')
    path = make_fixtures(player=text) / "players" / "jo-example.toml"
    assert _problems(path) == [
        f"{PLAYER_FILE}: absences[0].cite[0]: expected a citation like "
        f"'001_c26b10d1ae9b22eb.txt#6' (file#paragraph), got {'b.txt#' + '9' * 54!r}… "
        "(5,006 characters)"
    ]


# --- careerstats validate ---------------------------------------------------------------------


def test_validate_gives_one_line_for_each_kind_of_file_it_cannot_check(
    make_fixtures: FixtureFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_fixtures()
    os.mkfifo("pipe.toml")
    huge = Path("huge.toml")
    with huge.open("wb") as file:
        file.truncate(3 * MAX_FIXTURE_BYTES)
    named = [str(root), "missing.toml", "pipe.toml", os.devnull, str(huge), "nul\x00.toml"]
    before = snapshot(tmp_path)
    with watching() as watched:
        code, out, err = run(capsys, "validate", *named)
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "fx: expected a regular file, got a directory",
        "missing.toml: cannot read: No such file or directory",
        "pipe.toml: expected a regular file, got a FIFO (named pipe)",
        f"{os.devnull}: expected a regular file, got a character device",
        "huge.toml: expected a file of at most 1 MiB (1,048,576 bytes), got 3,145,728 bytes",
        "nul\\x00.toml: expected a path without NUL bytes",
        "6 of 6 files with problems: 6 errors, 0 warnings",
    ]
    assert not watched.written
    assert not {Path("pipe.toml").absolute(), Path(os.devnull), huge.absolute()} & set(
        watched.opened
    )
    assert snapshot(tmp_path) == before


def test_validate_writes_nothing_for_a_good_or_a_broken_file(
    make_fixtures: FixtureFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_fixtures(player=PLAYER_TOML.replace("caps = 40", "caps = -40"))
    before = snapshot(tmp_path)
    with watching() as watched:
        code, _, _ = run(capsys, "validate", str(root / "players" / "jo-example.toml"))
        validate_file(root / "sources.toml")
    assert code == 1
    assert watched.opened
    assert not watched.written
    assert snapshot(tmp_path) == before


# --- the data set's CSV files ----------------------------------------------------------------


def _dataset(folder: Path, name: str, content: bytes) -> Path:
    """The sample data set with one file's bytes replaced."""
    folder.mkdir(exist_ok=True)
    for file in SAMPLE.glob("*.csv"):
        shutil.copy(file, folder)
    (folder / name).write_bytes(content)
    return folder


def _sample(name: str) -> bytes:
    return (SAMPLE / name).read_bytes()


def _load_problems(folder: Path, **options: bool) -> list[str]:
    with pytest.raises(DatasetError) as caught:
        InternationalResults.load(folder, **options)
    return [str(problem) for problem in caught.value.problems]


RESULTS_HEADER = b"date,home_team,away_team,home_score,away_score,tournament,city,country,neutral"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b"",
            "line 1: expected the columns date, home_team, away_team, home_score, away_score, "
            "tournament, city, country, neutral, got an empty line",
        ),
        (
            RESULTS_HEADER.replace(b"city", b"date") + b"\n",
            "line 1: expected each column once, got 'date' twice",
        ),
        (
            _sample("results.csv").decode().encode("utf-16"),
            "line 1: expected UTF-8 text, got UTF-16 (the file starts with a UTF-16 "
            "byte-order mark)",
        ),
        (
            _sample("results.csv").replace(b"Utopolis", b"Ut\xf6polis"),
            "line 2: expected UTF-8 text, got byte 0xf6",
        ),
        (
            RESULTS_HEADER.replace(b"home_team", b"hometeam") + b"\n",
            "line 1: expected the columns date, home_team, away_team, home_score, away_score, "
            "tournament, city, country, neutral; missing home_team",
        ),
    ],
    ids=["empty", "duplicated", "utf-16", "latin-1", "misspelt"],
)
def test_a_csv_file_that_cannot_be_read(tmp_path: Path, content: bytes, expected: str) -> None:
    folder = _dataset(tmp_path / "data", "results.csv", content)
    assert _load_problems(folder) == [f"{folder / 'results.csv'}: {expected}"]


def _matches(folder: Path) -> list[tuple[str, str, str]]:
    with pytest.warns(MalformedRowsWarning):
        data = InternationalResults.load(folder)
    return [(str(m.date), m.home_team, m.city) for m in data.matches]


def test_crlf_cr_a_byte_order_mark_quoted_headers_and_a_header_only_file(tmp_path: Path) -> None:
    expected = _matches(SAMPLE)
    crlf = _sample("results.csv").replace(b"\n", b"\r\n")
    assert _matches(_dataset(tmp_path / "crlf", "results.csv", crlf)) == expected
    cr = _sample("results.csv").replace(b"\n", b"\r")  # read by the csv module: CR ends a line
    assert _matches(_dataset(tmp_path / "cr", "results.csv", cr)) == expected
    bom = b"\xef\xbb\xbf" + _sample("results.csv")
    assert _matches(_dataset(tmp_path / "bom", "results.csv", bom)) == expected
    quoted = _sample("results.csv").replace(b"date,home_team", b'"date","home_team"', 1)
    assert _matches(_dataset(tmp_path / "quoted", "results.csv", quoted)) == expected
    header_only = _dataset(tmp_path / "header", "results.csv", RESULTS_HEADER)
    assert _matches(header_only) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b"2013-01-01,Utopia,Sylv", "expected 9 columns, got 3"),  # cut short, no line end
        (
            b"2013-01-01,Uto\x00pia,Sylvania,1,0,Cup,Arena,Neutralia,TRUE",
            "column home_team: expected text, got 'Uto\\x00pia'",
        ),
        (
            b"2013-01-01,Utopia,Sylvania,1" + b"0" * 5000 + b",0,Cup,Arena,Neutralia,TRUE",
            "column home_score: expected a whole number of at most 4 digits, got 5,001 digits",
        ),
        (
            b'2013-01-01,"' + b"x" * 200_000 + b",1,0,Cup,Arena,Neutralia,TRUE",
            "expected fields of at most 131,072 characters, got a longer one",
        ),
        (
            b"2013-01-01,Utopia,Sylvania,1,0,Cup," + b"A" * 100 + b",Neutralia,maybe",
            "column neutral: expected TRUE or FALSE, got 'maybe'",
        ),
        (
            b"2013-01-01,Utopia,Sylvania,x,0,Cup," + b"A" * 100 + b",Neutralia,TRUE",
            "column home_score: expected a whole number, got 'x'",
        ),
        (
            b"2013-01-01,Utopia,Sylvania,1,0,Cup,Arena,Neutralia,TRUE,extra",
            "expected 9 columns, got 10",
        ),
    ],
    ids=["truncated", "nul", "long-number", "huge-field", "bad-flag", "bad-count", "extra"],
)
def test_a_malformed_row_is_named_by_its_line_and_column(
    tmp_path: Path, line: bytes, expected: str
) -> None:
    good = b"2012-06-10,Utopia,Sylvania,1,1,Cup,Arena,Neutralia,TRUE\n"
    folder = _dataset(tmp_path / "data", "results.csv", RESULTS_HEADER + b"\n" + good + line)
    # Strict loading reports every file's malformed rows; the sample's goalscorers.csv has one.
    results = [line for line in _load_problems(folder, strict=True) if "results.csv" in line]
    assert results == [f"{folder / 'results.csv'}: line 3: {expected}"]
    with pytest.warns(MalformedRowsWarning):
        data = InternationalResults.load(folder)
    assert [str(match.date) for match in data.matches] == ["2012-06-10"]


def test_a_long_value_is_cut_short_in_its_message(tmp_path: Path) -> None:
    line = b"2013-01-01,Utopia,Sylvania,1,0,Cup,Arena,Neutralia," + b"T" * 300
    folder = _dataset(tmp_path / "data", "results.csv", RESULTS_HEADER + b"\n" + line)
    assert [line for line in _load_problems(folder, strict=True) if "results.csv" in line] == [
        f"{folder / 'results.csv'}: line 2: column neutral: expected TRUE or FALSE, got "
        f"{'T' * 60!r}… (300 characters)"
    ]


def test_special_and_huge_csv_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _dataset(tmp_path / "data", "results.csv", b"")
    (folder / "results.csv").unlink()
    (folder / "results.csv").mkdir()
    assert _load_problems(folder) == [
        f"{folder / 'results.csv'}: expected a regular file, got a directory"
    ]
    (folder / "results.csv").rmdir()
    os.mkfifo(folder / "results.csv")
    assert _load_problems(folder) == [
        f"{folder / 'results.csv'}: expected a regular file, got a FIFO (named pipe)"
    ]
    (folder / "results.csv").unlink()
    with (folder / "results.csv").open("wb") as file:
        file.truncate(MAX_CSV_BYTES + 1)  # sparse: 512 MiB on no disk
    monkeypatch.setattr(international_results, "decode_utf8", _never_called)
    assert _load_problems(folder) == [
        f"{folder / 'results.csv'}: expected a file of at most 512 MiB (536,870,912 bytes), "
        "got 536,870,913 bytes"
    ]


def test_a_results_folder_that_is_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "results.csv"
    file.write_bytes(_sample("results.csv"))
    assert run(capsys, "scorers", "--results-dir", str(file)) == (
        2,
        "",
        f"careerstats: error: {file}: is not a folder (--results-dir): expected the data set's "
        "folder holding results.csv, goalscorers.csv, shootouts.csv and former_names.csv\n",
    )


def test_the_scorers_command_on_a_broken_csv_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _dataset(tmp_path / "data", "goalscorers.csv", b"date,team\n2010-01-01,x\n")
    before = snapshot(tmp_path)
    with watching() as watched:
        code, out, err = run(capsys, "scorers", "--results-dir", str(folder))
    assert (code, out) == (2, "")
    assert err == (
        f"careerstats: error: {folder / 'goalscorers.csv'}: line 1: expected the columns date, "
        "home_team, away_team, team, scorer, minute, own_goal, penalty; missing home_team, "
        "away_team, scorer, minute, own_goal, penalty\n"
    )
    # Only the cache is written (issue 14: the files that were read whole are cached).
    cache = cache_folder()
    assert [path for path in watched.written if cache not in path.parents] == []
    assert snapshot(tmp_path) == before


# --- relative dates that fall off the calendar --------------------------------------------------


def _claim(on: str) -> str:
    return f'\n[[claims]]\nkind = "age"\nyears = 30\non = "{on}"\ncite = ["a.txt#1"]\n'


def test_a_relative_date_off_the_calendar_leaves_its_claim_unchecked(
    make_fixtures: FixtureFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    """Regression: these stopped ``claims`` and ``summary`` with an OverflowError traceback
    ("999999 days ago") or a line naming no file ("February 29 last year", "3000 years ago")."""
    claims = _claim("999999 days ago") + _claim("February 29 last year") + _claim("3000 years ago")
    root = make_fixtures(player=PLAYER_TOML + claims)  # a.txt was published on 2020-05-01
    code, out, err = run(capsys, "claims", "jojo", "--fixtures", str(root), "--format", "json")
    assert (code, err) == (0, "")
    notes = [c["note"] for c in json.loads(out)["claims"] if c["kind"] == "age"]
    assert notes == [
        "'999999 days ago' from 2020-05-01: that day falls before the year 1",
        "'February 29 last year' from 2020-05-01: day 29 is out of range for February 2019 (1-28)",
        "'3000 years ago' from 2020-05-01: year -980 is out of range 1-9999",
    ]
    assert run(capsys, "summary", "jojo", "--fixtures", str(root))[0] == 0


def test_a_count_of_days_too_long_for_a_date(make_fixtures: FixtureFactory) -> None:
    """Regression: a count of 5000 digits reached int() and came back as a ValueError's text."""
    root = make_fixtures(player=PLAYER_TOML + _claim("9" * 5000 + " days ago"))
    assert _problems(root / "players" / "jo-example.toml") == [
        f"{PLAYER_FILE}: claims[0].on: expected a date like 2007-03-28, 2007-03, 2007, "
        "yesterday, last year, 15 years ago or December 18 last year, got "
        f"{'9' * 60!r}… (5,009 characters)"
    ]


# --- file names that are no text ----------------------------------------------------------------


def test_a_file_name_that_is_no_utf8_is_shown_escaped(make_fixtures: FixtureFactory) -> None:
    """Regression: ``list`` wrote a file name holding byte 0xff to a strict UTF-8 stdout (as in
    an en_US.UTF-8 terminal) and ended in a UnicodeEncodeError traceback."""
    root = make_fixtures()
    players = root / "players"
    (players / "jo-example.toml").rename(players / os.fsdecode(b"jo\xff.toml"))
    done = subprocess.run(
        [sys.executable, "-m", "careerstats", "list", "--fixtures", "fx"],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8:strict"},
        check=False,
    )
    # The renamed file no longer matches its id: listed, and reported in one escaped line.
    assert (done.returncode, done.stderr) == (
        2,
        b"careerstats: error: fx/players/jo\\udcff.toml: player.id: expected 'jo\\udcff' "
        b"(the file's name), got 'jo-example'\n",
    )
    assert done.stdout.splitlines()[2].split() == [
        b"jo-example",
        b"Jo",
        b"\xc3\x89xample",
        b"jo\\udcff.toml",
    ]

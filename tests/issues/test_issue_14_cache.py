"""Issue 14, item 1: the data set's files parsed once per version, through a cache that is
never trusted blindly.

Each data set here is the sample of ``tests/data/international_results`` copied into
``tmp_path``; the cache folder is the test's own (``CAREERSTATS_CACHE_DIR``, set for every
test by ``tests/conftest.py``).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from careerstats.cli import main
from careerstats.datasets import cache as cache_module
from careerstats.datasets import international_results
from careerstats.datasets.cache import cache_folder, cache_info
from careerstats.datasets.international_results import InternationalResults
from careerstats.errors import CacheWarning, DatasetError, MalformedRowsWarning

from ..conftest import SHARED

SAMPLE = Path(__file__).parents[1] / "data" / "international_results"
FILES = ("results.csv", "goalscorers.csv", "shootouts.csv", "former_names.csv")


def _copy(folder: Path, source: Path = SAMPLE) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        shutil.copy(source / name, folder / name)
    return folder


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return _copy(tmp_path / "data")


@pytest.fixture
def cache_dir() -> Path:
    return cache_folder()


def _load(folder: Path, **options: bool) -> InternationalResults:
    """A load of the sample, whose malformed rows are warned about every time."""
    with pytest.warns(MalformedRowsWarning):
        return InternationalResults.load(folder, **options)


def _seen(data: InternationalResults) -> tuple[object, ...]:
    """Everything a load gives: matches, goals, totals, problems and malformed counts."""
    tables = (data._results, data._goals, data._shootouts, data._former)
    return (
        data.matches,
        data.goals,
        data.former_names,
        data.scorer_totals(),
        data.scorer_coverage(),
        [str(problem) for problem in data.problems],
        [table.skipped for table in tables],
        [table.columns for table in tables],
    )


@pytest.fixture
def no_parsing(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Once called, any CSV parse fails the test: what is loaded then came from the cache."""

    def forbid() -> None:
        def parse(*_: object) -> None:
            pytest.fail("a CSV file was parsed")

        monkeypatch.setattr(international_results, "_read_contents", parse)

    return forbid


def _cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.table"))


def _cache_file_of(cache_dir: Path, data_file: Path) -> Path:
    return cache_dir / cache_module._file_name(str(data_file.resolve()))


def test_cold_and_warm_loads_give_equal_results(
    sample: Path, cache_dir: Path, no_parsing: Callable[[], None]
) -> None:
    cold = _seen(_load(sample, cache=False))
    assert not cache_dir.exists() or _cache_files(cache_dir) == []  # cache=False writes nothing
    first = _seen(_load(sample))  # parses, and writes the cache
    assert len(_cache_files(cache_dir)) == 4
    no_parsing()
    warm = _seen(_load(sample))
    assert cold == first == warm


@pytest.mark.skipif(
    not (SHARED / "data" / "international_results").is_dir(), reason="no shared data set"
)
def test_cold_and_warm_loads_of_the_published_data_set_give_equal_results(
    no_parsing: Callable[[], None],
) -> None:
    folder = SHARED / "data" / "international_results"
    cold = InternationalResults.load(folder, cache=False)
    InternationalResults.load(folder)
    no_parsing()
    warm = InternationalResults.load(folder)
    assert cold.scorer_totals() == warm.scorer_totals()
    assert cold.matches == warm.matches
    assert cold.goals == warm.goals
    assert cold.problems == warm.problems


def test_a_warm_load_names_the_file_as_this_load_was_given_it(
    sample: Path, monkeypatch: pytest.MonkeyPatch, no_parsing: Callable[[], None]
) -> None:
    _load(sample)  # the cache, written by a load given the absolute path
    monkeypatch.chdir(sample.parent)
    no_parsing()
    problems = [str(problem) for problem in _load(Path("data")).problems]
    assert problems[0] == (
        "data/results.csv: line 5: column home_score: expected a whole number, got 'x'"
    )


def test_a_file_changed_with_its_size_and_modification_time_kept_is_not_trusted(
    sample: Path, no_parsing: Callable[[], None]
) -> None:
    goals = sample / "goalscorers.csv"
    before = goals.stat()
    assert _load(sample).scorer_totals()[0].scorer == "Jo Éxample"
    changed = goals.read_bytes().replace("Jo Éxample".encode(), "Jo Ëxample".encode())
    assert len(changed) == before.st_size
    goals.write_bytes(changed)
    os.utime(goals, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert goals.stat().st_mtime_ns == before.st_mtime_ns
    assert _load(sample).scorer_totals()[0].scorer == "Jo Ëxample"
    no_parsing()  # and the cache file was rebuilt for the new bytes
    assert _load(sample).scorer_totals()[0].scorer == "Jo Ëxample"


# --- damaged and foreign cache files ---------------------------------------------------------


def _parts(cache_file: Path) -> tuple[dict[str, Any], dict[str, Any], bytes]:
    """A cache file's header, its payload's JSON, and the codes after it."""
    data = cache_file.read_bytes()
    magic = cache_module._MAGIC
    assert data.startswith(magic)
    header_line, payload = data[len(magic) :].split(b"\n", 1)
    meta_line, codes = payload.split(b"\n", 1)
    return json.loads(header_line), json.loads(meta_line), codes


def _forge(cache_file: Path, header: dict[str, Any], meta_line: bytes, codes: bytes) -> None:
    """Write a cache file whose checksum matches its payload: only the checks of the payload
    itself can tell it is wrong."""
    payload = meta_line + b"\n" + codes
    header = {
        **header,
        "payload_size": len(payload),
        "payload_blake2b": hashlib.blake2b(payload, digest_size=32).hexdigest(),
    }
    line = json.dumps(header).encode()
    cache_file.write_bytes(cache_module._MAGIC + line + b"\n" + payload)


def _truncated(cache_file: Path) -> None:
    data = cache_file.read_bytes()
    cache_file.write_bytes(data[: len(data) // 2])


def _byte_flipped(cache_file: Path) -> None:
    data = bytearray(cache_file.read_bytes())
    data[-3] ^= 0x01  # a code: the checksum no longer matches
    cache_file.write_bytes(bytes(data))


def _header_byte_flipped(cache_file: Path) -> None:
    data = bytearray(cache_file.read_bytes())
    data[len(cache_module._MAGIC) + 2] ^= 0x20
    cache_file.write_bytes(bytes(data))


def _emptied(cache_file: Path) -> None:
    cache_file.write_bytes(b"")


def _not_json(cache_file: Path) -> None:
    header, _, codes = _parts(cache_file)
    _forge(cache_file, header, b"{not json", codes)


def _rows_as_text(cache_file: Path) -> None:
    header, meta, codes = _parts(cache_file)
    _forge(cache_file, header, json.dumps({**meta, "rows": str(meta["rows"])}).encode(), codes)


def _a_value_as_a_number(cache_file: Path) -> None:
    header, meta, codes = _parts(cache_file)
    meta["distinct"][0][0] = 2012
    _forge(cache_file, header, json.dumps(meta).encode(), codes)


def _a_problem_with_an_unknown_severity(cache_file: Path) -> None:
    header, meta, codes = _parts(cache_file)
    meta["problems"][0][3] = "fatal"
    _forge(cache_file, header, json.dumps(meta).encode(), codes)


def _a_code_out_of_range(cache_file: Path) -> None:
    header, meta, codes = _parts(cache_file)
    _forge(cache_file, header, json.dumps(meta).encode(), b"\xff" + codes[1:])


def _a_code_short(cache_file: Path) -> None:
    header, meta, codes = _parts(cache_file)
    _forge(cache_file, header, json.dumps(meta).encode(), codes[:-1])


def _another_format(cache_file: Path) -> None:
    header, meta, codes = _parts(cache_file)
    _forge(cache_file, {**header, "format": 99}, json.dumps(meta).encode(), codes)


def _another_version(cache_file: Path) -> None:
    header, meta, codes = _parts(cache_file)
    _forge(cache_file, {**header, "careerstats": "0.0.1"}, json.dumps(meta).encode(), codes)


def _another_schema(cache_file: Path) -> None:
    header, meta, codes = _parts(cache_file)
    _forge(cache_file, {**header, "schema": "{}"}, json.dumps(meta).encode(), codes)


def _a_directory(cache_file: Path) -> None:
    cache_file.unlink()
    cache_file.mkdir()


DAMAGES = [
    _truncated,
    _byte_flipped,
    _header_byte_flipped,
    _emptied,
    _not_json,
    _rows_as_text,
    _a_value_as_a_number,
    _a_problem_with_an_unknown_severity,
    _a_code_out_of_range,
    _a_code_short,
    _another_format,
    _another_version,
    _another_schema,
]


@pytest.mark.parametrize("damage", DAMAGES, ids=[damage.__name__[1:] for damage in DAMAGES])
def test_a_damaged_or_foreign_cache_file_is_never_trusted_and_is_rebuilt(
    sample: Path, cache_dir: Path, damage: Callable[[Path], None], no_parsing: Callable[[], None]
) -> None:
    cold = _seen(_load(sample, cache=False))
    _load(sample)
    cache_file = _cache_file_of(cache_dir, sample / "results.csv")
    sound = cache_file.read_bytes()
    damage(cache_file)
    assert cache_file.read_bytes() != sound
    assert _seen(_load(sample)) == cold
    assert cache_file.read_bytes() == sound  # rebuilt as it was
    no_parsing()
    assert _seen(_load(sample)) == cold


def test_a_directory_in_place_of_a_cache_file_is_a_warning(sample: Path, cache_dir: Path) -> None:
    cold = _seen(_load(sample, cache=False))
    _load(sample)
    cache_file = _cache_file_of(cache_dir, sample / "results.csv")
    _a_directory(cache_file)
    with pytest.warns(CacheWarning) as caught, pytest.warns(MalformedRowsWarning):
        data = InternationalResults.load(sample)
    assert _seen(data) == cold
    assert [str(w.message) for w in caught if w.category is CacheWarning] == [
        f"cache folder {cache_dir}: cannot write: Is a directory; the data set was read "
        "without the cache ($CAREERSTATS_CACHE_DIR moves it)"
    ]


# --- a cache folder that cannot be written ---------------------------------------------------


def _cache_warnings(folder: Path) -> tuple[InternationalResults, list[str]]:
    with pytest.warns(CacheWarning) as caught, pytest.warns(MalformedRowsWarning):
        data = InternationalResults.load(folder)
    return data, [str(w.message) for w in caught if w.category is CacheWarning]


def test_a_file_in_place_of_the_cache_folder_is_one_warning(
    sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_the_way = tmp_path / "cache-file"
    in_the_way.write_text("not a folder\n", encoding="utf-8")
    monkeypatch.setenv("CAREERSTATS_CACHE_DIR", str(in_the_way))
    cold = _seen(_load(sample, cache=False))
    data, warned = _cache_warnings(sample)
    assert warned == [
        f"cache folder {in_the_way}: cannot write: a file is in the way; the data set was "
        "read without the cache ($CAREERSTATS_CACHE_DIR moves it)"
    ]
    assert _seen(data) == cold
    assert in_the_way.read_text(encoding="utf-8") == "not a folder\n"


def test_a_cache_folder_under_a_file_is_one_warning(
    sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "file").write_text("", encoding="utf-8")
    monkeypatch.setenv("CAREERSTATS_CACHE_DIR", str(tmp_path / "file" / "cache"))
    _, warned = _cache_warnings(sample)
    assert warned == [
        f"cache folder {tmp_path / 'file' / 'cache'}: cannot write: Not a directory; the data "
        "set was read without the cache ($CAREERSTATS_CACHE_DIR moves it)"
    ]


def test_a_full_disk_is_one_warning_and_leaves_no_temporary_file(
    sample: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(cache_module.os, "replace", full)
    data, warned = _cache_warnings(sample)
    assert warned == [
        f"cache folder {cache_dir}: cannot write: No space left on device; the data set was "
        "read without the cache ($CAREERSTATS_CACHE_DIR moves it)"
    ]
    assert list(cache_dir.iterdir()) == []
    assert len(data.matches) == 3


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_cache_folder_is_one_warning(sample: Path, cache_dir: Path) -> None:
    cache_dir.chmod(0o500)
    try:
        _, warned = _cache_warnings(sample)
    finally:
        cache_dir.chmod(0o700)
    assert warned == [
        f"cache folder {cache_dir}: cannot write: Permission denied; the data set was read "
        "without the cache ($CAREERSTATS_CACHE_DIR moves it)"
    ]


def test_the_command_prints_an_unwritable_cache_as_one_warning_line(
    sample: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    in_the_way = tmp_path / "cache-file"
    in_the_way.write_text("", encoding="utf-8")
    monkeypatch.setenv("CAREERSTATS_CACHE_DIR", str(in_the_way))
    assert main(["scorers", "--results-dir", str(sample)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert (
        f"careerstats: warning: cache folder {in_the_way}: cannot write: a file is in the way; "
        "the data set was read without the cache ($CAREERSTATS_CACHE_DIR moves it)"
    ) in err
    assert len([line for line in err if "cache folder" in line]) == 1


# --- where the cache is, and when it is made -------------------------------------------------


def test_the_cache_is_in_CAREERSTATS_CACHE_DIR(
    sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "elsewhere" / "cache"
    monkeypatch.setenv("CAREERSTATS_CACHE_DIR", str(folder))
    _load(sample)
    assert len(_cache_files(folder)) == 4


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_CACHE_HOME is the Linux convention")
def test_the_default_cache_is_in_the_users_cache_folder(
    sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CAREERSTATS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    _load(sample)
    assert len(_cache_files(tmp_path / "xdg" / "careerstats")) == 4


def test_importing_creates_no_folder_and_no_cache_load_writes_none(
    sample: Path, tmp_path: Path
) -> None:
    environment = {
        **os.environ,
        "CAREERSTATS_CACHE_DIR": "",
        "XDG_CACHE_HOME": str(tmp_path / "xdg"),
        "HOME": str(tmp_path / "home"),
    }
    code = (
        "import careerstats, careerstats.cli, careerstats.datasets.cache, "
        "careerstats.datasets.international_results as r, warnings\n"
        "warnings.simplefilter('ignore')\n"
        f"r.InternationalResults.load({str(sample)!r}, cache=False)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=environment)
    assert not (tmp_path / "xdg").exists()
    assert not (tmp_path / "home").exists()


def test_no_cache_reads_the_csv_files_and_writes_nothing(
    sample: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = cache_dir / "not-yet"
    monkeypatch.setenv("CAREERSTATS_CACHE_DIR", str(folder))
    assert main(["scorers", "--no-cache", "--results-dir", str(sample)]) == 0
    assert not folder.exists()
    assert main(["scorers", "--results-dir", str(sample)]) == 0
    assert len(_cache_files(folder)) == 4


# --- careerstats cache info | clear ----------------------------------------------------------


def test_cache_info_lists_the_folder_its_files_and_their_data_files(
    sample: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _load(sample)
    capsys.readouterr()
    assert main(["cache", "info"]) == 0
    out = capsys.readouterr().out
    sizes = {path.name: path.stat().st_size for path in _cache_files(cache_dir)}
    rows = {"results.csv": 3, "goalscorers.csv": 7, "shootouts.csv": 1, "former_names.csv": 1}
    entries = sorted((_cache_file_of(cache_dir, sample / name).name, name) for name in FILES)
    assert out.splitlines() == [
        f"folder: {cache_dir}",
        "files: 4",
        f"total size: {sum(sizes.values()):,} bytes",
        "entries: 4",
        *(
            f"  {(sample / name).resolve()}: {rows[name]:,} rows, {sizes[file]:,} bytes, "
            "careerstats 0.1.0"
            for file, name in entries
        ),
    ]


def test_cache_info_of_a_folder_not_made_yet_makes_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "none-yet"
    monkeypatch.setenv("CAREERSTATS_CACHE_DIR", str(folder))
    assert main(["cache", "info"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"folder: {folder} (not created yet)",
        "files: 0",
        "total size: 0 bytes",
        "entries: 0",
    ]
    assert main(["cache", "clear"]) == 0
    assert capsys.readouterr().out == f"removed 0 cache files (0 bytes) from {folder}\n"
    assert not folder.exists()


def test_cache_info_shows_a_damaged_file_as_unreadable(
    sample: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _load(sample)
    cache_file = _cache_file_of(cache_dir, sample / "results.csv")
    _emptied(cache_file)
    capsys.readouterr()
    assert main(["cache", "info"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1:4] == ["files: 4", out[2], "entries: 3"]
    assert f"  {cache_file.name}: unreadable, rebuilt on the next load" in out


def test_cache_clear_removes_only_careerstats_own_files_and_follows_no_link(
    sample: Path, cache_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _load(sample)
    size = sum(path.stat().st_size for path in _cache_files(cache_dir))
    outside = tmp_path / "precious.table"
    outside.write_text("keep me\n", encoding="utf-8")
    link = cache_dir / ("0" * 32 + ".table")  # named as a cache file, but a link
    link.symlink_to(outside)
    (cache_dir / "notes.txt").write_text("mine\n", encoding="utf-8")
    left_by_a_kill = cache_dir / f".{'1' * 32}.table.0badf00d.tmp"
    left_by_a_kill.write_bytes(b"half")
    capsys.readouterr()
    assert main(["cache", "clear"]) == 0
    assert capsys.readouterr().out == (
        f"removed 5 cache files ({size + 4:,} bytes) from {cache_dir}\n"
    )
    assert sorted(path.name for path in cache_dir.iterdir()) == [link.name, "notes.txt"]
    assert outside.read_text(encoding="utf-8") == "keep me\n"
    assert cache_info(cache_dir).entries == ()


def test_a_cache_folder_that_cannot_be_listed_is_one_error_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    in_the_way = tmp_path / "cache-file"
    in_the_way.write_text("", encoding="utf-8")
    monkeypatch.setenv("CAREERSTATS_CACHE_DIR", str(in_the_way))
    assert main(["cache", "info"]) == 2
    assert capsys.readouterr().err == (
        f"careerstats: error: {in_the_way}: cannot read: Not a directory\n"
    )


def test_the_command_reads_the_data_sets_variable_by_its_name() -> None:
    from careerstats import cli

    assert cli._RESULTS_ENV_VAR == international_results.ENV_VAR


def test_a_warm_load_leaves_no_reference_cycle_for_the_collector(sample: Path) -> None:
    """The collector is held off while a load allocates; a cycle (a table's columns keeping
    the function that parses the table again) would then keep every load's columns and
    bytes alive until a collection, and repeated loads grow the process."""
    import gc
    import warnings

    _load(sample)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MalformedRowsWarning)
        gc.collect()
        data = InternationalResults.load(sample)
        data.scorer_totals()
        del data
        assert gc.collect() == 0


def test_a_file_changed_before_a_damaged_cache_file_is_rebuilt_is_one_error(
    sample: Path, cache_dir: Path
) -> None:
    """A code out of range is found when its column is decoded, after the load: the file is
    then parsed again, and must still be the version the load began with."""
    _load(sample)
    _a_code_out_of_range(_cache_file_of(cache_dir, sample / "results.csv"))
    data = _load(sample)
    with (sample / "results.csv").open("a", encoding="utf-8") as results:
        results.write("2020-01-01,A,B,1,0,Friendly,X,Y,FALSE\n")
    with pytest.raises(DatasetError) as caught:
        data.matches  # noqa: B018 - decodes the columns
    assert [str(problem) for problem in caught.value.problems] == [
        f"{sample / 'results.csv'}: changed while it was read: expected the bytes the load "
        "began with; load it again"
    ]


def test_named_goals_beyond_a_matchs_score_count_up_to_the_score(tmp_path: Path) -> None:
    """scorer_coverage sums whole columns; a match with more goals named than scored (a row
    written twice in goalscorers.csv) still counts no more than its score."""
    folder = _copy(tmp_path / "data")
    (folder / "results.csv").write_text(
        "date,home_team,away_team,home_score,away_score,tournament,city,country,neutral\n"
        "2010-03-03,Utopia,Freedonia,1,0,Friendly,Utopolis,Utopia,FALSE\n"
        "2010-04-04,Freedonia,Utopia,2,2,Friendly,Free City,Freedonia,FALSE\n",
        encoding="utf-8",
    )
    (folder / "goalscorers.csv").write_text(
        "date,home_team,away_team,team,scorer,minute,own_goal,penalty\n"
        "2010-03-03,Utopia,Freedonia,Utopia,Jo,17,FALSE,FALSE\n"
        "2010-03-03,Utopia,Freedonia,Utopia,Jo,17,FALSE,FALSE\n"
        "2010-04-04,Freedonia,Utopia,Utopia,Jo,5,FALSE,FALSE\n",
        encoding="utf-8",
    )
    data = InternationalResults.load(folder)
    everyone, utopia = data.scorer_coverage(), data.scorer_coverage(team="Utopia")
    assert (everyone.goals, everyone.named) == (5, 2)
    assert (utopia.goals, utopia.named) == (3, 2)

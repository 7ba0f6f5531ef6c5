"""Issue 11.5, 11.7 and 10.10: output streams, interrupted writes, the command line's edges.

Each case runs ``python -m careerstats`` in a child process, since what breaks is the process's
own standard streams, signals and exit status.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from careerstats.cli import build_parser, main
from tests.conftest import PLAYER_TOML, FixtureFactory

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "international_results"


def _run(
    *args: str,
    shell_redirect: str = "",
    env: dict[str, str] | None = None,
    stdout: int | None = subprocess.PIPE,
) -> subprocess.CompletedProcess[str]:
    """``python -m careerstats ARGS`` with ``shell_redirect`` (``>&-``) applied by a shell."""
    command = ['"$0" -m careerstats "$@"', *([shell_redirect] if shell_redirect else [])]
    return subprocess.run(
        ["sh", "-c", " ".join(command), sys.executable, *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
        text=True,
        encoding="utf-8",
        errors="surrogateescape",
        check=False,
        timeout=120,
    )


def test_a_closed_stdout_is_one_line_on_stderr_and_exit_2() -> None:
    done = _run("list", shell_redirect=">&-")
    assert (done.returncode, done.stderr) == (
        2,
        "careerstats: error: cannot write to standard output: it is closed\n",
    )


def test_help_to_a_closed_stdout_is_one_line_on_stderr() -> None:
    done = _run("--help", shell_redirect=">&-")
    assert (done.returncode, done.stderr) == (
        2,
        "careerstats: error: cannot write to standard output: it is closed\n",
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("buffered", [True, False])
def test_a_full_disk_is_one_line_on_stderr_and_exit_2(buffered: bool) -> None:
    env = {"PYTHONUNBUFFERED": "" if buffered else "1"}
    if buffered:
        env.pop("PYTHONUNBUFFERED")
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "careerstats", "list"],
            stdout=full,
            stderr=subprocess.PIPE,
            env={k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"} | env,
            text=True,
            check=False,
            timeout=120,
        )
    assert (done.returncode, done.stderr) == (
        2,
        "careerstats: error: cannot write to standard output: No space left on device\n",
    )


ASCII_ENVIRONMENTS = [
    pytest.param({"PYTHONIOENCODING": "ascii"}, id="PYTHONIOENCODING=ascii"),
    pytest.param(
        {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0", "PYTHONIOENCODING": ""},
        id="LC_ALL=C",
    ),
]


@pytest.mark.parametrize("env", ASCII_ENVIRONMENTS)
def test_help_in_an_ascii_locale_escapes_what_ascii_cannot_hold(env: dict[str, str]) -> None:
    done = _run("--help", env=env)
    assert (done.returncode, done.stderr) == (0, "")
    assert '  careerstats summary "Karim Benz\\u00e9ma" --format json\n' in done.stdout
    assert done.stdout.isascii()


@pytest.mark.parametrize("env", ASCII_ENVIRONMENTS)
def test_summary_in_an_ascii_locale_escapes_what_ascii_cannot_hold(env: dict[str, str]) -> None:
    done = _run("summary", "karim-benzema", env=env)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines()[0] == "Karim Benzema \\u2014 France"


def test_json_in_an_ascii_locale_stays_json(make_fixtures: FixtureFactory) -> None:
    # A character past U+FFFF is written as its surrogate pair: a JSON escape, not \U0001f600.
    root = make_fixtures(PLAYER_TOML.replace('name = "Jo Éxample"', 'name = "Jo Éxample 😀"'))
    done = _run(
        "list", "--format", "json", "--fixtures", str(root), env={"PYTHONIOENCODING": "ascii"}
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert '"name": "Jo \\u00c9xample \\ud83d\\ude00"' in done.stdout
    assert json.loads(done.stdout)["players"][0]["name"] == "Jo Éxample 😀"


def test_the_plain_c_locale_prints_the_help() -> None:
    done = _run("--help", env={"LC_ALL": "C"})
    assert (done.returncode, done.stderr) == (0, "")


def _dataset_with_a_malformed_row(tmp_path: Path) -> Path:
    folder = tmp_path / "results"
    shutil.copytree(SAMPLE, folder)
    with (folder / "results.csv").open("a", encoding="utf-8") as results:
        results.write("not a date,Utopia,Freedonia,1,0,Friendly,Utopolis,Utopia,FALSE\n")
    return folder


def test_with_stderr_closed_warnings_do_not_land_in_the_json(tmp_path: Path) -> None:
    # Regression: print(file=sys.stderr) with sys.stderr None writes to standard output.
    folder = _dataset_with_a_malformed_row(tmp_path)
    done = _run(
        "summary", "karim-benzema", "--format", "json", "--results-dir", str(folder),
        shell_redirect="2>&-",
    )  # fmt: skip
    assert done.returncode == 0
    assert json.loads(done.stdout)["player"]["id"] == "karim-benzema"


def test_the_malformed_row_warning_still_goes_to_stderr(tmp_path: Path) -> None:
    folder = _dataset_with_a_malformed_row(tmp_path)
    done = _run("scorers", "--top", "1", "--format", "json", "--results-dir", str(folder))
    assert done.returncode == 0
    assert done.stderr.startswith("careerstats: warning: ")
    assert json.loads(done.stdout)["filters"]["top"] == 1


# --- 11.7: interrupted writes leave nothing --------------------------------------------------

# The child renders a stand-in image (matplotlib is not what is tested) and sends itself
# SIGTERM from inside the first write to a file of the output folder: the moment the old code
# had the final name open, empty.
_TERMINATED_DURING_WRITE = """\
import os, pathlib, signal, sys
import careerstats.plot
from careerstats.cli import main

careerstats.plot.render_timeline = lambda career, image_format: b"<svg>whole image</svg>"
folder = pathlib.Path(sys.argv[1]).resolve().parent
real_open = pathlib.Path.open

class Terminating:
    def __init__(self, file):
        self.file = file
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.file.close()
    def write(self, data):
        os.kill(os.getpid(), signal.SIGTERM)
        return self.file.write(data)

def opening(self, mode="r", *args, **kwargs):
    file = real_open(self, mode, *args, **kwargs)
    if ("w" in mode or "x" in mode) and self.resolve().parent == folder:
        return Terminating(file)
    return file

pathlib.Path.open = opening
sys.exit(main(["plot", "karim-benzema", "-o", sys.argv[1], *sys.argv[2:]]))
"""


def _terminated_plot(output: Path, *extra: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", _TERMINATED_DURING_WRITE, str(output), *extra],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    return done.returncode


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=str)
def test_a_signal_during_plot_output_leaves_no_file(tmp_path: Path, stop: signal.Signals) -> None:
    # Regression: SIGTERM left a zero-byte timeline.svg, and the next run said it exists.
    output = tmp_path / "timeline.svg"
    script = _TERMINATED_DURING_WRITE.replace("signal.SIGTERM", f"signal.{stop.name}")
    done = subprocess.run(
        [sys.executable, "-c", script, str(output)], capture_output=True, check=False, timeout=120
    )
    assert (done.returncode, done.stderr) == (128 + stop, b"")
    assert list(tmp_path.iterdir()) == []


def test_sigterm_during_plot_force_leaves_the_old_file_whole_and_no_part_file(
    tmp_path: Path,
) -> None:
    # Regression: with --force a .timeline.svg.XXXX.part file was left beside the old one.
    output = tmp_path / "timeline.svg"
    output.write_bytes(b"<svg>old image</svg>")
    assert _terminated_plot(output, "--force") == 128 + signal.SIGTERM
    assert list(tmp_path.iterdir()) == [output]
    assert output.read_bytes() == b"<svg>old image</svg>"


def test_plot_output_is_moved_into_place_whole(tmp_path: Path) -> None:
    script = _TERMINATED_DURING_WRITE.replace("os.kill(os.getpid(), signal.SIGTERM)", "pass")
    output = tmp_path / "timeline.svg"
    done = subprocess.run(
        [sys.executable, "-c", script, str(output)], capture_output=True, check=False, timeout=120
    )
    assert done.returncode == 0
    assert list(tmp_path.iterdir()) == [output]
    assert output.read_bytes() == b"<svg>whole image</svg>"


def test_plot_never_replaces_a_file_that_appeared_after_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import careerstats.plot

    output = tmp_path / "timeline.svg"

    def render_and_meanwhile_someone_writes(*_: object) -> bytes:
        output.write_bytes(b"theirs")
        return b"ours"

    monkeypatch.setattr(careerstats.plot, "render_timeline", render_and_meanwhile_someone_writes)
    assert main(["plot", "karim-benzema", "-o", str(output)]) == 2
    assert capsys.readouterr().err == (
        f"careerstats: error: {output} exists; pass --force to replace it\n"
    )
    assert list(tmp_path.iterdir()) == [output]
    assert output.read_bytes() == b"theirs"


LONG = "a" * 300


@pytest.mark.parametrize("output", [f"{LONG}.png", f"{LONG}/timeline.png"])
def test_an_output_name_too_long_is_one_line(
    output: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / output
    assert main(["plot", "karim-benzema", "-o", str(path)]) == 2
    assert (
        capsys.readouterr().err == f"careerstats: error: {path}: cannot write: File name too long\n"
    )


def test_a_permission_refused_for_the_output_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # As root no folder refuses a write: the refusal is simulated where the file is created.
    import careerstats.plot

    monkeypatch.setattr(careerstats.plot, "render_timeline", lambda *_: b"image")
    real_open = Path.open

    def refusing(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        if "x" in mode or "w" in mode:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refusing)
    path = tmp_path / "timeline.png"
    assert main(["plot", "karim-benzema", "-o", str(path)]) == 2
    assert (
        capsys.readouterr().err == f"careerstats: error: {path}: cannot write: Permission denied\n"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_an_output_folder_we_may_not_write_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import careerstats.plot

    monkeypatch.setattr(careerstats.plot, "render_timeline", lambda *_: b"image")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    path = locked / "timeline.png"
    assert main(["plot", "karim-benzema", "-o", str(path)]) == 2
    assert (
        capsys.readouterr().err == f"careerstats: error: {path}: cannot write: Permission denied\n"
    )


# --- 10.10: the command line's edges ---------------------------------------------------------


def test_careerstats_alone_prints_the_help_on_stdout_and_exits_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Regression: "careerstats: error: the following arguments are required: COMMAND".
    assert main([]) == 2
    out, err = capsys.readouterr()
    assert (out, err) == (build_parser().format_help(), "")


def test_top_0_is_a_usage_error_of_scorers(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["scorers", "--top", "0", "--results-dir", str(SAMPLE)])
    assert caught.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "careerstats scorers: error: argument --top: expected 1 or more, got 0"
    )


@pytest.mark.parametrize(
    ("top", "message"),
    [
        ("-3", "expected 1 or more, got -3"),
        ("ten", "expected a whole number like 10, got 'ten'"),
        (
            "\u0661\u0660",
            "expected a whole number like 10, got '\u0661\u0660' (digits are written 0-9)",
        ),
    ],
)
def test_top_must_be_a_whole_number_of_1_or_more(
    top: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["scorers", "--top", top, "--results-dir", str(SAMPLE)])
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"careerstats scorers: error: argument --top: {message}"
    )

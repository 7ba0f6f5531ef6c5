"""docs/cli.md keeps up with the command's parser: every command, option, choice and exit code."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from careerstats import cli
from careerstats.datasets.cache import ENV_VAR as CACHE_ENV_VAR
from careerstats.datasets.international_results import ENV_VAR as RESULTS_ENV_VAR
from careerstats.fixtures import ENV_VAR as FIXTURES_ENV_VAR

PAGE = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
TEXT = PAGE.read_text(encoding="utf-8")


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = cli.build_parser()
    [subparsers] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(subparsers.choices)


COMMANDS = _commands()


def _section(title: str) -> str:
    """The text under the heading ``## title`` up to the next ``## `` heading."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", TEXT, re.MULTILINE | re.DOTALL)
    assert match is not None, f"docs/cli.md has no section '## {title}'"
    return match.group(1)


def _synopsis(text: str) -> str:
    """The first ```text block, its white space collapsed as argparse's usage is compared."""
    match = re.search(r"^```text\n(.*?)^```$", text, re.MULTILINE | re.DOTALL)
    assert match is not None
    return " ".join(match.group(1).split())


def _usage(parser: argparse.ArgumentParser) -> str:
    return " ".join(parser.format_usage().removeprefix("usage:").split())


def _documented(action: argparse.Action) -> list[str]:
    """What the page must show of an argument: its option strings or metavar, its choices."""
    shown = [f"`{option}" for option in action.option_strings]
    if not action.option_strings:
        shown.append(f"`{action.metavar}`")
    if action.choices is not None:
        shown.append("{" + ",".join(map(str, action.choices)) + "}")
    return shown


def test_every_command_has_a_section_in_the_order_of_the_help() -> None:
    headings = re.findall(r"^## `careerstats (\w+)`$", TEXT, re.MULTILINE)
    assert headings == list(COMMANDS)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_each_section_opens_with_the_command_usage(name: str) -> None:
    assert _synopsis(_section(f"`careerstats {name}`")) == _usage(COMMANDS[name])


@pytest.mark.parametrize("name", list(COMMANDS))
def test_each_section_names_every_option_and_choice_of_its_command(name: str) -> None:
    section = _section(f"`careerstats {name}`")
    missing = [
        shown
        for action in COMMANDS[name]._actions
        if not isinstance(action, argparse._HelpAction)
        for shown in _documented(action)
        if shown not in section
    ]
    assert missing == []


def test_the_page_opens_with_the_top_level_usage_and_its_options() -> None:
    parser = cli.build_parser()
    assert _synopsis(TEXT) == _usage(parser)
    missing = [
        shown
        for action in parser._actions
        if not isinstance(action, argparse._SubParsersAction)
        for shown in _documented(action)
        if shown not in TEXT
    ]
    assert missing == []


def test_the_environment_variables_are_described() -> None:
    section = _section("Environment variables")
    variables = (FIXTURES_ENV_VAR, RESULTS_ENV_VAR, CACHE_ENV_VAR)
    assert [var for var in variables if f"`{var}`" not in section] == []


def test_every_exit_code_has_a_row() -> None:
    section = _section("Exit codes")
    codes = (cli.EXIT_OK, cli.EXIT_PROBLEMS, cli.EXIT_BAD_INPUT)
    assert [code for code in codes if f"\n| {code} |" not in section] == []

"""Issue 12, item 6: ``careerstats.fixtures`` is a package by job, its public face unchanged.

The names are written here as the single module ``fixtures.py`` had them (its ``__all__`` at
a5321da), so that splitting it can neither drop nor add a public name unnoticed.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import careerstats.fixtures

OLD_ALL = [
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
"""``careerstats.fixtures.__all__`` before the split."""

ALSO_IMPORTED = [
    "ENV_VAR",
    "MAX_ARTICLE_BYTES",
    "articles_for",
    "validate_files",
    "ARTICLES_DIR",
    "MIN_PREFIX",
    "PLAYERS_DIR",
    "SOURCES_FILE",
    "TOURNAMENTS_FILE",
]
"""Names outside ``__all__`` that the CLI, the tests and the docs import from it, and the other
public names the module defined."""

SRC = Path(careerstats.fixtures.__file__).resolve().parents[1]
JOBS = ("conversion", "toml", "folder", "checks")


def test_the_public_names_of_the_fixtures_package_are_those_of_the_module() -> None:
    assert careerstats.fixtures.__all__ == OLD_ALL
    for name in [*OLD_ALL, *ALSO_IMPORTED]:
        assert getattr(careerstats.fixtures, name) is not None, name


def test_each_public_name_is_defined_in_one_job_module() -> None:
    """The package's ``__init__`` only re-exports: each name is one module's, imported."""
    for name in [*OLD_ALL, *ALSO_IMPORTED]:
        owners = [
            job
            for job in JOBS
            if name in vars(importlib.import_module(f"careerstats.fixtures.{job}"))
            and _defines(job, name)
        ]
        assert len(owners) == 1, (name, owners)


def _defines(job: str, name: str) -> bool:
    tree = ast.parse((SRC / "fixtures" / f"{job}.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef) and node.name == name:
            return True
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        if any(isinstance(target, ast.Name) and target.id == name for target in targets):
            return True
    return False


def test_what_the_library_and_the_cli_import_from_the_fixtures_package_is_there() -> None:
    """Every ``from careerstats.fixtures import X`` in src/ finds X."""
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "careerstats.fixtures":
                for alias in node.names:
                    assert hasattr(careerstats.fixtures, alias.name), (path.name, alias.name)


def test_no_job_module_is_named_as_a_public_name() -> None:
    """A module ``fixtures/converter.py`` would be shadowed by the ``converter`` it re-exports:
    ``import careerstats.fixtures.converter as module`` gave the Converter, not the module."""
    assert not set(JOBS) & {*OLD_ALL, *ALSO_IMPORTED}
    for job in JOBS:
        module = importlib.import_module(f"careerstats.fixtures.{job}")
        assert getattr(careerstats.fixtures, job) is module

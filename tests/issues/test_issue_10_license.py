"""Issue 10.14: the MIT licence the metadata names ships in the repository, wheel and sdist."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_repository_holds_the_mit_licence_the_metadata_names() -> None:
    # Regression: pyproject said license = "MIT" but no LICENSE file existed anywhere.
    assert PROJECT["project"]["license"] == "MIT"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "MIT License"
    assert "Copyright (c) 2026 careerstats developers" in text
    assert "Permission is hereby granted, free of charge, to any person obtaining a copy" in text


def test_the_wheel_and_the_sdist_carry_the_licence() -> None:
    # The wheel takes license-files into .dist-info/licenses/; the sdist takes its include list.
    assert PROJECT["project"]["license-files"] == ["LICENSE"]
    assert "LICENSE" in PROJECT["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]

"""The doctests of docs/, src/ and README.md keep the data-set cache in a temporary folder.

tests/conftest.py gives each test under tests/ a cache folder of its own; the doctests
elsewhere load the data set too, and must not write to the user's cache folder either.
"""

from __future__ import annotations

import os
import tempfile

import pytest

_CACHE_ENV_VAR = "CAREERSTATS_CACHE_DIR"


def pytest_configure(config: pytest.Config) -> None:
    folder = tempfile.mkdtemp(prefix="careerstats-cache-")
    config.add_cleanup(lambda: _remove(folder))
    os.environ[_CACHE_ENV_VAR] = folder


def _remove(folder: str) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)

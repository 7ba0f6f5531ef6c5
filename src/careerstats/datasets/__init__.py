"""Readers for external data sets, one module each, registered in :data:`DATASETS`.

The registry names each data set, the files that recognise its folder and the class that reads
it (imported only when a data set is loaded: the command line's start-up imports none). The
command line's options and the sources table are built from it; :func:`recognise` finds the data
sets in a folder given by ``--data``: the folder itself, or its subfolders, each recognised by
its files.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from careerstats.datasets.base import Dataset

__all__ = ["DATASETS", "ENV_VAR", "RegisteredDataset", "incomplete", "recognise", "registered"]

ENV_VAR = "CAREERSTATS_DATA"
"""The folder of data sets when ``--data`` is not given."""


class RegisteredDataset(NamedTuple):
    """A data set as the registry knows it, before its module is imported."""

    name: str
    """Its name, and the usual name of its subfolder."""
    title: str
    """What it is, as a help text names it."""
    files: tuple[str, ...]
    """The files a folder must hold to be this data set (its class's ``files``)."""
    module: str
    attribute: str

    def dataset_class(self) -> type[Dataset]:
        """The class that reads the data set (its module imported now)."""
        found: type[Dataset] = getattr(importlib.import_module(self.module), self.attribute)
        return found

    def holds(self, folder: Path) -> bool:
        """Whether ``folder`` holds every file of this data set."""
        return all((folder / file).is_file() for file in self.files)


DATASETS: tuple[RegisteredDataset, ...] = (
    RegisteredDataset(
        name="international_results",
        title="the international football results (martj42/international_results, CC0)",
        files=("results.csv", "goalscorers.csv", "shootouts.csv", "former_names.csv"),
        module="careerstats.datasets.international_results",
        attribute="InternationalResults",
    ),
    RegisteredDataset(
        name="worldcup",
        title="the Fjelstul World Cup Database (CC BY-SA 4.0)",
        files=(
            "tournaments.csv",
            "matches.csv",
            "players.csv",
            "squads.csv",
            "player_appearances.csv",
            "substitutions.csv",
            "goals.csv",
            "bookings.csv",
            "tournament_standings.csv",
        ),
        module="careerstats.datasets.worldcup",
        attribute="WorldCup",
    ),
)
"""Every data set careerstats reads, in the order the sources table lists them."""


def registered(name: str) -> RegisteredDataset:
    """The registered data set of that name (a KeyError for a name not registered)."""
    for dataset in DATASETS:
        if dataset.name == name:
            return dataset
    raise KeyError(name)


def recognise(folder: Path | str) -> dict[str, Path]:
    """The data sets in ``folder``, by name: the folder itself where it holds one, and each
    subfolder (in name order) holding one; the first folder found for a data set is kept.

    Unreadable subfolders are passed over: a folder of data sets may hold other things.
    """
    root = Path(folder)
    found: dict[str, Path] = {}
    try:
        children = sorted(entry.path for entry in os.scandir(root) if entry.is_dir())
    except (OSError, ValueError):  # not a folder, not readable; a NUL byte in the name
        children = []
    for candidate in (root, *map(Path, children)):
        for dataset in DATASETS:
            try:
                if dataset.name not in found and dataset.holds(candidate):
                    found[dataset.name] = candidate
            except (OSError, ValueError):
                continue
    return found


def incomplete(folder: Path | str) -> dict[str, tuple[Path, list[str]]]:
    """The subfolders of ``folder`` named as a data set is (``worldcup/``) that miss some of
    its files, by data set, with the files they miss. Such a folder is no data set to
    :func:`recognise`; passing over it unsaid would leave out all of its facts (a fixture
    written by ``careerstats new`` without its World Cup line-ups). A folder that cannot be
    looked at is passed over, as there."""
    root = Path(folder)
    found = {}
    for dataset in DATASETS:
        candidate = root / dataset.name
        try:
            if candidate.is_dir() and not dataset.holds(candidate):
                missing = [file for file in dataset.files if not (candidate / file).is_file()]
                found[dataset.name] = (candidate, missing)
        except (OSError, ValueError):
            continue
    return found

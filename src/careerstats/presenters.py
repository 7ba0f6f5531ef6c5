"""How a model object shows itself to a user: a registry the display side fills.

The model, the statistics and the claim engine know nothing of pages, writers or frames
(docs: the layers). Their ``_repr_html_``, ``__repr__`` and ``to_frame`` ask this registry,
by the object's kind (``"career"``, ``"summary"``, ``"claims"``), for the function that shows it;
:mod:`careerstats.display` fills it when ``careerstats`` is imported. Only names are registered
here, so importing it costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

__all__ = ["Kind", "Way", "present", "register"]

Kind = Literal["career", "summary", "claims"]
"""What is shown."""
Way = Literal["html", "repr", "frame"]
"""How: a notebook's HTML, a short ``repr``, or a DataFrame (given a table name)."""

_PRESENTERS: dict[tuple[Kind, Way], Callable[..., Any]] = {}


def register(kind: Kind, way: Way, presenter: Callable[..., Any]) -> None:
    """Show ``kind`` the ``way`` given by calling ``presenter(value, *arguments)``."""
    _PRESENTERS[kind, way] = presenter


def present(kind: Kind, way: Way, value: object, *arguments: object) -> Any:
    """What the registered presenter makes of ``value``."""
    return _PRESENTERS[kind, way](value, *arguments)

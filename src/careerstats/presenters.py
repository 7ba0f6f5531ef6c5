"""How a model object shows itself to a user: a registry the display side fills.

The model, the statistics and the claim engine know nothing of pages, writers or frames
(docs: the layers). Their ``_repr_html_``, ``__repr__`` and ``to_frame`` ask this registry,
by the object's kind (``"career"``, ``"summary"``, ``"claims"``), for the function that shows it;
:mod:`careerstats.display` fills it when ``careerstats`` is imported. Only names are registered
here, so importing it costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Literal

__all__ = ["Kind", "Presented", "Way", "present", "register"]

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


class Presented:
    """A base for what shows itself through the registry: a short ``repr`` and a notebook's
    HTML, by its ``presented_as`` kind (the model's classes inherit it; no state of its own)."""

    __slots__ = ()
    presented_as: ClassVar[Kind]

    def __repr__(self) -> str:
        return str(present(self.presented_as, "repr", self))

    def _repr_html_(self) -> str:
        """What a notebook shows: the page's tables, every string HTML-escaped."""
        return str(present(self.presented_as, "html", self))

    def _frame(self, *arguments: object) -> Any:
        return present(self.presented_as, "frame", self, *arguments)

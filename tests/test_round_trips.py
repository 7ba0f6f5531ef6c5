"""Round trips: a career written out as TOML text or JSON and read back is the same career.

Careers come from :data:`tests.strategies.careers` (every kind of table, texts in any script);
TOML is written with tomli-w, which only the tests need (the ``test`` extra).
"""

from __future__ import annotations

import json
import tomllib

import tomli_w
from hypothesis import given, settings

from careerstats.fixtures import dump_career, structure_career
from careerstats.model import Career

from .strategies import careers


@settings(max_examples=60, deadline=None)
@given(careers)
def test_dump_write_toml_and_read_back_gives_an_equal_career(career: Career) -> None:
    data = dump_career(career)
    assert structure_career(tomllib.loads(tomli_w.dumps(data))) == career
    assert structure_career(json.loads(json.dumps(data))) == career


def test_the_bundled_career_round_trips_through_toml_text(benzema: Career) -> None:
    text = tomli_w.dumps(dump_career(benzema))
    assert structure_career(tomllib.loads(text)) == benzema

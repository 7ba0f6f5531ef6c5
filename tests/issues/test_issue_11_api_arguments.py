"""Issue 11.10: the Python API says what is wrong with an argument, at its boundary.

Every public callable is called with ``None`` and with a value of the wrong type; each must
raise a :class:`CareerstatsError` that is also a ``TypeError`` (not an ``AttributeError`` from
deep inside). Values no answer fits raise one that is also a ``ValueError``.
"""

from __future__ import annotations

import datetime
import inspect
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

import careerstats
from careerstats import claims, dates, fixtures, frames, names, plot, reconcile, render, statistics
from careerstats.claims import check_claims
from careerstats.datasets import international_results
from careerstats.datasets.international_results import InternationalResults
from careerstats.dates import PartialDate, Span, age_on
from careerstats.errors import (
    ArgumentTypeError,
    CareerstatsError,
    DatasetMatchWarning,
    InvalidValueError,
    MalformedRowsWarning,
)
from careerstats.fixtures import FixtureSet, bundled_fixtures_dir, load_career
from careerstats.statistics import summarize
from careerstats.words import note, value
from tests.conftest import PLAYER_TOML, SOURCES_TOML, FixtureFactory

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "international_results"
BENZEMA = load_career("karim-benzema")
SUMMARY = summarize(BENZEMA)
REPORT = check_claims(BENZEMA, SUMMARY)
with warnings.catch_warnings():
    warnings.simplefilter("ignore", MalformedRowsWarning)  # the sample's malformed rows
    DATA = InternationalResults.load(SAMPLE)
    # The sample has no France: the coverage of his goals warns so, and is empty.
    warnings.simplefilter("ignore", DatasetMatchWarning)
    COVERAGE = reconcile.coverage(BENZEMA, DATA)
DAY = PartialDate(2014, 6, 30)
BUNDLED = FixtureSet(bundled_fixtures_dir())
Call = Callable[[], Any]

STATISTICS = [
    "age_at_debut",
    "age_at_retirement",
    "caps",
    "caps_short_of_century",
    "career_span",
    "debut",
    "goals",
    "goals_per_cap",
    "longest_absence",
    "milestones",
    "recorded_by_year",
    "retirement_date",
    "summarize",
    "tournaments",
]
FRAMES_OF_A_CAREER = [
    "absence_records",
    "appearance_records",
    "goal_records",
    "tournament_records",
    "absences_frame",
    "appearances_frame",
    "goals_frame",
    "tournaments_frame",
    "career_frame",
]
FRAMES_OF_A_REPORT = [
    "claim_records",
    "disagreement_records",
    "claims_frame",
    "disagreements_frame",
    "report_frame",
]


def _wrong(value: object) -> list[tuple[str, Call]]:
    """Every public callable given ``value`` where its first argument (or another) belongs."""
    calls: list[tuple[str, Call]] = [
        # careerstats.__all__
        ("load_career(query)", lambda: load_career(value)),
        ("load_career(fixtures)?", lambda: load_career("benzema", fixtures=value)),
        ("load_career(articles)?", lambda: load_career("benzema", articles=value)),
        ("load_career_file(path)", lambda: fixtures.load_career_file(value)),
        ("validate_file(path)", lambda: fixtures.validate_file(value)),
        ("structure_career(data)", lambda: fixtures.structure_career(value)),
        ("dump_career(career)", lambda: fixtures.dump_career(value)),
        ("FixtureSet(root)", lambda: FixtureSet(value)),
        ("FixtureSet(articles)?", lambda: FixtureSet(".", value)),
        ("FixtureSet.default(override)?", lambda: FixtureSet.default(value)),
        ("FixtureSet.find(query)", lambda: BUNDLED.find(value)),
        ("FixtureSet.career(query)", lambda: BUNDLED.career(value)),
        ("FixtureSet.load_file(path)", lambda: BUNDLED.load_file(value)),
        ("FixtureSet.check(path)", lambda: BUNDLED.check(value)),
        ("paragraph_count(text)", lambda: fixtures.paragraph_count(value)),
        ("PartialDate.parse(text)", lambda: PartialDate.parse(value)),
        ("PartialDate.from_date(date)", lambda: PartialDate.from_date(value)),
        ("PartialDate(year)", lambda: PartialDate(value)),
        ("PartialDate(month)?", lambda: PartialDate(2014, value)),
        ("PartialDate.contains(date)", lambda: DAY.contains(value)),
        ("PartialDate.compare(other)", lambda: DAY.compare(value)),
        ("Span(start)", lambda: Span(value, DAY)),
        ("Span(end)", lambda: Span(DAY, value)),
        ("Years(low)", lambda: dates.Years(value, 1)),
        ("age_on(born)", lambda: age_on(value, DAY)),
        ("age_on(on)", lambda: age_on(DAY, value)),
        ("DateExpression.parse(text)", lambda: dates.DateExpression.parse(value)),
        ("DateExpression.resolve(published)?", lambda: dates.DateExpression("2014").resolve(value)),
        ("plot_timeline(career)", lambda: plot.plot_timeline(value)),
        ("render_timeline(career)", lambda: plot.render_timeline(value)),
        ("short_name(tournament)", lambda: plot.short_name(value)),
        # statistics, claims
        *[
            (f"{name}(career)", lambda name=name: getattr(statistics, name)(value))
            for name in STATISTICS
        ],
        ("known_by(career)", lambda: statistics.known_by(value, DAY)),
        ("known_by(date)", lambda: statistics.known_by(BENZEMA, value)),
        ("goals_in(appearance)", lambda: statistics.goals_in(value)),
        ("covers(absence)", lambda: statistics.covers(value, BENZEMA.tournaments[0])),
        (
            "covering_absence(career)",
            lambda: statistics.covering_absence(value, BENZEMA.tournaments[0]),
        ),
        ("check_claims(career)", lambda: check_claims(value)),
        ("check_claims(summary)?", lambda: check_claims(BENZEMA, value)),
        ("word_differences(first)", lambda: claims.word_differences(value, "a")),
        ("Career.source(file)", lambda: BENZEMA.source(value)),
        ("Career.tournament(tournament_id)", lambda: BENZEMA.tournament(value)),
        ("Tournament.finish_of(team)", lambda: BENZEMA.tournaments[0].finish_of(value)),
        # rendering
        ("render_summary(summary)", lambda: render.render_summary(value)),
        ("render_summary(claims)?", lambda: render.render_summary(SUMMARY, "text", value)),
        ("render_claims(report)", lambda: render.render_claims(value)),
        ("render_goals(career)", lambda: render.render_goals(value, [], COVERAGE)),
        ("render_goals(found)", lambda: render.render_goals(BENZEMA, [], value)),
        ("render_scorers(totals)", lambda: render.render_scorers(value, "t")),
        ("render_scorers(title)", lambda: render.render_scorers([], value)),
        ("summary_to_dict(summary)", lambda: render.summary_to_dict(value)),
        ("claims_to_dict(report)", lambda: render.claims_to_dict(value)),
        ("coverage_to_dict(found)", lambda: render.coverage_to_dict(value)),
        # frames
        *[
            (f"{name}(career)", lambda name=name: getattr(frames, name)(value))
            for name in FRAMES_OF_A_CAREER
        ],
        *[
            (f"{name}(report)", lambda name=name: getattr(frames, name)(value))
            for name in FRAMES_OF_A_REPORT
        ],
        ("summary_records(summary)", lambda: frames.summary_records(value)),
        ("summary_frame(summary)", lambda: frames.summary_frame(value)),
        # the data set and reconciling it with a career
        ("InternationalResults.load(folder)", lambda: InternationalResults.load(value)),
        ("current_name(team)", lambda: DATA.current_name(value)),
        ("resolve_team(team)", lambda: DATA.resolve_team(value)),
        ("resolve_competition(competition)", lambda: DATA.resolve_competition(value)),
        ("matches_of(team)", lambda: DATA.matches_of(value)),
        ("match(date)", lambda: DATA.match(value, "Utopia", "Freedonia")),
        ("goals_by(names)", lambda: DATA.goals_by(value)),
        ("goals_by_team(team)", lambda: DATA.goals_by_team(value)),
        ("scorer_totals(team)?", lambda: DATA.scorer_totals(team=value)),
        ("scorer_totals(since)?", lambda: DATA.scorer_totals(since=value)),
        ("scorer_totals(top)?", lambda: DATA.scorer_totals(top=value)),
        (
            "competition_category(tournament)",
            lambda: international_results.competition_category(value),
        ),
        ("player_goals(career)", lambda: reconcile.player_goals(value, DATA)),
        ("player_goals(data)", lambda: reconcile.player_goals(BENZEMA, value)),
        ("with_dataset_goals(data)", lambda: reconcile.with_dataset_goals(BENZEMA, value)),
        ("coverage(career)", lambda: reconcile.coverage(value, DATA)),
        ("coverage(until)?", lambda: reconcile.coverage(BENZEMA, DATA, value)),
        # names
        ("fold(text)", lambda: names.fold(value)),
        ("closest(word)", lambda: names.closest(value, ["a"])),
        ("plural(count)", lambda: names.plural(value, "goal")),
    ]
    return calls


WRONG_TYPES: list[object] = [None, 3.5]
CASES = [
    pytest.param(call, id=f"{name.rstrip('?')}={value!r}")
    for value in WRONG_TYPES
    for name, call in _wrong(value)
    if not (value is None and name.endswith("?"))  # "?": None is the default, and allowed
]
TAKES_A_CAREER = [
    pytest.param(call, id=name)
    for name, call in _wrong("karim-benzema")
    if name.endswith("(career)")
]


MODELS = [
    name
    for name in careerstats.__all__
    if inspect.isclass(getattr(careerstats, name))
    and attrs.has(getattr(careerstats, name))
    and name != "CareerSummary"  # a result summarize builds, not an input
    and any(field.default is attrs.NOTHING for field in attrs.fields(getattr(careerstats, name)))
]


@pytest.mark.parametrize("value", [None, 3.5])
@pytest.mark.parametrize("name", MODELS)
def test_a_model_given_a_wrong_type_is_a_careerstats_type_error(name: str, value: object) -> None:
    # Regression: Player(id=None, ...) raised "expected string or bytes-like object", Career
    # took None for its player and failed later, far from the mistake.
    kind = getattr(careerstats, name)
    required = {f.name: value for f in attrs.fields(kind) if f.default is attrs.NOTHING}
    with pytest.raises(ArgumentTypeError):
        kind(**required)


def test_a_model_names_the_class_and_the_field() -> None:
    with pytest.raises(ArgumentTypeError) as caught:
        careerstats.Team(name=None)
    assert str(caught.value) == "Team(name): expected a str, got None"


@pytest.mark.parametrize("call", CASES)
def test_a_wrong_argument_type_is_a_careerstats_type_error(call: Call) -> None:
    # Regression: 69 such calls raised a bare AttributeError or TypeError from deep inside.
    with pytest.raises(CareerstatsError) as caught:
        call()
    assert isinstance(caught.value, TypeError), repr(caught.value)


@pytest.mark.parametrize("call", TAKES_A_CAREER)
def test_a_player_id_where_a_career_belongs_is_a_careerstats_type_error(call: Call) -> None:
    with pytest.raises(ArgumentTypeError):
        call()


def test_summarize_given_a_player_id_says_what_it_takes() -> None:
    with pytest.raises(ArgumentTypeError) as caught:
        summarize("karim-benzema")
    assert str(caught.value) == (
        "summarize(career): expected a Career (from load_career), got str 'karim-benzema'"
    )


def test_load_career_given_none_says_what_it_takes() -> None:
    with pytest.raises(ArgumentTypeError) as caught:
        load_career(None)
    assert str(caught.value) == "load_career(query): expected a str (an id or a name), got None"


def test_a_path_may_be_given_as_a_str(tmp_path: Path) -> None:
    # Regression: FixtureSet.check("x.toml") raised AttributeError: 'str' has no 'parent'.
    # The file's own problem (its wording is the loader's), not an AttributeError.
    [problem] = BUNDLED.check(str(tmp_path / "x.toml"))
    assert (problem.file, problem.is_error) == (str(tmp_path / "x.toml"), True)
    path = str(bundled_fixtures_dir() / "players" / "karim-benzema.toml")
    assert BUNDLED.load_file(path).player.id == "karim-benzema"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: DATA.scorer_totals(top=0), "scorer_totals(top): expected 1 or more, got 0"),
        (
            lambda: DATA.scorer_totals(
                since=datetime.date(2012, 1, 1), until=datetime.date(2011, 6, 30)
            ),
            "scorer_totals(since): 2012-01-01 comes after until (2011-06-30)",
        ),
        (
            lambda: plot.render_timeline(BENZEMA, "pdf"),
            "render_timeline(format): expected 'png' or 'svg', got 'pdf'",
        ),
        (
            lambda: Span(PartialDate(2021), PartialDate(2015)),
            "Span(end): 2015 comes before the start (2021)",
        ),
        (
            lambda: age_on(PartialDate(1990, 7, 1), PartialDate(1989)),
            "age_on(on): 1989 comes before the birth (1990-07-01)",
        ),
    ],
    ids=["top=0", "since after until", "pdf", "reversed span", "age before birth"],
)
def test_a_value_no_answer_fits_is_refused(call: Call, message: str) -> None:
    # Regression: these returned [], PDF bytes, "0 days" and 0.
    with pytest.raises(InvalidValueError) as caught:
        call()
    assert isinstance(caught.value, ValueError)
    assert str(caught.value) == message


def test_a_span_whose_ends_may_overlap_is_not_reversed() -> None:
    # 2015 and 2015-06: the end may be after the start; only a certain reversal is refused.
    assert Span(PartialDate(2015, 6), PartialDate(2015)).shortest_days == 0
    assert str(age_on(PartialDate(1990, 7), PartialDate(1990))) == "0"


CLAIMS_BEFORE_THE_CAREER = """
[[claims]]
kind = "age"
years = 19
on = "1980"
cite = ["a.txt#1"]

[[claims]]
kind = "span"
subject = "since-debut"
years = 3
cite = ["a.txt#1"]
"""


def test_an_age_claimed_on_a_day_before_the_birth_contradicts_the_data(
    make_fixtures: FixtureFactory,
) -> None:
    # age_on now refuses a date before the birth; the claim checker must not pass it one,
    # and the claim stays what it was: contradicted (not a crash, not "unchecked").
    root = make_fixtures(PLAYER_TOML + CLAIMS_BEFORE_THE_CAREER)
    report = check_claims(load_career("jo-example", root))
    [age] = [check for check in report.checks if check.kind == "age"]
    assert (age.verdict.value, value(age.computed)) == (
        "contradicts",
        "none: 1980 comes before the birth (1990-07-01)",
    )


def test_a_source_published_before_the_debut_leaves_the_span_since_debut_unchecked(
    make_fixtures: FixtureFactory,
) -> None:
    sources = SOURCES_TOML.replace("published = 2020-05-01", "published = 2009-05-01")
    root = make_fixtures(PLAYER_TOML + CLAIMS_BEFORE_THE_CAREER, sources)
    report = check_claims(load_career("jo-example", root))
    [span] = [check for check in report.checks if check.kind == "span"]
    assert (span.verdict.value, note(span.note)) == (
        "unchecked",
        "a.txt was published (2009-05-01) before the debut",
    )

"""The One Plan's arithmetic: budget totals by source and the partner × resource-kind matrix."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from pcha_desktop.domain.one_plan import (
    ActivityStatus,
    BudgetSource,
    Contribution,
    ResourceKind,
    budget_totals,
    label,
    resource_matrix,
)

amounts = st.decimals(min_value=0, max_value=10**8, places=2)
lines = st.lists(st.tuples(st.sampled_from(BudgetSource), amounts))
partners = st.sampled_from(["เทศบาลนครภูเก็ต", "รพ.สต.ฉลอง", "ชมรม อสม.", " ชมรม  อสม. "])
contributions = st.lists(st.builds(Contribution, partners, st.sampled_from(ResourceKind), st.text(max_size=5)))


@given(lines)
def test_budget_totals_keep_every_baht_and_name_every_source(budget) -> None:
    totals = budget_totals(budget)
    assert list(totals) == list(BudgetSource)
    assert sum(totals.values(), Decimal(0)) == sum((amount for _, amount in budget), Decimal(0))
    for source in BudgetSource:
        assert totals[source] == sum((a for s, a in budget if s is source), Decimal(0))


@given(contributions)
def test_the_matrix_shows_each_contribution_once_in_its_cell(items) -> None:
    matrix = resource_matrix(items)
    assert sum(len(cell) for row in matrix.cells.values() for cell in row.values()) == len(items)
    for item in items:
        assert matrix.brings(" ".join(item.partner.split()), item.kind)
    assert matrix.kinds_pooled() == frozenset(item.kind for item in items)
    assert len(set(matrix.partners)) == len(matrix.partners)


def test_spacing_does_not_make_a_second_partner() -> None:
    matrix = resource_matrix([Contribution("ชมรม อสม.", ResourceKind.PEOPLE, "อสม. 40 คน"),
                              Contribution(" ชมรม  อสม.", ResourceKind.DATA, "ทะเบียนผู้ป่วย")])
    assert matrix.partners == ("ชมรม อสม.",)
    assert matrix.partners_bringing(ResourceKind.DATA) == ("ชมรม อสม.",)
    assert not matrix.brings("ชมรม อสม.", ResourceKind.MONEY)


def test_every_term_has_both_labels() -> None:
    for term in [*BudgetSource, *ResourceKind, *ActivityStatus]:
        assert label(term) and label(term, "en") and label(term) != label(term, "en")

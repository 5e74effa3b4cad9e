"""UCCARE: the pass rule, its explanation, who decides, disagreement, the year's status, the rubric file."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pcha_desktop.bundled_files import resource_path
from pcha_desktop.domain.uccare import (
    COMPONENTS,
    Assessor,
    Component,
    DecidingAssessors,
    DistrictRule,
    PassBranch,
    Phase,
    Result,
    RubricError,
    decide,
    evaluate,
    parse_rubric,
    rubric_document,
    year_status,
)

levels = st.integers(min_value=1, max_value=5)
full = st.fixed_dictionaries({c: levels for c in COMPONENTS})
partial = st.dictionaries(st.sampled_from(COMPONENTS), levels | st.none())


def _all(level: int) -> dict[Component, int]:
    return dict.fromkeys(COMPONENTS, level)


@given(full, full)
def test_the_rule_is_rise_everywhere_or_three_everywhere(before, after) -> None:
    result = evaluate(before, after)
    rose = all(after[c] >= before[c] + 1 for c in COMPONENTS)
    three = all(after[c] >= 3 for c in COMPONENTS)
    assert result.result is (Result.PASS if rose or three else Result.FAIL)
    assert (PassBranch.ROSE in result.branches) == rose
    assert (PassBranch.ALL_THREE in result.branches) == three


@given(full, full, st.sampled_from(COMPONENTS))
def test_no_component_may_fall_and_pass_by_rising(before, after, fallen) -> None:
    after = {**after, fallen: max(1, before[fallen] - 1)} if before[fallen] > 1 else {**after, fallen: 1}
    result = evaluate(before, after)
    assert PassBranch.ROSE not in result.branches


@given(full)
def test_all_threes_always_pass(before) -> None:
    assert evaluate(before, _all(3)).result is Result.PASS


@given(partial, partial)
def test_a_missing_component_is_incomplete_never_pass_or_fail(before, after) -> None:
    missing = any(before.get(c) is None or after.get(c) is None for c in COMPONENTS)
    result = evaluate(before, after)
    assert (result.result is Result.INCOMPLETE) == missing
    if missing:
        assert not result.branches and not result.holding_back
        assert result.explanation("th").startswith("ยังประเมินไม่ครบ")


@given(full, full)
def test_a_failure_names_components_that_hold_it_back_and_only_those(before, after) -> None:
    result = evaluate(before, after)
    if result.result is not Result.FAIL:
        return
    assert result.holding_back
    for item in result.holding_back:
        assert after[item.component] < 3 or after[item.component] <= before[item.component]
        assert f"องค์ประกอบ" in result.explanation("th") and "component" in result.explanation("en")
    # raising every named component by enough would make it pass
    fixed = dict(after)
    for item in result.holding_back:
        fixed[item.component] = min(5, max(3, before[item.component] + 1))
    if all(fixed[c] >= 3 for c in COMPONENTS) or all(fixed[c] > before[c] for c in COMPONENTS):
        assert evaluate(before, fixed).result is Result.PASS


def test_the_explanation_reads_as_the_ministry_says_it() -> None:
    before = {**_all(2), Component.APPRECIATION: 2}
    after = {**_all(3), Component.APPRECIATION: 2}
    result = evaluate(before, after)
    assert result.result is Result.FAIL
    assert result.explanation("th") == "ไม่ผ่าน: องค์ประกอบ A (การชื่นชมและให้คุณค่า) ยังอยู่ระดับ 2 และไม่เพิ่มขึ้น"
    assert result.explanation("en") == "Not passed: component A (Appreciation) is still at level 2 and did not rise"
    assert evaluate(_all(1), _all(2)).explanation("th") == "ผ่าน: ทุกองค์ประกอบเพิ่มขึ้นอย่างน้อย 1 ระดับ"
    assert evaluate(_all(3), _all(3)).explanation("en") == "Pass: every component is at level 3 or above"
    assert evaluate(_all(2), None).explanation("th") == "ยังประเมินไม่ครบ: ยังไม่มีการประเมินหลังดำเนินการ"


def test_a_fall_below_three_is_named_as_a_fall() -> None:
    result = evaluate({**_all(2), Component.UNITY: 3}, {**_all(3), Component.UNITY: 2})
    assert result.explanation("th") == "ไม่ผ่าน: องค์ประกอบ U (การทำงานเป็นทีม) ลดลงจากระดับ 3 เป็นระดับ 2"


def test_rose_but_below_three_while_another_stayed_names_both() -> None:
    result = evaluate({**_all(3), Component.UNITY: 1}, {**_all(3), Component.UNITY: 2})
    text = result.explanation("th")
    assert "องค์ประกอบ U (การทำงานเป็นทีม) เพิ่มขึ้นเป็นระดับ 2 แต่ยังต่ำกว่าระดับ 3" in text
    assert "องค์ประกอบ E (การแก้ไขปัญหา/การพัฒนาคุณภาพชีวิตตามบริบทพื้นที่) ไม่เพิ่มขึ้น (ระดับ 3)" in text


def _both(self_before, self_after, prov_before, prov_after):
    return {(Assessor.SELF, Phase.BEFORE): self_before, (Assessor.SELF, Phase.AFTER): self_after,
            (Assessor.PROVINCIAL, Phase.BEFORE): prov_before, (Assessor.PROVINCIAL, Phase.AFTER): prov_after}


def test_self_and_provincial_must_both_pass_and_disagreement_is_shown() -> None:
    decision = decide(_both(_all(1), _all(2), _all(2), _all(2)))
    assert decision.result is Result.FAIL
    assert decision.results_disagree
    assert "ผู้ประเมินให้ผลต่างกัน" in decision.disagreement_text("th")
    assert any(d.phase is Phase.BEFORE for d in decision.differences)
    assert decide(_both(_all(1), _all(2), _all(2), _all(2)), DecidingAssessors.SELF_ONLY).result is Result.PASS
    agreed = decide(_both(_all(1), _all(2), _all(1), _all(2)))
    assert agreed.result is Result.PASS and agreed.disagreement_text("en") == ""


def test_a_missing_decider_leaves_the_issue_incomplete_and_regional_counts_when_set() -> None:
    only_self = {(Assessor.SELF, Phase.BEFORE): _all(1), (Assessor.SELF, Phase.AFTER): _all(2)}
    assert decide(only_self).result is Result.INCOMPLETE
    both = _both(_all(1), _all(2), _all(1), _all(3))
    assert decide(both).result is Result.PASS
    assert decide(both, DecidingAssessors.SELF_PROVINCIAL_AND_REGIONAL).result is Result.INCOMPLETE


@given(st.lists(st.sampled_from(Result), max_size=12), st.sampled_from(DistrictRule))
def test_year_status_counts_and_applies_the_rule(results, rule) -> None:
    status = year_status(results, rule)
    assert status.passing + status.failing + status.incomplete == status.issues == len(results)
    if not results:
        assert status.result is Result.INCOMPLETE
    elif rule is DistrictRule.ALL_ISSUES:
        assert (status.result is Result.PASS) == all(r is Result.PASS for r in results)
        assert (status.result is Result.FAIL) == (Result.FAIL in results)
    elif rule is DistrictRule.AT_LEAST_ONE:
        assert (status.result is Result.PASS) == (Result.PASS in results)
    # turning an open result into a pass never makes the district worse
    if Result.INCOMPLETE in results:
        better = [Result.PASS if r is Result.INCOMPLETE else r for r in results]
        order = {Result.FAIL: 0, Result.INCOMPLETE: 1, Result.PASS: 2}
        assert order[year_status(better, rule).result] >= order[status.result]


# --- the rubric file -------------------------------------------------------------------------------------


def _generic() -> dict:
    return json.loads(resource_path("uccare", "rubric_generic_v1.json").read_text(encoding="utf-8"))


def test_the_generic_rubric_has_every_component_and_level_in_both_languages() -> None:
    rubric = parse_rubric(resource_path("uccare", "rubric_generic_v1.json").read_bytes())
    assert rubric.ident == "generic@1"
    assert [c.component for c in rubric.components] == list(COMPONENTS)
    assert rubric.level_name(1) == "เริ่มต้น" and rubric.level_name(5, "en") == "Integration"
    for component in COMPONENTS:
        for level in range(1, 6):
            assert rubric.description(component, level, "th") and rubric.description(component, level, "en")
    assert parse_rubric(json.dumps(rubric_document(rubric), ensure_ascii=False)) == rubric


@pytest.mark.parametrize("spoil, thai, english", [
    (lambda d: d.pop("components"), "องค์ประกอบ", "components"),
    (lambda d: d["components"].pop(3), "ขาดองค์ประกอบ appreciation", "appreciation is missing"),
    (lambda d: d["components"].append(d["components"][0]), "ซ้ำ", "twice"),
    (lambda d: d["components"][1]["levels"].pop(), "5 ระดับ", "five levels"),
    (lambda d: d["components"][1]["levels"][2].update(level=4), "1 ถึง 5", "1 to 5"),
    (lambda d: d["components"][0]["levels"][0].update(description_th="  "), "ว่าง", "empty"),
    (lambda d: d["components"][0]["levels"][0].update(description_en="x" * 5000), "ยาว", "long"),
    (lambda d: d["components"][0].update(name_th="ชื่อ\u202e"), "อักขระ", "character"),
    (lambda d: d.update(id="../../etc"), "รหัสเกณฑ์", "rubric id"),
    (lambda d: d.update(format="something"), "ไม่ใช่ไฟล์เกณฑ์", "not a UCCARE rubric"),
    (lambda d: d.update(format_version=True), "รุ่น", "version"),
])
def test_a_spoilt_rubric_is_refused_with_a_reason_in_both_languages(spoil, thai, english) -> None:
    data = _generic()
    spoil(data)
    with pytest.raises(RubricError) as refusal:
        parse_rubric(json.dumps(data, ensure_ascii=False).encode())
    assert thai in refusal.value.message_th and english in refusal.value.message_en


def test_bytes_that_are_not_a_rubric_are_refused() -> None:
    for content, thai in ((b"\xff\xfe\x00", "UTF-8"), (b"{", "JSON"), (b"[]", "ไม่ใช่ไฟล์เกณฑ์"),
                          (b" " * (600 * 1024), "ใหญ่เกินไป"), (b"[" * 100_000, "JSON")):
        with pytest.raises(RubricError) as refusal:
            parse_rubric(content)
        assert thai in refusal.value.message_th


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                           max_leaves=30)


@given(json_values)
def test_any_json_is_a_rubric_or_refused_with_a_reason(value) -> None:
    try:
        parse_rubric(json.dumps(value))
    except RubricError as refusal:
        assert refusal.message_th and refusal.message_en


@given(st.sampled_from(["title_th", "name_th", "description_th", "level"]), json_values)
def test_a_rubric_with_one_field_replaced_by_anything_loads_or_is_refused(field, value) -> None:
    data = _generic()
    target = data if field == "title_th" else data["components"][2] if field == "name_th" else data["components"][2]["levels"][1]
    target[field] = value
    try:
        rubric = parse_rubric(json.dumps(data))
    except RubricError as refusal:
        assert refusal.message_th.startswith("ใช้ไฟล์เกณฑ์ UCCARE นี้ไม่ได้")
    else:
        assert rubric.key == "generic"

"""UCCARE: six components rated at maturity levels 1–5, before and after the work on an issue; the pass
rule, who decides, disagreement between assessors, the district's status for the year; the rubric as data.

Pass rule (Ministry of Public Health KPI wording, shared/DOMAIN.md): an issue's assessment passes when
every component rose by at least one level from before to after (``PassBranch.ROSE``), or every component
is at level 3 or above after (``PassBranch.ALL_THREE``). A component without a level, before or after, makes
the result ``INCOMPLETE``: never a pass and never a fail. ``evaluate`` explains itself, naming the
components that hold the result back (``Evaluation.explanation(language)``).

Who decides (a setting, ``DecidingAssessors``): by default the Ministry's wording, self-assessment and
provincial assessment both count (both must pass); seed 000 adds regional visitors. ``decide`` combines
the assessors' evaluations and reports where they disagree. ``year_status`` counts the year's issues that
pass and applies the district's rule (``DistrictRule``, unconfirmed: a setting, default every issue).

The rubric (descriptions of each level of each component, Thai and English) is data: ``parse_rubric``
reads a province's file as hostile input (size, structure, every text checked) and refuses with a
bilingual ``RubricError`` naming what is wrong.
"""

from __future__ import annotations

import enum
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.domain.text_input import refused_character

LEVELS = (1, 2, 3, 4, 5)
PASS_LEVEL = 3
RUBRIC_FORMAT = "pcha-uccare-rubric"
RUBRIC_FORMAT_VERSION = 1
MAX_RUBRIC_BYTES = 512 * 1024
MAX_RUBRIC_TEXT = 1_000
MAX_RUBRIC_TITLE = 200
_RUBRIC_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")
_RUBRIC_VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,19}")


class Component(enum.Enum):
    UNITY = "unity"
    CUSTOMER_FOCUS = "customer_focus"
    COMMUNITY_PARTICIPATION = "community_participation"
    APPRECIATION = "appreciation"
    RESOURCE_SHARING = "resource_sharing"
    ESSENTIAL_CARE = "essential_care"


COMPONENTS: tuple[Component, ...] = tuple(Component)


class Phase(enum.Enum):
    BEFORE = "before"
    AFTER = "after"


class Assessor(enum.Enum):
    SELF = "self"
    PROVINCIAL = "provincial"
    REGIONAL = "regional"


class Result(enum.Enum):
    PASS = "pass"
    FAIL = "fail"
    INCOMPLETE = "incomplete"


class PassBranch(enum.Enum):
    ROSE = "rose"  # every component rose by at least one level
    ALL_THREE = "all_three"  # every component at level 3 or above


class DecidingAssessors(enum.Enum):
    """Whose assessments decide an issue's result: all the named assessors must pass."""

    SELF_AND_PROVINCIAL = "self_and_provincial"  # the Ministry's KPI wording (default)
    SELF_PROVINCIAL_AND_REGIONAL = "self_provincial_and_regional"  # seed 000 adds regional visitors
    SELF_ONLY = "self_only"
    PROVINCIAL_ONLY = "provincial_only"


DECIDERS: dict[DecidingAssessors, tuple[Assessor, ...]] = {
    DecidingAssessors.SELF_AND_PROVINCIAL: (Assessor.SELF, Assessor.PROVINCIAL),
    DecidingAssessors.SELF_PROVINCIAL_AND_REGIONAL: (Assessor.SELF, Assessor.PROVINCIAL, Assessor.REGIONAL),
    DecidingAssessors.SELF_ONLY: (Assessor.SELF,),
    DecidingAssessors.PROVINCIAL_ONLY: (Assessor.PROVINCIAL,),
}


class DistrictRule(enum.Enum):
    """When the district passes for the year (unconfirmed: a setting)."""

    ALL_ISSUES = "all_issues"  # every issue of the year passes (default)
    AT_LEAST_HALF = "at_least_half"
    AT_LEAST_ONE = "at_least_one"


class Reason(enum.Enum):
    """Why a component holds a result back."""

    STILL_BELOW_THREE = "still_below_three"  # below 3 and did not rise
    FELL_BELOW_THREE = "fell_below_three"  # fell, and is below 3
    ROSE_BUT_BELOW_THREE = "rose_but_below_three"  # rose, but is below 3 while another did not rise
    DID_NOT_RISE = "did_not_rise"  # at 3 or above, but did not rise while another is below 3
    FELL = "fell"  # fell, at 3 or above, while another is below 3


_LABELS: dict[enum.Enum, tuple[str, str]] = {
    Component.UNITY: ("การทำงานเป็นทีม", "Unity team"),
    Component.CUSTOMER_FOCUS: ("การให้ความสำคัญกับกลุ่มเป้าหมายและประชาชน", "Customer focus"),
    Component.COMMUNITY_PARTICIPATION: ("การมีส่วนร่วมของชุมชนและภาคี", "Community participation"),
    Component.APPRECIATION: ("การชื่นชมและให้คุณค่า", "Appreciation"),
    Component.RESOURCE_SHARING: ("การแบ่งปันทรัพยากรและการพัฒนาบุคลากร", "Resource sharing and human development"),
    Component.ESSENTIAL_CARE: ("การแก้ไขปัญหา/การพัฒนาคุณภาพชีวิตตามบริบทพื้นที่", "Essential care"),
    Phase.BEFORE: ("ก่อนดำเนินการ", "Before"),
    Phase.AFTER: ("หลังดำเนินการ", "After"),
    Assessor.SELF: ("ประเมินตนเอง", "Self-assessment"),
    Assessor.PROVINCIAL: ("ทีมประเมินระดับจังหวัด", "Provincial visitors"),
    Assessor.REGIONAL: ("ทีมประเมินระดับเขต", "Regional visitors"),
    Result.PASS: ("ผ่าน", "Pass"),
    Result.FAIL: ("ไม่ผ่าน", "Not passed"),
    Result.INCOMPLETE: ("ยังประเมินไม่ครบ", "Incomplete"),
    PassBranch.ROSE: ("ทุกองค์ประกอบเพิ่มขึ้นอย่างน้อย 1 ระดับ", "every component rose by at least one level"),
    PassBranch.ALL_THREE: ("ทุกองค์ประกอบอยู่ระดับ 3 ขึ้นไป", "every component is at level 3 or above"),
    DecidingAssessors.SELF_AND_PROVINCIAL: ("ประเมินตนเองและทีมจังหวัด (ตามตัวชี้วัดกระทรวง)",
                                            "Self and provincial (the Ministry's KPI)"),
    DecidingAssessors.SELF_PROVINCIAL_AND_REGIONAL: ("ประเมินตนเอง ทีมจังหวัด และทีมเขต",
                                                     "Self, provincial and regional"),
    DecidingAssessors.SELF_ONLY: ("ประเมินตนเองเท่านั้น", "Self-assessment only"),
    DecidingAssessors.PROVINCIAL_ONLY: ("ทีมจังหวัดเท่านั้น", "Provincial visitors only"),
    DistrictRule.ALL_ISSUES: ("ผ่านทุกประเด็น", "Every issue passes"),
    DistrictRule.AT_LEAST_HALF: ("ผ่านอย่างน้อยครึ่งหนึ่งของประเด็น", "At least half of the issues pass"),
    DistrictRule.AT_LEAST_ONE: ("ผ่านอย่างน้อย 1 ประเด็น", "At least one issue passes"),
}

CODES: dict[Component, str] = {
    Component.UNITY: "U", Component.CUSTOMER_FOCUS: "C", Component.COMMUNITY_PARTICIPATION: "C",
    Component.APPRECIATION: "A", Component.RESOURCE_SHARING: "R", Component.ESSENTIAL_CARE: "E",
}


def label(value: enum.Enum, language: str = "th") -> str:
    thai, english = _LABELS[value]
    return english if language == "en" else thai


def component_name(component: Component, language: str = "th") -> str:
    """ "U (การทำงานเป็นทีม)" / "U (Unity team)": the letter and the name (the two C's need the name)."""
    return f"{CODES[component]} ({label(component, language)})"


# --- the pass rule ---------------------------------------------------------------------------------------

Levels = Mapping[Component, int | None]


@dataclass(frozen=True)
class HoldingBack:
    component: Component
    before: int
    after: int
    reason: Reason

    def text(self, language: str = "th") -> str:
        name = component_name(self.component, language)
        b, a = self.before, self.after
        if language == "en":
            return {
                Reason.STILL_BELOW_THREE: f"component {name} is still at level {a} and did not rise",
                Reason.FELL_BELOW_THREE: f"component {name} fell from level {b} to {a}",
                Reason.ROSE_BUT_BELOW_THREE: f"component {name} rose to level {a} but is below level 3",
                Reason.DID_NOT_RISE: f"component {name} did not rise (level {a})",
                Reason.FELL: f"component {name} fell from level {b} to {a}",
            }[self.reason]
        return {
            Reason.STILL_BELOW_THREE: f"องค์ประกอบ {name} ยังอยู่ระดับ {a} และไม่เพิ่มขึ้น",
            Reason.FELL_BELOW_THREE: f"องค์ประกอบ {name} ลดลงจากระดับ {b} เป็นระดับ {a}",
            Reason.ROSE_BUT_BELOW_THREE: f"องค์ประกอบ {name} เพิ่มขึ้นเป็นระดับ {a} แต่ยังต่ำกว่าระดับ 3",
            Reason.DID_NOT_RISE: f"องค์ประกอบ {name} ไม่เพิ่มขึ้น (ระดับ {a})",
            Reason.FELL: f"องค์ประกอบ {name} ลดลงจากระดับ {b} เป็นระดับ {a}",
        }[self.reason]


@dataclass(frozen=True)
class Evaluation:
    """The pass rule applied to one before and one after assessment."""

    result: Result
    branches: frozenset[PassBranch] = frozenset()  # how it passed (both when both hold)
    holding_back: tuple[HoldingBack, ...] = ()  # why it failed
    missing_before: tuple[Component, ...] = ()  # why it is incomplete
    missing_after: tuple[Component, ...] = ()

    def explanation(self, language: str = "th") -> str:
        english = language == "en"
        if self.result is Result.PASS:
            reasons = [label(branch, language) for branch in PassBranch if branch in self.branches]
            return f"{label(Result.PASS, language)}: " + (" and " if english else " และ").join(reasons)
        if self.result is Result.FAIL:
            joined = ("; " if english else " ").join(item.text(language) for item in self.holding_back)
            return f"{label(Result.FAIL, language)}: {joined}"
        parts = []
        for phase, missing in ((Phase.BEFORE, self.missing_before), (Phase.AFTER, self.missing_after)):
            if not missing:
                continue
            phase_name = label(phase, language)
            if len(missing) == len(COMPONENTS):
                parts.append(f"no {phase_name.lower()} assessment yet" if english else f"ยังไม่มีการประเมิน{phase_name}")
            else:
                codes = ", ".join(component_name(c, language) for c in missing)
                parts.append(f"{phase_name.lower()}: no level for {codes}" if english
                             else f"{phase_name}ยังไม่มีระดับขององค์ประกอบ {codes}")
        return f"{label(Result.INCOMPLETE, language)}: " + ("; " if english else " ").join(parts)


def _level(levels: Levels | None, component: Component) -> int | None:
    if levels is None:
        return None
    value = levels.get(component)
    if value is None:
        return None
    if value not in LEVELS:
        raise ValueError(f"a UCCARE level is 1 to 5, not {value!r}")
    return int(value)


def evaluate(before: Levels | None, after: Levels | None) -> Evaluation:
    """The pass rule on the levels of one assessor before and after (None: no such assessment)."""
    missing_before = tuple(c for c in COMPONENTS if _level(before, c) is None)
    missing_after = tuple(c for c in COMPONENTS if _level(after, c) is None)
    if missing_before or missing_after:
        return Evaluation(Result.INCOMPLETE, missing_before=missing_before, missing_after=missing_after)
    assert before is not None and after is not None
    pairs = [(c, int(before[c]), int(after[c])) for c in COMPONENTS]  # type: ignore[arg-type]
    branches = set()
    if all(a >= b + 1 for _, b, a in pairs):
        branches.add(PassBranch.ROSE)
    if all(a >= PASS_LEVEL for _, _, a in pairs):
        branches.add(PassBranch.ALL_THREE)
    if branches:
        return Evaluation(Result.PASS, branches=frozenset(branches))
    stuck = [HoldingBack(c, b, a, Reason.FELL_BELOW_THREE if a < b else Reason.STILL_BELOW_THREE)
             for c, b, a in pairs if a < PASS_LEVEL and a <= b]
    if not stuck:  # every component below 3 rose; some at 3 or above did not: either branch would do
        for c, b, a in pairs:
            if a < PASS_LEVEL:
                stuck.append(HoldingBack(c, b, a, Reason.ROSE_BUT_BELOW_THREE))
            elif a <= b:
                stuck.append(HoldingBack(c, b, a, Reason.FELL if a < b else Reason.DID_NOT_RISE))
    return Evaluation(Result.FAIL, holding_back=tuple(stuck))


# --- who decides, and disagreement -----------------------------------------------------------------------


@dataclass(frozen=True)
class LevelDifference:
    phase: Phase
    component: Component
    levels: tuple[tuple[Assessor, int], ...]  # each assessor's level, where they differ


@dataclass(frozen=True)
class Decision:
    """An issue's result under the deciding assessors, each assessor's own evaluation, and disagreement."""

    result: Result
    deciders: tuple[Assessor, ...]
    evaluations: tuple[tuple[Assessor, Evaluation], ...]  # every assessor with any assessment, in order
    results_disagree: bool  # assessors with a complete result (pass or fail) reached different results
    differences: tuple[LevelDifference, ...]  # components rated differently in the same phase

    def evaluation(self, assessor: Assessor) -> Evaluation | None:
        return dict(self.evaluations).get(assessor)

    def explanation(self, language: str = "th") -> str:
        """The decision in a sentence: the result and, per deciding assessor, its reason."""
        english = language == "en"
        reasons: dict[str, list[str]] = {}  # the same reason given by several assessors is said once
        for assessor in self.deciders:
            evaluation = self.evaluation(assessor) or evaluate(None, None)
            reasons.setdefault(evaluation.explanation(language), []).append(label(assessor, language))
        parts = [f"{(' and ' if english else 'และ').join(names)} — {reason}" for reason, names in reasons.items()]
        return f"{label(self.result, language)} ({'; '.join(parts) if english else ' / '.join(parts)})"

    def disagreement_text(self, language: str = "th") -> str:
        """"" when the assessors agree; otherwise what differs."""
        english = language == "en"
        lines = []
        if self.results_disagree:
            results = ", ".join(f"{label(a, language)}: {label(e.result, language)}" for a, e in self.evaluations
                                if e.result is not Result.INCOMPLETE)
            lines.append(f"The assessors disagree on the result ({results})" if english
                         else f"ผู้ประเมินให้ผลต่างกัน ({results})")
        for phase in Phase:  # one line a phase: "Before: C (…) Self-assessment 1, Provincial visitors 2; R (…) …"
            parts = [f"{component_name(d.component, language)} "
                     + ", ".join(f"{label(a, language)} {level}" for a, level in d.levels)
                     for d in self.differences if d.phase is phase]
            if parts:
                lines.append(f"{label(phase, language)} ({'levels differ' if english else 'ให้ระดับต่างกัน'}): "
                             + "; ".join(parts))
        return "\n".join(lines)


def decide(assessments: Mapping[tuple[Assessor, Phase], Levels], deciding: DecidingAssessors
           = DecidingAssessors.SELF_AND_PROVINCIAL) -> Decision:
    """The issue's result: PASS when every deciding assessor's before→after passes, FAIL when any of them
    fails, else INCOMPLETE. ``assessments`` maps (assessor, phase) to component levels."""
    deciders = DECIDERS[deciding]
    present = [a for a in Assessor if any((a, phase) in assessments for phase in Phase)]
    evaluations = tuple((a, evaluate(assessments.get((a, Phase.BEFORE)), assessments.get((a, Phase.AFTER))))
                        for a in present)
    by_assessor = dict(evaluations)
    results = [by_assessor[a].result if a in by_assessor else Result.INCOMPLETE for a in deciders]
    if Result.FAIL in results:
        result = Result.FAIL
    elif all(r is Result.PASS for r in results):
        result = Result.PASS
    else:
        result = Result.INCOMPLETE
    complete = {e.result for _, e in evaluations if e.result is not Result.INCOMPLETE}
    differences = []
    for phase in Phase:
        for component in COMPONENTS:
            levels = tuple((a, int(level)) for a in present
                           if (level := (assessments.get((a, phase)) or {}).get(component)) is not None)
            if len({level for _, level in levels}) > 1:
                differences.append(LevelDifference(phase, component, levels))
    return Decision(result, deciders, evaluations, len(complete) > 1, tuple(differences))


# --- the district's year ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class YearStatus:
    issues: int
    passing: int
    failing: int
    incomplete: int
    rule: DistrictRule
    result: Result  # the district's, under ``rule``

    def text(self, language: str = "th") -> str:
        if language == "en":
            return (f"{self.passing} of {self.issues} issues pass ({self.failing} not passed, {self.incomplete} incomplete);"
                    f" district: {label(self.result, 'en')} ({label(self.rule, 'en').lower()})")
        return (f"ผ่าน {self.passing} จาก {self.issues} ประเด็น (ไม่ผ่าน {self.failing} ยังประเมินไม่ครบ {self.incomplete})"
                f" ระดับอำเภอ: {label(self.result)} (เกณฑ์: {label(self.rule)})")


def year_status(results: Sequence[Result], rule: DistrictRule = DistrictRule.ALL_ISSUES) -> YearStatus:
    """How many of the year's issues pass, and whether the district passes under ``rule``. A year without
    issues is incomplete; a result still open makes the district's result open unless it is already sure."""
    n = len(results)
    passing = sum(r is Result.PASS for r in results)
    failing = sum(r is Result.FAIL for r in results)
    open_ = n - passing - failing
    if n == 0:
        result = Result.INCOMPLETE
    elif rule is DistrictRule.ALL_ISSUES:
        result = Result.FAIL if failing else Result.PASS if passing == n else Result.INCOMPLETE
    elif rule is DistrictRule.AT_LEAST_ONE:
        result = Result.PASS if passing else Result.INCOMPLETE if open_ else Result.FAIL
    else:
        result = (Result.PASS if 2 * passing >= n else Result.INCOMPLETE if 2 * (passing + open_) >= n
                  else Result.FAIL)
    return YearStatus(n, passing, failing, open_, rule, result)


# --- the rubric ------------------------------------------------------------------------------------------


class RubricError(BilingualError):
    """A rubric file that cannot be used; nothing was loaded."""

    def __init__(self, message_th: str, message_en: str) -> None:
        super().__init__(message_th)
        self.message_th = message_th
        self.message_en = message_en


@dataclass(frozen=True)
class LevelText:
    level: int
    th: str
    en: str

    def text(self, language: str = "th") -> str:
        return self.en if language == "en" else self.th


@dataclass(frozen=True)
class RubricComponent:
    component: Component
    name_th: str
    name_en: str
    levels: tuple[LevelText, ...]  # 1..5

    def name(self, language: str = "th") -> str:
        return self.name_en if language == "en" else self.name_th

    def level(self, level: int) -> LevelText:
        return self.levels[level - 1]


@dataclass(frozen=True)
class Rubric:
    key: str
    version: str
    title_th: str
    title_en: str
    level_names: tuple[LevelText, ...]  # the generic names of levels 1..5 ("เริ่มต้น" …)
    level_meanings: tuple[LevelText, ...]  # the generic meaning of each level
    components: tuple[RubricComponent, ...]  # in COMPONENTS order

    @property
    def ident(self) -> str:
        """ "generic@1": what an assessment records."""
        return f"{self.key}@{self.version}"

    def title(self, language: str = "th") -> str:
        return self.title_en if language == "en" else self.title_th

    def component(self, component: Component) -> RubricComponent:
        return self.components[COMPONENTS.index(component)]

    def level_name(self, level: int, language: str = "th") -> str:
        return self.level_names[level - 1].text(language)

    def description(self, component: Component, level: int, language: str = "th") -> str:
        return self.component(component).level(level).text(language)


def _refuse(thai: str, english: str) -> RubricError:
    return RubricError(f"ใช้ไฟล์เกณฑ์ UCCARE นี้ไม่ได้: {thai}", f"This UCCARE rubric file cannot be used: {english}")


def _text(node: Mapping[str, object], key: str, where_th: str, where_en: str, limit: int = MAX_RUBRIC_TEXT) -> str:
    value = node.get(key)
    if not isinstance(value, str):
        raise _refuse(f"{where_th} ไม่มีข้อความ “{key}”", f"{where_en} has no text “{key}”")
    bad = refused_character(value)
    if bad is not None:
        raise _refuse(f"{where_th} “{key}” มีอักขระที่ใช้ไม่ได้ (U+{ord(bad):04X})",
                      f"{where_en} “{key}” holds a character that is not allowed (U+{ord(bad):04X})")
    cleaned = " ".join(unicodedata.normalize("NFC", value).split())
    if not cleaned:
        raise _refuse(f"{where_th} “{key}” ว่าง", f"{where_en} “{key}” is empty")
    if len(cleaned) > limit:
        raise _refuse(f"{where_th} “{key}” ยาว {len(cleaned)} ตัวอักษร (ไม่เกิน {limit})",
                      f"{where_en} “{key}” is {len(cleaned)} characters long (at most {limit})")
    if unicodedata.category(cleaned[0]).startswith("M"):
        raise _refuse(f"{where_th} “{key}” ขึ้นต้นด้วยสระหรือวรรณยุกต์", f"{where_en} “{key}” begins with a mark")
    return cleaned


def _levels(node: Mapping[str, object], where_th: str, where_en: str, names: bool = False) -> tuple[tuple[LevelText, ...], tuple[LevelText, ...]]:
    items = node.get("levels")
    if not isinstance(items, list) or len(items) != len(LEVELS):
        raise _refuse(f"{where_th} ต้องมีระดับ 1 ถึง 5 ครบ 5 ระดับ", f"{where_en} must have the five levels 1 to 5")
    meanings, level_names = [], []
    for expected, item in zip(LEVELS, items):
        if not isinstance(item, dict) or item.get("level") != expected or isinstance(item.get("level"), bool):
            raise _refuse(f"{where_th} ระดับต้องเรียง 1 ถึง 5 (ลำดับที่ {expected} ไม่ใช่ระดับ {expected})",
                          f"{where_en}: the levels must run 1 to 5 (entry {expected} is not level {expected})")
        at_th, at_en = f"{where_th} ระดับ {expected}", f"{where_en}, level {expected}"
        meanings.append(LevelText(expected, _text(item, "description_th", at_th, at_en),
                                  _text(item, "description_en", at_th, at_en)))
        if names:
            level_names.append(LevelText(expected, _text(item, "name_th", at_th, at_en, MAX_RUBRIC_TITLE),
                                         _text(item, "name_en", at_th, at_en, MAX_RUBRIC_TITLE)))
    return tuple(level_names), tuple(meanings)


def parse_rubric(content: bytes | str) -> Rubric:
    """A rubric from the text of a JSON file (see resources/uccare/rubric_generic_v1.json), or RubricError."""
    if isinstance(content, bytes):
        if len(content) > MAX_RUBRIC_BYTES:
            raise _refuse(f"ไฟล์ใหญ่เกินไป ({len(content):,} ไบต์ ไม่เกิน {MAX_RUBRIC_BYTES:,})",
                          f"the file is too large ({len(content):,} bytes; at most {MAX_RUBRIC_BYTES:,})")
        try:
            content = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise _refuse("ไฟล์ไม่ใช่ข้อความ UTF-8", "the file is not UTF-8 text") from None
    if len(content) > MAX_RUBRIC_BYTES:
        raise _refuse("ไฟล์ใหญ่เกินไป", "the file is too large")
    try:
        data = json.loads(content)
    except (ValueError, RecursionError) as error:
        line = getattr(error, "lineno", None)
        raise _refuse(f"ไฟล์ไม่ใช่ JSON ที่ถูกต้อง{f' (บรรทัด {line})' if line else ''}",
                      f"the file is not valid JSON{f' (line {line})' if line else ''}") from None
    if not isinstance(data, dict) or data.get("format") != RUBRIC_FORMAT:
        raise _refuse(f"ไม่ใช่ไฟล์เกณฑ์ UCCARE (ต้องมี \"format\": \"{RUBRIC_FORMAT}\")",
                      f"not a UCCARE rubric file (it needs \"format\": \"{RUBRIC_FORMAT}\")")
    if data.get("format_version") != RUBRIC_FORMAT_VERSION or isinstance(data.get("format_version"), bool):
        raise _refuse(f"รุ่นของรูปแบบไฟล์ต้องเป็น {RUBRIC_FORMAT_VERSION}",
                      f"the file format version must be {RUBRIC_FORMAT_VERSION}")
    key, version = data.get("id"), data.get("version")
    if not isinstance(key, str) or not _RUBRIC_ID.fullmatch(key):
        raise _refuse("รหัสเกณฑ์ (\"id\") ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข - หรือ _ ไม่เกิน 40 ตัว",
                      "the rubric id (\"id\") must be lower-case letters, digits, - or _, at most 40")
    if not isinstance(version, str) or not _RUBRIC_VERSION.fullmatch(version):
        raise _refuse("รุ่นของเกณฑ์ (\"version\") ต้องเป็นตัวอักษรหรือตัวเลข ไม่เกิน 20 ตัว",
                      "the rubric version (\"version\") must be letters or digits, at most 20")
    title_th = _text(data, "title_th", "ไฟล์", "The file", MAX_RUBRIC_TITLE)
    title_en = _text(data, "title_en", "ไฟล์", "The file", MAX_RUBRIC_TITLE)
    level_names, level_meanings = _levels(data, "ไฟล์", "The file", names=True)
    items = data.get("components")
    if not isinstance(items, list):
        raise _refuse("ไม่มีรายการองค์ประกอบ (\"components\")", "there is no list of components (\"components\")")
    found: dict[Component, RubricComponent] = {}
    known = {c.value: c for c in COMPONENTS}
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict) or item.get("key") not in known:
            names = ", ".join(known)
            raise _refuse(f"องค์ประกอบลำดับที่ {number} ไม่ใช่องค์ประกอบของ UCCARE (ต้องเป็นหนึ่งใน {names})",
                          f"component {number} is not a UCCARE component (it must be one of {names})")
        component = known[item["key"]]
        if component in found:
            raise _refuse(f"องค์ประกอบ {component.value} ซ้ำ", f"component {component.value} appears twice")
        where_th, where_en = f"องค์ประกอบ {component.value}", f"Component {component.value}"
        _, meanings = _levels(item, where_th, where_en)
        found[component] = RubricComponent(component, _text(item, "name_th", where_th, where_en, MAX_RUBRIC_TITLE),
                                           _text(item, "name_en", where_th, where_en, MAX_RUBRIC_TITLE), meanings)
    missing = [c.value for c in COMPONENTS if c not in found]
    if missing:
        raise _refuse(f"ขาดองค์ประกอบ {', '.join(missing)} (ต้องครบ 6 องค์ประกอบ)",
                      f"component {', '.join(missing)} is missing (all six are needed)")
    return Rubric(key, version, title_th, title_en, level_names, level_meanings,
                  tuple(found[c] for c in COMPONENTS))


def rubric_document(rubric: Rubric) -> dict[str, object]:
    """The rubric as its JSON file holds it (``parse_rubric(json.dumps(rubric_document(r)))`` is ``r``)."""
    return {
        "format": RUBRIC_FORMAT, "format_version": RUBRIC_FORMAT_VERSION, "id": rubric.key, "version": rubric.version,
        "title_th": rubric.title_th, "title_en": rubric.title_en,
        "levels": [{"level": n.level, "name_th": n.th, "name_en": n.en, "description_th": m.th, "description_en": m.en}
                   for n, m in zip(rubric.level_names, rubric.level_meanings)],
        "components": [{"key": c.component.value, "code": CODES[c.component], "name_th": c.name_th, "name_en": c.name_en,
                        "levels": [{"level": t.level, "description_th": t.th, "description_en": t.en} for t in c.levels]}
                       for c in rubric.components],
    }


__all__ = [
    "COMPONENTS", "CODES", "DECIDERS", "LEVELS", "PASS_LEVEL", "Assessor", "Component", "DecidingAssessors", "Decision",
    "DistrictRule", "Evaluation", "HoldingBack", "LevelDifference", "LevelText", "PassBranch", "Phase", "Reason",
    "Result", "Rubric", "RubricComponent", "RubricError", "YearStatus", "component_name", "decide", "evaluate",
    "label", "parse_rubric", "rubric_document", "year_status",
]

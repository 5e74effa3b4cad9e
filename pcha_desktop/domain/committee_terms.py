"""The fixed vocabulary of committees: their kinds, the roles on them, the sectors members come from, the
status of an appointment order and of a tambon committee's plan.

Plain enumerations (no database, no Qt): the domain rules and the services use them, and the storage layer
stores their values (see ``storage/models/``), never defines its own.
"""

from __future__ import annotations

import enum


class CommitteeKind(str, enum.Enum):
    DISTRICT = "district"  # คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.)
    ISSUE_SUBCOMMITTEE = "issue_subcommittee"  # คณะกรรมการขับเคลื่อนรายประเด็น
    TAMBON = "tambon"  # คณะกรรมการพัฒนาคุณภาพชีวิตระดับตำบล (พชต.)


class CommitteeRole(str, enum.Enum):
    CHAIR = "chair"  # ประธานกรรมการ
    VICE_CHAIR = "vice_chair"  # รองประธานกรรมการ
    MEMBER = "member"  # กรรมการ
    MEMBER_AND_SECRETARY = "member_and_secretary"  # กรรมการและเลขานุการ
    ASSISTANT_SECRETARY = "assistant_secretary"  # กรรมการและผู้ช่วยเลขานุการ


class Sector(str, enum.Enum):
    STATE = "state"  # ภาครัฐ
    LOCAL_GOVERNMENT = "local_government"  # องค์กรปกครองส่วนท้องถิ่น
    PRIVATE = "private"  # ภาคเอกชน
    CIVIL_SOCIETY = "civil_society"  # ภาคประชาชน/ประชาสังคม


class OrderStatus(str, enum.Enum):
    """An appointment order (คำสั่งแต่งตั้ง)."""

    DRAFT = "draft"  # ร่าง
    ISSUED = "issued"  # ออกคำสั่งแล้ว (never changes again)


class PlanStatus(str, enum.Enum):
    """A tambon committee's plan for a fiscal year."""

    NONE = "none"  # ยังไม่มีแผน
    DRAFTING = "drafting"  # อยู่ระหว่างจัดทำแผน
    APPROVED = "approved"  # แผนได้รับความเห็นชอบแล้ว


class CommitteeArea(str, enum.Enum):
    """What a tambon-level committee (พชต.) covers: a whole tambon, or the area of one tambon health
    promoting hospital (รพ.สต.) in it. One tambon may hold several committees (Wang Chin: 17 in 7 tambons)."""

    TAMBON = "tambon"  # ทั้งตำบล
    HEALTH_CENTRE = "health_centre"  # พื้นที่รับผิดชอบของ รพ.สต.

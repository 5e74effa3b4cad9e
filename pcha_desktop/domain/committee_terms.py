"""The fixed vocabulary of committees: their kinds, the roles on them, the sectors members come from.

Plain enumerations (no database, no Qt): the domain rules use them, and the storage layer stores their
values (see ``storage/models.py``).
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

"""Sample data and PDF reading helpers for the export tests (fixtures: the suite runs in importlib mode,
so test modules cannot import each other)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from pdfminer.high_level import extract_text as pdfminer_text

from pcha_desktop.exports.appointment_order_pdf import (
    AppointmentOrderDocument,
    OrderMember,
    OrderRoleGroup,
)

LONG_PARAGRAPH = (
    "ตามที่อำเภอเมืองภูเก็ตได้ดำเนินการพัฒนาคุณภาพชีวิตของประชาชนในพื้นที่ ที่นี่มีการกำหนดแผนงานประจำ"
    "ปีงบประมาณ 2563 โดยให้ความสำคัญกับการดูแลผู้สูงอายุ เด็ก และคนพิการ ตลอดจนการปลูกฝ้ายและการรักษาป่า"
    "และแหล่งน้ำ ภายใต้ท้องฟ้าที่สดใส เพื่อให้ประชาชนมีคุณภาพชีวิตที่ดีขึ้นอย่างยั่งยืน ช่างปั้นหม้อดินเผา"
    "ได้ฟื้นฟูภูมิปัญญาท้องถิ่น & สืบสานประเพณี <ของชุมชน> อย่างต่อเนื่อง"
)

ROLES = ("ประธานกรรมการ", "รองประธานกรรมการ", "กรรมการ", "กรรมการและเลขานุการ", "กรรมการและผู้ช่วยเลขานุการ")


def sample_order(member_count: int = 12, **overrides: object) -> AppointmentOrderDocument:
    members = [
        OrderMember(
            full_name=f"นายสมชาย ใจดีมีสุข {index}" if index % 3 else f"นางสาวพรทิพย์ ศรีสวัสดิ์วงศ์ {index}",
            position=(
                "ปลัดอำเภอ (เจ้าพนักงานปกครองชำนาญการพิเศษ)" if index % 4 == 0 else "สาธารณสุขอำเภอเมืองภูเก็ต"
            ),
            role_label=ROLES[0] if index == 1 else ROLES[3] if index == member_count else ROLES[2],
        )
        for index in range(1, member_count + 1)
    ]
    half = max(1, member_count // 3)
    values: dict[str, object] = dict(
        issuing_office="อำเภอเมืองภูเก็ต",
        number="123/2563",
        subject="แต่งตั้งคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต",
        preamble=(
            "ด้วยระเบียบสำนักนายกรัฐมนตรีว่าด้วยการพัฒนาคุณภาพชีวิตระดับพื้นที่ พ.ศ. 2561 กำหนดให้มี"
            "คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ เพื่อบูรณาการการทำงานร่วมกันระหว่างภาครัฐ ภาคเอกชน"
            " และภาคประชาชน"
            "\nอาศัยอำนาจตามความในข้อ 12 แห่งระเบียบสำนักนายกรัฐมนตรีดังกล่าว นายอำเภอเมืองภูเก็ตจึงแต่งตั้ง"
            "คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต ประกอบด้วย"
        ),
        cancels="ให้ยกเลิกคำสั่งอำเภอเมืองภูเก็ต ที่ 45/2563 ลงวันที่ 1 ตุลาคม 2563",
        groups=[
            OrderRoleGroup(heading="1. ที่ปรึกษา", members=members[:half]),
            OrderRoleGroup(heading="2. คณะกรรมการ", members=members[half:]),
        ],
        duties_heading="โดยให้คณะกรรมการมีอำนาจหน้าที่ ดังนี้",
        duties=[
            "จัดทำแผนพัฒนาคุณภาพชีวิตระดับอำเภอ ปีงบประมาณ 2564 ให้สอดคล้องกับปัญหาของพื้นที่",
            "บูรณาการและประสานความร่วมมือกับหน่วยงานที่เกี่ยวข้อง ทั้งภาครัฐ ภาคเอกชน และภาคประชาชน",
            "ติดตามและประเมินผล แล้วรายงานต่อคณะกรรมการระดับจังหวัดทุก 6 เดือน",
        ],
        signed_date_text="1 ตุลาคม พ.ศ. 2563",
        signer_name="นายวิชัย ปั้นฟื้นที่นี่",
        signer_position="นายอำเภอเมืองภูเก็ต",
    )
    values.update(overrides)
    return AppointmentOrderDocument(**values)  # type: ignore[arg-type]


TITLES = ("นาย", "นาง", "นางสาว", "นาย", "พันตำรวจเอก", "นาย", "นายแพทย์", "นาง", "ว่าที่ร้อยตรี")
GIVEN_NAMES = ("ศุภลักษณ์", "รักถิ่น", "สมศักดิ์", "พรทิพย์", "ธนากร", "จันทร์เพ็ญ", "อับดุลเลาะ", "กิตติพงษ์")
SURNAMES = ("ศรีสมบูรณ์วัฒนากุล", "ทองประเสริฐ", "หลีกภัย", "ใจงาม", "บุญประคอง", "วงศ์สวัสดิ์", "หมัดหลี")
POSITIONS = (
    "นายกเทศมนตรีตำบลราไวย์",
    "ประธานชมรมผู้ประกอบการท่องเที่ยวกะรน",
    "ผู้ใหญ่บ้านหมู่ที่ 3 ตำบลเกาะแก้ว",
    "ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านเกาะ",
    "ปลัดอำเภอ (เจ้าพนักงานปกครองชำนาญการพิเศษ)",
    "สาธารณสุขอำเภอเมืองภูเก็ต",
    "กำนันตำบลฉลอง",
    "ประธาน อสม.",
    "ผู้แทนภาคประชาชน",
    "พัฒนาการอำเภอ",
    "ท้องถิ่นอำเภอ",
)
"""Names and positions as a district's long list has them: mostly ordinary, some very long."""


def realistic_order(member_count: int = 77, **overrides: object) -> AppointmentOrderDocument:
    """A long order as districts have them: real-looking names (long surnames, ranks) and places."""
    members = [
        OrderMember(
            full_name=f"{TITLES[i % len(TITLES)]}{GIVEN_NAMES[i % len(GIVEN_NAMES)]} {SURNAMES[i % len(SURNAMES)]}",
            position=POSITIONS[i % len(POSITIONS)],
            role_label=ROLES[0] if i == 0 else ROLES[3] if i == member_count - 2 else ROLES[4] if i == member_count - 1 else ROLES[2],
        )
        for i in range(member_count)
    ]
    values: dict[str, object] = dict(groups=[OrderRoleGroup(heading=None, members=members)])
    values.update(overrides)
    return sample_order(**values)


@pytest.fixture(scope="session")
def make_realistic_order():
    return realistic_order


@pytest.fixture
def order_document() -> AppointmentOrderDocument:
    return sample_order()


@pytest.fixture(scope="session")
def make_order() -> Callable[..., AppointmentOrderDocument]:
    return sample_order


@pytest.fixture(scope="session")
def long_paragraph() -> str:
    return LONG_PARAGRAPH


_WHITESPACE = re.compile(r"\s+")


class PdfReading:
    """Reading back the PDFs the tests write."""

    @staticmethod
    def squeeze(text: str) -> str:
        """NFKC form without whitespace: extractors add spaces/newlines around raised marks."""
        return _WHITESPACE.sub("", unicodedata.normalize("NFKC", text))

    @staticmethod
    def page_texts(path: Path) -> list[str]:
        return [page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages]

    def pypdf_text(self, path: Path) -> str:
        return "\n".join(self.page_texts(path))

    @staticmethod
    def pdfminer_text(path: Path) -> str:
        return pdfminer_text(str(path))

    @staticmethod
    def has_private_use(text: str) -> bool:
        return any(0xE000 <= ord(character) <= 0xF8FF for character in text)


@pytest.fixture(scope="session")
def pdf() -> PdfReading:
    return PdfReading()


@pytest.fixture
def emblem_png(tmp_path: Path) -> Path:
    """A stand-in emblem (no Garuda file ships): a filled circle."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (200, 240), "white")
    ImageDraw.Draw(image).ellipse((10, 20, 190, 220), outline="black", width=6)
    path = tmp_path / "emblem.png"
    image.save(path)
    return path

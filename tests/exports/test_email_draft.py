"""The e-mail draft (.eml): marked unsent, Thai subject, body and attachment names read back exactly by a
standard mail parser (Python's email package, as Thunderbird and Outlook follow the same RFCs)."""

from __future__ import annotations

import tempfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pcha_desktop.exports.file_names import safe_file_name
from pcha_desktop.exports.email_draft import EmailAttachment, body_text, write_email_draft

THAI = "".join(chr(code) for code in range(0x0E01, 0x0E5C) if chr(code).isprintable())
SUBJECT = "รายงานการประชุมคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต ครั้งที่ 2/2564"
# Header text: any printable character, no line breaks (a subject is one line).
header_text = st.text(
    alphabet=st.one_of(st.sampled_from(THAI), st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"))),
    max_size=200,
)
# File names as the app makes them (safe on Windows): those round-trip exactly.
file_names = st.text(
    alphabet=st.one_of(st.sampled_from(THAI + " -_()."), st.characters(blacklist_categories=("Cs",))),
    min_size=1, max_size=120,
).map(safe_file_name)
bodies = st.text(alphabet=st.one_of(st.sampled_from(THAI + "\n"), st.characters(blacklist_categories=("Cs",))),
                 max_size=2000)


def _read(path: Path) -> EmailMessage:
    return BytesParser(policy=policy.default).parsebytes(path.read_bytes())  # type: ignore[return-value]


def test_a_draft_is_unsent_and_carries_thai_subject_body_and_attachment(tmp_path: Path) -> None:
    minutes = tmp_path / "รายงานการประชุม ครั้งที่ 2-2564.pdf"
    minutes.write_bytes(b"%PDF-1.4 minutes")
    body = "เรียน นายแพทย์สาธารณสุขจังหวัดภูเก็ต\n\nอำเภอเมืองภูเก็ตขอส่งรายงานการประชุม ครั้งที่ 2/2564"
    path = write_email_draft("สสจ.ภูเก็ต <saraban@phuket.go.th>", SUBJECT, body, [minutes], tmp_path / "draft.eml")
    raw = path.read_bytes()
    assert b"\r\nX-Unsent: 1\r\n" in raw
    assert "ภูเก็ต".encode() not in raw.split(b"\r\n\r\n")[0]  # headers are plain ASCII (encoded words)
    message = _read(path)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == SUBJECT
    assert message["To"].addresses[0].addr_spec == "saraban@phuket.go.th"
    assert message["To"].addresses[0].display_name == "สสจ.ภูเก็ต"
    assert message["From"] is None  # the mail program fills in its own account
    assert message.get_body(("plain",)).get_content() == body + "\n"
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == minutes.name
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == b"%PDF-1.4 minutes"
    assert not list(tmp_path.glob(".draft-*"))  # no temporary file left


def test_several_recipients_a_sender_and_no_attachment(tmp_path: Path) -> None:
    path = write_email_draft(["a@example.go.th", " ", "b@example.go.th"], "เรื่อง", "ข้อความ", [],
                             tmp_path / "d.eml", from_="สสอ.เมืองภูเก็ต <dho@example.go.th>")
    message = _read(path)
    assert [address.addr_spec for address in message["To"].addresses] == ["a@example.go.th", "b@example.go.th"]
    assert message["From"].addresses[0].display_name == "สสอ.เมืองภูเก็ต"
    assert not list(message.iter_attachments())


def test_an_unsafe_attachment_name_arrives_safe(tmp_path: Path) -> None:
    path = write_email_draft("", "x", "x", [EmailAttachment("..\\รายงาน:ครั้งที่ 2/2564\n.pdf", b"x")],
                             tmp_path / "d.eml")
    [attachment] = list(_read(path).iter_attachments())
    assert attachment.get_filename() == "รายงาน ครั้งที่ 2 2564 .pdf"


def test_no_recipient_leaves_it_to_the_user_and_a_line_break_cannot_add_a_header(tmp_path: Path) -> None:
    path = write_email_draft("", "ประชุม\nBcc: someone@evil.example", "x", [], tmp_path / "d.eml")
    message = _read(path)
    assert message["To"] is None
    assert message["Bcc"] is None
    assert message["Subject"] == "ประชุม Bcc: someone@evil.example"


@settings(max_examples=80, deadline=None)
@given(subject=header_text, body=bodies, names=st.lists(file_names, max_size=3),
       data=st.binary(max_size=300))
def test_subject_body_and_file_names_round_trip_exactly(subject: str, body: str, names: list[str],
                                                        data: bytes) -> None:
    attachments = [EmailAttachment(name, data) for name in names]
    with tempfile.TemporaryDirectory() as folder:
        message = _read(write_email_draft("x@example.go.th", subject, body, attachments, Path(folder) / "d.eml"))
    assert message["Subject"] == subject.strip()  # a one-line subject comes back as written, less end spaces
    assert message.get_body(("plain",)).get_content() == body_text(body)
    assert [part.get_filename() for part in message.iter_attachments()] == names
    assert all(part.get_payload(decode=True) == data for part in message.iter_attachments())

"""A meeting's documents: the invitation letter and the minutes as PDFs, and the e-mail draft that sends
the minutes to the provincial health office ("Send to province").

The meeting is read whole (``services.meetings.meeting_view``) and turned into the export layer's plain
data (``exports.meeting_documents``); the district profile gives the office, the district chief and the
provincial office's e-mail. Thai digits follow the user's preference unless asked; the Garuda emblem is the
workspace's, if one was chosen. Minutes not yet adopted print "ร่าง" on every page.

    render_minutes_pdf(workspace, meeting_id, Path("minutes.pdf"))
    render_invitation_pdf(workspace, meeting_id, Path("invitation.pdf"))
    draft = write_minutes_email(workspace, meeting_id, Path("to-province.eml"))   # .path, .recipient
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING

from pcha_desktop.domain.meetings import AGENDA_TITLES_TH, AgendaSection, AttendanceStatus
from pcha_desktop.domain.thai_calendar import DateStyle, format_thai_date
from pcha_desktop.domain.thai_text import learn_names
from pcha_desktop.services.demo_marker import is_demo_database
from pcha_desktop.services.district_profile import the_district
from pcha_desktop.services.meetings import AgendaItemView, MeetingView, meeting_view
from pcha_desktop.services.workspace import Workspace
from pcha_desktop.storage.database import Database

if TYPE_CHECKING:
    from pcha_desktop.exports.meeting_documents import (
        AgendaItemDoc,
        AgendaSectionDoc,
        Attendee,
        InvitationDocument,
        MinutesDocument,
    )

THAI_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
MEETING_PREFIX = "การประชุม"
MINUTES = "รายงานการประชุม"
INVITATION = "หนังสือเชิญประชุม"
MINUTES_EMAIL = "ส่งรายงานการประชุม"


def meeting_date_text(day: date) -> str:
    """ "วันจันทร์ที่ 15 กุมภาพันธ์ พ.ศ. 2564", as invitations and minutes write a meeting's date."""
    return f"วัน{THAI_WEEKDAYS[day.weekday()]}ที่ {format_thai_date(day, DateStyle.FULL_WITH_ERA)}"


def clock_text(value: time | None) -> str:
    """ "09.30" (official documents write the time with a dot; "น." follows)."""
    return "" if value is None else f"{value:%H.%M}"


def meeting_name(view: MeetingView) -> str:
    """What follows "รายงานการประชุม" / "ขอเชิญประชุม": the meeting's own title (without a leading
    "การประชุม") or the committee's name."""
    title = view.summary.title.strip()
    return title.removeprefix(MEETING_PREFIX).strip() if title else view.summary.committee_name


@dataclass(frozen=True)
class _District:
    district_name: str
    province_name: str
    office_name: str
    chief_name: str
    provincial_email: str
    is_demo: bool


def _district(database: Database) -> _District:
    with database.reader() as session:
        profile = the_district(session)
        demo = is_demo_database(session)
        if profile is None:
            return _District("", "", "", "", "", demo)
        return _District(profile.district_name, profile.province_name, profile.office_name,
                         profile.district_chief_name, profile.provincial_office_email, demo)


def _thai_digits(database: Database, thai_digits: bool | None) -> bool:
    if thai_digits is not None:
        return thai_digits
    from pcha_desktop.services.settings import user_preferences_for

    return user_preferences_for(database).thai_digits


# --- the minutes ------------------------------------------------------------------------------------


def _attendees(view: MeetingView) -> tuple[list[Attendee], list[Attendee]]:
    from pcha_desktop.exports.meeting_documents import Attendee

    present: list[Attendee] = []
    absent: list[Attendee] = []
    for row in view.attendance:
        if row.status is AttendanceStatus.PRESENT:
            present.append(Attendee(row.full_name, row.position, note=row.role_label_th))
        elif row.status is AttendanceStatus.REPRESENTED:  # the substitute attends "แทน" the member
            present.append(Attendee(row.substitute_name, row.substitute_position,
                                    stands_in_for=row.position or row.full_name, note=row.role_label_th))
        else:
            reason = row.absence_reason or ("ลาประชุม" if row.status is AttendanceStatus.ABSENT_WITH_NOTICE else "")
            absent.append(Attendee(row.full_name, row.position, note=reason))
    return present, absent


def _opening(view: MeetingView) -> str:
    quorum, chair = view.summary.quorum, view.chair_name.strip()
    opener = f"{chair} ประธานในที่ประชุม" if chair else "ประธานในที่ประชุม"
    if quorum is None:
        return f"{opener} กล่าวเปิดประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้"
    counted = f"กรรมการทั้งหมด {quorum.total_members} คน มาประชุม {quorum.attending} คน"
    if not quorum.met:
        return (f"{counted} ไม่ครบองค์ประชุม (ต้องมีกรรมการมาประชุมอย่างน้อย {quorum.needed} คน)"
                " ที่ประชุมจึงรับทราบเรื่องต่าง ๆ ดังนี้")
    rule = " ตามมาตรา 79 วรรคสอง (ไม่น้อยกว่าหนึ่งในสาม)" if quorum.reconvened_rule else ""
    return f"{counted} ครบองค์ประชุม{rule} {opener} กล่าวเปิดประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้"


def _votes(votes_for: int | None, against: int | None, abstentions: int | None) -> str:
    parts = [f"{label} {count} เสียง" for label, count in
             (("เห็นด้วย", votes_for), ("ไม่เห็นด้วย", against), ("งดออกเสียง", abstentions)) if count is not None]
    return f" ({' '.join(parts)})" if parts else ""


def _item(item: AgendaItemView) -> AgendaItemDoc:
    from pcha_desktop.exports.meeting_documents import AgendaItemDoc, Dissent, FollowUpLine

    resolutions = [f"{r.text.strip()}{_votes(r.votes_for, r.votes_against, r.abstentions)}"
                   for r in item.resolutions if r.text.strip()]
    dissents = tuple(
        Dissent(d.member_name, " ".join(part for part in (d.opinion.strip(), f"เหตุผล: {d.reason.strip()}"
                                                          if d.reason.strip() else "") if part))
        for r in item.resolutions for d in r.dissents
    )
    follow_ups = tuple(
        FollowUpLine(f.description, f.owner, format_thai_date(f.due_date, DateStyle.FULL) if f.due_date else "")
        for r in item.resolutions for f in r.follow_ups
    )
    details = item.details
    if item.follow_up is not None and item.follow_up.closed_on is not None and item.follow_up.outcome.strip():
        details = "\n".join(part for part in (details, f"ผลการดำเนินงาน: {item.follow_up.outcome.strip()}") if part)
    return AgendaItemDoc(item.title, details=details, minutes=item.minutes, resolution="\n".join(resolutions),
                         dissents=dissents, follow_ups=follow_ups)


def _sections(view: MeetingView, with_minutes: bool) -> tuple[AgendaSectionDoc, ...]:
    from pcha_desktop.exports.meeting_documents import AgendaItemDoc, AgendaSectionDoc

    return tuple(
        AgendaSectionDoc(section.value, AGENDA_TITLES_TH[section], tuple(
            _item(item) if with_minutes else AgendaItemDoc(item.title) for item in view.items_of(section)))
        for section in AgendaSection
    )


def _adoption_note(view: MeetingView) -> str:
    amendments = view.adoption_amendments.strip()
    change = f" โดยมีการแก้ไข ดังนี้ {amendments}" if amendments else " โดยไม่มีการแก้ไข"
    if view.adopted_in is not None:
        adopted = view.adopted_in
        return (f"ที่ประชุมรับรองรายงานการประชุมนี้ในการประชุม {adopted.number_label}"
                f" เมื่อ{meeting_date_text(adopted.meeting_date)}{change}")
    if view.minutes_adopted_on is not None:
        return f"รับรองรายงานการประชุมนี้เมื่อ{meeting_date_text(view.minutes_adopted_on)}{change}"
    return ""


def minutes_document(database: Database, meeting_id: int, thai_digits: bool = False,
                     today: date | None = None) -> MinutesDocument:
    """The meeting's minutes as the PDF layer's plain data."""
    from pcha_desktop.exports.meeting_documents import Attendee, MinutesDocument, Signer

    view = meeting_view(database, meeting_id, today)
    summary = view.summary
    present, absent = _attendees(view)
    guests = [Attendee(g.full_name, " ".join(part for part in (g.position, g.organisation) if part.strip()))
              for g in view.guests]
    checker = (Signer(view.minutes_checker_name, view.minutes_checker_position)
               if view.minutes_checker_name.strip() else None)
    document = MinutesDocument(
        meeting_name=meeting_name(view), number_label=summary.number_label,
        date_text=meeting_date_text(summary.meeting_date), place=summary.place,
        present=tuple(present), absent=tuple(absent), guests=tuple(guests),
        start_time_text=clock_text(summary.start_time), opening=_opening(view),
        sections=_sections(view, with_minutes=True), end_time_text=clock_text(summary.end_time),
        recorder=Signer(view.minutes_taker_name, view.minutes_taker_position), checker=checker,
        adopted=summary.minutes_adopted, adoption_note=_adoption_note(view),
        thai_digits=thai_digits, is_demo=_district(database).is_demo,
    )
    learn_names(document.names())
    return document


def render_minutes_pdf(workspace: Workspace, meeting_id: int, out_path: Path, thai_digits: bool | None = None,
                       today: date | None = None) -> Path:
    """Write the minutes as a PDF (``thai_digits`` None: the user's preference); when ``out_path`` is a folder
    the file in it is named "รายงานการประชุม ครั้งที่ 2-2564 ….pdf". Returns the file written."""
    from pcha_desktop.exports.file_names import meeting_file_name
    from pcha_desktop.exports.meeting_documents import render_minutes

    database = workspace.database
    document = minutes_document(database, meeting_id, _thai_digits(database, thai_digits), today)
    out_path = Path(out_path)
    if out_path.is_dir():
        out_path = out_path / meeting_file_name(MINUTES, document.number_label, document.meeting_name, ".pdf")
    return render_minutes(document, out_path)


# --- the invitation ---------------------------------------------------------------------------------


def _reconvened_sentence(view: MeetingView) -> str:
    """Section 79's second rule, as the invitation of a reconvened meeting must state it."""
    adjourned = view.adjourned_meeting
    if adjourned is None or not view.invitation_states_third_rule:
        return ""
    return (f"การประชุมครั้งนี้เป็นการประชุมที่เลื่อนมาจากการประชุม {adjourned.number_label}"
            f" เมื่อ{meeting_date_text(adjourned.meeting_date)} ซึ่งไม่ครบองค์ประชุม หากมีกรรมการมาประชุม"
            "ไม่น้อยกว่าหนึ่งในสามของจำนวนกรรมการทั้งหมด ให้ถือว่าเป็นองค์ประชุม ตามมาตรา 79 วรรคสอง"
            " แห่งพระราชบัญญัติวิธีปฏิบัติราชการทางปกครอง พ.ศ. 2539")


def invitation_document(workspace: Workspace, meeting_id: int, thai_digits: bool = False,
                        garuda_image: Path | None = None) -> InvitationDocument:
    """The meeting's invitation letter (with its agenda) as the PDF layer's plain data: signed by the chair
    (else the district chief), from the district office."""
    from pcha_desktop.exports.meeting_documents import InvitationDocument, Signer

    view = meeting_view(workspace.database, meeting_id)
    summary = view.summary
    district = _district(workspace.database)
    office = f"อำเภอ{district.district_name}" if district.district_name else district.office_name
    signer_name = view.chair_name.strip() or district.chief_name
    signer_position = view.chair_position.strip() or (
        f"นายอำเภอ{district.district_name}" if signer_name == district.chief_name and district.district_name else "")
    address = f"ที่ว่าการอำเภอ{district.district_name}\nจังหวัด{district.province_name}" if district.district_name else ""
    document = InvitationDocument(
        issuing_office=office, meeting_name=meeting_name(view), number_label=summary.number_label,
        date_text=meeting_date_text(summary.meeting_date), time_text=clock_text(summary.start_time),
        place=summary.place, addressee=f"{summary.committee_name} ทุกท่าน",
        letter_date_text=format_thai_date(summary.invitation_date, DateStyle.FULL) if summary.invitation_date else "",
        reference_number=view.invitation_reference, office_address=address,
        reconvened_sentence=_reconvened_sentence(view), agenda=_sections(view, with_minutes=False),
        signer=Signer(signer_name, signer_position), contact=district.office_name,
        garuda_image=garuda_image, thai_digits=thai_digits, is_demo=district.is_demo,
    )
    learn_names(document.names())
    return document


def render_invitation_pdf(workspace: Workspace, meeting_id: int, out_path: Path, thai_digits: bool | None = None,
                          garuda_image: Path | None = None) -> Path:
    """Write the invitation letter and its agenda as a PDF (``thai_digits`` None: the user's preference;
    without ``garuda_image`` the workspace's emblem, if any). A folder ``out_path`` gets
    "หนังสือเชิญประชุม ครั้งที่ 2-2564 ….pdf". Returns the file written."""
    from pcha_desktop.exports.file_names import meeting_file_name
    from pcha_desktop.exports.meeting_documents import render_invitation

    if garuda_image is None:
        from pcha_desktop.services.emblem import emblem_path

        garuda_image = emblem_path(workspace)
    document = invitation_document(workspace, meeting_id, _thai_digits(workspace.database, thai_digits), garuda_image)
    out_path = Path(out_path)
    if out_path.is_dir():
        out_path = out_path / meeting_file_name(INVITATION, document.number_label, document.meeting_name, ".pdf")
    return render_invitation(document, out_path)


# --- "Send to province" -----------------------------------------------------------------------------


@dataclass(frozen=True)
class EmailDraft:
    path: Path
    recipient: str
    """The provincial office's e-mail from the district profile; empty when the profile has none (the user
    then types it in the mail program)."""
    subject: str
    attachment_name: str


def minutes_email_text(view: MeetingView, district_name: str, province_name: str,
                       secretary_office: str) -> tuple[str, str]:
    """(subject, body) of the e-mail that sends the minutes to the provincial health office."""
    name = meeting_name(view)
    summary = view.summary
    subject = f"{MINUTES}{name} {summary.number_label}"
    addressee = f"นายแพทย์สาธารณสุขจังหวัด{province_name}" if province_name else "นายแพทย์สาธารณสุขจังหวัด"
    sender = f"อำเภอ{district_name}" if district_name else secretary_office
    body = (
        f"เรียน {addressee}\n\n"
        f"{sender} ขอส่ง{MINUTES}{name} {summary.number_label} เมื่อ{meeting_date_text(summary.meeting_date)}"
        f" ณ {summary.place} รายละเอียดตามไฟล์ที่แนบมาพร้อมนี้\n\n"
        "จึงเรียนมาเพื่อโปรดทราบ\n\n"
        f"{secretary_office}\n"
    )
    return subject, body


def write_minutes_email(workspace: Workspace, meeting_id: int, out_path: Path, thai_digits: bool | None = None,
                        today: date | None = None) -> EmailDraft:
    """Write the e-mail draft (.eml, unsent) to the provincial office with the minutes PDF attached; a folder
    ``out_path`` gets "ส่งรายงานการประชุม ครั้งที่ 2-2564 ….eml". Nothing in the database changes: the
    secretary records the date it went once it is sent."""
    from pcha_desktop.exports.email_draft import EmailAttachment, write_email_draft
    from pcha_desktop.exports.file_names import meeting_file_name

    database = workspace.database
    view = meeting_view(database, meeting_id, today)
    district = _district(database)
    subject, body = minutes_email_text(view, district.district_name, district.province_name, district.office_name)
    name = meeting_name(view)
    attachment_name = meeting_file_name(MINUTES, view.summary.number_label, name, ".pdf")
    with tempfile.TemporaryDirectory(prefix="pcha-minutes-") as folder:
        pdf = render_minutes_pdf(workspace, meeting_id, Path(folder) / "minutes.pdf", thai_digits, today)
        attachment = EmailAttachment(attachment_name, pdf.read_bytes(), "application/pdf")
    out_path = Path(out_path)
    if out_path.is_dir():
        out_path = out_path / meeting_file_name(MINUTES_EMAIL, view.summary.number_label, name, ".eml")
    path = write_email_draft(district.provincial_email, subject, body, [attachment], out_path)
    return EmailDraft(path, district.provincial_email, subject, attachment_name)

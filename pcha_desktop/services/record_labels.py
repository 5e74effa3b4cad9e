"""What the records and their fields are called, in Thai and English: the one place for these labels.

Plain data (no Qt), so that the change history on screen and ``pcha history`` read the same. Keys are the
storage names (table, column, stored enum value); a name missing here shows as it is stored, so a new
table or column is readable at once and labelled when it is added below (a test checks every table and
column of the schema has a label).
"""

from __future__ import annotations

from pcha_desktop.domain import one_plan, uccare
from pcha_desktop.domain.kpis import Combination, Direction, IssueArea, TargetGroup
from pcha_desktop.domain.one_plan import ActivityStatus, BudgetSource, ResourceKind
from pcha_desktop.domain.committee_rules import ROLE_LABELS_EN, ROLE_LABELS_TH, SECTOR_LABELS_EN, SECTOR_LABELS_TH

Label = tuple[str, str]  # (Thai, English)

TABLE_LABELS: dict[str, Label] = {
    "district_profile": ("ข้อมูลอำเภอ", "District profile"),
    "fiscal_year": ("ปีงบประมาณ", "Fiscal year"),
    "person": ("บุคคล", "Person"),
    "committee": ("คณะกรรมการ", "Committee"),
    "committee_membership": ("การเป็นกรรมการ", "Committee membership"),
    "setting": ("การตั้งค่า", "Setting"),
    "quality_of_life_issue": ("ประเด็นพัฒนาคุณภาพชีวิต", "Quality-of-life issue"),
    "attachment": ("ไฟล์แนบ", "Attached file"),
    "appointment_order": ("คำสั่งแต่งตั้ง", "Appointment order"),
    "appointment_order_member": ("รายชื่อในคำสั่ง", "Member listed in an order"),
    "tambon_committee_year": ("พชต. รายปี", "Tambon committee's year"),
    "district_visit": ("การลงพื้นที่", "District team visit"),
    "district_visit_photo": ("ภาพการลงพื้นที่", "Visit photo"),
    # the year's issues (issue 8)
    "issue_quarter_note": ("ปัญหาอุปสรรครายไตรมาส", "Quarter's obstacles and suggestions"),
    "issue_target_group": ("กลุ่มเป้าหมาย", "Target group"),
    "issue_objective": ("วัตถุประสงค์", "Objective"),
    "key_result": ("ผลลัพธ์หลัก", "Key result"),
    "kpi": ("ตัวชี้วัด", "KPI"),
    "kpi_baseline": ("ค่าฐาน (Baseline)", "KPI baseline"),
    "kpi_result": ("ผลงานรายไตรมาส", "KPI quarterly result"),
    "activity": ("กิจกรรม/โครงการ", "Activity"),
    "activity_partner": ("ภาคีร่วมดำเนินการ", "Activity partner"),
    "activity_tambon": ("ตำบลที่ดำเนินการ", "Activity tambon"),
    "activity_budget": ("งบประมาณ", "Activity budget"),
    "activity_objective": ("วัตถุประสงค์โครงการ", "Project objective"),
    "resource_contribution": ("ทรัพยากรที่ภาคีร่วมสนับสนุน", "Resource contribution"),
    "notable_work": ("ผลงานเด่น", "Notable work"),
    "notable_work_photo": ("ภาพผลงานเด่น", "Notable work photo"),
    "year_step_tick": ("ขั้นตอนงานประจำปีที่บันทึกว่าทำแล้ว", "Step of the year recorded as done"),
    "chosen_strategy": ("กลวิธีขับเคลื่อนงานที่เลือก", "Strategy chosen"),
    "report_note": ("ข้อความในรายงาน", "Report text"),  # issue 11
    # report bundles (issue 12)
    "quality_assessment": ("ผล UCCARE ที่พิมพ์ไว้ของปีก่อนใช้โปรแกรม", "UCCARE result typed for a year before the app"),
    "bundle_export": ("ชุดรายงานที่ส่งออก", "Exported report bundle"),
    "registered_key": ("กุญแจของอำเภอ", "District's registered key"),
    "imported_bundle": ("ชุดรายงานที่นำเข้า", "Imported report bundle"),
    "province_record": ("ข้อมูลจากอำเภอ", "District record"),
    # meetings (issue 9)
    "meeting": ("การประชุม", "Meeting"),
    "meeting_agenda_item": ("ระเบียบวาระ", "Agenda item"),
    "meeting_agenda_document": ("เอกสารประกอบวาระ", "Agenda document"),
    "meeting_attendance": ("การเข้าประชุม", "Attendance"),
    "meeting_guest": ("ผู้เข้าร่วมประชุม", "Guest"),
    "meeting_resolution": ("มติที่ประชุม", "Resolution"),
    "resolution_dissent": ("ความเห็นแย้ง", "Dissenting opinion"),
    "follow_up_action": ("เรื่องที่ต้องติดตาม", "Follow-up action"),
    "agenda_follow_up": ("เรื่องสืบเนื่องในวาระ", "Follow-up on an agenda"),
    "workshop": ("การประชุมเชิงปฏิบัติการ/อบรม", "Workshop or training"),
    "backup": ("ข้อมูลสำรอง", "Backup"),  # not a table: the audit rows of restores name it
    # UCCARE (issue 10)
    "uccare_assessment": ("การประเมิน UCCARE", "UCCARE assessment"),
    "uccare_level": ("ระดับองค์ประกอบ UCCARE", "UCCARE component level"),
    "uccare_rubric": ("เกณฑ์ UCCARE", "UCCARE rubric"),
}

# Columns with the same meaning in several tables.
COMMON_FIELD_LABELS: dict[str, Label] = {
    "title": ("คำนำหน้า", "Title"),
    "first_name": ("ชื่อ", "First name"),
    "last_name": ("นามสกุล", "Last name"),
    "full_name": ("ชื่อ-นามสกุล", "Name"),
    "position": ("ตำแหน่ง", "Position"),
    "organisation": ("หน่วยงาน", "Organisation"),
    "sector": ("ภาคส่วน", "Sector"),
    "phone": ("โทรศัพท์", "Phone"),
    "email": ("อีเมล", "E-mail"),
    "role": ("บทบาท", "Role"),
    "sort_order": ("ลำดับ", "Order in the list"),
    "start_date": ("วันที่เริ่ม", "Start date"),
    "end_date": ("วันที่พ้นจากตำแหน่ง", "End date"),
    "committee_id": ("คณะกรรมการ", "Committee"),
    "person_id": ("บุคคล", "Person"),
    "membership_id": ("การเป็นกรรมการ", "Membership"),
    "order_id": ("คำสั่ง", "Order"),
    "attachment_id": ("ไฟล์", "File"),
    "visit_id": ("การลงพื้นที่", "Visit"),
    "issue_id": ("ประเด็น", "Issue"),
    "fiscal_year": ("ปีงบประมาณ", "Fiscal year"),
    "be_year": ("ปี พ.ศ.", "Year (BE)"),
    "tambon_code": ("ตำบล", "Tambon"),
    "name": ("ชื่อ", "Name"),
    "notes": ("หมายเหตุ", "Notes"),
    "caption": ("คำบรรยายภาพ", "Caption"),
    "meeting_id": ("การประชุม", "Meeting"),
    "agenda_item_id": ("ระเบียบวาระ", "Agenda item"),
    "resolution_id": ("มติ", "Resolution"),
    "follow_up_id": ("เรื่องที่ต้องติดตาม", "Follow-up"),
    "status": ("สถานะ", "Status"),
    "kind": ("ประเภท", "Kind"),
    "place": ("สถานที่", "Place"),
    "sent_to_province_on": ("ส่งจังหวัดเมื่อ", "Sent to the province on"),
    "key": ("รายการ", "Setting"),
    "value": ("ค่า", "Value"),
}

FIELD_LABELS: dict[str, dict[str, Label]] = {
    "district_profile": {
        "province_code": ("รหัสจังหวัด", "Province code"),
        "province_name": ("จังหวัด", "Province"),
        "district_code": ("รหัสอำเภอ", "District code"),
        "district_name": ("อำเภอ", "District"),
        "office_name": ("หน่วยงาน", "Office"),
        "district_chief_name": ("นายอำเภอ", "District chief"),
        "secretary_name": ("เลขานุการ", "Secretary"),
        "provincial_office_email": ("อีเมล สสจ.", "Provincial office e-mail"),
    },
    "committee": {
        "kind": ("ประเภท", "Kind"),
        "name": ("ชื่อคณะกรรมการ", "Committee name"),
        "declared_member_count": ("จำนวนกรรมการ (ที่แจ้ง)", "Declared member count"),
        "area": ("พื้นที่", "Area"),
        "area_name": ("ชื่อ รพ.สต.", "Health centre"),
    },
    "quality_of_life_issue": {
        "title": ("ประเด็น", "Issue"),
        "area": ("กรอบประเด็น", "Issue area"),
        "dimensions": ("มิติที่ครอบคลุม", "Dimensions"),
        "situation_analysis": ("การวิเคราะห์สถานการณ์", "Situation analysis"),
    },
    "issue_quarter_note": {
        "quarter": ("ไตรมาส", "Quarter"),
        "obstacles": ("ปัญหาอุปสรรค", "Obstacles"),
        "suggestions": ("ข้อเสนอแนะ", "Suggestions"),
    },
    "report_note": {
        "period_code": ("ช่วงรายงาน", "Reporting period"),
        "situation": ("สถานการณ์", "Situation"),
        "obstacles": ("ปัญหาอุปสรรค", "Obstacles"),
        "suggestions": ("ข้อเสนอแนะ", "Suggestions"),
        "support_requested": ("ความต้องการสนับสนุน", "Support requested"),
    },
    "issue_target_group": {
        "target_group": ("กลุ่มเป้าหมาย", "Target group"),
        "label": ("รายละเอียดกลุ่ม", "Group detail"),
        "people_count": ("จำนวน (คน)", "People"),
    },
    "issue_objective": {"text": ("วัตถุประสงค์", "Objective")},
    "key_result": {
        "objective_id": ("วัตถุประสงค์", "Objective"),
        "text": ("ผลลัพธ์หลัก", "Key result"),
        "kpi_id": ("ตัวชี้วัด", "KPI"),
    },
    "kpi": {
        "name": ("ชื่อตัวชี้วัด", "KPI name"),
        "unit": ("หน่วยนับ", "Unit"),
        "direction": ("ทิศทาง", "Direction"),
        "combination": ("วิธีรวมผลทั้งปี", "Combining quarters"),
        "target": ("ค่าเป้าหมาย", "Target"),
        "carried_from_id": ("ตัวชี้วัดปีก่อน", "Previous year's KPI"),
    },
    "kpi_baseline": {"kpi_id": ("ตัวชี้วัด", "KPI"), "value": ("ค่าฐาน", "Baseline")},
    "kpi_result": {"kpi_id": ("ตัวชี้วัด", "KPI"), "quarter": ("ไตรมาส", "Quarter"), "value": ("ผลงาน", "Result")},
    "activity": {
        "name": ("ชื่อกิจกรรม/โครงการ", "Activity"),
        "lead_agency": ("หน่วยงานหลัก", "Lead agency"),
        "start_date": ("วันที่เริ่ม", "Start date"),
        "end_date": ("วันที่สิ้นสุด", "End date"),
        "status": ("สถานะ", "Status"),
        "progress_percent": ("ความก้าวหน้า (ร้อยละ)", "Progress (%)"),
    },
    "activity_partner": {"activity_id": ("กิจกรรม", "Activity")},
    "activity_tambon": {"activity_id": ("กิจกรรม", "Activity")},
    "activity_budget": {
        "activity_id": ("กิจกรรม", "Activity"),
        "source": ("แหล่งงบประมาณ", "Budget source"),
        "amount": ("จำนวนเงิน (บาท)", "Amount (baht)"),
    },
    "activity_objective": {
        "activity_id": ("กิจกรรม", "Activity"),
        "objective": ("วัตถุประสงค์", "Objective"),
        "indicator": ("ตัวชี้วัด", "Indicator"),
        "result": ("ผลการดำเนินงาน", "Result"),
    },
    "resource_contribution": {
        "activity_id": ("กิจกรรม", "Activity"),
        "partner": ("ภาคี", "Partner"),
        "kind": ("ประเภททรัพยากร", "Resource kind"),
        "description": ("รายละเอียด", "Description"),
    },
    "notable_work": {"title": ("ชื่อผลงาน", "Title"), "description": ("รายละเอียด", "Description")},
    "notable_work_photo": {"notable_work_id": ("ผลงานเด่น", "Notable work")},
    "year_step_tick": {
        "step": ("ขั้นตอน", "Step"),
        "ticked_on": ("ทำเมื่อ", "Done on"),
        "note": ("บันทึก", "Note"),
    },
    "chosen_strategy": {
        "list_id": ("รายการกลวิธี", "Strategy list"),
        "strategy_key": ("รหัสกลวิธี", "Strategy code"),
        "text": ("กลวิธี", "Strategy"),
        "note": ("บันทึก", "Note"),
    },
    "attachment": {
        "sha256": ("รหัสตรวจสอบ SHA-256", "SHA-256"),
        "original_name": ("ชื่อไฟล์", "File name"),
        "media_type": ("ชนิดไฟล์", "File type"),
        "size_bytes": ("ขนาด (ไบต์)", "Size (bytes)"),
        "added_at": ("เพิ่มเมื่อ", "Added at"),
    },
    "appointment_order": {
        "status": ("สถานะ", "Status"),
        "running_number": ("เลขที่คำสั่ง", "Order number"),
        "be_year": ("ปีของคำสั่ง", "Order year"),
        "order_date": ("วันที่สั่ง", "Order date"),
        "issuing_office": ("ผู้ออกคำสั่ง", "Issuing office"),
        "subject": ("เรื่อง", "Subject"),
        "preamble": ("ความนำ", "Preamble"),
        "cancellation_text": ("ข้อความยกเลิกคำสั่งเดิม", "Cancellation clause"),
        "duties_heading": ("หัวข้ออำนาจหน้าที่", "Duties heading"),
        "duties": ("อำนาจหน้าที่", "Duties"),
        "effective_clause": ("ข้อความมีผลบังคับ", "Effective clause"),
        "signer_name": ("ผู้ลงนาม", "Signed by"),
        "signer_position": ("ตำแหน่งผู้ลงนาม", "Signer's position"),
        "replaces_order_id": ("แทนคำสั่ง", "Replaces order"),
        "issued_at": ("ออกคำสั่งเมื่อ", "Issued at"),
        "sent_to_province_on": ("ส่งจังหวัดเมื่อ", "Sent to the province on"),
        "signed_copy_attachment_id": ("ไฟล์สแกนคำสั่ง", "Signed scan"),
    },
    "tambon_committee_year": {
        "plan_status": ("สถานะแผน", "Plan status"),
        "meetings_held": ("จำนวนครั้งที่ประชุม", "Meetings held"),
    },
    "uccare_assessment": {
        "phase": ("ระยะ", "Phase"),
        "assessor": ("ผู้ประเมิน", "Assessor"),
        "assessed_on": ("วันที่ประเมิน", "Assessed on"),
        "participants": ("ผู้ร่วมประเมิน", "Participants"),
        "participant_count": ("จำนวนผู้ร่วมประเมิน", "Number of participants"),
        "rubric_key": ("เกณฑ์", "Rubric"),
        "rubric_version": ("รุ่นของเกณฑ์", "Rubric version"),
        "note": ("หมายเหตุ", "Note"),
    },
    "uccare_level": {
        "assessment_id": ("การประเมิน", "Assessment"),
        "component": ("องค์ประกอบ", "Component"),
        "level": ("ระดับ", "Level"),
        "evidence": ("หลักฐาน", "Evidence"),
    },
    "uccare_rubric": {
        "rubric_key": ("รหัสเกณฑ์", "Rubric id"),
        "rubric_version": ("รุ่น", "Version"),
        "content": ("ข้อความเกณฑ์", "Rubric text"),
        "loaded_at": ("นำเข้าเมื่อ", "Loaded at"),
    },
    "quality_assessment": {
        "passed": ("ผ่านเกณฑ์", "Passed"),
        "source": ("ที่มา", "Source"),
        "note": ("หมายเหตุ", "Note"),
    },
    "bundle_export": {
        "period": ("รอบรายงาน", "Report period"),
        "sequence": ("ครั้งที่ส่งออก", "Sequence"),
        "created_at": ("สร้างเมื่อ", "Created"),
        "file_name": ("ชื่อไฟล์", "File name"),
        "manifest_sha256": ("รหัสตรวจสอบใบกำกับ", "Manifest SHA-256"),
        "sent_at": ("ส่งจังหวัดเมื่อ", "Sent to the province"),
        "records": ("รายการข้อมูลที่ส่ง", "Records sent"),
    },
    "registered_key": {
        "district_code": ("รหัสอำเภอ", "District code"),
        "public_key": ("กุญแจสาธารณะ", "Public key"),
        "fingerprint": ("ลายนิ้วมือกุญแจ", "Fingerprint"),
        "registered_at": ("ลงทะเบียนเมื่อ", "Registered"),
        "retired_at": ("ยกเลิกเมื่อ", "Retired"),
        "note": ("หมายเหตุ", "Note"),
    },
    "imported_bundle": {
        "district_code": ("รหัสอำเภอ", "District code"),
        "district_name": ("อำเภอ", "District"),
        "period": ("รอบรายงาน", "Report period"),
        "sequence": ("ครั้งที่ส่งออก", "Sequence"),
        "manifest_sha256": ("รหัสตรวจสอบใบกำกับ", "Manifest SHA-256"),
        "created_at": ("สร้างเมื่อ", "Created"),
        "imported_at": ("นำเข้าเมื่อ", "Imported"),
        "is_current": ("ฉบับล่าสุด", "Current"),
        "key_fingerprint": ("ลายนิ้วมือกุญแจ", "Key fingerprint"),
        "file_name": ("ชื่อไฟล์", "File name"),
        "manifest_json": ("ใบกำกับ", "Manifest"),
        "data_json": ("ข้อมูล", "Data"),
    },
    "province_record": {
        "district_code": ("รหัสอำเภอ", "District code"),
        "record_uuid": ("รหัสรายการ", "Record id"),
        "kind": ("ประเภทข้อมูล", "Kind"),
        "source_updated_at": ("แก้ไขล่าสุดที่อำเภอ", "Last changed at the district"),
        "payload": ("ข้อมูล", "Data"),
        "bundle_id": ("ชุดรายงาน", "Bundle"),
    },
    "meeting": {
        "number": ("ครั้งที่", "Number"),
        "title": ("ชื่อการประชุม", "Meeting name"),
        "meeting_date": ("วันที่ประชุม", "Meeting date"),
        "start_time": ("เริ่มประชุมเวลา", "Starts at"),
        "end_time": ("เลิกประชุมเวลา", "Ends at"),
        "chair_name": ("ประธานในที่ประชุม", "Chair"),
        "chair_position": ("ตำแหน่งประธาน", "Chair's position"),
        "minutes_taker_name": ("ผู้จดรายงานการประชุม", "Minutes taken by"),
        "minutes_taker_position": ("ตำแหน่งผู้จดรายงาน", "Minutes taker's position"),
        "minutes_checker_name": ("ผู้ตรวจรายงานการประชุม", "Minutes checked by"),
        "minutes_checker_position": ("ตำแหน่งผู้ตรวจรายงาน", "Minutes checker's position"),
        "invitation_date": ("วันที่หนังสือเชิญ", "Invitation date"),
        "invitation_reference": ("เลขที่หนังสือเชิญ", "Invitation reference"),
        "urgent": ("ประชุมด่วน", "Urgent"),
        "adjourned_meeting_id": ("ต่อจากการประชุมที่ไม่ครบองค์ประชุม", "Reconvenes the meeting"),
        "invitation_states_third_rule": ("หนังสือเชิญระบุองค์ประชุมหนึ่งในสาม", "Invitation states the one-third rule"),
        "adopted_in_meeting_id": ("รับรองรายงานในการประชุม", "Minutes adopted at"),
        "minutes_adopted_on": ("รับรองรายงานเมื่อ", "Minutes adopted on"),
        "adoption_amendments": ("การแก้ไขรายงานการประชุม", "Amendments to the minutes"),
        "signed_minutes_attachment_id": ("ไฟล์สแกนรายงานการประชุม", "Signed minutes scan"),
    },
    "meeting_agenda_item": {
        "section": ("ระเบียบวาระที่", "Agenda section"),
        "title": ("เรื่อง", "Subject"),
        "details": ("รายละเอียด", "Details"),
        "minutes": ("บันทึกการประชุม", "Minutes"),
    },
    "meeting_attendance": {
        "full_name": ("ชื่อกรรมการ", "Member"),
        "status": ("การเข้าประชุม", "Attendance"),
        "absence_reason": ("เหตุผลที่ไม่มา", "Reason for absence"),
        "substitute_name": ("ผู้มาแทน", "Substitute"),
        "substitute_position": ("ตำแหน่งผู้มาแทน", "Substitute's position"),
    },
    "meeting_resolution": {
        "text": ("มติ", "Resolution"),
        "votes_for": ("เห็นชอบ", "Votes for"),
        "votes_against": ("ไม่เห็นชอบ", "Votes against"),
        "abstentions": ("งดออกเสียง", "Abstentions"),
    },
    "resolution_dissent": {
        "member_name": ("ผู้มีความเห็นแย้ง", "Member"),
        "opinion": ("ความเห็นแย้ง", "Opinion"),
        "reason": ("เหตุผล", "Reason"),
    },
    "follow_up_action": {
        "description": ("สิ่งที่ต้องดำเนินการ", "Action"),
        "owner": ("ผู้รับผิดชอบ", "Owner"),
        "due_date": ("กำหนดเสร็จ", "Due date"),
        "closed_on": ("ดำเนินการเสร็จเมื่อ", "Closed on"),
        "outcome": ("ผลการดำเนินการ", "Outcome"),
    },
    "workshop": {
        "title": ("ชื่อการประชุม/อบรม", "Title"),
        "start_date": ("วันที่เริ่ม", "Start date"),
        "end_date": ("วันที่สิ้นสุด", "End date"),
        "topic": ("หัวข้อ", "Topic"),
        "organiser": ("ผู้จัด", "Organiser"),
        "committee_members": ("กรรมการ พชอ. (คน)", "District committee members"),
        "tambon_committee_members": ("กรรมการ พชต. (คน)", "Tambon committee members"),
        "health_staff": ("เจ้าหน้าที่สาธารณสุข (คน)", "Health staff"),
        "other_participants": ("อื่น ๆ (คน)", "Others"),
        "outcomes": ("ผลที่ได้", "Outcomes"),
    },
    "district_visit": {
        "visit_date": ("วันที่ลงพื้นที่", "Visit date"),
        "team_members": ("ทีมที่ลงพื้นที่", "Team"),
        "findings": ("สิ่งที่พบ", "Findings"),
        "follow_ups": ("การติดตาม", "Follow-ups"),
    },
}

# Stored enumeration values, by the name of their enumeration class.
VALUE_LABELS: dict[str, dict[str, Label]] = {
    **{
        enum_class.__name__: {member.value: (one_plan.label(member), one_plan.label(member, "en")) for member in enum_class}
        for enum_class in (IssueArea, TargetGroup, Direction, Combination, ActivityStatus, BudgetSource, ResourceKind)
    },
    **{
        enum_class.__name__: {member.value: (uccare.label(member), uccare.label(member, "en")) for member in enum_class}
        for enum_class in (uccare.Phase, uccare.Assessor, uccare.Component)
    },
    "CommitteeRole": {role.value: (ROLE_LABELS_TH[role], ROLE_LABELS_EN[role]) for role in ROLE_LABELS_TH},
    "Sector": {sector.value: (SECTOR_LABELS_TH[sector], SECTOR_LABELS_EN[sector]) for sector in SECTOR_LABELS_TH},
    "CommitteeKind": {
        "district": ("คณะกรรมการระดับอำเภอ (พชอ.)", "District committee"),
        "issue_subcommittee": ("คณะกรรมการขับเคลื่อนรายประเด็น", "Issue subcommittee"),
        "tambon": ("คณะกรรมการระดับตำบล (พชต.)", "Tambon committee"),
    },
    "CommitteeArea": {
        "tambon": ("ทั้งตำบล", "Whole tambon"),
        "health_centre": ("พื้นที่รับผิดชอบของ รพ.สต.", "A health centre's area"),
    },
    "MeetingKind": {
        "regular": ("ประชุมสามัญ", "Regular"),
        "special": ("ประชุมวิสามัญ", "Special"),
        "subgroup": ("ประชุมกลุ่มย่อย", "Subgroup"),
    },
    "MeetingStatus": {"planned": ("กำหนดการ", "Planned"), "held": ("ประชุมแล้ว", "Held")},
    "AttendanceStatus": {
        "present": ("มาประชุม", "Present"),
        "represented": ("มีผู้มาแทน", "Represented"),
        "absent_with_notice": ("ลาประชุม", "Absent with notice"),
        "absent": ("ไม่มาประชุม", "Absent"),
    },
    "OrderStatus": {"draft": ("ร่าง", "Draft"), "issued": ("ออกคำสั่งแล้ว", "Issued")},
    "PlanStatus": {
        "none": ("ยังไม่มีแผน", "No plan yet"),
        "drafting": ("อยู่ระหว่างจัดทำแผน", "Plan being drafted"),
        "approved": ("แผนได้รับความเห็นชอบแล้ว", "Plan approved"),
    },
}

SETTING_LABELS: dict[str, Label] = {
    "user_name": ("ชื่อผู้ใช้", "User name"),
    "language": ("ภาษา", "Language"),
    "thai_digits": ("ใช้เลขไทย", "Thai digits"),
    "district_committee_member_limit": ("จำนวนกรรมการ พชอ. สูงสุด", "Largest district committee"),
    "uccare.deciding_assessors": ("ผู้ประเมินที่ใช้ตัดสินผล UCCARE", "Whose UCCARE assessments decide"),
    "uccare.district_rule": ("เกณฑ์ผ่านระดับอำเภอ (UCCARE)", "When the district passes (UCCARE)"),
    "uccare.rubric": ("เกณฑ์ UCCARE ที่ใช้", "UCCARE rubric in use"),
    "year_guide.due_dates": ("วันครบกำหนดของขั้นตอนงานประจำปี", "Due dates of the year's steps"),
    "meeting_quorum_fraction": ("องค์ประชุม (สัดส่วนของกรรมการทั้งหมด)", "Quorum (share of all members)"),
}

ACTION_LABELS: dict[str, Label] = {
    "insert": ("เพิ่ม", "Added"),
    "update": ("แก้ไข", "Changed"),
    "delete": ("ลบ", "Removed"),
    "restore": ("กู้คืนข้อมูล", "Restored"),
}

# The restore's audit row (storage/backup.py): the backup it came from, as a sentence and its facts.
RESTORE_SENTENCE: Label = ("กู้คืนข้อมูลจากข้อมูลสำรองที่ทำเมื่อ %1", "Data restored from the backup made %1")
RESTORE_FIELD_LABELS: dict[str, Label] = {
    "backup": ("ไฟล์", "File"),
    "backup_made_at": ("ทำเมื่อ", "Made"),
    "backup_sequence": ("ลำดับที่", "Number"),
}

# Columns never shown: internal keys and bookkeeping (a row's stable uuid and when it last changed: the
# history already says when and by whom).
HIDDEN_FIELDS = frozenset({"id", "uuid", "updated_at"})


def pick(label: Label, language: str) -> str:
    return label[1] if language == "en" else label[0]


def table_label(table: str, language: str) -> str:
    label = TABLE_LABELS.get(table)
    return pick(label, language) if label else table


def field_label(table: str, field: str, language: str) -> str:
    label = FIELD_LABELS.get(table, {}).get(field) or COMMON_FIELD_LABELS.get(field)
    return pick(label, language) if label else field


def value_label(enum_name: str, value: str, language: str) -> str:
    label = VALUE_LABELS.get(enum_name, {}).get(value)
    return pick(label, language) if label else value


def action_label(action: str, language: str) -> str:
    label = ACTION_LABELS.get(action)
    return pick(label, language) if label else action


def setting_label(key: str, language: str) -> str:
    label = SETTING_LABELS.get(key)
    return pick(label, language) if label else key

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Change an activity</source>
        <translation>แก้ไขกิจกรรม/โครงการ</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>เพิ่มกิจกรรม/โครงการ</translation>
    </message>
    <message>
        <source>One partner agency per line</source>
        <translation>หน่วยงานภาคีบรรทัดละหนึ่งหน่วยงาน</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>(within fiscal year %1: %2 – %3)</source>
        <translation>(ภายในปีงบประมาณ %1: %2 – %3)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความก้าวหน้า</translation>
    </message>
    <message>
        <source>baht</source>
        <translation>บาท</translation>
    </message>
    <message>
        <source>Activity / project</source>
        <translation>กิจกรรม/โครงการ</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>หน่วยงานหลัก</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>ภาคีร่วมดำเนินการ</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Budget by source (baht)</source>
        <translation>งบประมาณตามแหล่ง (บาท)</translation>
    </message>
    <message>
        <source>Tick the tambons where the activity takes place.</source>
        <translation>เลือกตำบลที่ดำเนินกิจกรรม</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>Add an objective</source>
        <translation>เพิ่มวัตถุประสงค์</translation>
    </message>
    <message>
        <source>Remove the objective</source>
        <translation>ลบวัตถุประสงค์</translation>
    </message>
    <message>
        <source>The project&apos;s objectives, each with its indicator and the result achieved (a blank row is left out).</source>
        <translation>วัตถุประสงค์ของโครงการ พร้อมตัวชี้วัดและผลการดำเนินงาน (แถวว่างจะไม่ถูกบันทึก)</translation>
    </message>
    <message>
        <source>What each partner brings: type it under people, money, things, knowledge or data (several separated by ;). The lead agency and the partners of the first tab are the rows.</source>
        <translation>ภาคีแต่ละรายนำอะไรมาร่วม: พิมพ์ในช่อง คน เงิน ของ ความรู้ หรือ ข้อมูล (หลายรายการคั่นด้วย ;) แถวคือหน่วยงานหลักและภาคีจากแท็บแรก</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Tambons</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>ทรัพยากร</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Activity / project</source>
        <translation>กิจกรรม/โครงการ</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>หน่วยงานหลัก</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>ภาคีร่วมดำเนินการ</translation>
    </message>
    <message>
        <source>Tambons</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>End</source>
        <translation>สิ้นสุด</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความก้าวหน้า</translation>
    </message>
    <message>
        <source>Budget (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Agenda item</source>
        <translation>เรื่องในระเบียบวาระ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Enter the subject.</source>
        <translation>กรุณากรอกเรื่อง</translation>
    </message>
</context>
<context>
    <name>AreaCommitteeDialog</name>
    <message>
        <source>Committee for a รพ.สต. area</source>
        <translation>คณะกรรมการระดับพื้นที่ รพ.สต.</translation>
    </message>
    <message>
        <source>e.g. รพ.สต.บ้านแม่ลาน</source>
        <translation>เช่น รพ.สต.บ้านแม่ลาน</translation>
    </message>
    <message>
        <source>Tambon</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>รพ.สต. (its area)</source>
        <translation>รพ.สต. (พื้นที่รับผิดชอบ)</translation>
    </message>
    <message>
        <source>A tambon-level committee may cover the area of one tambon health promoting hospital (รพ.สต.) instead of the whole tambon; a tambon can have several.</source>
        <translation>คณะกรรมการระดับตำบลอาจดูแลพื้นที่ของโรงพยาบาลส่งเสริมสุขภาพตำบล (รพ.สต.) แห่งหนึ่งแทนทั้งตำบล หนึ่งตำบลจึงมีได้หลายคณะ</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>UCCARE assessment: %1</source>
        <translation>การประเมิน UCCARE: %1</translation>
    </message>
    <message>
        <source>One person a line: name, position</source>
        <translation>บรรทัดละหนึ่งคน: ชื่อ, ตำแหน่ง</translation>
    </message>
    <message>
        <source>count the names</source>
        <translation>นับจากรายชื่อ</translation>
    </message>
    <message>
        <source>Rubric: %1</source>
        <translation>เกณฑ์ที่ใช้: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>การประเมิน</translation>
    </message>
    <message>
        <source>or a count</source>
        <translation>หรือจำนวนคน</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>ผู้ร่วมประเมิน</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>BackupsScreen</name>
    <message>
        <source>Automatic (at start)</source>
        <translation>อัตโนมัติ (เมื่อเปิดโปรแกรม)</translation>
    </message>
    <message>
        <source>Made by the user</source>
        <translation>ผู้ใช้สำรองเอง</translation>
    </message>
    <message>
        <source>Before a program update</source>
        <translation>ก่อนปรับรุ่นโปรแกรม</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>สำรองเมื่อ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <source>A copy of the database is made automatically when the program starts (at most one a day; the newest 14 are kept). Make one yourself before big changes, and copy the backups folder to a USB stick now and then.</source>
        <translation>โปรแกรมสำรองฐานข้อมูลให้อัตโนมัติเมื่อเปิดโปรแกรม (วันละไม่เกินหนึ่งครั้ง เก็บไว้ 14 ชุดล่าสุด) ควรสำรองเองก่อนแก้ไขข้อมูลจำนวนมาก และคัดลอกโฟลเดอร์ข้อมูลสำรองไว้ในแฟลชไดรฟ์เป็นระยะ</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>สำรองข้อมูลเดี๋ยวนี้</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>กู้คืนข้อมูลสำรองที่เลือก…</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>เปิดโฟลเดอร์ข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Backing up the data…</source>
        <translation>กำลังสำรองข้อมูล…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>สำรองข้อมูลแล้ว: %1</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>กรุณาเลือกข้อมูลสำรองในรายการก่อน</translation>
    </message>
    <message>
        <source>Restored. The previous database was kept as %1</source>
        <translation>กู้คืนแล้ว ฐานข้อมูลเดิมเก็บไว้ที่ %1</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>กำลังกู้คืนข้อมูลสำรอง…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Replace the current data with this backup? Changes made after it was taken will no longer show; the current database is kept aside, not deleted.</source>
        <translation>แทนที่ข้อมูลปัจจุบันด้วยข้อมูลสำรองนี้หรือไม่ การแก้ไขหลังจากวันที่สำรองจะไม่ปรากฏ ฐานข้อมูลปัจจุบันจะถูกเก็บแยกไว้ ไม่ถูกลบ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>BundleAttachments</name>
    <message>
        <source>Attach files to the bundle</source>
        <translation>แนบไฟล์ในชุดรายงาน</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>ไฟล์สแกนและเอกสาร (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Attachments: scanned signed orders and minutes</source>
        <translation>ไฟล์แนบ: สแกนคำสั่งและรายงานการประชุมที่ลงนามแล้ว</translation>
    </message>
    <message>
        <source>The period&apos;s report (PDF and workbook), made when exporting</source>
        <translation>รายงานผลการดำเนินงานของรอบนี้ (PDF และสมุดงาน) จัดทำขึ้นขณะส่งออก</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>เพิ่มไฟล์…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Take the selected files out of the list (the files themselves stay)</source>
        <translation>นำไฟล์ที่เลือกออกจากรายการ (ตัวไฟล์ยังอยู่ที่เดิม)</translation>
    </message>
    <message>
        <source>Shrink images</source>
        <translation>ย่อขนาดรูปภาพ</translation>
    </message>
    <message>
        <source>Attach smaller JPEG copies of the ticked image scans (PNG, JPEG, TIFF). Your files are not changed; PDFs are attached as they are.</source>
        <translation>แนบสำเนา JPEG ขนาดเล็กลงของรูปสแกนที่เลือกไว้ (PNG, JPEG, TIFF) ไฟล์ต้นฉบับของท่านไม่ถูกแก้ไข ส่วนไฟล์ PDF แนบตามเดิม</translation>
    </message>
    <message>
        <source>Use the originals</source>
        <translation>ใช้ไฟล์ต้นฉบับ</translation>
    </message>
    <message>
        <source>Added file</source>
        <translation>ไฟล์ที่เพิ่มเอง</translation>
    </message>
    <message>
        <source>Signed order</source>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <source>Signed minutes</source>
        <translation>รายงานการประชุม</translation>
    </message>
    <message>
        <source>(already small)</source>
        <translation>(เล็กอยู่แล้ว)</translation>
    </message>
    <message>
        <source>Expected size about %1: larger than the e-mail limit of %2. Shrink the images (PDFs stay as they are) or untick some files.</source>
        <translation>ขนาดโดยประมาณ %1 ใหญ่เกินขนาดที่อีเมลรับได้ (%2) ย่อขนาดรูปภาพ (ไฟล์ PDF คงเดิม) หรือเอาเครื่องหมายถูกออกจากบางไฟล์</translation>
    </message>
    <message>
        <source>Expected size about %1 (the e-mail limit is %2).</source>
        <translation>ขนาดโดยประมาณ %1 (อีเมลรับได้ไม่เกิน %2)</translation>
    </message>
    <message>
        <source>Images shrunk: %1 → %2. The bundle carries the smaller copies; your files are unchanged. PDFs are attached as they are.</source>
        <translation>ย่อรูปภาพแล้ว: %1 → %2 ชุดรายงานจะใช้สำเนาที่เล็กลง ไฟล์ต้นฉบับของท่านไม่เปลี่ยน ส่วนไฟล์ PDF แนบตามเดิม</translation>
    </message>
    <message>
        <source>Shrinking the images…</source>
        <translation>กำลังย่อขนาดรูปภาพ…</translation>
    </message>
</context>
<context>
    <name>BundleFile</name>
    <message>
        <source>Open a bundle</source>
        <translation>เปิดชุดข้อมูล</translation>
    </message>
    <message>
        <source>The file %1 does not exist or cannot be read. Nothing was changed.</source>
        <translation>ไม่พบไฟล์ %1 หรืออ่านไฟล์ไม่ได้ ไม่ได้เปลี่ยนแปลงสิ่งใด</translation>
    </message>
    <message>
        <source>The file %1 is not a PCHA Desktop bundle (.pcha). Nothing was changed.</source>
        <translation>ไฟล์ %1 ไม่ใช่ชุดข้อมูลของ PCHA Desktop (.pcha) ไม่ได้เปลี่ยนแปลงสิ่งใด</translation>
    </message>
    <message>
        <source>This is a district&apos;s data folder: bundles are imported by the provincial office, in province mode. The bundle %1 was not read. Nothing was changed.</source>
        <translation>นี่คือโฟลเดอร์ข้อมูลของอำเภอ ชุดรายงานนำเข้าที่สำนักงานสาธารณสุขจังหวัดในโหมดจังหวัด จึงยังไม่ได้อ่านชุดรายงาน %1 ไม่ได้เปลี่ยนแปลงสิ่งใด</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>BundleScreen</name>
    <message>
        <source>A report bundle is one file (.pcha) holding the period&apos;s figures, signed with this district&apos;s key. The province checks that nothing was changed and that it comes from you, and adds your figures to its table without retyping them.</source>
        <translation>ชุดรายงานคือไฟล์เดียว (.pcha) ที่รวมผลการดำเนินงานของรอบรายงาน ลงนามด้วยกุญแจของอำเภอ จังหวัดตรวจได้ว่าไม่มีการแก้ไขและมาจากอำเภอจริง แล้วนำตัวเลขเข้าตารางของจังหวัดได้โดยไม่ต้องพิมพ์ใหม่</translation>
    </message>
    <message>
        <source>This district&apos;s key</source>
        <translation>กุญแจของอำเภอ</translation>
    </message>
    <message>
        <source>Fingerprint: read it to the provincial office by phone when they register your key.</source>
        <translation>ลายนิ้วมือกุญแจ: อ่านให้เจ้าหน้าที่ สสจ. ฟังทางโทรศัพท์เมื่อจังหวัดลงทะเบียนกุญแจของอำเภอ</translation>
    </message>
    <message>
        <source>Save the public key for the province…</source>
        <translation>บันทึกกุญแจสาธารณะเพื่อส่งจังหวัด…</translation>
    </message>
    <message>
        <source>Report period:</source>
        <translation>รอบรายงาน:</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>ส่งออกชุดรายงาน…</translation>
    </message>
    <message>
        <source>Send to province…</source>
        <translation>ส่งจังหวัด…</translation>
    </message>
    <message>
        <source>An e-mail to the provincial office with the bundle just exported, opened in your mail program (or its folder)</source>
        <translation>อีเมลถึงสำนักงานสาธารณสุขจังหวัด แนบชุดรายงานที่เพิ่งส่งออก เปิดด้วยโปรแกรมอีเมล (หรือเปิดโฟลเดอร์)</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>บันทึกว่าส่งแล้ว</translation>
    </message>
    <message>
        <source>Larger than the e-mail limit</source>
        <translation>ใหญ่เกินขนาดที่อีเมลรับได้</translation>
    </message>
    <message>
        <source>Shrink the images</source>
        <translation>ย่อขนาดรูปภาพ</translation>
    </message>
    <message>
        <source>Export as it is</source>
        <translation>ส่งออกตามเดิม</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Changed since the bundle that was sent</source>
        <translation>แก้ไขหลังส่งชุดรายงาน</translation>
    </message>
    <message>
        <source>Quarter %1, FY %2</source>
        <translation>ไตรมาส %1 ปีงบประมาณ %2</translation>
    </message>
    <message>
        <source>Whole fiscal year %1</source>
        <translation>ทั้งปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>No bundle of this period has been exported yet.</source>
        <translation>ยังไม่ได้ส่งออกชุดรายงานของรอบนี้</translation>
    </message>
    <message>
        <source>Exported %1 time(s); not marked as sent yet.</source>
        <translation>ส่งออกแล้ว %1 ครั้ง ยังไม่ได้บันทึกว่าส่งจังหวัด</translation>
    </message>
    <message>
        <source>Reported: bundle %1 was sent. Later changes are allowed; the next bundle lists them.</source>
        <translation>รายงานแล้ว: ส่งชุดรายงานครั้งที่ %1 แล้ว แก้ไขภายหลังได้ และชุดรายงานครั้งถัดไปจะแสดงรายการที่แก้ไข</translation>
    </message>
    <message>
        <source>added</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>บันทึกกุญแจสาธารณะ</translation>
    </message>
    <message>
        <source>Public key (*.pem)</source>
        <translation>กุญแจสาธารณะ (*.pem)</translation>
    </message>
    <message>
        <source>Public key saved: %1</source>
        <translation>บันทึกกุญแจสาธารณะแล้ว: %1</translation>
    </message>
    <message>
        <source>The bundle would be about %1, larger than the e-mail limit of %2. Shrink the image scans first? The bundle then carries smaller copies; your files are not changed. PDFs are attached as they are.</source>
        <translation>ชุดรายงานจะมีขนาดประมาณ %1 ใหญ่เกินขนาดที่อีเมลรับได้ (%2) ย่อขนาดรูปสแกนก่อนหรือไม่ ชุดรายงานจะใช้สำเนาที่เล็กลง ไฟล์ต้นฉบับของท่านไม่เปลี่ยน ส่วนไฟล์ PDF แนบตามเดิม</translation>
    </message>
    <message>
        <source>Save the report bundle</source>
        <translation>บันทึกชุดรายงาน</translation>
    </message>
    <message>
        <source>Report bundle (*.pcha)</source>
        <translation>ชุดรายงาน (*.pcha)</translation>
    </message>
    <message>
        <source>Making the signed bundle…</source>
        <translation>กำลังสร้างชุดรายงานและลงนาม…</translation>
    </message>
    <message>
        <source>E-mail draft written: %1. Send it from your mail program, then mark the bundle as sent.</source>
        <translation>บันทึกร่างอีเมลแล้ว: %1 กรุณาส่งจากโปรแกรมอีเมล แล้วกดทำเครื่องหมายว่าส่งแล้ว</translation>
    </message>
    <message>
        <source>Writing the e-mail…</source>
        <translation>กำลังเขียนอีเมล…</translation>
    </message>
    <message>
        <source>Bundle %1 saved (%2): %3</source>
        <translation>บันทึกชุดรายงานครั้งที่ %1 แล้ว (%2): %3</translation>
    </message>
    <message>
        <source>Warning: it is larger than the e-mail limit (%1); shrink the images or untick some files, then export again.</source>
        <translation>คำเตือน: ไฟล์ใหญ่เกินขนาดที่อีเมลรับได้ (%1) ย่อขนาดรูปภาพหรือเอาเครื่องหมายถูกออกจากบางไฟล์ แล้วส่งออกใหม่</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Bundle %1 marked as sent to the province.</source>
        <translation>บันทึกว่าส่งชุดรายงานครั้งที่ %1 ให้จังหวัดแล้ว</translation>
    </message>
</context>
<context>
    <name>BundleSettingsPage</name>
    <message>
        <source>(not entered yet)</source>
        <translation>(ยังไม่ได้กรอก)</translation>
    </message>
    <message>
        <source>E-mail limit:</source>
        <translation>ขนาดไฟล์ที่อีเมลรับได้:</translation>
    </message>
    <message>
        <source>Send to province writes to:</source>
        <translation>ส่งจังหวัดถึงอีเมล:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Back to the default (20 MB)</source>
        <translation>กลับไปใช้ค่าเริ่มต้น (20 MB)</translation>
    </message>
    <message>
        <source>The largest attachment the provincial office&apos;s e-mail accepts. Above it, the report bundle screen warns before exporting and offers to shrink the image scans (PDFs stay as they are).</source>
        <translation>ขนาดไฟล์แนบใหญ่ที่สุดที่อีเมลของสำนักงานสาธารณสุขจังหวัดรับได้ หากชุดรายงานใหญ่กว่านี้ หน้าจอรายงานจังหวัดจะเตือนก่อนส่งออกและเสนอให้ย่อขนาดรูปสแกน (ไฟล์ PDF คงเดิม)</translation>
    </message>
    <message>
        <source>The provincial office&apos;s e-mail address is part of the district profile: change it on the home screen.</source>
        <translation>อีเมลของสำนักงานสาธารณสุขจังหวัดเป็นส่วนหนึ่งของข้อมูลอำเภอ แก้ไขได้ที่หน้าหลัก</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>CommitteePrompts</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>CommitteeScreen</name>
    <message>
        <source>Committees</source>
        <translation>คณะกรรมการ</translation>
    </message>
    <message>
        <source>Add an issue…</source>
        <translation>เพิ่มประเด็น…</translation>
    </message>
    <message>
        <source>Add an issue and its subcommittee…</source>
        <translation>เพิ่มประเด็นและคณะกรรมการขับเคลื่อนรายประเด็น…</translation>
    </message>
    <message>
        <source>Member list</source>
        <translation>รายชื่อกรรมการ</translation>
    </message>
    <message>
        <source>Appointment orders</source>
        <translation>คำสั่งแต่งตั้ง</translation>
    </message>
    <message>
        <source>Fiscal year {year}</source>
        <translation>ปีงบประมาณ {year}</translation>
    </message>
    <message>
        <source>No quality-of-life issues for fiscal year {year} yet.</source>
        <translation>ยังไม่มีประเด็นการพัฒนาคุณภาพชีวิตของปีงบประมาณ {year}</translation>
    </message>
    <message>
        <source>District committee (พชอ.)</source>
        <translation>คณะกรรมการ พชอ.</translation>
    </message>
    <message>
        <source>Issue: {title}</source>
        <translation>ประเด็น: {title}</translation>
    </message>
    <message>
        <source>Add an issue</source>
        <translation>เพิ่มประเด็น</translation>
    </message>
    <message>
        <source>A quality-of-life issue of fiscal year {year} (e.g. road accidents); its subcommittee (คณะกรรมการขับเคลื่อนรายประเด็น) is created with it.</source>
        <translation>ประเด็นการพัฒนาคุณภาพชีวิตของปีงบประมาณ {year} (เช่น อุบัติเหตุทางถนน) โปรแกรมจะสร้างคณะกรรมการขับเคลื่อนรายประเด็นให้พร้อมกัน</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>The members have changed since the order in force. A draft order is waiting: check it and issue it in Appointment orders.</source>
        <translation>รายชื่อกรรมการเปลี่ยนไปจากคำสั่งที่ใช้อยู่ และมีร่างคำสั่งรออยู่ กรุณาตรวจสอบและออกคำสั่งที่แท็บคำสั่งแต่งตั้ง</translation>
    </message>
    <message>
        <source>Show the draft</source>
        <translation>ดูร่างคำสั่ง</translation>
    </message>
    <message>
        <source>The members have changed since order {number} of {date} was issued. The committee needs a new order that cancels and replaces it.</source>
        <translation>รายชื่อกรรมการเปลี่ยนไปหลังออกคำสั่ง {number} ลงวันที่ {date} ต้องจัดทำคำสั่งฉบับใหม่เพื่อยกเลิกและใช้แทนฉบับเดิม</translation>
    </message>
    <message>
        <source>Prepare the revised order</source>
        <translation>จัดทำคำสั่งฉบับใหม่ (แทนฉบับเดิม)</translation>
    </message>
    <message>
        <source>This committee has no appointment order yet.</source>
        <translation>คณะกรรมการนี้ยังไม่มีคำสั่งแต่งตั้ง</translation>
    </message>
    <message>
        <source>Draft the appointment order</source>
        <translation>จัดทำร่างคำสั่งแต่งตั้ง</translation>
    </message>
</context>
<context>
    <name>ComponentBox</name>
    <message>
        <source>Evidence: what the level was judged on</source>
        <translation>หลักฐาน: สิ่งที่ใช้ตัดสินระดับนี้</translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message>
        <source>Your district</source>
        <translation>อำเภอของท่าน</translation>
    </message>
    <message>
        <source>Choose the province, then the district. Type part of a name to search.</source>
        <translation>เลือกจังหวัด แล้วเลือกอำเภอ พิมพ์บางส่วนของชื่อเพื่อค้นหาได้</translation>
    </message>
    <message>
        <source>— choose a province —</source>
        <translation>— เลือกจังหวัด —</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>— choose a district —</source>
        <translation>— เลือกอำเภอ —</translation>
    </message>
    <message>
        <source>Tambons in this district: %1</source>
        <translation>อำเภอนี้มี %1 ตำบล</translation>
    </message>
</context>
<context>
    <name>DistrictVisitsTab</name>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Tambon</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>ข้อค้นพบ</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>ข้อเสนอแนะ/การติดตาม</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <source>Filter by tambon, team or words in the findings…</source>
        <translation>ค้นหาตามตำบล ทีม หรือคำในข้อค้นพบ…</translation>
    </message>
    <message>
        <source>Record a visit…</source>
        <translation>บันทึกการลงเยี่ยม…</translation>
    </message>
    <message>
        <source>Open the selected visit…</source>
        <translation>เปิดการลงเยี่ยมที่เลือก…</translation>
    </message>
    <message>
        <source>Visits in fiscal year %2: %1 · tambons visited: %3</source>
        <translation>ลงเยี่ยม %1 ครั้งในปีงบประมาณ %2 · ลงเยี่ยมแล้ว %3 ตำบล</translation>
    </message>
</context>
<context>
    <name>DocumentButtons</name>
    <message>
        <source>Print invitation</source>
        <translation>พิมพ์หนังสือเชิญประชุม</translation>
    </message>
    <message>
        <source>The invitation letter with the agenda, as a PDF to print</source>
        <translation>หนังสือเชิญประชุมพร้อมระเบียบวาระ เป็นไฟล์ PDF สำหรับพิมพ์</translation>
    </message>
    <message>
        <source>Print minutes</source>
        <translation>พิมพ์รายงานการประชุม</translation>
    </message>
    <message>
        <source>The minutes as a PDF to print (marked draft until adopted)</source>
        <translation>รายงานการประชุมเป็นไฟล์ PDF สำหรับพิมพ์ (มีคำว่า ร่าง จนกว่าจะรับรองรายงาน)</translation>
    </message>
    <message>
        <source>Send to province</source>
        <translation>ส่ง สสจ.</translation>
    </message>
    <message>
        <source>An e-mail to the provincial health office with the minutes attached, opened in your mail program to check and send</source>
        <translation>อีเมลถึงสำนักงานสาธารณสุขจังหวัด แนบรายงานการประชุม เปิดในโปรแกรมอีเมลของท่านเพื่อตรวจสอบแล้วกดส่ง</translation>
    </message>
    <message>
        <source>Making the invitation…</source>
        <translation>กำลังจัดทำหนังสือเชิญประชุม…</translation>
    </message>
    <message>
        <source>Making the minutes…</source>
        <translation>กำลังจัดทำรายงานการประชุม…</translation>
    </message>
    <message>
        <source>Writing the e-mail to the province…</source>
        <translation>กำลังเขียนอีเมลถึง สสจ.…</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>บันทึกไฟล์ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>บันทึกไว้ที่ {path}</translation>
    </message>
    <message>
        <source>E-mail to {recipient} saved as {path}: check it in your mail program and send it, then record the date it was sent.</source>
        <translation>บันทึกอีเมลถึง {recipient} ไว้ที่ {path} แล้ว กรุณาตรวจสอบในโปรแกรมอีเมลแล้วกดส่ง จากนั้นบันทึกวันที่ส่ง</translation>
    </message>
    <message>
        <source>E-mail saved as {path}. The district profile has no provincial office e-mail: type the recipient in your mail program.</source>
        <translation>บันทึกอีเมลไว้ที่ {path} แล้ว ข้อมูลอำเภอยังไม่มีอีเมล สสจ. กรุณากรอกผู้รับในโปรแกรมอีเมล</translation>
    </message>
</context>
<context>
    <name>DueDatesPage</name>
    <message>
        <source>Save the due dates</source>
        <translation>บันทึกวันครบกำหนด</translation>
    </message>
    <message>
        <source>Back to the defaults</source>
        <translation>กลับไปใช้ค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>Load the province&apos;s file…</source>
        <translation>โหลดไฟล์ของจังหวัด…</translation>
    </message>
    <message>
        <source>The due dates the province sends as a file (.json); they are checked and saved at once</source>
        <translation>กำหนดวันที่จังหวัดส่งมาเป็นไฟล์ (.json) โปรแกรมจะตรวจสอบและบันทึกให้ทันที</translation>
    </message>
    <message>
        <source>Save as a file for the districts…</source>
        <translation>บันทึกเป็นไฟล์ส่งให้อำเภอ…</translation>
    </message>
    <message>
        <source>When each step of the year is due in this province (the day and month within the fiscal year). The year&apos;s steps show a step as due soon 30 days before and as late after it.</source>
        <translation>วันครบกำหนดของแต่ละขั้นตอนในจังหวัดนี้ (วันและเดือนในปีงบประมาณ) ขั้นตอนงานประจำปีจะแสดงว่าใกล้ครบกำหนดเมื่อเหลือ 30 วัน และเลยกำหนดเมื่อพ้นวันนั้น</translation>
    </message>
    <message>
        <source>The province&apos;s due dates</source>
        <translation>กำหนดวันของจังหวัด</translation>
    </message>
    <message>
        <source>Due dates (*.json)</source>
        <translation>กำหนดวัน (*.json)</translation>
    </message>
    <message>
        <source>This file was not loaded: %1</source>
        <translation>ไม่ได้โหลดไฟล์นี้: %1</translation>
    </message>
    <message>
        <source>The province&apos;s due dates of %1 steps were loaded and saved; the other steps keep the defaults.</source>
        <translation>โหลดและบันทึกกำหนดวันของจังหวัด %1 ขั้นตอนแล้ว ขั้นตอนอื่นใช้กำหนดวันตั้งต้น</translation>
    </message>
    <message>
        <source>Save the due dates as a file</source>
        <translation>บันทึกกำหนดวันเป็นไฟล์</translation>
    </message>
    <message>
        <source>Saved the due dates (as last saved) to %1.</source>
        <translation>บันทึกกำหนดวัน (ตามที่บันทึกไว้ล่าสุด) ลงไฟล์ %1 แล้ว</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong in the program; the last action may not have been completed. The details were written to %1. Please send that file to whoever supports the program.</source>
        <translation>โปรแกรมเกิดข้อผิดพลาดที่ไม่คาดคิด งานล่าสุดอาจยังไม่เสร็จ รายละเอียดบันทึกไว้ที่ %1 กรุณาส่งไฟล์นี้ให้ผู้ดูแลโปรแกรม</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Open folder</source>
        <translation>เปิดโฟลเดอร์</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>PCHA Desktop — first-time setup</source>
        <translation>PCHA Desktop — ตั้งค่าครั้งแรก</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; ย้อนกลับ</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>ถัดไป &gt;</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up action</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <source>What the resolution asks someone to do, by when. Later meetings carry it in agenda 3 until it is closed.</source>
        <translation>สิ่งที่มติมอบหมายให้ผู้ใดดำเนินการ ภายในวันใด การประชุมครั้งต่อ ๆ ไปจะติดตามในระเบียบวาระที่ 3 จนกว่าจะปิดเรื่อง</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Write what is to be done.</source>
        <translation>กรุณากรอกสิ่งที่ต้องดำเนินการ</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ผู้แก้ไข</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>ประวัติการแก้ไข</translation>
    </message>
    <message>
        <source>Filter by name, field or value…</source>
        <translation>ค้นหาตามชื่อผู้แก้ไข รายการ หรือข้อความ…</translation>
    </message>
    <message>
        <source>Select a change to see it in full here.</source>
        <translation>เลือกรายการแก้ไขเพื่อดูรายละเอียดทั้งหมดที่นี่</translation>
    </message>
    <message>
        <source>%1 changes, newest first</source>
        <translation>การแก้ไขทั้งหมด %1 รายการ ล่าสุดอยู่บนสุด</translation>
    </message>
    <message>
        <source>Searching… %1 of %2 changes read, %3 found</source>
        <translation>กำลังค้นหา… อ่านแล้ว %1 จาก %2 รายการ พบ %3 รายการ</translation>
    </message>
    <message>
        <source>No change matches “%1”</source>
        <translation>ไม่พบการแก้ไขที่ตรงกับ “%1”</translation>
    </message>
    <message>
        <source>%1 changes match “%2”</source>
        <translation>พบ %1 รายการที่ตรงกับ “%2”</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Fiscal year and quarter</source>
        <translation>ปีงบประมาณและไตรมาส</translation>
    </message>
    <message>
        <source>District profile (a change is saved when you leave the field; Ctrl+Z undoes it)</source>
        <translation>ข้อมูลอำเภอ (บันทึกทันทีเมื่อออกจากช่องที่แก้ไข กด Ctrl+Z เพื่อยกเลิกการแก้ไข)</translation>
    </message>
    <message>
        <source>Province / district</source>
        <translation>จังหวัด / อำเภอ</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>District chief (committee chair)</source>
        <translation>นายอำเภอ (ประธานกรรมการ)</translation>
    </message>
    <message>
        <source>Committee secretary</source>
        <translation>เลขานุการคณะกรรมการ</translation>
    </message>
    <message>
        <source>Provincial health office e-mail</source>
        <translation>อีเมลสำนักงานสาธารณสุขจังหวัด</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>District Quality-of-Life Development Committee of %1, %2</source>
        <translation>คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.) %1 %2</translation>
    </message>
    <message>
        <source>Current quarter: %1</source>
        <translation>ไตรมาสปัจจุบัน: %1</translation>
    </message>
    <message>
        <source>This fiscal year is not the current one.</source>
        <translation>ปีงบประมาณที่เลือกไม่ใช่ปีงบประมาณปัจจุบัน</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>วันนี้: %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>แก้ไข%1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
    <message>
        <source>Committee role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Member from</source>
        <translation>เป็นกรรมการตั้งแต่</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>ผลการตรวจ</translation>
    </message>
    <message>
        <source>✓ ready</source>
        <translation>✓ พร้อมนำเข้า</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {reason}</source>
        <translation>แถวที่ {row} คอลัมน์ {column}: {reason}</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>แถวที่ {row}: {reason}</translation>
    </message>
    <message>
        <source>Add members from a table</source>
        <translation>เพิ่มกรรมการจากตาราง</translation>
    </message>
    <message>
        <source>Copy the rows of the member table in Excel or Word (columns: title, first name, last name, position, organisation, sector, role, start date, phone, e-mail; a header row is recognised) and paste them below, or choose an .xlsx made from the template. Every row is checked first; nothing is saved until you press an import button.</source>
        <translation>คัดลอกแถวของตารางรายชื่อกรรมการจาก Excel หรือ Word (คอลัมน์: คำนำหน้า ชื่อ นามสกุล ตำแหน่ง หน่วยงาน ภาคส่วน บทบาท วันที่เริ่ม โทรศัพท์ อีเมล; มีแถวหัวตารางได้) แล้ววางด้านล่าง หรือเลือกไฟล์ .xlsx ที่กรอกจากแบบฟอร์ม โปรแกรมจะตรวจทุกแถวก่อน และจะยังไม่บันทึกจนกว่าท่านจะกดปุ่มนำเข้า</translation>
    </message>
    <message>
        <source>Paste here (Ctrl+V)…</source>
        <translation>วางที่นี่ (Ctrl+V)…</translation>
    </message>
    <message>
        <source>Choose an .xlsx file…</source>
        <translation>เลือกไฟล์ .xlsx…</translation>
    </message>
    <message>
        <source>Import all</source>
        <translation>นำเข้าทั้งหมด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Start date when a row has none:</source>
        <translation>วันที่เริ่มสำหรับแถวที่ไม่ได้ระบุ:</translation>
    </message>
    <message>
        <source>Import members from an Excel file</source>
        <translation>นำเข้ารายชื่อกรรมการจากไฟล์ Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>ไฟล์ Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>กำลังอ่าน {name}…</translation>
    </message>
    <message>
        <source>Problems to fix ({count})</source>
        <translation>รายการที่ต้องแก้ไข ({count})</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>ไม่พบข้อผิดพลาด</translation>
    </message>
    <message>
        <source>{good} rows ready, {bad} rows need fixing</source>
        <translation>พร้อมนำเข้า {good} แถว ต้องแก้ไข {bad} แถว</translation>
    </message>
    <message>
        <source>Import only the good rows ({count})</source>
        <translation>นำเข้าเฉพาะแถวที่ถูกต้อง ({count})</translation>
    </message>
    <message>
        <source>Importing the members…</source>
        <translation>กำลังนำเข้ารายชื่อกรรมการ…</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Edit the issue</source>
        <translation>แก้ไขประเด็น</translation>
    </message>
    <message>
        <source>Add an issue of fiscal year %1</source>
        <translation>เพิ่มประเด็นของปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>กลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <source>Goals (OKR)</source>
        <translation>เป้าหมาย (OKR)</translation>
    </message>
    <message>
        <source>Obstacles and suggestions</source>
        <translation>ปัญหาอุปสรรคและข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>e.g. Road injuries and deaths</source>
        <translation>เช่น การบาดเจ็บและเสียชีวิตจากอุบัติเหตุทางถนน</translation>
    </message>
    <message>
        <source>Health alone? Khon Kaen&apos;s step 5 asks each issue to look past health: which economic, social or environmental causes does this issue touch? Tick them too if it does.</source>
        <translation>มีเพียงมิติสุขภาพหรือไม่? ขั้นตอนที่ 5 ของขอนแก่นชวนให้มองทุกประเด็นให้กว้างกว่าสุขภาพ ประเด็นนี้เกี่ยวข้องกับสาเหตุด้านเศรษฐกิจ สังคม หรือสิ่งแวดล้อมใดบ้าง หากเกี่ยวข้อง โปรดเลือกมิตินั้นด้วย</translation>
    </message>
    <message>
        <source>The situation: figures, causes, who is affected, what is done already</source>
        <translation>สถานการณ์: ตัวเลข สาเหตุ ผู้ได้รับผลกระทบ และสิ่งที่ทำอยู่แล้ว</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อประเด็น</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>กรอบประเด็น</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>มิติที่ครอบคลุม</translation>
    </message>
    <message>
        <source>Situation analysis</source>
        <translation>การวิเคราะห์สถานการณ์</translation>
    </message>
    <message>
        <source>Driven by</source>
        <translation>ผู้ขับเคลื่อน</translation>
    </message>
    <message>
        <source>A subcommittee for the issue is created with it; appoint its members in the Committees section.</source>
        <translation>ระบบจะสร้างคณะอนุกรรมการของประเด็นให้พร้อมกัน แต่งตั้งอนุกรรมการได้ที่หมวดคณะกรรมการ</translation>
    </message>
    <message>
        <source>No subcommittee yet: open the issue in the Committees section to create it.</source>
        <translation>ยังไม่มีคณะอนุกรรมการ เปิดประเด็นนี้ในหมวดคณะกรรมการเพื่อสร้าง</translation>
    </message>
    <message>
        <source>%1 — %2 member(s) now. Its members and appointment orders are in the Committees section.</source>
        <translation>%1 — ปัจจุบันมีอนุกรรมการ %2 คน รายชื่อและคำสั่งแต่งตั้งอยู่ที่หมวดคณะกรรมการ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Detail (for another group)</source>
        <translation>รายละเอียด (สำหรับกลุ่มอื่น)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>จำนวน (คน)</translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation>เพิ่มกลุ่ม</translation>
    </message>
    <message>
        <source>Remove the group</source>
        <translation>นำกลุ่มออก</translation>
    </message>
    <message>
        <source>Counts of people only: no names and no health details of anyone.</source>
        <translation>บันทึกเฉพาะจำนวนคน ไม่บันทึกชื่อและข้อมูลสุขภาพของบุคคล</translation>
    </message>
    <message>
        <source>— not measured by a KPI —</source>
        <translation>— ไม่ได้วัดด้วยตัวชี้วัด —</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Objective or key result</source>
        <translation>วัตถุประสงค์หรือผลลัพธ์หลัก</translation>
    </message>
    <message>
        <source>Measured by KPI</source>
        <translation>วัดด้วยตัวชี้วัด</translation>
    </message>
    <message>
        <source>Add an objective</source>
        <translation>เพิ่มวัตถุประสงค์</translation>
    </message>
    <message>
        <source>Add a key result</source>
        <translation>เพิ่มผลลัพธ์หลัก</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Remove the chosen row (an objective goes with its key results)</source>
        <translation>นำแถวที่เลือกออก (วัตถุประสงค์จะถูกนำออกพร้อมผลลัพธ์หลักของตน)</translation>
    </message>
    <message>
        <source>Each objective (what the district wants to change) has key results (how it will know); a key result may be measured by one of the issue&apos;s KPIs.</source>
        <translation>วัตถุประสงค์แต่ละข้อ (สิ่งที่อำเภอต้องการเปลี่ยนแปลง) มีผลลัพธ์หลัก (สิ่งที่บอกว่าสำเร็จ) ผลลัพธ์หลักอาจวัดด้วยตัวชี้วัดของประเด็นนี้</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>  Key result</source>
        <translation>  ผลลัพธ์หลัก</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>ไตรมาส %1</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>ไตรมาส</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>ปัญหาอุปสรรค</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
</context>
<context>
    <name>IssuesScreen</name>
    <message>
        <source>Enter the results of</source>
        <translation>บันทึกผลงาน</translation>
    </message>
    <message>
        <source>Copy issue to next year…</source>
        <translation>คัดลอกประเด็นไปปีถัดไป…</translation>
    </message>
    <message>
        <source>Copy the chosen issue with its target groups, goals, KPIs and plan into the next fiscal year</source>
        <translation>คัดลอกประเด็นที่เลือกพร้อมกลุ่มเป้าหมาย เป้าประสงค์ ตัวชี้วัด และแผนงาน ไปยังปีงบประมาณถัดไป</translation>
    </message>
    <message>
        <source>Type the chosen quarter&apos;s results into its column: Enter or Tab saves and moves to the next KPI. Percent and status are computed.</source>
        <translation>พิมพ์ผลงานของไตรมาสที่เลือกลงในคอลัมน์ของไตรมาสนั้น กด Enter หรือ Tab เพื่อบันทึกและไปยังตัวชี้วัดถัดไป ร้อยละและสถานะคำนวณให้เอง</translation>
    </message>
    <message>
        <source>Issues and KPIs, fiscal year %1</source>
        <translation>ประเด็นและตัวชี้วัด ปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>ไตรมาส %1</translation>
    </message>
    <message>
        <source>Fiscal year %1 has %2 issue(s): the regulation asks the committee to take on at least two.</source>
        <translation>ปีงบประมาณ %1 มีประเด็น %2 ประเด็น ตามระเบียบ คณะกรรมการควรขับเคลื่อนอย่างน้อย 2 ประเด็น</translation>
    </message>
    <message>
        <source>Result of %1, quarter %2</source>
        <translation>ผลงานของ %1 ไตรมาส %2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
    <message>
        <source>Quarter not begun</source>
        <translation>ไตรมาสยังไม่เริ่ม</translation>
    </message>
    <message>
        <source>Copy to the next fiscal year</source>
        <translation>คัดลอกไปปีงบประมาณถัดไป</translation>
    </message>
    <message>
        <source>Copy the issue “%1” with its target groups, goals, KPIs and plan into fiscal year %2? Results are not copied; this year&apos;s results become the baselines.</source>
        <translation>คัดลอกประเด็น “%1” พร้อมกลุ่มเป้าหมาย เป้าประสงค์ ตัวชี้วัด และแผนงาน ไปยังปีงบประมาณ %2 หรือไม่ ผลงานจะไม่ถูกคัดลอก ผลงานของปีนี้จะเป็นข้อมูลฐานของปีถัดไป</translation>
    </message>
    <message>
        <source>Copying the issue…</source>
        <translation>กำลังคัดลอกประเด็น…</translation>
    </message>
    <message>
        <source>Copied “%1” into fiscal year %2.</source>
        <translation>คัดลอก “%1” ไปยังปีงบประมาณ %2 แล้ว</translation>
    </message>
    <message>
        <source>Add an issue…</source>
        <translation>เพิ่มประเด็น…</translation>
    </message>
    <message>
        <source>A new issue of this fiscal year, with its subcommittee</source>
        <translation>ประเด็นใหม่ของปีงบประมาณนี้ พร้อมคณะอนุกรรมการ</translation>
    </message>
    <message>
        <source>Edit the issue…</source>
        <translation>แก้ไขประเด็น…</translation>
    </message>
    <message>
        <source>Details, target groups, goals, obstacles and suggestions of the chosen issue (Enter on its title)</source>
        <translation>รายละเอียด กลุ่มเป้าหมาย เป้าหมาย ปัญหาอุปสรรคและข้อเสนอแนะของประเด็นที่เลือก (กด Enter ที่ชื่อประเด็น)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>The chosen issue one place earlier (Alt+Up)</source>
        <translation>เลื่อนประเด็นที่เลือกขึ้นหนึ่งลำดับ (Alt+ลูกศรขึ้น)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>The chosen issue one place later (Alt+Down)</source>
        <translation>เลื่อนประเด็นที่เลือกลงหนึ่งลำดับ (Alt+ลูกศรลง)</translation>
    </message>
    <message>
        <source>Delete the issue…</source>
        <translation>ลบประเด็น…</translation>
    </message>
    <message>
        <source>Delete the chosen issue with its KPIs and plan</source>
        <translation>ลบประเด็นที่เลือกพร้อมตัวชี้วัดและแผน</translation>
    </message>
    <message>
        <source>Add a KPI…</source>
        <translation>เพิ่มตัวชี้วัด…</translation>
    </message>
    <message>
        <source>A new KPI of the chosen issue</source>
        <translation>ตัวชี้วัดใหม่ของประเด็นที่เลือก</translation>
    </message>
    <message>
        <source>Edit the KPI…</source>
        <translation>แก้ไขตัวชี้วัด…</translation>
    </message>
    <message>
        <source>Name, unit, direction, target and baselines of the chosen KPI (Enter on its name)</source>
        <translation>ชื่อ หน่วย ทิศทาง ค่าเป้าหมาย และค่าฐานของตัวชี้วัดที่เลือก (กด Enter ที่ชื่อตัวชี้วัด)</translation>
    </message>
    <message>
        <source>Delete the KPI…</source>
        <translation>ลบตัวชี้วัด…</translation>
    </message>
    <message>
        <source>Delete the chosen KPI with its results</source>
        <translation>ลบตัวชี้วัดที่เลือกพร้อมผลงาน</translation>
    </message>
    <message>
        <source>Add the issue %1</source>
        <translation>เพิ่มประเด็น %1</translation>
    </message>
    <message>
        <source>Edit the issue %1</source>
        <translation>แก้ไขประเด็น %1</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>เลื่อน %1 ขึ้น</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>เลื่อน %1 ลง</translation>
    </message>
    <message>
        <source>Delete the issue “%1” with its %2 KPI(s) and their results, its target groups, goals, notes and plan? Its notable work stays, under no issue. This cannot be undone.</source>
        <translation>ลบประเด็น “%1” พร้อมตัวชี้วัด %2 ตัวและผลงาน กลุ่มเป้าหมาย เป้าหมาย บันทึกปัญหาอุปสรรค และแผนงานหรือไม่? ผลงานเด่นยังคงอยู่โดยไม่สังกัดประเด็นใด การลบนี้ย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <source>Delete the issue</source>
        <translation>ลบประเด็น</translation>
    </message>
    <message>
        <source>Deleted the issue “%1”.</source>
        <translation>ลบประเด็น “%1” แล้ว</translation>
    </message>
    <message>
        <source>Add the KPI %1</source>
        <translation>เพิ่มตัวชี้วัด %1</translation>
    </message>
    <message>
        <source>Edit the KPI %1</source>
        <translation>แก้ไขตัวชี้วัด %1</translation>
    </message>
    <message>
        <source>Delete the KPI “%1” with its %2 quarterly result(s)? A key result measured by it stays, measured by no KPI. This cannot be undone.</source>
        <translation>ลบตัวชี้วัด “%1” พร้อมผลงานรายไตรมาส %2 รายการหรือไม่? ผลลัพธ์หลักที่วัดด้วยตัวชี้วัดนี้ยังคงอยู่โดยไม่มีตัวชี้วัด การลบนี้ย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <source>Delete the KPI</source>
        <translation>ลบตัวชี้วัด</translation>
    </message>
    <message>
        <source>Deleted the KPI “%1”.</source>
        <translation>ลบตัวชี้วัด “%1” แล้ว</translation>
    </message>
</context>
<context>
    <name>KpiDialog</name>
    <message>
        <source>Edit the KPI</source>
        <translation>แก้ไขตัวชี้วัด</translation>
    </message>
    <message>
        <source>Add a KPI</source>
        <translation>เพิ่มตัวชี้วัด</translation>
    </message>
    <message>
        <source>Issue: %1</source>
        <translation>ประเด็น: %1</translation>
    </message>
    <message>
        <source>e.g. Bed-bound patients visited at home</source>
        <translation>เช่น ร้อยละผู้ป่วยติดเตียงได้รับการเยี่ยมบ้าน</translation>
    </message>
    <message>
        <source>e.g. percent, people, cases</source>
        <translation>เช่น ร้อยละ คน ราย</translation>
    </message>
    <message>
        <source>a number, not zero</source>
        <translation>ตัวเลขที่ไม่ใช่ศูนย์</translation>
    </message>
    <message>
        <source>Baselines of the three earlier fiscal years</source>
        <translation>ค่าฐานของสามปีงบประมาณก่อนหน้า</translation>
    </message>
    <message>
        <source>FY %1</source>
        <translation>ปี %1</translation>
    </message>
    <message>
        <source>%1 (from the results the app holds; not typed)</source>
        <translation>%1 (จากผลงานที่บันทึกไว้ในโปรแกรม ไม่ต้องพิมพ์)</translation>
    </message>
    <message>
        <source>type it if known (the app has no results of that year)</source>
        <translation>พิมพ์หากทราบ (โปรแกรมไม่มีผลงานของปีนั้น)</translation>
    </message>
    <message>
        <source>The percent of target, the cumulative figures of the 3, 6, 9 and 12-month rounds and the status are computed from the quarterly results.</source>
        <translation>ร้อยละของเป้าหมาย ผลสะสมรอบ 3 6 9 และ 12 เดือน และสถานะ คำนวณจากผลงานรายไตรมาสโดยอัตโนมัติ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อตัวชี้วัด</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>ทิศทาง</translation>
    </message>
    <message>
        <source>The year&apos;s figure</source>
        <translation>ผลงานทั้งปีคิดจาก</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ค่าเป้าหมาย</translation>
    </message>
</context>
<context>
    <name>KpiProgressCard</name>
    <message>
        <source>KPI progress, fiscal year %1</source>
        <translation>ความก้าวหน้าของตัวชี้วัด ปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>No issues for this fiscal year yet.</source>
        <translation>ปีงบประมาณนี้ยังไม่มีประเด็น</translation>
    </message>
    <message>
        <source>No KPI yet</source>
        <translation>ยังไม่มีตัวชี้วัด</translation>
    </message>
    <message>
        <source>Lower is better: the bar shows the result as a percent of the ceiling.</source>
        <translation>ยิ่งน้อยยิ่งดี: แถบแสดงผลงานเป็นร้อยละของค่าเพดาน</translation>
    </message>
    <message>
        <source>KPI progress of the year&apos;s issues</source>
        <translation>ความก้าวหน้าของตัวชี้วัดในประเด็นของปี</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <source>Issue / KPI</source>
        <translation>ประเด็น / ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <source>↑↓</source>
        <translation>↑↓</translation>
    </message>
    <message>
        <source>Baseline 1</source>
        <translation>ข้อมูลฐาน 1</translation>
    </message>
    <message>
        <source>Baseline 2</source>
        <translation>ข้อมูลฐาน 2</translation>
    </message>
    <message>
        <source>Baseline 3</source>
        <translation>ข้อมูลฐาน 3</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>ไตรมาส 1</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>ไตรมาส 2</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>ไตรมาส 3</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>ไตรมาส 4</translation>
    </message>
    <message>
        <source>Year so far</source>
        <translation>ผลสะสม</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% ของเป้า</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>FY %1</source>
        <translation>ปี %1</translation>
    </message>
    <message>
        <source>%1 (no KPI yet)</source>
        <translation>%1 (ยังไม่มีตัวชี้วัด)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PCHA Desktop</source>
        <translation>PCHA Desktop โปรแกรมงาน พชอ.</translation>
    </message>
    <message>
        <source>Opening the data…</source>
        <translation>กำลังเปิดข้อมูล…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>หน้าหลัก</translation>
    </message>
    <message>
        <source>Committee and orders</source>
        <translation>คณะกรรมการและคำสั่ง</translation>
    </message>
    <message>
        <source>Tambon committees</source>
        <translation>คณะกรรมการระดับตำบล (พชต.)</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>ประวัติการแก้ไข</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <source> — DEMO DATA</source>
        <translation> — ข้อมูลตัวอย่าง (DEMO)</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>ปีงบประมาณ:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>แ&amp;ฟ้ม</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แ&amp;ก้ไข</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;ตั้งค่า</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Thai digits in documents and dates</source>
        <translation>ใช้เลขไทยในเอกสารและวันที่</translation>
    </message>
    <message>
        <source>Largest district committee…</source>
        <translation>จำนวนกรรมการ พชอ. สูงสุด…</translation>
    </message>
    <message>
        <source>Garuda emblem for orders…</source>
        <translation>ตราครุฑสำหรับคำสั่ง…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;ช่วยเหลือ</translation>
    </message>
    <message>
        <source>About PCHA Desktop</source>
        <translation>เกี่ยวกับ PCHA Desktop</translation>
    </message>
    <message>
        <source>Largest district committee</source>
        <translation>จำนวนกรรมการ พชอ. สูงสุด</translation>
    </message>
    <message>
        <source>Warn when the district committee has more members than:</source>
        <translation>แจ้งเตือนเมื่อคณะกรรมการ พชอ. มีกรรมการเกิน (คน):</translation>
    </message>
    <message>
        <source>Garuda emblem for orders (PNG or JPEG)</source>
        <translation>ตราครุฑสำหรับคำสั่ง (PNG หรือ JPEG)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>รูปภาพ (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The emblem will be printed at the top of every order.</source>
        <translation>จะพิมพ์ตราครุฑที่หัวคำสั่งทุกฉบับ</translation>
    </message>
    <message>
        <source>PCHA Desktop %1: the paperwork of the District Quality-of-Life Development Committee.</source>
        <translation>PCHA Desktop รุ่น %1 โปรแกรมงานเอกสารของคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.)</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>โฟลเดอร์ข้อมูล: %1</translation>
    </message>
    <message>
        <source>Font: Sarabun, by Cadson Demak, under the SIL Open Font License 1.1.</source>
        <translation>แบบอักษร: Sarabun โดย Cadson Demak สัญญาอนุญาต SIL Open Font License 1.1</translation>
    </message>
    <message>
        <source>Provinces, districts and tambons: GeoThai (CC BY 4.0, creativecommons.org/licenses/by/4.0), from the Department of Provincial Administration&apos;s data; reshaped for this program.</source>
        <translation>รายชื่อจังหวัด อำเภอ ตำบล: GeoThai (CC BY 4.0, creativecommons.org/licenses/by/4.0) จากข้อมูลกรมการปกครอง ปรับรูปแบบสำหรับโปรแกรมนี้</translation>
    </message>
    <message>
        <source>Issues and KPIs</source>
        <translation>ประเด็นและตัวชี้วัด</translation>
    </message>
    <message>
        <source>The year&apos;s steps</source>
        <translation>ขั้นตอนงานประจำปี</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>UCCARE assessment</source>
        <translation>ประเมิน UCCARE</translation>
    </message>
    <message>
        <source>One Plan</source>
        <translation>แผนงานบูรณาการ (One Plan)</translation>
    </message>
    <message>
        <source>Report to the province</source>
        <translation>รายงานจังหวัด</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>งานของจังหวัด</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>การประชุม</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>← Meetings</source>
        <translation>← รายการประชุม</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>ประชุมแล้ว</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>ผู้เข้าประชุม</translation>
    </message>
    <message>
        <source>Agenda and minutes</source>
        <translation>ระเบียบวาระและบันทึก</translation>
    </message>
    <message>
        <source>Adoption and province</source>
        <translation>การรับรองและส่งจังหวัด</translation>
    </message>
    <message>
        <source>Empty: the meeting of the committee</source>
        <translation>ว่างไว้: ใช้ชื่อการประชุมคณะกรรมการ</translation>
    </message>
    <message>
        <source>Urgent meeting (no 3-day notice needed, s. 80)</source>
        <translation>ประชุมเร่งด่วน (ไม่ต้องแจ้งล่วงหน้า 3 วัน ตามมาตรา 80)</translation>
    </message>
    <message>
        <source>The invitation says a third of the members is then a quorum (s. 79)</source>
        <translation>หนังสือเชิญระบุว่าครั้งนี้กรรมการมาหนึ่งในสามก็ครบองค์ประชุม (มาตรา 79)</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>บันทึกรายละเอียด</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>ที่หนังสือ</translation>
    </message>
    <message>
        <source>Kind, date, time</source>
        <translation>ประเภท วัน เวลา</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Meeting name</source>
        <translation>ชื่อการประชุม</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>ประธาน</translation>
    </message>
    <message>
        <source>Minutes taken by</source>
        <translation>ผู้จดรายงานการประชุม</translation>
    </message>
    <message>
        <source>Minutes checked by</source>
        <translation>ผู้ตรวจรายงานการประชุม</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>วันที่หนังสือเชิญ</translation>
    </message>
    <message>
        <source>Reconvenes</source>
        <translation>ประชุมต่อจาก</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Space ticks the chosen member present (again: absent). L: absent with notice, R: represented by someone (แทน), A: absent, P: present.</source>
        <translation>กด Space เพื่อทำเครื่องหมายว่ากรรมการที่เลือกมาประชุม (กดอีกครั้ง: ไม่มา) L: ลาประชุม R: มีผู้มาแทน A: ไม่มาประชุม P: มาประชุม</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>มาประชุม</translation>
    </message>
    <message>
        <source>Absent with notice…</source>
        <translation>ลาประชุม…</translation>
    </message>
    <message>
        <source>Represented by…</source>
        <translation>มีผู้มาแทน…</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>ไม่มาประชุม</translation>
    </message>
    <message>
        <source>Everyone else present</source>
        <translation>ที่เหลือมาประชุมทั้งหมด</translation>
    </message>
    <message>
        <source>Marks present every member not marked yet</source>
        <translation>ทำเครื่องหมายว่ามาประชุมสำหรับกรรมการทุกคนที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Members changed: refresh the list</source>
        <translation>กรรมการเปลี่ยน: ปรับรายชื่อ</translation>
    </message>
    <message>
        <source>Add guest…</source>
        <translation>เพิ่มผู้เข้าร่วมประชุม…</translation>
    </message>
    <message>
        <source>Remove guest</source>
        <translation>ลบผู้เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>Guests (not members)</source>
        <translation>ผู้เข้าร่วมประชุม (ไม่ใช่กรรมการ)</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>เพิ่มเรื่อง…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>ลบเรื่อง</translation>
    </message>
    <message>
        <source>Amendments, if any</source>
        <translation>การแก้ไข (ถ้ามี)</translation>
    </message>
    <message>
        <source>Adopt these minutes</source>
        <translation>รับรองรายงานการประชุม</translation>
    </message>
    <message>
        <source>Close this follow-up…</source>
        <translation>ปิดเรื่องที่ติดตามนี้…</translation>
    </message>
    <message>
        <source>Attach document…</source>
        <translation>แนบเอกสาร…</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>เปิดเอกสาร</translation>
    </message>
    <message>
        <source>The minutes of this item: saved as you type</source>
        <translation>บันทึกการประชุมของเรื่องนี้: บันทึกให้อัตโนมัติขณะพิมพ์</translation>
    </message>
    <message>
        <source>Add resolution…</source>
        <translation>เพิ่มมติ…</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>เพิ่มเรื่องที่ต้องติดตาม…</translation>
    </message>
    <message>
        <source>Close follow-up…</source>
        <translation>ปิดเรื่องที่ติดตาม…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>บันทึกการประชุม</translation>
    </message>
    <message>
        <source>Resolutions (มติที่ประชุม), dissents and follow-ups</source>
        <translation>มติที่ประชุม ความเห็นแย้ง และเรื่องที่ต้องติดตาม</translation>
    </message>
    <message>
        <source>Adopted on a date (circulated)…</source>
        <translation>รับรองโดยการเวียน (ระบุวันที่)…</translation>
    </message>
    <message>
        <source>Withdraw the adoption</source>
        <translation>ยกเลิกการรับรอง</translation>
    </message>
    <message>
        <source>Date sent to the province…</source>
        <translation>วันที่ส่งจังหวัด…</translation>
    </message>
    <message>
        <source>Attach the signed minutes…</source>
        <translation>แนบรายงานการประชุมที่ลงนามแล้ว…</translation>
    </message>
    <message>
        <source>Open the signed minutes</source>
        <translation>เปิดรายงานที่ลงนามแล้ว</translation>
    </message>
    <message>
        <source>The minutes are a draft until a later meeting adopts them (its agenda 2). Send a copy to the provincial health office, then attach the scan of the signed minutes: it is kept with a check of its content.</source>
        <translation>รายงานการประชุมเป็นร่างจนกว่าการประชุมครั้งต่อไปจะรับรอง (ระเบียบวาระที่ 2) ส่งสำเนาถึงสำนักงานสาธารณสุขจังหวัด แล้วแนบไฟล์สแกนรายงานที่ลงนามแล้ว ซึ่งจะเก็บไว้พร้อมค่าตรวจสอบเนื้อหา</translation>
    </message>
    <message>
        <source>The invitation went out less than 3 days before the meeting (s. 80).</source>
        <translation>หนังสือเชิญส่งก่อนวันประชุมไม่ถึง 3 วัน (มาตรา 80)</translation>
    </message>
    <message>
        <source>This meeting had no quorum: its resolutions are not valid (s. 79).</source>
        <translation>การประชุมนี้ไม่ครบองค์ประชุม มติที่ประชุมจึงใช้ไม่ได้ (มาตรา 79)</translation>
    </message>
    <message>
        <source>— (not a reconvened meeting)</source>
        <translation>— (ไม่ใช่การประชุมต่อจากครั้งที่ไม่ครบองค์)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 เมื่อ %2</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ตำแหน่งในคณะกรรมการ</translation>
    </message>
    <message>
        <source>Reason or substitute</source>
        <translation>เหตุผลหรือผู้มาแทน</translation>
    </message>
    <message>
        <source>Members %1: present %2, represented %3, absent with notice %4, absent %5.</source>
        <translation>กรรมการ %1 คน: มาประชุม %2 มีผู้มาแทน %3 ลาประชุม %4 ไม่มาประชุม %5</translation>
    </message>
    <message>
        <source>Choose an item of the agenda, or add one.</source>
        <translation>เลือกเรื่องในระเบียบวาระ หรือเพิ่มเรื่องใหม่</translation>
    </message>
    <message>
        <source>There is no earlier meeting of this committee to adopt.</source>
        <translation>ไม่มีการประชุมครั้งก่อนของคณะกรรมการนี้ให้รับรอง</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>รับรองแล้ว</translation>
    </message>
    <message>
        <source>not adopted yet</source>
        <translation>ยังไม่ได้รับรอง</translation>
    </message>
    <message>
        <source>The minutes of %1 (%2): %3.</source>
        <translation>รายงานการประชุม%1 (%2): %3</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>เอกสาร: %1</translation>
    </message>
    <message>
        <source>No documents</source>
        <translation>ไม่มีเอกสารแนบ</translation>
    </message>
    <message>
        <source>Follow-up of %1: %2</source>
        <translation>ติดตามจากการประชุม%1: %2</translation>
    </message>
    <message>
        <source> — by %1</source>
        <translation> — ผู้รับผิดชอบ %1</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation> กำหนดเสร็จ %1</translation>
    </message>
    <message>
        <source> — closed %1</source>
        <translation> — เสร็จแล้ว %1</translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation> — เลยกำหนด</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>มติ: %1</translation>
    </message>
    <message>
        <source>Dissent of %1: %2 (reason: %3)</source>
        <translation>ความเห็นแย้งของ %1: %2 (เหตุผล: %3)</translation>
    </message>
    <message>
        <source>Minutes adopted at %1 on %2.</source>
        <translation>รายงานการประชุมได้รับการรับรองในการประชุม%1 เมื่อ %2</translation>
    </message>
    <message>
        <source>Minutes adopted on %1.</source>
        <translation>รายงานการประชุมได้รับการรับรองเมื่อ %1</translation>
    </message>
    <message>
        <source>Minutes: draft, not adopted yet.</source>
        <translation>รายงานการประชุม: ร่าง ยังไม่ได้รับรอง</translation>
    </message>
    <message>
        <source>Amendments: %1</source>
        <translation>การแก้ไข: %1</translation>
    </message>
    <message>
        <source>Copy sent to the province on %1.</source>
        <translation>ส่งสำเนาถึงจังหวัดเมื่อ %1</translation>
    </message>
    <message>
        <source>Not sent to the province yet.</source>
        <translation>ยังไม่ได้ส่งจังหวัด</translation>
    </message>
    <message>
        <source>Signed minutes: %1</source>
        <translation>รายงานที่ลงนามแล้ว: %1</translation>
    </message>
    <message>
        <source>No signed minutes attached.</source>
        <translation>ยังไม่ได้แนบรายงานที่ลงนามแล้ว</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
    <message>
        <source>held</source>
        <translation>ประชุมแล้ว</translation>
    </message>
    <message>
        <source>not held yet</source>
        <translation>ยังไม่ได้ประชุม</translation>
    </message>
    <message>
        <source>the meeting&apos;s details</source>
        <translation>รายละเอียดการประชุม</translation>
    </message>
    <message>
        <source>Absent with notice</source>
        <translation>ลาประชุม</translation>
    </message>
    <message>
        <source>Why %1 could not come (printed in the minutes).</source>
        <translation>เหตุที่ %1 มาประชุมไม่ได้ (พิมพ์ในรายงานการประชุม)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>ผู้มาประชุมแทน</translation>
    </message>
    <message>
        <source>Who attends in place of %1 (printed with แทน).</source>
        <translation>ผู้มาประชุมแทน %1 (พิมพ์ว่า แทน)</translation>
    </message>
    <message>
        <source>everyone else present</source>
        <translation>ทุกคนที่เหลือมาประชุม</translation>
    </message>
    <message>
        <source>the attendance list</source>
        <translation>รายชื่อผู้เข้าประชุม</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>ผู้เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>Someone attending who is not a member (ผู้เข้าร่วมประชุม).</source>
        <translation>ผู้เข้าร่วมประชุมที่ไม่ใช่กรรมการ</translation>
    </message>
    <message>
        <source>guest removed</source>
        <translation>ลบผู้เข้าร่วมประชุมแล้ว</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>A new item under %1.</source>
        <translation>เรื่องใหม่ใน%1</translation>
    </message>
    <message>
        <source>Delete the item</source>
        <translation>ลบเรื่อง</translation>
    </message>
    <message>
        <source>Delete “%1” with its minutes and resolutions?</source>
        <translation>ลบเรื่อง “%1” พร้อมบันทึกและมติหรือไม่</translation>
    </message>
    <message>
        <source>item deleted</source>
        <translation>ลบเรื่องแล้ว</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>แนบเอกสาร</translation>
    </message>
    <message>
        <source>Choose an agenda item first.</source>
        <translation>กรุณาเลือกเรื่องในระเบียบวาระก่อน</translation>
    </message>
    <message>
        <source>Choose the resolution the follow-up belongs to.</source>
        <translation>กรุณาเลือกมติที่เรื่องที่ต้องติดตามนี้สังกัด</translation>
    </message>
    <message>
        <source>Choose the follow-up to close.</source>
        <translation>กรุณาเลือกเรื่องที่ต้องการปิด</translation>
    </message>
    <message>
        <source>Close the follow-up</source>
        <translation>ปิดเรื่องที่ติดตาม</translation>
    </message>
    <message>
        <source>The date it was done. Later meetings no longer carry it.</source>
        <translation>วันที่ดำเนินการเสร็จ การประชุมครั้งต่อไปจะไม่ติดตามเรื่องนี้อีก</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>เสร็จเมื่อ</translation>
    </message>
    <message>
        <source>follow-up closed on %1</source>
        <translation>ปิดเรื่องที่ติดตามเมื่อ %1</translation>
    </message>
    <message>
        <source>Delete the chosen resolution, dissent or follow-up?</source>
        <translation>ลบมติ ความเห็นแย้ง หรือเรื่องที่ต้องติดตามที่เลือกหรือไม่</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>ลบแล้ว</translation>
    </message>
    <message>
        <source>minutes of %1 adopted</source>
        <translation>รับรองรายงานการประชุม%1 แล้ว</translation>
    </message>
    <message>
        <source>Minutes adopted</source>
        <translation>การรับรองรายงานการประชุม</translation>
    </message>
    <message>
        <source>The date the members adopted these minutes (e.g. circulated for adoption).</source>
        <translation>วันที่กรรมการรับรองรายงานการประชุมนี้ (เช่น รับรองโดยการเวียน)</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>รับรองเมื่อ</translation>
    </message>
    <message>
        <source>adoption of the minutes</source>
        <translation>การรับรองรายงานการประชุม</translation>
    </message>
    <message>
        <source>Sent to the province</source>
        <translation>ส่งจังหวัด</translation>
    </message>
    <message>
        <source>The date a copy of the minutes went to the provincial health office (empty: not sent).</source>
        <translation>วันที่ส่งสำเนารายงานการประชุมถึงสำนักงานสาธารณสุขจังหวัด (เว้นว่าง: ยังไม่ได้ส่ง)</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>ส่งเมื่อ</translation>
    </message>
    <message>
        <source>date sent to the province</source>
        <translation>วันที่ส่งจังหวัด</translation>
    </message>
    <message>
        <source>Attach the signed minutes</source>
        <translation>แนบรายงานการประชุมที่ลงนามแล้ว</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>Regular</source>
        <translation>สามัญ</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>วิสามัญ</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>กลุ่มย่อย</translation>
    </message>
    <message>
        <source>Agenda %1: %2</source>
        <translation>ระเบียบวาระที่ %1 %2</translation>
    </message>
    <message>
        <source>Not held yet</source>
        <translation>ยังไม่ได้ประชุม</translation>
    </message>
    <message>
        <source> (one third, s. 79)</source>
        <translation> (หนึ่งในสาม ตามมาตรา 79)</translation>
    </message>
    <message>
        <source>Quorum %1</source>
        <translation>ครบองค์ประชุม %1</translation>
    </message>
    <message>
        <source>No quorum %1</source>
        <translation>ไม่ครบองค์ประชุม %1</translation>
    </message>
</context>
<context>
    <name>MeetingsScreen</name>
    <message>
        <source>New meeting…</source>
        <translation>เพิ่มการประชุม…</translation>
    </message>
    <message>
        <source>Plan the year…</source>
        <translation>วางแผนการประชุมทั้งปี…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>เลื่อนวัน…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <source>Add workshop…</source>
        <translation>เพิ่มการอบรม/ประชุมเชิงปฏิบัติการ…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Workshops and trainings</source>
        <translation>การประชุมเชิงปฏิบัติการและการอบรม</translation>
    </message>
    <message>
        <source>Meetings, fiscal year %1</source>
        <translation>การประชุม ปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ครั้งที่</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>คณะกรรมการ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>ผู้มาประชุม</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>องค์ประชุม</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>บันทึกการประชุม</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>รับรองแล้ว</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>ส่งจังหวัด %1</translation>
    </message>
    <message>
        <source>signed copy</source>
        <translation>มีฉบับลงนาม</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>ผู้จัด</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>ผู้เข้าร่วม (คน)</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>ผลที่ได้</translation>
    </message>
    <message>
        <source>New meeting on %1</source>
        <translation>การประชุมวันที่ %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
    <message>
        <source>Set up the district committee first.</source>
        <translation>กรุณาตั้งคณะกรรมการ พชอ. ก่อน</translation>
    </message>
    <message>
        <source>Planned %1 meeting(s)</source>
        <translation>กำหนดการประชุมแล้ว %1 ครั้ง</translation>
    </message>
    <message>
        <source>Every quarter already has a meeting.</source>
        <translation>ทุกไตรมาสมีการประชุมแล้ว</translation>
    </message>
    <message>
        <source>Planning the year&apos;s meetings…</source>
        <translation>กำลังกำหนดการประชุมทั้งปี…</translation>
    </message>
    <message>
        <source>Move the meeting</source>
        <translation>เลื่อนวันประชุม</translation>
    </message>
    <message>
        <source>The new date of %1. Meetings of the year are renumbered by date.</source>
        <translation>วันประชุมใหม่ของ%1 ครั้งที่ของการประชุมในปีจะเรียงตามวันที่ใหม่</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>วันใหม่</translation>
    </message>
    <message>
        <source>Meeting moved to %1</source>
        <translation>เลื่อนการประชุมไปวันที่ %1</translation>
    </message>
    <message>
        <source>Delete %1 of %2 with its agenda, attendance, minutes and resolutions?</source>
        <translation>ลบการประชุม%1 ของ%2 พร้อมระเบียบวาระ ผู้เข้าประชุม บันทึก และมติหรือไม่</translation>
    </message>
    <message>
        <source>Delete the meeting</source>
        <translation>ลบการประชุม</translation>
    </message>
    <message>
        <source>Meeting deleted.</source>
        <translation>ลบการประชุมแล้ว</translation>
    </message>
    <message>
        <source>Workshop “%1”</source>
        <translation>การอบรม “%1”</translation>
    </message>
    <message>
        <source>Deleted workshop “%1”</source>
        <translation>ลบการอบรม “%1” แล้ว</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <source>Add member {name}</source>
        <translation>เพิ่มกรรมการ {name}</translation>
    </message>
    <message>
        <source>Edit member {name}</source>
        <translation>แก้ไขข้อมูลกรรมการ {name}</translation>
    </message>
    <message>
        <source>Move {name} up</source>
        <translation>เลื่อน {name} ขึ้น</translation>
    </message>
    <message>
        <source>Move {name} down</source>
        <translation>เลื่อน {name} ลง</translation>
    </message>
    <message>
        <source>End the membership of {name}</source>
        <translation>สิ้นสุดการเป็นกรรมการของ {name}</translation>
    </message>
    <message>
        <source>Replace {old} with {new}</source>
        <translation>เปลี่ยนตัวกรรมการ {old} เป็น {new}</translation>
    </message>
    <message>
        <source>Import {count} members</source>
        <translation>นำเข้ารายชื่อกรรมการ {count} คน</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Replace a member</source>
        <translation>เปลี่ยนตัวกรรมการ</translation>
    </message>
    <message>
        <source>A new person takes this seat from the date below; {name}&apos;s membership ends that day and stays in the history.</source>
        <translation>บุคคลใหม่ดำรงตำแหน่งนี้แทนตั้งแต่วันที่ด้านล่าง {name} พ้นจากการเป็นกรรมการในวันนั้น และยังคงอยู่ในประวัติ</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>แก้ไขข้อมูลกรรมการ</translation>
    </message>
    <message>
        <source>Correct the details of this member. For a different person in the seat, use Replace instead.</source>
        <translation>แก้ไขข้อมูลของกรรมการท่านนี้ หากเป็นบุคคลอื่นมาดำรงตำแหน่งแทน ให้ใช้ปุ่มเปลี่ยนตัวกรรมการ</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>เพิ่มกรรมการ</translation>
    </message>
    <message>
        <source>The member is added at the end of the list of the same role; move them up or down afterwards if needed.</source>
        <translation>กรรมการจะถูกเพิ่มต่อท้ายรายชื่อที่มีบทบาทเดียวกัน เลื่อนลำดับขึ้นหรือลงได้ภายหลัง</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>ไม่บังคับ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
    <message>
        <source>Role in the committee</source>
        <translation>บทบาทในคณะกรรมการ</translation>
    </message>
    <message>
        <source>Takes over on</source>
        <translation>ดำรงตำแหน่งแทนตั้งแต่</translation>
    </message>
    <message>
        <source>Member from</source>
        <translation>เป็นกรรมการตั้งแต่</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address (e.g. name@example.go.th)</source>
        <translation>อีเมล “{email}” ไม่ถูกต้อง (ตัวอย่าง name@example.go.th)</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
    <message>
        <source>Committee role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Member from</source>
        <translation>เป็นกรรมการตั้งแต่</translation>
    </message>
    <message>
        <source>Member until {date}</source>
        <translation>เป็นกรรมการถึง {date}</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Filter by name, position, organisation…</source>
        <translation>ค้นหาตามชื่อ ตำแหน่ง หน่วยงาน…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>เพิ่มกรรมการ…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>End membership…</source>
        <translation>สิ้นสุดการเป็นกรรมการ…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>เปลี่ยนตัวกรรมการ…</translation>
    </message>
    <message>
        <source>Paste from Excel/Word…</source>
        <translation>วางจาก Excel/Word…</translation>
    </message>
    <message>
        <source>Import .xlsx…</source>
        <translation>นำเข้าไฟล์ .xlsx…</translation>
    </message>
    <message>
        <source>Export template…</source>
        <translation>ส่งออกแบบฟอร์ม…</translation>
    </message>
    <message>
        <source>Move up among the members of the same role (the order of the official document)</source>
        <translation>เลื่อนขึ้นในกลุ่มบทบาทเดียวกัน (ลำดับตามที่ปรากฏในคำสั่ง)</translation>
    </message>
    <message>
        <source>Move down among the members of the same role (the order of the official document)</source>
        <translation>เลื่อนลงในกลุ่มบทบาทเดียวกัน (ลำดับตามที่ปรากฏในคำสั่ง)</translation>
    </message>
    <message>
        <source>The member leaves the committee on a date; nothing is deleted</source>
        <translation>กรรมการพ้นจากตำแหน่งตั้งแต่วันที่ที่ระบุ โดยไม่ลบข้อมูล</translation>
    </message>
    <message>
        <source>A new person takes this seat from a date</source>
        <translation>บุคคลใหม่ดำรงตำแหน่งนี้แทนตั้งแต่วันที่ที่ระบุ</translation>
    </message>
    <message>
        <source>Members on</source>
        <translation>กรรมการ ณ วันที่</translation>
    </message>
    <message>
        <source>No appointment order was in force on {date}.</source>
        <translation>ไม่มีคำสั่งแต่งตั้งที่ใช้อยู่ ณ วันที่ {date}</translation>
    </message>
    <message>
        <source>On {date}: {count} members; the order in force was No. {number} of {order_date}.</source>
        <translation>ณ วันที่ {date} มีกรรมการ {count} คน ตามคำสั่งที่ {number} ลงวันที่ {order_date}</translation>
    </message>
    <message>
        <source>Rule: {rule}</source>
        <translation>อ้างอิง: {rule}</translation>
    </message>
    <message>
        <source>Composition check: {count} warnings (the committee can still be saved)</source>
        <translation>ตรวจสอบองค์ประกอบ: ข้อสังเกต {count} ข้อ (ยังบันทึกได้ตามปกติ)</translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation>เพิ่ม {name} แล้ว</translation>
    </message>
    <message>
        <source>The changes were saved.</source>
        <translation>บันทึกการแก้ไขแล้ว</translation>
    </message>
    <message>
        <source>End membership</source>
        <translation>สิ้นสุดการเป็นกรรมการ</translation>
    </message>
    <message>
        <source>{name} stays in the committee&apos;s history and in the orders already issued. From the date below they are no longer a member. Nothing is deleted.</source>
        <translation>{name} ยังคงอยู่ในประวัติของคณะกรรมการและในคำสั่งที่ออกไปแล้ว ตั้งแต่วันที่ด้านล่างจะไม่เป็นกรรมการอีก โดยไม่มีการลบข้อมูล</translation>
    </message>
    <message>
        <source>No longer a member from</source>
        <translation>พ้นจากตำแหน่งตั้งแต่วันที่</translation>
    </message>
    <message>
        <source>{name} is no longer a member from {date}.</source>
        <translation>{name} พ้นจากการเป็นกรรมการตั้งแต่ {date}</translation>
    </message>
    <message>
        <source>{new} replaces {old} from {date}.</source>
        <translation>{new} เป็นกรรมการแทน {old} ตั้งแต่ {date}</translation>
    </message>
    <message>
        <source>Import members from an Excel file</source>
        <translation>นำเข้ารายชื่อกรรมการจากไฟล์ Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>ไฟล์ Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} members were imported.</source>
        <translation>นำเข้ารายชื่อกรรมการ {count} คนแล้ว</translation>
    </message>
    <message>
        <source>Save the member list template</source>
        <translation>บันทึกแบบฟอร์มรายชื่อกรรมการ</translation>
    </message>
    <message>
        <source>Saving the template…</source>
        <translation>กำลังบันทึกแบบฟอร์ม…</translation>
    </message>
    <message>
        <source>The template could not be saved: {reason}</source>
        <translation>บันทึกแบบฟอร์มไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>The template was saved as {path}. Fill it in with Excel, then use Import .xlsx.</source>
        <translation>บันทึกแบบฟอร์มไว้ที่ {path} แล้ว กรอกด้วย Excel แล้วใช้ปุ่มนำเข้าไฟล์ .xlsx</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>เพิ่มการประชุม</translation>
    </message>
    <message>
        <source>The meeting is numbered in its committee&apos;s fiscal year by date. Its agenda starts with the customary items (agenda 3 carries the open follow-ups), and its attendance list holds the members on its date.</source>
        <translation>ครั้งที่ของการประชุมนับในปีงบประมาณของคณะกรรมการตามวันที่ ระเบียบวาระเริ่มด้วยเรื่องตามธรรมเนียม (วาระที่ 3 ดึงเรื่องที่ยังต้องติดตาม) และรายชื่อผู้เข้าประชุมคือกรรมการ ณ วันประชุม</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>คณะกรรมการ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>เริ่มเวลา</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Choose the committee and the date.</source>
        <translation>กรุณาเลือกคณะกรรมการและวันที่</translation>
    </message>
</context>
<context>
    <name>NotableWorkDialog</name>
    <message>
        <source>Notable work of %1</source>
        <translation>ผลงานเด่นของ%1</translation>
    </message>
    <message>
        <source>New notable work of %1</source>
        <translation>เพิ่มผลงานเด่นของ%1</translation>
    </message>
    <message>
        <source>(no particular issue)</source>
        <translation>(ไม่ระบุประเด็น)</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>เพิ่มรูปภาพ…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อผลงาน</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Photos of the notable work</source>
        <translation>รูปภาพผลงานเด่น</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>รูปภาพ (*.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>NotableWorkTab</name>
    <message>
        <source>Tambon</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>Notable work</source>
        <translation>ผลงานเด่น</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>ชื่อผลงาน</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message>
        <source>Add notable work…</source>
        <translation>เพิ่มผลงานเด่น…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Fiscal year %1: tambons with notable work: %2 of %3; without any yet: %4.</source>
        <translation>ปีงบประมาณ %1: มีผลงานเด่น %2 จาก %3 ตำบล ยังไม่มี %4 ตำบล</translation>
    </message>
    <message>
        <source>No notable work recorded for this tambon in this fiscal year.</source>
        <translation>ตำบลนี้ยังไม่มีผลงานเด่นในปีงบประมาณนี้</translation>
    </message>
    <message>
        <source>(no particular issue)</source>
        <translation>(ไม่ระบุประเด็น)</translation>
    </message>
    <message>
        <source>Issue: %1</source>
        <translation>ประเด็น: %1</translation>
    </message>
    <message>
        <source>Notable work %1</source>
        <translation>ผลงานเด่น %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
    <message>
        <source>Delete the notable work</source>
        <translation>ลบผลงานเด่น</translation>
    </message>
    <message>
        <source>Delete “%1”? (Undo brings it back with its photos.)</source>
        <translation>ลบ “%1” หรือไม่ (เลิกทำเพื่อนำกลับมาพร้อมรูปภาพได้)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ไม่ลบ</translation>
    </message>
    <message>
        <source>Deletion of %1</source>
        <translation>ลบ %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>ลบแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Please wait</source>
        <translation>โปรดรอสักครู่</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>It could not be done</source>
        <translation>ทำรายการไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Edit the draft order</source>
        <translation>แก้ไขร่างคำสั่ง</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>เลขที่คำสั่ง</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>วันที่ของคำสั่ง</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>ข้อความนำ</translation>
    </message>
    <message>
        <source>Cancels the earlier order</source>
        <translation>การยกเลิกคำสั่งเดิม</translation>
    </message>
    <message>
        <source>Duties heading</source>
        <translation>หัวข้ออำนาจหน้าที่</translation>
    </message>
    <message>
        <source>Duties (one per line)</source>
        <translation>อำนาจหน้าที่ (บรรทัดละข้อ)</translation>
    </message>
    <message>
        <source>Effective clause</source>
        <translation>ข้อความวันที่มีผล</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <source>Signer&apos;s position</source>
        <translation>ตำแหน่งผู้ลงนาม</translation>
    </message>
    <message>
        <source>The members are not typed here: the order lists the members on the committee on the order date, in the traditional order of roles. A draft can be changed freely; once issued, it never changes.</source>
        <translation>ไม่ต้องพิมพ์รายชื่อกรรมการที่นี่ คำสั่งจะแสดงรายชื่อกรรมการ ณ วันที่ของคำสั่ง เรียงตามบทบาทตามแบบที่ใช้กัน ร่างคำสั่งแก้ไขได้เสมอ แต่เมื่อออกคำสั่งแล้วจะแก้ไขไม่ได้อีก</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>บันทึกร่าง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Please enter the order number (a whole number, e.g. 245)</source>
        <translation>กรุณากรอกเลขที่คำสั่ง (ตัวเลข เช่น 245)</translation>
    </message>
    <message>
        <source>(next free number in the register of this program: {number})</source>
        <translation>(เลขถัดไปที่ว่างในทะเบียนของโปรแกรม: {number})</translation>
    </message>
    <message>
        <source>Number {number} is already used by another issued order</source>
        <translation>เลขที่ {number} ใช้กับคำสั่งอื่นที่ออกแล้ว</translation>
    </message>
    <message>
        <source>Please enter the subject</source>
        <translation>กรุณากรอกเรื่อง</translation>
    </message>
    <message>
        <source>Please enter the preamble</source>
        <translation>กรุณากรอกข้อความนำ</translation>
    </message>
    <message>
        <source>Please enter at least one duty</source>
        <translation>กรุณากรอกอำนาจหน้าที่อย่างน้อยหนึ่งข้อ</translation>
    </message>
    <message>
        <source>Please enter the signer&apos;s name</source>
        <translation>กรุณากรอกชื่อผู้ลงนาม</translation>
    </message>
    <message>
        <source>Please enter the signer&apos;s position</source>
        <translation>กรุณากรอกตำแหน่งผู้ลงนาม</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>(no number yet)</source>
        <translation>(ยังไม่มีเลขที่)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>ลงวันที่</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>ถูกแทนที่โดย</translation>
    </message>
    <message>
        <source>Copy sent to the provincial health office</source>
        <translation>ส่งสำเนาถึง สสจ.</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>สำเนาที่ลงนาม</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <source>Issued, replaced</source>
        <translation>ออกแล้ว (ถูกยกเลิกแล้ว)</translation>
    </message>
    <message>
        <source>Issued, in force</source>
        <translation>ออกแล้ว (ใช้อยู่)</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Filter by number, subject, status…</source>
        <translation>ค้นหาตามเลขที่ เรื่อง สถานะ…</translation>
    </message>
    <message>
        <source>New draft order</source>
        <translation>จัดทำร่างคำสั่งใหม่</translation>
    </message>
    <message>
        <source>Edit draft…</source>
        <translation>แก้ไขร่าง…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>ลบร่าง</translation>
    </message>
    <message>
        <source>Issue the order…</source>
        <translation>ออกคำสั่ง…</translation>
    </message>
    <message>
        <source>Copy sent to the provincial health office…</source>
        <translation>บันทึกวันที่ส่งสำเนาถึง สสจ.…</translation>
    </message>
    <message>
        <source>Attach signed scan…</source>
        <translation>แนบไฟล์สแกนคำสั่งที่ลงนาม…</translation>
    </message>
    <message>
        <source>Open signed scan</source>
        <translation>เปิดไฟล์สแกนที่ลงนาม</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>เปิด PDF</translation>
    </message>
    <message>
        <source>Prepare the revised order</source>
        <translation>จัดทำคำสั่งฉบับใหม่ (แทนฉบับเดิม)</translation>
    </message>
    <message>
        <source>A draft of the revised order was prepared; it cancels and replaces the order in force. Check it with Edit draft and Open PDF, then issue it.</source>
        <translation>จัดทำร่างคำสั่งฉบับใหม่แล้ว ซึ่งจะยกเลิกและใช้แทนคำสั่งเดิม กรุณาตรวจสอบด้วยปุ่มแก้ไขร่างและเปิด PDF แล้วจึงออกคำสั่ง</translation>
    </message>
    <message>
        <source>A draft order was prepared with the usual texts. Check it with Edit draft and Open PDF, then issue it.</source>
        <translation>จัดทำร่างคำสั่งพร้อมข้อความมาตรฐานแล้ว กรุณาตรวจสอบด้วยปุ่มแก้ไขร่างและเปิด PDF แล้วจึงออกคำสั่ง</translation>
    </message>
    <message>
        <source>The draft was saved.</source>
        <translation>บันทึกร่างแล้ว</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>ลบร่างคำสั่ง</translation>
    </message>
    <message>
        <source>Delete this draft order? Issued orders are not affected.</source>
        <translation>ต้องการลบร่างคำสั่งนี้หรือไม่ คำสั่งที่ออกแล้วจะไม่ได้รับผลกระทบ</translation>
    </message>
    <message>
        <source>The draft was deleted.</source>
        <translation>ลบร่างแล้ว</translation>
    </message>
    <message>
        <source>Issue order {number} dated {date}?

The members on the committee on that date are written into the order, and an issued order never changes. If the members change later, you prepare a new order that replaces it.</source>
        <translation>ออกคำสั่ง {number} ลงวันที่ {date} หรือไม่

รายชื่อกรรมการ ณ วันที่ดังกล่าวจะถูกบันทึกลงในคำสั่ง และคำสั่งที่ออกแล้วจะแก้ไขไม่ได้อีก หากรายชื่อเปลี่ยนภายหลัง ให้จัดทำคำสั่งฉบับใหม่แทนฉบับเดิม</translation>
    </message>
    <message>
        <source>Issue the order</source>
        <translation>ออกคำสั่ง</translation>
    </message>
    <message>
        <source>Order {number} was issued. Print it (Open PDF) for signing; afterwards record the copy sent to the provincial health office and attach the signed scan.</source>
        <translation>ออกคำสั่ง {number} แล้ว พิมพ์ (เปิด PDF) เพื่อเสนอลงนาม จากนั้นบันทึกวันที่ส่งสำเนาถึง สสจ. และแนบไฟล์สแกนคำสั่งที่ลงนามแล้ว</translation>
    </message>
    <message>
        <source>Copy sent to the provincial health office</source>
        <translation>ส่งสำเนาถึง สสจ.</translation>
    </message>
    <message>
        <source>The date a copy of order {number} was sent to the provincial health office. Leave it empty if it was not sent.</source>
        <translation>วันที่ส่งสำเนาคำสั่ง {number} ถึงสำนักงานสาธารณสุขจังหวัด (สสจ.) เว้นว่างไว้หากยังไม่ได้ส่ง</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>วันที่ส่ง</translation>
    </message>
    <message>
        <source>The date was saved.</source>
        <translation>บันทึกวันที่แล้ว</translation>
    </message>
    <message>
        <source>Choose the scan of the signed order</source>
        <translation>เลือกไฟล์สแกนคำสั่งที่ลงนามแล้ว</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>PDF หรือรูปภาพ (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Attaching the signed scan…</source>
        <translation>กำลังแนบสำเนาคำสั่งที่ลงนาม…</translation>
    </message>
    <message>
        <source>The signed scan {name} was attached.</source>
        <translation>แนบไฟล์สแกน {name} แล้ว</translation>
    </message>
    <message>
        <source>Making the PDF of the order…</source>
        <translation>กำลังสร้างไฟล์ PDF ของคำสั่ง…</translation>
    </message>
    <message>
        <source>The PDF could not be made: {reason}</source>
        <translation>สร้างไฟล์ PDF ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>บันทึกไว้ที่ {path}</translation>
    </message>
</context>
<context>
    <name>PastResultsDialog</name>
    <message>
        <source>Results of earlier fiscal years</source>
        <translation>ผลของปีงบประมาณก่อนหน้า</translation>
    </message>
    <message>
        <source>The province&apos;s table takes the three fiscal years before as baselines. A year with UCCARE assessments in the app takes their result; for a year before the app, type the result the province recorded.</source>
        <translation>ตารางของจังหวัดใช้ผลของสามปีงบประมาณก่อนหน้าเป็นค่าฐาน (Baseline) ปีที่มีการประเมิน UCCARE ในโปรแกรมใช้ผลจากการประเมินนั้น ส่วนปีก่อนใช้โปรแกรมให้พิมพ์ผลตามที่จังหวัดบันทึกไว้</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผล</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>ที่มาของผล</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>ไม่มีผล</translation>
    </message>
    <message>
        <source>Where the result comes from, e.g. the province&apos;s letter</source>
        <translation>ที่มาของผล เช่น หนังสือแจ้งผลของจังหวัด</translation>
    </message>
    <message>
        <source>Save this year&apos;s result</source>
        <translation>บันทึกผลของปีนี้</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>This year has UCCARE assessments in the app: they decide its result.</source>
        <translation>ปีนี้มีการประเมิน UCCARE ในโปรแกรมแล้ว ผลของปีคำนวณจากการประเมินนั้น</translation>
    </message>
    <message>
        <source>Saved: fiscal year %1</source>
        <translation>บันทึกแล้ว: ปีงบประมาณ %1</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Office and committee</source>
        <translation>หน่วยงานและคณะกรรมการ</translation>
    </message>
    <message>
        <source>You can change these later on the home screen.</source>
        <translation>แก้ไขภายหลังได้ที่หน้าหลัก</translation>
    </message>
    <message>
        <source>Office (secretariat)</source>
        <translation>หน่วยงาน (ฝ่ายเลขานุการ)</translation>
    </message>
    <message>
        <source>District chief (chairs the committee)</source>
        <translation>นายอำเภอ (ประธานกรรมการ)</translation>
    </message>
    <message>
        <source>District public health officer (secretary)</source>
        <translation>สาธารณสุขอำเภอ (เลขานุการ)</translation>
    </message>
    <message>
        <source>Provincial health office e-mail</source>
        <translation>อีเมลสำนักงานสาธารณสุขจังหวัด</translation>
    </message>
    <message>
        <source>e.g. Mr. Somchai Rakdee</source>
        <translation>เช่น นายสมชาย รักดี</translation>
    </message>
    <message>
        <source>District Public Health Office %1</source>
        <translation>สำนักงานสาธารณสุขอำเภอ%1</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>กรุณากรอกชื่อ</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <source>Activity / project</source>
        <translation>กิจกรรม/โครงการ</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>หน่วยงานหลัก</translation>
    </message>
    <message>
        <source>Budget (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row}</source>
        <translation>แผ่นงาน {sheet} แถว {row}</translation>
    </message>
    <message>
        <source>, column {column}</source>
        <translation> คอลัมน์ {column}</translation>
    </message>
    <message>
        <source>Import the One Plan</source>
        <translation>นำเข้าแผนงานบูรณาการ</translation>
    </message>
    <message>
        <source>The activities of %1 are added to fiscal year %2, with their resources and objectives; issues the year does not have yet are added. Every row is checked first; nothing is saved until you press an import button.</source>
        <translation>กิจกรรมในไฟล์ %1 จะถูกเพิ่มในปีงบประมาณ %2 พร้อมทรัพยากรและวัตถุประสงค์ ประเด็นที่ปีนี้ยังไม่มีจะถูกเพิ่มให้ ทุกแถวจะถูกตรวจก่อน และยังไม่บันทึกสิ่งใดจนกว่าท่านจะกดปุ่มนำเข้า</translation>
    </message>
    <message>
        <source>Import all</source>
        <translation>นำเข้าทั้งหมด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>กำลังอ่าน {name}…</translation>
    </message>
    <message>
        <source>Problems to fix (%1)</source>
        <translation>รายการที่ต้องแก้ไข (%1)</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>ไม่พบปัญหา</translation>
    </message>
    <message>
        <source>%1 activities ready, %2 rows need fixing</source>
        <translation>กิจกรรมพร้อมนำเข้า %1 รายการ ต้องแก้ไข %2 แถว</translation>
    </message>
    <message>
        <source>Import only the good rows (%1)</source>
        <translation>นำเข้าเฉพาะแถวที่ถูกต้อง (%1)</translation>
    </message>
    <message>
        <source>Importing the One Plan…</source>
        <translation>กำลังนำเข้าแผนงานบูรณาการ…</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <source>Add activity…</source>
        <translation>เพิ่มกิจกรรม…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Import .xlsx…</source>
        <translation>นำเข้า .xlsx…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>ส่งออก .xlsx…</translation>
    </message>
    <message>
        <source>Empty template…</source>
        <translation>แบบฟอร์มเปล่า…</translation>
    </message>
    <message>
        <source>Who brings what</source>
        <translation>ใครนำอะไรมาร่วม</translation>
    </message>
    <message>
        <source>One Plan, fiscal year %1</source>
        <translation>แผนงานบูรณาการ ปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>This fiscal year has no issue yet: add the year&apos;s issues in “Issues and KPIs”, or import a plan (its issues are added).</source>
        <translation>ปีงบประมาณนี้ยังไม่มีประเด็น: เพิ่มประเด็นของปีที่ “ประเด็นและตัวชี้วัด” หรือนำเข้าแผนงาน (ประเด็นในไฟล์จะถูกเพิ่มให้)</translation>
    </message>
    <message>
        <source>No activity yet: add one, or import the plan from an .xlsx.</source>
        <translation>ยังไม่มีกิจกรรม: เพิ่มกิจกรรม หรือนำเข้าแผนงานจากไฟล์ .xlsx</translation>
    </message>
    <message>
        <source>Budget of the issue: %1 baht</source>
        <translation>งบประมาณของประเด็น: %1 บาท</translation>
    </message>
    <message>
        <source>Resources pooled: %1 of 5 kinds (%2) from %3 partners</source>
        <translation>ทรัพยากรที่ระดมได้: %1 จาก 5 ประเภท (%2) จากภาคี %3 ราย</translation>
    </message>
    <message>
        <source>Change of %1</source>
        <translation>แก้ไข %1</translation>
    </message>
    <message>
        <source>New activity %1</source>
        <translation>เพิ่มกิจกรรม %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
    <message>
        <source>Delete the activity</source>
        <translation>ลบกิจกรรม</translation>
    </message>
    <message>
        <source>Delete the activity “%1” with its budget, objectives and resources? (Undo brings it back.)</source>
        <translation>ลบกิจกรรม “%1” พร้อมงบประมาณ วัตถุประสงค์ และทรัพยากร? (เลิกทำเพื่อนำกลับมาได้)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ไม่ลบ</translation>
    </message>
    <message>
        <source>Deletion of %1</source>
        <translation>ลบ %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>ลบแล้ว: %1</translation>
    </message>
    <message>
        <source>Save the One Plan</source>
        <translation>บันทึกแผนงานบูรณาการ</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>ไฟล์ Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The One Plan was saved as %1.</source>
        <translation>บันทึกแผนงานบูรณาการเป็น %1 แล้ว</translation>
    </message>
    <message>
        <source>Writing the One Plan…</source>
        <translation>กำลังเขียนแผนงานบูรณาการ…</translation>
    </message>
    <message>
        <source>Save the empty One Plan template</source>
        <translation>บันทึกแบบฟอร์มแผนงานเปล่า</translation>
    </message>
    <message>
        <source>The template was saved as %1.</source>
        <translation>บันทึกแบบฟอร์มเป็น %1 แล้ว</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>กำลังเขียนแบบฟอร์ม…</translation>
    </message>
    <message>
        <source>Import the One Plan from an Excel file</source>
        <translation>นำเข้าแผนงานบูรณาการจากไฟล์ Excel</translation>
    </message>
    <message>
        <source>Imported %1 activities.</source>
        <translation>นำเข้ากิจกรรม %1 รายการแล้ว</translation>
    </message>
</context>
<context>
    <name>PlanYearDialog</name>
    <message>
        <source>Plan the year&apos;s meetings</source>
        <translation>วางแผนการประชุมทั้งปี</translation>
    </message>
    <message>
        <source>One regular meeting of the district committee in each quarter of fiscal year %1. A quarter that already has a meeting is left as it is. Move a meeting later when its date changes.</source>
        <translation>ประชุมสามัญของ พชอ. ไตรมาสละครั้ง ในปีงบประมาณ %1 ไตรมาสที่มีการประชุมแล้วจะคงไว้ตามเดิม เลื่อนวันประชุมภายหลังได้เมื่อวันเปลี่ยน</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>ไตรมาส %1</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>เริ่มเวลา</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
</context>
<context>
    <name>ProvinceScreen</name>
    <message>
        <source>Drop the districts&apos; .pcha files here</source>
        <translation>ลากไฟล์ .pcha ของอำเภอมาวางที่นี่</translation>
    </message>
    <message>
        <source>Districts and keys</source>
        <translation>อำเภอและกุญแจ</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>สรุปผลจังหวัด</translation>
    </message>
    <message>
        <source>Register each district&apos;s public key once. Before saving, read the fingerprint to the district by phone: it must match the one on their screen.</source>
        <translation>ลงทะเบียนกุญแจสาธารณะของแต่ละอำเภอครั้งเดียว ก่อนบันทึกให้โทรอ่านลายนิ้วมือกุญแจให้อำเภอฟัง ต้องตรงกับที่หน้าจอของอำเภอ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>ลายนิ้วมือกุญแจ</translation>
    </message>
    <message>
        <source>Register a key…</source>
        <translation>ลงทะเบียนกุญแจ…</translation>
    </message>
    <message>
        <source>Register a key</source>
        <translation>ลงทะเบียนกุญแจ</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>อำเภอ:</translation>
    </message>
    <message>
        <source>The district&apos;s public key</source>
        <translation>กุญแจสาธารณะของอำเภอ</translation>
    </message>
    <message>
        <source>Public key (*.pem)</source>
        <translation>กุญแจสาธารณะ (*.pem)</translation>
    </message>
    <message>
        <source>Read this fingerprint to the district and check it matches theirs:

%1

Register it?</source>
        <translation>อ่านลายนิ้วมือกุญแจนี้ให้อำเภอฟัง และตรวจว่าตรงกับของอำเภอ:

%1

ลงทะเบียนหรือไม่</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>นำเข้าชุดรายงาน…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>รอบรายงาน</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>ครั้งที่</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>ฉบับล่าสุด</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>นำเข้าชุดรายงาน</translation>
    </message>
    <message>
        <source>Report bundle (*.pcha)</source>
        <translation>ชุดรายงาน (*.pcha)</translation>
    </message>
    <message>
        <source>Checking and importing…</source>
        <translation>กำลังตรวจสอบและนำเข้า…</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>นำเข้าแล้ว</translation>
    </message>
    <message>
        <source>imported; replaces the earlier bundle</source>
        <translation>นำเข้าแล้ว แทนฉบับก่อนหน้า</translation>
    </message>
    <message>
        <source>already imported; nothing changed</source>
        <translation>นำเข้าไว้แล้ว ไม่มีอะไรเปลี่ยน</translation>
    </message>
    <message>
        <source>older than the one held; kept in the history</source>
        <translation>เก่ากว่าฉบับที่มี เก็บไว้ในประวัติ</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>ไม่รับ</translation>
    </message>
    <message>
        <source>Report period:</source>
        <translation>รอบรายงาน:</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>บันทึก PDF…</translation>
    </message>
    <message>
        <source>Save workbook…</source>
        <translation>บันทึกไฟล์ Excel…</translation>
    </message>
    <message>
        <source>Province mode: %1</source>
        <translation>โหมดจังหวัด: %1</translation>
    </message>
    <message>
        <source>no key registered</source>
        <translation>ยังไม่ลงทะเบียนกุญแจ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลงาน</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>ร้อยละ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Not sent yet: %1</source>
        <translation>ยังไม่ส่ง: %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx)</source>
        <translation>ไฟล์ Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the roll-up</source>
        <translation>บันทึกสรุปผลจังหวัด</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
    <message>
        <source>Writing the roll-up…</source>
        <translation>กำลังเขียนสรุปผลจังหวัด…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ไดรฟ์</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ค้นหาใน:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>ค้นหาใน:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ชื่อไฟล์:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ชนิดไฟล์:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>เลือก</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>เลือกโฟลเดอร์</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>โฟลเดอร์แม่</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>มุมมองรายการ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>มุมมองรายละเอียด</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ไปยังโฟลเดอร์แม่</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>แสดงเป็นรายการ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>แสดงรายละเอียด</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>รายการตำแหน่งและที่คั่นไว้</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>แถบข้าง</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>เปลี่ยนชื่อ</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>แสดงไฟล์ที่ซ่อน</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>โฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>โฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>ตำแหน่งล่าสุด</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>คอมพิวเตอร์ของฉัน</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>มีไฟล์ %1 อยู่แล้ว
ต้องการบันทึกทับหรือไม่</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>ต้องการลบ &apos;%1&apos; ใช่หรือไม่</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ไม่พบไฟล์
กรุณาตรวจสอบชื่อไฟล์</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ไม่พบโฟลเดอร์
กรุณาตรวจสอบชื่อโฟลเดอร์</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>วันที่แก้ไข</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>คอมพิวเตอร์</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>คอมพิวเตอร์ของฉัน</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>ปิดโดยไม่บันทึก</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>ใส่ค่า:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>แสดงรายละเอียด…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>ซ่อนรายละเอียด</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ไม่ใช่ทั้งหมด</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ยุติ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>คืนค่า</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ย้อนกลับ</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ถัดไป &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>ยืนยัน</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports for the province and the district chief</source>
        <translation>รายงานส่งจังหวัดและสรุปเสนอนายอำเภอ</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>ช่วงรายงาน:</translation>
    </message>
    <message>
        <source>The period&apos;s texts (printed in the report and the brief)</source>
        <translation>ข้อความของช่วงรายงาน (พิมพ์ในรายงานและสรุปเสนอนายอำเภอ)</translation>
    </message>
    <message>
        <source>Situation and problems (section 1)</source>
        <translation>สถานการณ์และสภาพปัญหา (หัวข้อ 1)</translation>
    </message>
    <message>
        <source>Obstacles (section 3)</source>
        <translation>ปัญหาอุปสรรค (หัวข้อ 3)</translation>
    </message>
    <message>
        <source>Suggestions (section 3)</source>
        <translation>ข้อเสนอแนะ (หัวข้อ 3)</translation>
    </message>
    <message>
        <source>Support requested (the district chief&apos;s brief)</source>
        <translation>ความต้องการสนับสนุน (สรุปเสนอนายอำเภอ)</translation>
    </message>
    <message>
        <source>Save texts</source>
        <translation>บันทึกข้อความ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Report PDF</source>
        <translation>รายงาน (PDF)</translation>
    </message>
    <message>
        <source>The report in the province&apos;s shape (sections 1–3 and the attachments)</source>
        <translation>รายงานตามแบบของจังหวัด (หัวข้อ 1–3 และภาคผนวก)</translation>
    </message>
    <message>
        <source>Workbook (.xlsx)</source>
        <translation>สมุดงาน Excel (.xlsx)</translation>
    </message>
    <message>
        <source>A sheet per area: filter and sum in Excel or LibreOffice</source>
        <translation>แยกแผ่นงานตามเรื่อง กรองและรวมยอดได้ใน Excel หรือ LibreOffice</translation>
    </message>
    <message>
        <source>District chief&apos;s brief</source>
        <translation>สรุปเสนอนายอำเภอ</translation>
    </message>
    <message>
        <source>One or two pages for the governor&apos;s monthly meeting of agency heads</source>
        <translation>หนึ่งถึงสองหน้า สำหรับการประชุมหัวหน้าส่วนราชการประจำเดือนของผู้ว่าราชการจังหวัด</translation>
    </message>
    <message>
        <source>Project summary</source>
        <translation>สรุปผลโครงการ</translation>
    </message>
    <message>
        <source>One Plan activity:</source>
        <translation>กิจกรรม/โครงการ (One Plan):</translation>
    </message>
    <message>
        <source>(no activities this year)</source>
        <translation>(ปีนี้ยังไม่มีกิจกรรม/โครงการ)</translation>
    </message>
    <message>
        <source>the texts of {period}</source>
        <translation>ข้อความของ{period}</translation>
    </message>
    <message>
        <source>The texts of {period} were saved.</source>
        <translation>บันทึกข้อความของ{period}แล้ว</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>บันทึกไว้ที่ {path}</translation>
    </message>
    <message>
        <source>Making the report PDF…</source>
        <translation>กำลังจัดทำรายงาน (PDF)…</translation>
    </message>
    <message>
        <source>Making the workbook…</source>
        <translation>กำลังจัดทำสมุดงาน Excel…</translation>
    </message>
    <message>
        <source>Making the district chief&apos;s brief…</source>
        <translation>กำลังจัดทำสรุปเสนอนายอำเภอ…</translation>
    </message>
    <message>
        <source>Making the project summary…</source>
        <translation>กำลังจัดทำสรุปผลโครงการ…</translation>
    </message>
    <message>
        <source>The document could not be made: {reason}</source>
        <translation>จัดทำเอกสารไม่ได้: {reason}</translation>
    </message>
</context>
<context>
    <name>ResolutionDialog</name>
    <message>
        <source>Resolution</source>
        <translation>มติที่ประชุม</translation>
    </message>
    <message>
        <source>Write the meeting&apos;s resolution. Dissenting opinions are kept with their reasons (Administrative Procedure Act, s. 83). Follow-ups are carried into agenda 3 of the later meetings until closed.</source>
        <translation>บันทึกมติที่ประชุม ความเห็นแย้งบันทึกพร้อมเหตุผล (พ.ร.บ.วิธีปฏิบัติราชการทางปกครอง มาตรา 83) เรื่องที่ต้องติดตามจะอยู่ในระเบียบวาระที่ 3 ของการประชุมครั้งต่อไปจนกว่าจะปิดเรื่อง</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>ไม่ได้นับ</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>เห็นชอบ (เสียง)</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>ไม่เห็นชอบ (เสียง)</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>งดออกเสียง</translation>
    </message>
    <message>
        <source>Dissenting member</source>
        <translation>กรรมการที่มีความเห็นแย้ง</translation>
    </message>
    <message>
        <source>Their opinion</source>
        <translation>ความเห็นแย้ง</translation>
    </message>
    <message>
        <source>Their reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Write the resolution.</source>
        <translation>กรุณากรอกมติที่ประชุม</translation>
    </message>
</context>
<context>
    <name>ResourceMatrixModel</name>
    <message>
        <source>Partner</source>
        <translation>ภาคี</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>A backup of another district</source>
        <translation>ข้อมูลสำรองของอำเภออื่น</translation>
    </message>
    <message>
        <source>Restore it anyway</source>
        <translation>ยืนยันกู้คืน</translation>
    </message>
    <message>
        <source>Do not restore</source>
        <translation>ไม่กู้คืน</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>ฐานข้อมูลเสียหาย</translation>
    </message>
    <message>
        <source>No good backup was found. Please contact your IT support; the damaged file has not been changed.</source>
        <translation>ไม่พบข้อมูลสำรองที่ใช้ได้ กรุณาติดต่อเจ้าหน้าที่ไอที ไฟล์ที่เสียหายยังไม่ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Restore the newest good backup, made %1? The damaged file is kept aside, not deleted.</source>
        <translation>กู้คืนข้อมูลสำรองล่าสุดที่ใช้ได้ (สำรองเมื่อ %1) หรือไม่ ไฟล์ที่เสียหายจะถูกเก็บแยกไว้ ไม่ถูกลบ</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>ปิดโปรแกรม</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>กำลังกู้คืนข้อมูลสำรอง…</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>กู้คืนข้อมูลสำรองไม่สำเร็จ</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>UCCARE rules</source>
        <translation>เกณฑ์การตัดสิน UCCARE</translation>
    </message>
    <message>
        <source>Load a province&apos;s rubric file…</source>
        <translation>นำเข้าไฟล์เกณฑ์ของจังหวัด…</translation>
    </message>
    <message>
        <source>The Ministry&apos;s KPI counts the self-assessment and the provincial assessment; seed 000 adds regional visitors. An issue passes when every deciding assessor&apos;s before and after pass: every component up by at least one level, or every component at level 3 or above.</source>
        <translation>ตัวชี้วัดของกระทรวงนับผลการประเมินตนเองและการประเมินระดับจังหวัด บางจังหวัดเพิ่มทีมประเมินระดับเขต ประเด็นผ่านเมื่อผลก่อนและหลังดำเนินการของผู้ประเมินที่ใช้ตัดสินทุกรายผ่าน คือ ทุกองค์ประกอบเพิ่มขึ้นอย่างน้อย 1 ระดับ หรือทุกองค์ประกอบอยู่ระดับ 3 ขึ้นไป</translation>
    </message>
    <message>
        <source>Whose assessments decide</source>
        <translation>ผลของผู้ประเมินที่ใช้ตัดสิน</translation>
    </message>
    <message>
        <source>The district passes when</source>
        <translation>อำเภอผ่านเมื่อ</translation>
    </message>
    <message>
        <source>Rubric for new assessments</source>
        <translation>เกณฑ์สำหรับการประเมินใหม่</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Choose a UCCARE rubric file</source>
        <translation>เลือกไฟล์เกณฑ์ UCCARE</translation>
    </message>
    <message>
        <source>UCCARE rubric (*.json)</source>
        <translation>เกณฑ์ UCCARE (*.json)</translation>
    </message>
    <message>
        <source>Loaded: %1</source>
        <translation>นำเข้าแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>PCHA Desktop is already open</source>
        <translation>PCHA Desktop เปิดอยู่แล้ว</translation>
    </message>
    <message>
        <source>PCHA Desktop is already open with this data, but that window does not answer: it may be busy, or opened by another user of this computer. Switch to it and close it (or restart the computer), then start PCHA Desktop again. Nothing was changed.</source>
        <translation>PCHA Desktop เปิดข้อมูลชุดนี้อยู่แล้ว แต่หน้าต่างนั้นไม่ตอบสนอง อาจกำลังทำงานอยู่ หรือผู้ใช้อื่นของเครื่องนี้เปิดไว้ กรุณาสลับไปที่หน้าต่างนั้นแล้วปิด (หรือเริ่มเครื่องใหม่) แล้วจึงเปิด PCHA Desktop อีกครั้ง ข้อมูลไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>The data cannot be opened</source>
        <translation>เปิดข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>บันทึกไม่ได้</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: %1</source>
        <translation>สำรองข้อมูลอัตโนมัติของวันนี้ไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>StepTableModel</name>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ทำแล้ว</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนด</translation>
    </message>
    <message>
        <source>ticked %1</source>
        <translation>บันทึกว่าทำแล้ว %1</translation>
    </message>
</context>
<context>
    <name>StrategiesDialog</name>
    <message>
        <source>Strategies for driving the committee&apos;s work</source>
        <translation>กลวิธีขับเคลื่อนงาน พชอ.</translation>
    </message>
    <message>
        <source>Load the province&apos;s list…</source>
        <translation>เปิดรายการของจังหวัด…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Tick the strategies the district uses this fiscal year.</source>
        <translation>เลือกกลวิธีที่อำเภอนำมาใช้ในปีงบประมาณนี้</translation>
    </message>
    <message>
        <source>The province&apos;s list of strategies</source>
        <translation>รายการกลวิธีของจังหวัด</translation>
    </message>
    <message>
        <source>Strategy lists (*.json)</source>
        <translation>รายการกลวิธี (*.json)</translation>
    </message>
</context>
<context>
    <name>TambonAlerts</name>
    <message>
        <source>Tambon committees (พชต.)</source>
        <translation>คณะกรรมการพัฒนาคุณภาพชีวิตระดับตำบล (พชต.)</translation>
    </message>
    <message>
        <source>Tambons without a committee (%1):</source>
        <translation>ตำบลที่ยังไม่มีคณะกรรมการ (%1 ตำบล):</translation>
    </message>
    <message>
        <source>Tambons not visited in fiscal year %1 (%2):</source>
        <translation>ตำบลที่ยังไม่ได้ลงเยี่ยมในปีงบประมาณ %1 (%2 ตำบล):</translation>
    </message>
    <message>
        <source>Every tambon has its committee and has been visited in fiscal year %1.</source>
        <translation>ทุกตำบลมีคณะกรรมการแล้ว และได้ลงเยี่ยมครบทุกตำบลในปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>Every tambon has its committee.</source>
        <translation>ทุกตำบลมีคณะกรรมการแล้ว</translation>
    </message>
    <message>
        <source>Every tambon has been visited in fiscal year %1.</source>
        <translation>ได้ลงเยี่ยมครบทุกตำบลในปีงบประมาณ %1</translation>
    </message>
</context>
<context>
    <name>TambonCommitteesTab</name>
    <message>
        <source>Tambon</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>ประธาน</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>สถานะแผน</translation>
    </message>
    <message>
        <source>Meetings in the year</source>
        <translation>ประชุม (ครั้ง)</translation>
    </message>
    <message>
        <source>Last visit in the year</source>
        <translation>ลงเยี่ยมล่าสุด</translation>
    </message>
    <message>
        <source>Counted from the member list unless you type a number (leave it empty to count the list).</source>
        <translation>นับจากรายชื่อกรรมการ เว้นแต่จะพิมพ์จำนวนเอง (เว้นว่างไว้เพื่อนับจากรายชื่อ)</translation>
    </message>
    <message>
        <source>Tick when the tambon has its committee (typing a chair or a count does it too).</source>
        <translation>ทำเครื่องหมายเมื่อตำบลมีคณะกรรมการแล้ว (การพิมพ์ชื่อประธานหรือจำนวนกรรมการก็ทำให้เช่นกัน)</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>ยังไม่ได้ลงเยี่ยม</translation>
    </message>
    <message>
        <source>None yet: tick to add</source>
        <translation>ยังไม่มี: ติ๊กเพื่อเพิ่ม</translation>
    </message>
    <message>
        <source>Whole tambon</source>
        <translation>ทั้งตำบล</translation>
    </message>
    <message>
        <source>Committee (area)</source>
        <translation>คณะกรรมการ (พื้นที่)</translation>
    </message>
    <message>
        <source>A tambon committee is not removed here: open its member list and end the memberships instead.</source>
        <translation>ไม่สามารถลบคณะกรรมการระดับตำบลจากที่นี่ได้ ให้เปิดรายชื่อกรรมการแล้วบันทึกการพ้นจากตำแหน่งแทน</translation>
    </message>
    <message>
        <source>Committee added: %1</source>
        <translation>เพิ่มคณะกรรมการแล้ว: %1</translation>
    </message>
    <message>
        <source>To remove the chair, end the membership in the member list.</source>
        <translation>หากต้องการนำประธานออก ให้บันทึกการพ้นจากตำแหน่งในรายชื่อกรรมการ</translation>
    </message>
    <message>
        <source>Chair of %1: %2</source>
        <translation>ประธาน%1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a member count: type a whole number from 0 to %2.</source>
        <translation>“%1” ไม่ใช่จำนวนกรรมการ กรุณาพิมพ์จำนวนเต็มตั้งแต่ 0 ถึง %2</translation>
    </message>
    <message>
        <source>Members of %1: %2</source>
        <translation>จำนวนกรรมการ%1: %2</translation>
    </message>
    <message>
        <source>Plan status of %1: %2</source>
        <translation>สถานะแผนของ%1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a number of meetings: type a whole number from 0 to %2.</source>
        <translation>“%1” ไม่ใช่จำนวนครั้งการประชุม กรุณาพิมพ์จำนวนเต็มตั้งแต่ 0 ถึง %2</translation>
    </message>
    <message>
        <source>Meetings of %1: %2</source>
        <translation>จำนวนครั้งการประชุมของ%1: %2</translation>
    </message>
    <message>
        <source>Filter by tambon, area or chair…</source>
        <translation>กรองตามตำบล พื้นที่ หรือประธาน…</translation>
    </message>
    <message>
        <source>Type straight into the table: Tab moves to the next cell, Enter to the next row. Each change is saved at once (Ctrl+Z undoes it). Typing a chair or a count for a tambon without a committee creates its committee. A tambon may have a committee for each รพ.สต. area instead of one for the whole tambon.</source>
        <translation>พิมพ์ลงในตารางได้เลย: Tab ไปช่องถัดไป Enter ไปแถวถัดไป ทุกการแก้ไขบันทึกทันที (Ctrl+Z เพื่อเลิกทำ) การพิมพ์ชื่อประธานหรือจำนวนกรรมการของตำบลที่ยังไม่มีคณะกรรมการจะสร้างคณะกรรมการให้ ตำบลหนึ่งอาจมีคณะกรรมการแยกตามพื้นที่ รพ.สต. แทนคณะเดียวทั้งตำบล</translation>
    </message>
    <message>
        <source>Member list…</source>
        <translation>รายชื่อกรรมการ…</translation>
    </message>
    <message>
        <source>The member list of the committee in the selected row</source>
        <translation>รายชื่อกรรมการของคณะในแถวที่เลือก</translation>
    </message>
    <message>
        <source>Add a committee for a รพ.สต. area…</source>
        <translation>เพิ่มคณะกรรมการพื้นที่ รพ.สต.…</translation>
    </message>
    <message>
        <source>Tambons: %1 · committees: %2 · members: %3 · with an approved plan: %4 · tambons not visited this fiscal year: %5 · tambons without a committee: %6</source>
        <translation>%1 ตำบล · %2 คณะ · กรรมการ %3 คน · มีแผนที่ผ่านความเห็นชอบ %4 คณะ · ยังไม่ได้ลงเยี่ยมในปีงบประมาณนี้ %5 ตำบล · ไม่มีคณะกรรมการ %6 ตำบล</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
    <message>
        <source>Choose a tambon in the table first.</source>
        <translation>กรุณาเลือกตำบลในตารางก่อน</translation>
    </message>
    <message>
        <source>%1 has no committee yet: tick its box in the “Committee (area)” column first, or add a committee for a รพ.สต. area.</source>
        <translation>%1 ยังไม่มีคณะกรรมการ: ทำเครื่องหมายในคอลัมน์ “คณะกรรมการ (พื้นที่)” ก่อน หรือเพิ่มคณะกรรมการพื้นที่ รพ.สต.</translation>
    </message>
</context>
<context>
    <name>TambonMembersDialog</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ตำแหน่งในคณะกรรมการ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>Members of the committee of %1</source>
        <translation>รายชื่อคณะกรรมการพัฒนาคุณภาพชีวิตระดับ%1</translation>
    </message>
    <message>
        <source>e.g. นาย, นาง, นางสาว</source>
        <translation>เช่น นาย, นาง, นางสาว</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>เพิ่มกรรมการ</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>เพิ่มกรรมการ</translation>
    </message>
    <message>
        <source>Title, first name, last name</source>
        <translation>คำนำหน้า ชื่อ นามสกุล</translation>
    </message>
    <message>
        <source>Role and sector</source>
        <translation>ตำแหน่งในคณะกรรมการและภาคส่วน</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>เป็นกรรมการตั้งแต่</translation>
    </message>
    <message>
        <source>End the selected membership</source>
        <translation>บันทึกการพ้นจากตำแหน่งของผู้ที่เลือก</translation>
    </message>
    <message>
        <source>No longer a member from</source>
        <translation>พ้นจากตำแหน่งตั้งแต่วันที่</translation>
    </message>
    <message>
        <source>Choose a member in the list first.</source>
        <translation>กรุณาเลือกกรรมการในรายชื่อก่อน</translation>
    </message>
</context>
<context>
    <name>TambonScreen</name>
    <message>
        <source>No plan yet</source>
        <translation>ยังไม่มีแผน</translation>
    </message>
    <message>
        <source>Plan being drafted</source>
        <translation>อยู่ระหว่างจัดทำแผน</translation>
    </message>
    <message>
        <source>Plan approved</source>
        <translation>มีแผนที่ผ่านความเห็นชอบแล้ว</translation>
    </message>
    <message>
        <source>Tambon Quality-of-Life Development Committees (พชต.)</source>
        <translation>คณะกรรมการพัฒนาคุณภาพชีวิตระดับตำบล (พชต.)</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>คณะกรรมการ</translation>
    </message>
    <message>
        <source>District visits</source>
        <translation>การลงเยี่ยม พชต.</translation>
    </message>
    <message>
        <source>Notable work</source>
        <translation>ผลงานเด่น</translation>
    </message>
</context>
<context>
    <name>ThaiDateEdit</name>
    <message>
        <source>e.g. 1/10/2563 or 1 Oct 2563</source>
        <translation>เช่น 1/10/2563 หรือ 1 ต.ค. 63</translation>
    </message>
    <message>
        <source>Choose on a calendar</source>
        <translation>เลือกจากปฏิทิน</translation>
    </message>
    <message>
        <source>Please enter a date</source>
        <translation>กรุณากรอกวันที่</translation>
    </message>
</context>
<context>
    <name>TickStepDialog</name>
    <message>
        <source>Record a step as done</source>
        <translation>บันทึกว่าขั้นตอนนี้ทำแล้ว</translation>
    </message>
    <message>
        <source>e.g. presented at the provincial heads&apos; meeting of March</source>
        <translation>เช่น นำเสนอในการประชุมหัวหน้าส่วนราชการจังหวัด เดือนมีนาคม</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>ทำเมื่อวันที่</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Enter the date the step was done.</source>
        <translation>กรุณาใส่วันที่ที่ทำขั้นตอนนี้</translation>
    </message>
</context>
<context>
    <name>UccareScreen</name>
    <message>
        <source>Rules and rubric…</source>
        <translation>เกณฑ์การตัดสิน…</translation>
    </message>
    <message>
        <source>Earlier years…</source>
        <translation>ผลปีก่อนหน้า…</translation>
    </message>
    <message>
        <source>The results of the fiscal years before: type those of years before the app</source>
        <translation>ผลของปีงบประมาณก่อนหน้า: พิมพ์ผลของปีก่อนใช้โปรแกรม</translation>
    </message>
    <message>
        <source>Record before…</source>
        <translation>บันทึกผลก่อนดำเนินการ…</translation>
    </message>
    <message>
        <source>Record after…</source>
        <translation>บันทึกผลหลังดำเนินการ…</translation>
    </message>
    <message>
        <source>Blank form (PDF)</source>
        <translation>แบบประเมินเปล่า (PDF)</translation>
    </message>
    <message>
        <source>The assessment form of this issue with the rubric, to fill in on paper</source>
        <translation>แบบประเมินของประเด็นนี้พร้อมคำอธิบายระดับ สำหรับกรอกบนกระดาษ</translation>
    </message>
    <message>
        <source>Assessment (PDF)</source>
        <translation>ผลการประเมิน (PDF)</translation>
    </message>
    <message>
        <source>The recorded assessments with the result, the chart and the evidence</source>
        <translation>ผลการประเมินที่บันทึกไว้ พร้อมผลการตัดสิน แผนภาพ และหลักฐาน</translation>
    </message>
    <message>
        <source>Before and after by</source>
        <translation>ก่อนและหลังดำเนินการ โดย</translation>
    </message>
    <message>
        <source>UCCARE, fiscal year %1</source>
        <translation>UCCARE ปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>No issues for this fiscal year yet.</source>
        <translation>ปีงบประมาณนี้ยังไม่มีประเด็น</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>องค์ประกอบ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>ก่อน</translation>
    </message>
    <message>
        <source>After</source>
        <translation>หลัง</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>%1 no result</source>
        <translation>%1 ไม่มีผล</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>พิมพ์ไว้</translation>
    </message>
    <message>
        <source>from assessments</source>
        <translation>จากการประเมิน</translation>
    </message>
    <message>
        <source>Earlier years (baselines): %1</source>
        <translation>ผลปีก่อนหน้า (Baseline): %1</translation>
    </message>
    <message>
        <source>No issues for this fiscal year yet: add them under Issues and KPIs.</source>
        <translation>ปีงบประมาณนี้ยังไม่มีประเด็น เพิ่มประเด็นได้ที่ “ประเด็นและตัวชี้วัด”</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>ยังไม่ได้ประเมิน</translation>
    </message>
    <message>
        <source>%1: %2, %3 people</source>
        <translation>%1: %2 ผู้ร่วมประเมิน %3 คน</translation>
    </message>
    <message>
        <source>%1, %2 of “%3”</source>
        <translation>%1 %2 ของ “%3”</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
    <message>
        <source>UCCARE result of fiscal year %1</source>
        <translation>ผล UCCARE ของปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>UCCARE rules</source>
        <translation>เกณฑ์การตัดสิน UCCARE</translation>
    </message>
    <message>
        <source>Save the assessment as PDF</source>
        <translation>บันทึกผลการประเมินเป็น PDF</translation>
    </message>
    <message>
        <source>Save the blank form as PDF</source>
        <translation>บันทึกแบบประเมินเปล่าเป็น PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>บันทึกไว้ที่ %1</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>กำลังสร้าง PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1</source>
        <translation>สร้าง PDF ไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>UccareYearCard</name>
    <message>
        <source>UCCARE of the year&apos;s issues</source>
        <translation>UCCARE ของประเด็นประจำปี</translation>
    </message>
    <message>
        <source>UCCARE, fiscal year %1</source>
        <translation>UCCARE ปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>No issues for this fiscal year yet.</source>
        <translation>ปีงบประมาณนี้ยังไม่มีประเด็น</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Undone: {action}</source>
        <translation>เลิกทำแล้ว: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>ทำซ้ำแล้ว: {action}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Edit a district visit</source>
        <translation>แก้ไขการลงเยี่ยม พชต.</translation>
    </message>
    <message>
        <source>Record a district visit</source>
        <translation>บันทึกการลงเยี่ยม พชต.</translation>
    </message>
    <message>
        <source>— choose a tambon —</source>
        <translation>— เลือกตำบล —</translation>
    </message>
    <message>
        <source>Who went, e.g. สาธารณสุขอำเภอ ปลัดอำเภอ</source>
        <translation>ผู้ร่วมลงพื้นที่ เช่น สาธารณสุขอำเภอ ปลัดอำเภอ</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>เพิ่มรูปภาพ…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>วันที่ลงเยี่ยม</translation>
    </message>
    <message>
        <source>Tambon</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>ทีมที่ลงเยี่ยม</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>ข้อค้นพบ</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>ข้อเสนอแนะ/การติดตาม</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <source>Choose the tambon that was visited.</source>
        <translation>กรุณาเลือกตำบลที่ลงเยี่ยม</translation>
    </message>
    <message>
        <source>Photos of the visit</source>
        <translation>รูปภาพการลงเยี่ยม</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>รูปภาพ (*.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>%1 (saved with the visit)</source>
        <translation>%1 (จะบันทึกพร้อมการลงเยี่ยม)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>เปิดไฟล์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>%1 is not a photo (PNG, JPEG or TIFF): it was not added.</source>
        <translation>ไฟล์ %1 ไม่ใช่รูปภาพ (PNG, JPEG หรือ TIFF) จึงไม่ได้เพิ่ม</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: it was not added.</source>
        <translation>ไฟล์ %1 มีขนาดเกิน %2 MB จึงไม่ได้เพิ่ม</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to PCHA Desktop</source>
        <translation>ยินดีต้อนรับสู่ PCHA Desktop</translation>
    </message>
    <message>
        <source>This program keeps the paperwork of the District Quality-of-Life Development Committee: its members and appointment orders, the year&apos;s quality-of-life issues and their subcommittees, the tambon committees and the district&apos;s visits to them. Everything is stored on this computer and works without the internet.</source>
        <translation>โปรแกรมนี้ช่วยจัดเก็บงานเอกสารของคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ ได้แก่ รายชื่อกรรมการและคำสั่งแต่งตั้ง ประเด็นพัฒนาคุณภาพชีวิตของแต่ละปีและคณะกรรมการขับเคลื่อนรายประเด็น คณะกรรมการระดับตำบล และการลงเยี่ยมตำบลของอำเภอ ข้อมูลทั้งหมดเก็บไว้ในเครื่องนี้ และใช้งานได้โดยไม่ต้องต่ออินเทอร์เน็ต</translation>
    </message>
    <message>
        <source>e.g. Somsri Jaidee</source>
        <translation>เช่น สมศรี ใจดี</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ชื่อของท่าน</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make, so others can see who changed what.</source>
        <translation>ชื่อของท่านจะถูกบันทึกไว้กับทุกการแก้ไข เพื่อให้ทราบว่าใครแก้ไขอะไร เมื่อใด</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop or training</source>
        <translation>การประชุมเชิงปฏิบัติการหรือการอบรม</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>ผู้จัด</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>District committee members</source>
        <translation>กรรมการ พชอ. (คน)</translation>
    </message>
    <message>
        <source>Tambon committee members</source>
        <translation>กรรมการ พชต. (คน)</translation>
    </message>
    <message>
        <source>Health staff</source>
        <translation>เจ้าหน้าที่สาธารณสุข (คน)</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>อื่น ๆ (คน)</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>ผลที่ได้</translation>
    </message>
    <message>
        <source>Enter the title and the dates.</source>
        <translation>กรุณากรอกชื่อและวันที่</translation>
    </message>
</context>
<context>
    <name>YearGuideCard</name>
    <message>
        <source>Open the year&apos;s guide</source>
        <translation>เปิดขั้นตอนงานประจำปี</translation>
    </message>
    <message>
        <source>The year&apos;s steps, fiscal year %1</source>
        <translation>ขั้นตอนงานประจำปี ปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>%1 of 15 done</source>
        <translation>ทำแล้ว %1 จาก 15 ขั้นตอน</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>เลยกำหนด %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>กำหนด %1</translation>
    </message>
    <message>
        <source>The year&apos;s steps</source>
        <translation>ขั้นตอนงานประจำปี</translation>
    </message>
</context>
<context>
    <name>YearGuideDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>YearGuideScreen</name>
    <message>
        <source>Each step&apos;s state is computed from what you have recorded. Double-click a step, or press Enter, to go where it is done.</source>
        <translation>สถานะของแต่ละขั้นตอนคำนวณจากข้อมูลที่บันทึกไว้ ดับเบิลคลิกหรือกด Enter ที่ขั้นตอนเพื่อไปยังหน้าที่ใช้ทำขั้นตอนนั้น</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>สิ่งที่ยังขาด</translation>
    </message>
    <message>
        <source>Go to this step</source>
        <translation>ไปยังขั้นตอนนี้</translation>
    </message>
    <message>
        <source>Record as done…</source>
        <translation>บันทึกว่าทำแล้ว…</translation>
    </message>
    <message>
        <source>For the steps the data cannot tell, e.g. the district chief presented at the governor&apos;s meeting</source>
        <translation>สำหรับขั้นตอนที่ข้อมูลบอกไม่ได้ เช่น นายอำเภอนำเสนอในการประชุมหัวหน้าส่วนราชการจังหวัด</translation>
    </message>
    <message>
        <source>Undo the record</source>
        <translation>ยกเลิกการบันทึก</translation>
    </message>
    <message>
        <source>Choose strategies…</source>
        <translation>เลือกกลวิธี…</translation>
    </message>
    <message>
        <source>The year&apos;s steps, fiscal year %1</source>
        <translation>ขั้นตอนงานประจำปี ปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>%1 of 15 steps done</source>
        <translation>ทำแล้ว %1 จาก 15 ขั้นตอน</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>เลยกำหนด %1</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>ไม่มีสิ่งใดขาด</translation>
    </message>
</context>
<context>
    <name>YearStatusCard</name>
    <message>
        <source>District committee: four meetings a year</source>
        <translation>พชอ. ประชุมอย่างน้อยปีละ 4 ครั้ง</translation>
    </message>
    <message>
        <source>District committee: four meetings a year, FY %1</source>
        <translation>พชอ. ประชุมอย่างน้อยปีละ 4 ครั้ง ปีงบประมาณ %1</translation>
    </message>
</context>
<context>
    <name>YearStatusView</name>
    <message>
        <source>%1 of %2 held with quorum</source>
        <translation>ประชุมครบองค์ %1 จาก %2 ครั้ง</translation>
    </message>
    <message>
        <source>Q%1: %2 held</source>
        <translation>ไตรมาส %1: ประชุมแล้ว %2</translation>
    </message>
    <message>
        <source>, %1 planned</source>
        <translation> กำหนดไว้ %1</translation>
    </message>
    <message>
        <source>, %1 without quorum</source>
        <translation> ไม่ครบองค์ %1</translation>
    </message>
    <message>
        <source>Subgroup and other committees&apos; meetings, counted apart: %1</source>
        <translation>การประชุมกลุ่มย่อยและคณะอื่น (นับแยก): %1 ครั้ง</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
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
        <source>%1 tambons in this district</source>
        <translation>อำเภอนี้มี %1 ตำบล</translation>
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
    <name>HistoryScreen</name>
    <message>
        <source>District profile</source>
        <translation>ข้อมูลอำเภอ</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>คณะกรรมการ</translation>
    </message>
    <message>
        <source>Committee membership</source>
        <translation>การเป็นกรรมการ</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>ลบ</translation>
    </message>
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
    <name>RestoreDialog</name>
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
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>PCHA Desktop is already open</source>
        <translation>PCHA Desktop เปิดอยู่แล้ว</translation>
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
    <name>ThaiDateEdit</name>
    <message>
        <source>e.g. 1/10/2563 or 1 ต.ค. 63</source>
        <translation>เช่น 1/10/2563 หรือ 1 ต.ค. 63</translation>
    </message>
    <message>
        <source>Please enter a date</source>
        <translation>กรุณากรอกวันที่</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to PCHA Desktop</source>
        <translation>ยินดีต้อนรับสู่ PCHA Desktop</translation>
    </message>
    <message>
        <source>This program keeps the paperwork of the District Quality-of-Life Development Committee: the committee and its orders, the year&apos;s issues, meetings, UCCARE self-assessment and the reports to the provincial health office. Everything is stored on this computer and works without the internet.</source>
        <translation>โปรแกรมนี้ช่วยงานเอกสารของคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอ (พชอ.) ได้แก่ คณะกรรมการและคำสั่งแต่งตั้ง ประเด็นประจำปี การประชุม การประเมินตนเองตาม UCCARE และรายงานถึงสำนักงานสาธารณสุขจังหวัด ข้อมูลทั้งหมดเก็บไว้ในเครื่องนี้ และใช้งานได้โดยไม่ต้องต่ออินเทอร์เน็ต</translation>
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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
<context>
    <name>AvoidView</name>
    <message>
        <location filename="../../mmn_desktop/ui/views/avoid.py" line="+193"/>
        <location line="+28"/>
        <location line="+83"/>
        <location line="+143"/>
        <source>Terms to avoid</source>
        <translation type="unfinished">คำที่ควรหลีกเลี่ยง</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>&amp;Terms to avoid</source>
        <translation type="unfinished">คำที่ควรหลีกเลี่ยง (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text &amp;checker</source>
        <translation type="unfinished">ตรวจข้อความ (&amp;C)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Filter terms (any language)</source>
        <translation type="unfinished">กรองคำ (ภาษาใดก็ได้)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter terms to avoid</source>
        <translation type="unfinished">กรองคำที่ควรหลีกเลี่ยง</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of terms shown</source>
        <translation type="unfinished">จำนวนคำที่แสดง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Term to avoid</source>
        <translation type="unfinished">คำที่ควรหลีกเลี่ยง</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Type or paste text in any of the seven languages. Terms to avoid are marked in the text; the list beside it says why each one harms and what to say instead. A mark can be a false alarm (the same letters inside another word): read the reason and judge.</source>
        <translation type="unfinished">พิมพ์หรือวางข้อความในภาษาใดก็ได้จากเจ็ดภาษา คำที่ควรหลีกเลี่ยงจะถูกทำเครื่องหมายไว้ในข้อความ และรายการด้านข้างจะบอกว่าแต่ละคำก่อให้เกิดผลเสียอย่างไร และควรใช้คำใดแทน เครื่องหมายบางจุดอาจเป็นการเตือนผิด (ตัวอักษรชุดเดียวกันที่อยู่ในคำอื่น) โปรดอ่านเหตุผลแล้วพิจารณาเอง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text to check</source>
        <translation type="unfinished">ข้อความที่จะตรวจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or paste text here…</source>
        <translation type="unfinished">พิมพ์หรือวางข้อความที่นี่…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result of the check</source>
        <translation type="unfinished">ผลการตรวจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear text</source>
        <translation type="unfinished">ล้างข้อความ (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the text</source>
        <translation type="unfinished">ล้างข้อความ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terms to avoid found</source>
        <translation type="unfinished">คำที่ควรหลีกเลี่ยงที่พบ</translation>
    </message>
    <message numerus="yes">
        <location line="+159"/>
        <source>%n term(s) to avoid</source>
        <translation type="unfinished">
            <numerusform>คำที่ควรหลีกเลี่ยง %n คำ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No terms match the filter</source>
        <translation type="unfinished">ไม่มีคำที่ตรงกับตัวกรอง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1} terms</source>
        <translation type="unfinished">{0} จาก {1} คำ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no term to avoid called “{0}”.</source>
        <translation type="unfinished">ไม่มีคำที่ควรหลีกเลี่ยงชื่อ “{0}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Words that demean or mislead about migrants, why they harm, and what to say instead. Choose a term from the list, or check your own text in the Text checker tab.</source>
        <translation type="unfinished">คำที่ดูหมิ่นผู้ย้ายถิ่นหรือทำให้เข้าใจผู้ย้ายถิ่นผิดไป เหตุใดคำเหล่านี้จึงก่อให้เกิดผลเสีย และควรใช้คำใดแทน เลือกคำจากรายการ หรือตรวจข้อความของคุณเองในแท็บตรวจข้อความ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Why it harms</source>
        <translation type="unfinished">เหตุใดคำนี้จึงก่อให้เกิดผลเสีย</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reason is not yet translated into {0}; shown in English.</source>
        <translation type="unfinished">เหตุผลยังไม่ได้แปลเป็น {0} จึงแสดงเป็นภาษาอังกฤษ</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+149"/>
        <source>Say instead:</source>
        <translation type="unfinished">ควรใช้คำว่า:</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>The term in each language</source>
        <translation type="unfinished">คำนี้ในแต่ละภาษา</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not listed for: {0}.</source>
        <translation type="unfinished">ไม่มีในรายการสำหรับ: {0}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The text could not be checked.</source>
        <translation type="unfinished">ตรวจข้อความไม่ได้</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+42"/>
        <source>No terms to avoid found</source>
        <translation type="unfinished">ไม่พบคำที่ควรหลีกเลี่ยง</translation>
    </message>
    <message numerus="yes">
        <location line="-40"/>
        <location line="+48"/>
        <source>%n term(s) to avoid found</source>
        <translation type="unfinished">
            <numerusform>พบคำที่ควรหลีกเลี่ยง %n คำ</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Term to avoid: {0}
Say instead: {1}</source>
        <translation type="unfinished">คำที่ควรหลีกเลี่ยง: {0}
ควรใช้คำว่า: {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type or paste text on the left to check it.</source>
        <translation type="unfinished">พิมพ์หรือวางข้อความในช่องด้านซ้ายเพื่อตรวจ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of the listed terms to avoid is in this text.</source>
        <translation type="unfinished">ข้อความนี้ไม่มีคำที่ควรหลีกเลี่ยงตามรายการ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}, line {1}</source>
        <translation type="unfinished">{0} บรรทัดที่ {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>and {0} more</source>
        <translation type="unfinished">และอีก {0} แห่ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found:</source>
        <translation type="unfinished">พบ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it harms:</source>
        <translation type="unfinished">เหตุใดจึงก่อให้เกิดผลเสีย:</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+8"/>
        <source>Text check</source>
        <translation type="unfinished">การตรวจข้อความ</translation>
    </message>
</context>
<context>
    <name>BibliographyView</name>
    <message>
        <location filename="../../mmn_desktop/ui/views/bibliography.py" line="+82"/>
        <source>Book</source>
        <translation type="unfinished">หนังสือ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation type="unfinished">รายงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation type="unfinished">บทความ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book chapter</source>
        <translation type="unfinished">บทในหนังสือ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefing paper</source>
        <translation type="unfinished">เอกสารสรุปประเด็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proceedings</source>
        <translation type="unfinished">รายงานการประชุมวิชาการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page</source>
        <translation type="unfinished">หน้าเว็บ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Migration status</source>
        <translation type="unfinished">สถานะการย้ายถิ่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents and procedures</source>
        <translation type="unfinished">เอกสารและขั้นตอน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recruitment</source>
        <translation type="unfinished">การจัดหางาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour rights</source>
        <translation type="unfinished">สิทธิแรงงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrest, detention and deportation</source>
        <translation type="unfinished">การจับกุม การกักตัว และการส่งกลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trafficking</source>
        <translation type="unfinished">การค้ามนุษย์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation type="unfinished">สุขภาพ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation type="unfinished">การศึกษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation type="unfinished">ครอบครัว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social protection</source>
        <translation type="unfinished">การคุ้มครองทางสังคม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation type="unfinished">เพศภาวะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advocacy</source>
        <translation type="unfinished">การผลักดันเชิงนโยบาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional policy</source>
        <translation type="unfinished">นโยบายระดับภูมิภาค</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment and climate</source>
        <translation type="unfinished">สิ่งแวดล้อมและสภาพภูมิอากาศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic zones</source>
        <translation type="unfinished">เขตเศรษฐกิจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugees</source>
        <translation type="unfinished">ผู้ลี้ภัย</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+579"/>
        <source>Year</source>
        <translation type="unfinished">ปี</translation>
    </message>
    <message>
        <location line="-578"/>
        <source>Authors / organisation</source>
        <translation type="unfinished">ผู้แต่ง / องค์กร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished">ชื่อเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+579"/>
        <source>Type</source>
        <translation type="unfinished">ประเภท</translation>
    </message>
    <message>
        <location line="-578"/>
        <location line="+580"/>
        <source>Countries</source>
        <translation type="unfinished">ประเทศ</translation>
    </message>
    <message>
        <location line="-579"/>
        <location line="+580"/>
        <source>Languages</source>
        <translation type="unfinished">ภาษา</translation>
    </message>
    <message>
        <location line="-419"/>
        <source>Filter by title, author, publisher or annotation</source>
        <translation type="unfinished">กรองตามชื่อเรื่อง ผู้แต่ง ผู้จัดพิมพ์ หรือคำอธิบายย่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter records by words</source>
        <translation type="unfinished">กรองรายการด้วยคำ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All countries</source>
        <translation type="unfinished">ทุกประเทศ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter by country</source>
        <translation type="unfinished">กรองตามประเทศ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All topics</source>
        <translation type="unfinished">ทุกหัวข้อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter by topic</source>
        <translation type="unfinished">กรองตามหัวข้อ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All languages</source>
        <translation type="unfinished">ทุกภาษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by language of publication</source>
        <translation type="unfinished">กรองตามภาษาที่ตีพิมพ์</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All types</source>
        <translation type="unfinished">ทุกประเภท</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter by type</source>
        <translation type="unfinished">กรองตามประเภท</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From year</source>
        <translation type="unfinished">ตั้งแต่ปี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To year</source>
        <translation type="unfinished">ถึงปี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset filters</source>
        <translation type="unfinished">ล้างตัวกรอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset all filters</source>
        <translation type="unfinished">ล้างตัวกรองทั้งหมด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of records shown</source>
        <translation type="unfinished">จำนวนรายการที่แสดง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation type="unfinished">ส่งออก…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+348"/>
        <source>Export records</source>
        <translation type="unfinished">ส่งออกรายการ</translation>
    </message>
    <message>
        <location line="-347"/>
        <source>Export the selected or the shown records as RIS, BibTeX or CSL-JSON</source>
        <translation type="unfinished">ส่งออกรายการที่เลือกหรือที่แสดงอยู่เป็น RIS, BibTeX หรือ CSL-JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bibliography records</source>
        <translation type="unfinished">รายการบรรณานุกรม</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Record details</source>
        <translation type="unfinished">รายละเอียดรายการ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Years:</source>
        <translation type="unfinished">ปี:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation type="unfinished">ถึง</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>RIS (.ris)</source>
        <translation type="unfinished">RIS (.ris)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BibTeX (.bib)</source>
        <translation type="unfinished">BibTeX (.bib)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSL-JSON (.json)</source>
        <translation type="unfinished">CSL-JSON (.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected records</source>
        <translation type="unfinished">รายการที่เลือก</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All shown (filtered)</source>
        <translation type="unfinished">ทุกรายการที่แสดง (ตามตัวกรอง)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bibliography</source>
        <translation type="unfinished">บรรณานุกรม</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not found: {0}</source>
        <translation type="unfinished">ไม่พบ: {0}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved {0}</source>
        <translation type="unfinished">บันทึก {0} แล้ว</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+160"/>
        <source>{0} of {1} records</source>
        <translation type="unfinished">{0} จาก {1} รายการ</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>RIS files (*.ris)</source>
        <translation type="unfinished">ไฟล์ RIS (*.ris)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BibTeX files (*.bib)</source>
        <translation type="unfinished">ไฟล์ BibTeX (*.bib)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSL-JSON files (*.json)</source>
        <translation type="unfinished">ไฟล์ CSL-JSON (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export failed</source>
        <translation type="unfinished">ส่งออกไม่สำเร็จ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write {0}: {1}</source>
        <translation type="unfinished">เขียนไฟล์ {0} ไม่ได้: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {0} records to {1}</source>
        <translation type="unfinished">ส่งออก {0} รายการไปยัง {1} แล้ว</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a record to read its annotation.</source>
        <translation type="unfinished">เลือกรายการเพื่ออ่านคำอธิบายย่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select several records (Ctrl or Shift) to export just those.</source>
        <translation type="unfinished">เลือกหลายรายการ (กด Ctrl หรือ Shift ค้างไว้) เพื่อส่งออกเฉพาะรายการเหล่านั้น</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Annotation</source>
        <translation type="unfinished">คำอธิบายย่อ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authors</source>
        <translation type="unfinished">ผู้แต่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation type="unfinished">องค์กร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publisher</source>
        <translation type="unfinished">ผู้จัดพิมพ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation type="unfinished">สถานที่พิมพ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <translation type="unfinished">หัวข้อ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Address</source>
        <translation type="unfinished">ที่อยู่</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Related entries</source>
        <translation type="unfinished">รายการที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cited in this edition</source>
        <translation type="unfinished">ที่อ้างอิงในฉบับนี้</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../mmn_desktop/ui/dialogs/error.py" line="+33"/>
        <source>Something went wrong</source>
        <translation type="unfinished">เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation type="unfinished">ข้อผิดพลาด</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MMN Desktop keeps running. If this happens again, copy the details and send them to whoever supports your installation.</source>
        <translation type="unfinished">MMN Desktop ยังทำงานต่อได้ หากเกิดขึ้นอีก โปรดคัดลอกรายละเอียดแล้วส่งให้ผู้ที่ดูแลการติดตั้งโปรแกรมของคุณ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error details</source>
        <translation type="unfinished">รายละเอียดข้อผิดพลาด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy details</source>
        <translation type="unfinished">คัดลอกรายละเอียด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy details to the clipboard</source>
        <translation type="unfinished">คัดลอกรายละเอียดไปยังคลิปบอร์ด</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location line="+41"/>
        <source>An unexpected error happened: {0}</source>
        <translation type="unfinished">เกิดข้อผิดพลาดที่ไม่คาดคิด: {0}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../mmn_desktop/ui/widgets/reader.py" line="+47"/>
        <source>Find in this page</source>
        <translation type="unfinished">หาคำในหน้านี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in page</source>
        <translation type="unfinished">หาคำในหน้า</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous</source>
        <translation type="unfinished">ก่อนหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation type="unfinished">จุดที่พบก่อนหน้า</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation type="unfinished">ถัดไป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation type="unfinished">จุดที่พบถัดไป</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished">ปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close find bar</source>
        <translation type="unfinished">ปิดแถบหาคำ</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform>พบ %n แห่ง</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not found</source>
        <translation type="unfinished">ไม่พบ</translation>
    </message>
</context>
<context>
    <name>HandbookView</name>
    <message>
        <location filename="../../mmn_desktop/ui/views/handbook.py" line="+321"/>
        <source>{0}. {1}</source>
        <translation type="unfinished">{0}. {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: {1}</source>
        <translation type="unfinished">{0}: {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About this edition</source>
        <translation type="unfinished">เกี่ยวกับฉบับนี้</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Contents</source>
        <translation type="unfinished">สารบัญ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Handbook contents</source>
        <translation type="unfinished">สารบัญคู่มือ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chapters, their sections and language versions</source>
        <translation type="unfinished">บท หัวข้อย่อย และฉบับภาษาต่าง ๆ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chapter text</source>
        <translation type="unfinished">เนื้อหาของบท</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Find in chapter</source>
        <translation type="unfinished">หาคำในบท</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Find a word in this chapter (Ctrl+F)</source>
        <translation type="unfinished">หาคำในบทนี้ (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation type="unfinished">พิมพ์…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print this chapter</source>
        <translation type="unfinished">พิมพ์บทนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export PDF…</source>
        <translation type="unfinished">ส่งออก PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this chapter as PDF</source>
        <translation type="unfinished">ส่งออกบทนี้เป็น PDF</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>ADD handbook</source>
        <translation type="unfinished">คู่มือ ADD</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not found: {0}</source>
        <translation type="unfinished">ไม่พบ: {0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved {0}</source>
        <translation type="unfinished">บันทึก {0} แล้ว</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Language: {0}</source>
        <translation type="unfinished">ภาษา: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Also in:</source>
        <translation type="unfinished">ฉบับภาษาอื่น:</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Export chapter as PDF</source>
        <translation type="unfinished">ส่งออกบทเป็น PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">ไฟล์ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Html</name>
    <message>
        <location filename="../../mmn_desktop/ui/html.py" line="+61"/>
        <source>draft translation</source>
        <translation type="unfinished">คำแปลฉบับร่าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviewed</source>
        <translation type="unfinished">ตรวจทานแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preferred</source>
        <translation type="unfinished">คำที่แนะนำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admitted</source>
        <translation type="unfinished">ใช้ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deprecated</source>
        <translation type="unfinished">ไม่ควรใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ratified</source>
        <translation type="unfinished">ให้สัตยาบันแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed, not ratified</source>
        <translation type="unfinished">ลงนามแล้ว ยังไม่ให้สัตยาบัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not ratified</source>
        <translation type="unfinished">ยังไม่ให้สัตยาบัน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>draft, not yet reviewed</source>
        <translation type="unfinished">ฉบับร่าง ยังไม่ได้ตรวจทาน</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A summary, not legal advice. Laws change: check the law itself and ask a lawyer or a legal aid organisation before acting on it.</source>
        <translation type="unfinished">นี่เป็นบทสรุป ไม่ใช่คำแนะนำทางกฎหมาย กฎหมายอาจเปลี่ยนแปลงได้ ก่อนนำไปใช้ โปรดตรวจสอบตัวบทกฎหมายและปรึกษาทนายความหรือองค์กรช่วยเหลือทางกฎหมาย</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not legal advice.</source>
        <translation type="unfinished">ไม่ใช่คำแนะนำทางกฎหมาย</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft: not yet reviewed by a native speaker.</source>
        <translation type="unfinished">ฉบับร่าง: ยังไม่ได้รับการตรวจทานจากเจ้าของภาษา</translation>
    </message>
</context>
<context>
    <name>InterpreterView</name>
    <message>
        <location filename="../../mmn_desktop/ui/views/interpreter.py" line="+152"/>
        <location line="+6"/>
        <source>Not yet translated into this language.</source>
        <translation type="unfinished">ยังไม่ได้แปลเป็นภาษานี้</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Meaning ({0})</source>
        <translation type="unfinished">ความหมาย ({0})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not translated</source>
        <translation type="unfinished">ยังไม่ได้แปล</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Interpreter view</source>
        <translation type="unfinished">มุมมองล่าม</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>Terms in two languages</source>
        <translation type="unfinished">คำศัพท์สองภาษา</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Close full screen (Esc)</source>
        <translation type="unfinished">ออกจากโหมดเต็มจอ (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close full screen</source>
        <translation type="unfinished">ออกจากโหมดเต็มจอ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>First language</source>
        <translation type="unfinished">ภาษาแรก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second language</source>
        <translation type="unfinished">ภาษาที่สอง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation type="unfinished">จาก (&amp;F):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation type="unfinished">เป็น (&amp;T):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Swap ⇄</source>
        <translation type="unfinished">สลับ ⇄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap the two languages</source>
        <translation type="unfinished">สลับสองภาษา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter (any language)</source>
        <translation type="unfinished">กรอง (ภาษาใดก็ได้)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter terms</source>
        <translation type="unfinished">กรองคำศัพท์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen (F11)</source>
        <translation type="unfinished">เต็มจอ (F11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the table full screen</source>
        <translation type="unfinished">แสดงตารางเต็มจอ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number of concepts shown</source>
        <translation type="unfinished">จำนวนแนวคิดที่แสดง</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Interpreter</source>
        <translation type="unfinished">ล่าม</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n concept(s)</source>
        <translation type="unfinished">
            <numerusform>%n แนวคิด</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No concepts match the filter</source>
        <translation type="unfinished">ไม่มีแนวคิดที่ตรงกับตัวกรอง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1} concepts</source>
        <translation type="unfinished">{0} จาก {1} แนวคิด</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Glossary: {0} and {1}</source>
        <translation type="unfinished">อภิธานศัพท์: {0} และ {1}</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../mmn_desktop/ui/search/results.py" line="+24"/>
        <source>Vocabulary</source>
        <translation type="unfinished">คำศัพท์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms to avoid</source>
        <translation type="unfinished">คำที่ควรหลีกเลี่ยง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour law</source>
        <translation type="unfinished">กฎหมายแรงงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADD handbook</source>
        <translation type="unfinished">คู่มือ ADD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About this edition</source>
        <translation type="unfinished">เกี่ยวกับฉบับนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bibliography</source>
        <translation type="unfinished">บรรณานุกรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratifications</source>
        <translation type="unfinished">การให้สัตยาบัน</translation>
    </message>
</context>
<context>
    <name>LawGridModel</name>
    <message>
        <location filename="../../mmn_desktop/ui/views/law.py" line="+245"/>
        <source>International standard</source>
        <translation type="unfinished">มาตรฐานระหว่างประเทศ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No summary in this edition</source>
        <translation type="unfinished">ฉบับนี้ยังไม่มีบทสรุป</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{summary} (draft)</source>
        <translation type="unfinished">{summary} (ฉบับร่าง)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No summary for this country and element in this edition.</source>
        <translation type="unfinished">ฉบับนี้ยังไม่มีบทสรุปสำหรับประเทศและประเด็นนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of {date}</source>
        <translation type="unfinished">ข้อมูล ณ {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft, not yet reviewed</source>
        <translation type="unfinished">ฉบับร่าง ยังไม่ได้ตรวจทาน</translation>
    </message>
</context>
<context>
    <name>LawView</name>
    <message>
        <location line="+144"/>
        <source>Not legal advice.</source>
        <translation type="unfinished">ไม่ใช่คำแนะนำทางกฎหมาย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal disclaimer</source>
        <translation type="unfinished">ข้อจำกัดความรับผิดชอบทางกฎหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show one country:</source>
        <translation type="unfinished">แสดงประเทศเดียว (&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all elements for one country</source>
        <translation type="unfinished">แสดงทุกประเด็นของประเทศเดียว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation type="unfinished">พิมพ์ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what is shown</source>
        <translation type="unfinished">พิมพ์สิ่งที่แสดงอยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished">ส่งออก PDF (&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export what is shown as PDF</source>
        <translation type="unfinished">ส่งออกสิ่งที่แสดงอยู่เป็น PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpare:</source>
        <translation type="unfinished">เปรียบเทียบ (&amp;M):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First country to compare</source>
        <translation type="unfinished">ประเทศแรกที่จะเปรียบเทียบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second country to compare</source>
        <translation type="unfinished">ประเทศที่สองที่จะเปรียบเทียบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third country to compare (optional)</source>
        <translation type="unfinished">ประเทศที่สามที่จะเปรียบเทียบ (ไม่บังคับ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with the &amp;international standard</source>
        <translation type="unfinished">กับมาตรฐานระหว่างประเทศ (&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the international standard in the comparison</source>
        <translation type="unfinished">รวมมาตรฐานระหว่างประเทศไว้ในการเปรียบเทียบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation type="unfinished">เปรียบเทียบ (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the chosen countries side by side</source>
        <translation type="unfinished">เปรียบเทียบประเทศที่เลือกแบบเคียงข้างกัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour law grid: key elements by country</source>
        <translation type="unfinished">ตารางกฎหมายแรงงาน: ประเด็นหลักแยกตามประเทศ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose…</source>
        <translation type="unfinished">เลือก…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+246"/>
        <location line="+51"/>
        <location line="+39"/>
        <source>International standard</source>
        <translation type="unfinished">มาตรฐานระหว่างประเทศ</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>(none)</source>
        <translation type="unfinished">(ไม่มี)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Labour law</source>
        <translation type="unfinished">กฎหมายแรงงาน</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Could not write {path}: {error}</source>
        <translation type="unfinished">เขียนไฟล์ {path} ไม่ได้: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {path}</source>
        <translation type="unfinished">บันทึก {path} แล้ว</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No summary for this country and element in this edition.</source>
        <translation type="unfinished">ฉบับนี้ยังไม่มีบทสรุปสำหรับประเทศและประเด็นนี้</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Export PDF</source>
        <translation type="unfinished">ส่งออก PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Each row is one key element of labour protection; the first column gives the international standard and the others what the law of each country says. Select a cell to read the full summary, what it means for migrant workers, the laws it cites and the date it was last checked. Pick one country to read all its elements, or two or three to compare them side by side.</source>
        <translation type="unfinished">แต่ละแถวคือประเด็นหลักหนึ่งประเด็นของการคุ้มครองแรงงาน คอลัมน์แรกแสดงมาตรฐานระหว่างประเทศ คอลัมน์อื่นแสดงสิ่งที่กฎหมายของแต่ละประเทศกำหนด เลือกช่องเพื่ออ่านบทสรุปฉบับเต็ม ความหมายต่อแรงงานข้ามชาติ กฎหมายที่อ้างอิง และวันที่ตรวจสอบล่าสุด เลือกประเทศเดียวเพื่ออ่านทุกประเด็นของประเทศนั้น หรือเลือกสองหรือสามประเทศเพื่อเปรียบเทียบแบบเคียงข้างกัน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Labour law: {n} key elements</source>
        <translation type="unfinished">กฎหมายแรงงาน: {n} ประเด็นหลัก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation type="unfinished">ประเทศ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key elements</source>
        <translation type="unfinished">ประเด็นหลัก</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your last comparison:</source>
        <translation type="unfinished">การเปรียบเทียบครั้งล่าสุดของคุณ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no labour law entry “{target}” in this edition.</source>
        <translation type="unfinished">ฉบับนี้ไม่มีรายการกฎหมายแรงงาน “{target}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found</source>
        <translation type="unfinished">ไม่พบ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{country}: {element}</source>
        <translation type="unfinished">{country}: {element}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation type="unfinished">บทสรุป</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What it means for migrant workers</source>
        <translation type="unfinished">ความหมายต่อแรงงานข้ามชาติ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Citations</source>
        <translation type="unfinished">แหล่งอ้างอิง</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Read the international standard</source>
        <translation type="unfinished">อ่านมาตรฐานระหว่างประเทศ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{country} and the instruments cited</source>
        <translation type="unfinished">{country} และตราสารที่อ้างอิง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same element in other countries</source>
        <translation type="unfinished">ประเด็นเดียวกันในประเทศอื่น</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+46"/>
        <source>See also</source>
        <translation type="unfinished">ดูเพิ่มเติม</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>All key elements for {country}</source>
        <translation type="unfinished">ประเด็นหลักทั้งหมดของ {country}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{element}: international standard</source>
        <translation type="unfinished">{element}: มาตรฐานระหว่างประเทศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this element covers</source>
        <translation type="unfinished">ประเด็นนี้ครอบคลุมอะไรบ้าง</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ratification of the instruments cited</source>
        <translation type="unfinished">การให้สัตยาบันตราสารที่อ้างอิง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In each country</source>
        <translation type="unfinished">ในแต่ละประเทศ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>International standards: the {n} key elements</source>
        <translation type="unfinished">มาตรฐานระหว่างประเทศ: {n} ประเด็นหลัก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{country}: the {n} key elements</source>
        <translation type="unfinished">{country}: {n} ประเด็นหลัก</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+92"/>
        <source>No summary in this edition.</source>
        <translation type="unfinished">ฉบับนี้ยังไม่มีบทสรุป</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+88"/>
        <source>For migrant workers:</source>
        <translation type="unfinished">สำหรับแรงงานข้ามชาติ:</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+72"/>
        <source>Citations:</source>
        <translation type="unfinished">แหล่งอ้างอิง:</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+93"/>
        <source>Open this entry</source>
        <translation type="unfinished">เปิดรายการนี้</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Choose two or three countries to compare.</source>
        <translation type="unfinished">เลือกสองหรือสามประเทศเพื่อเปรียบเทียบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation type="unfinished">เปรียบเทียบ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comparison: {countries}</source>
        <translation type="unfinished">การเปรียบเทียบ: {countries}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As of: {dates}</source>
        <translation type="unfinished">ข้อมูล ณ: {dates}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Element</source>
        <translation type="unfinished">ประเด็น</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+14"/>
        <location line="+32"/>
        <location line="+16"/>
        <source>As of {date}</source>
        <translation type="unfinished">ข้อมูล ณ {date}</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>MMN Desktop: labour law summaries (Legally Binding)</source>
        <translation type="unfinished">MMN Desktop: บทสรุปกฎหมายแรงงาน (Legally Binding)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edition built {date}</source>
        <translation type="unfinished">ฉบับที่สร้างเมื่อ {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>draft, not yet reviewed</source>
        <translation type="unfinished">ฉบับร่าง ยังไม่ได้ตรวจทาน</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>As of {first} to {last} (each element gives its own date)</source>
        <translation type="unfinished">ข้อมูล ณ {first} ถึง {last} (แต่ละประเด็นระบุวันที่ของตนเอง)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No citation given.</source>
        <translation type="unfinished">ไม่มีการอ้างอิง</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no information</source>
        <translation type="unfinished">ไม่มีข้อมูล</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Instrument</source>
        <translation type="unfinished">ตราสาร</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Vocabulary: {term}</source>
        <translation type="unfinished">คำศัพท์: {term}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mmn_desktop/ui/main_window.py" line="+117"/>
        <source>Navigation</source>
        <translation type="unfinished">การนำทาง</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>Opening the library…</source>
        <translation type="unfinished">กำลังเปิดคลังเนื้อหา…</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Search everything, in any language (Ctrl+K)</source>
        <translation type="unfinished">ค้นหาทุกเนื้อหา ในภาษาใดก็ได้ (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Search everything</source>
        <translation type="unfinished">ค้นหาทุกเนื้อหา</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Search is ready.</source>
        <translation type="unfinished">พร้อมค้นหาแล้ว</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Back</source>
        <translation type="unfinished">ย้อนกลับ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation type="unfinished">ไปข้างหน้า</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation type="unfinished">หาคำในหน้า</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation type="unfinished">ขยาย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation type="unfinished">ย่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size</source>
        <translation type="unfinished">ขนาดจริง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bookmark this page</source>
        <translation type="unfinished">บุ๊กมาร์กหน้านี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note on this page…</source>
        <translation type="unfinished">โน้ตสำหรับหน้านี้…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation type="unfinished">พิมพ์…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as PDF…</source>
        <translation type="unfinished">ส่งออกเป็น PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences…</source>
        <translation type="unfinished">การตั้งค่า…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation type="unfinished">ออกจากโปรแกรม</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Main toolbar</source>
        <translation type="unfinished">แถบเครื่องมือหลัก</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation type="unfinished">ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation type="unfinished">มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation type="unfinished">ไปที่ (&amp;G)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Interpreter view</source>
        <translation type="unfinished">มุมมองล่าม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation type="unfinished">ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About this edition</source>
        <translation type="unfinished">เกี่ยวกับฉบับนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disclaimer</source>
        <translation type="unfinished">ข้อจำกัดความรับผิดชอบ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reinstall MMN Desktop, or from a source checkout run “mmn build” to create the content database.</source>
        <translation type="unfinished">ติดตั้ง MMN Desktop ใหม่ หรือหากใช้งานจากซอร์สโค้ด ให้รันคำสั่ง “mmn build” เพื่อสร้างฐานข้อมูลเนื้อหา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The content library cannot be opened.</source>
        <translation type="unfinished">เปิดคลังเนื้อหาไม่ได้</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot open “{0}”.</source>
        <translation type="unfinished">เปิด “{0}” ไม่ได้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not found in this edition: {0}</source>
        <translation type="unfinished">ไม่พบในฉบับนี้: {0}</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Zoom {0}%</source>
        <translation type="unfinished">ซูม {0}%</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bookmarked: {0}</source>
        <translation type="unfinished">บุ๊กมาร์กแล้ว: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bookmark removed.</source>
        <translation type="unfinished">ลบบุ๊กมาร์กแล้ว</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Note saved.</source>
        <translation type="unfinished">บันทึกโน้ตแล้ว</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to print here.</source>
        <translation type="unfinished">ไม่มีอะไรให้พิมพ์ในหน้านี้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export as PDF</source>
        <translation type="unfinished">ส่งออกเป็น PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {0}</source>
        <translation type="unfinished">บันทึก {0} แล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to export here.</source>
        <translation type="unfinished">ไม่มีอะไรให้ส่งออกในหน้านี้</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Interface language</source>
        <translation type="unfinished">ภาษาของโปรแกรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new interface language is used the next time MMN Desktop starts.</source>
        <translation type="unfinished">ภาษาของโปรแกรมที่เลือกใหม่จะใช้เมื่อเปิด MMN Desktop ครั้งถัดไป</translation>
    </message>
    <message>
        <location line="-355"/>
        <location line="+361"/>
        <source>About MMN Desktop</source>
        <translation type="unfinished">เกี่ยวกับ MMN Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;MMN Desktop {0}&lt;/b&gt;&lt;p&gt;An offline reference on migration and labour in the Greater Mekong Subregion: Speaking of Migration, Terms to Avoid, Legally Binding, the ADD handbook, the bibliography and the ratification table.&lt;/p&gt;&lt;p&gt;Translations marked draft have not yet been reviewed by a native speaker. Legal summaries are not legal advice.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;b&gt;MMN Desktop {0}&lt;/b&gt;&lt;p&gt;ข้อมูลอ้างอิงแบบออฟไลน์เรื่องการย้ายถิ่นและแรงงานในอนุภูมิภาคลุ่มแม่น้ำโขง: Speaking of Migration, Terms to Avoid, Legally Binding, คู่มือ ADD, บรรณานุกรม และตารางการให้สัตยาบัน&lt;/p&gt;&lt;p&gt;คำแปลที่ระบุว่าเป็นฉบับร่างยังไม่ได้รับการตรวจทานจากเจ้าของภาษา บทสรุปกฎหมายไม่ใช่คำแนะนำทางกฎหมาย&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rebuilding the search index: {0}%</source>
        <translation type="unfinished">กำลังสร้างดัชนีการค้นหาใหม่: {0}%</translation>
    </message>
    <message>
        <location filename="../../mmn_desktop/app.py" line="+190"/>
        <source>Your notes cannot be opened</source>
        <translation type="unfinished">เปิดโน้ตของคุณไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file with your bookmarks and notes is damaged:
{0}

Move it aside (it is kept, renamed) and start a new, empty one?</source>
        <translation type="unfinished">ไฟล์ที่เก็บบุ๊กมาร์กและโน้ตของคุณเสียหาย:
{0}

ย้ายไฟล์นี้ออกไปก่อน (ไฟล์จะถูกเก็บไว้โดยเปลี่ยนชื่อ) แล้วเริ่มไฟล์ใหม่ที่ว่างเปล่าหรือไม่?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The damaged file was kept as {0}</source>
        <translation type="unfinished">เก็บไฟล์ที่เสียหายไว้เป็น {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your notes and bookmarks cannot be opened: {0}</source>
        <translation type="unfinished">เปิดโน้ตและบุ๊กมาร์กของคุณไม่ได้: {0}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../mmn_desktop/ui/messages.py" line="+17"/>
        <source>This Burmese text looks like Zawgyi; it was converted to Unicode for the search.</source>
        <translation type="unfinished">ข้อความภาษาพม่านี้ดูเหมือนใช้ Zawgyi จึงแปลงเป็น Unicode เพื่อการค้นหา</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This Burmese text may be Zawgyi; both readings were searched.</source>
        <translation type="unfinished">ข้อความภาษาพม่านี้อาจใช้ Zawgyi จึงค้นหาทั้งสองแบบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search was cut to its first {0} characters.</source>
        <translation type="unfinished">คำค้นถูกตัดให้เหลือ {0} ตัวอักษรแรก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search index had to be rebuilt ({0}); this takes a few seconds, once.</source>
        <translation type="unfinished">ต้องสร้างดัชนีการค้นหาใหม่ ({0}) ซึ่งใช้เวลาไม่กี่วินาทีและทำเพียงครั้งเดียว</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The content database is missing: {0}</source>
        <translation type="unfinished">ไม่พบฐานข้อมูลเนื้อหา: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The content database was made by another version of MMN Desktop, or is damaged: {0}</source>
        <translation type="unfinished">ฐานข้อมูลเนื้อหาสร้างจาก MMN Desktop รุ่นอื่น หรือเสียหาย: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file with your bookmarks and notes cannot be used: {0}</source>
        <translation type="unfinished">ใช้ไฟล์ที่เก็บบุ๊กมาร์กและโน้ตของคุณไม่ได้: {0}</translation>
    </message>
</context>
<context>
    <name>NavModel</name>
    <message>
        <location filename="../../mmn_desktop/ui/navigation.py" line="+65"/>
        <source>Search</source>
        <translation type="unfinished">ค้นหา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocabulary</source>
        <translation type="unfinished">คำศัพท์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms to Avoid</source>
        <translation type="unfinished">คำที่ควรหลีกเลี่ยง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour Law</source>
        <translation type="unfinished">กฎหมายแรงงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADD Handbook</source>
        <translation type="unfinished">คู่มือ ADD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bibliography</source>
        <translation type="unfinished">บรรณานุกรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratifications</source>
        <translation type="unfinished">การให้สัตยาบัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Notes</source>
        <translation type="unfinished">โน้ตของฉัน</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} (Ctrl+{1})</source>
        <translation type="unfinished">{0} (Ctrl+{1})</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../mmn_desktop/ui/dialogs/note.py" line="+11"/>
        <source>Note: {0}</source>
        <translation type="unfinished">โน้ต: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your note on “{0}”. It stays on this computer. Leave it empty to delete the note.</source>
        <translation type="unfinished">โน้ตของคุณเกี่ยวกับ “{0}” เก็บไว้ในคอมพิวเตอร์เครื่องนี้เท่านั้น เว้นว่างไว้หากต้องการลบโน้ต</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note text</source>
        <translation type="unfinished">ข้อความโน้ต</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../mmn_desktop/ui/views/notes.py" line="+81"/>
        <source>My notes</source>
        <translation type="unfinished">โน้ตของฉัน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bookmarks</source>
        <translation type="unfinished">บุ๊กมาร์ก</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation type="unfinished">โน้ต</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search history</source>
        <translation type="unfinished">ประวัติการค้นหา</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove selected</source>
        <translation type="unfinished">ลบรายการที่เลือก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected bookmark, note or search</source>
        <translation type="unfinished">ลบบุ๊กมาร์ก โน้ต หรือคำค้นที่เลือก</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <source>Clear search history</source>
        <translation type="unfinished">ล้างประวัติการค้นหา</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Clear the whole search history</source>
        <translation type="unfinished">ล้างประวัติการค้นหาทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as Markdown…</source>
        <translation type="unfinished">ส่งออกเป็น Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export bookmarks and notes as Markdown</source>
        <translation type="unfinished">ส่งออกบุ๊กมาร์กและโน้ตเป็น Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as JSON…</source>
        <translation type="unfinished">ส่งออกเป็น JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export bookmarks and notes as JSON</source>
        <translation type="unfinished">ส่งออกบุ๊กมาร์กและโน้ตเป็น JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your bookmarks, notes and searches stay on this computer, apart from the content. Ctrl+D bookmarks the page you are reading; Ctrl+Shift+N writes a note on it.</source>
        <translation type="unfinished">บุ๊กมาร์ก โน้ต และคำค้นของคุณเก็บไว้ในคอมพิวเตอร์เครื่องนี้ แยกจากเนื้อหา กด Ctrl+D เพื่อบุ๊กมาร์กหน้าที่กำลังอ่าน กด Ctrl+Shift+N เพื่อเขียนโน้ตสำหรับหน้านั้น</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>My Notes</source>
        <translation type="unfinished">โน้ตของฉัน</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your notes cannot be opened (see the status bar).</source>
        <translation type="unfinished">เปิดโน้ตของคุณไม่ได้ (ดูที่แถบสถานะ)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No bookmarks yet.</source>
        <translation type="unfinished">ยังไม่มีบุ๊กมาร์ก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notes yet.</source>
        <translation type="unfinished">ยังไม่มีโน้ต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No searches remembered.</source>
        <translation type="unfinished">ไม่มีคำค้นที่จำไว้</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Forget every search you made? Bookmarks and notes are kept.</source>
        <translation type="unfinished">ลบคำค้นทั้งหมดที่เคยค้นหรือไม่? บุ๊กมาร์กและโน้ตจะยังอยู่</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved {0}</source>
        <translation type="unfinished">บันทึก {0} แล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished">Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished">JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export my notes</source>
        <translation type="unfinished">ส่งออกโน้ตของฉัน</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../mmn_desktop/ui/dialogs/preferences.py" line="+16"/>
        <source>Preferences</source>
        <translation type="unfinished">การตั้งค่า</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading language</source>
        <translation type="unfinished">ภาษาเนื้อหา</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface language</source>
        <translation type="unfinished">ภาษาของโปรแกรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Follow the system</source>
        <translation type="unfinished">ตามระบบ</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{0} (draft translation)</source>
        <translation type="unfinished">{0} (คำแปลฉบับร่าง)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Theme</source>
        <translation type="unfinished">ธีม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light</source>
        <translation type="unfinished">สว่าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation type="unfinished">มืด</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text size</source>
        <translation type="unfinished">ขนาดตัวอักษร</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read content in:</source>
        <translation type="unfinished">อ่านเนื้อหาเป็นภาษา:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language:</source>
        <translation type="unfinished">ภาษาของโปรแกรม:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new interface language is used after a restart.</source>
        <translation type="unfinished">ภาษาของโปรแกรมที่เปลี่ยนใหม่จะมีผลหลังจากเปิดโปรแกรมใหม่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme:</source>
        <translation type="unfinished">ธีม:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size:</source>
        <translation type="unfinished">ขนาดตัวอักษร:</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../mmn_desktop/ui/i18n.py" line="+41"/>
        <source>&amp;OK</source>
        <translation type="unfinished">ตกลง (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">ยกเลิก (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation type="unfinished">บันทึก (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation type="unfinished">ปิด (&amp;C)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-10"/>
        <source>OK</source>
        <translation type="unfinished">ตกลง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">ยกเลิก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation type="unfinished">บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">ปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation type="unfinished">ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation type="unfinished">ไม่ใช่ (&amp;N)</translation>
    </message>
</context>
<context>
    <name>RatificationsModel</name>
    <message>
        <location filename="../../mmn_desktop/ui/views/ratifications.py" line="+178"/>
        <source>adopted {year}</source>
        <translation type="unfinished">รับรองเมื่อปี {year}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>fundamental</source>
        <translation type="unfinished">อนุสัญญาหลัก</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No information</source>
        <translation type="unfinished">ไม่มีข้อมูล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratified {year}</source>
        <translation type="unfinished">ให้สัตยาบันปี {year}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ratified</source>
        <translation type="unfinished">ให้สัตยาบันแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed {year}</source>
        <translation type="unfinished">ลงนามปี {year}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed</source>
        <translation type="unfinished">ลงนามแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ratified</source>
        <translation type="unfinished">ยังไม่ให้สัตยาบัน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No information in this edition.</source>
        <translation type="unfinished">ฉบับนี้ไม่มีข้อมูล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {status}</source>
        <translation type="unfinished">สถานะ: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year: {year}</source>
        <translation type="unfinished">ปี: {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: {note}</source>
        <translation type="unfinished">หมายเหตุ: {note}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: {source}</source>
        <translation type="unfinished">แหล่งที่มา: {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of {date}</source>
        <translation type="unfinished">ข้อมูล ณ {date}</translation>
    </message>
</context>
<context>
    <name>RatificationsView</name>
    <message>
        <location line="+147"/>
        <source>&amp;Show:</source>
        <translation type="unfinished">แสดง (&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which instruments to show</source>
        <translation type="unfinished">ตราสารที่จะแสดง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All instruments</source>
        <translation type="unfinished">ตราสารทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN treaties</source>
        <translation type="unfinished">สนธิสัญญาของสหประชาชาติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILO conventions</source>
        <translation type="unfinished">อนุสัญญา ILO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILO fundamental conventions</source>
        <translation type="unfinished">อนุสัญญาหลักของ ILO</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished">ส่งออก CSV (&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the grid as a CSV file</source>
        <translation type="unfinished">ส่งออกตารางเป็นไฟล์ CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation type="unfinished">พิมพ์ (&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what is shown</source>
        <translation type="unfinished">พิมพ์สิ่งที่แสดงอยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished">ส่งออก PDF (&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export what is shown as PDF</source>
        <translation type="unfinished">ส่งออกสิ่งที่แสดงอยู่เป็น PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legend</source>
        <translation type="unfinished">คำอธิบายสัญลักษณ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratifications: instruments by country</source>
        <translation type="unfinished">การให้สัตยาบัน: ตราสารแยกตามประเทศ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ratified (or acceded): the country is bound</source>
        <translation type="unfinished">ให้สัตยาบัน (หรือภาคยานุวัติ) แล้ว: ประเทศมีพันธกรณีผูกพัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed, not ratified: not bound</source>
        <translation type="unfinished">ลงนามแล้ว ยังไม่ให้สัตยาบัน: ยังไม่มีพันธกรณีผูกพัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ratified</source>
        <translation type="unfinished">ยังไม่ให้สัตยาบัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No information</source>
        <translation type="unfinished">ไม่มีข้อมูล</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As of {date}.</source>
        <translation type="unfinished">ข้อมูล ณ {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hover over a cell for the year and the source; select it for the details.</source>
        <translation type="unfinished">วางเมาส์เหนือช่องเพื่อดูปีและแหล่งที่มา เลือกช่องเพื่อดูรายละเอียด</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ratifications</source>
        <translation type="unfinished">การให้สัตยาบัน</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+32"/>
        <source>Saved {path}</source>
        <translation type="unfinished">บันทึก {path} แล้ว</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write {path}: {error}</source>
        <translation type="unfinished">เขียนไฟล์ {path} ไม่ได้: {error}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Export CSV</source>
        <translation type="unfinished">ส่งออก CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export PDF</source>
        <translation type="unfinished">ส่งออก PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>MMN Desktop: ratifications of international instruments</source>
        <translation type="unfinished">MMN Desktop: การให้สัตยาบันตราสารระหว่างประเทศ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edition built {date}</source>
        <translation type="unfinished">ฉบับที่สร้างเมื่อ {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no information</source>
        <translation type="unfinished">ไม่มีข้อมูล</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year signed</source>
        <translation type="unfinished">ปีที่ลงนาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year ratified or acceded</source>
        <translation type="unfinished">ปีที่ให้สัตยาบันหรือภาคยานุวัติ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+147"/>
        <source>Instrument</source>
        <translation type="unfinished">ตราสาร</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>International Labour Organization</source>
        <translation type="unfinished">องค์การแรงงานระหว่างประเทศ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>United Nations</source>
        <translation type="unfinished">สหประชาชาติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation type="unfinished">องค์การ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopted</source>
        <translation type="unfinished">รับรองเมื่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation type="unfinished">ใช่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished">ไม่ใช่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILO fundamental convention</source>
        <translation type="unfinished">อนุสัญญาหลักของ ILO</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ratifications of international instruments</source>
        <translation type="unfinished">การให้สัตยาบันตราสารระหว่างประเทศ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which of the main UN human rights treaties and ILO conventions each country has ratified or acceded to (and is therefore bound by), has only signed, or has not ratified. Select a cell for the year, the source and any note; select an instrument&apos;s name for all countries at once.</source>
        <translation type="unfinished">แต่ละประเทศได้ให้สัตยาบันหรือภาคยานุวัติ (และจึงมีพันธกรณีผูกพัน) เพียงลงนาม หรือยังไม่ได้ให้สัตยาบัน สนธิสัญญาหลักด้านสิทธิมนุษยชนของสหประชาชาติและอนุสัญญา ILO ฉบับใดบ้าง เลือกช่องเพื่อดูปี แหล่งที่มา และหมายเหตุ (ถ้ามี) เลือกชื่อตราสารเพื่อดูทุกประเทศพร้อมกัน</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+81"/>
        <source>Country</source>
        <translation type="unfinished">ประเทศ</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>✓ Ratified</source>
        <translation type="unfinished">✓ ให้สัตยาบันแล้ว</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>~ Signed</source>
        <translation type="unfinished">~ ลงนามแล้ว</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ Not ratified</source>
        <translation type="unfinished">✗ ยังไม่ให้สัตยาบัน</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} instruments in this edition.</source>
        <translation type="unfinished">ฉบับนี้มีตราสาร {n} ฉบับ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources</source>
        <translation type="unfinished">แหล่งที่มา</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no ratification entry “{target}” in this edition.</source>
        <translation type="unfinished">ฉบับนี้ไม่มีรายการการให้สัตยาบัน “{target}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found</source>
        <translation type="unfinished">ไม่พบ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{country}: {code} {title}</source>
        <translation type="unfinished">{country}: {code} {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+40"/>
        <location line="+32"/>
        <source>Status</source>
        <translation type="unfinished">สถานะ</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>No information in this edition.</source>
        <translation type="unfinished">ฉบับนี้ไม่มีข้อมูล</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+36"/>
        <location line="+32"/>
        <source>Note</source>
        <translation type="unfinished">หมายเหตุ</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Source</source>
        <translation type="unfinished">แหล่งที่มา</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+45"/>
        <location line="+34"/>
        <location line="+32"/>
        <source>As of</source>
        <translation type="unfinished">ข้อมูล ณ</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Other countries</source>
        <translation type="unfinished">ประเทศอื่น</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Labour law of {country} on the elements it sets a standard for</source>
        <translation type="unfinished">กฎหมายแรงงานของ {country} ในประเด็นที่ตราสารนี้กำหนดมาตรฐานไว้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All instruments for {country}</source>
        <translation type="unfinished">ตราสารทั้งหมดสำหรับ {country}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status in each country</source>
        <translation type="unfinished">สถานะในแต่ละประเทศ</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+31"/>
        <source>Source:</source>
        <translation type="unfinished">แหล่งที่มา:</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Labour law elements that cite it</source>
        <translation type="unfinished">ประเด็นกฎหมายแรงงานที่อ้างอิงตราสารนี้</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{country}: ratifications</source>
        <translation type="unfinished">{country}: การให้สัตยาบัน</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../mmn_desktop/ui/widgets/reader.py" line="-76"/>
        <source>Reading pane</source>
        <translation type="unfinished">ช่องแสดงเนื้อหา</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../mmn_desktop/ui/search/view.py" line="+55"/>
        <source>Filter by work</source>
        <translation type="unfinished">กรองตามหมวด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All works</source>
        <translation type="unfinished">ทุกหมวด</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by language</source>
        <translation type="unfinished">กรองตามภาษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All languages</source>
        <translation type="unfinished">ทุกภาษา</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by country</source>
        <translation type="unfinished">กรองตามประเทศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation type="unfinished">ทุกประเทศ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Work:</source>
        <translation type="unfinished">หมวด:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation type="unfinished">ภาษา:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation type="unfinished">ประเทศ:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search status</source>
        <translation type="unfinished">สถานะการค้นหา</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation type="unfinished">ผลการค้นหา</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search failed: {0}</source>
        <translation type="unfinished">ค้นหาไม่สำเร็จ: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation type="unfinished">ค้นหา</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type in any of the seven languages to search every work. Down moves into the results, Enter opens, Esc clears.</source>
        <translation type="unfinished">พิมพ์ภาษาใดก็ได้จากเจ็ดภาษาเพื่อค้นหาในทุกหมวด กดลูกศรลงเพื่อไปยังผลการค้นหา กด Enter เพื่อเปิด กด Esc เพื่อล้าง</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing found for “{0}”.</source>
        <translation type="unfinished">ไม่พบผลลัพธ์สำหรับ “{0}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Did you mean {0}?</source>
        <translation type="unfinished">คุณหมายถึง {0} ใช่ไหม?</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Try fewer words, another spelling, or remove the filters.</source>
        <translation type="unfinished">ลองใช้คำให้น้อยลง สะกดแบบอื่น หรือยกเลิกตัวกรอง</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform>%n ผลลัพธ์</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no exact match; showing close spellings)</source>
        <translation type="unfinished">(ไม่พบคำที่ตรงกันทุกตัวอักษร จึงแสดงคำที่สะกดใกล้เคียง)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no entry has every word; showing entries with any of them)</source>
        <translation type="unfinished">(ไม่มีรายการใดมีครบทุกคำ จึงแสดงรายการที่มีคำใดคำหนึ่ง)</translation>
    </message>
</context>
<context>
    <name>VocabularyView</name>
    <message>
        <location filename="../../mmn_desktop/ui/views/vocabulary.py" line="+279"/>
        <source>Reading language</source>
        <translation type="unfinished">ภาษาเนื้อหา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">ภาษา (&amp;L):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter concepts (any language)</source>
        <translation type="unfinished">กรองแนวคิด (ภาษาใดก็ได้)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter concepts</source>
        <translation type="unfinished">กรองแนวคิด</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Concepts</source>
        <translation type="unfinished">แนวคิด</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number of concepts shown</source>
        <translation type="unfinished">จำนวนแนวคิดที่แสดง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Interpreter view</source>
        <translation type="unfinished">มุมมองล่าม (&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the interpreter view</source>
        <translation type="unfinished">เปิดมุมมองล่าม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every term in two languages side by side, in large type</source>
        <translation type="unfinished">คำศัพท์ทุกคำในสองภาษาแบบเคียงข้างกัน ด้วยตัวอักษรขนาดใหญ่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Concept</source>
        <translation type="unfinished">แนวคิด</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+160"/>
        <source>Vocabulary</source>
        <translation type="unfinished">คำศัพท์</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Copied ({0})</source>
        <translation type="unfinished">คัดลอกแล้ว ({0})</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n concept(s)</source>
        <translation type="unfinished">
            <numerusform>%n แนวคิด</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No concepts match the filter</source>
        <translation type="unfinished">ไม่มีแนวคิดที่ตรงกับตัวกรอง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1} concepts</source>
        <translation type="unfinished">{0} จาก {1} แนวคิด</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no concept called “{0}”.</source>
        <translation type="unfinished">ไม่มีแนวคิดชื่อ “{0}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a concept from the list to read it in all seven languages.</source>
        <translation type="unfinished">เลือกแนวคิดจากรายการเพื่ออ่านในทั้งเจ็ดภาษา</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Related concepts</source>
        <translation type="unfinished">แนวคิดที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instead of:</source>
        <translation type="unfinished">ใช้แทนคำว่า:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not yet translated into this language.</source>
        <translation type="unfinished">ยังไม่ได้แปลเป็นภาษานี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reviewed by {0}</source>
        <translation type="unfinished">ตรวจทานโดย {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation type="unfinished">คัดลอก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes:</source>
        <translation type="unfinished">หมายเหตุ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Examples:</source>
        <translation type="unfinished">ตัวอย่าง:</translation>
    </message>
</context>
</TS>

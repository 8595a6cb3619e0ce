<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AvoidView</name>
    <message>
        <location filename="../../mmn_desktop/ui/views/avoid.py" line="+193"/>
        <location line="+28"/>
        <location line="+83"/>
        <location line="+143"/>
        <source>Terms to avoid</source>
        <translation type="unfinished">Từ ngữ cần tránh</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>&amp;Terms to avoid</source>
        <translation type="unfinished">&amp;Từ ngữ cần tránh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text &amp;checker</source>
        <translation type="unfinished">&amp;Kiểm tra văn bản</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Filter terms (any language)</source>
        <translation type="unfinished">Lọc từ ngữ (bất kỳ ngôn ngữ nào)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter terms to avoid</source>
        <translation type="unfinished">Lọc từ ngữ cần tránh</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number of terms shown</source>
        <translation type="unfinished">Số từ ngữ đang hiển thị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Term to avoid</source>
        <translation type="unfinished">Từ ngữ cần tránh</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Type or paste text in any of the seven languages. Terms to avoid are marked in the text; the list beside it says why each one harms and what to say instead. A mark can be a false alarm (the same letters inside another word): read the reason and judge.</source>
        <translation type="unfinished">Gõ hoặc dán văn bản bằng bất kỳ ngôn ngữ nào trong bảy ngôn ngữ. Các từ ngữ cần tránh được đánh dấu trong văn bản; danh sách bên cạnh giải thích vì sao mỗi từ gây hại và nên nói thế nào thay thế. Một dấu đánh có thể là báo nhầm (cùng các chữ cái nằm trong một từ khác): hãy đọc lý do và tự đánh giá.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text to check</source>
        <translation type="unfinished">Văn bản cần kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or paste text here…</source>
        <translation type="unfinished">Gõ hoặc dán văn bản vào đây…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result of the check</source>
        <translation type="unfinished">Kết quả kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear text</source>
        <translation type="unfinished">&amp;Xóa văn bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the text</source>
        <translation type="unfinished">Xóa văn bản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terms to avoid found</source>
        <translation type="unfinished">Các từ ngữ cần tránh đã tìm thấy</translation>
    </message>
    <message numerus="yes">
        <location line="+159"/>
        <source>%n term(s) to avoid</source>
        <translation type="unfinished">
            <numerusform>%n từ ngữ cần tránh</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No terms match the filter</source>
        <translation type="unfinished">Không có từ ngữ nào khớp với bộ lọc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1} terms</source>
        <translation type="unfinished">{0} trên {1} từ ngữ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no term to avoid called “{0}”.</source>
        <translation type="unfinished">Không có từ ngữ cần tránh nào tên là “{0}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Words that demean or mislead about migrants, why they harm, and what to say instead. Choose a term from the list, or check your own text in the Text checker tab.</source>
        <translation type="unfinished">Những từ ngữ hạ thấp hoặc gây hiểu sai về người di cư, vì sao chúng gây hại và nên nói thế nào thay thế. Hãy chọn một từ trong danh sách, hoặc kiểm tra văn bản của bạn ở thẻ Kiểm tra văn bản.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Why it harms</source>
        <translation type="unfinished">Vì sao từ này gây hại</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reason is not yet translated into {0}; shown in English.</source>
        <translation type="unfinished">Lý do chưa được dịch sang {0}; đang hiển thị bằng tiếng Anh.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+149"/>
        <source>Say instead:</source>
        <translation type="unfinished">Nên nói:</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>The term in each language</source>
        <translation type="unfinished">Từ này trong từng ngôn ngữ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not listed for: {0}.</source>
        <translation type="unfinished">Chưa có trong danh sách cho: {0}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The text could not be checked.</source>
        <translation type="unfinished">Không kiểm tra được văn bản.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+42"/>
        <source>No terms to avoid found</source>
        <translation type="unfinished">Không tìm thấy từ ngữ cần tránh nào</translation>
    </message>
    <message numerus="yes">
        <location line="-40"/>
        <location line="+48"/>
        <source>%n term(s) to avoid found</source>
        <translation type="unfinished">
            <numerusform>Tìm thấy %n từ ngữ cần tránh</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Term to avoid: {0}
Say instead: {1}</source>
        <translation type="unfinished">Từ ngữ cần tránh: {0}
Nên nói: {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type or paste text on the left to check it.</source>
        <translation type="unfinished">Gõ hoặc dán văn bản vào ô bên trái để kiểm tra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of the listed terms to avoid is in this text.</source>
        <translation type="unfinished">Văn bản này không có từ ngữ nào trong danh sách cần tránh.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}, line {1}</source>
        <translation type="unfinished">{0}, dòng {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>and {0} more</source>
        <translation type="unfinished">và {0} chỗ khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found:</source>
        <translation type="unfinished">Tìm thấy:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it harms:</source>
        <translation type="unfinished">Vì sao gây hại:</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+8"/>
        <source>Text check</source>
        <translation type="unfinished">Kiểm tra văn bản</translation>
    </message>
</context>
<context>
    <name>BibliographyView</name>
    <message>
        <location filename="../../mmn_desktop/ui/views/bibliography.py" line="+82"/>
        <source>Book</source>
        <translation type="unfinished">Sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation type="unfinished">Báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation type="unfinished">Bài báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book chapter</source>
        <translation type="unfinished">Chương sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefing paper</source>
        <translation type="unfinished">Tài liệu tóm tắt chính sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proceedings</source>
        <translation type="unfinished">Kỷ yếu hội thảo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page</source>
        <translation type="unfinished">Trang web</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Migration status</source>
        <translation type="unfinished">Tình trạng di cư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents and procedures</source>
        <translation type="unfinished">Giấy tờ và thủ tục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recruitment</source>
        <translation type="unfinished">Tuyển dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour rights</source>
        <translation type="unfinished">Quyền lao động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrest, detention and deportation</source>
        <translation type="unfinished">Bắt giữ, tạm giam và trục xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trafficking</source>
        <translation type="unfinished">Mua bán người</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation type="unfinished">Sức khỏe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation type="unfinished">Giáo dục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation type="unfinished">Gia đình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social protection</source>
        <translation type="unfinished">An sinh xã hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation type="unfinished">Giới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advocacy</source>
        <translation type="unfinished">Vận động chính sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional policy</source>
        <translation type="unfinished">Chính sách khu vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment and climate</source>
        <translation type="unfinished">Môi trường và khí hậu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic zones</source>
        <translation type="unfinished">Khu kinh tế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugees</source>
        <translation type="unfinished">Người tị nạn</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+579"/>
        <source>Year</source>
        <translation type="unfinished">Năm</translation>
    </message>
    <message>
        <location line="-578"/>
        <source>Authors / organisation</source>
        <translation type="unfinished">Tác giả / tổ chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished">Nhan đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+579"/>
        <source>Type</source>
        <translation type="unfinished">Loại</translation>
    </message>
    <message>
        <location line="-578"/>
        <location line="+580"/>
        <source>Countries</source>
        <translation type="unfinished">Quốc gia</translation>
    </message>
    <message>
        <location line="-579"/>
        <location line="+580"/>
        <source>Languages</source>
        <translation type="unfinished">Ngôn ngữ</translation>
    </message>
    <message>
        <location line="-419"/>
        <source>Filter by title, author, publisher or annotation</source>
        <translation type="unfinished">Lọc theo nhan đề, tác giả, nhà xuất bản hoặc chú giải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter records by words</source>
        <translation type="unfinished">Lọc tài liệu theo từ khóa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All countries</source>
        <translation type="unfinished">Tất cả quốc gia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter by country</source>
        <translation type="unfinished">Lọc theo quốc gia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All topics</source>
        <translation type="unfinished">Tất cả chủ đề</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter by topic</source>
        <translation type="unfinished">Lọc theo chủ đề</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All languages</source>
        <translation type="unfinished">Tất cả ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by language of publication</source>
        <translation type="unfinished">Lọc theo ngôn ngữ xuất bản</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All types</source>
        <translation type="unfinished">Tất cả các loại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter by type</source>
        <translation type="unfinished">Lọc theo loại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From year</source>
        <translation type="unfinished">Từ năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To year</source>
        <translation type="unfinished">Đến năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset filters</source>
        <translation type="unfinished">Đặt lại bộ lọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset all filters</source>
        <translation type="unfinished">Đặt lại tất cả bộ lọc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of records shown</source>
        <translation type="unfinished">Số tài liệu đang hiển thị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation type="unfinished">Xuất…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+348"/>
        <source>Export records</source>
        <translation type="unfinished">Xuất tài liệu</translation>
    </message>
    <message>
        <location line="-347"/>
        <source>Export the selected or the shown records as RIS, BibTeX or CSL-JSON</source>
        <translation type="unfinished">Xuất các tài liệu đã chọn hoặc đang hiển thị dưới dạng RIS, BibTeX hoặc CSL-JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bibliography records</source>
        <translation type="unfinished">Danh sách tài liệu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Record details</source>
        <translation type="unfinished">Chi tiết tài liệu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Years:</source>
        <translation type="unfinished">Năm:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation type="unfinished">đến</translation>
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
        <translation type="unfinished">Các tài liệu đã chọn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All shown (filtered)</source>
        <translation type="unfinished">Tất cả tài liệu đang hiển thị (đã lọc)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bibliography</source>
        <translation type="unfinished">Thư mục tài liệu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not found: {0}</source>
        <translation type="unfinished">Không tìm thấy: {0}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved {0}</source>
        <translation type="unfinished">Đã lưu {0}</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+160"/>
        <source>{0} of {1} records</source>
        <translation type="unfinished">{0} trên {1} tài liệu</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>RIS files (*.ris)</source>
        <translation type="unfinished">Tệp RIS (*.ris)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BibTeX files (*.bib)</source>
        <translation type="unfinished">Tệp BibTeX (*.bib)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSL-JSON files (*.json)</source>
        <translation type="unfinished">Tệp CSL-JSON (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export failed</source>
        <translation type="unfinished">Xuất không thành công</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write {0}: {1}</source>
        <translation type="unfinished">Không ghi được {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {0} records to {1}</source>
        <translation type="unfinished">Đã xuất {0} tài liệu vào {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a record to read its annotation.</source>
        <translation type="unfinished">Chọn một tài liệu để đọc phần chú giải.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select several records (Ctrl or Shift) to export just those.</source>
        <translation type="unfinished">Chọn nhiều tài liệu (giữ Ctrl hoặc Shift) để chỉ xuất những tài liệu đó.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Annotation</source>
        <translation type="unfinished">Chú giải</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authors</source>
        <translation type="unfinished">Tác giả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation type="unfinished">Tổ chức</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publisher</source>
        <translation type="unfinished">Nhà xuất bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation type="unfinished">Nơi xuất bản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <translation type="unfinished">Chủ đề</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Address</source>
        <translation type="unfinished">Địa chỉ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Related entries</source>
        <translation type="unfinished">Mục liên quan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cited in this edition</source>
        <translation type="unfinished">Được trích dẫn trong ấn bản này</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../mmn_desktop/ui/dialogs/error.py" line="+33"/>
        <source>Something went wrong</source>
        <translation type="unfinished">Đã xảy ra lỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation type="unfinished">Lỗi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MMN Desktop keeps running. If this happens again, copy the details and send them to whoever supports your installation.</source>
        <translation type="unfinished">MMN Desktop vẫn tiếp tục chạy. Nếu lỗi này lặp lại, hãy sao chép phần chi tiết và gửi cho người hỗ trợ cài đặt máy của bạn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error details</source>
        <translation type="unfinished">Chi tiết lỗi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy details</source>
        <translation type="unfinished">Sao chép chi tiết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy details to the clipboard</source>
        <translation type="unfinished">Sao chép chi tiết vào bộ nhớ tạm</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location line="+41"/>
        <source>An unexpected error happened: {0}</source>
        <translation type="unfinished">Đã xảy ra lỗi không mong muốn: {0}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../mmn_desktop/ui/widgets/reader.py" line="+47"/>
        <source>Find in this page</source>
        <translation type="unfinished">Tìm trong trang này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in page</source>
        <translation type="unfinished">Tìm trong trang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous</source>
        <translation type="unfinished">Trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation type="unfinished">Kết quả trước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation type="unfinished">Tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation type="unfinished">Kết quả tiếp theo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished">Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close find bar</source>
        <translation type="unfinished">Đóng thanh tìm kiếm</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not found</source>
        <translation type="unfinished">Không tìm thấy</translation>
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
        <translation type="unfinished">Về ấn bản này</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Contents</source>
        <translation type="unfinished">Mục lục</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Handbook contents</source>
        <translation type="unfinished">Mục lục sổ tay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chapters, their sections and language versions</source>
        <translation type="unfinished">Các chương, các mục và các bản ngôn ngữ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chapter text</source>
        <translation type="unfinished">Nội dung chương</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Find in chapter</source>
        <translation type="unfinished">Tìm trong chương</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Find a word in this chapter (Ctrl+F)</source>
        <translation type="unfinished">Tìm một từ trong chương này (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation type="unfinished">In…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print this chapter</source>
        <translation type="unfinished">In chương này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export PDF…</source>
        <translation type="unfinished">Xuất PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this chapter as PDF</source>
        <translation type="unfinished">Xuất chương này ra tệp PDF</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>ADD handbook</source>
        <translation type="unfinished">Sổ tay ADD</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not found: {0}</source>
        <translation type="unfinished">Không tìm thấy: {0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved {0}</source>
        <translation type="unfinished">Đã lưu {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Language: {0}</source>
        <translation type="unfinished">Ngôn ngữ: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Also in:</source>
        <translation type="unfinished">Các bản ngôn ngữ khác:</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Export chapter as PDF</source>
        <translation type="unfinished">Xuất chương ra tệp PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Html</name>
    <message>
        <location filename="../../mmn_desktop/ui/html.py" line="+92"/>
        <source>A summary, not legal advice. Laws change: check the law itself and ask a lawyer or a legal aid organisation before acting on it.</source>
        <translation type="unfinished">Đây là bản tóm tắt, không phải tư vấn pháp lý. Luật có thể thay đổi: hãy đối chiếu với văn bản luật và hỏi luật sư hoặc tổ chức trợ giúp pháp lý trước khi hành động.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Draft: not yet reviewed by a native speaker.</source>
        <translation type="unfinished">Bản nháp: chưa được người bản ngữ rà soát.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Not legal advice.</source>
        <translation type="unfinished">Không phải tư vấn pháp lý.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>admitted</source>
        <translation type="unfinished">chấp nhận được</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deprecated</source>
        <translation type="unfinished">không nên dùng</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>draft, not yet reviewed</source>
        <translation type="unfinished">bản nháp, chưa được rà soát</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>draft translation</source>
        <translation type="unfinished">bản dịch nháp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not ratified</source>
        <translation type="unfinished">chưa phê chuẩn</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>preferred</source>
        <translation type="unfinished">nên dùng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ratified</source>
        <translation type="unfinished">đã phê chuẩn</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>reviewed</source>
        <translation type="unfinished">đã rà soát</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signed, not ratified</source>
        <translation type="unfinished">đã ký, chưa phê chuẩn</translation>
    </message>
</context>
<context>
    <name>InterpreterView</name>
    <message>
        <location filename="../../mmn_desktop/ui/views/interpreter.py" line="+152"/>
        <location line="+6"/>
        <source>Not yet translated into this language.</source>
        <translation type="unfinished">Chưa được dịch sang ngôn ngữ này.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Meaning ({0})</source>
        <translation type="unfinished">Nghĩa ({0})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not translated</source>
        <translation type="unfinished">chưa dịch</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Interpreter view</source>
        <translation type="unfinished">Chế độ phiên dịch</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>Terms in two languages</source>
        <translation type="unfinished">Thuật ngữ bằng hai ngôn ngữ</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Close full screen (Esc)</source>
        <translation type="unfinished">Thoát toàn màn hình (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close full screen</source>
        <translation type="unfinished">Thoát toàn màn hình</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>First language</source>
        <translation type="unfinished">Ngôn ngữ thứ nhất</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second language</source>
        <translation type="unfinished">Ngôn ngữ thứ hai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation type="unfinished">&amp;Từ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation type="unfinished">&amp;Sang:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Swap ⇄</source>
        <translation type="unfinished">Đổi chiều ⇄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap the two languages</source>
        <translation type="unfinished">Đổi chỗ hai ngôn ngữ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter (any language)</source>
        <translation type="unfinished">Lọc (bất kỳ ngôn ngữ nào)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter terms</source>
        <translation type="unfinished">Lọc thuật ngữ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen (F11)</source>
        <translation type="unfinished">Toàn màn hình (F11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the table full screen</source>
        <translation type="unfinished">Hiển thị bảng toàn màn hình</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number of concepts shown</source>
        <translation type="unfinished">Số khái niệm đang hiển thị</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Interpreter</source>
        <translation type="unfinished">Phiên dịch</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n concept(s)</source>
        <translation type="unfinished">
            <numerusform>%n khái niệm</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No concepts match the filter</source>
        <translation type="unfinished">Không có khái niệm nào khớp với bộ lọc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1} concepts</source>
        <translation type="unfinished">{0} trên {1} khái niệm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Glossary: {0} and {1}</source>
        <translation type="unfinished">Bảng thuật ngữ: {0} và {1}</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../mmn_desktop/ui/search/results.py" line="+24"/>
        <source>Vocabulary</source>
        <translation type="unfinished">Từ vựng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms to avoid</source>
        <translation type="unfinished">Từ ngữ cần tránh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour law</source>
        <translation type="unfinished">Luật lao động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADD handbook</source>
        <translation type="unfinished">Sổ tay ADD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About this edition</source>
        <translation type="unfinished">Về ấn bản này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bibliography</source>
        <translation type="unfinished">Thư mục tài liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratifications</source>
        <translation type="unfinished">Phê chuẩn</translation>
    </message>
</context>
<context>
    <name>LawGridModel</name>
    <message>
        <location filename="../../mmn_desktop/ui/views/law.py" line="+245"/>
        <source>International standard</source>
        <translation type="unfinished">Tiêu chuẩn quốc tế</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No summary in this edition</source>
        <translation type="unfinished">Ấn bản này chưa có tóm tắt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{summary} (draft)</source>
        <translation type="unfinished">{summary} (bản nháp)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No summary for this country and element in this edition.</source>
        <translation type="unfinished">Ấn bản này chưa có tóm tắt cho quốc gia và yếu tố này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of {date}</source>
        <translation type="unfinished">Cập nhật đến {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft, not yet reviewed</source>
        <translation type="unfinished">bản nháp, chưa được rà soát</translation>
    </message>
</context>
<context>
    <name>LawView</name>
    <message>
        <location line="+146"/>
        <source>Legal disclaimer</source>
        <translation type="unfinished">Tuyên bố miễn trừ trách nhiệm pháp lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show one country:</source>
        <translation type="unfinished">&amp;Xem một quốc gia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all elements for one country</source>
        <translation type="unfinished">Hiển thị mọi yếu tố của một quốc gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;In…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what is shown</source>
        <translation type="unfinished">In nội dung đang hiển thị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished">Xuất P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export what is shown as PDF</source>
        <translation type="unfinished">Xuất nội dung đang hiển thị ra tệp PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpare:</source>
        <translation type="unfinished">&amp;So sánh:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First country to compare</source>
        <translation type="unfinished">Quốc gia thứ nhất để so sánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second country to compare</source>
        <translation type="unfinished">Quốc gia thứ hai để so sánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third country to compare (optional)</source>
        <translation type="unfinished">Quốc gia thứ ba để so sánh (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with the &amp;international standard</source>
        <translation type="unfinished">với tiêu chuẩn &amp;quốc tế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the international standard in the comparison</source>
        <translation type="unfinished">Đưa tiêu chuẩn quốc tế vào bảng so sánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation type="unfinished">Đối &amp;chiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the chosen countries side by side</source>
        <translation type="unfinished">So sánh song song các quốc gia đã chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour law grid: key elements by country</source>
        <translation type="unfinished">Bảng luật lao động: các yếu tố chính theo quốc gia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose…</source>
        <translation type="unfinished">Chọn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+246"/>
        <location line="+51"/>
        <location line="+39"/>
        <source>International standard</source>
        <translation type="unfinished">Tiêu chuẩn quốc tế</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>(none)</source>
        <translation type="unfinished">(không có)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Labour law</source>
        <translation type="unfinished">Luật lao động</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Could not write {path}: {error}</source>
        <translation type="unfinished">Không ghi được {path}: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {path}</source>
        <translation type="unfinished">Đã lưu {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No summary for this country and element in this edition.</source>
        <translation type="unfinished">Ấn bản này chưa có tóm tắt cho quốc gia và yếu tố này.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Export PDF</source>
        <translation type="unfinished">Xuất PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Each row is one key element of labour protection; the first column gives the international standard and the others what the law of each country says. Select a cell to read the full summary, what it means for migrant workers, the laws it cites and the date it was last checked. Pick one country to read all its elements, or two or three to compare them side by side.</source>
        <translation type="unfinished">Mỗi hàng là một yếu tố chính của bảo vệ người lao động; cột đầu tiên nêu tiêu chuẩn quốc tế, các cột còn lại nêu quy định trong luật của từng quốc gia. Chọn một ô để đọc bản tóm tắt đầy đủ, ý nghĩa đối với người lao động di cư, các văn bản luật được dẫn và ngày kiểm tra gần nhất. Chọn một quốc gia để đọc mọi yếu tố của quốc gia đó, hoặc hai, ba quốc gia để so sánh song song.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is no labour law entry “{target}” in this edition.</source>
        <translation type="unfinished">Ấn bản này không có mục luật lao động “{target}”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{country}: {element}</source>
        <translation type="unfinished">{country}: {element}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>All key elements for {country}</source>
        <translation type="unfinished">Mọi yếu tố chính của {country}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{element}: international standard</source>
        <translation type="unfinished">{element}: tiêu chuẩn quốc tế</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>International standards: the {n} key elements</source>
        <translation type="unfinished">Tiêu chuẩn quốc tế: {n} yếu tố chính</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{country}: the {n} key elements</source>
        <translation type="unfinished">{country}: {n} yếu tố chính</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose two or three countries to compare.</source>
        <translation type="unfinished">Hãy chọn hai hoặc ba quốc gia để so sánh.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comparison: {countries}</source>
        <translation type="unfinished">So sánh: {countries}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>MMN Desktop: labour law summaries (Legally Binding)</source>
        <translation type="unfinished">MMN Desktop: tóm tắt luật lao động (Legally Binding)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edition built {date}</source>
        <translation type="unfinished">ấn bản tạo ngày {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>draft, not yet reviewed</source>
        <translation type="unfinished">bản nháp, chưa được rà soát</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>As of {first} to {last} (each element gives its own date)</source>
        <translation type="unfinished">Cập nhật từ {first} đến {last} (mỗi yếu tố ghi ngày riêng)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no information</source>
        <translation type="unfinished">không có thông tin</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Vocabulary: {term}</source>
        <translation type="unfinished">Từ vựng: {term}</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+14"/>
        <location line="+32"/>
        <location line="+16"/>
        <source>As of {date}</source>
        <translation type="unfinished">Cập nhật đến {date}</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>As of: {dates}</source>
        <translation type="unfinished">Cập nhật đến: {dates}</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+44"/>
        <source>Citations</source>
        <translation type="unfinished">Văn bản được dẫn</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+72"/>
        <source>Citations:</source>
        <translation type="unfinished">Văn bản được dẫn:</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Compare</source>
        <translation type="unfinished">So sánh</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Countries</source>
        <translation type="unfinished">Quốc gia</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Element</source>
        <translation type="unfinished">Yếu tố</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+88"/>
        <source>For migrant workers:</source>
        <translation type="unfinished">Đối với người lao động di cư:</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>In each country</source>
        <translation type="unfinished">Ở từng quốc gia</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Instrument</source>
        <translation type="unfinished">Văn kiện</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>Key elements</source>
        <translation type="unfinished">Các yếu tố chính</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Labour law: {n} key elements</source>
        <translation type="unfinished">Luật lao động: {n} yếu tố chính</translation>
    </message>
    <message>
        <location line="+306"/>
        <source>No citation given.</source>
        <translation type="unfinished">Không có văn bản được dẫn.</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+92"/>
        <source>No summary in this edition.</source>
        <translation type="unfinished">Ấn bản này chưa có tóm tắt.</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Not found</source>
        <translation type="unfinished">Không tìm thấy</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>Not legal advice.</source>
        <translation type="unfinished">Không phải tư vấn pháp lý.</translation>
    </message>
    <message>
        <location line="+439"/>
        <location line="+93"/>
        <source>Open this entry</source>
        <translation type="unfinished">Mở mục này</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Ratification of the instruments cited</source>
        <translation type="unfinished">Tình trạng phê chuẩn các văn kiện được dẫn</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Read the international standard</source>
        <translation type="unfinished">Đọc tiêu chuẩn quốc tế</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+46"/>
        <source>See also</source>
        <translation type="unfinished">Xem thêm</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Summary</source>
        <translation type="unfinished">Tóm tắt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The same element in other countries</source>
        <translation type="unfinished">Cùng yếu tố này ở các quốc gia khác</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>What it means for migrant workers</source>
        <translation type="unfinished">Ý nghĩa đối với người lao động di cư</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>What this element covers</source>
        <translation type="unfinished">Yếu tố này bao gồm những gì</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Your last comparison:</source>
        <translation type="unfinished">Lần so sánh gần nhất của bạn:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{country} and the instruments cited</source>
        <translation type="unfinished">{country} và các văn kiện được dẫn</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mmn_desktop/ui/main_window.py" line="+117"/>
        <source>Navigation</source>
        <translation type="unfinished">Điều hướng</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>Opening the library…</source>
        <translation type="unfinished">Đang mở thư viện…</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Search everything, in any language (Ctrl+K)</source>
        <translation type="unfinished">Tìm trong mọi nội dung, bằng bất kỳ ngôn ngữ nào (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Search everything</source>
        <translation type="unfinished">Tìm trong mọi nội dung</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Search is ready.</source>
        <translation type="unfinished">Đã sẵn sàng tìm kiếm.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Reinstall MMN Desktop, or from a source checkout run “mmn build” to create the content database.</source>
        <translation type="unfinished">Hãy cài đặt lại MMN Desktop, hoặc nếu chạy từ mã nguồn, chạy lệnh “mmn build” để tạo cơ sở dữ liệu nội dung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The content library cannot be opened.</source>
        <translation type="unfinished">Không mở được thư viện nội dung.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot open “{0}”.</source>
        <translation type="unfinished">Không mở được “{0}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not found in this edition: {0}</source>
        <translation type="unfinished">Không có trong ấn bản này: {0}</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Zoom {0}%</source>
        <translation type="unfinished">Thu phóng {0}%</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bookmarked: {0}</source>
        <translation type="unfinished">Đã đánh dấu: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bookmark removed.</source>
        <translation type="unfinished">Đã bỏ đánh dấu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Note saved.</source>
        <translation type="unfinished">Đã lưu ghi chú.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to print here.</source>
        <translation type="unfinished">Ở đây không có gì để in.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export as PDF</source>
        <translation type="unfinished">Xuất ra tệp PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {0}</source>
        <translation type="unfinished">Đã lưu {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to export here.</source>
        <translation type="unfinished">Ở đây không có gì để xuất.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Interface language</source>
        <translation type="unfinished">Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new interface language is used the next time MMN Desktop starts.</source>
        <translation type="unfinished">Ngôn ngữ giao diện mới sẽ được dùng từ lần khởi động MMN Desktop tiếp theo.</translation>
    </message>
    <message>
        <location line="-355"/>
        <location line="+361"/>
        <source>About MMN Desktop</source>
        <translation type="unfinished">Giới thiệu MMN Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;MMN Desktop {0}&lt;/b&gt;&lt;p&gt;An offline reference on migration and labour in the Greater Mekong Subregion: Speaking of Migration, Terms to Avoid, Legally Binding, the ADD handbook, the bibliography and the ratification table.&lt;/p&gt;&lt;p&gt;Translations marked draft have not yet been reviewed by a native speaker. Legal summaries are not legal advice.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;b&gt;MMN Desktop {0}&lt;/b&gt;&lt;p&gt;Tài liệu tra cứu ngoại tuyến về di cư và lao động ở Tiểu vùng Mê Công mở rộng: Speaking of Migration, Terms to Avoid, Legally Binding, sổ tay ADD, thư mục tài liệu và bảng phê chuẩn.&lt;/p&gt;&lt;p&gt;Các bản dịch ghi là bản nháp chưa được người bản ngữ rà soát. Các bản tóm tắt luật không phải là tư vấn pháp lý.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rebuilding the search index: {0}%</source>
        <translation type="unfinished">Đang xây dựng lại chỉ mục tìm kiếm: {0}%</translation>
    </message>
    <message>
        <location line="-348"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Sửa</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Tệp</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Go</source>
        <translation type="unfinished">Đ&amp;i tới</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Help</source>
        <translation type="unfinished">Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Xem</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>About this edition</source>
        <translation type="unfinished">Về ấn bản này</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Actual size</source>
        <translation type="unfinished">Cỡ thật</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Back</source>
        <translation type="unfinished">Quay lại</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bookmark this page</source>
        <translation type="unfinished">Đánh dấu trang này</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Disclaimer</source>
        <translation type="unfinished">Miễn trừ trách nhiệm</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Export as PDF…</source>
        <translation type="unfinished">Xuất ra tệp PDF…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Find</source>
        <translation type="unfinished">Tìm</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Forward</source>
        <translation type="unfinished">Tiến tới</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Interpreter view</source>
        <translation type="unfinished">Chế độ phiên dịch</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+3"/>
        <source>Main toolbar</source>
        <translation type="unfinished">Thanh công cụ chính</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Note on this page…</source>
        <translation type="unfinished">Ghi chú cho trang này…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences…</source>
        <translation type="unfinished">Tùy chọn…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Print…</source>
        <translation type="unfinished">In…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation type="unfinished">Thoát</translation>
    </message>
    <message>
        <location filename="../../mmn_desktop/app.py" line="+200"/>
        <source>The damaged file was kept as {0}</source>
        <translation type="unfinished">Tệp bị hỏng đã được giữ lại với tên {0}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The file with your bookmarks and notes is damaged:
{0}

Move it aside (it is kept, renamed) and start a new, empty one?</source>
        <translation type="unfinished">Tệp chứa dấu trang và ghi chú của bạn bị hỏng:
{0}

Chuyển tệp này sang một bên (tệp được giữ lại, đổi tên) và bắt đầu một tệp mới, trống?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your notes and bookmarks cannot be opened: {0}</source>
        <translation type="unfinished">Không mở được ghi chú và dấu trang của bạn: {0}</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Your notes cannot be opened</source>
        <translation type="unfinished">Không mở được ghi chú của bạn</translation>
    </message>
    <message>
        <location filename="../../mmn_desktop/ui/main_window.py" line="-14"/>
        <source>Zoom in</source>
        <translation type="unfinished">Phóng to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation type="unfinished">Thu nhỏ</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../mmn_desktop/ui/messages.py" line="+17"/>
        <source>This Burmese text looks like Zawgyi; it was converted to Unicode for the search.</source>
        <translation type="unfinished">Văn bản tiếng Miến Điện này có vẻ dùng Zawgyi; đã được chuyển sang Unicode để tìm kiếm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This Burmese text may be Zawgyi; both readings were searched.</source>
        <translation type="unfinished">Văn bản tiếng Miến Điện này có thể dùng Zawgyi; đã tìm theo cả hai cách đọc.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search was cut to its first {0} characters.</source>
        <translation type="unfinished">Nội dung tìm kiếm đã được cắt còn {0} ký tự đầu tiên.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search index had to be rebuilt ({0}); this takes a few seconds, once.</source>
        <translation type="unfinished">Chỉ mục tìm kiếm phải được tạo lại ({0}); việc này mất vài giây, chỉ một lần.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The content database is missing: {0}</source>
        <translation type="unfinished">Không tìm thấy cơ sở dữ liệu nội dung: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The content database was made by another version of MMN Desktop, or is damaged: {0}</source>
        <translation type="unfinished">Cơ sở dữ liệu nội dung được tạo bởi một phiên bản MMN Desktop khác, hoặc đã bị hỏng: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file with your bookmarks and notes cannot be used: {0}</source>
        <translation type="unfinished">Không thể dùng tệp chứa dấu trang và ghi chú của bạn: {0}</translation>
    </message>
</context>
<context>
    <name>NavModel</name>
    <message>
        <location filename="../../mmn_desktop/ui/navigation.py" line="+88"/>
        <source>{0} (Ctrl+{1})</source>
        <translation type="unfinished">{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>ADD Handbook</source>
        <translation type="unfinished">Sổ tay ADD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bibliography</source>
        <translation type="unfinished">Thư mục tài liệu</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Labour Law</source>
        <translation type="unfinished">Luật lao động</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My Notes</source>
        <translation type="unfinished">Ghi chú của tôi</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Ratifications</source>
        <translation type="unfinished">Phê chuẩn</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Search</source>
        <translation type="unfinished">Tìm kiếm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terms to Avoid</source>
        <translation type="unfinished">Từ ngữ cần tránh</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Vocabulary</source>
        <translation type="unfinished">Từ vựng</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../mmn_desktop/ui/dialogs/note.py" line="+11"/>
        <source>Note: {0}</source>
        <translation type="unfinished">Ghi chú: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your note on “{0}”. It stays on this computer. Leave it empty to delete the note.</source>
        <translation type="unfinished">Ghi chú của bạn về “{0}”. Ghi chú chỉ lưu trên máy tính này. Để trống nếu muốn xóa ghi chú.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note text</source>
        <translation type="unfinished">Nội dung ghi chú</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../mmn_desktop/ui/views/notes.py" line="+81"/>
        <source>My notes</source>
        <translation type="unfinished">Ghi chú của tôi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bookmarks</source>
        <translation type="unfinished">Dấu trang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation type="unfinished">Ghi chú</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search history</source>
        <translation type="unfinished">Lịch sử tìm kiếm</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove selected</source>
        <translation type="unfinished">Xóa mục đã chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected bookmark, note or search</source>
        <translation type="unfinished">Xóa dấu trang, ghi chú hoặc lượt tìm kiếm đã chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <source>Clear search history</source>
        <translation type="unfinished">Xóa lịch sử tìm kiếm</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Clear the whole search history</source>
        <translation type="unfinished">Xóa toàn bộ lịch sử tìm kiếm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as Markdown…</source>
        <translation type="unfinished">Xuất ra Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export bookmarks and notes as Markdown</source>
        <translation type="unfinished">Xuất dấu trang và ghi chú ra tệp Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as JSON…</source>
        <translation type="unfinished">Xuất ra JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export bookmarks and notes as JSON</source>
        <translation type="unfinished">Xuất dấu trang và ghi chú ra tệp JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your bookmarks, notes and searches stay on this computer, apart from the content. Ctrl+D bookmarks the page you are reading; Ctrl+Shift+N writes a note on it.</source>
        <translation type="unfinished">Dấu trang, ghi chú và lịch sử tìm kiếm của bạn chỉ lưu trên máy tính này, tách riêng khỏi nội dung. Ctrl+D để đánh dấu trang đang đọc; Ctrl+Shift+N để viết ghi chú cho trang đó.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>My Notes</source>
        <translation type="unfinished">Ghi chú của tôi</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your notes cannot be opened (see the status bar).</source>
        <translation type="unfinished">Không mở được ghi chú của bạn (xem thanh trạng thái).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No bookmarks yet.</source>
        <translation type="unfinished">Chưa có dấu trang nào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notes yet.</source>
        <translation type="unfinished">Chưa có ghi chú nào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No searches remembered.</source>
        <translation type="unfinished">Chưa lưu lượt tìm kiếm nào.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Forget every search you made? Bookmarks and notes are kept.</source>
        <translation type="unfinished">Xóa mọi lượt tìm kiếm bạn đã thực hiện? Dấu trang và ghi chú vẫn được giữ lại.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved {0}</source>
        <translation type="unfinished">Đã lưu {0}</translation>
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
        <translation type="unfinished">Xuất ghi chú của tôi</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../mmn_desktop/ui/dialogs/preferences.py" line="+16"/>
        <source>Preferences</source>
        <translation type="unfinished">Tùy chọn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading language</source>
        <translation type="unfinished">Ngôn ngữ đọc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface language</source>
        <translation type="unfinished">Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Follow the system</source>
        <translation type="unfinished">Theo hệ thống</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{0} (draft translation)</source>
        <translation type="unfinished">{0} (bản dịch nháp)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Theme</source>
        <translation type="unfinished">Chủ đề màu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light</source>
        <translation type="unfinished">Sáng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation type="unfinished">Tối</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text size</source>
        <translation type="unfinished">Cỡ chữ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read content in:</source>
        <translation type="unfinished">Đọc nội dung bằng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language:</source>
        <translation type="unfinished">Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new interface language is used after a restart.</source>
        <translation type="unfinished">Ngôn ngữ giao diện mới được áp dụng sau khi khởi động lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme:</source>
        <translation type="unfinished">Chủ đề màu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size:</source>
        <translation type="unfinished">Cỡ chữ:</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../mmn_desktop/ui/i18n.py" line="+41"/>
        <source>&amp;OK</source>
        <translation type="unfinished">Đồng &amp;ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Đóng</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-10"/>
        <source>OK</source>
        <translation type="unfinished">Đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation type="unfinished">Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Không</translation>
    </message>
</context>
<context>
    <name>RatificationsModel</name>
    <message>
        <location filename="../../mmn_desktop/ui/views/ratifications.py" line="+178"/>
        <source>adopted {year}</source>
        <translation type="unfinished">thông qua năm {year}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>fundamental</source>
        <translation type="unfinished">cơ bản</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No information</source>
        <translation type="unfinished">Không có thông tin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratified {year}</source>
        <translation type="unfinished">Phê chuẩn năm {year}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ratified</source>
        <translation type="unfinished">Đã phê chuẩn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed {year}</source>
        <translation type="unfinished">Ký năm {year}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed</source>
        <translation type="unfinished">Đã ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ratified</source>
        <translation type="unfinished">Chưa phê chuẩn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status: {status}</source>
        <translation type="unfinished">Tình trạng: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year: {year}</source>
        <translation type="unfinished">Năm: {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: {note}</source>
        <translation type="unfinished">Ghi chú: {note}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: {source}</source>
        <translation type="unfinished">Nguồn: {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of {date}</source>
        <translation type="unfinished">Cập nhật đến {date}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>No information in this edition.</source>
        <translation type="unfinished">Ấn bản này không có thông tin.</translation>
    </message>
</context>
<context>
    <name>RatificationsView</name>
    <message>
        <location line="+155"/>
        <source>&amp;Show:</source>
        <translation type="unfinished">&amp;Hiển thị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which instruments to show</source>
        <translation type="unfinished">Chọn văn kiện cần hiển thị</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All instruments</source>
        <translation type="unfinished">Tất cả văn kiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN treaties</source>
        <translation type="unfinished">Điều ước của Liên Hợp Quốc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILO conventions</source>
        <translation type="unfinished">Công ước của ILO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILO fundamental conventions</source>
        <translation type="unfinished">Công ước cơ bản của ILO</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished">Xuất &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the grid as a CSV file</source>
        <translation type="unfinished">Xuất bảng ra tệp CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation type="unfinished">&amp;In…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what is shown</source>
        <translation type="unfinished">In nội dung đang hiển thị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished">Xuất P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export what is shown as PDF</source>
        <translation type="unfinished">Xuất nội dung đang hiển thị ra tệp PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legend</source>
        <translation type="unfinished">Chú thích</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratifications: instruments by country</source>
        <translation type="unfinished">Phê chuẩn: các văn kiện theo quốc gia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ratified (or acceded): the country is bound</source>
        <translation type="unfinished">Đã phê chuẩn (hoặc gia nhập): quốc gia có nghĩa vụ tuân thủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed, not ratified: not bound</source>
        <translation type="unfinished">Đã ký, chưa phê chuẩn: chưa có nghĩa vụ tuân thủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ratified</source>
        <translation type="unfinished">Chưa phê chuẩn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No information</source>
        <translation type="unfinished">Không có thông tin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As of {date}.</source>
        <translation type="unfinished">Cập nhật đến {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hover over a cell for the year and the source; select it for the details.</source>
        <translation type="unfinished">Di chuột lên một ô để xem năm và nguồn; chọn ô đó để xem chi tiết.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ratifications</source>
        <translation type="unfinished">Phê chuẩn</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+32"/>
        <source>Saved {path}</source>
        <translation type="unfinished">Đã lưu {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write {path}: {error}</source>
        <translation type="unfinished">Không ghi được {path}: {error}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Export CSV</source>
        <translation type="unfinished">Xuất CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export PDF</source>
        <translation type="unfinished">Xuất PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>MMN Desktop: ratifications of international instruments</source>
        <translation type="unfinished">MMN Desktop: tình trạng phê chuẩn các văn kiện quốc tế</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edition built {date}</source>
        <translation type="unfinished">ấn bản tạo ngày {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no information</source>
        <translation type="unfinished">không có thông tin</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year signed</source>
        <translation type="unfinished">Năm ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year ratified or acceded</source>
        <translation type="unfinished">Năm phê chuẩn hoặc gia nhập</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+147"/>
        <source>Instrument</source>
        <translation type="unfinished">Văn kiện</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>International Labour Organization</source>
        <translation type="unfinished">Tổ chức Lao động Quốc tế</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>United Nations</source>
        <translation type="unfinished">Liên Hợp Quốc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation type="unfinished">Tổ chức</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopted</source>
        <translation type="unfinished">Năm thông qua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation type="unfinished">có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished">không</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILO fundamental convention</source>
        <translation type="unfinished">Công ước cơ bản của ILO</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ratifications of international instruments</source>
        <translation type="unfinished">Tình trạng phê chuẩn các văn kiện quốc tế</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which of the main UN human rights treaties and ILO conventions each country has ratified or acceded to (and is therefore bound by), has only signed, or has not ratified. Select a cell for the year, the source and any note; select an instrument&apos;s name for all countries at once.</source>
        <translation type="unfinished">Mỗi quốc gia đã phê chuẩn hoặc gia nhập (và do đó có nghĩa vụ tuân thủ), mới chỉ ký, hay chưa phê chuẩn những điều ước nhân quyền chính của Liên Hợp Quốc và công ước nào của ILO. Chọn một ô để xem năm, nguồn và ghi chú nếu có; chọn tên một văn kiện để xem tất cả các quốc gia cùng lúc.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+81"/>
        <source>Country</source>
        <translation type="unfinished">Quốc gia</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>✓ Ratified</source>
        <translation type="unfinished">✓ Đã phê chuẩn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>~ Signed</source>
        <translation type="unfinished">~ Đã ký</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ Not ratified</source>
        <translation type="unfinished">✗ Chưa phê chuẩn</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no ratification entry “{target}” in this edition.</source>
        <translation type="unfinished">Ấn bản này không có mục phê chuẩn “{target}”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{country}: {code} {title}</source>
        <translation type="unfinished">{country}: {code} {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+40"/>
        <location line="+32"/>
        <source>Status</source>
        <translation type="unfinished">Tình trạng</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>No information in this edition.</source>
        <translation type="unfinished">Ấn bản này không có thông tin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+36"/>
        <location line="+32"/>
        <source>Note</source>
        <translation type="unfinished">Ghi chú</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Source</source>
        <translation type="unfinished">Nguồn</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+45"/>
        <location line="+34"/>
        <location line="+32"/>
        <source>As of</source>
        <translation type="unfinished">Cập nhật đến</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Labour law of {country} on the elements it sets a standard for</source>
        <translation type="unfinished">Luật lao động của {country} về các yếu tố mà văn kiện này đặt ra tiêu chuẩn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All instruments for {country}</source>
        <translation type="unfinished">Tất cả văn kiện đối với {country}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{country}: ratifications</source>
        <translation type="unfinished">{country}: tình trạng phê chuẩn</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Labour law elements that cite it</source>
        <translation type="unfinished">Các yếu tố luật lao động dẫn chiếu văn kiện này</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Not found</source>
        <translation type="unfinished">Không tìm thấy</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Other countries</source>
        <translation type="unfinished">Các quốc gia khác</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+31"/>
        <source>Source:</source>
        <translation type="unfinished">Nguồn:</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Sources</source>
        <translation type="unfinished">Nguồn</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Status in each country</source>
        <translation type="unfinished">Tình trạng ở từng quốc gia</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>{n} instruments in this edition.</source>
        <translation type="unfinished">Ấn bản này có {n} văn kiện.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../mmn_desktop/ui/widgets/reader.py" line="-76"/>
        <source>Reading pane</source>
        <translation type="unfinished">Khung đọc</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../mmn_desktop/ui/search/view.py" line="+55"/>
        <source>Filter by work</source>
        <translation type="unfinished">Lọc theo ấn phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All works</source>
        <translation type="unfinished">Tất cả ấn phẩm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by language</source>
        <translation type="unfinished">Lọc theo ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All languages</source>
        <translation type="unfinished">Tất cả ngôn ngữ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by country</source>
        <translation type="unfinished">Lọc theo quốc gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation type="unfinished">Tất cả quốc gia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Work:</source>
        <translation type="unfinished">Ấn phẩm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation type="unfinished">Ngôn ngữ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation type="unfinished">Quốc gia:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search status</source>
        <translation type="unfinished">Trạng thái tìm kiếm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search results</source>
        <translation type="unfinished">Kết quả tìm kiếm</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search failed: {0}</source>
        <translation type="unfinished">Tìm kiếm không thành công: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation type="unfinished">Tìm kiếm</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type in any of the seven languages to search every work. Down moves into the results, Enter opens, Esc clears.</source>
        <translation type="unfinished">Gõ bằng bất kỳ ngôn ngữ nào trong bảy ngôn ngữ để tìm trong mọi ấn phẩm. Phím mũi tên xuống để chuyển vào danh sách kết quả, Enter để mở, Esc để xóa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing found for “{0}”.</source>
        <translation type="unfinished">Không tìm thấy kết quả nào cho “{0}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Did you mean {0}?</source>
        <translation type="unfinished">Có phải bạn muốn tìm {0}?</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Try fewer words, another spelling, or remove the filters.</source>
        <translation type="unfinished">Hãy thử ít từ hơn, cách viết khác, hoặc bỏ bộ lọc.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no exact match; showing close spellings)</source>
        <translation type="unfinished">(không có kết quả khớp chính xác; đang hiển thị các cách viết gần giống)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no entry has every word; showing entries with any of them)</source>
        <translation type="unfinished">(không mục nào có đủ mọi từ; đang hiển thị các mục có một trong các từ đó)</translation>
    </message>
</context>
<context>
    <name>VocabularyView</name>
    <message>
        <location filename="../../mmn_desktop/ui/views/vocabulary.py" line="+279"/>
        <source>Reading language</source>
        <translation type="unfinished">Ngôn ngữ đọc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter concepts (any language)</source>
        <translation type="unfinished">Lọc khái niệm (bất kỳ ngôn ngữ nào)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter concepts</source>
        <translation type="unfinished">Lọc khái niệm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Concepts</source>
        <translation type="unfinished">Khái niệm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number of concepts shown</source>
        <translation type="unfinished">Số khái niệm đang hiển thị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Interpreter view</source>
        <translation type="unfinished">Chế độ &amp;phiên dịch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the interpreter view</source>
        <translation type="unfinished">Mở chế độ phiên dịch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every term in two languages side by side, in large type</source>
        <translation type="unfinished">Mọi thuật ngữ bằng hai ngôn ngữ đặt cạnh nhau, cỡ chữ lớn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Concept</source>
        <translation type="unfinished">Khái niệm</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+160"/>
        <source>Vocabulary</source>
        <translation type="unfinished">Từ vựng</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Copied ({0})</source>
        <translation type="unfinished">Đã sao chép ({0})</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n concept(s)</source>
        <translation type="unfinished">
            <numerusform>%n khái niệm</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No concepts match the filter</source>
        <translation type="unfinished">Không có khái niệm nào khớp với bộ lọc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1} concepts</source>
        <translation type="unfinished">{0} trên {1} khái niệm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no concept called “{0}”.</source>
        <translation type="unfinished">Không có khái niệm nào tên là “{0}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a concept from the list to read it in all seven languages.</source>
        <translation type="unfinished">Chọn một khái niệm trong danh sách để đọc bằng cả bảy ngôn ngữ.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not yet translated into this language.</source>
        <translation type="unfinished">Chưa được dịch sang ngôn ngữ này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reviewed by {0}</source>
        <translation type="unfinished">do {0} rà soát</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation type="unfinished">Sao chép</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes:</source>
        <translation type="unfinished">Ghi chú:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Examples:</source>
        <translation type="unfinished">Ví dụ:</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Instead of:</source>
        <translation type="unfinished">Thay cho:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Related concepts</source>
        <translation type="unfinished">Khái niệm liên quan</translation>
    </message>
</context>
</TS>

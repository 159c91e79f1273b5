/**
 * The citizens' vocabulary shipped with the product: groups of words and phrases that search
 * treats as the same, so that what people type (everyday speech, abbreviations, old names of
 * papers) finds the procedure written in the law's words. A site adds its own groups in
 * `synonyms.yaml` (content model); these come first.
 *
 * How the groups are written, and why:
 * - Accented, NFC, as a person would write them. Search folds marks and đ (foldVietnamese), so
 *   "ĐKKD" also serves "dkkd" and "căn cước" serves "can cuoc": no unaccented copies here.
 * - Precise rather than wide. Every member of a group is matched in procedure titles as a run of
 *   words, and the group then stands for all of its members: a member that is too general drags
 *   unrelated pages in. So "hộ khẩu" goes with "đăng ký thường trú" and "đăng ký cư trú", not with
 *   bare "cư trú", which the titles use for tax residence and foreigners' stays; "đất" never goes
 *   with "nhà".
 * - Fold collisions are avoided: after folding "chứng tử" is "chứng từ" (vouchers, 7 tax and
 *   customs titles), so the death certificate is written "giấy chứng tử"; "thuế" folds onto "thuê"
 *   (rent), so the tax-code group uses "đăng ký thuế lần đầu", not bare "đăng ký thuế"; "hưu" folds
 *   onto "hữu" (TNHH, sở hữu), so pensions are "lương hưu", "nghỉ hưu"; "VAT" folds onto "vật", "cò đất"
 *   onto "có đất", "chở khách" onto "cho khách", "đóng cửa công ty" onto "hoạt động của công ty":
 *   left out. One collision is kept because the group is required and the phrase is what people
 *   type: "sổ đỏ" folds like "sơ đồ" (one real title).
 * - No member (folded) is in two groups: the search merges groups that share a member, which would
 *   silently join two meanings. Members may overlap as text ("hộ kinh doanh" and
 *   "chấm dứt hoạt động hộ kinh doanh" are different members of different groups).
 * - `source` says where the equivalence comes from: the legal text that defines the term, the
 *   national portal's own procedure titles (which use many of the abbreviations), or everyday
 *   speech ("cách gọi thông dụng") when that is all it is.
 *
 * Checked by tests/unit/shipped-synonyms.test.ts.
 */

export interface SynonymGroup {
  /** Two or more words or phrases (NFC, with their marks) that mean the same thing in a search. */
  words: readonly string[];
  /** Where the equivalence comes from: a legal text, the national portal's titles, or common usage. */
  source: string;
}

/** Titles of the National Public Service Portal (dichvucong.gov.vn) use these abbreviations. */
const PORTAL_TITLES = 'Tên thủ tục trên Cổng Dịch vụ công quốc gia';
const COMMON = 'Cách gọi thông dụng';
const SPELLING_IY = 'Biến thể chính tả i/y: cả hai cách viết đều gặp trong văn bản và khi gõ';

export const SHIPPED_SYNONYMS: readonly SynonymGroup[] = [
  // ── Căn cước, định danh ─────────────────────────────────────────────────────────────────────
  {
    words: ['CCCD', 'căn cước công dân', 'thẻ căn cước công dân', 'thẻ CCCD', 'thẻ căn cước', 'căn cước', 'căn cước gắn chip', 'CCCD gắn chip'],
    source: 'Luật Căn cước 2023 (26/2023/QH15): thẻ căn cước thay thẻ căn cước công dân (CCCD) của Luật Căn cước công dân 2014; "gắn chip": cách gọi thông dụng',
  },
  {
    words: ['CMND', 'chứng minh nhân dân', 'chứng minh thư', 'CMT'],
    source: 'Luật Căn cước công dân 2014 (59/2014/QH13) về giấy chứng minh nhân dân; "chứng minh thư", CMT: cách gọi thông dụng',
  },
  {
    words: ['VNeID', 'định danh điện tử', 'tài khoản định danh điện tử', 'định danh mức 2', 'tài khoản định danh mức 2', 'ứng dụng VNeID'],
    source: 'Nghị định 69/2024/NĐ-CP về định danh và xác thực điện tử (tài khoản định danh điện tử, ứng dụng VNeID)',
  },
  {
    words: ['số định danh cá nhân', 'mã định danh cá nhân', 'số định danh'],
    source: 'Luật Căn cước 2023 (26/2023/QH15): số định danh cá nhân; "mã định danh": cách gọi thông dụng',
  },
  {
    words: ['căn cước điện tử', 'thẻ căn cước điện tử', 'CCCD điện tử'],
    source: 'Luật Căn cước 2023 (26/2023/QH15): căn cước điện tử trên ứng dụng VNeID',
  },
  {
    words: ['cơ sở dữ liệu quốc gia về dân cư', 'CSDLQG về dân cư', 'dữ liệu dân cư'],
    source: 'Luật Căn cước 2023 (26/2023/QH15): Cơ sở dữ liệu quốc gia về dân cư; CSDLQG: viết tắt trong văn bản hành chính',
  },

  // ── Cư trú ──────────────────────────────────────────────────────────────────────────────────
  {
    words: ['hộ khẩu', 'sổ hộ khẩu', 'nhập hộ khẩu', 'đăng ký hộ khẩu', 'đăng ký thường trú', 'đăng ký cư trú'],
    source: 'Luật Cư trú 2020 (68/2020/QH14): từ 01/01/2023 sổ hộ khẩu không còn giá trị, việc "nhập hộ khẩu" là đăng ký thường trú vào Cơ sở dữ liệu về cư trú',
  },
  {
    words: ['đăng ký tạm trú', 'sổ tạm trú', 'KT3', 'giấy tạm trú', 'làm tạm trú'],
    source: 'Luật Cư trú 2020 (68/2020/QH14): đăng ký tạm trú thay sổ tạm trú (KT3 là tên cũ của sổ tạm trú dài hạn)',
  },
  {
    words: ['tạm vắng', 'báo tạm vắng', 'trình báo tạm vắng'],
    source: 'Luật Cư trú 2020 (68/2020/QH14): khai báo tạm vắng',
  },
  {
    words: ['thông báo lưu trú', 'khai báo lưu trú', 'báo lưu trú', 'đăng ký lưu trú'],
    source: 'Luật Cư trú 2020 (68/2020/QH14): thông báo lưu trú; "khai báo lưu trú": cách gọi thông dụng',
  },
  {
    words: ['tách hộ', 'tách khẩu', 'tách hộ khẩu', 'tách sổ hộ khẩu'],
    source: 'Luật Cư trú 2020 (68/2020/QH14): tách hộ; "tách khẩu", "tách hộ khẩu": cách gọi thông dụng từ thời sổ hộ khẩu',
  },
  {
    words: ['xác nhận thông tin về cư trú', 'xác nhận cư trú', 'giấy xác nhận cư trú', 'CT07', 'mẫu CT07'],
    source: 'Thông tư 56/2021/TT-BCA về biểu mẫu cư trú: mẫu CT07 là Giấy xác nhận thông tin về cư trú',
  },

  // ── Hộ chiếu, xuất nhập cảnh ────────────────────────────────────────────────────────────────
  {
    words: ['hộ chiếu', 'passport', 'làm hộ chiếu'],
    source: 'Luật Xuất cảnh, nhập cảnh của công dân Việt Nam 2019 (49/2019/QH14): hộ chiếu phổ thông; "passport": từ tiếng Anh dùng phổ biến',
  },
  {
    words: ['thị thực', 'visa'],
    source: 'Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam 2014 (47/2014/QH13): thị thực (visa)',
  },
  {
    words: ['xuất nhập cảnh', 'XNC'],
    source: 'Viết tắt thông dụng của "xuất nhập cảnh" (Phòng Quản lý xuất nhập cảnh)',
  },
  {
    words: ['thẻ ABTC', 'thẻ đi lại của doanh nhân APEC', 'ABTC'],
    source: `${PORTAL_TITLES} («Trình báo mất thẻ ABTC»); ABTC: APEC Business Travel Card`,
  },
  {
    words: ['Việt kiều', 'kiều bào', 'người Việt Nam định cư ở nước ngoài'],
    source: 'Luật Quốc tịch Việt Nam 2008 (24/2008/QH12): người Việt Nam định cư ở nước ngoài; "Việt kiều", "kiều bào": cách gọi thông dụng',
  },
  {
    words: ['người nước ngoài', 'người ngoại quốc', 'ngoại kiều'],
    source: `${COMMON}; "người nước ngoài" là từ của các luật về xuất nhập cảnh`,
  },
  {
    words: ['có yếu tố nước ngoài', 'với người nước ngoài'],
    source: 'Luật Hộ tịch 2014 (60/2014/QH13): đăng ký hộ tịch có yếu tố nước ngoài (kết hôn, khai sinh… với người nước ngoài)',
  },

  // ── Hộ tịch ─────────────────────────────────────────────────────────────────────────────────
  {
    words: ['giấy khai sinh', 'đăng ký khai sinh', 'làm khai sinh', 'làm giấy khai sinh', 'khai sinh cho con', 'làm khai sinh cho con'],
    source: 'Luật Hộ tịch 2014 (60/2014/QH13): đăng ký khai sinh, cấp Giấy khai sinh; "làm giấy khai sinh": cách gọi thông dụng',
  },
  {
    words: ['khai tử', 'đăng ký khai tử', 'giấy chứng tử', 'trích lục khai tử', 'làm giấy chứng tử', 'giấy báo tử'],
    source: 'Luật Hộ tịch 2014 (60/2014/QH13) và Nghị định 123/2015/NĐ-CP: đăng ký khai tử, cấp Trích lục khai tử (trước đây gọi là giấy chứng tử)',
  },
  {
    words: ['kết hôn', 'đăng ký kết hôn', 'giấy đăng ký kết hôn', 'giấy kết hôn', 'làm giấy kết hôn', 'giấy chứng nhận kết hôn', 'lấy vợ', 'lấy chồng', 'cưới vợ', 'cưới chồng'],
    source: 'Luật Hôn nhân và gia đình 2014 (52/2014/QH13), Luật Hộ tịch 2014: đăng ký kết hôn, Giấy chứng nhận kết hôn; "lấy vợ", "lấy chồng", "giấy kết hôn": cách gọi thông dụng',
  },
  {
    words: ['ly hôn', 'ly dị'],
    source: 'Luật Hôn nhân và gia đình 2014 (52/2014/QH13): ly hôn; "ly dị": cách gọi thông dụng',
  },
  {
    words: ['xác nhận tình trạng hôn nhân', 'giấy xác nhận tình trạng hôn nhân', 'xác nhận độc thân', 'giấy xác nhận độc thân', 'giấy chứng nhận độc thân', 'chứng nhận độc thân'],
    source: 'Nghị định 123/2015/NĐ-CP: cấp Giấy xác nhận tình trạng hôn nhân; "giấy xác nhận độc thân": cách gọi thông dụng',
  },
  {
    words: ['nhận cha mẹ con', 'nhận cha con', 'nhận mẹ con', 'làm giấy nhận con', 'nhận con ngoài giá thú'],
    source: 'Luật Hộ tịch 2014 (60/2014/QH13): đăng ký nhận cha, mẹ, con',
  },
  {
    words: ['cải chính', 'cải chính hộ tịch', 'sửa tên trong giấy khai sinh', 'sửa ngày sinh', 'sửa sai giấy khai sinh', 'đổi họ tên', 'thay đổi họ tên', 'xác định lại dân tộc', 'đổi dân tộc'],
    source: 'Luật Hộ tịch 2014 (60/2014/QH13): thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc',
  },
  {
    words: ['trích lục hộ tịch', 'bản sao giấy khai sinh', 'trích lục khai sinh', 'bản sao trích lục'],
    source: 'Luật Hộ tịch 2014 (60/2014/QH13): cấp bản sao trích lục hộ tịch (bản sao Giấy khai sinh)',
  },
  {
    words: ['ghi vào sổ hộ tịch', 'ghi chú hộ tịch'],
    source: 'Luật Hộ tịch 2014 (60/2014/QH13) và Nghị định 123/2015/NĐ-CP: ghi vào Sổ hộ tịch việc hộ tịch đã giải quyết ở nước ngoài ("ghi chú")',
  },
  {
    words: ['con nuôi', 'xin con nuôi', 'nhận con nuôi', 'nhận nuôi con'],
    source: 'Luật Nuôi con nuôi 2010 (52/2010/QH12): đăng ký việc nuôi con nuôi; "xin con nuôi": cách gọi thông dụng',
  },
  {
    words: ['thôi quốc tịch', 'bỏ quốc tịch', 'từ bỏ quốc tịch'],
    source: 'Luật Quốc tịch Việt Nam 2008 (24/2008/QH12): thôi quốc tịch Việt Nam',
  },
  {
    words: ['trở lại quốc tịch', 'lấy lại quốc tịch', 'khôi phục quốc tịch'],
    source: 'Luật Quốc tịch Việt Nam 2008 (24/2008/QH12): trở lại quốc tịch Việt Nam',
  },
  {
    words: ['lý lịch tư pháp', 'lí lịch tư pháp', 'LLTP', 'phiếu LLTP', 'phiếu lý lịch tư pháp'],
    source: 'Luật Lý lịch tư pháp 2009 (28/2009/QH12): Phiếu lý lịch tư pháp; LLTP: viết tắt thông dụng',
  },

  // ── Chứng thực, công chứng, tư pháp ─────────────────────────────────────────────────────────
  {
    words: ['chứng thực bản sao', 'sao y', 'sao y bản chính', 'bản sao y', 'photo công chứng', 'công chứng bản sao', 'công chứng giấy tờ'],
    source: 'Nghị định 23/2015/NĐ-CP: chứng thực bản sao từ bản chính; "sao y", "photo công chứng": cách gọi thông dụng',
  },
  {
    words: ['chứng thực chữ ký', 'thị thực chữ ký', 'xác nhận chữ ký', 'công chứng chữ ký'],
    source: 'Nghị định 23/2015/NĐ-CP: chứng thực chữ ký; "thị thực chữ ký", "xác nhận chữ ký": cách gọi cũ, thông dụng',
  },
  {
    words: ['điểm chỉ', 'lăn tay', 'in dấu vân tay'],
    source: 'Nghị định 23/2015/NĐ-CP: chứng thực điểm chỉ (in dấu vân tay thay chữ ký)',
  },
  {
    words: ['di chúc', 'chúc thư', 'tờ di chúc'],
    source: 'Bộ luật Dân sự 2015 (91/2015/QH13): di chúc; "chúc thư": từ cũ',
  },
  {
    words: ['phân chia di sản', 'chia thừa kế', 'chia tài sản thừa kế', 'thỏa thuận phân chia di sản'],
    source: 'Bộ luật Dân sự 2015 (91/2015/QH13) và Nghị định 23/2015/NĐ-CP: văn bản phân chia di sản (chia thừa kế)',
  },
  {
    words: ['từ chối nhận di sản', 'từ chối thừa kế', 'khước từ di sản'],
    source: 'Bộ luật Dân sự 2015 (91/2015/QH13), Điều 620: từ chối nhận di sản',
  },
  {
    words: ['văn phòng công chứng', 'phòng công chứng', 'VPCC'],
    source: 'Luật Công chứng 2024 (46/2024/QH15): tổ chức hành nghề công chứng (Phòng công chứng, Văn phòng công chứng)',
  },
  {
    words: ['thừa phát lại', 'vi bằng', 'lập vi bằng'],
    source: 'Nghị định 08/2020/NĐ-CP: Thừa phát lại lập vi bằng',
  },
  {
    words: ['trợ giúp pháp lý', 'TGPL', 'luật sư miễn phí', 'tư vấn pháp luật miễn phí'],
    source: 'Luật Trợ giúp pháp lý 2017 (11/2017/QH14): trợ giúp pháp lý miễn phí; TGPL: viết tắt thông dụng',
  },
  {
    words: ['thi hành án dân sự', 'THADS'],
    source: 'Luật Thi hành án dân sự 2008 (26/2008/QH12); THADS: viết tắt trong tên cơ quan (Chi cục THADS)',
  },
  {
    words: ['đấu giá tài sản', 'bán đấu giá tài sản'],
    source: 'Luật Đấu giá tài sản 2016 (01/2016/QH14); "bán đấu giá": cách gọi thông dụng',
  },
  {
    words: ['chứng chỉ hành nghề', 'CCHN'],
    source: `${PORTAL_TITLES} («Cấp chứng chỉ hành nghề…»); CCHN: viết tắt thông dụng`,
  },

  // ── Đất đai, nhà ở, xây dựng ────────────────────────────────────────────────────────────────
  {
    words: ['sổ đỏ', 'sổ hồng', 'bìa đỏ', 'bìa hồng', 'giấy chứng nhận quyền sử dụng đất', 'GCNQSDĐ', 'GCN QSDĐ', 'giấy chứng nhận QSDĐ', 'giấy chứng nhận quyền sở hữu nhà ở', 'sổ đất'],
    source: 'Luật Đất đai 2024 (31/2024/QH15): Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; "sổ đỏ", "sổ hồng": cách gọi thông dụng theo màu bìa',
  },
  {
    words: ['làm sổ đỏ', 'làm sổ hồng', 'cấp sổ đỏ', 'xin sổ đỏ', 'làm sổ đỏ lần đầu', 'đăng ký đất đai'],
    source: 'Luật Đất đai 2024 (31/2024/QH15): đăng ký đất đai, cấp Giấy chứng nhận lần đầu; "làm sổ đỏ": cách gọi thông dụng',
  },
  {
    words: ['đổi sổ đỏ', 'đổi sổ hồng', 'cấp đổi sổ đỏ', 'cấp đổi giấy chứng nhận quyền sử dụng đất'],
    source: `${PORTAL_TITLES} («Cấp đổi Giấy chứng nhận quyền sử dụng đất…»); "đổi sổ đỏ": cách gọi thông dụng`,
  },
  {
    words: ['mất sổ đỏ', 'mất sổ hồng', 'cấp lại sổ đỏ', 'làm lại sổ đỏ', 'cấp lại giấy chứng nhận do bị mất'],
    source: `${PORTAL_TITLES} («Cấp lại Giấy chứng nhận do bị mất», lĩnh vực Đất đai); "mất sổ đỏ": cách gọi thông dụng`,
  },
  {
    words: ['sang tên sổ đỏ', 'sang tên sổ hồng', 'sang tên nhà đất', 'sang tên đất', 'mua bán đất', 'chuyển nhượng quyền sử dụng đất', 'chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất', 'đăng ký biến động quyền sử dụng đất'],
    source: 'Luật Đất đai 2024 (31/2024/QH15): đăng ký biến động khi chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất; "sang tên sổ đỏ": cách gọi thông dụng',
  },
  {
    words: ['tách thửa', 'tách sổ', 'tách sổ đỏ', 'tách đất', 'chia tách thửa đất'],
    source: 'Luật Đất đai 2024 (31/2024/QH15): tách thửa đất; "tách sổ": cách gọi thông dụng',
  },
  {
    words: ['hợp thửa', 'gộp thửa', 'gộp sổ', 'nhập thửa'],
    source: 'Luật Đất đai 2024 (31/2024/QH15): hợp thửa đất; "gộp sổ": cách gọi thông dụng',
  },
  {
    words: ['chuyển mục đích sử dụng đất', 'chuyển đổi mục đích sử dụng đất', 'lên thổ cư', 'chuyển lên thổ cư', 'chuyển đất nông nghiệp sang đất ở'],
    source: 'Luật Đất đai 2024 (31/2024/QH15): chuyển mục đích sử dụng đất; "lên thổ cư": cách gọi thông dụng',
  },
  {
    words: ['đất ở', 'đất thổ cư', 'thổ cư'],
    source: 'Luật Đất đai 2024 (31/2024/QH15): đất ở; "đất thổ cư": cách gọi thông dụng',
  },
  {
    words: ['tranh chấp đất đai', 'tranh chấp đất', 'kiện đất', 'kiện tụng đất đai'],
    source: 'Luật Đất đai 2024 (31/2024/QH15): hòa giải, giải quyết tranh chấp đất đai',
  },
  {
    words: ['giải phóng mặt bằng', 'GPMB', 'đền bù giải tỏa', 'giải tỏa đền bù', 'bồi thường, hỗ trợ, tái định cư'],
    source: 'Luật Đất đai 2024 (31/2024/QH15): bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất; "đền bù giải tỏa": cách gọi thông dụng',
  },
  {
    words: ['trước bạ', 'lệ phí trước bạ', 'thuế trước bạ', 'phí trước bạ'],
    source: 'Nghị định 10/2022/NĐ-CP về lệ phí trước bạ; "thuế trước bạ": cách gọi thông dụng',
  },
  {
    words: ['đăng ký biện pháp bảo đảm', 'đăng ký thế chấp', 'thế chấp sổ đỏ', 'cầm sổ đỏ', 'vay thế chấp'],
    source: 'Nghị định 99/2022/NĐ-CP về đăng ký biện pháp bảo đảm (thế chấp quyền sử dụng đất); "cầm sổ đỏ": cách gọi thông dụng',
  },
  {
    words: ['xóa đăng ký biện pháp bảo đảm', 'xóa thế chấp', 'xóa đăng ký thế chấp', 'giải chấp'],
    source: 'Nghị định 99/2022/NĐ-CP: xóa đăng ký biện pháp bảo đảm; "giải chấp": cách gọi thông dụng',
  },
  {
    words: ['giấy phép xây dựng', 'GPXD', 'xin phép xây dựng', 'xây nhà', 'xin phép xây nhà', 'giấy phép xây nhà', 'cất nhà'],
    source: 'Luật Xây dựng 2014 (50/2014/QH13), sửa đổi 2020 (62/2020/QH14): giấy phép xây dựng; "xây nhà", "cất nhà": cách gọi thông dụng',
  },
  {
    words: ['nhà ở riêng lẻ', 'nhà riêng lẻ', 'nhà phố', 'nhà ở của hộ gia đình'],
    source: 'Luật Nhà ở 2023 (27/2023/QH15) và Luật Xây dựng: nhà ở riêng lẻ (nhà phố, nhà của hộ gia đình, cá nhân)',
  },
  {
    words: ['sửa chữa, cải tạo', 'sửa nhà', 'sửa chữa nhà', 'cải tạo nhà'],
    source: 'Luật Xây dựng 2014 (50/2014/QH13): giấy phép sửa chữa, cải tạo công trình; "sửa nhà": cách gọi thông dụng',
  },
  {
    words: ['nhà ở xã hội', 'NOXH', 'nhà xã hội'],
    source: 'Luật Nhà ở 2023 (27/2023/QH15): nhà ở xã hội; NOXH: viết tắt thông dụng',
  },
  {
    words: ['nhà ở công vụ', 'nhà công vụ'],
    source: 'Luật Nhà ở 2023 (27/2023/QH15): nhà ở công vụ',
  },
  {
    words: ['chung cư', 'căn hộ chung cư', 'khu tập thể'],
    source: 'Luật Nhà ở 2023 (27/2023/QH15): nhà chung cư; "khu tập thể": cách gọi chung cư cũ',
  },
  {
    words: ['bất động sản', 'BĐS', 'địa ốc'],
    source: 'Luật Kinh doanh bất động sản 2023 (29/2023/QH15); BĐS, "địa ốc": cách gọi thông dụng',
  },
  {
    words: ['môi giới bất động sản', 'môi giới nhà đất', 'môi giới BĐS'],
    source: 'Luật Kinh doanh bất động sản 2023 (29/2023/QH15): chứng chỉ hành nghề môi giới bất động sản',
  },
  {
    words: ['thông tin quy hoạch', 'xem quy hoạch', 'tra cứu quy hoạch', 'hỏi quy hoạch'],
    source: `${PORTAL_TITLES} («Cung cấp thông tin quy hoạch đô thị và nông thôn»); "xem quy hoạch": cách gọi thông dụng`,
  },

  // ── Kinh doanh, doanh nghiệp ────────────────────────────────────────────────────────────────
  {
    words: ['ĐKKD', 'đăng ký kinh doanh', 'giấy chứng nhận đăng ký kinh doanh', 'giấy đăng ký kinh doanh', 'GCNĐKKD', 'giấy phép đăng ký kinh doanh'],
    source: 'Luật Doanh nghiệp 2020 (59/2020/QH14): cơ quan đăng ký kinh doanh, Giấy chứng nhận đăng ký kinh doanh; ĐKKD: viết tắt thông dụng',
  },
  {
    words: ['hộ kinh doanh', 'hộ kinh doanh cá thể', 'hộ cá thể', 'HKD', 'mở quán', 'mở cửa hàng', 'mở tiệm', 'mở shop', 'mở sạp'],
    source: `${PORTAL_TITLES} (lĩnh vực «Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)», «Đăng ký thành lập hộ kinh doanh»); "mở quán", "mở tiệm", "hộ cá thể": cách gọi thông dụng`,
  },
  {
    words: ['chấm dứt hoạt động hộ kinh doanh', 'đóng cửa hộ kinh doanh', 'giải thể hộ kinh doanh', 'đóng cửa quán', 'dẹp quán'],
    source: `${PORTAL_TITLES} («Chấm dứt hoạt động hộ kinh doanh»); "đóng cửa quán": cách gọi thông dụng`,
  },
  {
    words: ['tạm ngừng kinh doanh', 'tạm nghỉ kinh doanh', 'tạm dừng kinh doanh', 'tạm đóng cửa'],
    source: 'Luật Doanh nghiệp 2020 (59/2020/QH14), Điều 206: tạm ngừng kinh doanh; "tạm nghỉ kinh doanh": cách gọi thông dụng',
  },
  {
    words: ['thành lập doanh nghiệp', 'thành lập công ty', 'mở công ty', 'mở doanh nghiệp', 'đăng ký thành lập doanh nghiệp'],
    source: 'Luật Doanh nghiệp 2020 (59/2020/QH14): đăng ký thành lập doanh nghiệp; "mở công ty": cách gọi thông dụng',
  },
  {
    words: ['giải thể doanh nghiệp', 'giải thể công ty'],
    source: 'Luật Doanh nghiệp 2020 (59/2020/QH14): giải thể doanh nghiệp',
  },
  {
    words: ['trách nhiệm hữu hạn', 'TNHH'],
    source: `Luật Doanh nghiệp 2020 (59/2020/QH14): công ty trách nhiệm hữu hạn; ${PORTAL_TITLES} («Đăng ký thành lập công ty TNHH…»)`,
  },
  {
    words: ['công ty cổ phần', 'CTCP'],
    source: 'Luật Doanh nghiệp 2020 (59/2020/QH14): công ty cổ phần; CTCP: viết tắt thông dụng',
  },
  {
    words: ['doanh nghiệp tư nhân', 'DNTN'],
    source: 'Luật Doanh nghiệp 2020 (59/2020/QH14): doanh nghiệp tư nhân; DNTN: viết tắt thông dụng',
  },
  {
    words: ['thay đổi vốn điều lệ', 'tăng vốn điều lệ', 'giảm vốn điều lệ', 'tăng vốn công ty'],
    source: 'Luật Doanh nghiệp 2020 (59/2020/QH14): đăng ký thay đổi vốn điều lệ',
  },
  {
    words: ['thay đổi địa chỉ trụ sở chính', 'đổi địa chỉ công ty', 'chuyển trụ sở công ty', 'chuyển địa chỉ công ty'],
    source: `${PORTAL_TITLES} («Đăng ký thay đổi địa chỉ trụ sở chính…»); "đổi địa chỉ công ty": cách gọi thông dụng`,
  },
  {
    words: ['ngành nghề kinh doanh', 'bổ sung ngành nghề', 'thêm ngành nghề', 'mã ngành kinh doanh'],
    source: 'Luật Doanh nghiệp 2020 (59/2020/QH14): thông báo thay đổi ngành, nghề kinh doanh; "thêm ngành nghề": cách gọi thông dụng',
  },
  {
    words: ['người đại diện theo pháp luật', 'đại diện pháp luật', 'người đại diện pháp luật', 'người đứng tên công ty'],
    source: 'Luật Doanh nghiệp 2020 (59/2020/QH14), Điều 12: người đại diện theo pháp luật',
  },
  {
    words: ['văn phòng đại diện', 'VPĐD'],
    source: 'Luật Doanh nghiệp 2020 (59/2020/QH14): văn phòng đại diện; VPĐD: viết tắt thông dụng',
  },
  {
    words: ['hợp tác xã', 'HTX'],
    source: 'Luật Hợp tác xã 2023 (17/2023/QH15); HTX: viết tắt thông dụng',
  },
  {
    words: ['doanh nghiệp nhỏ và vừa', 'DNNVV'],
    source: 'Luật Hỗ trợ doanh nghiệp nhỏ và vừa 2017 (04/2017/QH14); DNNVV: viết tắt thông dụng',
  },
  {
    words: ['doanh nghiệp xã hội', 'DNXH'],
    source: 'Luật Doanh nghiệp 2020 (59/2020/QH14), Điều 10: doanh nghiệp xã hội',
  },
  {
    words: ['doanh nghiệp chế xuất', 'DNCX'],
    source: `${PORTAL_TITLES} (lĩnh vực Hải quan, viết tắt DNCX)`,
  },
  {
    words: ['đầu tư trực tiếp nước ngoài', 'FDI', 'vốn FDI'],
    source: 'Luật Đầu tư 2020 (61/2020/QH14): nhà đầu tư nước ngoài; FDI (Foreign Direct Investment): viết tắt thông dụng',
  },
  {
    words: ['giấy chứng nhận đăng ký đầu tư', 'GCNĐKĐT', 'giấy phép đầu tư'],
    source: 'Luật Đầu tư 2020 (61/2020/QH14): Giấy chứng nhận đăng ký đầu tư (trước đây: giấy phép đầu tư)',
  },
  {
    words: ['nhà đầu tư', 'NĐT'],
    source: 'Luật Đầu tư 2020 (61/2020/QH14): nhà đầu tư; NĐT: viết tắt thông dụng',
  },
  {
    words: ['đối tác công tư', 'PPP'],
    source: 'Luật Đầu tư theo phương thức đối tác công tư 2020 (64/2020/QH14): PPP',
  },
  {
    words: ['hỗ trợ phát triển chính thức', 'ODA'],
    source: `${PORTAL_TITLES} (lĩnh vực «Đầu tư bằng vốn hỗ trợ phát triển chính thức (ODA)…»)`,
  },
  {
    words: ['khu công nghiệp', 'KCN'],
    source: `${PORTAL_TITLES} (lĩnh vực «Quản lý nhà nước về khu công nghiệp, khu kinh tế»); KCN: viết tắt thông dụng`,
  },
  {
    words: ['khu kinh tế', 'KKT'],
    source: `${PORTAL_TITLES} (lĩnh vực «Quản lý nhà nước về khu công nghiệp, khu kinh tế»); KKT: viết tắt thông dụng`,
  },
  {
    words: ['giấy chứng nhận đủ điều kiện về an ninh, trật tự', 'giấy phép an ninh trật tự', 'giấy phép ANTT', 'giấy ANTT'],
    source: `${PORTAL_TITLES} («Cấp mới Giấy chứng nhận đủ điều kiện về an ninh, trật tự»); "giấy phép ANTT": cách gọi thông dụng (karaoke, lưu trú, cầm đồ)`,
  },
  {
    words: ['an toàn thực phẩm', 'ATTP', 'vệ sinh an toàn thực phẩm', 'VSATTP'],
    source: 'Luật An toàn thực phẩm 2010 (55/2010/QH12); ATTP, VSATTP: viết tắt thông dụng',
  },
  {
    words: ['sản xuất kinh doanh', 'SXKD'],
    source: 'Viết tắt thông dụng trong văn bản hành chính',
  },
  {
    words: ['vận tải hành khách', 'xe khách'],
    source: `${PORTAL_TITLES} («Đăng ký khai thác tuyến vận tải hành khách cố định»); "xe khách": cách gọi thông dụng`,
  },
  {
    words: ['vận tải hàng hóa', 'xe tải chở hàng', 'chở hàng'],
    source: `${PORTAL_TITLES} (vận tải hàng hóa bằng ô tô); "chở hàng": cách gọi thông dụng`,
  },

  // ── Thuế, tài chính ─────────────────────────────────────────────────────────────────────────
  {
    words: ['MST', 'mã số thuế', 'mã thuế', 'đăng ký thuế lần đầu', 'đăng ký mã số thuế', 'làm mã số thuế', 'xin mã số thuế', 'cấp mã số thuế'],
    source: 'Luật Quản lý thuế 2019 (38/2019/QH14): người nộp thuế đăng ký thuế lần đầu để được cấp mã số thuế; MST: viết tắt thông dụng',
  },
  {
    words: ['thu nhập cá nhân', 'TNCN'],
    source: `Luật Thuế thu nhập cá nhân 2007 (04/2007/QH12); ${PORTAL_TITLES} («Hoàn thuế TNCN…»)`,
  },
  {
    words: ['thu nhập doanh nghiệp', 'TNDN'],
    source: `Luật Thuế thu nhập doanh nghiệp; ${PORTAL_TITLES} («Khai quyết toán thuế TNDN…»)`,
  },
  {
    words: ['giá trị gia tăng', 'GTGT', 'thuế VAT'],
    source: `Luật Thuế giá trị gia tăng; ${PORTAL_TITLES} («Hoàn thuế GTGT…»); "thuế VAT": cách gọi thông dụng (VAT một mình gấp lại thành "vật")`,
  },
  {
    words: ['tiêu thụ đặc biệt', 'TTĐB'],
    source: `Luật Thuế tiêu thụ đặc biệt; ${PORTAL_TITLES} («…hàng hóa, dịch vụ chịu thuế TTĐB»)`,
  },
  {
    words: ['thuế khoán', 'thuế hộ kinh doanh', 'khai thuế đối với hộ kinh doanh'],
    source: 'Thông tư 40/2021/TT-BTC: hộ kinh doanh nộp thuế theo phương pháp khoán; "thuế khoán": cách gọi thông dụng',
  },
  {
    words: ['hóa đơn điện tử', 'HĐĐT'],
    source: 'Nghị định 123/2020/NĐ-CP về hóa đơn, chứng từ; HĐĐT: viết tắt thông dụng',
  },
  {
    words: ['ngân sách nhà nước', 'NSNN'],
    source: `Luật Ngân sách nhà nước; ${PORTAL_TITLES} («…thu nộp ngân sách nhà nước (NSNN)»)`,
  },
  {
    words: ['kho bạc nhà nước', 'KBNN', 'kho bạc'],
    source: `${PORTAL_TITLES} (lĩnh vực Kho bạc Nhà nước, viết tắt KBNN)`,
  },
  {
    words: ['ngân hàng nhà nước', 'NHNN'],
    source: `${PORTAL_TITLES} (Ngân hàng Nhà nước Việt Nam, viết tắt NHNN)`,
  },
  {
    words: ['tổ chức tín dụng', 'TCTD'],
    source: 'Luật Các tổ chức tín dụng 2024 (32/2024/QH15); TCTD: viết tắt thông dụng',
  },
  {
    words: ['quỹ tín dụng nhân dân', 'QTDND'],
    source: 'Luật Các tổ chức tín dụng 2024 (32/2024/QH15): quỹ tín dụng nhân dân; QTDND: viết tắt thông dụng',
  },
  {
    words: ['tờ khai hải quan', 'TKHQ'],
    source: 'Luật Hải quan 2014 (54/2014/QH13): tờ khai hải quan; TKHQ: viết tắt thông dụng',
  },

  // ── Bảo hiểm xã hội, y tế, việc làm ─────────────────────────────────────────────────────────
  {
    words: ['BHYT', 'bảo hiểm y tế'],
    source: `Luật Bảo hiểm y tế 2008 (25/2008/QH12); ${PORTAL_TITLES} («…cấp thẻ BHYT»)`,
  },
  {
    words: ['BHXH', 'bảo hiểm xã hội'],
    source: `Luật Bảo hiểm xã hội 2024 (41/2024/QH15); ${PORTAL_TITLES} («…sổ BHXH»)`,
  },
  {
    words: ['BHTN', 'bảo hiểm thất nghiệp'],
    source: `Luật Việc làm 2013 (38/2013/QH13): bảo hiểm thất nghiệp; ${PORTAL_TITLES} (lĩnh vực «Thu BHXH, BHYT, BHTN…»)`,
  },
  {
    words: ['TNLĐ', 'tai nạn lao động'],
    source: `Luật An toàn, vệ sinh lao động 2015 (84/2015/QH13); ${PORTAL_TITLES} («Giải quyết hưởng chế độ TNLĐ, BNN…»)`,
  },
  {
    words: ['BNN', 'bệnh nghề nghiệp'],
    source: `Luật An toàn, vệ sinh lao động 2015 (84/2015/QH13); ${PORTAL_TITLES} («Giải quyết hưởng chế độ TNLĐ, BNN…»)`,
  },
  {
    words: ['BHTNLĐ', 'bảo hiểm tai nạn lao động'],
    source: `Luật An toàn, vệ sinh lao động 2015 (84/2015/QH13); ${PORTAL_TITLES} («Đăng ký, điều chỉnh đóng BHXH, BHYT, BHTN, BHTNLĐ, BNN…»)`,
  },
  {
    words: ['bảo hiểm xã hội một lần', 'BHXH một lần', 'rút BHXH một lần', 'rút bảo hiểm xã hội một lần', 'rút sổ BHXH', 'lãnh BHXH một lần'],
    source: 'Luật Bảo hiểm xã hội 2024 (41/2024/QH15): hưởng bảo hiểm xã hội một lần; "rút BHXH một lần": cách gọi thông dụng',
  },
  {
    words: ['BHXH tự nguyện', 'bảo hiểm xã hội tự nguyện', 'bảo hiểm tự nguyện'],
    source: `Luật Bảo hiểm xã hội 2024 (41/2024/QH15): bảo hiểm xã hội tự nguyện; ${PORTAL_TITLES} («…đóng BHXH tự nguyện»)`,
  },
  {
    words: ['sổ BHXH', 'sổ bảo hiểm xã hội', 'sổ bảo hiểm'],
    source: `Luật Bảo hiểm xã hội 2024 (41/2024/QH15): sổ bảo hiểm xã hội; ${PORTAL_TITLES} («Cấp lại, đổi, điều chỉnh thông tin trên sổ BHXH, thẻ BHYT»)`,
  },
  {
    words: ['mất thẻ BHYT', 'cấp lại thẻ BHYT', 'cấp lại thẻ bảo hiểm y tế', 'làm lại thẻ BHYT', 'mất thẻ bảo hiểm y tế'],
    source: `${PORTAL_TITLES} («Cấp lại thẻ bảo hiểm y tế»); "mất thẻ BHYT": cách gọi thông dụng`,
  },
  {
    words: ['thai sản', 'nghỉ thai sản', 'nghỉ đẻ', 'nghỉ sinh', 'tiền thai sản'],
    source: 'Luật Bảo hiểm xã hội 2024 (41/2024/QH15): chế độ thai sản; "nghỉ đẻ", "nghỉ sinh": cách gọi thông dụng',
  },
  {
    words: ['ốm đau', 'nghỉ ốm', 'tiền ốm đau'],
    source: 'Luật Bảo hiểm xã hội 2024 (41/2024/QH15): chế độ ốm đau; "nghỉ ốm": cách gọi thông dụng',
  },
  {
    words: ['tử tuất', 'tiền tuất', 'trợ cấp tuất', 'trợ cấp mai táng', 'mai táng phí', 'tiền mai táng'],
    source: 'Luật Bảo hiểm xã hội 2024 (41/2024/QH15): chế độ tử tuất (trợ cấp mai táng, trợ cấp tuất)',
  },
  {
    words: ['lương hưu', 'nghỉ hưu', 'tiền hưu', 'lĩnh lương hưu'],
    source: 'Luật Bảo hiểm xã hội 2024 (41/2024/QH15): chế độ hưu trí, lương hưu; "tiền hưu": cách gọi thông dụng',
  },
  {
    words: ['dưỡng sức phục hồi sức khỏe', 'DSPHSK', 'nghỉ dưỡng sức'],
    source: `Luật Bảo hiểm xã hội 2024 (41/2024/QH15); ${PORTAL_TITLES} («Giải quyết hưởng trợ cấp nghỉ DSPHSK…»)`,
  },
  {
    words: ['khám chữa bệnh', 'KCB'],
    source: `Luật Khám bệnh, chữa bệnh 2023 (15/2023/QH15); ${PORTAL_TITLES} («…cơ sở KCB BHYT»)`,
  },
  {
    words: ['người lao động', 'NLĐ'],
    source: 'Bộ luật Lao động 2019 (45/2019/QH14): người lao động; NLĐ: viết tắt thông dụng',
  },
  {
    words: ['người sử dụng lao động', 'NSDLĐ', 'chủ sử dụng lao động'],
    source: 'Bộ luật Lao động 2019 (45/2019/QH14): người sử dụng lao động; NSDLĐ: viết tắt thông dụng',
  },
  {
    words: ['giấy phép lao động', 'GPLĐ', 'work permit'],
    source: 'Bộ luật Lao động 2019 (45/2019/QH14): giấy phép lao động cho người nước ngoài; "work permit": tên tiếng Anh thông dụng',
  },
  {
    words: ['xuất khẩu lao động', 'XKLĐ', 'đi làm việc ở nước ngoài theo hợp đồng'],
    source: 'Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng 2020 (69/2020/QH14); "xuất khẩu lao động": cách gọi thông dụng',
  },

  // ── Chính sách xã hội, người có công ──────────────────────────────────────────────────────
  {
    words: ['hộ nghèo', 'sổ hộ nghèo', 'giấy chứng nhận hộ nghèo', 'xét hộ nghèo'],
    source: 'Nghị định 07/2021/NĐ-CP về chuẩn nghèo đa chiều: công nhận hộ nghèo; "sổ hộ nghèo": cách gọi thông dụng',
  },
  {
    words: ['hộ cận nghèo', 'sổ cận nghèo', 'cận nghèo'],
    source: 'Nghị định 07/2021/NĐ-CP về chuẩn nghèo đa chiều: công nhận hộ cận nghèo',
  },
  {
    words: ['bảo trợ xã hội', 'BTXH', 'trợ cấp xã hội', 'trợ giúp xã hội'],
    source: 'Nghị định 20/2021/NĐ-CP về chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội; BTXH: viết tắt thông dụng',
  },
  {
    words: ['người cao tuổi', 'NCT', 'người già'],
    source: 'Luật Người cao tuổi 2009 (39/2009/QH12); "người già": cách gọi thông dụng',
  },
  {
    words: ['người khuyết tật', 'NKT', 'người tàn tật'],
    source: 'Luật Người khuyết tật 2010 (51/2010/QH12); "người tàn tật": tên cũ (Pháp lệnh về người tàn tật 1998)',
  },
  {
    words: ['người có công', 'gia đình chính sách', 'diện chính sách', 'người có công với cách mạng'],
    source: 'Pháp lệnh Ưu đãi người có công với cách mạng 2020 (02/2020/UBTVQH14); "gia đình chính sách": cách gọi thông dụng',
  },
  {
    words: ['liệt sĩ', 'liệt sỹ'],
    source: `${SPELLING_IY}; ${PORTAL_TITLES} viết «liệt sỹ», Pháp lệnh Ưu đãi người có công 2020 viết «liệt sĩ»`,
  },
  {
    words: ['cai nghiện', 'cai ma túy', 'cai nghiện ma túy'],
    source: 'Luật Phòng, chống ma túy 2021 (73/2021/QH14): cai nghiện ma túy tự nguyện',
  },

  // ── Giao thông, phương tiện ─────────────────────────────────────────────────────────────────
  {
    words: ['giấy phép lái xe', 'GPLX', 'bằng lái', 'bằng lái xe'],
    source: 'Luật Trật tự, an toàn giao thông đường bộ 2024 (36/2024/QH15): giấy phép lái xe; "bằng lái": cách gọi thông dụng',
  },
  {
    words: ['cấp lại', 'làm lại', 'xin cấp lại'],
    source: `${PORTAL_TITLES} (130 thủ tục «Cấp lại…»); "làm lại" (giấy tờ): cách gọi thông dụng`,
  },
  {
    words: ['sát hạch lái xe', 'thi bằng lái', 'thi lái xe', 'thi GPLX'],
    source: `${PORTAL_TITLES} (lĩnh vực «Sát hạch, cấp giấy phép lái xe»); "thi bằng lái": cách gọi thông dụng`,
  },
  {
    words: ['chứng nhận đăng ký xe', 'cà vẹt', 'cà vẹt xe', 'giấy đăng ký xe'],
    source: `${PORTAL_TITLES} («Cấp lại chứng nhận đăng ký xe, biển số xe…»); "cà vẹt" (carte verte): cách gọi thông dụng ở Nam Bộ`,
  },
  {
    words: ['biển số xe', 'biển số', 'bảng số xe', 'biển kiểm soát'],
    source: `${PORTAL_TITLES} («…biển số xe»); "bảng số": cách gọi thông dụng ở Nam Bộ`,
  },
  {
    words: ['sang tên xe', 'đăng ký sang tên xe', 'sang tên đổi chủ xe', 'chuyển quyền sở hữu xe'],
    source: `${PORTAL_TITLES} («Cấp chứng nhận đăng ký xe, biển số xe trong trường hợp thay đổi chủ xe (đăng ký sang tên xe)…»)`,
  },
  {
    words: ['xe lần đầu', 'đăng ký xe lần đầu', 'đăng ký xe mới', 'xe mới mua', 'xe máy mới mua', 'ô tô mới mua'],
    source: `${PORTAL_TITLES} («Đăng ký xe lần đầu…», «Đăng ký, cấp biển số xe lần đầu…»); "xe mới mua": cách gọi thông dụng`,
  },
  {
    words: ['ô tô', 'xe hơi'],
    source: `${COMMON} ("xe hơi" = ô tô)`,
  },
  {
    words: ['xe máy chuyên dùng', 'xe công trình', 'máy công trình'],
    source: 'Luật Trật tự, an toàn giao thông đường bộ 2024 (36/2024/QH15): xe máy chuyên dùng; "xe công trình": cách gọi thông dụng',
  },
  {
    words: ['kiểm định xe cơ giới', 'đăng kiểm xe', 'đăng kiểm'],
    source: `${PORTAL_TITLES} (lĩnh vực Đăng kiểm: «…hoạt động kiểm định xe cơ giới»)`,
  },
  {
    words: ['tàu hỏa', 'xe lửa'],
    source: `${COMMON} (Luật Đường sắt 2017 (06/2017/QH14) gọi là tàu)`,
  },
  {
    words: ['đường thủy nội địa', 'đường sông'],
    source: 'Luật Giao thông đường thủy nội địa 2004 (23/2004/QH11); "đường sông": cách gọi thông dụng',
  },
  {
    words: ['tàu cá', 'tàu đánh cá', 'thuyền đánh cá', 'ghe cá'],
    source: 'Luật Thủy sản 2017 (18/2017/QH14): tàu cá; "ghe cá": cách gọi thông dụng ở Nam Bộ',
  },
  {
    words: ['phòng cháy chữa cháy', 'phòng cháy và chữa cháy', 'PCCC'],
    source: 'Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ 2024 (55/2024/QH15); PCCC: viết tắt thông dụng',
  },

  // ── Nông nghiệp, tài nguyên, môi trường ─────────────────────────────────────────────────────
  {
    words: ['thuốc bảo vệ thực vật', 'thuốc BVTV', 'BVTV', 'thuốc trừ sâu'],
    source: 'Luật Bảo vệ và kiểm dịch thực vật 2013 (41/2013/QH13); "thuốc trừ sâu": cách gọi thông dụng',
  },
  {
    words: ['thức ăn chăn nuôi', 'TACN'],
    source: 'Luật Chăn nuôi 2018 (32/2018/QH14): thức ăn chăn nuôi; TACN: viết tắt thông dụng',
  },
  {
    words: ['giết mổ', 'lò mổ', 'lò giết mổ'],
    source: 'Luật Thú y 2015 (79/2015/QH13): cơ sở giết mổ động vật; "lò mổ": cách gọi thông dụng',
  },
  {
    words: ['giống cây trồng', 'cây giống'],
    source: 'Luật Trồng trọt 2018 (31/2018/QH14): giống cây trồng',
  },
  {
    words: ['nước dưới đất', 'nước ngầm', 'giếng khoan'],
    source: 'Luật Tài nguyên nước 2023 (28/2023/QH15): nước dưới đất; "nước ngầm", "giếng khoan": cách gọi thông dụng',
  },
  {
    words: ['giấy phép môi trường', 'GPMT'],
    source: 'Luật Bảo vệ môi trường 2020 (72/2020/QH14): giấy phép môi trường; GPMT: viết tắt thông dụng',
  },
  {
    words: ['đánh giá tác động môi trường', 'ĐTM', 'báo cáo ĐTM'],
    source: 'Luật Bảo vệ môi trường 2020 (72/2020/QH14): đánh giá tác động môi trường (ĐTM)',
  },

  // ── Hành chính, dịch vụ công ────────────────────────────────────────────────────────────────
  {
    words: ['UBND', 'ủy ban nhân dân'],
    source: `Luật Tổ chức chính quyền địa phương: Ủy ban nhân dân; ${PORTAL_TITLES} («…thuộc thẩm quyền của UBND cấp tỉnh»)`,
  },
  {
    words: ['HĐND', 'hội đồng nhân dân'],
    source: 'Luật Tổ chức chính quyền địa phương: Hội đồng nhân dân; HĐND: viết tắt thông dụng',
  },
  {
    words: ['TTHC', 'thủ tục hành chính'],
    source: 'Nghị định 63/2010/NĐ-CP về kiểm soát thủ tục hành chính; TTHC: viết tắt trong văn bản hành chính',
  },
  {
    words: ['DVC', 'dịch vụ công'],
    source: 'Nghị định 42/2022/NĐ-CP về cung cấp thông tin và dịch vụ công trực tuyến; DVC: viết tắt thông dụng',
  },
  {
    words: ['dịch vụ công trực tuyến', 'DVCTT', 'nộp hồ sơ trực tuyến', 'nộp hồ sơ online', 'nộp online', 'làm online'],
    source: 'Nghị định 42/2022/NĐ-CP: dịch vụ công trực tuyến; "nộp online": cách gọi thông dụng',
  },
  {
    words: ['Cổng Dịch vụ công quốc gia', 'DVCQG', 'cổng DVC quốc gia', 'dichvucong.gov.vn'],
    source: 'Quyết định 274/QĐ-TTg năm 2019 về Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)',
  },
  {
    words: ['PAKN', 'phản ánh kiến nghị', 'góp ý phản ánh'],
    source: 'Nghị định 20/2008/NĐ-CP về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính; PAKN: viết tắt thông dụng',
  },
  {
    words: ['TTPVHCC', 'trung tâm phục vụ hành chính công', 'trung tâm hành chính công', 'TTHCC'],
    source: 'Nghị định 107/2021/NĐ-CP sửa Nghị định 61/2018/NĐ-CP: Trung tâm Phục vụ hành chính công (trước đây: Trung tâm Hành chính công)',
  },
  {
    words: ['một cửa', 'bộ phận một cửa', 'bộ phận tiếp nhận và trả kết quả', 'phòng một cửa', 'BPMC'],
    source: 'Nghị định 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông: Bộ phận Một cửa (Bộ phận tiếp nhận và trả kết quả)',
  },
  {
    words: ['CCHC', 'cải cách hành chính'],
    source: 'Nghị quyết 76/NQ-CP năm 2021 (Chương trình tổng thể cải cách hành chính nhà nước 2021–2030); CCHC: viết tắt trong văn bản hành chính',
  },
  {
    words: ['CBCC', 'CBCCVC', 'cán bộ công chức', 'cán bộ, công chức, viên chức'],
    source: 'Luật Cán bộ, công chức và Luật Viên chức; CBCC, CBCCVC: viết tắt trong văn bản hành chính',
  },
  {
    words: ['đường dây nóng', 'hotline', 'số điện thoại', 'SĐT', 'tổng đài'],
    source: 'Nội dung mẫu và mô hình nội dung (đường dây nóng, tổng đài 1022); "hotline", SĐT: cách gọi thông dụng',
  },
  {
    words: ['tiếp công dân', 'tiếp dân', 'lịch tiếp dân'],
    source: 'Luật Tiếp công dân 2013 (42/2013/QH13); "tiếp dân": cách gọi thông dụng',
  },
  {
    words: ['trễ hạn', 'quá hạn', 'trễ hẹn', 'chậm trả kết quả'],
    source: 'Nghị định 61/2018/NĐ-CP: hồ sơ quá hạn giải quyết (phiếu xin lỗi); "trễ hẹn": cách gọi thông dụng',
  },
  {
    words: ['chính quyền địa phương hai cấp', 'chính quyền hai cấp', 'chính quyền 2 cấp', 'mô hình hai cấp'],
    source: 'Luật Tổ chức chính quyền địa phương 2025: chính quyền địa phương hai cấp (tỉnh, xã) từ 01/7/2025',
  },
  {
    words: ['ký số', 'kí số', 'chữ ký số', 'chữ kí số', 'ký điện tử'],
    source: `Luật Giao dịch điện tử 2023 (20/2023/QH15): chữ ký số; ${SPELLING_IY}`,
  },
  {
    words: ['chữ ký', 'chữ kí'],
    source: SPELLING_IY,
  },
  {
    words: ['đăng ký', 'đăng kí'],
    source: SPELLING_IY,
  },
  {
    words: ['kỹ thuật', 'kĩ thuật'],
    source: SPELLING_IY,
  },
  {
    words: ['sĩ quan', 'sỹ quan'],
    source: SPELLING_IY,
  },
  {
    words: ['công ty', 'cty'],
    source: 'Viết tắt thông dụng của "công ty"',
  },
  {
    words: ['không dùng tiền mặt', 'không tiền mặt', 'thanh toán điện tử', 'chuyển khoản'],
    source: 'Quyết định 1813/QĐ-TTg năm 2021 về thanh toán không dùng tiền mặt; "chuyển khoản": cách gọi thông dụng',
  },
  {
    words: ['khảo sát sự hài lòng', 'SIPAS', 'chỉ số hài lòng', 'đo lường sự hài lòng'],
    source: 'Bộ Nội vụ: Chỉ số hài lòng về sự phục vụ hành chính (SIPAS), đo bằng khảo sát người dân hằng năm',
  },
  {
    words: ['PAR Index', 'chỉ số cải cách hành chính', 'chỉ số CCHC'],
    source: 'Bộ Nội vụ: Chỉ số cải cách hành chính (PAR Index) xác định hằng năm',
  },
  {
    words: ['PAPI', 'chỉ số hiệu quả quản trị và hành chính công cấp tỉnh'],
    source: 'Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh (PAPI) do UNDP và các đối tác công bố hằng năm',
  },
  {
    words: ['PCI', 'chỉ số năng lực cạnh tranh cấp tỉnh'],
    source: 'Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) do VCCI công bố hằng năm',
  },
  {
    words: ['văn bản quy phạm pháp luật', 'VBQPPL'],
    source: 'Luật Ban hành văn bản quy phạm pháp luật; VBQPPL: viết tắt thông dụng',
  },
  {
    words: ['Đoàn Thanh niên', 'ĐTN', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
    source: 'Tên tổ chức; ĐTN: viết tắt thông dụng',
  },
];

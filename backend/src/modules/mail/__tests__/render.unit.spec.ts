import { NOTICE_TEMPLATES, type NoticeData, type NoticeTemplate } from "@ocop/contracts"
import { renderNotice, renderStored } from "../render"

const transfer = {
  order_id: "order_1",
  paid: false,
  amount: 245000,
  currency_code: "vnd",
  memo: "OCOP 1042",
  bank: { bin: "970436", name: "Ngân hàng TMCP Ngoại thương Việt Nam", short_name: "Vietcombank" },
  account_number: "0123456789",
  account_name: "CONG TY OCOP",
  qr_payload: "000201",
}

/** One example of every template: the compiler refuses this object when a template is added without one. */
const EXAMPLES: { [T in NoticeTemplate]: { data: NoticeData[T]; says: string[] } } = {
  "order-placed": {
    data: { display_id: 1042, total: 245000, items: [{ title: "Mật ong bạc hà", quantity: 2 }], transfer },
    says: ["#1042", "Mật ong bạc hà × 2", "245.000", "OCOP 1042", "0123456789", "Vietcombank"],
  },
  "producer-order-placed": {
    data: {
      display_id: 1042,
      producer_name: "HTX Mật ong Đồng Văn",
      items: [{ title: "Mật ong bạc hà", quantity: 2 }],
      deliver_to: { name: "Nguyễn Thị Lan", phone: "0912345678", address: "12 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh" },
    },
    says: ["#1042", "HTX Mật ong Đồng Văn", "Mật ong bạc hà × 2", "Nguyễn Thị Lan", "0912345678", "12 Lê Lợi"],
  },
  "payment-received": { data: { display_id: 1042, amount: 245000 }, says: ["#1042", "245.000"] },
  "order-shipped": {
    data: {
      display_id: 1042,
      producer_name: "HTX Mật ong Đồng Văn",
      carrier: "GHN",
      tracking_number: "GHN123456",
      order_url: "http://localhost:8000/order/order_1",
    },
    says: ["#1042", "GHN", "GHN123456", "http://localhost:8000/order/order_1"],
  },
  "order-canceled": {
    data: { display_id: 1042, producer_name: "HTX Mật ong Đồng Văn", reason: "Hết hàng" },
    says: ["#1042", "Phần của HTX Mật ong Đồng Văn", "Hết hàng"],
  },
  "order-unpaid-canceled": {
    data: { display_id: 1042, amount: 245000, currency_code: "vnd", reason: "Quá hạn chuyển khoản" },
    says: ["#1042", "245.000", "Quá hạn chuyển khoản"],
  },
  "pickup-ready": {
    data: {
      display_id: 1042,
      producer_name: "HTX Mật ong Đồng Văn",
      showroom: { name: "Điểm OCOP Hà Giang", address: "1 Nguyễn Trãi, Hà Giang", hours: "8:00–17:00" },
    },
    says: ["#1042", "Điểm OCOP Hà Giang", "1 Nguyễn Trãi", "8:00–17:00"],
  },
  "certificate-expiring": {
    data: {
      producer_name: "HTX Mật ong Đồng Văn",
      certificate_number: "123/QĐ-UBND",
      product_name: "Mật ong bạc hà",
      expires_on: "2027-06-30",
      days_left: 30,
    },
    says: ["123/QĐ-UBND", "Mật ong bạc hà", "30/06/2027", "30 ngày"],
  },
  "low-stock": {
    data: { producer_name: "HTX Mật ong Đồng Văn", items: [{ title: "Mật ong bạc hà 500 ml", sku: "MO-500", available: 3 }] },
    says: ["HTX Mật ong Đồng Văn", "Mật ong bạc hà 500 ml (MO-500): còn 3"],
  },
  "stamp-flagged": {
    data: {
      producer_name: "HTX Mật ong Đồng Văn",
      code: "7K3M-Q9XH-2PAD-W",
      lot_number: "L2026-07",
      product_title: "Mật ong bạc hà — Chai 500 ml",
      reason: "Quét ở từ 3 tỉnh, thành phố trở lên",
      provinces: ["Hà Nội", "Tuyên Quang", "Huế"],
      scans: 7,
    },
    says: ["7K3M-Q9XH-2PAD-W", "L2026-07", "quét ở từ 3 tỉnh", "Hà Nội, Tuyên Quang, Huế", "Số lượt quét: 7"],
  },
  "inspection-recorded": {
    data: {
      producer_name: "HTX Mật ong Đồng Văn",
      inspected_on: "2026-11-20",
      kind: "Đột xuất",
      failed: [{ check: "Bao bì đúng mẫu nhãn đã đăng ký", ground: "Sản phẩm, bao bì khác với mẫu được công nhận" }],
      correct_by: "2026-12-20",
      resolved: 0,
      portal_url: "http://localhost:8000/producer/inspections",
    },
    says: [
      "20/11/2026",
      "đột xuất",
      "Các nội dung chưa đạt",
      "Bao bì đúng mẫu nhãn đã đăng ký — Sản phẩm, bao bì khác",
      "20/12/2026",
    ],
  },
  "certificate-status-changed": {
    data: {
      producer_name: "HTX Mật ong Đồng Văn",
      certificate_number: "123/QĐ-UBND",
      product_name: "Mật ong bạc hà",
      change: "revoked",
      reason: "Thu hồi giấy chứng nhận sau kiểm tra: vi phạm lần hai trong 12 tháng.",
      portal_url: "http://localhost:8000/producer/certificates",
    },
    says: ["123/QĐ-UBND", "đã thu hồi giấy chứng nhận", "Mật ong bạc hà", "vi phạm lần hai", "ngừng bán"],
  },
  "customer-password-reset": {
    data: { email: "lan@example.vn", reset_url: "http://localhost:8000/reset?token=abc", expires_in_minutes: 15 },
    says: ["lan@example.vn", "http://localhost:8000/reset?token=abc", "15 phút"],
  },
  "customer-email-verification": {
    data: { email: "lan@example.vn", verify_url: "http://localhost:8000/verify?token=abc" },
    says: ["lan@example.vn", "http://localhost:8000/verify?token=abc"],
  },
}

describe("renderNotice", () => {
  it.each(NOTICE_TEMPLATES)("writes %s in Vietnamese with its data, as text and as HTML", (template) => {
    const { data, says } = EXAMPLES[template]
    const mail = renderNotice(template, data as NoticeData[typeof template])
    expect(mail.subject.length).toBeGreaterThan(10)
    expect(mail.text).toContain("Xin chào")
    for (const words of says) {
      expect(`${mail.subject}\n${mail.text}`).toContain(words)
      expect(mail.html).toContain(words.replace(/&/g, "&amp;"))
    }
  })

  it("escapes what a shopper typed so an address cannot inject markup", () => {
    const mail = renderNotice("producer-order-placed", {
      ...EXAMPLES["producer-order-placed"].data,
      deliver_to: { name: '<img src=x onerror="alert(1)">', phone: null, address: "A & B" },
    })
    expect(mail.html).not.toContain("<img")
    expect(mail.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;")
    expect(mail.html).toContain("A &amp; B")
    expect(mail.text).toContain('<img src=x onerror="alert(1)">')
  })

  it("names the whole order when no producer's part is cancelled", () => {
    const mail = renderNotice("order-canceled", { display_id: 7, producer_name: null, reason: null })
    expect(mail.subject).toBe("Đơn hàng #7 đã bị huỷ")
    expect(mail.text).not.toContain("Lý do")
  })

  it("refuses a stored notice whose template it does not know instead of sending an empty e-mail", () => {
    expect(() => renderStored("order-exploded", {})).toThrow("Unknown e-mail template: order-exploded")
    expect(renderStored("payment-received", { display_id: 3, amount: 1000 }).subject).toContain("#3")
  })
})

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Heading, Text } from "@medusajs/ui"
import { Section } from "../../components/section"
import { StatementImport } from "../../components/statement-import"
import { TransferReview } from "../../components/transfer-review"

/** "Đối soát chuyển khoản": the office imports bank statements and decides about transfers no order took (issue 16). */
const ReconciliationPage = () => (
  <div className="flex flex-col gap-y-3">
    <div className="px-1">
      <Heading>Đối soát chuyển khoản</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Khoản nào có nội dung “OCOP số đơn” và đúng số tiền thì đơn được ghi nhận đã thanh toán ngay; khoản thiếu, thừa, không
        khớp hoặc cho đơn đã huỷ chờ bạn quyết định ở đây.
      </Text>
    </div>
    <Section title="Nhập sao kê ngân hàng">
      <StatementImport />
    </Section>
    <Section title="Khoản chuyển khoản">
      <TransferReview />
    </Section>
  </div>
)

export const config = defineRouteConfig({
  label: "Đối soát chuyển khoản",
  icon: Cash,
})

export const handle = {
  breadcrumb: () => "Đối soát chuyển khoản",
}

export default ReconciliationPage

import type { Metadata } from "next"
import { getMe, listCertificates } from "@/lib/data/producer-portal"
import CertificatesTemplate from "@/modules/producer-portal/templates/certificates-template"

export const metadata: Metadata = { title: "Giấy chứng nhận" }

export default async function CertificatesPage() {
  const [{ member }, certificates] = await Promise.all([getMe(), listCertificates()])
  return <CertificatesTemplate certificates={certificates} owner={member.role === "owner"} now={new Date()} />
}

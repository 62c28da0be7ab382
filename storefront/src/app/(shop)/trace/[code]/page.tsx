import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { getTrace } from "@/lib/data/trace"
import MistypedStampTemplate from "@/modules/traceability/templates/mistyped-stamp-template"
import TraceTemplate from "@/modules/traceability/templates/trace-template"

// Opened by scanning a stamp's QR with a phone. Static metadata, so the stamp is read (and its scan
// counted) once per visit.
export const metadata: Metadata = {
  title: "Truy xuất nguồn gốc",
  robots: { index: false },
}

export default async function TracePage({ params }: PageProps<"/trace/[code]">) {
  await connection()
  const { code } = await params
  const answer = await getTrace(code)
  if ("refused" in answer) {
    if (answer.refused === "unknown") notFound()
    return <MistypedStampTemplate code={code} />
  }
  return <TraceTemplate trace={answer.trace} />
}

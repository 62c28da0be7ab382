import { existsSync } from "node:fs"
import { MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop/contracts"
import { evidenceFile } from "../../utils/uploads"

/** Every evidence file named must be one the server stored from an evidence upload (a private photo or PDF). */
export function assertEvidenceStored(names: readonly string[]) {
  for (const name of names) {
    const file = evidenceFile(name)
    if (!file || !existsSync(file.file))
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Không tìm thấy tệp minh chứng "${name.slice(0, 60)}": hãy tải tệp lên trước rồi dùng tên tệp máy chủ trả về.`,
        ERROR_CODES.EVIDENCE_UNKNOWN
      )
  }
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop/contracts"
import { isFileStored } from "../../queries/stored-files"
import { evidenceFile } from "../../utils/uploads"

/** Every evidence file named must be one the server stored from an evidence upload (a private photo or PDF). */
export async function assertEvidenceStored(container: MedusaContainer, names: readonly string[]) {
  for (const name of names) {
    const file = evidenceFile(name)
    if (!file || !(await isFileStored(container, file.key)))
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Không tìm thấy tệp minh chứng "${name.slice(0, 60)}": hãy tải tệp lên trước rồi dùng tên tệp máy chủ trả về.`,
        ERROR_CODES.EVIDENCE_UNKNOWN
      )
  }
}

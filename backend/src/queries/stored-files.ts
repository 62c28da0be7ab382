import { once } from "node:events"
import type { Readable } from "node:stream"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** How each provider says a key holds no file: the local one with the disk's codes, the S3 one by name. */
const isMissing = (error: unknown) => {
  const { code, name } = (error ?? {}) as { code?: string; name?: string }
  return code === "ENOENT" || code === "EISDIR" || name === "NoSuchKey" || name === "NotFound"
}

/**
 * A stored file's bytes, from the bucket or the disk through the File Module, as a stream that has opened;
 * null when the key holds no file. The local provider opens its file only once read, so a missing file
 * shows as the stream's first event, which is awaited here. Storage that fails otherwise is an error.
 */
export async function openStoredFile(container: MedusaContainer, key: string): Promise<Readable | null> {
  try {
    const stream = await container.resolve(Modules.FILE).getDownloadStream(key)
    await once(stream, "readable")
    return stream
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
}

/** Whether the key holds a file; what is read to find out is let go at once. */
export async function isFileStored(container: MedusaContainer, key: string): Promise<boolean> {
  const stream = await openStoredFile(container, key)
  stream?.destroy()
  return !!stream
}

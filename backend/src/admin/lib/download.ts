import { useMutation } from "@tanstack/react-query"
import { sdk } from "./sdk"

/** The name the API gives the file ("attachment; filename=…"), when the browser may read that header. */
function attachmentName(disposition: string | null): string | null {
  return disposition?.match(/filename="?([^";]+)"?/)?.[1] ?? null
}

/**
 * Downloads a CSV the API answers. Through the admin's own client, so the request carries the session
 * (a plain link would not where the dashboard and the API are on different origins), then saved from a Blob
 * under the server's file name.
 */
export function useDownloadCsv<Input>(
  request: (input: Input) => { path: string; query: Record<string, string> },
  fallbackName: string
) {
  return useMutation({
    mutationFn: async (input: Input) => {
      const { path, query } = request(input)
      const response = await sdk.client.fetch<Response>(path, { query, headers: { accept: "text/csv" } })
      const url = URL.createObjectURL(await response.blob())
      const link = document.createElement("a")
      link.href = url
      link.download = attachmentName(response.headers.get("content-disposition")) ?? fallbackName
      document.body.append(link)
      link.click()
      link.remove()
      // Revoked once the browser has started the download.
      setTimeout(() => URL.revokeObjectURL(url), 1000)
    },
  })
}

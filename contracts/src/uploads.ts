/**
 * What a document upload (a published standard's file, inspection evidence, a violation's answer) may
 * be: a PDF or a picture of at most 10 MB. The backend decides by the file's bytes; pickers and forms
 * use this only to spare a slow upload that would be refused.
 */
export const DOCUMENT_TYPES = ["application/pdf", "image/jpeg", "image/png", "image/webp"] as const
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024

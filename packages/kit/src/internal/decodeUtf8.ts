/**
 * Decodes UTF-8 bytes; `valid` is false when they are not UTF-8 (e.g. a Windows-1252 export), in which
 * case the text has replacement characters where the bytes were not valid.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string; valid: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), valid: true };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), valid: false };
  }
}

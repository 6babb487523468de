import type { Label } from '@kampung-kb/model';

/** A bilingual description of a Node file-system error, by its `code`. */
export function fsProblem(error: unknown): { code: string; label: Label } {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return { code, label: { id: 'tidak ditemukan', en: 'not found' } };
    case 'EACCES':
    case 'EPERM':
      return { code, label: { id: 'tidak ada izin', en: 'permission denied' } };
    case 'ENOTDIR':
      return { code, label: { id: 'bukan direktori', en: 'not a directory' } };
    case 'EISDIR':
      return { code, label: { id: 'merupakan direktori', en: 'is a directory' } };
    default: {
      const c = typeof code === 'string' ? code : 'unknown';
      return { code: c, label: { id: `galat sistem berkas (${c})`, en: `file-system error (${c})` } };
    }
  }
}

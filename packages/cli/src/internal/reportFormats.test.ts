import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_FORMATS, parseReportFormats } from './reportFormats.js';

describe('parseReportFormats (--format)', () => {
  it('defaults to html,md', () => {
    expect(parseReportFormats(undefined, 'en')).toEqual({ ok: true, formats: DEFAULT_REPORT_FORMATS });
    expect(DEFAULT_REPORT_FORMATS).toEqual(['html', 'md']);
  });

  it('reads a comma list, each once, in the order given, ignoring case and spaces', () => {
    expect(parseReportFormats('xlsx, CSV,pdf,xlsx', 'en')).toEqual({
      ok: true,
      formats: ['xlsx', 'csv', 'pdf'],
    });
  });

  it('names an unknown format, with the closest known ones', () => {
    expect(parseReportFormats('html,pfd', 'en')).toEqual({
      ok: false,
      message:
        "Invalid value for --format: unknown format 'pfd'; known: html, md, pdf, xlsx, csv.\nDid you mean pdf?",
    });
    const id = parseReportFormats('xls', 'id');
    expect(id.ok).toBe(false);
    if (!id.ok) expect(id.message).toContain("format 'xls' tidak dikenal");
    if (!id.ok) expect(id.message).toContain('xlsx');
    const far = parseReportFormats('docx', 'en');
    expect(far).toEqual({
      ok: false,
      message: "Invalid value for --format: unknown format 'docx'; known: html, md, pdf, xlsx, csv.",
    });
  });

  it('asks for at least one format', () => {
    expect(parseReportFormats(' , ', 'en')).toEqual({
      ok: false,
      message: 'Invalid value for --format: name at least one format: html, md, pdf, xlsx, csv.',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './renderMarkdown.js';
import type { ReportDocument } from './reportDocument.js';

const doc = (over: Partial<ReportDocument>): ReportDocument => ({
  lang: 'en',
  title: 'T',
  sections: [],
  footnotes: [],
  ...over,
});

describe('renderMarkdown', () => {
  it('escapes table cells so a pipe, emphasis or an HTML tag in a name cannot break the table', () => {
    const md = renderMarkdown(
      doc({
        sections: [
          {
            title: 'S',
            blocks: [
              {
                kind: 'table',
                columns: [{ title: 'Kampung | name' }, { title: 'n' }],
                rows: [
                  ['RT_01 | RW*02', 1234.5],
                  ['<b>bold</b> & &amp; `x` [a](b) ~s~', { kind: 'suppressed', below: 5 }],
                  ['line\nbreak', null],
                ],
              },
            ],
          },
        ],
      }),
    );
    expect(md).toBe(
      [
        '# T',
        '',
        '## S',
        '',
        '| Kampung \\| name | n |',
        '| --- | ---: |',
        '| RT\\_01 \\| RW\\*02 | 1,234.5 |',
        '| \\<b>bold\\</b> & \\&amp; \\`x\\` \\[a\\](b) \\~s\\~ | <5 |',
        '| line break | — |',
        '',
      ].join('\n'),
    );
  });

  it('escapes the title, subtitle, banner, facts, lists, notices, paragraphs and footnotes', () => {
    const md = renderMarkdown(
      doc({
        title: 'Kampung <Uji> & "Co"',
        subtitle: 'a_b',
        banner: '**x**',
        sections: [
          {
            title: '<i>',
            blocks: [
              { kind: 'paragraph', text: '# not a heading' },
              { kind: 'paragraph', text: '1. not a list' },
              { kind: 'notice', tone: 'info', text: '<script>' },
              { kind: 'facts', items: [{ term: 'a*', value: '<b>' }] },
              { kind: 'list', items: ['[x]'] },
            ],
          },
        ],
        footnotes: ['</sub><script>'],
      }),
    );
    expect(md).toBe(
      [
        '# Kampung \\<Uji> & "Co"',
        '',
        '_a\\_b_',
        '',
        '> **\\*\\*x\\*\\***',
        '',
        '## \\<i>',
        '',
        '\\# not a heading',
        '',
        '1\\. not a list',
        '',
        '> **ℹ** \\<script>',
        '',
        '- **a\\*:** \\<b>',
        '',
        '- \\[x\\]',
        '',
        '---',
        '',
        '<sub>\\</sub>\\<script></sub>',
        '',
      ].join('\n'),
    );
  });

  it('bolds footer cells but leaves empty ones empty (no stray ****)', () => {
    const md = renderMarkdown(
      doc({
        lang: 'id',
        sections: [
          {
            title: 'S',
            blocks: [
              {
                kind: 'table',
                columns: [{ title: 'a' }, { title: 'b' }, { title: 'c' }],
                rows: [],
                footer: [['Jumlah', '', { kind: 'percent', value: 1234.5 }]],
              },
            ],
          },
        ],
      }),
    );
    expect(md).toContain('| **Jumlah** |  | **1.234,5 %** |');
    expect(md).not.toContain('****');
  });

  it('masks 16-digit identifiers (NIK, KK) wherever they appear', () => {
    const md = renderMarkdown(doc({ title: 'KK 6371040101010001', footnotes: ['NIK 6371041234567890'] }));
    expect(md).toContain('# KK \\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*0001');
    expect(md).not.toMatch(/\d{16}/);
  });
});

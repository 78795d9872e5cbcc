import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, safeHref } from './markdown';

describe('parseMarkdown', () => {
  it('reads the demo instructions: a paragraph and a list', () => {
    const blocks = parseMarkdown('Neem een gesprek op.\n\n- Vraag toestemming.\n- Beschrijf de fasen.');
    expect(blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Neem een gesprek op.' }] },
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [[{ type: 'text', text: 'Vraag toestemming.' }], [{ type: 'text', text: 'Beschrijf de fasen.' }]],
      },
    ]);
  });

  it('reads headings, numbered lists and quotes', () => {
    const blocks = parseMarkdown('## Stappen\n3. Eerst\n4. Dan\n> Let op');
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'list', 'quote']);
    expect(blocks[0]).toMatchObject({ level: 2 });
    expect(blocks[1]).toMatchObject({ ordered: true, start: 3 });
  });

  it('keeps single line breaks inside a paragraph', () => {
    expect(parseMarkdown('a\nb')[0]).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', text: 'a' }, { type: 'break' }, { type: 'text', text: 'b' }],
    });
  });

  it('treats HTML as plain text', () => {
    const blocks = parseMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: '<script>alert(1)</script> <img src=x onerror=alert(1)>' }] },
    ]);
  });
});

describe('parseInline', () => {
  it('reads bold, italic and code', () => {
    expect(parseInline('**vet** en *schuin* en `code`')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'vet' }] },
      { type: 'text', text: ' en ' },
      { type: 'em', children: [{ type: 'text', text: 'schuin' }] },
      { type: 'text', text: ' en ' },
      { type: 'code', text: 'code' },
    ]);
  });

  it('does not read underscores inside words as italic', () => {
    expect(parseInline('snake_case_name')).toEqual([{ type: 'text', text: 'snake_case_name' }]);
  });

  it('makes links of safe addresses only', () => {
    expect(parseInline('[LBBO](https://www.lbbo.nl)')).toEqual([
      { type: 'link', href: 'https://www.lbbo.nl', children: [{ type: 'text', text: 'LBBO' }] },
    ]);
    expect(parseInline('[klik](javascript:alert(1))').some((n) => n.type === 'link')).toBe(false);
    expect(parseInline('zie https://example.org/a.')).toEqual([
      { type: 'text', text: 'zie ' },
      { type: 'link', href: 'https://example.org/a', children: [{ type: 'text', text: 'https://example.org/a' }] },
      { type: 'text', text: '.' },
    ]);
  });

  it('honours backslash escapes', () => {
    expect(parseInline('\\*geen\\*')).toEqual([{ type: 'text', text: '*geen*' }]);
  });
});

describe('safeHref', () => {
  it.each([
    ['https://example.org', 'https://example.org'],
    ['mailto:a@b.nl', 'mailto:a@b.nl'],
    ['/opdrachten', '/opdrachten'],
    ['javascript:alert(1)', null],
    ['data:text/html,x', null],
    ['//evil.example', null],
    ['JAVASCRIPT:alert(1)', null],
  ])('%s → %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});

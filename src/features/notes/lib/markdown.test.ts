import { describe, expect, it } from 'vitest'
import { parseInline, parseMarkdown, safeHref } from './markdown.ts'

const text = (value: string) => ({ type: 'text', value })

describe('safeHref', () => {
  it.each([
    ['https://go.dev/doc', 'https://go.dev/doc'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://Example.com/A', 'https://example.com/A'],
    ['mailto:maya.okonjo@hirelane.dev', 'mailto:maya.okonjo@hirelane.dev'],
  ])('allows %s', (raw, href) => {
    expect(safeHref(raw)).toBe(href)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java&#115;cript:alert(1)',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    '/\\evil.example',
    'https:/\\evil.example',
    'http:evil.example',
    'https://',
    'https://exa mple.com',
    'https://example.com/"onmouseover="alert(1)',
    '/relative/path',
    'ftp://example.com',
  ])('refuses %j', (raw) => {
    expect(safeHref(raw)).toBeNull()
  })
})

describe('parseMarkdown', () => {
  it('splits paragraphs on blank lines and keeps line breaks inside them', () => {
    expect(parseMarkdown('one\ntwo\n\nthree')).toEqual([
      { type: 'paragraph', children: [text('one'), { type: 'break' }, text('two')] },
      { type: 'paragraph', children: [text('three')] },
    ])
  })

  it('reads fenced code verbatim, markup and all', () => {
    expect(parseMarkdown('```go\nfmt.Println("**hi**")\n<b>x</b>\n```\nafter')).toEqual([
      { type: 'code', value: 'fmt.Println("**hi**")\n<b>x</b>' },
      { type: 'paragraph', children: [text('after')] },
    ])
  })

  it('runs an unclosed fence to the end', () => {
    expect(parseMarkdown('~~~\ncode')).toEqual([{ type: 'code', value: 'code' }])
  })

  it('reads bullet and numbered lists, with indented continuation lines', () => {
    expect(parseMarkdown('Pros:\n- strong Go\n  and SQL\n* tests\n\n3. one\n4) two')).toEqual([
      { type: 'paragraph', children: [text('Pros:')] },
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [[text('strong Go'), { type: 'break' }, text('and SQL')], [text('tests')]],
      },
      { type: 'list', ordered: true, start: 3, items: [[text('one')], [text('two')]] },
    ])
  })

  it('does not take bold at the start of a line for a list', () => {
    expect(parseMarkdown('**Strong** hire')[0]).toEqual({
      type: 'paragraph',
      children: [{ type: 'strong', children: [text('Strong')] }, text(' hire')],
    })
  })

  it('keeps HTML as text', () => {
    expect(parseMarkdown('<script>alert(1)</script>')).toEqual([
      { type: 'paragraph', children: [text('<script>alert(1)</script>')] },
    ])
  })
})

describe('parseInline', () => {
  it('reads bold, italic and code', () => {
    expect(parseInline('a **b** *c* `d*e*`')).toEqual([
      text('a '),
      { type: 'strong', children: [text('b')] },
      text(' '),
      { type: 'em', children: [text('c')] },
      text(' '),
      { type: 'code', value: 'd*e*' },
    ])
  })

  it('nests emphasis', () => {
    expect(parseInline('**very *much* so**')).toEqual([
      {
        type: 'strong',
        children: [text('very '), { type: 'em', children: [text('much')] }, text(' so')],
      },
    ])
  })

  it('leaves stray and spaced asterisks alone', () => {
    expect(parseInline('2 * 3 * 4 and **open')).toEqual([text('2 * 3 * 4 and **open')])
  })

  it('honours backslash escapes', () => {
    expect(parseInline('\\*not italic\\* \\`x\\`')).toEqual([text('*not italic* `x`')])
  })

  it('reads links with safe addresses and formatted labels', () => {
    expect(parseInline('see [the **spec**](https://go.dev/ref/spec) now')).toEqual([
      text('see '),
      {
        type: 'link',
        href: 'https://go.dev/ref/spec',
        children: [text('the '), { type: 'strong', children: [text('spec')] }],
      },
      text(' now'),
    ])
  })

  it('keeps balanced parentheses in addresses', () => {
    expect(parseInline('[Go](https://en.wikipedia.org/wiki/Go_(language))')).toEqual([
      { type: 'link', href: 'https://en.wikipedia.org/wiki/Go_(language)', children: [text('Go')] },
    ])
  })

  it('shows links to unsafe addresses as typed', () => {
    expect(parseInline('[click](javascript:alert(1))')).toEqual([
      text('[click](javascript:alert(1))'),
    ])
  })

  it('links bare addresses without the punctuation after them', () => {
    expect(parseInline('Repo: https://github.com/x/y. Mail mailto:a@b.dev!')).toEqual([
      text('Repo: '),
      { type: 'link', href: 'https://github.com/x/y', children: [text('https://github.com/x/y')] },
      text('. Mail '),
      { type: 'link', href: 'mailto:a@b.dev', children: [text('mailto:a@b.dev')] },
      text('!'),
    ])
  })

  it('keeps a closing parenthesis out of a bare address unless it opened there', () => {
    expect(parseInline('(see https://go.dev/x)')).toEqual([
      text('(see '),
      { type: 'link', href: 'https://go.dev/x', children: [text('https://go.dev/x')] },
      text(')'),
    ])
  })

  it('does not link bare unsafe schemes', () => {
    expect(parseInline('javascript:alert(1) data:text/html,x')).toEqual([
      text('javascript:alert(1) data:text/html,x'),
    ])
  })

  it('marks mentions but not email addresses', () => {
    expect(parseInline('Thanks @Tomas.Ferreira, cc maya@hirelane.dev.')).toEqual([
      text('Thanks '),
      { type: 'mention', handle: 'tomas.ferreira', value: '@Tomas.Ferreira' },
      text(', cc maya@hirelane.dev.'),
    ])
  })

  it('parses long hostile input quickly', () => {
    const hostile = '*[`('.repeat(1250)
    const started = performance.now()
    parseMarkdown(hostile)
    parseMarkdown('**'.repeat(2500))
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Markdown } from './markdown.tsx'

describe('Markdown', () => {
  it('renders the subset as elements', () => {
    const { container } = render(
      <Markdown
        source={
          'Hi @maya.okonjo, **strong** *yes*\nsee `go test` and [docs](https://go.dev)\n\n- a\n- b\n\n1. c\n\n```\nx := 1\n```'
        }
      />,
    )
    expect(screen.getByText('strong').tagName).toBe('STRONG')
    expect(screen.getByText('yes').tagName).toBe('EM')
    expect(screen.getByText('go test').tagName).toBe('CODE')
    expect(screen.getByText('@maya.okonjo').tagName).toBe('SPAN')
    expect(screen.getAllByRole('list')).toHaveLength(2)
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['a', 'b', 'c'])
    expect(container.querySelector('pre code')).toHaveTextContent('x := 1')
    expect(container.querySelectorAll('br')).toHaveLength(1)
  })

  it('opens links in a new tab without handing over the page', () => {
    render(<Markdown source="[docs](https://go.dev/doc)" />)
    const link = screen.getByRole('link', { name: /^docs ?\(opens in a new tab\)$/ })
    expect(link).toHaveAttribute('href', 'https://go.dev/doc')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow')
  })
})

/** Each payload tries to call `window.__xss`; none may, and none may leave live markup. */
const PAYLOADS = [
  '<script>window.__xss("script")</script>',
  '<SCRIPT SRC=data:text/javascript,window.__xss("src")></SCRIPT>',
  '<img src=x onerror="window.__xss(\'img\')">',
  '<img src="x" onerror=window.__xss(1)//',
  '<div onmouseover="window.__xss(\'div\')">hover</div>',
  '<a href="javascript:window.__xss(\'a\')">click</a>',
  '<body onload=window.__xss("body")>',
  '<svg onload="window.__xss(\'svg\')"><circle r="10"/></svg>',
  '<svg><script>window.__xss("svg-script")</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss("math")>',
  '<iframe src="javascript:window.__xss(\'iframe\')"></iframe>',
  '<iframe srcdoc="<script>parent.__xss(\'srcdoc\')</script>"></iframe>',
  '<object data="javascript:window.__xss(\'object\')"></object>',
  '<embed src="javascript:window.__xss(\'embed\')">',
  '<style>@import "javascript:window.__xss(1)"; body{background:url(javascript:window.__xss(2))}</style>',
  '<div style="width: expression(window.__xss(\'expression\'))">x</div>',
  '<input autofocus onfocus=window.__xss("focus")>',
  '<details open ontoggle=window.__xss("toggle")>',
  '<form action="javascript:window.__xss(1)"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss(1)">',
  '[click](javascript:window.__xss("md"))',
  '[click](JaVaScRiPt:window.__xss("case"))',
  '[click]( javascript:window.__xss("space"))',
  '[click](java\tscript:window.__xss("tab"))',
  '[click](java&#115;cript:window.__xss("entity"))',
  '[click](&#x6A;avascript:window.__xss("hex"))',
  '[click](javascript&colon;window.__xss("colon"))',
  '[click](%6Aavascript:window.__xss("percent"))',
  '[click](//evil.example/%0Awindow.__xss(1))',
  '[click](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3MoMSk8L3NjcmlwdD4=)',
  '[click](vbscript:msgbox(1))',
  '[click](https://ok.example "onmouseover=window.__xss(1)")',
  '[x](https://ok.example/"onmouseover="window.__xss(1))',
  '![img](javascript:window.__xss("image"))',
  '![img](https://ok.example/x.png" onerror="window.__xss(1))',
  '[<img src=x onerror=window.__xss("label")>](https://ok.example)',
  '[**a**](javascript:window.__xss(1))',
  'javascript:window.__xss("bare")',
  '<https://ok.example/"><script>window.__xss(1)</script>>',
  '`<script>window.__xss("code")</script>`',
  '```html\n<script>window.__xss("fence")</script>\n<img src=x onerror=window.__xss(1)>\n```',
  '- <img src=x onerror=window.__xss("li")>\n1. <svg/onload=window.__xss("ol")>',
  '**<script>window.__xss("bold")</script>**',
  '&lt;script&gt;window.__xss("entities")&lt;/script&gt;',
  '<!--<img src="--><img src=x onerror=window.__xss("comment")//">',
]

describe('Markdown against XSS', () => {
  const spy = vi.fn()
  beforeEach(() => {
    spy.mockClear()
    Object.assign(window, { __xss: spy })
  })
  afterEach(() => {
    Reflect.deleteProperty(window, '__xss')
  })

  it.each(PAYLOADS)('renders %j inertly', async (payload) => {
    const { container } = render(<Markdown source={payload} />)
    // Give anything that could run (an onerror, an onload, a focus handler) its chance.
    await userEvent.setup().hover(container)
    await new Promise((resolve) => setTimeout(resolve, 20))

    expect(spy).not.toHaveBeenCalled()
    expect(
      container.querySelectorAll(
        'script, iframe, object, embed, svg, math, img, style, form, input, meta, link, body, details, base',
      ),
    ).toHaveLength(0)
    for (const element of container.querySelectorAll('*')) {
      for (const { name } of element.attributes) {
        expect(name, `attribute on <${element.localName}>`).not.toMatch(/^(on|style|src)/i)
      }
    }
    for (const link of container.querySelectorAll('a')) {
      expect(link.getAttribute('href')).toMatch(/^(https?:\/\/[^\s"'<>]+|mailto:[^\s"'<>]+)$/)
    }
    // What was typed is still there to read (markup characters included).
    if (payload.includes('<script>')) expect(container.textContent).toContain('<script>')
  })
})

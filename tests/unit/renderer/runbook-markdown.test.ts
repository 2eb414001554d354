import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from '../../../renderer/src/features/runbooks/markdown/Markdown.tsx';

function html(source: string, options: { links?: Record<string, number | null>; images?: Record<string, string | null> } = {}): string {
  return renderToStaticMarkup(createElement(Markdown, { source, progressive: false, ...options }));
}

describe('runbook Markdown renderer: safety', () => {
  it('shows script tags and raw HTML as text, never as elements', () => {
    const out = html('<script>alert(1)</script>\n\nHello <img src=x onerror=alert(1)> there <b>bold</b>');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('drops HTML comments and keeps <br> as a line break', () => {
    const out = html('one<br>two <!-- secret note -->');
    expect(out).toContain('one<br/>two');
    expect(out).not.toContain('secret note');
  });

  it('refuses javascript:, data:, vbscript:, file: and protocol-relative links', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', '//evil.example/x']) {
      const out = html(`[click](${url})`);
      expect(out, url).not.toContain('href=');
      expect(out, url).toContain('click');
    }
    expect(html('[x](java\tscript:alert(1))')).not.toContain('href=');
    expect(html('<javascript:alert(1)>')).not.toContain('href="javascript');
  });

  it('opens http, https, mailto and tel links outside the app', () => {
    for (const url of ['https://example.com/a', 'http://example.com/', 'mailto:ops@example.com', 'tel:+15551234']) {
      const out = html(`[go](${url})`);
      expect(out, url).toContain(`href="${url}"`);
      expect(out, url).toContain('target="_blank"');
      expect(out, url).toContain('rel="noreferrer noopener"');
    }
    expect(html('[x](https://user:pw@example.com)')).not.toContain('href=');
  });

  it('links relative targets to imported runbooks inside the app, and leaves others inert', () => {
    const links = { '../db/failover.md': 12, 'missing.md': null };
    expect(html('[failover](../db/failover.md)', { links })).toContain('href="#/runbooks/12"');
    expect(html('[failover](../db/failover.md#steps)', { links })).toContain('href="#/runbooks/12"');
    const missing = html('[gone](missing.md) [traversal](../../etc/passwd)', { links });
    expect(missing).not.toContain('href=');
    expect(missing).toContain('gone');
  });

  it('renders GFM autolinks, strikethrough, tables and task lists', () => {
    const out = html('Visit www.example.com and ~~old~~\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo');
    expect(out).toContain('href="http://www.example.com/"');
    expect(out).toContain('<del>old</del>');
    expect(out).toMatch(/<table[^>]*>.*<th scope="col" class="md-align-left">a<\/th>/);
    expect(out).toContain('class="md-align-right">2</td>');
    expect(out).toMatch(/<input type="checkbox"[^>]*disabled=""[^>]*aria-label="Done" checked=""/);
    expect(out).toMatch(/<input type="checkbox"[^>]*aria-label="Not done"\/>/);
    expect(out).toContain('todo');
  });

  it('autolinks only www., http(s) and e-mail addresses, never file names that look like domains', () => {
    const out = html('Edit setup.sh and notes.md, see https://example.com/a, www.example.org or ops@example.com');
    expect(out).toContain('href="https://example.com/a"');
    expect(out).toContain('href="http://www.example.org/"');
    expect(out).toContain('href="mailto:ops@example.com"');
    expect(out).not.toContain('setup.sh</a>');
    expect(out).not.toContain('notes.md</a>');
    expect(html('Visit //evil.example/x and ftp://files.example/x')).not.toContain('href=');
  });

  it('keeps task list items with formatting, and an escaped [x] as text', () => {
    const out = html('- [x] **Pause** the worker\n- [ ] plain\n- \\[x] not a task');
    expect(out).toMatch(/aria-label="Done" checked=""\/><div><strong>Pause<\/strong> the worker<\/div>/);
    expect(out).toContain('<li>[x] not a task</li>');
  });

  it('shows images copied in at import, and a small box for missing or foreign ones', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const images = { 'img/arch.png': png, 'img/gone.png': null };
    expect(html('![arch](img/arch.png)', { images })).toContain(`<img class="md-image" src="${png}" alt="arch"`);
    expect(html('![gone](img/gone.png)', { images })).toContain('Missing image: gone');
    expect(html('![unknown](img/never.png)', { images })).toContain('Missing image');
    const inline = html(`![x](${png})`, { images });
    expect(inline).not.toContain('<img');
    expect(html('![x](javascript:alert(1))')).not.toContain('<img');
  });

  it('renders code blocks with a copy button and keeps their text verbatim', () => {
    const out = html('```sql\nSELECT * FROM t WHERE a < 1 AND b <> 2;\n```');
    expect(out).toContain('Copy');
    expect(out).toContain('SELECT * FROM t WHERE a &lt; 1 AND b &lt;&gt; 2;');
    expect(out).toContain('class="language-sql"');
  });

  it('keeps bare <placeholders> visible outside code', () => {
    const out = html('Run `restart <service>` on <hostname> then ssh <user>@<host>');
    expect(out).toContain('on <span class="md-raw">&lt;hostname&gt;</span> then');
    expect(out).toContain('&lt;user&gt;');
    expect(out).toContain('restart &lt;service&gt;');
  });
});

describe('runbook Markdown renderer: callouts and TOC', () => {
  it('turns GFM alerts into callouts', () => {
    const out = html('> [!WARNING]\n> Do not restart the primary.');
    expect(out).toContain('md-callout--warning');
    expect(out).toContain('Warning');
    expect(out).toContain('Do not restart the primary.');
    expect(out).not.toContain('[!WARNING]');
  });

  it('turns MkDocs admonitions into callouts with their title and body', () => {
    const out = html('!!! danger "Data loss"\n    Never run this on production.\n\n    Second paragraph.\n\nAfter.');
    expect(out).toContain('md-callout--danger');
    expect(out).toContain('Data loss');
    expect(out).toContain('Never run this on production.');
    expect(out).toContain('Second paragraph.');
    expect(out).toMatch(/<\/aside><p>After.<\/p>/);
  });

  it('takes a callout title from the marker line and keeps its body', () => {
    const out = html('> [!TIP] Before you start\n> Check the *dashboard*.\n\n> [!NOTE]\n> - one\n> - two');
    expect(out).toContain('<p class="md-callout__title">Before you start</p><p>Check the <em>dashboard</em>.</p>');
    expect(out).toMatch(/<p class="md-callout__title">Note<\/p><ul><li>one<\/li><li>two<\/li><\/ul>/);
  });

  it('draws footnotes where they are written, with their text', () => {
    const out = html('See [^1].\n\n[^1]: The *runbook* owner\n    is on the wiki.');
    expect(out).toContain('<sup>[1]</sup>');
    expect(out).toMatch(/<div class="md-footnote"><span class="md-footnote__label">\[1\]<\/span> The <em>runbook<\/em> owner\nis on the wiki.<\/div>/);
    expect(out.match(/md-footnote"/g)).toHaveLength(1);
  });

  it('leaves admonition and TOC markers inside code fences alone', () => {
    const out = html('```\n!!! note\n[TOC]\n```');
    expect(out).not.toContain('md-callout');
    expect(out).toContain('[TOC]');
  });

  it('turns [TOC] into a table of contents linking to heading ids', () => {
    const out = html('[TOC]\n\n# Intro\n\n## Steps\n\n## Steps');
    expect(out).toContain('aria-label="Table of contents"');
    expect(out).toContain('href="#md-steps"');
    expect(out).toContain('href="#md-steps-1"');
    expect(out).toContain('<h3 id="md-steps-1">Steps</h3>');
    expect(out).toContain('<h2 id="md-intro">Intro</h2>');
  });
});

describe('runbook Markdown renderer: hostile input', () => {
  it('keeps text nested deeper than markdown-it parses, without overflowing', () => {
    // Indented lists nest by columns, not by markers on one line: prepare.ts caps the columns, markdown-it the depth.
    const lines = Array.from({ length: 200 }, (_, depth) => `${'  '.repeat(Math.min(depth, 39))}- item ${depth}`);
    const out = html(`${lines.join('\n')}\n\nafter`);
    expect(out).toContain('item 199');
    expect(out).toContain('<p>after</p>');
  });

  it('does not overflow the stack on 50,000 nested quotes', () => {
    const out = html(`${'>'.repeat(50_000)} deep\n\nafter`);
    expect(out).toContain('deep');
    expect(out).toContain('after');
  });

  it('does not overflow on deeply nested lists and quotes across lines', () => {
    const lines = Array.from({ length: 300 }, (_, depth) => `${'  '.repeat(Math.min(depth, 40))}- level ${depth}`);
    const out = html(`${lines.join('\n')}\n\n${'> - '.repeat(5_000)}x`);
    expect(out).toContain('level 299');
  });

  it('survives unclosed fences and stray brackets', () => {
    expect(html('```\nnever closed\n[TOC]')).toContain('never closed');
    expect(html('['.repeat(2_000) + 'x' + ']'.repeat(2_000))).toContain('x');
  });
});

describe('runbook Markdown renderer: front matter', () => {
  it('hides YAML front matter but keeps a document that opens with a thematic break', () => {
    expect(html('---\ntitle: X\ntags: [a]\n---\n# Body')).not.toContain('title: X');
    const out = html('---\n\n# Kept title\n\n---\n\ntext');
    expect(out).toContain('Kept title');
    expect(out).toContain('<hr/>');
  });
});

describe('runbook Markdown renderer: chunks', () => {
  it('resolves reference links whose definition is in another chunk', () => {
    const filler = Array.from({ length: 400 }, (_, index) => `Paragraph ${index} with some words to fill the chunk.`).join('\n\n');
    const out = html(`See [the dashboard][dash] first.\n\n${filler}\n\n[dash]: https://grafana.example.com/d/1`);
    expect(out).toContain('href="https://grafana.example.com/d/1"');
  });

  it('keeps a loose list and a quote whole across chunk boundaries', () => {
    const items = Array.from({ length: 300 }, (_, index) => `${index + 1}. Step number ${index + 1} of a long procedure`).join('\n\n');
    const quote = Array.from({ length: 300 }, (_, index) => `> quoted line ${index}\n>`).join('\n');
    const out = html(`${items}\n\n${quote}`);
    expect(out.match(/<ol/g)).toHaveLength(1);
    expect(out.match(/<blockquote/g)).toHaveLength(1);
  });

  it('keeps fenced code whole across a chunk boundary', () => {
    const filler = Array.from({ length: 200 }, (_, index) => `Paragraph ${index} with some words.`).join('\n\n');
    const code = Array.from({ length: 300 }, (_, index) => `line ${index}`).join('\n\n');
    const out = html(`${filler}\n\n\`\`\`\n${code}\n\`\`\`\n\nAfter the code.`);
    expect(out.match(/<pre/g)).toHaveLength(1);
    expect(out).toContain('<p>After the code.</p>');
  });
});

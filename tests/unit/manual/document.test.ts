import { describe, expect, it } from 'vitest';
import { analyseManual } from '../../../electron/core/common/manual/index.ts';
import { analyse } from './helpers.ts';

describe('front matter', () => {
  it('reads the key: value and list subset and takes the title from it', () => {
    const analysis = analyse(
      '---',
      '# a comment',
      'title: "Ledger: failover"',
      'tags: [payments, "ledger"]',
      'services:',
      '  - ledger',
      '  - gateway',
      'severity: SEV-2',
      'checks:',
      '- checkout-api',
      '- ../checks/ledger.yml',
      'description: >',
      '  folded',
      '  text',
      'owner: dana # the lead',
      '---',
      '# Heading title',
    );
    expect(analysis.title).toBe('Ledger: failover');
    expect(analysis.titleSource).toBe('front-matter');
    expect(analysis.frontMatter).toEqual({
      title: 'Ledger: failover',
      tags: ['payments', 'ledger'],
      services: ['ledger', 'gateway'],
      severity: 'SEV-2',
      checks: ['checkout-api', '../checks/ledger.yml'],
      fields: {
        title: 'Ledger: failover',
        tags: ['payments', 'ledger'],
        services: ['ledger', 'gateway'],
        severity: 'SEV-2',
        checks: ['checkout-api', '../checks/ledger.yml'],
        description: 'folded text',
        owner: 'dana',
      },
    });
    expect(analysis.problems).toEqual([]);
    expect(analysis.outline[0]).toMatchObject({ text: 'Heading title', line: 17 });
  });

  it('accepts comma-separated tags and the PagerDuty cover/description fields', () => {
    const analysis = analyse('---', 'cover: assets/img/x.png', 'description: Incidents are classified.', 'tags: a, b', '---', 'Body.');
    expect(analysis.frontMatter?.tags).toEqual(['a', 'b']);
    expect(analysis.frontMatter?.fields['cover']).toBe('assets/img/x.png');
    expect(analysis.title).toBe('test');
    expect(analysis.titleSource).toBe('file-name');
  });

  it('reports lines it cannot read and keeps going', () => {
    const analysis = analyse('---', 'title: "unterminated', 'just words here', 'tags: [a, b', '---', '# Real');
    expect(analysis.frontMatter?.title).toBe('unterminated');
    expect(analysis.problems).toEqual([
      { line: 2, message: 'front matter value on line 2 has no closing "' },
      { line: 3, message: 'front matter line 3 is not "key: value": just words here' },
      { line: 4, message: 'front matter list "tags" has no closing "]"' },
    ]);
    expect(analysis.frontMatter?.tags).toEqual(['a', 'b']);
  });

  it('reads an unclosed front matter block as text and says so', () => {
    const analysis = analyse('---', 'title: Never closed', '# Heading');
    expect(analysis.frontMatter).toBeNull();
    expect(analysis.title).toBe('Heading');
    expect(analysis.problems).toEqual([{ line: 1, message: 'front matter starting at line 1 is never closed with "---"; it is read as text' }]);
  });
});

describe('titles and outline', () => {
  it('falls back to the file name when there is no H1', () => {
    const analysis = analyseManual('## Only a section\ntext', 'docs\\patroni\\pg-failover.md');
    expect(analysis.title).toBe('pg-failover');
    expect(analysis.titleSource).toBe('file-name');
  });

  it('drops emphasis but keeps snake_case names in heading text', () => {
    expect(analyse('# __Bold__ _em_ pg_stat_statements [link](x.md) ![img](y.png)').title).toBe('Bold em pg_stat_statements link img');
  });

  it('uses "Untitled" when even the file name is empty', () => {
    expect(analyseManual('', '').title).toBe('Untitled');
  });

  it('takes the first of several H1s and reports the others', () => {
    const analysis = analyse('<!-- # not a heading', '# neither -->', '# `gitlab-shell` **Service**', '# Second', '####### seven is text', 'Setext', '======');
    expect(analysis.title).toBe('gitlab-shell Service');
    expect(analysis.outline.map((heading) => [heading.level, heading.text, heading.line])).toEqual([
      [1, 'gitlab-shell Service', 3],
      [1, 'Second', 4],
      [1, 'Setext', 6],
    ]);
    expect(analysis.problems).toEqual([{ line: 3, message: '3 level-1 headings; the title is taken from the first' }]);
  });

  it('does not read headings inside fences or quotes, and strips closing hashes', () => {
    const analysis = analyse('```', '# in code', '```', '> # quoted', '## Closing ##', '    # indented code');
    expect(analysis.outline.map((heading) => heading.text)).toEqual(['Closing']);
  });

  it('reports an unclosed fence', () => {
    const analysis = analyse('# Title', '```bash', 'echo never closed', '## Swallowed');
    expect(analysis.outline).toHaveLength(1);
    expect(analysis.problems).toEqual([{ line: 2, message: 'code fence opened at line 2 is never closed; it runs to the end of the file' }]);
  });
});

describe('links', () => {
  it('lists relative links resolved inside the manual and skips web links, anchors and code', () => {
    const analysis = analyse(
      '# Links',
      'See [levels](../before/severity_levels.md#sev-1), [here](./a%20b.md "title") and [web](https://x.io).',
      '![diagram](img/flow.png) [anchor](#top) `[code](not/a/link.md)` <https://auto.link>',
      '[ref]: /docs/ref.md',
    );
    expect(analysis.links).toEqual([
      { target: '../before/severity_levels.md#sev-1', line: 2, image: false, path: 'before/severity_levels.md', escapesFolder: false },
      { target: './a%20b.md', line: 2, image: false, path: 'runbooks/a b.md', escapesFolder: false },
      { target: 'img/flow.png', line: 3, image: true, path: 'runbooks/img/flow.png', escapesFolder: false },
      { target: '/docs/ref.md', line: 4, image: false, path: 'docs/ref.md', escapesFolder: false },
    ]);
  });

  it('flags traversal out of the manual folder, however it is spelled', () => {
    const analysis = analyse('[a](../../etc/passwd) [b](..\\..\\..\\windows\\system32) [c](%2e%2e/%2e%2e/secret) [d](/../x)');
    expect(analysis.links.map((link) => [link.target, link.path, link.escapesFolder])).toEqual([
      ['../../etc/passwd', null, true],
      ['..\\..\\..\\windows\\system32', null, true],
      ['%2e%2e/%2e%2e/secret', null, true],
      ['/../x', null, true],
    ]);
    expect(analysis.problems[0]).toEqual({ line: 1, message: 'link "../../etc/passwd" points outside the manual\'s folder; it is not followed' });
    expect(analysis.problems).toHaveLength(4);
  });
});

describe('contacts', () => {
  it('reads contact tables under their heading and tolerates ragged rows', () => {
    const analysis = analyse('## Escalation', '| Name | Slack | Escalation |', '|:--|--|--:|', '| Ana | @ana |', '| Bo | @bo | 2 | extra |', '', '| Service | Port |', '|---|---|', '| api | 80 |');
    expect(analysis.contacts).toEqual([
      {
        group: 'Escalation',
        line: 2,
        headers: ['Name', 'Slack', 'Escalation'],
        rows: [
          { line: 4, columns: { Name: 'Ana', Slack: '@ana', Escalation: '' } },
          { line: 5, columns: { Name: 'Bo', Slack: '@bo', Escalation: '2', 'column 4': 'extra' } },
        ],
      },
    ]);
  });

  it('keeps a header named __proto__ as an ordinary column', () => {
    const row = analyse('| Name | Email | \\_\\_proto\\_\\_ |', '|---|---|---|', '| a | b | c |').contacts[0]?.rows[0];
    expect(Object.keys(row?.columns ?? {})).toEqual(['Name', 'Email', '__proto__']);
    expect(Object.getPrototypeOf(row?.columns)).toBe(Object.prototype);
  });
});

describe('priority vocabulary', () => {
  it('collects coded markers from prose, lists and HTML cells but not from code', () => {
    const analysis = analyse('Anything above a SEV-3 is major.', '- page for P1', '<td>SEV-1</td>', '```', 'SEV-5 in code', '```', 'High load, S3 bucket.');
    expect(analysis.priorityVocabulary.map((each) => each.label)).toEqual(['SEV-3', 'P1', 'SEV-1']);
  });
});

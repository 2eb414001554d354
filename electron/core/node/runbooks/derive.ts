import { countCharacters } from '../../common/conditions/scalar.ts';
import { analyseManual, type ManualAnalysis } from '../../common/manual/index.ts';

/** What is stored next to a runbook's Markdown, all derived from it. */
export interface DerivedRunbook {
  readonly analysis: ManualAnalysis;
  readonly title: string;
  readonly tags: string[];
  readonly services: string[];
  readonly severity: string | null;
  /** Outline text, one heading a line: the search index's `headings` column. */
  readonly headings: string;
  /** Tags, services and severity as words: the search index's `tags` column. */
  readonly searchTags: string;
  /** Characters (code points, as SQLite's substr counts) of front matter before the body. */
  readonly bodyStart: number;
  readonly contacts: Array<{ name: string; detail: string; words: string }>;
}

/**
 * Analyse Markdown and pull out the stored columns. `analysisPath` is the path relative
 * to the import root (it anchors relative links); written runbooks pass a file name.
 */
export function deriveRunbook(markdown: string, analysisPath: string): DerivedRunbook {
  const analysis = analyseManual(markdown, analysisPath);
  const front = analysis.frontMatter;
  const tags = distinct(front?.tags ?? []);
  const services = distinct(front?.services ?? []);
  const severity = front?.severity ?? null;
  return {
    analysis,
    title: analysis.title.slice(0, 500),
    tags,
    services,
    severity,
    headings: analysis.outline.map((heading) => heading.text).join('\n'),
    searchTags: [...tags, ...services, ...(severity === null ? [] : [severity])].join(' '),
    bodyStart: front === null ? 0 : frontMatterLength(markdown),
    contacts: contactRows(analysis),
  };
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))];
}

const NAME_HEADER = /name|who|person|contact|role|team/i;

/** One palette entry per contact-table row: the name-like cell as the name, the rest as detail. */
function contactRows(analysis: ManualAnalysis): DerivedRunbook['contacts'] {
  const rows: DerivedRunbook['contacts'] = [];
  for (const table of analysis.contacts) {
    const nameHeader = table.headers.find((header) => /name/i.test(header)) ?? table.headers.find((header) => NAME_HEADER.test(header)) ?? table.headers[0];
    for (const row of table.rows) {
      const name = (nameHeader === undefined ? '' : row.columns[nameHeader]) ?? '';
      const others = table.headers.filter((header) => header !== nameHeader).map((header) => row.columns[header] ?? '').filter((cell) => cell !== '');
      const label = name.trim() || others[0] || '';
      if (label === '') continue;
      const detail = [table.group, ...others].filter((part): part is string => part !== null && part !== '').join(' · ');
      rows.push({ name: label.slice(0, 200), detail: detail.slice(0, 500), words: wordsOf([label, ...others].join(' ')) });
    }
  }
  return rows;
}

/** ` alice smith 555 0100 `: lower-case words between spaces, so `LIKE '% ali%'` is a word-prefix match. */
export function wordsOf(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** Code points up to and including the line that closes the front matter (`---` or `...`). */
function frontMatterLength(markdown: string): number {
  const line = /\r\n|\r|\n/g;
  let start = 0;
  let first = true;
  for (let match = line.exec(markdown); match !== null; match = line.exec(markdown)) {
    const text = markdown.slice(start, match.index).trimEnd();
    start = match.index + match[0].length;
    if (!first && (text === '---' || text === '...')) return countCharacters(markdown.slice(0, start));
    first = false;
  }
  return 0;
}


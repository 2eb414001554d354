/**
 * A synthetic 10,000-runbook store for the search benchmark, made of real runbook text:
 * sections of the corpora's files (../shared/corpora) recombined under front matter
 * with tags and services, so the words, their frequencies and the document lengths are
 * those of real runbooks, only ten times as many. Queries are drawn from the same text.
 * Seeded: every run builds and searches the same store.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seeded } from '../helpers/seeded-random.ts';

const TAGS = ['database', 'network', 'security', 'payments', 'storage', 'kubernetes', 'observability', 'queue', 'cache', 'release', 'dns', 'tls', 'billing', 'search', 'auth', 'edge', 'batch', 'compliance', 'capacity', 'backup'];
const SERVICES = ['api', 'web', 'worker', 'billing-api', 'search-api', 'gitaly', 'patroni', 'pgbouncer', 'redis', 'sidekiq', 'registry', 'runner', 'console', 'auth-service', 'ingest', 'ledger', 'gateway', 'scheduler', 'cdn', 'mailer'];

const pickFrom = (random: () => number) => <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

export interface Section {
  readonly heading: string;
  readonly text: string;
}

/** Every `##`-or-deeper section of every corpus file, with its heading. */
export function corpusSections(corpora: string): Section[] {
  const sections: Section[] = [];
  for (const entry of readdirSync(corpora, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const part of text.split(/\n(?=#{2,6} )/)) {
      const match = /^#{2,6} (.+)\n([\s\S]+)$/.exec(part);
      if (match !== null && match[2]!.trim().length > 80) sections.push({ heading: match[1]!.trim(), text: match[2]!.trim() });
    }
  }
  return sections;
}

function runbook(random: () => number, sections: readonly Section[], index: number): string {
  const pick = pickFrom(random);
  const title = `${pick(sections).heading.replace(/[#:[\]]/g, '').slice(0, 80)} ${index}`;
  const lines = ['---', `title: "${title.replace(/"/g, '')}"`, `tags: [${pick(TAGS)}, ${pick(TAGS)}]`, `services: [${pick(SERVICES)}]`, '---', '', `# ${title}`, ''];
  const count = 2 + Math.floor(random() * 4);
  for (let n = 0; n < count; n += 1) {
    const section = pick(sections);
    lines.push(`## ${section.heading}`, '', section.text.slice(0, 2_500), '');
  }
  return lines.join('\n');
}

/** Write `count` runbooks under `dir` (100 to a folder, like a team's repository). */
export function writeSyntheticStore(dir: string, sections: readonly Section[], count: number, seed = 42): void {
  const random = seeded(seed);
  for (let index = 0; index < count; index += 1) {
    const folder = join(dir, `area-${Math.floor(index / 100)}`);
    if (index % 100 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `runbook-${index}.md`), runbook(random, sections, index));
  }
}

/** 200 queries of the kinds people type, from words of the same text: words, pairs, phrases, prefixes, filters, exclusions, misses. */
export function mixedQueries(sections: readonly Section[], count = 200, seed = 7): string[] {
  const random = seeded(seed);
  const pick = pickFrom(random);
  const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  const word = () => {
    for (;;) {
      const words = wordsOf(pick(sections).text);
      if (words.length > 0) return pick(words);
    }
  };
  const phrase = () => {
    for (;;) {
      const words = wordsOf(pick(sections).text);
      if (words.length < 3) continue;
      const at = Math.floor(random() * (words.length - 1));
      return `"${words[at]} ${words[at + 1]}"`;
    }
  };
  const kinds = [
    () => word(),
    () => word(),
    () => `${word()} ${word()}`,
    () => phrase(),
    () => `${word().slice(0, 4)}*`,
    () => `${word()} tag:${pick(TAGS)}`,
    () => `service:${pick(SERVICES)} ${word()}`,
    () => `${word()} -${word()}`,
    () => `zq${Math.floor(random() * 1e6).toString(36)}`,
    () => pick(sections).heading.toLowerCase().split(/\s+/).slice(0, 3).join(' '),
  ];
  return Array.from({ length: count }, (_, index) => (kinds[index % kinds.length] as () => string)());
}

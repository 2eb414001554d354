/**
 * `analyseManual`: one Markdown runbook in, plain data out. Pure and total: it reads a
 * string (the caller did the I/O), never throws on any input and scans linearly, so a
 * 10 MB file or 50,000 nested quotes are just long inputs.
 */
import type { ManualAnalysis, ManualProblem, OutlineHeading } from './types.ts';
import { type Block, scanBlocks } from './blocks.ts';
import { findChecklists } from './checklists.ts';
import { findContacts } from './contacts.ts';
import { readFrontMatter } from './front-matter.ts';
import { findLinks } from './links.ts';
import { buildSections } from './outline.ts';
import { collectPriorityVocabulary } from './priority.ts';
import { findProcedures } from './procedures.ts';
import { fileStem, hasLoneSurrogate, splitLines } from './text.ts';

/**
 * Analyses one runbook. `sourcePath` is the file's path relative to the manual's folder
 * (`docs/patroni/failover.md`); it names the file when nothing else gives a title and
 * anchors relative links.
 */
export function analyseManual(markdown: string, sourcePath: string): ManualAnalysis {
  const problems: ManualProblem[] = [];
  const text = typeof markdown === 'string' ? markdown : '';
  if (hasLoneSurrogate(text)) problems.push({ line: 1, message: 'the file holds broken (unpaired surrogate) characters; they are shown as \uFFFD' });
  const lines = splitLines(text);
  const { frontMatter, bodyStart } = readFrontMatter(lines, problems);
  const blocks = scanBlocks(lines, bodyStart, problems);
  const sections = buildSections(blocks);
  const outline = sections.map(
    (section): OutlineHeading => ({
      level: section.level,
      text: section.text,
      line: section.line,
      priorities: section.priorities,
      timeboxMinutes: section.timeboxMinutes,
    }),
  );
  const { procedures, covered } = findProcedures(blocks, sections);
  const links = findLinks(blocks, sourcePath);
  for (const link of links) {
    if (link.escapesFolder) problems.push({ line: link.line, message: `link "${link.target.slice(0, 200)}" points outside the manual's folder; it is not followed` });
  }
  const firstH1 = sections.find((section) => section.level === 1 && section.text !== '');
  const h1Count = sections.filter((section) => section.level === 1).length;
  if (h1Count > 1) problems.push({ line: firstH1?.line ?? 1, message: `${h1Count} level-1 headings; the title is taken from the first` });
  const title = frontMatter?.title ?? firstH1?.text ?? (fileStem(sourcePath) || 'Untitled');
  return {
    sourcePath,
    title,
    titleSource: frontMatter !== null && frontMatter.title !== null ? 'front-matter' : firstH1 !== undefined ? 'heading' : 'file-name',
    frontMatter,
    outline,
    priorityVocabulary: collectPriorityVocabulary(proseOf(blocks)),
    links,
    procedures,
    checklists: findChecklists(blocks, sections, covered),
    contacts: findContacts(blocks),
    problems: problems.sort((a, b) => a.line - b.line),
  };
}

function* proseOf(blocks: readonly Block[]): Generator<string> {
  for (const block of blocks) {
    if (block.kind === 'text' || block.kind === 'item' || block.kind === 'quote' || block.kind === 'heading') yield block.text;
  }
}

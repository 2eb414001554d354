/**
 * Contact sheets: pipe tables whose header names contact columns (Name, Role, Phone,
 * Email, Slack, Escalation…). Rows may be ragged: missing cells read as empty, extra
 * cells are kept under `column N`.
 */
import type { Block } from './blocks.ts';
import type { ContactRow, ContactTable } from './types.ts';
import { clip, plainText } from './text.ts';

const CONTACT_WORD = /\b(?:name|role|phone|mobile|cell|email|e-mail|mail|slack|pager|escalation|contact|handle|team|owner|on-?call|rotation|discord|teams|telephone|tel)\b/i;
const CHANNEL_WORD = /\b(?:phone|mobile|cell|email|e-mail|slack|pager|contact|handle|telephone|tel|discord)\b/i;

/** Every contact-like table, with the nearest heading above it as its group. */
export function findContacts(blocks: readonly Block[]): ContactTable[] {
  const tables: ContactTable[] = [];
  let group: string | null = null;
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index] as Block;
    if (block.kind === 'heading') group = plainText(block.text);
    const next = blocks[index + 1];
    if (block.kind !== 'text' || !block.text.includes('|') || next?.kind !== 'text' || !isDelimiterRow(next.text)) {
      index += 1;
      continue;
    }
    const headers = splitRow(block.text).map((cell) => plainText(cell));
    const rows: ContactRow[] = [];
    index += 2;
    while (index < blocks.length) {
      const row = blocks[index] as Block;
      if (row.kind !== 'text' || !row.text.includes('|')) break;
      rows.push({ line: row.line, columns: toColumns(headers, splitRow(row.text)) });
      index += 1;
    }
    if (looksLikeContacts(headers)) tables.push({ group, line: block.line, headers, rows });
  }
  return tables;
}

function looksLikeContacts(headers: readonly string[]): boolean {
  const matching = headers.filter((header) => CONTACT_WORD.test(clip(header, 200)));
  return matching.length >= 2 && headers.some((header) => CHANNEL_WORD.test(clip(header, 200)) || /\bescalation\b/i.test(clip(header, 200)));
}

function toColumns(headers: readonly string[], cells: readonly string[]): Record<string, string> {
  const width = Math.max(headers.length, cells.length);
  const entries: [string, string][] = [];
  for (let index = 0; index < width; index += 1) {
    entries.push([headers[index] || `column ${index + 1}`, (cells[index] ?? '').trim()]);
  }
  // fromEntries defines own properties, so a header named `__proto__` stays a column.
  return Object.fromEntries(entries);
}

// `|---|:--:|`, `--- | ---`: only dashes, colons, pipes and spaces, with at least one dash.
function isDelimiterRow(text: string): boolean {
  return text.includes('-') && /^[\s|:-]+$/.test(text) && (text.includes('|') || text.trim().includes(' '));
}

/** Cells of a table row; `\|` is a literal pipe, outer pipes are optional. */
function splitRow(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\\' && text[index + 1] === '|') {
      cell += '|';
      index += 1;
    } else if (char === '|') {
      cells.push(cell);
      cell = '';
    } else {
      cell += char;
    }
  }
  cells.push(cell);
  const trimmed = text.trim();
  if (trimmed.startsWith('|')) cells.shift();
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|')) cells.pop();
  return cells.map((each) => each.trim());
}

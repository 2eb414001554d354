import type { RunbookSearchHit } from '../../common/runbooks/types.ts';
import type { SqliteDatabase } from '../storage/database.ts';
import { wordsOf } from './derive.ts';
import { ftsString, parseSearchQuery } from './search-query.ts';
import { makeSnippet, SCAN_CHARS, snippetMatcher } from './snippet.ts';
import { statement } from './statements.ts';

interface RawHit {
  id: number;
  title: string;
  tags: string;
  source_path: string | null;
  body: string;
  headings: string;
  score: number;
}

/** Snippets read the start of the body only (see snippet.ts). */
const BODY_FOR_SNIPPET = `substr(r.markdown, r.body_start + 1, ${SCAN_CHARS}) AS body, r.headings`;

/**
 * Past this many matches (a tenth of a 10,000-runbook store) a query is unselective:
 * "the", or "gitlab" in GitLab's runbooks. bm25 over all of them costs more than the
 * user should wait, so only the runbooks matching in title, headings or tags (else in
 * the title) are ranked: with these weights they outrank body-only matches anyway. The
 * other matches follow, newest first. Filters are not counted: that errs towards the
 * cheaper path.
 */
export const UNSELECTIVE_MATCHES = 1_000;

/** Full-text search over runbooks with the safe query language of search-query.ts. */
export function searchRunbooks(db: SqliteDatabase, query: string, limit: number): RunbookSearchHit[] {
  const parsed = parseSearchQuery(query);
  const filters: string[] = [];
  const params: unknown[] = [];
  for (const tag of parsed.tags) {
    filters.push('EXISTS (SELECT 1 FROM json_each(r.tags) WHERE lower(value) = ?)');
    params.push(tag);
  }
  for (const service of parsed.services) {
    filters.push('EXISTS (SELECT 1 FROM json_each(r.services) WHERE lower(value) = ?)');
    params.push(service);
  }
  let rows: RawHit[];
  if (parsed.match === null) {
    // Filters alone list what they select; nothing at all finds nothing.
    if (filters.length === 0) return [];
    rows = statement(db, `SELECT r.id, r.title, r.tags, r.source_path, ${BODY_FOR_SNIPPET}, 0 AS score FROM runbooks r WHERE ${filters.join(' AND ')} ORDER BY r.title COLLATE NOCASE LIMIT ?`).all(
      ...params,
      limit,
    ) as RawHit[];
  } else {
    // Rank in a subquery and read the text only for the rows kept: SQLite would otherwise
    // read every matching runbook's Markdown into its sorter.
    const ranked = (match: string, count: number) =>
      statement(
        db,
        `SELECT r.id, r.title, r.tags, r.source_path, ${BODY_FOR_SNIPPET}, -hits.score AS score
         FROM (SELECT f.rowid AS id, ${BM25} AS score FROM runbooks_fts f ${filters.length > 0 ? 'JOIN runbooks r ON r.id = f.rowid' : ''}
               WHERE ${['runbooks_fts MATCH ?', ...filters].join(' AND ')} ORDER BY score LIMIT ?) hits
         JOIN runbooks r ON r.id = hits.id ORDER BY hits.score`,
      ).all(match, ...params, count) as RawHit[];
    // Narrow an unselective query to title/headings/tags, then to titles, until it is
    // selective enough to rank; what the ranked part leaves of the limit is filled with
    // the newest other matches.
    const positive = parsed.positive.join(' OR ');
    const tiers = [parsed.match, `(${parsed.match}) AND {title headings tags} : (${positive})`, `(${parsed.match}) AND {title} : (${positive})`];
    const tier = tiers.find((match) => !unselective(db, match));
    rows = tier === undefined ? [] : ranked(tier, limit);
    if (tier !== parsed.match && rows.length < limit) rows = [...rows, ...newestMatches(db, parsed.match, filters, params, rows, limit - rows.length)];
  }
  const matcher = snippetMatcher(parsed.highlight);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    snippet: makeSnippet([row.body, row.headings], matcher),
    tags: JSON.parse(row.tags) as string[],
    sourcePath: row.source_path,
    score: row.score,
  }));
}

/** Title matches count most, then tags, then headings, then the body (columns: title, headings, body, tags). */
const BM25 = 'bm25(runbooks_fts, 10.0, 4.0, 1.0, 5.0)';
const HIT_SELECT = `SELECT r.id, r.title, r.tags, r.source_path, ${BODY_FOR_SNIPPET}`;
const HIT_FROM = 'FROM runbooks_fts JOIN runbooks r ON r.id = runbooks_fts.rowid';

/** Counting stops at the threshold: walking 1,000 doclist entries is cheap, ranking them is not. */
function unselective(db: SqliteDatabase, match: string): boolean {
  return statement(db, 'SELECT rowid FROM runbooks_fts WHERE runbooks_fts MATCH ? LIMIT 1 OFFSET ?').get(match, UNSELECTIVE_MATCHES - 1) !== undefined;
}

function newestMatches(db: SqliteDatabase, match: string, filters: readonly string[], params: readonly unknown[], already: readonly RawHit[], count: number): RawHit[] {
  const seen = new Set(already.map((row) => row.id));
  const rows = statement(db, `${HIT_SELECT}, 0 AS score ${HIT_FROM} WHERE ${['runbooks_fts MATCH ?', ...filters].join(' AND ')} ORDER BY runbooks_fts.rowid DESC LIMIT ?`).all(
    match,
    ...params,
    count + seen.size,
  ) as RawHit[];
  return rows.filter((row) => !seen.has(row.id)).slice(0, count);
}

/** Runbooks whose title has words starting with each of the typed words. */
export function runbookTitlesByPrefix(db: SqliteDatabase, words: readonly string[], limit: number): Array<{ id: number; title: string; sourcePath: string | null }> {
  if (words.length === 0) {
    return db.prepare('SELECT id, title, source_path AS sourcePath FROM runbooks ORDER BY updated_at DESC, id DESC LIMIT ?').all(limit) as Array<{
      id: number;
      title: string;
      sourcePath: string | null;
    }>;
  }
  const match = words.map((word) => `title : ${ftsString(word, true)}`).join(' AND ');
  return statement(
      db,
      `SELECT r.id, r.title, r.source_path AS sourcePath FROM runbooks_fts JOIN runbooks r ON r.id = runbooks_fts.rowid
       WHERE runbooks_fts MATCH ? ORDER BY runbooks_fts.rank LIMIT ?`,
    )
    .all(match, limit) as Array<{ id: number; title: string; sourcePath: string | null }>;
}

/** Contact-table rows with a word starting with each typed word. */
export function contactsByPrefix(db: SqliteDatabase, words: readonly string[], limit: number) {
  if (words.length === 0) return [];
  const where = words.map(() => "c.words LIKE '% ' || ? || '%'").join(' AND ');
  return db
    .prepare(`SELECT c.id, c.runbook_id AS runbookId, c.name, c.detail, r.title AS runbookTitle FROM runbook_contacts c JOIN runbooks r ON r.id = c.runbook_id WHERE ${where} ORDER BY c.name LIMIT ?`)
    .all(...words, limit) as Array<{ id: number; runbookId: number; name: string; detail: string; runbookTitle: string }>;
}

/** The typed text as lower-case words (letters and digits only), at most eight. */
export function paletteWords(query: string): string[] {
  return wordsOf(query).trim().split(' ').filter((word) => word !== '').slice(0, 8);
}

import { isNode, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { AppError } from '../../common/errors.ts';

/** One item of a top-level list, with the 1-based line it starts on. */
export interface GatusEntry {
  readonly index: number;
  readonly line: number | null;
  readonly value: unknown;
}

/** The parts of a Gatus configuration an import looks at. */
export interface GatusDocument {
  readonly endpoints: readonly GatusEntry[];
  /** Pushed to Gatus rather than checked by it: nothing here could check them. */
  readonly externalEndpoints: readonly GatusEntry[];
  /** Gatus's multi-step suites (alpha): not imported. */
  readonly suites: readonly GatusEntry[];
  /** A top-level `maintenance:` block, which silences every endpoint in Gatus. */
  readonly hasGlobalMaintenance: boolean;
}

/**
 * Gatus's own YAML file runs YAML 1.1 merge keys (`<<: *defaults`, which its README
 * recommends) through the same parser rules, so they are honoured here. An alias count
 * limit keeps a "billion laughs" file from expanding into gigabytes.
 */
const MAX_ALIASES = 1_000;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parse a Gatus configuration. Invalid YAML, or YAML that is not a Gatus configuration,
 * is a bad_request whose message names the line and column, so nothing is imported
 * from a file the user still has to fix.
 */
export function readGatusYaml(text: string): GatusDocument {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { merge: true, lineCounter, prettyErrors: true });
  const [error] = document.errors;
  if (error) {
    const at = error.linePos?.[0];
    // The library appends " at line N, column M:" and a source excerpt; the position is said once, first.
    const reason = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
    throw new AppError('bad_request', at ? `yaml: line ${at.line}, column ${at.col}: ${reason}` : `yaml: ${reason}`);
  }
  let root: unknown;
  try {
    root = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (failure) {
    throw new AppError('bad_request', `yaml: ${(failure as Error).message}`);
  }
  if (!isRecord(root)) throw new AppError('bad_request', 'yaml: expected a Gatus configuration: a mapping with an endpoints: list');
  const lists = ['endpoints', 'external-endpoints', 'suites'] as const;
  for (const key of lists) {
    if (root[key] !== undefined && root[key] !== null && !Array.isArray(root[key])) {
      throw new AppError('bad_request', `yaml: ${key}: must be a list${lineOf(document, lineCounter, [key])}`);
    }
  }
  if (lists.every((key) => !Array.isArray(root[key]) || root[key].length === 0)) {
    throw new AppError('bad_request', 'yaml: endpoints: the file has no endpoints to import');
  }
  return {
    endpoints: entries(document, lineCounter, root, 'endpoints'),
    externalEndpoints: entries(document, lineCounter, root, 'external-endpoints'),
    suites: entries(document, lineCounter, root, 'suites'),
    hasGlobalMaintenance: isRecord(root['maintenance']) && root['maintenance']['enabled'] !== false,
  };
}

function entries(document: Document, lineCounter: LineCounter, root: Record<string, unknown>, key: string): GatusEntry[] {
  const values = root[key];
  if (!Array.isArray(values)) return [];
  const node = document.get(key, true);
  return values.map((value: unknown, index) => {
    const item: unknown = isSeq(node) ? node.items[index] : undefined;
    const offset = isNode(item) ? item.range?.[0] : undefined;
    return { index, value, line: offset === undefined ? null : lineCounter.linePos(offset).line };
  });
}

/** ` (line 4)` for the node at `path`, or nothing when it has no position. */
function lineOf(document: Document, lineCounter: LineCounter, path: readonly string[]): string {
  const node = document.getIn(path, true);
  const offset = isNode(node) ? node.range?.[0] : undefined;
  return offset === undefined ? '' : ` (line ${lineCounter.linePos(offset).line})`;
}

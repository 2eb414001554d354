/**
 * Import a Gatus configuration's `endpoints:` as checks. Each endpoint is mapped
 * (gatus-endpoint.ts), then validated exactly as checks.create validates a check; the
 * ones that pass are created together, in one transaction. Everything that was not
 * carried over as written is reported per endpoint, never silently dropped.
 */
import type { CheckInput } from '../../common/checks/definition.ts';
import type { GatusImportNote, GatusImportReport, GatusImportSkip } from '../../common/checks/gatus-import-report.ts';
import type { CheckSummary } from '../../common/checks/summary.ts';
import { AppError } from '../../common/errors.ts';
import { mapEndpoint } from './gatus-endpoint.ts';
import type { EndpointNotes } from './gatus-notes.ts';
import { readGatusYaml, type GatusDocument } from './gatus-yaml.ts';

/** Where the checks go: the engine, behind the same validation as checks.create. */
export interface GatusImportTarget {
  /** Names of the checks there are now; an endpoint with one of them is not imported twice. */
  existingNames(): Iterable<string>;
  /**
   * Validate as checks.create would (request schema, kind config, conditions) and return
   * the input with defaults filled in; throws an AppError naming the field.
   */
  validate(input: CheckInput): CheckInput;
  /** Create all of them in one transaction: all are saved, or none. */
  createAll(inputs: readonly CheckInput[]): CheckSummary[];
}

/** Our config fields → the Gatus fields they came from, so a reason names what the user wrote. */
const GATUS_FIELDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^config\.(url|host|port|nameserver)\b/, 'url'],
  [/^config\.name\b/, 'dns.query-name'],
  [/^config\.recordType\b/, 'dns.query-type'],
  [/^config\.timeoutMs\b/, 'client.timeout'],
  [/^config\.(method|headers|body)\b/, '$1'],
];

function inGatusTerms(message: string): string {
  return message
    .split('; ')
    .map((line) => GATUS_FIELDS.reduce((text, [pattern, field]) => text.replace(pattern, field), line))
    .join('; ');
}

/**
 * Read `yaml` and import its endpoints. Invalid YAML is a bad_request naming the line and
 * column, and nothing is created. With `dryRun` nothing is created either: `proposed`
 * holds the validated checks an import would create.
 */
export function importGatus(yaml: string, dryRun: boolean, target: GatusImportTarget): GatusImportReport {
  const document = readGatusYaml(yaml);
  const skipped: GatusImportSkip[] = [];
  const unsupported: GatusImportNote[] = [];
  const adjusted: GatusImportNote[] = [];
  const accepted: CheckInput[] = [];
  const taken = new Set(target.existingNames());
  for (const entry of document.endpoints) {
    const mapped = mapEndpoint(entry.value, entry.index);
    const skip = (reason: string) => skipped.push({ name: mapped.name, reason, line: entry.line });
    if (!mapped.ok) {
      skip(mapped.reason);
      continue;
    }
    if (taken.has(mapped.name)) {
      skip(`a check named "${mapped.name}" already exists (imported before?); rename one of them to import it`);
      continue;
    }
    try {
      accepted.push(target.validate(mapped.input));
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'bad_request') throw error;
      skip(inGatusTerms(error.message));
      continue;
    }
    taken.add(mapped.name);
    collect(mapped.name, mapped.notes, unsupported, adjusted);
  }
  unsupported.push(...otherSections(document));
  return {
    created: dryRun ? [] : target.createAll(accepted),
    proposed: dryRun ? accepted : [],
    skipped,
    unsupported,
    adjusted,
  };
}

function collect(name: string, notes: EndpointNotes, unsupported: GatusImportNote[], adjusted: GatusImportNote[]): void {
  for (const note of notes.unsupported) unsupported.push({ name, ...note });
  for (const note of notes.adjusted) adjusted.push({ name, ...note });
}

/** External endpoints, suites and a global maintenance window: listed, none imported. */
function otherSections(document: GatusDocument): GatusImportNote[] {
  const named = (value: unknown, fallback: string): string =>
    typeof value === 'object' && value !== null && 'name' in value && typeof value.name === 'string' ? value.name : fallback;
  return [
    ...document.externalEndpoints.map((entry) => ({
      name: named(entry.value, `external-endpoints[${entry.index}]`),
      field: 'external-endpoints',
      note: 'not imported: an external endpoint is pushed to Gatus by another program; there is nothing here to check',
    })),
    ...document.suites.map((entry) => ({
      name: named(entry.value, `suites[${entry.index}]`),
      field: 'suites',
      note: 'not imported: multi-step suites are not supported; import their endpoints as separate checks',
    })),
    ...(document.hasGlobalMaintenance
      ? [{ name: '(all endpoints)', field: 'maintenance', note: 'not imported: maintenance windows are not supported yet; checks notify at all times' }]
      : []),
  ];
}

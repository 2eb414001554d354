import * as z from 'zod';
import type { CheckType } from '../../common/checks/check-type.ts';
import type { CheckStatus, ErrorClass } from '../../common/checks/outcome.ts';
import { OBJECT } from './config-fields.ts';
import { clip } from './format.ts';
import { refineHeaders } from './http-config.ts';
import { apiUrl, apiUrlField, callJsonApi, decode, failed, JSON_API_LIMIT, listSome, requestFields, statusFailure, type JsonAnswer, type Verdict } from './json-api.ts';
import type { NetworkOptions } from './network-options.ts';
import {
  componentStatus,
  describeComponent,
  indicatorStatus,
  selectComponents,
  summaryAnswer,
  summaryValues,
  worstStatus,
  type Summary,
} from './statuspage-summary.ts';

const kind = 'statuspage';

/** A vendor's Statuspage page; defaults: the whole page's indicator. */
export const statuspageConfig = z
  .strictObject(
    {
      url: apiUrlField('status page', 'https://www.githubstatus.com'),
      components: z
        .array(z.string('must be a component name or id').trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'), {
          error: 'must be a list of component names or ids',
        })
        .max(50, 'must have at most 50 components')
        .default([])
        .describe('Only these components, by name or id (e.g. "API Requests"); the whole page when empty'),
      ...requestFields,
    },
    OBJECT,
  )
  .superRefine(refineHeaders);

export type StatuspageConfig = z.output<typeof statuspageConfig>;

/**
 * The Statuspage check type: a vendor's status from <url>/api/v2/summary.json (the
 * format of Atlassian Statuspage, used by GitHub, Atlassian, Twilio and many more).
 *
 * The whole page: its `status.indicator`, none → up, minor → warning, major and
 * critical → critical. With `components`, only those count, each by its own status:
 * operational → up, degraded_performance → warning, partial_outage and major_outage →
 * critical, under_maintenance → up (named in the message); a component not on the page
 * makes the check unknown (errorClass `config`), as the vendor may have renamed it.
 * The message: the page's description (or the components) and what is affected, plus
 * the first unresolved incident. Values: indicator, components_not_operational,
 * components_under_maintenance, incidents_unresolved (see statuspage-summary.ts).
 */
export function createStatuspageCheck(options: NetworkOptions = {}): CheckType<typeof kind, StatuspageConfig> {
  return {
    kind,
    config: statuspageConfig,
    summary: "A vendor's status page (Statuspage format): outages and degraded components",
    run: (config, context) =>
      callJsonApi(
        {
          config,
          url: apiUrl(config.url, '/api/v2/summary.json'),
          limit: JSON_API_LIMIT,
          noValues: summaryValues(null, []),
          read: (answer) => readSummary(answer, config),
        },
        context,
        options,
      ),
  };
}

/** Statuspage with the system's name resolution. */
export const statuspageCheck = createStatuspageCheck();

function readSummary(answer: JsonAnswer, config: StatuspageConfig): Verdict {
  if (answer.status < 200 || answer.status > 299) return failed(statusFailure(answer.status, 'the status page'), summaryValues(null, []));
  const decoded = decode(summaryAnswer, answer.json, 'the status page');
  if (!decoded.ok) return failed(decoded.failure, summaryValues(null, []));
  return config.components.length > 0 ? judgeComponents(decoded.value, config.components) : judgePage(decoded.value);
}

function judgePage(summary: Summary): Verdict {
  const leaves = summary.components.filter((component) => !component.group);
  const status = indicatorStatus(summary.status.indicator);
  const affected = leaves.filter((component) => component.status !== 'operational').map(describeComponent);
  const unknown = status === 'unknown' ? `Unknown indicator "${clip(summary.status.indicator, 40)}": ` : '';
  const message = `${unknown}${clip(summary.status.description, 120)}${affected.length > 0 ? `: ${listSome(affected)}` : ''}${incidentNote(summary)}`;
  return { status, message, values: summaryValues(summary, leaves), ...errorClassFor(status, false) };
}

function judgeComponents(summary: Summary, wanted: readonly string[]): Verdict {
  const { selected, missing } = selectComponents(summary.components, wanted);
  const status = worstStatus([...selected.map(componentStatus), ...(missing.length > 0 ? ['unknown' as const] : [])]);
  const affected = selected.filter((component) => component.status !== 'operational');
  const healthy = selected.length - affected.length;
  const parts: string[] = [];
  if (affected.length > 0) parts.push(listSome(affected.map(describeComponent)));
  if (healthy > 0 && affected.length > 0) parts.push(`${healthy} more operational`);
  else if (healthy > 0) parts.push(selected.length === 1 ? `${clip(selected[0]?.name ?? '', 60)} operational` : `All ${healthy} components operational`);
  if (missing.length > 0) parts.push(`not on the page: ${listSome(missing.map((name) => `"${clip(name, 60)}"`))}`);
  const message = `${parts.join('; ')}${affected.length > 0 ? incidentNote(summary) : ''}`;
  return { status, message, values: summaryValues(summary, selected), ...errorClassFor(status, missing.length > 0) };
}

/** "; incident: Elevated error rates and 1 more": what the vendor says is happening. */
function incidentNote(summary: Summary): string {
  const [first, ...rest] = summary.incidents;
  if (!first) return '';
  return `; incident: ${clip(first.name, 100)}${rest.length > 0 ? ` and ${rest.length} more` : ''}`;
}

function errorClassFor(status: CheckStatus, missing: boolean): { errorClass?: ErrorClass } {
  if (status === 'warning' || status === 'critical') return { errorClass: 'condition' };
  return status === 'unknown' && missing ? { errorClass: 'config' } : {};
}

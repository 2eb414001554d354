import { isNetworkFailure } from '../../common/alerts/connectivity.ts';
import { inMaintenance } from '../../common/alerts/delivery.ts';
import type { FleetState } from '../../common/alerts/fleet-types.ts';
import type { CheckResult, CheckSummary } from '../../common/checks/summary.ts';
import type { StoredMaintenance } from './maintenance-store.ts';
import { maintenanceTitleAt } from './maintenance-view.ts';

/**
 * Where a check talks to: the host of its URL, its host field, or (for checks of the
 * laptop itself: system, file, command) its kind. Failures on several hosts at once are
 * how the fleet tells "we are offline" from "they are down".
 */
export function hostOf(check: Pick<CheckSummary, 'kind' | 'config'>): string {
  const { url, host } = check.config;
  if (typeof url === 'string') {
    try {
      return new URL(url).hostname;
    } catch {
      return url;
    }
  }
  return typeof host === 'string' ? host : `local:${check.kind}`;
}

/**
 * How a result should be stored, after the fleet has seen it: null to keep it, or the
 * message of an 'unknown' that replaces it. Inside a maintenance window a failure was
 * expected ("Maintenance (DB upgrade): …"); while offline a network failure measured
 * our Wi-Fi, not the service ("Offline: …"). Neither should count against availability.
 */
export function relabelledMessage(result: CheckResult, fleet: FleetState, windows: readonly StoredMaintenance[]): string | null {
  if (result.status === 'up') return null;
  if (inMaintenance(fleet.checks.get(result.checkId), result.at)) {
    return `Maintenance (${maintenanceTitleAt(result.checkId, windows, result.at) ?? 'window'}): ${result.message ?? ''}`;
  }
  if (fleet.offline && isNetworkFailure(result.status, result.errorClass)) return `Offline: ${result.message ?? ''}`;
  return null;
}

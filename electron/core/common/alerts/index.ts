/**
 * Alerting: a pure per-check state machine (`stepCheckAlert`) and a pure fleet policy
 * over all checks (`stepFleet`). Both take `(state, event)` and return
 * `{ state, effects }`; the caller shows notifications, writes records and calls
 * webhooks.
 */
export { createCheckAlert, stepCheckAlert } from './check-machine.ts';
export { isNetworkFailure, looksOffline } from './connectivity.ts';
export { FLAP_START_PERCENT, FLAP_STOP_PERCENT, percentStateChange } from './flap.ts';
export { createFleet, stepFleet } from './fleet.ts';
export { maintenanceAt, occurrenceAt, type MaintenanceSpan, type MaintenanceWindow } from './maintenance.ts';
export { parseMaintenanceWindow } from './maintenance-text.ts';
export { alertPolicySchema, maintenanceWindowSchema } from './schema.ts';
export { snoozedUntil } from './snooze.ts';
export { isTimeZone, type LocalDate, type LocalTime } from './time-zone.ts';
export type * from './fleet-types.ts';
export { DEFAULT_FLEET_OPTIONS } from './fleet-types.ts';
export type * from './types.ts';
export { DEFAULT_POLICY } from './types.ts';

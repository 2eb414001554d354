import type { Settings } from '../../../../electron/shared/contract.ts';
import { NumberSettingField } from './NumberSettingField.tsx';
import { ToggleSettingField } from './ToggleSettingField.tsx';
import { WebhookField } from './WebhookField.tsx';

/**
 * How loud alerts get when nobody answers. When a check fires and resolves is set per
 * check (its Alerting fields); these apply to every check.
 */
export function AlertingPanel({ settings }: { readonly settings: Settings }) {
  const escalates = settings.escalationWebhookUrl !== '';
  return (
    <section className="card" aria-labelledby="alerting-title">
      <h2 id="alerting-title" className="card__title">
        Alerting
      </h2>
      <WebhookField stored={settings.escalationWebhookUrl} />
      <NumberSettingField
        field="escalateAfterMinutes"
        label="Escalate after (minutes)"
        hint={`How long a critical alert may stay unacknowledged before the webhook is called. 1 to 1440 minutes.${escalates ? '' : ' Used once a webhook is set.'}`}
        stored={settings.escalateAfterMinutes}
      />
      <ToggleSettingField
        field="alertSound"
        enabled={settings.alertSound}
        label="Sound for critical alerts"
        hint="Critical notifications ask the system for a sound; warnings and recoveries stay silent."
      />
    </section>
  );
}

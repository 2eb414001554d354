import { useId } from 'react';
import type { Settings } from '../../../../electron/shared/contract.ts';
import { useSettingsStore } from '../../stores/settings-store.ts';
import { NumberSettingField } from './NumberSettingField.tsx';
import { WebhookField } from './WebhookField.tsx';

function AlertSoundField({ enabled }: { readonly enabled: boolean }) {
  const error = useSettingsStore((state) => state.errors.alertSound);
  const change = useSettingsStore((state) => state.change);
  const hintId = useId();
  const errorId = useId();
  return (
    <div className="field">
      <label className="choice">
        <input
          type="checkbox"
          checked={enabled}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => void change('alertSound', event.target.checked)}
        />
        <span className="choice__label">Sound for critical alerts</span>
      </label>
      <p id={hintId} className="field__hint field__hint--indented">
        Critical notifications ask the system for a sound; warnings and recoveries stay silent.
      </p>
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

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
      <AlertSoundField enabled={settings.alertSound} />
    </section>
  );
}

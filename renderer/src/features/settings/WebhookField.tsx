import { TextSettingField } from './TextSettingField.tsx';

/** Emptying the box removes the webhook. */
export function WebhookField({ stored }: { readonly stored: string }) {
  return (
    <TextSettingField
      field="escalationWebhookUrl"
      stored={stored}
      label="Escalation webhook"
      hint="A Slack-compatible incoming webhook (http or https) that is told when a critical alert stays unacknowledged. Leave it empty for none."
      trim
      input={{ type: 'url', inputMode: 'url', className: 'input input--wide', placeholder: 'https://hooks.slack.com/services/…' }}
    />
  );
}

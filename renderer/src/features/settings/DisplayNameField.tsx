import { TextSettingField } from './TextSettingField.tsx';

export function DisplayNameField({ stored }: { readonly stored: string }) {
  return (
    <TextSettingField
      field="displayName"
      stored={stored}
      label="Display name"
      hint="Put on acknowledgements, handover notes and incident timeline entries. Saved when you press Enter or leave the field."
      input={{ autoComplete: 'name' }}
    />
  );
}

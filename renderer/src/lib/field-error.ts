/**
 * The core names the field in a validation error:
 * `settings.set: values.displayName: must be at most 100 characters; values.theme: …`.
 * Next to the field, only the part about that field reads well, under the field's own
 * label; any other failure (the core unreachable, storage broken) is shown whole.
 */
export function fieldMessage(message: string, field: string, label: string): string {
  const marker = `values.${field}: `;
  const start = message.indexOf(marker);
  if (start === -1) return message;
  const rest = message.slice(start + marker.length);
  const end = rest.indexOf('; values.');
  return `${label}: ${(end === -1 ? rest : rest.slice(0, end)).trim()}`;
}

import type { ChecklistTemplateInput, ChecklistTemplateView } from '../../../../electron/shared/contract.ts';
import type { TemplateRequest } from '../../stores/checklists-store.ts';
import { localTimeZone } from './checklist-format.ts';

type Recurrence = ChecklistTemplateView['recurrence'];
export type Weekday = Recurrence['weekdays'][number];
export const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export interface ItemDraft {
  /** Stable React key for rows not saved yet. */
  readonly key: string;
  readonly id?: number;
  readonly text: string;
  /** '' when not linked: select values are strings. */
  readonly checkId: string;
  readonly autoTick: boolean;
}

/** What the editor holds: numbers as typed text, so a half-typed value is never lost. */
export interface TemplateForm {
  readonly title: string;
  readonly kind: Recurrence['kind'];
  readonly time: string;
  readonly weekdays: readonly Weekday[];
  readonly dayOfMonth: string;
  readonly everyDays: string;
  readonly timeZone: string;
  readonly budgetMinutes: string;
  readonly graceMinutes: string;
  readonly enabled: boolean;
  readonly sourceRunbookId: number | null;
  readonly items: readonly ItemDraft[];
}

let nextKey = 0;
export const newKey = () => `item-${++nextKey}`;

export function emptyForm(): TemplateForm {
  return {
    title: '',
    kind: 'daily',
    time: '09:00',
    weekdays: ['monday'],
    dayOfMonth: '1',
    everyDays: '2',
    timeZone: localTimeZone(),
    budgetMinutes: '',
    graceMinutes: '',
    enabled: true,
    sourceRunbookId: null,
    items: [{ key: newKey(), text: '', checkId: '', autoTick: false }],
  };
}

/** An existing template or an imported draft, ready to edit. */
export function formFrom(template: ChecklistTemplateView | ChecklistTemplateInput): TemplateForm {
  const r = template.recurrence;
  return {
    title: template.title,
    kind: r.kind,
    time: r.time,
    weekdays: r.weekdays.length > 0 ? r.weekdays : ['monday'],
    dayOfMonth: String(r.dayOfMonth ?? 1),
    everyDays: String(r.everyDays ?? 2),
    timeZone: r.timeZone,
    budgetMinutes: template.budgetMinutes === null ? '' : String(template.budgetMinutes),
    graceMinutes: template.graceMinutes === null ? '' : String(template.graceMinutes),
    enabled: template.enabled,
    sourceRunbookId: template.sourceRunbookId,
    items: template.items.map((item) => ({
      key: newKey(),
      ...(item.id === undefined ? {} : { id: item.id }),
      text: item.text,
      checkId: item.checkId === null ? '' : String(item.checkId),
      autoTick: item.autoTick,
    })),
  };
}

/** Blank stays null; anything else goes as a number and the core says if it is wrong. */
function optionalNumber(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

/** Only the fields the chosen kind uses are sent, so a hidden field cannot fail the save. */
export function requestFrom(form: TemplateForm): TemplateRequest {
  const kind = form.kind;
  return {
    title: form.title,
    recurrence: {
      kind,
      time: form.time,
      weekdays: kind === 'weekdays' ? [...form.weekdays] : kind === 'weekly' ? form.weekdays.slice(0, 1) : [],
      dayOfMonth: kind === 'monthly' || kind === 'quarterly' ? optionalNumber(form.dayOfMonth) : null,
      everyDays: kind === 'every-days' ? optionalNumber(form.everyDays) : null,
      timeZone: form.timeZone.trim(),
    },
    budgetMinutes: optionalNumber(form.budgetMinutes),
    graceMinutes: optionalNumber(form.graceMinutes),
    enabled: form.enabled,
    sourceRunbookId: form.sourceRunbookId,
    items: form.items.map((item) => ({
      ...(item.id === undefined ? {} : { id: item.id }),
      text: item.text,
      checkId: item.checkId === '' ? null : Number(item.checkId),
      autoTick: item.checkId !== '' && item.autoTick,
    })),
  };
}

/** "template.items.0.text: must not be empty; …" → one line per problem, field first. */
export function problemLines(message: string): string[] {
  return message
    .replace(/^checklists\.\w+: /, '')
    .split('; ')
    .map((line) => line.replace(/^template\./, ''));
}

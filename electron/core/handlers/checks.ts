import * as z from 'zod';
import { AppError } from '../common/errors.ts';
import { describeConfigError } from '../node/checks/parse-config.ts';
import { CHECK_TYPES } from '../node/checks/registry.ts';
import type { CheckEngine } from '../node/engine/check-engine.ts';
import type { GatusImportTarget } from '../node/import/gatus-import.ts';
import { checkInputSchema, type CheckKindInfo } from '../../shared/contract.ts';
import type { Handlers } from './dispatch.ts';

type CheckChannels = 'checks.kinds' | 'checks.list' | 'checks.get' | 'checks.create' | 'checks.update' | 'checks.delete' | 'checks.runNow' | 'checks.test' | 'checks.importGatus' | 'checks.history';

export function checkHandlers(engine: CheckEngine): Pick<Handlers, CheckChannels> {
  // The same schemas that validate a saved check describe the form's fields. Built when
  // the form first asks, not at start: a core that only runs checks never needs them.
  let kinds: CheckKindInfo[] | undefined;
  return {
    'checks.kinds': () =>
      (kinds ??= CHECK_TYPES.map((type) => ({
        kind: type.kind,
        summary: type.summary,
        config: z.toJSONSchema(type.config, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
      }))),
    'checks.list': () => engine.list(),
    'checks.get': ({ id }) => engine.get(id),
    'checks.create': ({ check }) => engine.create(check),
    'checks.update': ({ id, check }) => engine.update(id, check),
    'checks.delete': ({ id }) => {
      engine.delete(id);
      return { id };
    },
    'checks.runNow': ({ id }) => engine.runNow(id),
    'checks.test': ({ check }) => engine.test(check),
    // The importer and its YAML parser load on the first import: most users never import,
    // and evaluating the parser at start is heap the core would carry for days.
    'checks.importGatus': async ({ yaml, dryRun }) => {
      const { importGatus } = await import('../node/import/gatus-import.ts');
      return importGatus(yaml, dryRun, importTarget(engine));
    },
    'checks.history': ({ id, range }) => engine.history(id, range),
  };
}

/** An imported check passes the same two gates as checks.create: the request schema, then the engine's compile step. */
function importTarget(engine: CheckEngine): GatusImportTarget {
  return {
    existingNames: () => engine.list().map((check) => check.name),
    validate(input) {
      const parsed = checkInputSchema.safeParse(input);
      if (!parsed.success) throw new AppError('bad_request', describeConfigError(parsed.error));
      engine.validate(parsed.data);
      return parsed.data;
    },
    createAll: (inputs) => engine.createMany(inputs),
  };
}

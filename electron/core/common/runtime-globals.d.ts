/**
 * Globals that every runtime the pure core runs in (Node and Chromium) provides, declared
 * only as far as the pure core uses them: the core/common project has neither Node's nor
 * the DOM's types, so that `process`, `Buffer` or `document` here stay type errors.
 * electron/tsconfig.json excludes this file; there Node's full declarations apply.
 */
interface AbortSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

interface AbortController {
  readonly signal: AbortSignal;
  abort(reason?: unknown): void;
}

declare const AbortController: { prototype: AbortController; new (): AbortController };

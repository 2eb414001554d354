import { constants, createBrotliDecompress, createGunzip, createInflate, createInflateRaw, type Gunzip } from 'node:zlib';
import type { Failure } from './classify-error.ts';

/** Bytes taken off the connection: bounds what a hostile server can make the core receive. */
export const WIRE_LIMIT = 1024 * 1024;
/** Bytes of decoded body kept, matched and reported as BODY. */
export const BODY_LIMIT = 64 * 1024;

/**
 * How much of a body a check will take: `decoded` bytes after content decoding, `wire`
 * bytes off the connection. The http check keeps BODY_LIMIT/WIRE_LIMIT; the JSON API
 * checks pass larger ones (a Prometheus or Alertmanager answer is routinely over 64 KiB).
 */
export interface BodyLimits {
  readonly decoded: number;
  readonly wire: number;
}

/** The http check's limits: what BODY can hold. */
export const HTTP_BODY_LIMITS: BodyLimits = { decoded: BODY_LIMIT, wire: WIRE_LIMIT };

/** The decoded body, or a verdict on it. The connection's own errors are the request's to report. */
export type BodyResult = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'failure'; readonly failure: Failure };

/** Where a response's body bytes go, as the response reader hands them over. */
export interface BodySink {
  data(chunk: Buffer): void;
  /** The body is complete. */
  end(): void;
  /** Stop early (the deadline, a failed connection): `done` is then not called. */
  stop(): void;
}

/** The connection's flow, paused while a decoder is busy. */
export interface Flow {
  pause(): void;
  resume(): void;
}

type Decoder = Pick<Gunzip, 'write' | 'end' | 'destroy' | 'on' | 'once'>;

/**
 * Reads a response body within both limits, from the response's `headers` (lower-case
 * names). gzip, deflate and br are decoded as they stream, so a compression bomb stops at
 * `limits.decoded` bytes: the decoder is destroyed there and the rest is never inflated
 * (and mostly never received). `done` is called once, possibly before this returns.
 */
export function readBody(headers: ReadonlyMap<string, string>, flow: Flow, done: (result: BodyResult) => void, limits: BodyLimits = HTTP_BODY_LIMITS): BodySink {
  const encoding = (headers.get('content-encoding') ?? 'identity').trim().toLowerCase();
  const identity = encoding === 'identity' || encoding === '';
  const declared = Number(headers.get('content-length') ?? 0);
  const chunks: Buffer[] = [];
  let kept = 0;
  let wire = 0;
  let finished = false;
  let decoder: Decoder | undefined;

  const finish = (result: BodyResult): void => {
    if (finished) return;
    finished = true;
    decoder?.destroy();
    done(result);
  };
  const stop = (): void => {
    finished = true;
    decoder?.destroy();
  };
  const tooLarge = (message: string): void => finish({ kind: 'failure', failure: { errorClass: 'body_too_large', message } });
  const keep = (chunk: Buffer): void => {
    kept += chunk.length;
    if (kept > limits.decoded) tooLarge(`Body larger than ${formatBytes(limits.decoded)}${identity ? '' : ` after ${encoding} decoding`}`);
    else chunks.push(chunk);
  };
  const text = (): BodyResult => ({ kind: 'text', text: chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks, kept).toString('utf8') });

  if (declared > limits.wire || (identity && declared > limits.decoded)) {
    tooLarge(`Body of ${declared} bytes is larger than the ${identity ? formatBytes(limits.decoded) : formatBytes(limits.wire)} limit`);
  } else if (!identity && !DECODABLE.has(encoding)) {
    finish({ kind: 'failure', failure: { errorClass: 'bad_body', message: `Body uses an encoding the check cannot read: ${encoding}` } });
  }
  return { data, end, stop };

  function data(chunk: Buffer): void {
    if (finished) return;
    wire += chunk.length;
    if (wire > limits.wire) return tooLarge(`Body larger than ${formatBytes(limits.wire)}`);
    if (identity) return keep(chunk);
    if (!decoder) {
      decoder = createDecoder(encoding, chunk[0] ?? 0);
      decoder.on('data', (decoded: Buffer) => keep(decoded));
      decoder.on('end', () => finish(text()));
      decoder.on('error', (error: Error) => {
        finish({ kind: 'failure', failure: { errorClass: 'bad_body', message: `Body is not valid ${encoding}: ${error.message}` } });
      });
    }
    // Backpressure: while the decoder is busy, leave the rest in the socket.
    if (!decoder.write(chunk)) {
      flow.pause();
      decoder.once('drain', () => flow.resume());
    }
  }

  function end(): void {
    if (finished) return;
    if (decoder) decoder.end();
    else finish(identity ? text() : { kind: 'text', text: '' });
  }
}

/** "64 KiB", "2 MiB": limits are whole KiB or MiB, as messages name them. */
function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

const DECODABLE = new Set(['gzip', 'x-gzip', 'deflate', 'br']);

/**
 * Lenient end-of-stream handling (SYNC_FLUSH), as browsers and curl do: a body whose
 * compressed stream lacks its final block still decodes. HTTP framing already tells a
 * cut-off response apart.
 */
function createDecoder(encoding: string, firstByte: number): Decoder {
  if (encoding === 'br') return createBrotliDecompress({ finishFlush: constants.BROTLI_OPERATION_FLUSH });
  if (encoding === 'deflate') {
    // "deflate" should be zlib-wrapped (RFC 9110) but some servers send raw deflate;
    // a zlib header's low nibble is always 8.
    const options = { finishFlush: constants.Z_SYNC_FLUSH };
    return (firstByte & 0x0f) === 0x08 ? createInflate(options) : createInflateRaw(options);
  }
  return createGunzip({ finishFlush: constants.Z_SYNC_FLUSH });
}

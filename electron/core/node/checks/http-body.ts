import type { IncomingMessage } from 'node:http';
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

/** The decoded body, a verdict on it, or a connection error for the caller to classify. */
export type BodyResult =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'failure'; readonly failure: Failure }
  | { readonly kind: 'error'; readonly error: unknown };

type Decoder = Pick<Gunzip, 'write' | 'end' | 'destroy' | 'on' | 'once'>;

/**
 * Reads a response body within both limits. gzip, deflate and br are decoded as they
 * stream, so a compression bomb stops at `limits.decoded` bytes: the decoder is
 * destroyed there and the rest is never inflated (and mostly never received). `done` is
 * called once, possibly before this returns; the returned function stops reading early
 * (deadline reached) and `done` is then not called.
 */
export function readBody(res: IncomingMessage, done: (result: BodyResult) => void, limits: BodyLimits = HTTP_BODY_LIMITS): () => void {
  const encoding = (res.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const identity = encoding === 'identity' || encoding === '';
  const declared = Number(res.headers['content-length'] ?? 0);
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
    return stop;
  }
  if (!identity && !DECODABLE.has(encoding)) {
    finish({ kind: 'failure', failure: { errorClass: 'bad_body', message: `Body uses an encoding the check cannot read: ${encoding}` } });
    return stop;
  }

  res.on('data', (chunk: Buffer) => {
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
      res.pause();
      decoder.once('drain', () => res.resume());
    }
  });
  res.on('end', () => {
    if (decoder) decoder.end();
    else finish(identity ? text() : { kind: 'text', text: '' });
  });
  res.on('error', (error) => finish({ kind: 'error', error }));
  res.on('close', () => {
    if (!res.complete) finish({ kind: 'error', error: Object.assign(new Error('connection closed mid-body'), { code: 'ECONNRESET' }) });
  });
  return stop;
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

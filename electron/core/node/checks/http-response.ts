import { TOKEN } from './http-config.ts';

/**
 * Reads one HTTP/1.1 response off a connection, chunk by chunk as the bytes arrive: the
 * head, then the body framed as RFC 9112 §6 says (no body for HEAD, 1xx, 204 and 304;
 * chunked; Content-Length; else until the server closes). Interim 1xx heads are skipped.
 *
 * Why not node:http: a health check sends one request per connection and reads one small
 * answer, and the client's agent, streams and header bookkeeping cost about as much CPU
 * as the connection itself (warm, on loopback: 0.24 against 0.11 CPU-ms per request). This
 * reads what a check needs and nothing else; it is lenient where curl is (bare LF line
 * ends, folded header lines) and strict where a wrong reading would mislead (a status
 * line, header names, Content-Length, chunk sizes, the size of a head).
 *
 * Errors carry llhttp's codes (HPE_…), as node:http's would, so classify-error.ts reads
 * both alike; a connection closed too early is ECONNRESET, as Node reports it.
 */

/** Largest head (status line and headers, or trailers) taken: Node's own default. */
export const MAX_HEAD_BYTES = 16 * 1024;
/** Longest chunk-size line, extensions included. */
const MAX_CHUNK_LINE = 1024;

export interface ResponseHead {
  readonly status: number;
  /** Lower-case names; a repeated header's values joined with ", ". Values are Latin-1, as Node gives them. */
  readonly headers: ReadonlyMap<string, string>;
}

/** Where the reader delivers what it read. Nothing is called after `end` or `error`. */
export interface ResponseSink {
  head(head: ResponseHead): void;
  body(chunk: Buffer): void;
  end(): void;
  error(error: Error): void;
}

type State = 'head' | 'length' | 'close' | 'chunk-size' | 'chunk-data' | 'chunk-end' | 'trailers' | 'done';

const STATUS_LINE = /^HTTP\/1\.\d ([1-9]\d\d)(?:[ \t]|$)/;
const OWS = /^[ \t]+|[ \t]+$/g;
const HEX = /^[0-9A-Fa-f]{1,12}$/;

export class ResponseReader {
  readonly #noBody: boolean;
  readonly #sink: ResponseSink;
  #state: State = 'head';
  /** The head, trailers or chunk-size line read so far, as Latin-1 (one character per byte). */
  #text = '';
  /** Body bytes still to come in a Content-Length body or the current chunk. */
  #remaining = 0;
  /** Closed by its user (or a failure): the sink hears nothing more. */
  #closed = false;

  /** `method` decides whether a body follows (never after HEAD). */
  constructor(method: string, sink: ResponseSink) {
    this.#noBody = method === 'HEAD';
    this.#sink = sink;
  }

  /** Bytes from the connection. */
  push(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length && this.#state !== 'done') offset = this.#step(chunk, offset);
  }

  /** True once the response was read, failed or the reader was closed: nothing more will come. */
  get done(): boolean {
    return this.#state === 'done';
  }

  /** The server closed the connection: the end of a body read until close, else too early. */
  finish(): void {
    if (this.#state === 'done') return;
    // After the last chunk the body is whole: a server that closes instead of ending its
    // (empty) trailers has still said everything.
    if (this.#state === 'close' || this.#state === 'trailers') return this.#end();
    const before = this.#state === 'head' ? 'before answering' : 'mid-body';
    this.#fail('ECONNRESET', `the server closed the connection ${before}`);
  }

  /** Stop: nothing more is read or delivered. */
  close(): void {
    this.#closed = true;
    this.#state = 'done';
    this.#text = '';
  }

  /** Consume from `offset` in the current state; returns where the next step starts. */
  #step(chunk: Buffer, offset: number): number {
    switch (this.#state) {
      case 'head':
      case 'trailers':
        return this.#readHead(chunk, offset);
      case 'chunk-size':
      case 'chunk-end':
        return this.#readLine(chunk, offset);
      case 'length':
      case 'chunk-data':
        return this.#readCounted(chunk, offset);
      case 'close':
        this.#sink.body(offset === 0 ? chunk : chunk.subarray(offset));
        return chunk.length;
      default:
        return chunk.length;
    }
  }

  /** Head or trailers: up to the empty line, at most MAX_HEAD_BYTES. */
  #readHead(chunk: Buffer, offset: number): number {
    const seen = this.#text.length;
    // Never more than a head can hold: the rest of a large chunk is body, read as bytes.
    this.#text += chunk.toString('latin1', offset, Math.min(chunk.length, offset + MAX_HEAD_BYTES + 4 - seen));
    // The empty line may begin in an earlier chunk: look from just before this one.
    const end = endOfHead(this.#text, Math.max(0, seen - 3));
    if (end === -1) {
      if (this.#text.length > MAX_HEAD_BYTES) this.#fail('HPE_HEADER_OVERFLOW', `response head larger than ${MAX_HEAD_BYTES / 1024} KiB`);
      return chunk.length;
    }
    if (end > MAX_HEAD_BYTES) {
      this.#fail('HPE_HEADER_OVERFLOW', `response head larger than ${MAX_HEAD_BYTES / 1024} KiB`);
      return chunk.length;
    }
    const text = this.#text.slice(0, end);
    this.#text = '';
    const next = offset + end - seen;
    if (this.#state === 'trailers') this.#end();
    else this.#onHead(text);
    return next;
  }

  #onHead(text: string): void {
    const lines = text.split('\n');
    const status = STATUS_LINE.exec(stripCr(lines[0]!));
    if (!status) return this.#fail('HPE_INVALID_CONSTANT', 'expected an HTTP/1.x status line');
    const code = Number(status[1]);
    const headers = parseHeaders(lines);
    if (typeof headers === 'string') return this.#fail('HPE_INVALID_HEADER_TOKEN', headers);
    if (code === 101) return this.#fail('HPE_INVALID_CONSTANT', 'the server switched protocols, which the check did not ask for');
    // An interim answer (100 Continue, 103 Early Hints): the real one follows.
    if (code < 200) return;
    const framing = framingOf(headers, this.#noBody || code === 204 || code === 304);
    if (typeof framing === 'object') return this.#fail('HPE_INVALID_CONTENT_LENGTH', framing.error);
    this.#state = framing === 'none' ? 'done' : framing === 'chunked' ? 'chunk-size' : framing === 'close' ? 'close' : 'length';
    if (typeof framing === 'number') this.#remaining = framing;
    this.#sink.head({ status: code, headers });
    // Unless the sink closed the reader on seeing the head (a redirect, a refused length).
    if (framing === 'none' && !this.#closed) this.#sink.end();
  }

  /** A chunk-size line, or the line break after a chunk's data. */
  #readLine(chunk: Buffer, offset: number): number {
    const newline = chunk.indexOf(10, offset);
    const end = newline === -1 ? chunk.length : newline;
    this.#text += chunk.toString('latin1', offset, end);
    if (this.#text.length > MAX_CHUNK_LINE) {
      this.#fail('HPE_CHUNK_EXTENSIONS_OVERFLOW', 'chunk size line too long');
      return chunk.length;
    }
    if (newline === -1) return chunk.length;
    const line = stripCr(this.#text);
    this.#text = '';
    if (this.#state === 'chunk-end') {
      if (line !== '') this.#fail('HPE_STRICT', 'expected a line break after a chunk');
      else this.#state = 'chunk-size';
      return newline + 1;
    }
    const size = line.split(';', 1)[0]!.replace(OWS, '');
    if (!HEX.test(size)) {
      this.#fail('HPE_INVALID_CHUNK_SIZE', 'invalid chunk size');
      return chunk.length;
    }
    this.#remaining = Number.parseInt(size, 16);
    this.#state = this.#remaining === 0 ? 'trailers' : 'chunk-data';
    // The trailers end at an empty line; with none, that line comes first: as after a line.
    if (this.#state === 'trailers') this.#text = '\n';
    return newline + 1;
  }

  /** Body bytes of a known count: a Content-Length body or one chunk. */
  #readCounted(chunk: Buffer, offset: number): number {
    const take = Math.min(this.#remaining, chunk.length - offset);
    this.#remaining -= take;
    const whole = offset === 0 && take === chunk.length;
    // Counted before delivering: the sink may stop the reader.
    const last = this.#remaining === 0 && this.#state === 'length';
    if (this.#remaining === 0) this.#state = last ? 'done' : 'chunk-end';
    this.#sink.body(whole ? chunk : chunk.subarray(offset, offset + take));
    if (last && !this.#closed) this.#sink.end();
    return offset + take;
  }

  #end(): void {
    this.#state = 'done';
    if (!this.#closed) this.#sink.end();
  }

  #fail(code: string, message: string): void {
    this.close();
    this.#sink.error(Object.assign(new Error(message), { code }));
  }
}

/** Where the empty line ending a head is (the index just past it), or -1. */
function endOfHead(text: string, from: number): number {
  for (let newline = text.indexOf('\n', from); newline !== -1; newline = text.indexOf('\n', newline + 1)) {
    // Lines end in CRLF or, leniently, a bare LF; the empty line is one of those alone.
    if (text.charCodeAt(newline + 1) === 10) return newline + 2;
    if (text.charCodeAt(newline + 1) === 13 && text.charCodeAt(newline + 2) === 10) return newline + 3;
  }
  return -1;
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** The header lines after the status line; a string says what was wrong. */
function parseHeaders(lines: readonly string[]): Map<string, string> | string {
  const headers = new Map<string, string>();
  let last: string | null = null;
  for (let index = 1; index < lines.length; index += 1) {
    const line = stripCr(lines[index]!);
    if (line === '') continue;
    if (line.startsWith(' ') || line.startsWith('\t')) {
      // An obsolete folded line continues the header before it.
      if (last === null) return 'a header line starts with white space';
      headers.set(last, `${headers.get(last)} ${line.replace(OWS, '')}`);
      continue;
    }
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon) : '';
    if (!TOKEN.test(name)) return `invalid header line: ${JSON.stringify(line.slice(0, 40))}`;
    last = name.toLowerCase();
    const value = line.slice(colon + 1).replace(OWS, '');
    const before = headers.get(last);
    headers.set(last, before === undefined ? value : `${before}, ${value}`);
  }
  return headers;
}

/** How the body is framed: its length, chunked, until close, or none. */
function framingOf(headers: ReadonlyMap<string, string>, noBody: boolean): number | 'chunked' | 'close' | 'none' | { error: string } {
  if (noBody) return 'none';
  const codings = headers.get('transfer-encoding');
  if (codings !== undefined) {
    // Transfer-Encoding outranks Content-Length; chunked must be the last coding to frame the body.
    const lastCoding = codings.split(',').at(-1)!.replace(OWS, '').toLowerCase();
    return lastCoding === 'chunked' ? 'chunked' : 'close';
  }
  const declared = headers.get('content-length');
  if (declared === undefined) return 'close';
  // Repeated identical values ("5, 5") are one length; anything else cannot be trusted.
  const values = new Set(declared.split(',').map((value) => value.replace(OWS, '')));
  const [only] = values;
  if (values.size !== 1 || !/^\d{1,15}$/.test(only!)) return { error: `invalid Content-Length: ${JSON.stringify(declared.slice(0, 40))}` };
  const length = Number(only);
  return length === 0 ? 'none' : length;
}

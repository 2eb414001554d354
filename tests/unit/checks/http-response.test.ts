import { describe, expect, it } from 'vitest';
import { MAX_HEAD_BYTES, ResponseReader, type ResponseHead } from '../../../electron/core/node/checks/http-response.ts';

interface Read {
  head: ResponseHead | null;
  body: string;
  ended: boolean;
  error: (Error & { code?: string }) | null;
  reader: ResponseReader;
}

/** Feed `wire` to a reader in pieces of `piece` bytes (all at once when 0), then `closed` says whether the server closed. */
function read(wire: string | Buffer, options: { method?: string; piece?: number; closed?: boolean } = {}): Read {
  const bytes = typeof wire === 'string' ? Buffer.from(wire, 'latin1') : wire;
  const chunks: Buffer[] = [];
  const result: Read = {
    head: null,
    body: '',
    ended: false,
    error: null,
    reader: new ResponseReader(options.method ?? 'GET', {
      head: (head) => {
        if (result.head) throw new Error('a second head was delivered');
        result.head = head;
      },
      body: (chunk) => {
        if (result.ended || result.error) throw new Error('body after the end');
        chunks.push(Buffer.from(chunk));
      },
      end: () => {
        if (result.ended || result.error) throw new Error('a second end');
        result.ended = true;
      },
      error: (error) => {
        if (result.ended || result.error) throw new Error('an error after the end');
        result.error = error;
      },
    }),
  };
  const piece = options.piece || bytes.length;
  for (let offset = 0; offset < bytes.length; offset += piece) result.reader.push(bytes.subarray(offset, offset + piece));
  if (options.closed) result.reader.finish();
  result.body = Buffer.concat(chunks).toString('latin1');
  return result;
}

const PIECES = [0, 1, 2, 3, 7];

describe('ResponseReader', () => {
  it('reads a Content-Length response, whole or byte by byte, and ignores what follows it', () => {
    const wire = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhelloEXTRA';
    for (const piece of PIECES) {
      const result = read(wire, { piece });
      expect(result.head?.status, `piece ${piece}`).toBe(200);
      expect(result.head?.headers.get('content-type')).toBe('text/plain');
      expect(result.body, `piece ${piece}`).toBe('hello');
      expect(result.ended).toBe(true);
    }
  });

  it('reads a chunked body with extensions and trailers at any split', () => {
    const wire = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;name=value\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\nX-Trailer: yes\r\n\r\n';
    for (const piece of PIECES) {
      const result = read(wire, { piece });
      expect(result.body, `piece ${piece}`).toBe('hello world');
      expect(result.ended, `piece ${piece}`).toBe(true);
      expect(result.error).toBeNull();
    }
  });

  it('ends a chunked body that has no trailers, at any split', () => {
    for (const piece of PIECES) {
      const result = read('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n', { piece });
      expect([result.body, result.ended], `piece ${piece}`).toEqual(['ok', true]);
    }
  });

  it('takes a chunked body as whole when the server closes right after its last chunk', () => {
    const result = read('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n', { closed: true });
    expect([result.body, result.ended, result.error]).toEqual(['ok', true, null]);
  });

  it('lets Transfer-Encoding decide the framing over Content-Length', () => {
    const result = read('HTTP/1.1 200 OK\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n');
    expect([result.body, result.ended]).toEqual(['ok', true]);
  });

  it('reads a body without a length until the server closes', () => {
    const open = read('HTTP/1.0 200 OK\r\n\r\npart one, ');
    expect([open.body, open.ended]).toEqual(['part one, ', false]);
    const closed = read('HTTP/1.0 200 OK\r\n\r\npart one, part two', { closed: true, piece: 4 });
    expect([closed.body, closed.ended]).toEqual(['part one, part two', true]);
  });

  it('expects no body after HEAD, 204, 304 or a zero length', () => {
    expect(read('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n', { method: 'HEAD' })).toMatchObject({ body: '', ended: true });
    expect(read('HTTP/1.1 204 No Content\r\n\r\n')).toMatchObject({ body: '', ended: true });
    expect(read('HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n')).toMatchObject({ body: '', ended: true });
    expect(read('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')).toMatchObject({ body: '', ended: true });
  });

  it('skips interim 1xx answers and reads the final one', () => {
    for (const piece of PIECES) {
      const result = read('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok', { piece });
      expect([result.head?.status, result.body, result.ended], `piece ${piece}`).toEqual([201, 'ok', true]);
    }
  });

  it('accepts bare LF line ends, folded lines and repeated headers, and keeps the status without a reason', () => {
    const result = read('HTTP/1.1 200\nX-Long: one\n  two\nVary: a\nvary: b\nContent-Length: 2\n\nok');
    expect(result.head?.status).toBe(200);
    expect(result.head?.headers.get('x-long')).toBe('one two');
    expect(result.head?.headers.get('vary')).toBe('a, b');
    expect(result.body).toBe('ok');
  });

  it('reads header values as Latin-1 bytes, as Node does', () => {
    const result = read(Buffer.concat([Buffer.from('HTTP/1.1 302 Found\r\nLocation: /caf'), Buffer.from('é', 'utf8'), Buffer.from('\r\nContent-Length: 0\r\n\r\n')]));
    expect(result.head?.headers.get('location')).toBe(Buffer.from('/café', 'utf8').toString('latin1'));
  });

  it('delivers nothing more once closed from the head callback', () => {
    let bodies = 0;
    let ends = 0;
    const reader: ResponseReader = new ResponseReader('GET', {
      head: () => reader.close(),
      body: () => (bodies += 1),
      end: () => (ends += 1),
      error: () => {},
    });
    reader.push(Buffer.from('HTTP/1.1 301 Moved\r\nLocation: /x\r\nContent-Length: 3\r\n\r\nabc'));
    reader.finish();
    expect([bodies, ends, reader.done]).toEqual([0, 0, true]);
  });

  describe('refuses what it cannot trust, with llhttp error codes', () => {
    const cases: Array<[string, string, string]> = [
      ['not HTTP at all', 'SSH-2.0-OpenSSH_9.6\r\n\r\n', 'HPE_INVALID_CONSTANT'],
      ['HTTP/2 preface', 'HTTP/2 200\r\n\r\n', 'HPE_INVALID_CONSTANT'],
      ['a header name with a space', 'HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN'],
      ['a line without a colon', 'HTTP/1.1 200 OK\r\nnonsense\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN'],
      ['two different lengths', 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello', 'HPE_INVALID_CONTENT_LENGTH'],
      ['a negative length', 'HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n', 'HPE_INVALID_CONTENT_LENGTH'],
      ['a chunk size that is not hex', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', 'HPE_INVALID_CHUNK_SIZE'],
      ['chunk data overrunning its size', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nokay\r\n', 'HPE_STRICT'],
      ['a switch of protocols', 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n', 'HPE_INVALID_CONSTANT'],
    ];
    for (const [what, wire, code] of cases) {
      it(what, () => {
        const result = read(wire, { piece: 3 });
        expect(result.error?.code).toBe(code);
        expect(result.ended).toBe(false);
      });
    }

    it('a head larger than 16 KiB, even dripped, and without reading the rest of it', () => {
      const wire = `HTTP/1.1 200 OK\r\nX-Big: ${'a'.repeat(MAX_HEAD_BYTES)}\r\n\r\n`;
      for (const piece of [0, 1000]) expect(read(wire, { piece }).error?.code).toBe('HPE_HEADER_OVERFLOW');
    });

    it('an endless chunk-size line', () => {
      expect(read(`HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1;${'x'.repeat(5000)}`, { piece: 100 }).error?.code).toBe('HPE_CHUNK_EXTENSIONS_OVERFLOW');
    });

    it('a connection closed before the answer or in the middle of a body', () => {
      expect(read('', { closed: true }).error?.code).toBe('ECONNRESET');
      expect(read('HTTP/1.1 200 OK\r\nContent-', { closed: true }).error?.code).toBe('ECONNRESET');
      expect(read('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf', { closed: true }).error?.code).toBe('ECONNRESET');
      expect(read('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel', { closed: true }).error?.code).toBe('ECONNRESET');
    });
  });
});

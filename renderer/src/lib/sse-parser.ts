/**
 * A small parser for the server-sent-events wire format, fed with text as it arrives.
 * Browser mode cannot use EventSource (it cannot send the Authorization header), so the
 * window reads `GET /api/events` with fetch and hands each decoded chunk to `push`.
 * Follows the WHATWG rules the window needs: lines end in LF, CRLF or CR; a line starting
 * with `:` is a comment; `data` lines accumulate with `\n`; a blank line dispatches.
 * `id` and `retry` are ignored: the stream has no replay and reconnection is ours.
 */
export interface SseMessage {
  /** `message` when the frame named no event. */
  readonly event: string;
  readonly data: string;
}

export interface SseParser {
  /** Feed the next decoded chunk; complete frames are dispatched synchronously. */
  push(chunk: string): void;
}

export function createSseParser(onMessage: (message: SseMessage) => void): SseParser {
  let buffer = '';
  let eventName = '';
  let dataLines: string[] = [];
  let started = false;
  // A CR at the very end of a chunk may be the first half of a CRLF split across chunks.
  let skipLeadingLf = false;

  function dispatch(): void {
    if (dataLines.length > 0) onMessage({ event: eventName || 'message', data: dataLines.join('\n') });
    eventName = '';
    dataLines = [];
  }

  function processLine(line: string): void {
    if (line === '') return dispatch();
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') eventName = value;
    else if (field === 'data') dataLines.push(value);
  }

  return {
    push(chunk) {
      let text = chunk;
      if (skipLeadingLf && text.startsWith('\n')) text = text.slice(1);
      skipLeadingLf = false;
      if (!started && text.length > 0) {
        started = true;
        if (text.startsWith('\uFEFF')) text = text.slice(1);
      }
      buffer += text;
      let start = 0;
      for (let i = 0; i < buffer.length; i++) {
        const char = buffer[i];
        if (char !== '\n' && char !== '\r') continue;
        processLine(buffer.slice(start, i));
        if (char === '\r') {
          if (i + 1 === buffer.length) skipLeadingLf = true;
          else if (buffer[i + 1] === '\n') i++;
        }
        start = i + 1;
      }
      buffer = buffer.slice(start);
    },
  };
}

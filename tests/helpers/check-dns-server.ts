import { createSocket, type RemoteInfo } from 'node:dgram';
import type { AddressInfo } from 'node:net';

/** How the test server answers one name. */
export type DnsBehaviour =
  | { readonly a?: readonly string[]; readonly mx?: readonly (readonly [number, string])[]; readonly txt?: readonly string[] }
  | 'nxdomain'
  | 'servfail'
  | 'refused'
  | 'silent';

/** A running test DNS server: `nameserver` is its `127.0.0.1:port`. */
export interface DnsServer {
  readonly nameserver: string;
  /** Queries received, as `name TYPE`. */
  readonly queries: string[];
  close(): Promise<void>;
}

const TYPE = { A: 1, MX: 15, TXT: 16, AAAA: 28 } as const;
const RCODE = { noerror: 0, servfail: 2, nxdomain: 3, refused: 5 } as const;

/**
 * A tiny authoritative UDP DNS server on 127.0.0.1 for the names in `zone`: enough of
 * RFC 1035 to answer A, MX and TXT questions, or NXDOMAIN, SERVFAIL, REFUSED, or nothing.
 * A name it does not know is NXDOMAIN.
 */
export async function startDnsServer(zone: Readonly<Record<string, DnsBehaviour>>): Promise<DnsServer> {
  const socket = createSocket('udp4');
  const queries: string[] = [];
  socket.on('message', (query: Buffer, from: RemoteInfo) => {
    const question = readQuestion(query);
    if (!question) return;
    const typeName = Object.entries(TYPE).find(([, value]) => value === question.type)?.[0] ?? String(question.type);
    queries.push(`${question.name} ${typeName}`);
    const behaviour = zone[question.name.toLowerCase()] ?? 'nxdomain';
    if (behaviour === 'silent') return;
    const rcode = typeof behaviour === 'string' ? RCODE[behaviour] : RCODE.noerror;
    const answers = typeof behaviour === 'string' ? [] : records(behaviour, question.type);
    socket.send(response(query, question.end, rcode, answers), from.port, from.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address() as AddressInfo;
  return { nameserver: `127.0.0.1:${port}`, queries, close: () => new Promise((resolve) => socket.close(() => resolve())) };
}

function readQuestion(query: Buffer): { name: string; type: number; end: number } | null {
  if (query.length < 17) return null;
  const labels: string[] = [];
  let offset = 12;
  while (offset < query.length && query[offset] !== 0) {
    const length = query[offset]!;
    labels.push(query.toString('ascii', offset + 1, offset + 1 + length));
    offset += 1 + length;
  }
  if (offset + 5 > query.length) return null;
  return { name: labels.join('.'), type: query.readUInt16BE(offset + 1), end: offset + 5 };
}

/** [type, rdata] pairs for the question's type. */
function records(behaviour: Exclude<DnsBehaviour, string>, type: number): [number, Buffer][] {
  if (type === TYPE.A) return (behaviour.a ?? []).map((ip) => [TYPE.A, Buffer.from(ip.split('.').map(Number))]);
  if (type === TYPE.MX) {
    return (behaviour.mx ?? []).map(([priority, host]) => {
      const preference = Buffer.alloc(2);
      preference.writeUInt16BE(priority);
      return [TYPE.MX, Buffer.concat([preference, encodeName(host)])];
    });
  }
  if (type === TYPE.TXT) return (behaviour.txt ?? []).map((text) => [TYPE.TXT, Buffer.concat([Buffer.from([text.length]), Buffer.from(text)])]);
  return [];
}

function encodeName(name: string): Buffer {
  const parts = name.split('.').filter(Boolean).map((label) => Buffer.concat([Buffer.from([label.length]), Buffer.from(label)]));
  return Buffer.concat([...parts, Buffer.from([0])]);
}

/** Header with the query's id and RD bit, the question echoed, then the answers pointing at it. */
function response(query: Buffer, questionEnd: number, rcode: number, answers: [number, Buffer][]): Buffer {
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2);
  header.writeUInt16BE(0x8000 | 0x0400 | (query.readUInt16BE(2) & 0x0100) | 0x0080 | rcode, 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(answers.length, 6);
  const body = answers.map(([type, rdata]) => {
    const record = Buffer.alloc(12);
    record.writeUInt16BE(0xc00c, 0); // pointer to the question's name at offset 12
    record.writeUInt16BE(type, 2);
    record.writeUInt16BE(1, 4); // class IN
    record.writeUInt32BE(60, 6); // TTL
    record.writeUInt16BE(rdata.length, 10);
    return Buffer.concat([record, rdata]);
  });
  return Buffer.concat([header, query.subarray(12, questionEnd), ...body]);
}

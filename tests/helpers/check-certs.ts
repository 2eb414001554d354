import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';

/** A private key and its certificate, PEM. */
export interface KeyPair {
  readonly key: string;
  readonly cert: string;
}

/** Certificates for 127.0.0.1, localhost and check.test, made by the system's openssl. */
export interface TestCertificates {
  /** The test CA every leaf but `selfSigned` is issued by. */
  readonly ca: string;
  readonly days90: KeyPair;
  readonly days10: KeyPair;
  readonly days2: KeyPair;
  /** Issued by the CA, valid until 3 days ago. */
  readonly expired: KeyPair;
  /** Valid for 90 days, signed by itself. */
  readonly selfSigned: KeyPair;
}

const DAY_MS = 86_400_000;
const SAN = 'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:check.test\n';

let made: TestCertificates | undefined;

/**
 * Makes the test certificates once per process (~0.1 s) in a temp folder that is removed
 * before returning. Needs `openssl` (Debian: apt-get install -y openssl).
 */
export function testCertificates(): TestCertificates {
  if (made) return made;
  const dir = mkdtempSync(join(tmpdir(), 'oncall-certs-'));
  const openssl = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  };
  const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
  try {
    const newKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
    writeFileSync(join(dir, 'san.cnf'), SAN);
    openssl('req', '-x509', ...newKey, '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '3650', '-subj', '/CN=On-Call Test CA');
    openssl('req', '-new', ...newKey, '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', '/CN=check.test');
    const key = read('leaf.key');
    const issue = (days: number): KeyPair => {
      openssl('x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-days', String(days), '-extfile', 'san.cnf', '-out', 'leaf.crt');
      return { key, cert: read('leaf.crt') };
    };
    const days90 = issue(90);
    const days10 = issue(10);
    const days2 = issue(2);
    // `openssl x509` cannot back-date; `openssl ca` takes explicit start and end dates.
    writeFileSync(join(dir, 'index.txt'), '');
    writeFileSync(join(dir, 'serial'), '1000\n');
    writeFileSync(
      join(dir, 'ca.cnf'),
      '[ca]\ndefault_ca = test\n[test]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\ndefault_md = sha256\npolicy = any\nunique_subject = no\n[any]\ncommonName = supplied\n',
    );
    const now = Date.now();
    openssl('ca', '-batch', '-config', 'ca.cnf', '-cert', 'ca.crt', '-keyfile', 'ca.key', '-in', 'leaf.csr', '-out', 'expired.crt', '-notext',
      '-startdate', asn1Time(now - 30 * DAY_MS), '-enddate', asn1Time(now - 3 * DAY_MS - 60_000), '-extfile', 'san.cnf');
    openssl('req', '-x509', ...newKey, '-keyout', 'self.key', '-out', 'self.crt', '-days', '90', '-subj', '/CN=check.test', '-addext', SAN.trim());
    made = { ca: read('ca.crt'), days90, days10, days2, expired: { key, cert: read('expired.crt') }, selfSigned: { key: read('self.key'), cert: read('self.crt') } };
    return made;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`Could not make test certificates with openssl (apt-get install -y openssl): ${stderr || String(error)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Adds the test CA to this process's trusted roots (tests only; the app trusts the system's). */
export function trustTestCa(certificates: TestCertificates): void {
  setDefaultCACertificates([...getCACertificates('default'), certificates.ca]);
}

function asn1Time(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
}

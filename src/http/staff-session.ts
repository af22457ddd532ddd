// Signed-in staff are remembered in an encrypted cookie (a JWE, made with jose), not in a server-side
// session table: every instance that shares SESSION_SECRET can read it, and nothing is stored. The
// cookie holds the provider's subject (only the server can read it) and the display name for the header.
import { hkdfSync } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';

export type Staff = {
  /** issuer + subject: stable per person; pseudonymised before it reaches the audit log. */
  id: string;
  /** For "signed in as …" only. */
  name: string;
};

/** What a sign-in in progress must remember between leaving for the provider and coming back. */
export type SignInTransaction = {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
};

export type Sealer = {
  sealStaff(staff: Staff, hours: number): Promise<string>;
  openStaff(token: string | undefined): Promise<Staff | null>;
  sealTransaction(t: SignInTransaction): Promise<string>;
  openTransaction(token: string | undefined): Promise<SignInTransaction | null>;
};

/** Separate keys for the two cookies, so one can never be replayed as the other. */
function keyFor(secret: string, purpose: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', secret, 'charterbot', purpose, 32));
}

export function createSealer(secret: string, now: () => number = Date.now): Sealer {
  const staffKey = keyFor(secret, 'staff-session');
  const txKey = keyFor(secret, 'sign-in-transaction');
  const seal = (claims: Record<string, string>, key: Uint8Array, seconds: number) => {
    const iat = Math.floor(now() / 1000);
    return new EncryptJWT(claims)
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setIssuedAt(iat)
      .setExpirationTime(iat + seconds)
      .encrypt(key);
  };
  const open = async (token: string | undefined, key: Uint8Array) => {
    if (!token || token.length > 4096) return null;
    try {
      const { payload } = await jwtDecrypt(token, key, {
        currentDate: new Date(now()),
        keyManagementAlgorithms: ['dir'],
        contentEncryptionAlgorithms: ['A256GCM'],
        requiredClaims: ['exp', 'iat'],
      });
      return payload;
    } catch {
      return null;
    }
  };
  return {
    sealStaff: (staff, hours) => seal({ uid: staff.id, name: staff.name }, staffKey, hours * 3600),
    async openStaff(token) {
      const p = await open(token, staffKey);
      return p && typeof p.uid === 'string' && typeof p.name === 'string'
        ? { id: p.uid, name: p.name }
        : null;
    },
    sealTransaction: (t) => seal(t, txKey, 10 * 60),
    async openTransaction(token) {
      const p = await open(token, txKey);
      if (!p) return null;
      const { state, nonce, verifier, returnTo } = p;
      return typeof state === 'string' &&
        typeof nonce === 'string' &&
        typeof verifier === 'string' &&
        typeof returnTo === 'string'
        ? { state, nonce, verifier, returnTo }
        : null;
    },
  };
}

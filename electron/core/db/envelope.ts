import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';
import { AppFailure } from '../errors';

/*
 * The key envelope: a random 256-bit data key encrypts the database; the lawyer's passphrase,
 * stretched with scrypt (memory-hard), wraps that key with AES-256-GCM. The GCM tag is the MAC:
 * a wrong passphrase fails authentication here, before the database is touched. The KDF
 * parameters are bound to the ciphertext as additional authenticated data.
 */

export type KdfParams = { N: number; r: number; p: number };
/** N = 2^17, r = 8: 128 MiB and roughly half a second per unlock on a modest laptop. */
export const DEFAULT_KDF: KdfParams = { N: 2 ** 17, r: 8, p: 1 };

/** Base64 that decodes to exactly `bytes` bytes (or at least that many, with `min`). */
const b64 = (bytes: number, min = false) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/)
    .refine((v) => {
      const n = Buffer.from(v, 'base64').length;
      return min ? n >= bytes : n === bytes;
    });

const envelopeSchema = z.object({
  format: z.literal('muhafiz-key-envelope'),
  version: z.literal(1),
  kdf: z.object({
    name: z.literal('scrypt'),
    // scrypt needs N a power of two; the bounds keep a tampered file from exhausting memory.
    N: z
      .number()
      .int()
      .min(2 ** 10)
      .max(2 ** 22)
      .refine((n) => (n & (n - 1)) === 0),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: b64(16, true),
  }),
  cipher: z.literal('aes-256-gcm'),
  iv: b64(12),
  wrappedKey: b64(32),
  tag: b64(16),
});
export type Envelope = z.infer<typeof envelopeSchema>;

const deriveKek = (passphrase: string, salt: Buffer, k: KdfParams): Buffer =>
  scryptSync(passphrase.normalize('NFC'), salt, 32, { N: k.N, r: k.r, p: k.p, maxmem: 256 * k.N * k.r + 1024 * 1024 });

const aad = (e: Pick<Envelope, 'format' | 'version' | 'kdf' | 'cipher'>): Buffer =>
  Buffer.from(JSON.stringify([e.format, e.version, e.kdf, e.cipher]));

export const wrapKey = (dataKey: Buffer, passphrase: string, kdf: KdfParams = DEFAULT_KDF): Envelope => {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const header = {
    format: 'muhafiz-key-envelope' as const,
    version: 1 as const,
    kdf: { name: 'scrypt' as const, N: kdf.N, r: kdf.r, p: kdf.p, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm' as const,
  };
  const kek = deriveKek(passphrase, salt, kdf);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  kek.fill(0);
  cipher.setAAD(aad(header));
  const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    ...header,
    iv: iv.toString('base64'),
    wrappedKey: wrapped.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
};

export const parseEnvelope = (raw: string): Envelope => {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppFailure('DAMAGED', 'The key file beside the database is damaged (not readable).');
  }
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppFailure('DAMAGED', 'The key file beside the database is damaged or from an unknown version.');
  }
  return parsed.data;
};

/** Returns the data key, or throws WRONG_PASSPHRASE when authentication fails. */
export const unwrapKey = (envelope: Envelope, passphrase: string): Buffer => {
  const { N, r, p, salt } = envelope.kdf;
  const kek = deriveKek(passphrase, Buffer.from(salt, 'base64'), { N, r, p });
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(envelope.iv, 'base64'));
  // The cipher keeps its own copy of the key-encryption key: ours is wiped at once.
  kek.fill(0);
  decipher.setAAD(aad(envelope));
  decipher.setAuthTag(Buffer.from(envelope.tag, 'base64'));
  try {
    const head = decipher.update(Buffer.from(envelope.wrappedKey, 'base64'));
    const tail = decipher.final();
    const key = Buffer.concat([head, tail]);
    head.fill(0);
    tail.fill(0);
    if (key.length !== 32) {
      key.fill(0);
      throw new Error('bad key length');
    }
    return key;
  } catch {
    throw new AppFailure('WRONG_PASSPHRASE', 'Wrong passphrase.');
  }
};

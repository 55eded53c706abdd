// Secrets are stored as SHA-256 (hex): a copy of the database gives nobody a teacher link or a
// student's write access. The secrets are 128+ random bits, so no salt or slow hash is needed.
import { createHash } from 'node:crypto';

export const sha256Hex = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

// Text ⇄ URL-safe base64 (RFC 4648 §5, no padding) over UTF-8, strict on decode, and CRC-32
// (IEEE, as zip and PNG) — for share links. Runs in browsers and Node (btoa, atob, TextEncoder).

/** UTF-8 bytes of `text` as base64url without '=' padding. */
export function base64UrlEncode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text of a base64url string; throws on a character outside the alphabet, a cut group or bad UTF-8. */
export function base64UrlDecode(body: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(body) || body.length % 4 === 1) throw new Error('not base64url');
  const binary = atob(body.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (body.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/** CRC-32 of the UTF-8 bytes of `text`, as 8 lowercase hex digits. */
export function crc32Hex(text: string): string {
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

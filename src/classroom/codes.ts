// Join codes, teacher secrets and student tokens: random values from the platform's CSPRNG
// (Web Crypto, in browsers and Node alike).

/** No 0/O, 1/I/L, 2/Z, 5/S, 8/B: codes are read aloud and copied from a projector. */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const JOIN_CODE_LENGTH = 6;

export function randomJoinCode(): string {
  const alphabet = JOIN_CODE_ALPHABET;
  // Rejection sampling keeps every character equally likely: 256 is not a multiple of 25.
  const limit = 256 - (256 % alphabet.length);
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH) code += alphabet[byte % alphabet.length];
    }
  }
  return code;
}

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** 128 random bits as 22 base64url characters: the teacher's private key to a session. */
export function randomTeacherSecret(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(16)));
}

/** 256 random bits as 43 base64url characters: a student's token, made by the student's browser. */
export function randomStudentToken(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

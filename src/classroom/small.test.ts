// Join codes, secrets, weights on the wire and the SSE parser.
import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, randomJoinCode, randomStudentToken, randomTeacherSecret } from './codes';
import { studentTokenSchema } from './schemas';
import { readSse } from './sse-reader';
import { decodeWeightBytes, encodeWeights, weightsFromBytes } from './weights';

describe('codes', () => {
  it('draws six characters from an alphabet without look-alikes, all of them over many draws', () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1IL2Z5S8B]/);
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const code = randomJoinCode();
      expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
      for (const c of code) seen.add(c);
    }
    expect(seen.size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it('makes 128-bit teacher secrets and 256-bit student tokens in base64url', () => {
    expect(randomTeacherSecret()).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const token = randomStudentToken();
    expect(studentTokenSchema.safeParse(token).success).toBe(true);
    expect(randomStudentToken()).not.toBe(token);
  });
});

describe('weights on the wire', () => {
  it('round-trips float32 exactly, including signed zero and extremes', () => {
    const weights = new Float32Array([0, -0, 1.5, -3.25e-8, 3.4e38, Math.PI, ...Array.from({ length: 70_000 }, (_, i) => Math.sin(i))]);
    const back = weightsFromBytes(decodeWeightBytes(encodeWeights(weights)));
    expect(back).toEqual(weights);
    expect(Object.is(back[1], -0)).toBe(true);
  });

  it('refuses bytes that are not whole float32 values', () => {
    expect(() => weightsFromBytes(new Uint8Array(7))).toThrow(/7 bytes/);
  });
});

describe('readSse', () => {
  const streamOf = (chunks: string[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
        controller.close();
      },
    });

  it('parses events split across chunks, multi-line data, CRLF and skips comments', async () => {
    const messages = [];
    for await (const m of readSse(streamOf(['event: dash', 'board\ndata: {"a"', ':1}\nid: 1\n\n: keep-alive\n\n', 'data: x\r\ndata: y\r\n\r\n']))) messages.push(m);
    expect(messages).toEqual([
      { event: 'dashboard', data: '{"a":1}', id: '1' },
      { event: 'message', data: 'x\ny' },
    ]);
  });
});

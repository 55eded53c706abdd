// The classroom API's request bodies, one zod schema each, shared by the server (validation) and
// the browser (types). Sizes are caps a well-behaved client never reaches; the server answers 400
// with the first problem for anything else.
import { z } from 'zod';
import { COMPARISON_PRESETS } from '../shared/presets';
import { CHALLENGE_MAX_EPOCHS, CHALLENGE_MAX_PARAMS, MAX_HISTORY_EPOCHS, NICKNAME_MAX, PLAY_LEVELS } from './limits';

// No JIT: zod 4 probes `Function('')` to decide whether it may compile its parsers, and under the
// app's strict CSP (no 'unsafe-eval') that probe is refused and reported as a violation on every
// page that loads the schemas (e2e/csp.spec.ts). The interpreted parsers are fast enough here.
z.config({ jitless: true });

const id = z.string().min(1).max(64).regex(/^[\w.:-]+$/, 'letters, digits, _ . : - only');
const classLabel = z.number().int().min(0).max(9);
const fraction = z.number().min(0).max(1);
const seed = z.number().int().min(0).max(2 ** 31 - 1);

/** The tutorial's comparison architectures a class experiment may hand out. */
export const experimentArchitecture = z.enum(COMPARISON_PRESETS);
export type ExperimentArchitecture = z.infer<typeof experimentArchitecture>;

export const activitiesSchema = z
  .object({
    lesson: z.object({ mode: z.enum(['quick', 'full']) }).nullable(),
    play: z.object({ seed, level: z.number().int().min(1).max(PLAY_LEVELS) }).nullable(),
    /** "Best test accuracy with ≤ maxParams parameters in ≤ maxEpochs epochs". */
    challenge: z
      .object({ maxParams: z.number().int().min(100).max(CHALLENGE_MAX_PARAMS), maxEpochs: z.number().int().min(1).max(CHALLENGE_MAX_EPOCHS) })
      .nullable(),
    experiment: z
      .object({ architectures: z.array(experimentArchitecture).min(1).max(COMPARISON_PRESETS.length), epochs: z.number().int().min(1).max(MAX_HISTORY_EPOCHS) })
      .nullable(),
  })
  .strict();
export type Activities = z.infer<typeof activitiesSchema>;

export const createSessionSchema = z.object({ activities: activitiesSchema }).strict();

/** base64url of 32 random bytes: the browser makes it, the server keeps only its SHA-256. */
export const studentTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a student token is 43 base64url characters');

export const joinSchema = z
  .object({
    code: z.string().trim().toUpperCase().regex(/^[A-Z0-9]{6}$/, 'a join code is six letters or digits'),
    nickname: z.string().trim().min(1).max(NICKNAME_MAX),
    token: studentTokenSchema,
  })
  .strict();
export type JoinRequest = z.input<typeof joinSchema>;

const idempotencyKey = z.uuid();

const progressData = z.object({ stepId: id, points: z.number().int().min(0).max(1_000_000) }).strict();
const answerData = z.object({ questionId: id, correct: z.boolean(), chosen: z.string().max(200) }).strict();
const playRoundData = z
  .object({
    roundId: id,
    seed,
    level: z.number().int().min(1).max(10),
    predicted: classLabel,
    network: classLabel,
    truth: classLabel,
    bet: z.number().int().min(0).max(1_000),
    points: z.number().int().min(-100_000).max(100_000),
  })
  .strict();
const playScoreData = z.object({ seed, level: z.number().int().min(1).max(10), score: z.number().int().min(-1_000_000).max(1_000_000) }).strict();
const challengeData = z
  .object({
    /** A ModelSpec; validated by planModel on the server, not here. */
    spec: z.object({ name: z.string().max(100), input: z.tuple([z.number(), z.number(), z.number()]), layers: z.array(z.record(z.string(), z.unknown())).max(32) }).strict(),
    /** The flat parameter array (Model.exportWeights order) as base64 of little-endian float32. */
    weights: z.string().max(Math.ceil((CHALLENGE_MAX_PARAMS * 4) / 3) * 4 + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'weights must be base64'),
    claimedAccuracy: fraction,
    epochs: z.number().int().min(1).max(CHALLENGE_MAX_EPOCHS),
  })
  .strict();
const experimentData = z
  .object({
    architecture: experimentArchitecture,
    seed,
    /** Per epoch, in order. */
    history: z.array(z.object({ loss: z.number().nonnegative(), acc: fraction, valLoss: z.number().nonnegative().optional(), valAcc: fraction.optional() }).strict()).min(1).max(MAX_HISTORY_EPOCHS),
    testAccuracy: fraction,
    params: z.number().int().min(1).max(2_000_000),
  })
  .strict();

/** Every student write, keyed by kind: its route, body cap (bytes) and data schema. */
export const WRITE_KINDS = {
  progress: { path: 'progress', maxBytes: 2_048, data: progressData },
  answer: { path: 'answers', maxBytes: 2_048, data: answerData },
  playRound: { path: 'play-rounds', maxBytes: 2_048, data: playRoundData },
  playScore: { path: 'play-score', maxBytes: 1_024, data: playScoreData },
  // 200,000 float32 weights in base64 are 1,066,668 bytes; the spec adds a few kB.
  challenge: { path: 'challenge', maxBytes: 1_200_000, data: challengeData },
  experiment: { path: 'experiment', maxBytes: 32_768, data: experimentData },
} as const;

export type WriteKind = keyof typeof WRITE_KINDS;
export const WRITE_KIND_NAMES = Object.keys(WRITE_KINDS) as WriteKind[];
export type WriteData<K extends WriteKind> = z.infer<(typeof WRITE_KINDS)[K]['data']>;

/** The body of every student write: the client's idempotency key and the record. */
export function writeBodySchema<K extends WriteKind>(kind: K) {
  return z.object({ key: idempotencyKey, data: WRITE_KINDS[kind].data }).strict();
}
export interface WriteBody<K extends WriteKind> {
  key: string;
  data: WriteData<K>;
}

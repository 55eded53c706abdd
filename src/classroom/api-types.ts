// Response bodies of the classroom API (the server builds them, the browser and tests read them).
import type { Activities, ExperimentArchitecture, WriteKind } from './schemas';

export const API_PREFIX = '/api/classroom';

export interface HealthResponse {
  classroom: true;
  version: 1;
}

export interface ApiError {
  /** Stable machine code, e.g. `session.ended`, `auth.missing`, `body.tooLarge`. */
  error: string;
  /** English detail for logs and developers; the UI translates `error`. */
  message: string;
}

export interface CreatedSession {
  sessionId: string;
  joinCode: string;
  /** Shown once: the server keeps only its SHA-256. */
  teacherSecret: string;
  activities: Activities;
}

export interface SessionInfo {
  sessionId: string;
  joinCode: string;
  activities: Activities;
  createdAt: string;
  endedAt: string | null;
}

/** A student's share of the class experiment: train this preset with this seed. */
export interface ExperimentAssignment {
  architecture: ExperimentArchitecture;
  seed: number;
  epochs: number;
}

export interface StudentMe {
  studentId: string;
  nickname: string;
  sessionId: string;
  joinCode: string;
  activities: Activities;
  ended: boolean;
  assignment: ExperimentAssignment | null;
}

export interface WriteResult {
  kind: WriteKind;
  /** The id of the stored record (the same on every repeat of the idempotency key). */
  recordId: number;
  recordedAt: string;
  /** True when this key had been seen: nothing was written this time. */
  repeated: boolean;
}

export type VerificationStatus = 'pending' | 'verifying' | 'verified' | 'flagged' | 'rejected';

export interface RosterRow {
  studentId: string;
  nickname: string;
  joinedAt: string;
  stepId: string | null;
  points: number;
  playScore: number | null;
  bestChallenge: { entryId: number; verifiedAccuracy: number; params: number } | null;
  assignment: ExperimentAssignment | null;
}

export interface MissedItem {
  id: string;
  attempts: number;
  wrong: number;
}

export interface PredictionRound {
  roundId: string;
  truth: number;
  network: number;
  students: number;
  studentsRight: number;
  /** Label most students picked (ties → lowest label). */
  commonPick: number;
}

export interface LeaderboardEntry {
  entryId: number;
  studentId: string;
  nickname: string;
  params: number;
  epochs: number;
  claimedAccuracy: number;
  verifiedAccuracy: number | null;
  status: VerificationStatus;
  message: string | null;
}

export interface ExperimentPoint {
  studentId: string;
  nickname: string;
  seed: number;
  testAccuracy: number;
  params: number;
}

export interface ExperimentRow {
  architecture: ExperimentArchitecture;
  params: number;
  n: number;
  mean: number | null;
  /** Sample standard deviation (n − 1); null below two results. */
  spread: number | null;
  points: ExperimentPoint[];
}

export interface Dashboard {
  session: SessionInfo;
  roster: RosterRow[];
  missedQuestions: MissedItem[];
  missedRounds: MissedItem[];
  /** Play rounds: per round and in all, how often the class and the network were right. */
  predictions: { rounds: PredictionRound[]; studentAttempts: number; studentsRight: number; networkRounds: number; networkRight: number };
  leaderboard: LeaderboardEntry[];
  experiment: ExperimentRow[];
  /** Server time the dashboard was read (ISO). */
  generatedAt: string;
}

/** What a student's screen watches: the session state and the class experiment table. */
export interface StudentView {
  ended: boolean;
  activities: Activities;
  experiment: ExperimentRow[];
}

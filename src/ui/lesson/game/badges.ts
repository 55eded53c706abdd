// Badges: milestones of the lesson, each with a name and what earned it. Some follow from the
// lesson's progress alone (milestoneBadges: pure, tested); the others a step earns for something
// it saw happen (context.earn). Earned badges are kept in the lesson progress (`badges`). The
// symbols are plain text characters every system font has (no emoji: they fall back to boxes).
import type { MessageKey } from '../../i18n/messages';

export const BADGES = {
  trainer: { name: 'lessonGame.badgeTrainer', why: 'lessonGame.badgeTrainerWhy', symbol: '⚙' },
  halfway: { name: 'lessonGame.badgeHalfway', why: 'lessonGame.badgeHalfwayWhy', symbol: '½' },
  'mind-reader': { name: 'lessonGame.badgeMindReader', why: 'lessonGame.badgeMindReaderWhy', symbol: '◎' },
  patient: { name: 'lessonGame.badgePatient', why: 'lessonGame.badgePatientWhy', symbol: '∞' },
  architect: { name: 'lessonGame.badgeArchitect', why: 'lessonGame.badgeArchitectWhy', symbol: '▦' },
  'sharp-eye': { name: 'lessonGame.badgeSharpEye', why: 'lessonGame.badgeSharpEyeWhy', symbol: '✦' },
  century: { name: 'lessonGame.badgeCentury', why: 'lessonGame.badgeCenturyWhy', symbol: '100' },
  graduate: { name: 'lessonGame.badgeGraduate', why: 'lessonGame.badgeGraduateWhy', symbol: '★' },
} as const satisfies Record<string, { name: MessageKey; why: MessageKey; symbol: string }>;

export type BadgeId = keyof typeof BADGES;
export const BADGE_IDS = Object.keys(BADGES) as BadgeId[];
export const isBadge = (id: unknown): id is BadgeId => typeof id === 'string' && Object.hasOwn(BADGES, id);

/** The step whose completion means the first network was trained. */
const TRAIN_STEP = 'train';
export const CENTURY_POINTS = 100;

/** Badges the progress alone earns: the first network trained, half the steps, 100 points, every step. */
export function milestoneBadges(order: readonly string[], completed: readonly string[], points: number): BadgeId[] {
  const done = order.filter((id) => completed.includes(id)).length;
  const earned: BadgeId[] = [];
  if (completed.includes(TRAIN_STEP)) earned.push('trainer');
  if (done * 2 >= order.length) earned.push('halfway');
  if (points >= CENTURY_POINTS) earned.push('century');
  if (order.length > 0 && done === order.length) earned.push('graduate');
  return earned;
}

// Caps of the classroom, one place for server validation, client checks and the UI's hints.

/** Characters of a nickname (after trimming). */
export const NICKNAME_MAX = 24;
/**
 * Parameters of a challenge entry. The app allows 2,000,000 (src/shared/plan.ts), but a class of
 * 30 uploading 8 MB each is too much for a school network and the verifier: 200,000 params are
 * 800 kB of float32 (1.07 MB in base64), and every comparison architecture fits.
 */
export const CHALLENGE_MAX_PARAMS = 200_000;
export const CHALLENGE_MAX_EPOCHS = 50;
/** Levels of play mode (src/ui/play/game/levels.ts); a class game is one of them. */
export const PLAY_LEVELS = 6;
/** Epochs in a class-experiment history. */
export const MAX_HISTORY_EPOCHS = 50;
/**
 * A claimed test accuracy may differ from the server's by this much (a fraction: 0.005 = 50 of
 * 10,000 images) before the entry is flagged: relaxed-SIMD kernels in a browser can flip a few
 * borderline predictions, a made-up claim cannot hide in 50 images.
 */
export const CLAIM_TOLERANCE = 0.005;

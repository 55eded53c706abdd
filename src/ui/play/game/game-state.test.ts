import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentRound, gameMatrices, isOver, newGame, recordAnswer } from './game-state';
import type { RoundSpec } from './round-spec';
import { scoreGame, type Bet } from './scoring';

const rounds: RoundSpec[] = Array.from({ length: 10 }, (_, image) => ({ kind: 'network', image }));

describe('game state', () => {
  it('adds points exactly as scoreGame does, whatever the answers', () => {
    const answer = fc.record({ right: fc.boolean(), timedOut: fc.boolean(), bet: fc.constantFrom<Bet>(1, 2, 3) });
    fc.assert(
      fc.property(fc.array(answer, { minLength: 10, maxLength: 10 }), (answers) => {
        let game = newGame(1, 7, 'house', rounds);
        for (const a of answers) game = recordAnswer(game, { choice: a.timedOut ? null : a.right ? 4 : 5, answer: 4, bet: a.bet });
        const expected = scoreGame(answers.map((a) => ({ correct: a.right && !a.timedOut, answered: !a.timedOut, bet: a.bet })));
        expect(game.score).toBe(expected.total);
        expect(game.bestStreak).toBe(expected.bestStreak);
        expect(isOver(game)).toBe(true);
        expect(currentRound(game)).toBeUndefined();
      }),
    );
  });

  it('refuses an answer after the last round', () => {
    let game = newGame(1, 1, 'house', rounds.slice(0, 1));
    game = recordAnswer(game, { choice: 1, answer: 1, bet: 1 });
    expect(() => recordAnswer(game, { choice: 1, answer: 1, bet: 1 })).toThrow(/over/);
  });

  it('puts the learner and the network side by side on the class rounds', () => {
    let game = newGame(2, 1, 'house', rounds.slice(0, 3));
    // True 6 (Shirt): the network says 0, the learner says 0 (agree); true 4: network 2, learner 4; timed out.
    game = recordAnswer(game, { choice: 0, answer: 0, bet: 1, label: 6, predicted: 0 });
    game = recordAnswer(game, { choice: 4, answer: 2, bet: 1, label: 4, predicted: 2 });
    game = recordAnswer(game, { choice: null, answer: 2, bet: 1, label: 4, predicted: 2 });
    const m = gameMatrices(game);
    expect(m.rounds).toBe(2);
    expect(m.disagreements).toBe(1);
    expect(m.learner[6 * 10 + 0]).toBe(1);
    expect(m.learner[4 * 10 + 4]).toBe(1);
    expect(m.network[4 * 10 + 2]).toBe(1);
    expect(m.network.reduce((s, n) => s + n, 0)).toBe(2);
  });
});

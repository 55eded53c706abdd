// The live dashboard's sections, rebuilt from each Dashboard the server pushes: the roster, the
// most-missed questions and rounds, the class against the network, the challenge leaderboard
// (chart and table) and the class experiment table.
import type { Dashboard, ExperimentAssignment } from '../../classroom/api-types';
import { className, formatNumber, t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { h } from '../framework/dom';
import { architectureName, experimentTable } from '../classroom-sync/experiment-table';
import { leaderboardChart } from './leaderboard-chart';
import { dataTable } from './tables';

const percent = (fraction: number) => formatNumber(fraction, undefined, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const count = (n: number) => formatNumber(n);
export { architectureName };
const assignmentText = (a: ExperimentAssignment | null) => (a ? t('classroom.assignment', { arch: architectureName(a.architecture), seed: String(a.seed) }) : t('classroom.none'));

function section(id: string, heading: string, ...content: Node[]): HTMLElement {
  return h('section', { class: 'dashboard-section', 'aria-labelledby': id }, h('h2', { id }, heading), ...content);
}

function roster(d: Dashboard): HTMLElement {
  const rows = d.roster.map((r) => [
    r.nickname,
    r.stepId ?? t('classroom.none'),
    count(r.points),
    r.playScore === null ? t('classroom.none') : count(r.playScore),
    r.bestChallenge ? t('classroom.bestEntry', { acc: percent(r.bestChallenge.verifiedAccuracy), params: r.bestChallenge.params }) : t('classroom.none'),
    assignmentText(r.assignment),
  ]);
  const headers = ['colNickname', 'colStep', 'colPoints', 'colPlayScore', 'colBestEntry', 'colAssignment'] as const;
  return section(
    'roster-heading',
    t('classroom.rosterHeading', { count: d.roster.length }),
    dataTable({ caption: t('classroom.rosterHeading', { count: d.roster.length }), headers: headers.map((k) => t(`classroom.${k}`)), rows, empty: t('classroom.rosterEmpty'), numeric: [2, 3] }),
  );
}

function missed(d: Dashboard): HTMLElement {
  const table = (caption: string, items: Dashboard['missedQuestions']) =>
    dataTable({
      caption,
      headers: [t('classroom.colItem'), t('classroom.colWrong'), t('classroom.colAttempts')],
      rows: items.map((m) => [m.id, count(m.wrong), count(m.attempts)]),
      empty: t('classroom.missedEmpty'),
      numeric: [1, 2],
    });
  return section(
    'missed-heading',
    t('classroom.missedHeading'),
    h('h3', {}, t('classroom.missedQuestions')),
    table(t('classroom.missedQuestions'), d.missedQuestions),
    h('h3', {}, t('classroom.missedRounds')),
    table(t('classroom.missedRounds'), d.missedRounds),
  );
}

function predictions(d: Dashboard): HTMLElement {
  const p = d.predictions;
  const summary = p.rounds.length
    ? h('p', {}, t('classroom.predictionsSummary', { right: p.studentsRight, attempts: p.studentAttempts, networkRight: p.networkRight, rounds: p.networkRounds }))
    : h('p', { class: 'empty' }, t('classroom.predictionsEmpty'));
  const rows = p.rounds.map((r) => [r.roundId, className(r.truth), className(r.network), `${count(r.studentsRight)} / ${count(r.students)}`, className(r.commonPick)]);
  const headers = ['colRound', 'colTruth', 'colNetwork', 'colClassRight', 'colCommonPick'] as const;
  return section(
    'predictions-heading',
    t('classroom.predictionsHeading'),
    summary,
    ...(rows.length ? [dataTable({ caption: t('classroom.predictionsHeading'), headers: headers.map((k) => t(`classroom.${k}`)), rows, empty: '', numeric: [3] })] : []),
  );
}

function leaderboard(d: Dashboard): HTMLElement {
  const challenge = d.session.activities.challenge;
  const intro = challenge ? [h('p', {}, t('classroom.challengeSummary', { params: challenge.maxParams, epochs: challenge.maxEpochs }))] : [];
  const rows = d.leaderboard.map((e, i) => [
    String(i + 1),
    e.nickname,
    count(e.params),
    count(e.epochs),
    percent(e.claimedAccuracy),
    e.verifiedAccuracy === null ? t('classroom.none') : percent(e.verifiedAccuracy),
    t(`classroom.status.${e.status}`),
  ]);
  const headers = ['colRank', 'colNickname', 'colParams', 'colEpochs', 'colClaimed', 'colVerified', 'colStatus'] as const;
  const chart = d.leaderboard.some((e) => e.verifiedAccuracy !== null)
    ? [leaderboardChart(d.leaderboard, { description: t('classroom.leaderboardChart'), xAxis: t('classroom.axisParams'), yAxis: t('classroom.axisAccuracy'), formatParams: (n) => formatNumber(n) })]
    : [];
  return section(
    'leaderboard-heading',
    t('classroom.leaderboardHeading'),
    ...intro,
    ...chart,
    dataTable({ caption: t('classroom.leaderboardHeading'), headers: headers.map((k) => t(`classroom.${k}`)), rows, empty: t('classroom.leaderboardEmpty'), numeric: [0, 2, 3, 4, 5] }),
  );
}

function experiment(d: Dashboard): HTMLElement {
  if (!d.session.activities.experiment && d.experiment.length === 0) return section('experiment-heading', t('classroom.experimentHeading'), h('p', { class: 'empty' }, t('classroom.experimentEmpty')));
  return section('experiment-heading', t('classroom.experimentHeading'), experimentTable(d.experiment, t('classroom.experimentHeading')));
}

/** Replaces `container`'s content with the sections of `d`. */
export function renderDashboard(container: HTMLElement, d: Dashboard): void {
  container.replaceChildren(roster(d), missed(d), predictions(d), leaderboard(d), experiment(d));
}

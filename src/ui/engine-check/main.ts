// Entry of engine-check.html: our kernels against TensorFlow.js in this browser, on the app's
// layer shapes, the sandbox kinds (average pooling, dropout) and a few seeded random ones (?seed=N
// picks other random shapes). The page has the app's header and a way back to the app; a new
// language reloads it (the check runs again).
import '../app/app.css';
import '../app/responsive.css';
import './engine-check.css';
import { createBrowserCrossCheck } from '../../crosscheck/browser';
import { APP_CASES, SANDBOX_CASES, randomCases } from '../../crosscheck/cases';
import { runCrossCheck } from '../../crosscheck/checks';
import { h } from '../framework/dom';
import { createHeader } from '../framework/shell';
import { applyDocumentLanguage, subscribeLanguage, t } from '../i18n/i18n';
import { createEngineCheckView } from './view';

const RANDOM_PER_KIND = 2;

/** Lets the browser paint the status and the new rows between cases. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function main(root: HTMLElement): Promise<void> {
  applyDocumentLanguage();
  document.title = t('engineCheck.documentTitle');
  const header = createHeader('./');
  header.render();
  const back = h('nav', { class: 'app-nav', 'aria-label': t('engineCheck.navLabel') }, h('ul', {}, h('li', {}, h('a', { href: './', class: 'nav-link', id: 'engine-check-back' }, t('engineCheck.back')))));
  root.before(header.element, back);
  subscribeLanguage(() => location.reload());
  const view = createEngineCheckView(root);
  const seed = Number(new URLSearchParams(location.search).get('seed')) || 1;
  let context;
  try {
    context = await createBrowserCrossCheck();
  } catch (error) {
    view.failStart(error);
    return;
  }
  const cases = [...APP_CASES, ...SANDBOX_CASES, ...randomCases(seed, RANDOM_PER_KIND)];
  view.progress(0, cases.length);
  await nextTask();
  const rows = await runCrossCheck(context, cases, async (done, total, caseRows) => {
    view.addRows(caseRows);
    view.progress(done, total);
    await nextTask();
  }, seed);
  view.finish(rows);
}

void main(document.getElementById('engine-check')!);

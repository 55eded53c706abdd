// Entry of engine-check.html: our kernels against TensorFlow.js in this browser, on the app's
// layer shapes, the sandbox kinds (average pooling, dropout) and a few seeded random ones (?seed=N picks other random shapes).
import '../app/app.css';
import './engine-check.css';
import { createBrowserCrossCheck } from '../../crosscheck/browser';
import { APP_CASES, SANDBOX_CASES, randomCases } from '../../crosscheck/cases';
import { runCrossCheck } from '../../crosscheck/checks';
import { applyDocumentLanguage, t } from '../i18n/i18n';
import { createEngineCheckView } from './view';

const RANDOM_PER_KIND = 2;

/** Lets the browser paint the status and the new rows between cases. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function main(root: HTMLElement): Promise<void> {
  applyDocumentLanguage();
  document.title = t('engineCheck.documentTitle');
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

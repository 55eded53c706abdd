// `npm run summary -- --model seed-notebook`: the Keras-formatted summary of a preset or spec file.
import { planModel } from '../src/shared/plan.ts';
import { summaryText } from '../src/shared/summary.ts';
import { parseCli, resolveModel, runCli } from './cli-args.ts';

await runCli(async () => {
  const args = parseCli({ model: { type: 'string' } });
  console.log(summaryText(planModel(resolveModel(args.model as string | undefined))));
});

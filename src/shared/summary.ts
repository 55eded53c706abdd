// Keras-formatted model.summary() text (tf.keras 2.x Sequential layout: line length 65,
// columns at 29 / 55 / 65; totals with thousands separators).
import { formatShape } from './layers';
import type { ModelPlan } from './plan';

const LINE = 65;
const COLUMNS = [29, 55, 65];

function row(cells: string[]): string {
  let line = '';
  cells.forEach((cell, i) => {
    line += cell;
    line = line.slice(0, COLUMNS[i]).padEnd(COLUMNS[i]);
  });
  return line.trimEnd();
}

const thousands = (n: number) => n.toLocaleString('en-US');

export function summaryText(plan: ModelPlan): string {
  const lines = [`Model: "${plan.spec.name}"`, '_'.repeat(LINE), row([' Layer (type)', 'Output Shape', 'Param #']), '='.repeat(LINE)];
  plan.layers.forEach((layer, i) => {
    lines.push(row([` ${layer.name} (${layer.kerasClass})`, formatShape(layer.outputShape), String(layer.paramCount)]));
    lines.push(i === plan.layers.length - 1 ? '='.repeat(LINE) : '');
  });
  lines.push(`Total params: ${thousands(plan.totalParams)}`);
  lines.push(`Trainable params: ${thousands(plan.totalParams)}`);
  lines.push('Non-trainable params: 0');
  lines.push('_'.repeat(LINE));
  return lines.join('\n');
}

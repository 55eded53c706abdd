// Everything a round needs before it can be played, made from the network and the round spec:
// the image and the network's outputs for it, the picture to draw, the question, the answer
// buttons and the right answer, and the texts of its reveal.
import { IMAGE_SIZE } from '../../../data/idx';
import { className, t } from '../../i18n/i18n';
import { formatPercent } from '../../views/format';
import { convLayout } from '../../views/kernel-slide/conv-slide';
import type { RoundSpec } from '../game/round-spec';
import type { PlayerNetwork } from '../network/player-network';
import { ImageRoundView, imageSceneContent, type ImageScene } from './image-round-view';
import { classOptions, filterLetter, filterOptions, type OptionContent, type Text } from './round-controls';
import type { SceneContent } from './round-layout';
import { channelValues, firstMaps, maxOf, networkVerdict, pooledMaps, resolveFilterRound, roundQuestion, sweepChannel, type FilterRound, type NetworkVerdict } from './scene-data';
import { ShapeSweepView } from './shape-sweep-view';

const PIXELS = IMAGE_SIZE * IMAGE_SIZE;

export class NoFiltersError extends Error {
  override readonly name = 'NoFiltersError';
}

export interface RoundSetup {
  spec: RoundSpec;
  content: SceneContent;
  /** The Pixi picture (none for a question without one). */
  image?: ImageRoundView;
  shape?: ShapeSweepView;
  prompt: Text;
  options: OptionContent[];
  answer: number;
  /** Image rounds: what the network said about the image. */
  verdict?: NetworkVerdict;
  filter?: FilterRound;
  /** The test image's index and true class (image rounds). */
  imageIndex?: number;
}

/** Loads what the round is about (the network's outputs for its image) and builds its picture. */
export async function setUpRound(network: PlayerNetwork, spec: RoundSpec, images: Uint8Array, labels: ArrayLike<number>): Promise<RoundSetup> {
  if (spec.kind === 'shape') {
    const q = spec.question;
    return {
      spec,
      content: { kind: 'shape' },
      shape: new ShapeSweepView(q),
      prompt: () => t('play.promptShape', { n: q.input, k: q.window, s: q.stride, padding: q.padding }),
      options: q.options.map((size) => ({ kind: 'text', text: () => t('play.optionShape', { size }) })),
      answer: q.answer,
    };
  }
  if (spec.kind === 'choice') {
    return { spec, content: { kind: 'none' }, prompt: spec.prompt, options: spec.options.map((text) => ({ kind: 'text', text })), answer: spec.answer };
  }
  const image = images.subarray(spec.image * PIXELS, (spec.image + 1) * PIXELS);
  const activations = await network.activations(image);
  const maps = firstMaps(activations);
  const filters = maps ? await network.firstLayerFilters() : null;
  const verdict = networkVerdict(activations[activations.length - 1].values, labels[spec.image]);
  let filter: FilterRound | undefined;
  if (spec.kind === 'filter') {
    if (!maps || !filters) throw new NoFiltersError('this network’s first layer is not a convolution');
    filter = resolveFilterRound(maps, spec.pick);
  }
  const scene: ImageScene = { image, bars: spec.kind !== 'filter' };
  if (maps && filters) {
    const [kh, kw] = filters.shape;
    const conv = convLayout({ inH: network.spec.input[0], inW: network.spec.input[1], kh, kw, stride: filters.stride, padding: filters.padding });
    const values = channelValues(maps.values, maps.shape, filter ? filter.target : sweepChannel(maps));
    scene.sweep = { conv, values, max: maxOf(values) };
  }
  if (spec.kind !== 'filter') {
    scene.maps = maps;
    scene.pooled = pooledMaps(activations);
  }
  const question = roundQuestion(spec, verdict, filter);
  const prompts = { network: 'play.promptNetwork', truth: 'play.promptTruth', filter: 'play.promptFilter' } as const;
  return {
    spec,
    content: imageSceneContent(scene),
    image: new ImageRoundView(scene),
    prompt: () => t(prompts[spec.kind]),
    options: filter && filters ? filterOptions(filters, filter.options) : classOptions(),
    answer: question.answer,
    verdict,
    filter,
    imageIndex: spec.image,
  };
}

/** What the reveal says about the round itself (before the verdict and the points). */
export function revealDetail(setup: RoundSetup, optionText: (i: number) => string): Text {
  const { spec, verdict, filter } = setup;
  if (spec.kind === 'network' || spec.kind === 'truth') {
    const [first, second, third] = verdict!.top;
    const label = className(verdict!.label);
    return () =>
      `${t('play.revealNetwork', {
        first: className(first.label),
        p1: formatPercent(first.probability),
        second: className(second.label),
        p2: formatPercent(second.probability),
        third: className(third.label),
        p3: formatPercent(third.probability),
      })} ${t(verdict!.predicted === verdict!.label ? 'play.networkRight' : 'play.networkWrong', { label })}`;
  }
  if (spec.kind === 'filter') return () => t('play.revealFilter', { letter: filterLetter(filter!.answer), filter: filter!.target + 1 });
  if (spec.kind === 'shape') {
    const q = spec.question;
    const params = { n: q.input, k: q.window, s: q.stride, size: q.options[q.answer] };
    return () => t(q.padding === 'same' ? 'play.revealShapeSame' : 'play.revealShapeValid', params);
  }
  const explanation = spec.kind === 'choice' ? spec.explanation : undefined;
  return () => [t('play.revealChoice', { answer: optionText(setup.answer) }), explanation?.()].filter(Boolean).join(' ');
}

export function destroySetup(setup: RoundSetup | undefined): void {
  setup?.image?.destroy();
  setup?.shape?.destroy();
}

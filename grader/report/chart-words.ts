// The charts' words and numbers from a language's catalogue: what charts.ts draws into the
// summary's SVG, in the reader's language and digits (the `chart.*` codes). Plain text, which
// charts.ts escapes as it places it.
import type { Catalogue } from '../messages/catalogue.ts';
import { message } from '../messages/message.ts';
import { proseCount } from '../messages/numbers.ts';
import type { Status } from '../result/types.ts';
import type { ChartWords } from './charts.ts';
import { messageRenderer } from './render-message.ts';
import type { HistogramBin } from './summary.ts';

const made = new WeakMap<Catalogue, ChartWords>();

export function chartWords(catalogue: Catalogue): ChartWords {
  let words = made.get(catalogue);
  if (words === undefined) made.set(catalogue, (words = wordsOf(catalogue)));
  return words;
}

function wordsOf(catalogue: Catalogue): ChartWords {
  const { render } = messageRenderer(catalogue, 'text');
  const list = new Intl.ListFormat(catalogue.locale, { type: 'unit', style: 'short' });
  const bin = ({ from, to }: HistogramBin): string => render(message('chart.range', { from, to }));
  const status = (key: Status) => message(`status.${key}`);
  return {
    direction: catalogue.direction,
    bin,
    count: (count) => proseCount(count, catalogue.locale),
    binStudents: (b) => render(message('chart.range-students', { range: bin(b), count: b.count })),
    distribution: (bins) => render(message('chart.distribution', { ranges: list.format(bins.map((b) => render(message('chart.range-count', { range: bin(b), count: b.count })))) })),
    axis: render(message('chart.axis')),
    noStudents: render(message('chart.no-students')),
    mean: (percent) => render(message('chart.mean', { percent })),
    shares: (shares) => list.format(shares.map(({ status: key, count }) => render(message('chart.share', { status: status(key), count })))),
    share: (key, count, percent) => render(message('chart.share-title', { status: status(key), count, percent })),
  };
}

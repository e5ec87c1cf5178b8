// Principle scores per perspective group as horizontal bars. Every bar is labelled with its group
// and score, so no one needs to match colours to a legend.
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatScore } from '../../../components/format';
import { messages } from '../messages';

export interface GroupSeries {
  group: string;
  scores: (number | null)[];
}

const FILLS = ['#1f5f8b', '#8a5a00', '#2f6b3b', '#6b3b8a', '#8b1f3a', '#3b5b6b'];

export function GroupBarChart({ principles, series }: { principles: string[]; series: GroupSeries[] }) {
  const data = principles.map((title, i) => ({
    principle: title,
    ...Object.fromEntries(series.map((s, k) => [`g${k}`, s.scores[i] ?? 0])),
  }));
  const summary = messages.groupChartSummary(
    series.map((s) => `${s.group}: ${s.scores.map((v, i) => `${principles[i]} ${v === null ? messages.notEnough : formatScore(v)}`).join(', ')}`),
  );
  // On a phone the axis and the labels give up some room so the bars keep theirs.
  const narrow = typeof window !== 'undefined' && window.matchMedia?.('(max-width: 30rem)').matches === true;
  const height = Math.max(240, principles.length * (series.length * 30 + 28) + 40);
  return (
    <figure className="chart">
      <div role="img" aria-label={summary} className="chart__canvas" style={{ minHeight: height }}>
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: narrow ? 72 : 140, bottom: 8, left: 4 }} barCategoryGap={10} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} />
            <XAxis type="number" domain={[0, 100]} tickCount={6} tick={{ fontSize: 12, fill: '#4a5568' }} />
            <YAxis type="category" dataKey="principle" width={narrow ? 104 : 120} tick={{ fontSize: narrow ? 9 : 12, fill: '#2d3436' }} />
            {series.map((s, k) => (
              <Bar key={s.group} dataKey={`g${k}`} fill={FILLS[k % FILLS.length]} isAnimationActive={false} barSize={22}>
                <LabelList
                  dataKey={`g${k}`}
                  position="right"
                  fill="#1d2327"
                  fontSize={narrow ? 11 : 12}
                  formatter={(v: unknown) => `${s.group} ${formatScore(Number(v))}`}
                />
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="small muted">{messages.groupChartCaption}</figcaption>
    </figure>
  );
}

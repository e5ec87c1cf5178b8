// Principle scores across assessments as lines, one per principle, with markers that differ by shape
// as well as colour and a text summary for screen readers.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Trend } from '../../core/trend';
import { formatScore } from '../../components/format';
import { messages } from './messages';

const COLORS = ['#1f5f8b', '#b45309', '#2f6b3b', '#7b3294', '#b42318'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 0'];

export function TrendChart({ trend, labels }: { trend: Trend; labels: string[] }) {
  const data = labels.map((label, i) => {
    const row: Record<string, string | number | null> = { label };
    for (const p of trend.principles) row[p.shortTitle] = p.scores[i] ?? null;
    return row;
  });
  const summary = messages.chartSummary(
    trend.principles.map(
      (p) => `${p.title}: ${p.scores.map((s) => (s === null ? messages.notEnough : formatScore(s))).join(', then ')}`,
    ),
  );
  return (
    <figure className="chart">
      <div role="img" aria-label={summary} className="chart__canvas">
        <ResponsiveContainer width="100%" height={320}>
          <LineChart data={data} margin={{ top: 10, right: 20, bottom: 10, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#d8d4cc" />
            <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#2d3436' }} />
            <YAxis domain={[0, 100]} tickCount={5} tick={{ fontSize: 12, fill: '#2d3436' }} />
            <Legend />
            {trend.principles.map((p, i) => (
              <Line
                key={p.id}
                type="linear"
                dataKey={p.shortTitle}
                stroke={COLORS[i % COLORS.length]}
                strokeDasharray={DASHES[i % DASHES.length]}
                strokeWidth={2}
                connectNulls
                isAnimationActive={false}
                dot={{ r: 4 + (i % 3) }}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="small muted">{messages.chartTitle}</figcaption>
    </figure>
  );
}

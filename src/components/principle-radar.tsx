// The radar chart of principle scores (recharts), with a text summary for screen readers.
// Loaded only with the screens that show it, never on the first screen.
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';
import { useAfterPaint } from '../lib/use-after-paint';
import { formatScore } from './format';
import { messages } from './chart-messages';

export interface RadarItem {
  title: string;
  shortTitle: string;
  score: number | null;
}

const CHART_HEIGHT = 340;

export function PrincipleRadar({ items }: { items: RadarItem[] }) {
  const data = items.map((p) => ({ principle: p.shortTitle, score: p.score ?? 0 }));
  const summary = messages.chartSummary(
    items.map((p) => `${p.title} ${p.score === null ? messages.notEnough : formatScore(p.score)}`),
  );
  // Measuring and drawing the chart takes longer than the rest of a screen: it follows the first paint.
  const draw = useAfterPaint();
  return (
    <figure className="chart">
      <div role="img" aria-label={summary} className="chart__canvas">
        {draw ? (
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <RadarChart data={data} outerRadius="64%" margin={{ top: 10, right: 72, bottom: 10, left: 72 }} accessibilityLayer={false}>
            <PolarGrid />
            <PolarAngleAxis dataKey="principle" tick={{ fontSize: 12, fill: '#2d3436' }} />
            <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={54} tick={{ fontSize: 11, fill: '#4a5568' }} axisLine={false} />
            <Radar
              dataKey="score"
              stroke="#1f5f8b"
              strokeWidth={2}
              fill="#1f5f8b"
              fillOpacity={0.25}
              isAnimationActive={false}
              dot={{ r: 4, fill: '#1f5f8b' }}
            />
          </RadarChart>
        </ResponsiveContainer>
        ) : (
          <div style={{ height: CHART_HEIGHT }} />
        )}
      </div>
      <figcaption className="small muted">{messages.chartTitle}</figcaption>
    </figure>
  );
}

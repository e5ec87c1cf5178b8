// The radar chart of the five principle scores, with a text summary for screen readers.
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';
import type { Rubric } from '../../core/rubric-schema';
import type { AssessmentScore } from '../../core/scoring';
import { formatScore } from '../../components/format';
import { messages } from './messages';

export function PrincipleRadar({ rubric, score }: { rubric: Rubric; score: AssessmentScore }) {
  const data = rubric.principles.map((p, i) => ({
    principle: p.shortTitle,
    score: score.principles[i]?.score ?? 0,
  }));
  const summary = messages.chartSummary(
    rubric.principles.map((p, i) => {
      const s = score.principles[i]?.score ?? null;
      return `${p.title} ${s === null ? messages.notEnough : formatScore(s)}`;
    }),
  );
  return (
    <figure className="chart">
      <div role="img" aria-label={summary} className="chart__canvas">
        <ResponsiveContainer width="100%" height={340}>
          <RadarChart data={data} outerRadius="72%" margin={{ top: 10, right: 56, bottom: 10, left: 56 }} accessibilityLayer={false}>
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
      </div>
      <figcaption className="small muted">{messages.chartTitle}</figcaption>
    </figure>
  );
}

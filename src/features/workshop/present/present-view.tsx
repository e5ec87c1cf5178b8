// The presenter view for a projector: one principle or indicator at a time in very large type, the
// distribution revealed only when the facilitator chooses. Keys: → next, ← previous, R reveal, Esc leave.
import { useEffect, useId, useMemo, useState } from 'react';
import type { Rubric } from '../../../core/rubric-schema';
import type { Workshop } from '../../../core/workshop';
import { navigate } from '../../../components/router';
import { messages } from '../messages';
import { PresentSlide } from './present-slide';
import { buildSlides } from './slides';
import type { SlideOrder } from './slides';
import { useAggregate } from '../use-workshop';
import './present.css';

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

export function PresentView({ workshop, rubric }: { workshop: Workshop; rubric: Rubric }) {
  const uid = useId();
  const aggregate = useAggregate(rubric, workshop);
  const [order, setOrder] = useState<SlideOrder>('rubric');
  const slides = useMemo(() => buildSlides(rubric, aggregate, order), [rubric, aggregate, order]);
  const [position, setPosition] = useState({ index: 0, revealed: false });
  const index = Math.min(position.index, Math.max(0, slides.length - 1));
  const slide = slides[index];

  const go = (delta: number) => setPosition({ index: Math.max(0, Math.min(slides.length - 1, index + delta)), revealed: false });
  const toggleReveal = () => setPosition({ index, revealed: !position.revealed });
  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen?.();
    navigate({ name: 'workshop', id: workshop.id, view: 'picture' });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown') go(1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(-1);
      else if ((e.key === 'r' || e.key === 'R') && slide?.kind !== 'summary') toggleReveal();
      else if (e.key === 'Escape') leave();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div className="present">
      <div className="present__bar">
        <p className="present__count" aria-live="polite">
          {slides.length > 0 ? messages.slideOf(index + 1, slides.length) : messages.noSlides}
        </p>
        <div className="present__order">
          <label htmlFor={`${uid}-order`}>{messages.showSlides}</label>
          <select
            id={`${uid}-order`}
            value={order}
            onChange={(e) => {
              setOrder(e.target.value as SlideOrder);
              setPosition({ index: 0, revealed: false });
            }}
          >
            <option value="rubric">{messages.orderRubric}</option>
            <option value="agenda">{messages.orderAgenda}</option>
          </select>
        </div>
        {document.fullscreenEnabled && (
          <button type="button" className="button button--secondary" onClick={() => void document.documentElement.requestFullscreen?.()}>
            {messages.fullScreen}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={leave}>
          {messages.leavePresenter}
        </button>
      </div>
      {slide ? (
        <PresentSlide slide={slide} rubric={rubric} aggregate={aggregate} revealed={position.revealed} />
      ) : (
        <p className="slide__lead">{messages.agendaEmpty}</p>
      )}
      <div className="present__controls">
        <button type="button" className="button button--secondary" disabled={index === 0} onClick={() => go(-1)}>
          {messages.previousSlide}
        </button>
        <button type="button" className="button" disabled={!slide || slide.kind === 'summary'} onClick={toggleReveal}>
          {position.revealed ? messages.hide : messages.reveal}
        </button>
        <button type="button" className="button" disabled={index >= slides.length - 1} onClick={() => go(1)}>
          {messages.nextSlide}
        </button>
      </div>
      <p className="present__keys small">
        {messages.shortcuts}{' '}
        <kbd>→</kbd> {messages.keyNext} · <kbd>←</kbd> {messages.keyPrevious} · <kbd>R</kbd> {messages.keyReveal} · <kbd>Esc</kbd> {messages.keyLeave}
      </p>
    </div>
  );
}

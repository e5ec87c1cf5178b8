// A screen loaded on demand that can also be fetched ahead, while the browser is idle. Once its
// module has arrived, the screen renders straight away: no "Loading…" flash and no extra frame,
// which React's lazy() alone would still cost on a module it already has.
import { createElement, lazy } from 'react';
import type { ComponentType } from 'react';

export interface Preloadable<P extends object> {
  Component: ComponentType<P>;
  /** Starts fetching the module (once); resolves when it is ready to render. */
  preload: () => Promise<unknown>;
}

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
        return { default: component };
      },
      (error: unknown) => {
        // A failed fetch (offline before the app was cached) may succeed on the next try.
        pending = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(preload);
  function Component(props: P) {
    return loaded ? createElement(loaded, props) : createElement(Lazy as ComponentType<P>, props);
  }
  return { Component, preload };
}

/** Runs `tasks` one after another, each when the browser is idle, so a click is never kept waiting. */
export function whenIdle(tasks: readonly (() => Promise<unknown>)[]): () => void {
  let cancelled = false;
  const idle = (fn: () => void) =>
    'requestIdleCallback' in globalThis ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200);
  const next = (i: number) => {
    if (cancelled || i >= tasks.length) return;
    idle(() => {
      if (cancelled) return;
      // A prefetch that fails is not an error the user needs to see: the screen loads when opened.
      tasks[i]!().catch(() => undefined).finally(() => next(i + 1));
    });
  };
  next(0);
  return () => {
    cancelled = true;
  };
}
